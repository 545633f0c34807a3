"""The main window: a thin frame that switches between screens and wires them to the data.

Screens know nothing of each other; they emit signals, and this window decides what happens
next (start a quiz, show results, open the source). Data comes in through ``AppContext``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from quizapp import __version__
from quizapp.core.engine import CitedPassage
from quizapp.core.models import Pack
from quizapp.packs.library import LoadOutcome, bundled_pack_paths, load_many
from quizapp.storage.history import HistoryStore, Profile, ProfileNameError
from quizapp.study import StudyRun
from quizapp.ui.home_screen import HomeScreen
from quizapp.ui.operations import BackgroundRunner
from quizapp.ui.pack_table_model import PackRow
from quizapp.ui.quiz_screen import QuizScreen
from quizapp.ui.results_screen import ResultsScreen
from quizapp.ui.source_viewer import SourceViewer, attribution_html

DEFAULT_PROFILE = "Learner"
LAST_PROFILE_KEY = "profile/last"
PACK_SUFFIXES = (".yaml", ".yml")


@dataclass
class AppContext:
    """What the window needs from outside, passed in explicitly (tests give temporary ones)."""

    history: HistoryStore
    settings: QSettings
    bundled_dir: Path | None = None
    extra_pack_paths: list[Path] = field(default_factory=list)


class MainWindow(QMainWindow):
    packs_refreshed = Signal()
    quiz_started = Signal(object)  # StudyRun

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.history = context.history
        self.runner = BackgroundRunner(self)
        self.setWindowTitle("quizapp")
        self.setAcceptDrops(True)
        self.resize(1000, 720)
        self.profile: Profile = self._initial_profile()
        self.source_viewers: dict[str, SourceViewer] = {}
        self.closing = False

        self.home = HomeScreen()
        self.quiz = QuizScreen()
        self.results = ResultsScreen()
        self.stack = QStackedWidget()
        for screen in (self.home, self.quiz, self.results):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)

        self.home.start_requested.connect(lambda row: self.start_quiz(row.pack))
        self.home.open_requested.connect(self.choose_pack_file)
        self.home.source_requested.connect(lambda row: self.show_source(row.pack, None))
        self.home.profile_chosen.connect(self.switch_profile)
        self.home.new_profile_requested.connect(self.ask_new_profile)
        self.quiz.quit_requested.connect(self.leave_quiz)
        self.quiz.quiz_finished.connect(self.show_results)
        self.quiz.context_requested.connect(self.show_citation)
        self.results.home_requested.connect(self.go_home)
        self.results.retry_missed_requested.connect(lambda run: self.begin(run.retry_missed()))
        self.results.play_again_requested.connect(lambda run: self.start_quiz(run.pack))
        self._build_menus()
        self._refresh_profiles()
        self.statusBar().showMessage("Loading packs…")
        self.refresh_packs()

    # -- set-up --------------------------------------------------------------------------------
    def _initial_profile(self) -> Profile:
        last = self.context.settings.value(LAST_PROFILE_KEY, "", type=str)
        if last:
            found = self.history.find_profile(str(last))
            if found is not None:
                return found
        profiles = self.history.profiles()
        return profiles[0] if profiles else self.history.ensure_profile(DEFAULT_PROFILE)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open pack…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_pack_file)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        for text, shortcut, step in (("&Larger text", "Ctrl++", 2), ("&Smaller text", "Ctrl+-", -2),
                                     ("&Normal text size", "Ctrl+0", 0)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=step: self.zoom(s))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About quizapp", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- packs ---------------------------------------------------------------------------------
    def pack_paths(self) -> list[tuple[Path, str]]:
        paths: list[tuple[Path, str]] = [(p, "Bundled") for p in
                                         bundled_pack_paths(self.context.bundled_dir)]
        known = {p.resolve() for p, _ in paths}
        for recent in self.history.recent_packs(limit=10):
            path = Path(recent.path)
            if path.resolve() not in known and path.exists():
                paths.append((path, "Recent"))
                known.add(path.resolve())
        for path in self.context.extra_pack_paths:
            if path.resolve() not in known:
                paths.append((path, "Opened"))
                known.add(path.resolve())
        return paths

    def refresh_packs(self, select: Path | None = None) -> None:
        entries = self.pack_paths()
        origins = {str(path): origin for path, origin in entries}

        def done(outcomes: list[LoadOutcome]) -> None:
            self._show_packs(outcomes, origins, select)

        self.runner.run(lambda: load_many([path for path, _ in entries]), done,
                        self._background_failed)

    def _show_packs(self, outcomes: list[LoadOutcome], origins: dict[str, str],
                    select: Path | None) -> None:
        if self.closing:
            return
        best = self.history.best_scores(self.profile.id)
        rows = [
            PackRow(str(o.path), origins.get(str(o.path), "Opened"), o.pack, o.error_text,
                    best.get(o.pack.id) if o.pack else None)
            for o in outcomes
        ]
        self.home.set_packs(rows, str(select) if select else None)
        self.statusBar().showMessage(self.home.status.text(), 5000)
        self.packs_refreshed.emit()

    def _background_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, "Something went wrong", f"{type(error).__name__}: {error}")

    def choose_pack_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open a quiz pack", str(Path.home()),
                                              "Quiz packs (*.yaml *.yml);;All files (*)")
        if name:
            self.open_pack_file(Path(name))

    def open_pack_file(self, path: Path, start: bool = False) -> None:
        """Validate a pack file off the UI thread; add it to the list or explain what is wrong."""
        def done(outcomes: list[LoadOutcome]) -> None:
            outcome = outcomes[0]
            if outcome.pack is None:
                QMessageBox.warning(self, "This pack cannot be opened",
                                    f"{path.name} has problems:\n\n{outcome.error_text}\n\n"
                                    "Fix them in the file (quizapp validate lists them all) "
                                    "and open it again.")
                return
            self.history.remember_pack(str(path.resolve()), outcome.pack.id, outcome.pack.title)
            if path.resolve() not in [p.resolve() for p in self.context.extra_pack_paths]:
                self.context.extra_pack_paths.append(path.resolve())
            self.refresh_packs(select=path.resolve())
            if start:
                self.start_quiz(outcome.pack)

        self.statusBar().showMessage(f"Checking {path.name}…")
        self.runner.run(lambda: load_many([path]), done, self._background_failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(PACK_SUFFIXES)
                        for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.open_pack_file(Path(QUrl(url).toLocalFile()))
        event.acceptProposedAction()

    # -- profiles ------------------------------------------------------------------------------
    def _refresh_profiles(self) -> None:
        names = [p.name for p in self.history.profiles()]
        self.home.set_profiles(names, self.profile.name)
        self.context.settings.setValue(LAST_PROFILE_KEY, self.profile.name)

    def switch_profile(self, name: str) -> None:
        try:
            self.profile = self.history.ensure_profile(name)
        except ProfileNameError as error:
            QMessageBox.warning(self, "Cannot use that name", str(error))
            return
        self._refresh_profiles()
        self.refresh_packs()

    def ask_new_profile(self) -> None:
        name, ok = QInputDialog.getText(self, "New learner", "Name of the new learner:")
        if ok and name.strip():
            self.switch_profile(name)

    # -- quizzes -------------------------------------------------------------------------------
    def start_quiz(self, pack: Pack | None) -> None:
        if pack is None:
            return
        self.begin(StudyRun(pack, self.profile, self.history))

    def begin(self, run: StudyRun) -> None:
        self.quiz.start(run)
        self.stack.setCurrentWidget(self.quiz)
        self.setWindowTitle(f"{run.pack.title} — quizapp")
        self.quiz_started.emit(run)

    def show_results(self, run: StudyRun) -> None:
        self.results.show_run(run)
        self.stack.setCurrentWidget(self.results)

    def leave_quiz(self) -> None:
        run = self.quiz.run
        if run is not None and not run.session.finished and run.session.answered:
            answer = QMessageBox.question(
                self, "Leave this quiz?",
                f"You have answered {run.session.answered} of {run.session.total} questions. "
                "Your answers are saved. Leave the quiz?")
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.go_home()

    def go_home(self) -> None:
        self.setWindowTitle("quizapp")
        self.stack.setCurrentWidget(self.home)
        self.refresh_packs()
        self.home.focus_packs()

    # -- the source ----------------------------------------------------------------------------
    def show_citation(self, cited: CitedPassage) -> None:
        run = self.quiz.run
        if run is not None:
            self.show_source(run.pack, cited)

    def show_source(self, pack: Pack | None, cited: CitedPassage | None) -> SourceViewer | None:
        if pack is None or pack.document is None:
            return None
        viewer = self.source_viewers.get(pack.path)
        if viewer is None:
            viewer = SourceViewer(pack, self)
            self.source_viewers[pack.path] = viewer
        viewer.show_passage(cited.passage_id if cited else None, cited.quote if cited else None)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    # -- the rest ------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        font = app.font()
        stored = self.context.settings.value("view/base_point_size", font.pointSize(), type=int)
        base = stored if isinstance(stored, int) else font.pointSize()
        if step == 0:
            font.setPointSize(base)
        else:
            font.setPointSize(max(8, min(40, font.pointSize() + step)))
        self.context.settings.setValue("view/base_point_size", base)
        app.setFont(font)

    def show_about(self) -> None:
        row = self.home.current_row()
        credit = attribution_html(row.pack) if row and row.pack else ""
        QMessageBox.about(
            self, "About quizapp",
            f"<h3>quizapp {__version__}</h3>"
            "<p>Offline quizzes whose every explanation shows the passage of the source text "
            "that proves it. Your scores stay on this computer.</p>"
            f"<p>{credit}</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        self.runner.wait(5000)
        for viewer in self.source_viewers.values():
            viewer.close()
        super().closeEvent(event)
