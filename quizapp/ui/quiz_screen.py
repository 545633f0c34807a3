"""The quiz screen: one question at a time, answered by keyboard or mouse.

Keys: 1–9 pick a choice, Enter checks the answer, Enter again goes on, Ctrl+R opens the cited
passage, Ctrl+I says "I was right" about a typed answer marked wrong, Esc leaves the quiz. The
screen forwards the answer to the ``StudyRun`` (which grades and saves it) and shows what comes
back.

Within a frame: the answer inputs (one per family of question types) and the feedback panel are
built once and updated for each question; the feedback is scrolled into view before the window
next paints, so the first paint shows it in place (docs/performance.md has the measurements).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import AnswerResult, QuestionView
from quizapp.storage import StorageError
from quizapp.study import AnswerNotSaved, StudyRun
from quizapp.ui.answer_inputs import AnswerInput, TextAnswer, input_family, make_answer_input
from quizapp.ui.feedback_panel import FeedbackPanel
from quizapp.ui.fitting import ReflowRow, reveal_below, settle_layouts, settle_updates
from quizapp.ui.keyboard_access import bring_into_view
from quizapp.ui.screen_reader import announce, label_text
from quizapp.ui.text_rendering import as_plain_rich_text, set_markdown


class QuizScreen(QWidget):
    answer_recorded = Signal(object)  # AnswerResult
    quiz_finished = Signal(object)  # StudyRun
    quit_requested = Signal()
    context_requested = Signal(object)  # CitedPassage
    flag_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizScreen")
        self.run: StudyRun | None = None
        self.view: QuestionView | None = None
        self.input: AnswerInput | None = None
        self.inputs: dict[type[AnswerInput], AnswerInput] = {}
        """The input made for each family of question types, reused for every question."""
        self.result: AnswerResult | None = None
        self.feedback_at_end = False  # Settings: no verdict now, all of it on the results screen

        self.pack_title = QLabel()
        self.pack_title.setObjectName("quizPackTitle")
        self.pack_title.setTextFormat(Qt.TextFormat.PlainText)
        self.pack_title.setWordWrap(True)  # a long title must not widen the window
        self.counter = QLabel()
        self.counter.setObjectName("questionCounter")
        self.score = QLabel()
        self.score.setObjectName("runningScore")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        header = QHBoxLayout()
        header.addWidget(self.pack_title, 1)
        header.addWidget(self.counter)
        header.addSpacing(18)
        header.addWidget(self.score)

        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("answerHint")
        self.hint.setWordWrap(True)
        self.answer_holder = QVBoxLayout()
        self.feedback = FeedbackPanel()
        self.feedback.context_requested.connect(self.context_requested)
        self.feedback.override_requested.connect(self.override)

        body = self.body = QWidget()
        body.setObjectName("quizBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 16, 24, 16)
        body_layout.setSpacing(14)
        body_layout.addWidget(self.prompt)
        body_layout.addWidget(self.hint)
        body_layout.addLayout(self.answer_holder)
        body_layout.addWidget(self.feedback)
        body_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        # room for the scroll bar always: else feedback that needs it narrows the page, and the
        # question and its answers re-wrap (and are laid out twice) as the verdict appears
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.quit_button = QPushButton(self.tr("Leave quiz (Esc)"))
        self.quit_button.setToolTip(self.tr("Back to the packs; your answers are saved (Esc)"))
        self.quit_button.clicked.connect(self.quit_requested)
        self.action = QPushButton()
        self.action.setObjectName("primaryAction")
        self.action.clicked.connect(self.activate)
        self.flag_button = QPushButton(self.tr("Flag as wrong… (Ctrl+F)"))
        self.flag_button.setToolTip(
            self.tr("Tell the pack's author this question looks wrong (Ctrl+F)"))
        self.flag_button.clicked.connect(self.flag_requested)
        footer = ReflowRow()  # wraps at large text rather than pushing the action off screen
        footer.addWidget(self.quit_button)
        footer.addWidget(self.flag_button)
        # "I was right" can be taken back until the next question
        self.undo_override_button = QPushButton(self.tr("Undo “I was right” (Ctrl+Z)"))
        self.undo_override_button.setObjectName("undoOverrideButton")
        self.undo_override_button.setToolTip(self.tr(
            "Count this answer as wrong again, as it was marked (Ctrl+Z)"))
        self.undo_override_button.clicked.connect(self.undo_override)
        self.undo_override_button.hide()
        footer.addWidget(self.undo_override_button)
        footer.addStretch()
        footer.addWidget(self.action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)

        context = QShortcut(QKeySequence("Ctrl+R"), self)
        context.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.activated.connect(self.open_first_citation)
        context.setWhatsThis(self.tr("Quiz: open the cited passage of the feedback"))
        flag = QShortcut(QKeySequence("Ctrl+F"), self)
        flag.setWhatsThis(self.tr("Quiz: flag this question as wrong"))
        flag.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        flag.activated.connect(self.flag_requested)
        override = QShortcut(QKeySequence("Ctrl+I"), self)
        override.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        override.setWhatsThis(
            self.tr("Quiz: count a typed answer marked wrong as right (I was right)"))
        override.activated.connect(self.override)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.setWhatsThis(self.tr("Quiz: take back “I was right” before the next question"))
        undo.activated.connect(self.undo_override)

    # -- flow ----------------------------------------------------------------------------------
    def start(self, run: StudyRun) -> None:
        self.run = run
        self.pack_title.setText(run.pack.title)
        self.score.setVisible(not self.feedback_at_end)
        self.progress.setRange(0, run.session.total)
        self.show_question(run.current())

    def show_question(self, view: QuestionView | None) -> None:
        if view is None or self.run is None:
            return
        self.view = view
        self.result = None
        self.undo_override_button.hide()  # "I was right" is final once the learner goes on
        self.input = self._input_for(view)
        for other in self.inputs.values():
            if other is not self.input:
                other.hide()
        self.input.show()  # shown now, not on the next event-loop turn, so focus can land on it
        self._chain_footer_after(self.input)
        set_markdown(self.prompt, view.question.prompt)
        self.hint.setText(self.input.hint())
        self.hint.show()
        self.feedback.clear()
        self.update_header()
        self.update_action()
        self.scroller.verticalScrollBar().setValue(0)
        self.input.focus_first()
        # the first control in view once the new question is laid out (at 200 % a matching
        # question's first drop-down got focus below the fold, from the old layout's positions)
        self._reveal_focus()
        QTimer.singleShot(0, self, self._reveal_focus)

    def _chain_footer_after(self, answer: QWidget) -> None:
        """Tab from the answer's last control goes to the main action, then Leave and Flag:
        answer inputs are made when first needed, so they stood last in the window's Tab chain,
        and Tab from the last matching list reached Leave (and Enter, pressed again, its
        question) before Check answer."""
        last: QWidget | None = None
        for control in answer.findChildren(QWidget):
            # (a drop-down's list lives in a popup window of its own: not a Tab stop here)
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus and control.isVisibleTo(answer) \
                    and control.window() is answer.window():
                last = control
        chain = [last or answer, self.action, self.quit_button, self.flag_button,
                 self.undo_override_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _reveal_focus(self) -> None:
        if self.result is not None:
            return  # the feedback's own reveal keeps the verdict in view
        settle_layouts()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            bring_into_view(focused)

    def _input_for(self, view: QuestionView) -> AnswerInput:
        """The input for ``view``'s family of question types, with ``view`` loaded in it."""
        assert self.run is not None
        family = input_family(view.question.type)
        given = self.inputs.get(family)
        if given is None:
            given = make_answer_input(view, self.body, read_number=self.run.session.read_number)
            given.answer_changed.connect(self.update_action)
            self.answer_holder.addWidget(given)
            # a screen reader reads children in their order: the answers before the feedback
            given.stackUnder(self.feedback)
            self.inputs[family] = given
            return given
        if isinstance(given, TextAnswer):
            given.read_number = self.run.session.read_number  # this quiz's pack's language
        given.load(view)
        return given

    def update_header(self) -> None:
        if self.run is None or self.view is None:
            return
        session = self.run.session
        self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(self.view.number))
                             .replace("%2", str(self.view.total)))
        self.score.setText(self.tr("Score: %1 / %2").replace("%1", str(session.score)).replace(
            "%2", str(session.answered)) + (
            self.tr(" · %n not saved", "", self.run.unsaved) if self.run.unsaved else ""))
        # QProgressBar.setValue repaints the whole window at once, mid-update; with updates off
        # it does not, and turning them on again schedules the bar's paint with the next frame
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(session.answered)
        self.progress.setUpdatesEnabled(True)

    def update_action(self) -> None:
        if self.result is None:
            self.action.setText(self.tr("Answer and go on  ⏎") if self.feedback_at_end
                                else self.tr("Check answer") + "  ⏎")
            self.action.setEnabled(self.input is not None and self.input.answer() is not None)
        else:
            last = self.run is not None and self.run.session.position >= self.run.session.total - 1
            self.action.setText((self.tr("See results") if last else self.tr("Next question"))
                                + "  ⏎")
            self.action.setEnabled(True)
        said = self.action.text().replace("⏎", "").strip()  # "return symbol" helps no one
        self.action.setAccessibleName(said)
        self.action.setToolTip(self.tr("%1 (Enter)").replace("%1", said))
        self.action.setAccessibleDescription(self.action.toolTip())  # a changed tooltip is not
        # announced as a changed description; this is

    def activate(self) -> None:
        """Enter / the main button: check the answer, or go on after feedback."""
        if self.run is None:
            return
        if self.result is None:
            self.submit()
        else:
            self.go_on()

    def submit(self) -> None:
        if self.run is None or self.input is None:
            return
        answer = self.input.answer()
        if answer is None:
            # built afresh each time: a second Enter must not say it twice
            self.hint.setText(self.tr("An answer is needed first.") + " " + self.input.hint())
            return
        self.hint.setText(self.input.hint())  # the reminder is done with once there is an answer
        unsaved: AnswerNotSaved | None = None
        try:
            result = self.run.submit(answer)
        except AnswerNotSaved as error:  # graded but not kept: say so, and let the learner go on
            result, unsaved = error.result, error
        if result.try_again:  # a typo: say so, give away nothing, let the learner type again
            self.feedback.show_try_again()
            self.input.try_again()
            announce(self.feedback.verdict, self.feedback.verdict.text())
            return
        self.result = result
        if self.feedback_at_end:
            self.answer_recorded.emit(result)
            self.go_on()
            return
        self.input.show_result(result)
        self.hint.hide()  # how to answer, once answered: room for the verdict instead
        self.feedback.show_result(result)
        self.update_header()
        self.update_action()
        self.answer_recorded.emit(result)
        self.focus_verdict()
        self.reveal_feedback()
        if unsaved is not None:
            self.tell_not_saved(unsaved)

    def reveal_feedback(self) -> None:
        """Scroll the feedback into view once the layouts have made room for it: now, so the
        first paint shows it in place; and again after any later layout (a list growing to its
        contents), so the verdict is never left below the fold."""
        self._reveal()
        QTimer.singleShot(0, self, self._reveal_again)

    def _reveal_again(self) -> None:
        if self.result is not None and self.feedback.isVisible():
            self._reveal()

    def _reveal(self) -> None:
        settle_layouts()
        reveal_below(self.scroller, self.prompt, self.feedback, must_see=self.feedback.verdict)
        settle_updates()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size or theme lays the page out again, and the scroll area then kept its
        old offset or went back to the top: the focused verdict is brought back into view."""
        super().changeEvent(event)
        if (event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
                and self.result is not None):
            QTimer.singleShot(0, self, self._reveal_again)

    def tell_not_saved(self, error: AnswerNotSaved) -> None:
        saved = self.run.saved if self.run is not None else 0
        QMessageBox.warning(self, self.tr("Answer not saved"), as_plain_rich_text(
            self.tr("This answer could not be saved: %1.").replace("%1", str(error)) + "\n\n"
            + self.tr("%n earlier answer(s) of this quiz are saved. You can go on, but answers "
                      "are not kept until this is fixed; or leave the quiz with Esc.", "", saved)))

    def override(self) -> None:
        """ "I was right" (Ctrl+I): count a typed answer marked wrong as right."""
        if self.run is None or self.result is None or not self.result.can_override:
            return
        try:
            result = self.run.override_last()
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Not saved"), as_plain_rich_text(
                self.tr("Your answer could not be counted as right:\n\n%1").replace(
                    "%1", str(error))))
            return
        self.result = result
        self.feedback.show_result(result)
        self.update_header()
        self.answer_recorded.emit(result)
        self.undo_override_button.show()
        self.focus_verdict()

    def undo_override(self) -> None:
        """Ctrl+Z (or the footer's button) after "I was right": the answer is wrong again."""
        if self.run is None or self.result is None or not self.result.overridden:
            return
        try:
            result = self.run.undo_override()
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Not saved"), as_plain_rich_text(
                self.tr("“I was right” could not be taken back:\n\n%1").replace(
                    "%1", str(error))))
            return
        self.result = result
        self.undo_override_button.hide()
        self.feedback.show_result(result)
        self.update_header()
        self.answer_recorded.emit(result)
        self.focus_verdict()

    def focus_verdict(self) -> None:
        """Focus on the verdict, which a screen reader reads with the feedback as its
        description, and announce it for readers that do not follow focus into labels. Enter
        there still goes on; Tab reaches "I was right", "Read in context" and the footer."""
        verdict = self.feedback.verdict
        verdict.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(verdict, verdict.text())

    def spoken(self) -> str:
        """What *Read aloud* (Ctrl+Shift+S) says: the question, the answers to choose from or
        the one given, and after answering the verdict and feedback."""
        if self.view is None:
            return ""
        parts = [self.counter.text(), label_text(self.prompt)]
        if self.input is not None:
            parts.append(self.input.spoken())
        if self.result is None and self.hint.text():
            parts.append(self.hint.text())
        parts.append(self.feedback.spoken())
        return "\n".join(part for part in parts if part)

    def go_on(self) -> None:
        if self.run is None:
            return
        view = self.run.advance()
        if view is None:
            self.quiz_finished.emit(self.run)
        else:
            self.show_question(view)

    def open_first_citation(self) -> None:
        if self.result is not None and self.result.citations:
            self.context_requested.emit(self.result.citations[0])

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
            return
        if key == Qt.Key.Key_Escape:
            self.quit_requested.emit()
            return
        if (Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.input is not None and self.result is None
                and self.input.pick(key - Qt.Key.Key_0)):
            return
        super().keyPressEvent(event)
