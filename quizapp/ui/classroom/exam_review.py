"""The full review after an exam: every question with the learner's answer, the right one, the
explanation and the cited passage, in the feedback panel the quiz uses after each answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QWidget,
)

from quizapp.classroom.exam import ExamQuestionResult
from quizapp.core.engine import CitedPassage
from quizapp.ui.answer_inputs import RIGHT_MARK, WRONG_MARK
from quizapp.ui.classroom.exam_palette import FLAGGED, UNANSWERED
from quizapp.ui.classroom.question_parts import prompt_label, scrolling_column
from quizapp.ui.feedback_panel import FeedbackPanel
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.text_rendering import set_markdown
from quizapp.ui.translation import QT_TRANSLATE_NOOP


def mark(item: ExamQuestionResult) -> str:
    if not item.answered:
        return UNANSWERED
    return RIGHT_MARK if item.correct else WRONG_MARK


class ReviewModel(RowTableModel[ExamQuestionResult]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Question"),)

    def display(self, row: ExamQuestionResult, column: int) -> object:
        flag = f" {FLAGGED}" if row.flagged else ""
        return f"{mark(row)}{flag}  {row.view.number}. {row.view.question.prompt}"

    def tooltip(self, row: ExamQuestionResult) -> str | None:
        state = (QCoreApplication.translate("ExamReview", "not answered") if not row.answered
                 else QCoreApplication.translate("ExamReview", "right") if row.correct
                 else QCoreApplication.translate("ExamReview", "wrong"))
        return QCoreApplication.translate("ExamReview", "Question %1: %2").replace(
            "%1", str(row.view.number)).replace("%2", state)


class ExamReview(QSplitter):
    """The questions on the left; on the right, the one selected as the quiz would explain it."""

    context_requested = Signal(object)  # CitedPassage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("examReview")
        self.setChildrenCollapsible(False)
        self.model = ReviewModel(self)
        self.list = QListView()
        self.list.setObjectName("examReviewList")
        self.list.setAccessibleName(self.tr("Questions of the exam"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.selectionModel().selectionChanged.connect(self._selected)

        self.heading = QLabel()
        self.heading.setObjectName("questionCounter")
        self.prompt = prompt_label("reviewPrompt")
        self.feedback = FeedbackPanel()
        self.feedback.context_requested.connect(self.context_requested)
        self.scroller = scrolling_column([self.heading, self.prompt, self.feedback],
                                         (12, 4, 12, 4))
        self.addWidget(self.list)
        self.addWidget(self.scroller)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.current: ExamQuestionResult | None = None
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the long prompts of the list must not squeeze the explanation
            self._sized = True
            self.setSizes([self.width() // 3, self.width() * 2 // 3])

    def set_results(self, items: tuple[ExamQuestionResult, ...]) -> None:
        self.model.set_rows(items)
        if items:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        item = self.model.row(indexes[0]) if indexes else None
        if item is not None:
            self.show_item(item)

    def show_item(self, item: ExamQuestionResult) -> None:
        self.current = item
        self.heading.setText(self.tr("Question %1 of %2").replace("%1", str(item.view.number))
                             .replace("%2", str(item.view.total))
                             + (self.tr("  ·  flagged for review") if item.flagged else ""))
        set_markdown(self.prompt, item.view.question.prompt)
        self.feedback.show_result(item.result)
        # the teacher's exam is graded as given: no "I was right" after an exam
        self.feedback.override_button.hide()
        if not item.answered:
            self.feedback.verdict.setText(self.tr("%1  Not answered").replace("%1", UNANSWERED))
            self.feedback.your_answer.setText(self.tr("Your answer: — (not answered)"))
        self.scroller.verticalScrollBar().setValue(0)

    def first_citation(self) -> CitedPassage | None:
        if self.current is None or not self.current.result.citations:
            return None
        return self.current.result.citations[0]
