"""The main window: a thin frame that switches between screens and wires them to the data.

Screens know nothing of each other; they emit signals, and this window decides what happens
next (start a quiz, show results, open the source). Data comes in through ``AppContext``;
learner management, exports and dialogs live in their own modules.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from quizapp.core.cancellation import yielding
from quizapp.core.pack_summary import summarize
from quizapp.core.selection import StudyMode
from quizapp.packs.library import Known, LoadOutcome, bundled_pack_paths, load_many, refresh_many
from quizapp.packs.pack_cache import PackCache
from quizapp.packs.pack_shelf import PackShelf, cached_loader
from quizapp.storage.history import (
    HistoryStore,
    Profile,
    ProfileNameError,
    StorageError,
)
from quizapp.study import StudyRun, plan, questions_for
from quizapp.ui.backup_actions import install_backup_actions
from quizapp.ui.classroom.actions import install_classroom_actions
from quizapp.ui.classroom.exam_mode import install_exam_mode
from quizapp.ui.classroom.projector_launcher import install_projector
from quizapp.ui.core_texts import mode_label
from quizapp.ui.editor.integration import install_editor
from quizapp.ui.home_screen import HomeScreen
from quizapp.ui.interop_actions import install_interop_actions
from quizapp.ui.keyboard_help import KeyboardHelp
from quizapp.ui.learners import Learners, ask_delete_learner, ask_rename_learner
from quizapp.ui.live.menu import install_live_actions
from quizapp.ui.main_thread_gc import installed_collector, settle_after_loading
from quizapp.ui.operations import BackgroundRunner
from quizapp.ui.pack_problems_dialog import folder_and_name
from quizapp.ui.pack_table_model import PackRow
from quizapp.ui.quiz_preferences import QuizPreferences
from quizapp.ui.quiz_screen import QuizScreen
from quizapp.ui.read_aloud import ReadAloud
from quizapp.ui.resume_offer import offer_resume, start_or_resume
from quizapp.ui.screen_reader import announce
from quizapp.ui.screen_stack import ScreenStack
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.view_actions import install_view_actions
from quizapp.ui.window_actions import SEPARATOR, add_menu

if TYPE_CHECKING:  # charts, PDF, dialogs and the source viewer load when first opened
    from quizapp.core.engine import CitedPassage
    from quizapp.core.models import Pack
    from quizapp.ui.about_dialog import AboutDialog
    from quizapp.ui.results_screen import ResultsScreen
    from quizapp.ui.source_viewer import SourceViewer
    from quizapp.ui.statistics_screen import StatisticsScreen

PACK_SUFFIXES = (".yaml", ".yml", ".quizpack")
PREFETCH_AFTER_MS = 1500
"""How long after the home screen is ready the screens opened later are imported."""
LATER_SCREENS = ("quizapp.ui.statistics_screen", "quizapp.ui.exports")


def _import_later_screens() -> None:
    for name in LATER_SCREENS:
        importlib.import_module(name)


@dataclass
class AppContext:
    """What the window needs from outside, passed in explicitly (tests give temporary ones)."""

    history: HistoryStore
    settings: QSettings
    bundled_dir: Path | None = None
    extra_pack_paths: list[Path] = field(default_factory=list)
    bundle_cache: Path | None = None  # where .quizpack bundles are unpacked, by content hash
    pack_cache: Path | None = None  # validated packs by content (the app's cache folder)


class MainWindow(QMainWindow):
    packs_refreshed = Signal()
    quiz_started = Signal(object)  # StudyRun

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.learners = Learners(context.history, context.settings)
        self.runner = BackgroundRunner(self)
        self.setWindowTitle("quizapp")
        self.setAcceptDrops(True)
        self.resize(1000, 720)
        self.source_viewers: dict[str, SourceViewer] = {}
        self.closing = False
        self.resume_checked = False
        self.launching = False  # a --pack start offers resuming itself
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.pack_cache = PackCache(context.pack_cache) if context.pack_cache else None
        self.shelf = PackShelf(cached_loader(context.bundle_cache, self.pack_cache))
        """Whole packs for the screens that open one; the home screen holds summaries."""
        self.known_packs: Known = {}
        """Every pack read so far, with the signature of its files then: the home screen shows
        these again without reading them while their files are unchanged."""
        self._refreshes = 0  # which refresh of the list is the latest (older ones are dropped)
        self._collector_holds = 0  # refreshes under way that hold the UI thread's collector
        self._prefetch_planned = False
        self._opening = False  # a pack is being loaded to start it
        self._first_focus_given = False

        self.home = HomeScreen()
        self.quiz = QuizScreen()
        self._results: ResultsScreen | None = None  # made when a quiz first ends
        self.on_results_made: list[Callable[[ResultsScreen], None]] = []
        """Called with the results screen when it is made (features add their buttons)."""
        self._statistics: StatisticsScreen | None = None  # made when first shown (charts)
        self._importing_statistics = False
        self.stack = ScreenStack()  # only the screen on view sets the window's minimum size
        for screen in (self.home, self.quiz):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)

        self.home.start_requested.connect(self.start_row)
        self.home.open_requested.connect(self.choose_pack_file)
        self.home.source_requested.connect(
            lambda row: self.show_source(self.whole_pack(row), None))
        self.home.statistics_requested.connect(self.show_statistics)
        self.home.flags_requested.connect(lambda row: self.show_flags(self.whole_pack(row)))
        self.home.selection_changed.connect(self.update_plan)
        self.home.profile_chosen.connect(self.switch_profile)
        self.home.new_profile_requested.connect(self.ask_new_profile)
        self.home.rename_profile_requested.connect(self.ask_rename_profile)
        self.home.delete_profile_requested.connect(self.ask_delete_profile)
        self.quiz.quit_requested.connect(self.leave_quiz)
        self.quiz.quiz_finished.connect(self.show_results)
        self.quiz.context_requested.connect(self.show_citation)
        self.quiz.flag_requested.connect(self.ask_flag)
        self._build_menus()
        self.backups = install_backup_actions(self)
        self.interop = install_interop_actions(self)
        self.classroom = install_classroom_actions(self)
        self.live_actions = install_live_actions(self)
        self.editors = install_editor(self)
        self.exams = install_exam_mode(self)
        self._refresh_profiles()
        self.projector = install_projector(self)
        self.statusBar().showMessage(self.home.loading_text)
        self.refresh_packs()

    @property
    def results(self) -> ResultsScreen:
        """The results screen, made when first needed: no start of the app shows it."""
        if self._results is None:
            from quizapp.ui.results_screen import ResultsScreen

            screen = ResultsScreen()
            screen.home_requested.connect(self.go_home)
            screen.retry_missed_requested.connect(lambda run: self.begin_new(run.retry_missed))
            screen.play_again_requested.connect(
                lambda run: self.start_mode(run.pack, StudyMode.PRACTICE))
            self.stack.addWidget(screen)
            self._results = screen
            for made in self.on_results_made:
                made(screen)
        return self._results

    def showing_results(self) -> bool:
        """Whether the results screen is on screen (without making it)."""
        return self._results is not None and self.stack.currentWidget() is self._results

    @property
    def statistics(self) -> StatisticsScreen:
        """The statistics screen, made the first time it is needed: its charts (Qt Charts) take
        longer to load than the rest of the window."""
        if self._statistics is None:
            from quizapp.ui.statistics_screen import StatisticsScreen

            screen = StatisticsScreen()
            screen.back_requested.connect(self.go_home)
            screen.export_csv_requested.connect(self.export_csv)
            screen.export_pdf_requested.connect(self.export_pdf)
            self.stack.addWidget(screen)
            self._statistics = screen
        return self._statistics

    @property
    def history(self) -> HistoryStore:
        return self.learners.history

    @property
    def profile(self) -> Profile:
        return self.learners.current

    def _build_menus(self) -> None:
        add_menu(self, "fileMenu", self.tr("&File"), [
            (self.tr("&Open pack…"), QKeySequence.StandardKey.Open, self.choose_pack_file),
            SEPARATOR,
            (self.tr("Export history as &CSV…"), None, self.export_csv),
            (self.tr("Save progress &report as PDF…"), None, self.export_pdf),
            SEPARATOR,
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ])
        add_menu(self, "learnerMenu", self.tr("&Learner"), [
            (self.tr("&New learner…"), None, self.ask_new_profile),
            (self.tr("&Rename learner…"), None, self.ask_rename_profile),
            (self.tr("&Delete learner…"), None, self.ask_delete_profile),
            SEPARATOR,
            (self.tr("&Statistics"), "Ctrl+T", self.show_statistics),
        ])
        self.view = install_view_actions(self)  # text size, theme, Settings…, window geometry
        help_menu = add_menu(self, "helpMenu", self.tr("&Help"),
                             [(self.tr("&About quizapp"), None, self.show_about)])
        self.read_aloud = ReadAloud(self.tell)
        self.keys = KeyboardHelp(self, help_menu, self.read_aloud)  # F1 and Ctrl+Shift+S

    def tell(self, message: str) -> None:
        """A message in the status bar that a screen reader hears too."""
        self.statusBar().showMessage(message, 10000)
        announce(self.statusBar(), message, assertive=False)

    # -- packs ---------------------------------------------------------------------------------
    def pack_paths(self) -> list[tuple[Path, str]]:
        paths: list[tuple[Path, str]] = [(p, "Bundled") for p in
                                         bundled_pack_paths(self.context.bundled_dir)]
        known = {p.resolve() for p, _ in paths}
        recent = [Path(r.path) for r in self.context.history.recent_packs(limit=10)]
        for path, origin in [(p, "Recent") for p in recent] + [
                (p, "Opened") for p in self.context.extra_pack_paths]:
            if path.resolve() not in known and path.exists():
                paths.append((path, origin))
                known.add(path.resolve())
        return paths

    def whole_pack(self, row: PackRow | None) -> Pack | None:
        """The whole pack of a listed row, for a screen that opens it: kept with the row when
        small, else loaded through the shelf (from the pack cache, about 55 ms for 10,000
        questions) with a busy cursor, and let go when the learner is home again."""
        if row is None or not row.usable:
            return None
        if row.pack is not None:
            return row.pack
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            path_was_open = row.path in self.shelf.open
            pack = self.shelf.whole(row.path)
        finally:
            QApplication.restoreOverrideCursor()
        if pack is not None and not path_was_open:
            # out of later full collections on this thread (a big pack is millions of objects)
            settle_after_loading(len(pack.questions))
        return pack

    def start_row(self, row: PackRow, mode: StudyMode) -> None:
        """Start a listed pack (the home screen's Start): at once when the list holds it whole,
        else once a worker has loaded it (``with_whole_packs``)."""
        self.with_whole_packs([row], lambda packs: self.start_mode(packs[0] if packs else None,
                                                                   mode), f"Opening {row.title}…")

    def with_whole_packs(self, rows: list[PackRow], then: Callable[[list[Pack]], None],
                         busy: str) -> None:
        """Call ``then`` with the whole packs of ``rows`` (those that can be loaded, in order):
        at once when all are in memory, else after a worker has loaded the others, with
        ``busy`` in the status line and a busy cursor. From the cache a big pack takes about
        55 ms; on the UI thread that is a freeze per pack."""
        missing = [row.path for row in rows
                   if row.usable and row.pack is None and row.path not in self.shelf.open]
        if not missing:
            packs = (self.whole_pack(row) for row in rows)
            then([pack for pack in packs if pack is not None])
            return
        if self._opening:
            return  # a second click while the first is loading
        self._opening = True
        self.tell(busy)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        collector = installed_collector()
        if collector is not None:
            collector.hold_older()  # as while the list fills: see main_thread_gc
            self._collector_holds += 1

        def over() -> None:
            self._opening = False
            QApplication.restoreOverrideCursor()
            if collector is not None:
                collector.release_older()
                self._collector_holds -= 1

        def done(loaded: list[Pack | None]) -> None:
            over()
            self.statusBar().clearMessage()
            if self.closing:
                return
            for path, pack in zip(missing, loaded, strict=True):
                if pack is not None:
                    self.shelf.open[path] = pack
            # out of later full collections on this thread (a big pack is millions of objects)
            settle_after_loading(sum(len(pack.questions) for pack in loaded if pack is not None))
            if None in loaded:  # changed or removed since it was listed: the list says why
                self.tell(self.tr("A pack could not be opened as listed; the list is read again."))
                self.refresh_packs()
            packs = (row.pack or self.shelf.open.get(row.path) for row in rows)  # none read again
            then([pack for pack in packs if pack is not None])

        def failed(error: BaseException) -> None:
            over()
            self._background_failed(error)

        self.runner.run(lambda: [self.shelf.load(Path(path)) for path in missing], done, failed)

    def loaded_packs(self) -> list[Pack]:
        """Every listed pack whole (statistics, exports, class report and live sessions list
        them all); big ones are loaded for the purpose and released on going home."""
        packs = (self.whole_pack(row) for row in self.home.model.rows)
        return [pack for pack in packs if pack is not None]

    def refresh_packs(self, select: Path | None = None) -> None:
        """Fill the home screen's list in the background. Packs whose files are unchanged since
        they were read are shown as they were (nothing is read); the others are read (from the
        pack cache when it knows them) and appear one by one, with a count in the status line."""
        entries = self.pack_paths()
        origins = {str(path): origin for path, origin in entries}
        paths = [path for path, _ in entries]
        known = dict(self.known_packs)
        self._refreshes += 1
        serial = self._refreshes
        read: dict[str, LoadOutcome] = {}
        collector = installed_collector()
        if collector is not None:
            collector.hold_older()  # until the list is full (see main_thread_gc)
            self._collector_holds += 1

        def settle() -> None:
            if read:
                settle_after_loading(sum(o.summary.question_count for o in read.values()
                                         if o.summary is not None))
            if collector is not None:
                collector.release_older()
                self._collector_holds -= 1

        def failed(error: BaseException) -> None:
            settle()
            self._background_failed(error)

        def each(step: tuple[LoadOutcome, int]) -> None:
            outcome, count = step
            read[str(outcome.path)] = outcome
            if serial != self._refreshes or self.closing or len(paths) < 2:
                return
            shown = [read.get(str(p)) or (known[str(p)][1] if str(p) in known else None)
                     for p in paths]
            self.home.blockSignals(True)  # the plan of the chosen pack is worked out at the end
            try:
                self._show_packs([o for o in shown if o is not None], origins, select,
                                 final=False)
            finally:
                self.home.blockSignals(False)
            to_go = len(paths) - len(known) - count
            self.home.status.setText(
                self.tr("Loading packs… %n read", "", count)
                + (self.tr(", %n to go", "", to_go) if not known else ""))

        def done(refreshed: Known) -> None:
            settle()
            if serial != self._refreshes:
                return  # a newer refresh is under way
            self.known_packs = refreshed
            self._show_packs([refreshed[str(p)][1] for p in paths], origins, select)

        self.runner.run_reporting(
            lambda report: refresh_many(paths, known, self.context.bundle_cache,
                                        yielding(self.runner.cancelled), self.pack_cache,
                                        lambda outcome, count: report((outcome, count))),
            done, failed, each)

    def _show_packs(self, outcomes: list[LoadOutcome], origins: dict[str, str],
                    select: Path | None, final: bool = True) -> None:
        if self.closing:
            return
        best = self.history.best_scores(self.profile.id)
        rows = [
            PackRow(str(o.path), origins.get(str(o.path), "Opened"), o.pack, o.error_text,
                    best.get(o.summary.id) if o.summary else None, o.summary)
            for o in outcomes
        ]
        self.home.set_packs(rows, str(select) if select else None)
        focused = QApplication.focusWidget()
        if self.stack.currentWidget() is self.home and (
                not self._first_focus_given or focused is None
                or not self.home.isAncestorOf(focused)):
            # the first focus of the home screen is the pack list (Qt gives the window's first
            # widget, the learner box, the focus before the list is filled)
            self.home.focus_packs()
            self._first_focus_given = True
        if not final:
            return
        # the count is shown under the pack table; saying it again in the status bar only doubled it
        if self.statusBar().currentMessage() == self.home.loading_text:
            self.statusBar().clearMessage()
        self.packs_refreshed.emit()
        if not self._prefetch_planned:
            self._prefetch_planned = True
            QTimer.singleShot(PREFETCH_AFTER_MS, self, self._prefetch_screens)
        if not self.resume_checked:
            self.offer_resume()

    def _prefetch_screens(self) -> None:
        """Import the statistics screen (Qt Charts) and the exports in a worker, a moment after
        the home screen is ready: imported on the UI thread when first opened, they froze it for
        about 100 ms. Only importing happens there; the widgets are made on this thread."""
        if self.closing or self._statistics is not None:
            return
        self.runner.run(_import_later_screens, lambda _result: None, lambda _error: None)

    def update_plan(self, row: PackRow | None) -> None:
        summary = row.summary if row is not None else None
        if summary is None and row is not None and row.pack is not None:
            summary = summarize(row.pack)
        if summary is None:
            self.home.set_plan(None)
            self.home.set_flag_count(0)
            return
        self.home.set_plan(plan(summary, self.profile, self.history, self.now()))
        self.home.set_flag_count(self.context.history.flag_count(summary.id))

    def _background_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Something went wrong"),
                             as_plain_rich_text(f"{type(error).__name__}: {error}"))

    def choose_pack_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a quiz pack"), str(Path.home()),
            self.tr("Quiz packs (*.yaml *.yml *.quizpack);;All files (*)"))
        if name:
            self.open_pack_file(Path(name))

    def open_pack_file(self, path: Path, start: bool = False,
                       mode: StudyMode = StudyMode.PRACTICE) -> None:
        """Validate a pack file off the UI thread; add it to the list or explain what is wrong."""
        def done(outcomes: list[LoadOutcome]) -> None:
            outcome = outcomes[0]
            if self.closing:
                return
            self.statusBar().clearMessage()  # "Checking…" is over, whatever happens next
            if outcome.pack is None:
                self.statusBar().showMessage(self.tr("%1 cannot be opened.").replace(
                    "%1", folder_and_name(path)), 5000)
                self.editors.explain_broken_pack(path, outcome)
                if start:
                    self.launching = False
                    self.offer_resume()
                return
            pack = self.editors.settle_identity(path, outcome.pack)
            if pack is None:
                return
            try:
                self.context.history.remember_pack(str(path.resolve()), pack.id, pack.title)
            except StorageError as error:  # the pack still opens; only the list forgets it
                self.statusBar().showMessage(self.tr("%1 is open, but %2.").replace(
                    "%1", path.name).replace("%2", str(error)), 10000)
            if path.resolve() not in [p.resolve() for p in self.context.extra_pack_paths]:
                self.context.extra_pack_paths.append(path.resolve())
            self.refresh_packs(select=path.resolve())
            if start:
                self.launching = False
                start_or_resume(self, pack, mode)

        self.statusBar().showMessage(self.tr("Checking %1…").replace("%1", folder_and_name(path)))
        self.launching = start
        self.runner.run(lambda: load_many([path], self.context.bundle_cache,
                                          self.runner.cancelled, self.pack_cache), done,
                        self._background_failed)

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

    # -- learners ------------------------------------------------------------------------------
    def _refresh_profiles(self) -> None:
        self.home.set_profiles(self.learners.labels(), self.learners.current_label())
        self.home.rename_action.setEnabled(not self.learners.is_guest)
        self.home.delete_action.setEnabled(not self.learners.is_guest)

    def _after_profile_change(self) -> None:
        self._refresh_profiles()
        self.resume_checked = False
        self.refresh_packs()

    def _busy_with_quiz(self) -> bool:
        """Learner changes and other screens wait until the quiz on screen is left."""
        if self.stack.currentWidget() is self.quiz or self.exams.on_screen():
            self.tell(self.tr("Leave the quiz first (Esc); your answers are saved."))
            return True
        return False

    def switch_profile(self, label: str) -> None:
        if self._busy_with_quiz():
            return
        try:
            self.learners.switch(label)
        except ProfileNameError as error:
            QMessageBox.warning(self, self.tr("Cannot use that name"), str(error))
            self._refresh_profiles()
            return
        self._after_profile_change()

    def ask_new_profile(self) -> None:
        if self._busy_with_quiz():
            return
        name, ok = QInputDialog.getText(self, self.tr("New learner"),
                                        self.tr("Name of the new learner:"))
        if ok and name.strip():
            self.switch_profile(name)

    def ask_rename_profile(self) -> None:
        if not self._busy_with_quiz() and ask_rename_learner(self, self.learners):
            self._refresh_profiles()

    def ask_delete_profile(self) -> None:
        if self._busy_with_quiz():
            return
        deleted = ask_delete_learner(self, self.learners)
        if deleted:
            self.statusBar().showMessage(self.tr("Deleted learner %1.").replace("%1", deleted),
                                         5000)
            self._after_profile_change()

    # -- quizzes -------------------------------------------------------------------------------
    def start_mode(self, pack: Pack | None, mode: StudyMode) -> None:
        if pack is None:
            return
        if mode is StudyMode.EXAM:
            self.exams.choose_and_start(pack)
            return
        options = None
        if mode is StudyMode.CUSTOM:
            from quizapp.ui.custom_quiz_dialog import CustomQuizDialog

            dialog = CustomQuizDialog(pack, self, settings=self.context.settings)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            options = dialog.options()
        questions = questions_for(mode, pack, self.profile, self.history, options, self.now())
        if not questions:
            QMessageBox.information(self, mode_label(mode), self.tr(
                "No questions to ask in this mode right now. Try Practice, or come back when "
                "reviews are due."))
            return
        # practice asks every question: in the article's order, "Read in context" would show
        # the answers of the questions still to come, so they come in a seeded random order
        preferences = self.preferences()
        self.begin_new(lambda: StudyRun(
            pack, self.profile, self.history, questions=questions, mode=mode,
            shuffle_choices=preferences.shuffle_choices,
            shuffle_questions=mode is StudyMode.PRACTICE
            and preferences.shuffle_practice_questions))

    def begin_new(self, make_run: Callable[[], StudyRun]) -> None:
        """Start a quiz, or say in words why it cannot start (a full disk, a read-only folder)."""
        try:
            run = make_run()
        except StorageError as error:
            QMessageBox.warning(self, self.tr("The quiz cannot start"),
                                as_plain_rich_text(str(error)))
            return
        self.begin(run)

    def start_quiz(self, pack: Pack | None) -> None:
        self.start_mode(pack, StudyMode.PRACTICE)

    def preferences(self) -> QuizPreferences:
        return QuizPreferences.load(self.context.settings)

    def begin(self, run: StudyRun) -> None:
        self.quiz.feedback_at_end = self.preferences().feedback_at_end
        self.quiz.start(run)
        self.stack.setCurrentWidget(self.quiz)
        self.setWindowTitle(f"{run.pack.title} — quizapp")
        self.quiz_started.emit(run)

    def offer_resume(self) -> None:
        """Offer the interrupted session of this learner, if its pack is at hand."""
        offer_resume(self)

    def ask_flag(self) -> None:
        run = self.quiz.run
        if run is None:
            return
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Flag this question"),
            self.tr("What looks wrong? (optional, for the pack's author)"))
        if not ok:
            return
        try:
            flagged = run.flag_current(comment.strip())
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Flag not saved"), str(error))
            return
        if flagged:
            self.tell(self.tr("Flagged — thank you. Teachers see it under Flagged questions."))

    def show_results(self, run: StudyRun) -> None:
        self.results.show_run(run)
        self.stack.setCurrentWidget(self.results)

    def leave_quiz(self) -> None:
        run = self.quiz.run
        if (run is not None and self.quiz.result is not None
                and run.session.position >= run.session.total - 1):
            # the last answer is checked: the quiz is done, and its results are what is left
            self.quiz.go_on()
            return
        if run is not None and not run.session.finished and run.session.answered:
            saved = (self.tr("Your answers are saved and you can resume later.")
                     if not run.unsaved else
                     self.tr("%1 of them could not be saved; the other %2 are saved.")
                     .replace("%1", str(run.unsaved)).replace("%2", str(run.saved)))
            answer = QMessageBox.question(
                self, self.tr("Leave this quiz?"),
                self.tr("You have answered %1 of %n question(s).", "", run.session.total)
                .replace("%1", str(run.session.answered)) + " " + saved + " "
                + self.tr("Leave the quiz?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)  # Enter (pressed twice by mistake) stays
            if answer != QMessageBox.StandardButton.Yes:
                return
        elif run is not None and not run.session.answered:
            # left before the first answer: nothing to resume, so it is not offered later
            with suppress(StorageError):
                self.history.abandon_session(run.session_id)
        self.go_home()

    def go_home(self) -> None:
        self.setWindowTitle("quizapp")
        self.shelf.release()  # the quiz, statistics or export that needed them is over
        self.stack.setCurrentWidget(self.home)
        self.refresh_packs()
        self.home.focus_packs()

    # -- statistics, flags, exports ------------------------------------------------------------
    def show_statistics(self) -> None:
        if self._busy_with_quiz():
            return
        if self._statistics is None and not set(LATER_SCREENS) <= sys.modules.keys():
            # opened before the prefetch is done: importing Qt Charts here froze the window
            # for about 100 ms, so the import goes to a worker and the screen follows it
            if not self._importing_statistics:
                self._importing_statistics = True
                self.statusBar().showMessage(self.tr("Opening statistics…"))
                self.runner.run(_import_later_screens, self._statistics_imported,
                                self._statistics_import_failed)
            return
        row = self.home.current_row()

        def show(packs: list[Pack]) -> None:
            current = self.whole_pack(row)
            self.statistics.show_profile(self.learners.statistics, self.profile, packs, current)
            self.stack.setCurrentWidget(self.statistics)
            self.statistics.pack_box.setFocus()  # the first focus: which pack to look at

        self.with_whole_packs(list(self.home.model.rows), show, self.tr("Opening statistics…"))

    def _statistics_imported(self, _result: object) -> None:
        self._importing_statistics = False
        self.statusBar().clearMessage()
        if not self.closing:
            self.show_statistics()

    def _statistics_import_failed(self, error: BaseException) -> None:
        self._importing_statistics = False
        self.statusBar().clearMessage()
        self._background_failed(error)

    def show_flags(self, pack: Pack | None) -> None:
        if pack is not None:
            from quizapp.ui.flags_dialog import FlagsDialog

            FlagsDialog(pack, self.context.history.flags(pack.id), self).exec()

    def export_csv(self) -> None:
        from quizapp.ui.exports import export_history_csv

        export_history_csv(self, self.history, self.profile, self.runner,
                           lambda message: self.statusBar().showMessage(message, 6000))

    def export_pdf(self) -> None:
        from quizapp.ui.exports import export_progress_pdf

        self.with_whole_packs(list(self.home.model.rows), lambda packs: export_progress_pdf(
            self, self.learners.statistics, self.profile, packs, self.runner,
            lambda message: self.statusBar().showMessage(message, 6000)),
            self.tr("Reading the packs for the report…"))

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
            from quizapp.ui.source_viewer import SourceViewer

            viewer = SourceViewer(pack, self)
            self.source_viewers[pack.path] = viewer
        viewer.show_passage(cited.passage_id if cited else None, cited.quote if cited else None)
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    # -- the rest ------------------------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        from quizapp.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        self.runner.cancel()  # a pack being validated stops at once; nothing is delivered
        collector = installed_collector()
        while collector is not None and self._collector_holds:  # their loads never report back
            collector.release_older()
            self._collector_holds -= 1
        for viewer in self.source_viewers.values():
            viewer.close()
        self.projector.close()
        super().closeEvent(event)
