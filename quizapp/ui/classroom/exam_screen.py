"""The exam screen: questions answered in any order, a palette to move between them, a clock.

Nothing is graded or explained until the learner hands in (Ctrl+Enter) or the clock runs out.
Each answer is saved as it changes. Keys: 1–9 pick a choice, Enter goes to the next question (or
presses the focused button; on an ordering question it first keeps the order shown as the answer),
Alt+← / Alt+→ previous and next, Ctrl+F flags for review, Ctrl+L goes to the question palette,
Esc asks "Hand in now, or keep going?". While the exam is on screen the window is sealed
(``exam_seal``): nothing else in the app shows the pack.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.classroom.exam import ExamStateError, format_time_left
from quizapp.classroom.exam_run import ExamRun
from quizapp.storage.history import StorageError
from quizapp.ui.answer_inputs import AnswerInput, OrderingAnswer, make_answer_input
from quizapp.ui.classroom import exam_prompts
from quizapp.ui.classroom.answer_pages import AnswerPages
from quizapp.ui.classroom.answer_restore import show_answer
from quizapp.ui.classroom.exam_palette import (
    ANSWERED,
    FLAGGED,
    UNANSWERED,
    PaletteModel,
    PaletteView,
)
from quizapp.ui.classroom.question_parts import (
    KeyHintLabels,
    announce,
    prompt_label,
    scrolling_column,
    shortcut,
)
from quizapp.ui.screen_reader import label_text
from quizapp.ui.text_rendering import set_markdown

TICK_MILLISECONDS = 250
"""How often the clock is read: the countdown never skips a second."""
LEGEND_LINES = 28
"""The palette's legend shows when the screen is at least this many lines of text high."""


class ExamScreen(QWidget):
    handed_in = Signal(object)  # ExamRun, its outcome set
    left = Signal()
    answer_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examScreen")
        self.run: ExamRun | None = None
        self.inputs: dict[int, AnswerInput] = {}

        self.title = QLabel()
        self.title.setObjectName("quizPackTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("questionCounter")
        self.countdown = QLabel()
        self.countdown.setObjectName("examCountdown")
        self.countdown.setAccessibleName(self.tr("Time left"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.counter)
        header.addSpacing(18)
        header.addWidget(self.countdown)
        self.warning = QLabel()
        self.warning.setObjectName("examWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.palette_model = PaletteModel(self)
        self.question_list = PaletteView(self.palette_model)
        self.question_list.question_chosen.connect(self.go_to)
        self.legend = QLabel(self.tr("%1 answered    %2 not answered    %3 flagged for review"
                                     "    —    Ctrl+L: question list")
                             .replace("%1", ANSWERED).replace("%2", UNANSWERED)
                             .replace("%3", FLAGGED))
        self.legend.setObjectName("answerHint")
        self.legend.setWordWrap(True)
        self.question_list.setToolTip(self.legend.text())  # also when the legend is put away

        self.prompt = prompt_label("prompt")
        self.hint = QLabel()
        self.hint.setObjectName("answerHint")
        self.hint.setWordWrap(True)
        self.answers = AnswerPages()
        self.keep_order_button = QPushButton(self.tr("Keep this order"))
        self.keep_order_button.setObjectName("keepOrder")
        self.keep_order_button.setAccessibleDescription(self.tr(
            "Answers with the order shown, as Enter does"))
        self.keep_order_button.clicked.connect(self.keep_shown_order)
        keep_row = QHBoxLayout()
        keep_row.setContentsMargins(0, 0, 0, 0)
        keep_row.addWidget(self.keep_order_button)
        keep_row.addStretch(1)
        self.keep_order_row = QWidget()
        self.keep_order_row.setLayout(keep_row)
        self.scroller = scrolling_column([self.prompt, self.hint, self.answers,
                                          self.keep_order_row], (24, 12, 24, 12), spacing=14)

        self.key_hints = KeyHintLabels()
        self.previous_button = QPushButton()
        self.key_hints.set(self.previous_button, self.tr("◀ Previous (Alt+←)"), self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.previous_button.clicked.connect(self.go_previous)
        self.flag_button = QPushButton()
        self.flag_button.setCheckable(True)
        self.flag_button.clicked.connect(self.toggle_flag)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primaryAction")
        self.next_button.clicked.connect(self.go_next)
        self.hand_in_button = QPushButton()
        self.key_hints.set(self.hand_in_button, self.tr("Hand in… (Ctrl+Enter)"), self.tr("Hand in…"))
        self.hand_in_button.setAccessibleName(self.tr("Hand in the exam"))
        self.hand_in_button.clicked.connect(self.ask_hand_in)
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.flag_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        footer.addWidget(self.hand_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.warning)
        layout.addWidget(self.question_list)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)

        shortcut(self, "Alt+Left", self.go_previous, self.tr("Exam: previous question"))
        shortcut(self, "Alt+Right", self.go_next, self.tr("Exam: next question"))
        shortcut(self, "Ctrl+F", self.toggle_flag, self.tr("Exam: flag this question for review"))
        shortcut(self, "Ctrl+L", self.question_list.setFocus,
                 self.tr("Exam: go to the question palette"))
        shortcut(self, "Ctrl+Return", self.ask_hand_in, self.tr("Exam: hand in"))
        shortcut(self, "Ctrl+Enter", self.ask_hand_in, self.tr("Exam: hand in"))
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MILLISECONDS)
        self.timer.timeout.connect(self.tick)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.key_hints.fit(self.width())
        self.question_list.fit_height()
        # a short window (1024×768 at 200 % text) keeps its lines for the question
        self.legend.setVisible(self.height() >= LEGEND_LINES * self.fontMetrics().lineSpacing())

    # -- showing the exam --------------------------------------------------------------------------
    def start(self, run: ExamRun) -> None:
        """Show ``run`` (new or resumed) at its current question; the clock starts."""
        self.stop()
        self.run = run
        for widget in self.inputs.values():
            self.answers.remove(widget)
            widget.deleteLater()
        self.inputs = {}
        session = run.session
        self.title.setText(session.preset.title)
        self.title.setToolTip(run.pack.title)
        self.palette_model.set_session(session)
        self.previous_button.setVisible(session.preset.allow_back)
        self.countdown.setVisible(session.remaining() is not None)
        self.warning.hide()
        run.open()
        self.show_current()
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def input_for(self, index: int) -> AnswerInput:
        """Each question keeps its own input while the exam is on screen, so its state stays."""
        widget = self.inputs.get(index)
        if widget is None and self.run is not None:
            session = self.run.session
            widget = make_answer_input(session.views[index], read_number=session.read_number)
            saved = session.answer_of(index)
            if saved is not None:
                show_answer(widget, saved)
            widget.answer_changed.connect(lambda i=index: self.answer_changed(i))
            self.answers.add(widget)
            self.inputs[index] = widget
        assert widget is not None
        return widget

    def show_current(self) -> None:
        if self.run is None:
            return
        session = self.run.session
        view = session.current()
        widget = self.input_for(session.position)
        self.answers.show_page(widget)
        set_markdown(self.prompt, view.question.prompt)
        self.hint.setText(widget.hint())
        self.update_status()
        self.scroller.verticalScrollBar().setValue(0)
        widget.focus_first()

    def update_status(self) -> None:
        if self.run is None:
            return
        session = self.run.session
        number = session.position + 1
        self.counter.setText(self.tr("Question %1 of %2 · %3 answered")
                             .replace("%1", str(number)).replace("%2", str(session.total))
                             .replace("%3", str(session.answered_count)))
        last = number == session.total
        if last:
            self.key_hints.set(self.next_button, self.tr("Hand in…  ⏎"), self.tr("Hand in…"))
        else:
            self.key_hints.set(self.next_button, self.tr("Next ▶  ⏎"), self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Hand in the exam") if last
                                           else self.tr("Next question"))
        self.hand_in_button.setVisible(not last)
        self.previous_button.setEnabled(session.can_visit(session.position - 1))
        flagged = session.is_flagged(session.position)
        self.flag_button.setChecked(flagged)
        if flagged:
            self.key_hints.set(self.flag_button, self.tr("⚑ Flagged (Ctrl+F)"), self.tr("⚑ Flagged"))
        else:
            self.key_hints.set(self.flag_button, self.tr("Flag for review (Ctrl+F)"), self.tr("Flag"))
        self.flag_button.setAccessibleName(self.tr("Flagged for review") if flagged
                                           else self.tr("Flag for review"))
        self.keep_order_row.setVisible(self._order_to_keep() is not None)
        self.palette_model.refresh()
        self.question_list.show_position(session.position)
        self.key_hints.fit(self.width())

    # -- answering ---------------------------------------------------------------------------------
    def answer_changed(self, index: int) -> None:
        """Saved at once: an exam that crashes loses no answer."""
        run, widget = self.run, self.inputs.get(index)
        if run is None or widget is None or run.session.position != index:
            return
        if self._guard(lambda: run.set_answer(widget.answer())):
            self.update_status()
            self.answer_saved.emit()

    def _order_to_keep(self) -> OrderingAnswer | None:
        """The ordering question on screen, while it has no answer: its order is only shown."""
        run = self.run
        if run is None or run.outcome is not None:
            return None
        widget = self.inputs.get(run.session.position)
        unanswered = run.session.answer_of(run.session.position) is None
        return widget if isinstance(widget, OrderingAnswer) and unanswered else None

    def keep_shown_order(self) -> None:
        """Enter or *Keep this order*: the order on screen becomes the answer, moved or not (a
        list already in the right order needs no move, and the hint says "Press Enter")."""
        widget = self._order_to_keep()
        run = self.run
        if widget is None or run is None:
            return
        had_focus = self.keep_order_button.hasFocus()
        if self._guard(lambda: run.set_answer(widget.answer())):
            self.update_status()
            self.answer_saved.emit()
            if had_focus:
                widget.focus_first()

    def toggle_flag(self) -> None:
        run = self.run
        if run is not None and run.outcome is None:
            flagged = not run.session.is_flagged(run.session.position)
            if self._guard(lambda: run.set_flag(flagged)):
                self.update_status()

    def _guard(self, change: Callable[[], object]) -> bool:
        """Make a change to the exam; False if it could not be made. The disk refusing ends the
        sitting, saying why; the clock having run out hands in."""
        try:
            change()
        except ExamStateError:
            self.tick()  # the clock has run out meanwhile: hand in
            return False
        except StorageError as error:
            self.stop()
            QMessageBox.critical(self, self.tr("Answer not saved"), self.tr(
                "Your exam could not be saved, so it stops here; the answers saved so far are "
                "kept.\n\n%1").replace("%1", str(error)))
            self.left.emit()
            return False
        return True

    # -- moving ------------------------------------------------------------------------------------
    def spoken(self) -> str:
        """What Read aloud (Ctrl+Shift+S) says: the question and its choices, no verdict."""
        current = self.inputs.get(self.run.session.position) if self.run else None
        parts = [self.counter.text(), label_text(self.prompt),
                 current.spoken() if current is not None else ""]
        return "\n".join(part for part in parts if part)

    def go_to(self, index: int) -> None:
        if self.run is None or index == self.run.session.position:
            return
        if not self.run.session.can_visit(index):
            self.hint.setText(self.tr("This exam does not let you go back to earlier questions."))
            return
        run = self.run
        if self._guard(lambda: run.go_to(index)):
            self.show_current()

    def go_previous(self) -> None:
        if self.run is not None and self.run.session.position > 0:
            self.go_to(self.run.session.position - 1)

    def go_next(self) -> None:
        if self.run is None:
            return
        self.keep_shown_order()
        session = self.run.session
        if session.position + 1 >= session.total:
            self.ask_hand_in()
            return
        if not session.preset.allow_back and session.answer_of(session.position) is None:
            sure = QMessageBox.question(
                self, self.tr("Go on without an answer?"),
                self.tr("Question %1 has no answer, and this exam does not let you come back "
                        "to it. Go on anyway?").replace("%1", str(session.position + 1)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if sure != QMessageBox.StandardButton.Yes or self._closed_meanwhile():
                return
        self.go_to(session.position + 1)

    # -- the clock ---------------------------------------------------------------------------------
    def tick(self) -> None:
        """Read the clock: show it, save it, warn at 5 and 1 minutes, hand in at 0."""
        run = self.run
        if run is None or run.outcome is not None:
            return
        if run.session.time_is_up:
            self.time_up()
            return
        try:
            warnings = run.tick()
        except StorageError:
            warnings = []  # the next answer's save reports it; the exam goes on meanwhile
        left = run.session.remaining()
        if left is not None:
            self.countdown.setText(self.tr("Time left: %1").replace("%1", format_time_left(left)))
        for seconds in warnings:
            self.warn(seconds)

    def warn(self, seconds: int) -> None:
        minutes = seconds // 60
        text = (self.tr("⚠ 1 minute left.") if minutes == 1 else
                self.tr("⚠ %1 minutes left.").replace("%1", str(minutes)))
        self.warning.setText(text)
        self.warning.show()
        text += " " + self.tr("Your answers are saved; when time is up they are handed in.")
        self.warning.setToolTip(text)
        self.countdown.setProperty("state", "warning")
        self.countdown.style().unpolish(self.countdown)
        self.countdown.style().polish(self.countdown)
        announce(self, text)

    def time_up(self) -> None:
        self.hand_in(timed_out=True)

    # -- handing in -----------------------------------------------------------------------------
    def _closed_meanwhile(self) -> bool:
        """Time ran out while a question was asked: the results are on screen already."""
        return self.run is None or self.run.outcome is not None

    def pause(self) -> None:
        """Stop the clock and save it: the app is closing (see docs/exam.md)."""
        self.stop()
        if self.run is not None and self.run.outcome is None:
            # the answers were saved as given: at worst the clock's last second is lost
            with contextlib.suppress(StorageError):
                self.run.leave()

    def ask_hand_in(self, *, escape: bool = False) -> None:
        """Hand in after asking; Esc asks too ("Hand in now, or keep going?")."""
        if self.run is None or self.run.outcome is not None:
            return
        if exam_prompts.ask_hand_in(self, self.run.session, escape=escape) and (
                not self._closed_meanwhile()):
            self.hand_in(timed_out=False)

    def hand_in(self, *, timed_out: bool) -> None:
        run = self.run
        if run is None:
            return
        self.stop()
        try:
            run.hand_in(timed_out=timed_out)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Exam not handed in"), self.tr(
                "Your answers are saved, but handing in could not be recorded; it is finished "
                "the next time quizapp starts.\n\n%1").replace("%1", str(error)))
            self.left.emit()
            return
        self.handed_in.emit(run)

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.objectName() != "choiceButton":
                focused.click()  # Enter does what the focused button says
            else:
                self.go_next()
            return
        if key == Qt.Key.Key_Escape:
            self.ask_hand_in(escape=True)
            return
        current = self.inputs.get(self.run.session.position) if self.run else None
        if (Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and current is not None
                and current.pick(key - Qt.Key.Key_0)):
            return
        super().keyPressEvent(event)
