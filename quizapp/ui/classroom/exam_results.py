"""After an exam: the results screen of every quiz, with the exam's score, a table per section
that counts unanswered questions, and the full review in place of the missed-questions list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QWidget

from quizapp.classroom.exam import ExamSectionScore, format_time_left
from quizapp.classroom.exam_run import ExamRun
from quizapp.ui.classroom.exam_review import ExamReview
from quizapp.ui.classroom.question_parts import KeyHintLabels, announce
from quizapp.ui.results_screen import ResultsScreen
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP, untranslated_plural


class ExamSectionModel(RowTableModel[ExamSectionScore]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Section"), QT_TRANSLATE_NOOP("Tables", "Right"),
               QT_TRANSLATE_NOOP("Tables", "Answered"), QT_TRANSLATE_NOOP("Tables", "Questions"),
               QT_TRANSLATE_NOOP("Tables", "Score"))
    RIGHT_ALIGNED = frozenset({1, 2, 3, 4})

    def display(self, row: ExamSectionScore, column: int) -> object:
        return (row.title, row.correct, row.answered, row.questions,
                f"{row.percent:.0f} %")[column]


class ExamResultsScreen(ResultsScreen):
    practise_requested = Signal(object)  # ExamRun
    again_requested = Signal(object)  # ExamRun
    context_requested = Signal(object, object)  # Pack, CitedPassage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examResultsScreen")
        self.exam_run: ExamRun | None = None
        self.exam_sections = ExamSectionModel(self)
        self.sections.setModel(self.exam_sections)
        self.sections.setTabKeyNavigation(False)  # Tab leaves the table: it only shows numbers
        header = self.sections.horizontalHeader()
        for column in ExamSectionModel.RIGHT_ALIGNED:  # numbers and their headers never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # rows wrap to the column's width, which is only known once shown
        self.sections.horizontalHeader().sectionResized.connect(
            lambda *_: self.sections.resizeRowsToContents())
        self.review = ExamReview()
        self.review.context_requested.connect(self._read_in_context)
        # the review takes the missed-questions report's place on the scrolling page, tall
        # enough to read a question and its passage without scrolling the page itself
        self.page_layout.replaceWidget(self.missed, self.review)
        self.review.setMinimumHeight(22 * self.fontMetrics().lineSpacing())
        self.missed.hide()
        self.missed_title.setText(self.tr("Every question — ↑/↓ to move, Ctrl+R reads the "
                                          "cited passage in context"))
        self.missed_title.setWordWrap(True)
        self.key_hints = KeyHintLabels()
        self.key_hints.set(self.home_button, self.tr("Back to packs (Esc)"), self.tr("Back"))
        self.key_hints.set(self.retry_button, self.tr("Practise missed (Ctrl+M)"),
                           self.tr("Practise missed"))
        self.key_hints.set(self.again_button, self.tr("Take it again"), self.tr("Again"))
        self.retry_button.setAccessibleDescription(self.tr(
            "The questions you got wrong or left out, with feedback after each"))
        self.again_button.setAccessibleDescription(self.tr(
            "The same exam, with new questions drawn and a new order"))
        context = QShortcut(QKeySequence("Ctrl+R"), self)
        context.setWhatsThis(self.tr("Exam results: open the first cited passage"))
        context.activated.connect(self._read_first_citation)

    def show_exam(self, run: ExamRun) -> None:
        outcome = run.outcome
        if outcome is None:
            return
        self.exam_run = run
        self.headline.setText(self.tr("%1 / %2 right  ·  %3 %").replace(
            "%1", str(outcome.correct)).replace("%2", str(outcome.total)).replace(
            "%3", f"{outcome.percent:.0f}"))
        parts = [f"{outcome.title} — {run.pack.title}."]
        if outcome.timed_out:
            parts.append(self.tr("Time ran out: your answers were handed in."))
        elif outcome.time_limit_seconds is not None:
            left = max(0.0, outcome.time_limit_seconds - outcome.seconds_used)
            parts.append(self.tr("Handed in with %1 left.").replace("%1", format_time_left(left)))
        unanswered = outcome.total - outcome.answered
        if unanswered:
            parts.append(self.tr("Not answered: %1.").replace("%1", ", ".join(
                str(n) for n in outcome.unanswered_numbers)))
        if outcome.interruptions:
            parts.append(untranslated_plural(self.tr(
                "Interrupted and resumed %n time(s).", "", outcome.interruptions),
                outcome.interruptions))
        self.detail.setText(" ".join(parts))
        self.exam_sections.set_rows(outcome.sections)
        self.sections.resizeRowsToContents()
        # room for a few one-line sections; more, or wrapped ones, scroll
        lines = min(3, len(outcome.sections))
        self.sections.setMinimumHeight(self.sections.horizontalHeader().sizeHint().height()
                                       + lines * (self.fontMetrics().lineSpacing() + 10)
                                       + 2 * self.sections.frameWidth())
        self.review.set_results(outcome.questions)
        self.retry_button.setEnabled(bool(outcome.missed))
        self.review.list.setFocus()
        if outcome.timed_out:
            announce(self, self.tr("Time is up. Your answers were handed in."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.key_hints.fit(self.width())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter does what the focused button says (Read in context, Back, Practise …)."""
        focused = QApplication.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(focused, QPushButton) and self.isAncestorOf(focused)):
            focused.click()
            return
        super().keyPressEvent(event)

    def _retry(self) -> None:
        run = self.exam_run
        if run is not None and run.outcome is not None and run.outcome.missed:
            self.practise_requested.emit(run)

    def _play_again(self) -> None:
        if self.exam_run is not None:
            self.again_requested.emit(self.exam_run)

    def _read_in_context(self, cited: object) -> None:
        if self.exam_run is not None:
            self.context_requested.emit(self.exam_run.pack, cited)

    def _read_first_citation(self) -> None:
        cited = self.review.first_citation()
        if cited is not None:
            self._read_in_context(cited)
