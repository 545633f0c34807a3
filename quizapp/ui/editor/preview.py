"""Preview (Ctrl+P): the question exactly as a learner sees it, answerable, with the feedback panel.

It uses the quiz screen's own answer widgets and feedback panel, and grades through the engine, so
an author can try an accept list or a tolerance and see precisely what a learner would be told.
Nothing is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import AnswerResult, QuizSession
from quizapp.core.models import Pack
from quizapp.ui.answer_inputs import AnswerInput, make_answer_input
from quizapp.ui.feedback_panel import FeedbackPanel
from quizapp.ui.text_rendering import set_markdown


class PreviewDialog(QDialog):
    """One question of ``pack`` played as in a quiz: answer, Enter, feedback; Try again resets."""

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPreview")
        self.setWindowTitle(self.tr("Preview — as a learner sees it"))
        self.resize(760, 640)
        self.pack = pack
        self.input: AnswerInput | None = None
        self.answered: AnswerResult | None = None
        self.session = QuizSession(pack, list(pack.questions[:1]))
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("answerHint")
        self.hint.setWordWrap(True)
        self.answer_holder = QVBoxLayout()
        self.feedback = FeedbackPanel()
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
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.again_button = QPushButton(self.tr("Try &again"))
        self.again_button.clicked.connect(self.restart)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.reject)
        self.action = QPushButton(self.tr("Check answer  ⏎"))
        self.action.setObjectName("primaryAction")
        self.action.clicked.connect(self.check)
        footer = QHBoxLayout()
        footer.addWidget(self.close_button)
        footer.addWidget(self.again_button)
        footer.addStretch(1)
        footer.addWidget(self.action)
        note = QLabel(self.tr("Preview: answers are not recorded."))
        note.setObjectName("answerHint")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroller, 1)
        layout.addLayout(footer)
        self.restart()

    def restart(self) -> None:
        self.session = QuizSession(self.pack, list(self.pack.questions[:1]), shuffle_choices=False)
        view = self.session.current()
        assert view is not None
        if self.input is not None:
            self.input.setParent(None)
            self.input.deleteLater()
        self.answered = None
        self.input = make_answer_input(view, self.body)
        self.input.answer_changed.connect(self._update_action)
        self.answer_holder.addWidget(self.input)
        self.input.show()
        set_markdown(self.prompt, view.question.prompt)
        self.hint.setText(self.input.hint())
        self.feedback.clear()
        self.again_button.setEnabled(False)
        self._update_action()
        self.input.focus_first()

    def _update_action(self) -> None:
        ready = self.answered is None and self.input is not None and self.input.answer() is not None
        self.action.setEnabled(ready)

    def check(self) -> None:
        if self.input is None or self.answered is not None:
            return
        answer = self.input.answer()
        if answer is None:
            return
        self.answered = self.session.submit(answer)
        self.input.show_result(self.answered)
        self.feedback.show_result(self.answered)
        self.again_button.setEnabled(True)
        self._update_action()
        self.again_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.answered is None:
                self.check()
            else:
                self.restart()
            return
        if (Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.input is not None and self.answered is None
                and self.input.pick(key - Qt.Key.Key_0)):
            return
        super().keyPressEvent(event)
