"""The end of a quiz: the score, how each section went, and every missed question explained."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import QuizResults, SectionScore
from quizapp.study import StudyRun
from quizapp.ui.feedback_panel import shown_answer
from quizapp.ui.fitting import ContentsHeight, ReflowRow, scrolling_page
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import QT_TRANSLATE_NOOP


class SectionScoreModel(RowTableModel[SectionScore]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Section"), QT_TRANSLATE_NOOP("Tables", "Right"),
               QT_TRANSLATE_NOOP("Tables", "Answered"), QT_TRANSLATE_NOOP("Tables", "Score"))
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def display(self, row: SectionScore, column: int) -> object:
        percent = 100 * row.correct / row.answered if row.answered else 0
        return (row.title, row.correct, row.answered, f"{percent:.0f} %")[column]


def missed_report_html(results: QuizResults) -> str:
    if not results.missed:
        return "<p><b>" + escape(QCoreApplication.translate(
            "ResultsScreen", "No missed questions — every answer was right.")) + "</b></p>"
    your_answer = escape(QCoreApplication.translate("ResultsScreen", "Your answer:"))
    correct_answer = escape(QCoreApplication.translate("ResultsScreen", "Correct answer:"))
    parts = []
    for number, result in enumerate(results.missed, start=1):
        question = result.question
        quotes = "".join(
            f"<p style='margin-left:16px'><i>“{escape(c.quote)}”</i><br>"
            f"<small>— {escape(c.section_title or '')}</small></p>"
            for c in result.citations
        )
        parts.append(
            f"<h3>{number}. {escape(question.prompt)}</h3>"
            f"<p>✘ {your_answer} {escape(shown_answer(question, result.given_answer or '—'))}<br>"
            f"✔ {correct_answer} <b>{escape(shown_answer(question, result.correct_answer))}</b></p>"
            f"<p>{escape(question.explanation)}</p>{quotes}"
        )
    return "".join(parts)


class ResultsScreen(QWidget):
    retry_missed_requested = Signal(object)  # StudyRun
    play_again_requested = Signal(object)  # StudyRun
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsScreen")
        self.run: StudyRun | None = None
        self.results: QuizResults | None = None
        self.headline = QLabel()
        self.headline.setObjectName("resultsHeadline")
        self.detail = QLabel()
        self.detail.setObjectName("resultsDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # it names the pack
        self.detail.setWordWrap(True)
        self.section_model = SectionScoreModel(self)
        self.sections = QTableView()
        self.sections.setObjectName("sectionTable")
        self.sections.setAccessibleName(self.tr("Score per section"))
        self.sections.setModel(self.section_model)
        self.sections.verticalHeader().hide()
        self.sections.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.sections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # numbers and their headers are never cut off
            self.sections.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.setWordWrap(True)
        self.missed_title = QLabel(self.tr("Missed questions"))
        self.missed_title.setObjectName("missedTitle")
        self.missed = QTextBrowser()
        self.missed.setObjectName("missedReport")
        self.missed.setAccessibleName(self.tr("Missed questions, each explained"))
        self.missed.setOpenLinks(False)
        self.home_button = QPushButton(self.tr("Back to packs (Esc)"))
        self.home_button.setToolTip(self.tr("Back to the packs (Esc)"))
        self.again_button = QPushButton(self.tr("Play again"))
        self.retry_button = QPushButton(self.tr("Retry missed (Ctrl+M)"))
        self.retry_button.setObjectName("primaryAction")
        self.retry_button.setToolTip(self.tr("Practise the questions you missed (Ctrl+M)"))
        self.home_button.clicked.connect(self.home_requested)
        self.again_button.clicked.connect(self._play_again)
        self.retry_button.clicked.connect(self._retry)
        buttons = ReflowRow()
        buttons.addWidget(self.home_button)
        buttons.addStretch()
        self.button_row = buttons
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.retry_button)
        # the page scrolls as one (tables as tall as their rows); the buttons stay in view
        page = QWidget()
        page_layout = self.page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.headline, self.detail, self.sections, self.missed_title, self.missed):
            page_layout.addWidget(widget)
        page_layout.addStretch(1)
        ContentsHeight(self.sections)
        ContentsHeight(self.missed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(scrolling_page(page), 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+M"), self, self._retry).setWhatsThis(
            self.tr("Results: retry the missed questions"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.home_requested.emit).setWhatsThis(
            self.tr("Results: back to the packs"))

    def add_action_button(self, button: QPushButton) -> None:
        """Features of their own (the classroom's hand-in) put their button in the row here."""
        self.button_row.insertWidget(2, button)

    def show_run(self, run: StudyRun) -> None:
        self.run = run
        results = run.session.results()
        self.results = results
        self.headline.setText(self.tr("%1 / %2 right").replace("%1", str(results.correct))
                              .replace("%2", str(results.total)) + f"  ·  {results.percent:.0f} %")
        missed = len(results.missed)
        self.detail.setText(run.pack.title + " — " + (
            self.tr("%n missed question(s).", "", missed) if missed
            else self.tr("a perfect round.")))
        self.section_model.set_rows(results.by_section)
        self.sections.resizeRowsToContents()
        self.missed.setHtml(missed_report_html(results))
        self.retry_button.setEnabled(bool(missed))
        self.missed_title.setVisible(True)
        (self.retry_button if missed else self.again_button).setFocus()

    def spoken(self) -> str:
        """What Read aloud says here: the score and how the round went."""
        return f"{self.headline.text()}\n{self.detail.text()}" if self.results else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter where no button has focus (the tables, the report): the main action, *Retry
        missed*, or *Play again* after a perfect round. A focused button takes Enter itself."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.retry_button if self.retry_button.isEnabled() else self.again_button).click()
            return
        super().keyPressEvent(event)

    def _retry(self) -> None:
        if self.run is not None and self.results is not None and self.results.missed:
            self.retry_missed_requested.emit(self.run)

    def _play_again(self) -> None:
        if self.run is not None:
            self.play_again_requested.emit(self.run)
