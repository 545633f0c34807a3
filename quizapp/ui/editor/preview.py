"""Preview (Ctrl+P): the question exactly as a learner sees it, answerable, with the feedback panel.

It is the quiz screen itself, playing a one-question run whose history lives in an in-memory
database (as the Guest's does), so an author can try an accept list or a tolerance and see
precisely what a learner would be told, and nothing is recorded.

It is a window of its own rather than a QDialog: in a dialog every push button presses itself on
Enter (auto-default), so Enter chose the focused answer instead of checking it. As on the quiz
screen, the answer takes the keyboard focus when the preview opens: keys 1–9 pick, Enter checks,
Enter again starts over, Tab moves through the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from quizapp.core.models import Pack
from quizapp.storage import HistoryStore, open_database
from quizapp.study import StudyRun
from quizapp.ui.quiz_screen import QuizScreen

PREVIEW_LEARNER = "Preview"


class PreviewDialog(QWidget):
    """The first question of ``pack`` in the quiz screen; after the feedback, Enter starts over."""

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setObjectName("editorPreview")
        self.setWindowTitle(self.tr("Preview — as a learner sees it"))
        self.resize(780, 660)
        self.pack = pack
        self.history = HistoryStore(open_database(":memory:"))
        self.profile = self.history.ensure_profile(PREVIEW_LEARNER)
        note = QLabel(self.tr("Preview: answers are not recorded. After the feedback, Enter "
                              "starts again; Esc closes."))
        note.setObjectName("answerHint")
        note.setWordWrap(True)
        self.quiz = QuizScreen()
        self.quiz.flag_button.hide()  # flags are for learners to tell the author
        self.quiz.quit_button.setText(self.tr("Close preview (Esc)"))
        self.quiz.quit_requested.connect(self.close)
        self.quiz.quiz_finished.connect(lambda *_: self.restart())
        self.quiz.answer_recorded.connect(
            lambda *_: self.quiz.action.setText(self.tr("Try again  ⏎")))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.quiz, 1)
        self.restart()

    def showEvent(self, event: QShowEvent) -> None:
        """Focus on the answer once the window is up, as the quiz screen does."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self.focus_answer)

    def focus_answer(self) -> None:
        self.activateWindow()
        if self.quiz.input is not None:
            self.quiz.input.focus_first()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.history.db.close()
        super().closeEvent(event)

    def restart(self) -> None:
        self.quiz.start(StudyRun(self.pack, self.profile, self.history,
                                 questions=list(self.pack.questions[:1])))
