"""Exam mode in the main window: starting, resuming, showing results, and sealing the window.

The window calls ``install_exam_mode`` once and hands over the *Exam…* mode, ``--mode exam`` and
interrupted exams; everything else about exams lives in this package. While an exam is on screen
the window is sealed (``exam_seal``); the only ways out are handing in and closing the app, which
pauses the exam (docs/exam.md says what that means).
"""

from __future__ import annotations

import time
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from quizapp.core.selection import StudyMode
from quizapp.storage.history import StorageError
from quizapp.study import StudyRun
from quizapp.ui.classroom.saved_exams import SavedExamPresets
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate

if TYPE_CHECKING:  # the exam's screens and rules load when an exam is first started or resumed
    from quizapp.classroom.exam import Clock
    from quizapp.classroom.exam_run import ExamRun
    from quizapp.core.models import ExamPreset, Pack
    from quizapp.storage.history import UnfinishedSession
    from quizapp.ui.classroom.exam_results import ExamResultsScreen
    from quizapp.ui.classroom.exam_screen import ExamScreen
    from quizapp.ui.classroom.exam_seal import ExamSeal
    from quizapp.ui.main_window import MainWindow


default_clock: Clock = time.monotonic
"""The clock new and resumed exams run on; tests replace it before the window opens."""


def sentence(reason: str) -> str:
    """A reason as the rules word it ("the pack … has no exam 'x'") as a sentence of a message."""
    text = reason.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def warn(parent: QWidget, title: str, reason: str, then: str = "") -> None:
    QMessageBox.warning(parent, title, as_plain_rich_text(
        sentence(reason) + (" " + then if then else "")))


class ResumeChoice(Enum):
    RESUME = "resume"
    HAND_IN = "hand in"
    LATER = "later"


def ask_resume_exam(parent: QWidget, learner: str, pack: Pack, answered: int, total: int,
                    left: float | None, *, later: bool = True) -> ResumeChoice:
    """Resume the interrupted exam, hand it in as it is, or (with ``later``) decide later: it
    stays open. An exam started by ``--mode exam`` offers no "later": it is resumed or handed in
    before anything else of the app shows."""
    from quizapp.classroom.exam import format_time_left

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ExamMode", "Resume your exam?"))
    clock = (translate("ExamMode", ", with %1 left").replace("%1", format_time_left(left))
             if left is not None else "")
    box.setText(translate("ExamMode", "%1, your exam on “%2” was interrupted with %3 of %4 questions "
                       "answered%5. Resume it where you stopped?")
                .replace("%1", learner).replace("%2", pack.title).replace("%3", str(answered))
                .replace("%4", str(total)).replace("%5", clock))
    resume = box.addButton(translate("ExamMode", "Resume the exam"), QMessageBox.ButtonRole.AcceptRole)
    hand_in = box.addButton(
        translate("ExamMode", "Hand it in as it is"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(resume)
    if later:
        box.setEscapeButton(
            box.addButton(translate("ExamMode", "Not now"), QMessageBox.ButtonRole.RejectRole)
        )
    else:
        box.setEscapeButton(resume)
    box.exec()
    clicked = box.clickedButton()
    if clicked is hand_in:
        return ResumeChoice.HAND_IN
    return ResumeChoice.RESUME if clicked is resume or not later else ResumeChoice.LATER


class ExamMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._screens: tuple[ExamScreen, ExamResultsScreen, ExamSeal] | None = None
        window.stack.currentChanged.connect(self._page_changed)
        self.saved = SavedExamPresets(window.context.settings)
        self.clock: Clock = default_clock
        self._launch_pending = False
        """From the command line: start the next exam without asking, the one named by
        ``_launch_exam_id`` (None: the pack's first, or the default)."""
        self._launch_exam_id: str | None = None
        self.handin_button = QPushButton()  # on the exam's results screen, once that is made
        self.handin_button.setObjectName("saveExamForTeacher")
        window.installEventFilter(self)

    # -- the screens, made when first needed -------------------------------------------------------
    def _built(self) -> tuple[ExamScreen, ExamResultsScreen, ExamSeal]:
        """The exam's screen, its results screen and the seal, made on first use: most starts of
        the app show no exam, so their code and widgets are not loaded at start-up."""
        if self._screens is not None:
            return self._screens
        from quizapp.ui.classroom.exam_results import ExamResultsScreen
        from quizapp.ui.classroom.exam_screen import ExamScreen
        from quizapp.ui.classroom.exam_seal import ExamSeal

        window = self.window
        screen, results = ExamScreen(), ExamResultsScreen()
        window.stack.addWidget(screen)
        window.stack.addWidget(results)
        self._screens = screen, results, ExamSeal(window, [screen])
        screen.handed_in.connect(self.show_results)
        screen.left.connect(window.go_home)
        results.home_requested.connect(window.go_home)
        results.practise_requested.connect(self.practise_missed)
        results.again_requested.connect(
            lambda run: self.choose_and_start(run.pack, again=run.session.preset))
        results.context_requested.connect(window.show_source)
        results.key_hints.set(self.handin_button, self.tr("Save results for the teacher…"),
                              self.tr("For the teacher…"))
        self.handin_button.setAccessibleName(self.tr("Save results for the teacher"))
        self.handin_button.setAccessibleDescription(self.tr("A file the teacher reads into the class report"))
        self.handin_button.clicked.connect(self.save_for_teacher)
        results.add_action_button(self.handin_button)
        return self._screens

    @property
    def screen(self) -> ExamScreen:
        return self._built()[0]

    @property
    def results(self) -> ExamResultsScreen:
        return self._built()[1]

    @property
    def seal(self) -> ExamSeal:
        return self._built()[2]

    def on_screen(self) -> bool:
        """Whether an exam is what the window shows (without making the exam's screens)."""
        return self._screens is not None and self.window.stack.currentWidget() is self._screens[0]

    # -- starting --------------------------------------------------------------------------------
    def launch_on_open(self, exam_id: str | None) -> None:
        """``quizapp --mode exam [--exam ID]``: the next exam starts at once, with no dialog."""
        self._launch_pending, self._launch_exam_id = True, exam_id

    def choose_and_start(self, pack: Pack, again: ExamPreset | None = None) -> None:
        """*Exam…*: carry on with an interrupted exam of this pack, or set one up and start it."""
        from quizapp.classroom.exam import preset_for_launch
        from quizapp.storage.exam_records import ExamRecords
        from quizapp.ui.classroom.exam_dialog import ExamSetupDialog

        launch, self._launch_pending = self._launch_pending, False
        if self.on_screen():
            return  # one exam at a time (a resumed one is already on screen)
        unfinished = ExamRecords(self.window.history).unfinished(self.window.profile.id, pack.id)
        if unfinished is not None:
            self.offer_resume(pack, unfinished)  # one open exam per pack: finish it first
            return
        if launch:
            try:
                preset = preset_for_launch(pack, self.saved.load(pack), self._launch_exam_id)
            except LookupError as error:
                warn(self.window, self.tr("No such exam"), str(error))
                return
        elif again is not None:
            preset = again
        else:
            dialog = ExamSetupDialog(pack, self.saved, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            preset = dialog.preset()
        self.start(pack, preset)

    def start(self, pack: Pack, preset: ExamPreset) -> None:
        from quizapp.classroom.exam_run import ExamRun

        try:
            run = ExamRun.start(pack, self.window.profile, self.window.history, preset, clock=self.clock)
        except (ValueError, StorageError) as error:
            warn(self.window, self.tr("The exam cannot start"), str(error))
            return
        self.show_exam(run)

    def _page_changed(self) -> None:
        """Sealed while the exam is on screen, whichever way it got there."""
        if self._screens is None:
            return  # no exam yet, so nothing is sealed
        if self.on_screen():
            self.seal.seal()
        else:
            self.seal.unseal()

    def show_exam(self, run: ExamRun) -> None:
        for viewer in self.window.source_viewers.values():
            viewer.close()  # the source is for after the exam
        self.window.setWindowTitle(f"{run.session.preset.title} — {run.pack.title} — quizapp")
        self.window.statusBar().clearMessage()
        self.window.stack.setCurrentWidget(self.screen)
        self.screen.start(run)

    # -- interrupted exams -----------------------------------------------------------------------
    def offer_resume(self, pack: Pack, unfinished: UnfinishedSession) -> bool:
        """True when the exam is on screen again (resumed, or its results); False for "not now"
        or an exam that could not be resumed."""
        from quizapp.classroom.exam_run import ExamResumeError, ExamRun

        history, profile = self.window.history, self.window.profile
        launched = self._launch_pending  # --mode exam: no "not now"
        try:
            run = ExamRun.resume(pack, profile, history, unfinished, clock=self.clock)
        except (ExamResumeError, StorageError) as error:
            warn(
                self.window,
                self.tr("The exam cannot be resumed"),
                str(error),
                self.tr("It is closed; its answers stay in your history."),
            )
            history.abandon_session(unfinished.session_id)
            return False
        if run.outcome is not None:  # it was being handed in when the app stopped
            self.show_results(run)
            return True
        session = run.session
        choice = ask_resume_exam(
            self.window,
            profile.name,
            pack,
            session.answered_count,
            session.total,
            session.remaining(),
            later=not launched,
        )
        if choice is not ResumeChoice.LATER:
            self._launch_pending = False  # the launch is this exam, not another one after it
        if choice is ResumeChoice.RESUME:
            try:
                run.note_resumed()
            except StorageError as error:
                warn(self.window, self.tr("The exam cannot be resumed"), str(error))
                return False
            self.show_exam(run)
            return True
        elif choice is ResumeChoice.HAND_IN:
            try:
                run.hand_in()
            except StorageError as error:
                warn(self.window, self.tr("Exam not handed in"), str(error))
                return False
            self.show_results(run)
            return True
        return False

    # -- after the exam --------------------------------------------------------------------------
    def show_results(self, run: ExamRun) -> None:
        self.results.show_exam(run)
        self.window.stack.setCurrentWidget(self.results)
        self.results.review.list.setFocus()

    def save_for_teacher(self) -> None:
        """This exam as a results file (the classroom's hand-in), whether answered or not."""
        from quizapp.ui.classroom.results_handin import save_results_for_teacher

        run, window = self.results.exam_run, self.window
        if run is None:
            return
        message = save_results_for_teacher(
            window,
            window.history,
            window.profile,
            window.loaded_packs(),
            window.context.settings,
            session_id=run.session_id,
            guest=window.learners.is_guest,
        )
        if message:
            window.statusBar().showMessage(message, 8000)

    def practise_missed(self, run: ExamRun) -> None:
        """The questions missed or left out, as a practice round with feedback after each."""
        if run.outcome is None or not run.outcome.missed:
            return
        questions = [item.view.question for item in run.outcome.missed]
        self.window.begin(
            StudyRun(
                run.pack, self.window.profile, self.window.history, questions=questions, mode=StudyMode.RETRY
            )
        )

    # -- the window closing ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and self.on_screen()):
            self.screen.pause()  # the clock stops and is saved; the exam is offered next time
        return False


def install_exam_mode(window: MainWindow) -> ExamMode:
    return ExamMode(window)
