"""The class report's four tables as Qt models, sortable by their numbers, not their text.

Every column header says what it means in its tooltip, and a flagged question's row says why
it is flagged, in the same plain words as the CSV's notes and the PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from quizapp.classroom.class_report import ClassReport, ExcludedFile, LearnerResult
from quizapp.classroom.class_report_export import (
    EXCLUDED_HEADERS,
    HEADER_TIPS,
    LEARNER_HEADERS,
    QUESTION_HEADERS,
    SECTION_HEADERS,
    learner_cells,
    question_cells,
    section_cells,
)
from quizapp.classroom.item_analysis import (
    FLAG_REASONS,
    HELD_BACK_REASON,
    ItemStatistics,
    SectionAverage,
)
from quizapp.classroom.results_sessions import local_time_text
from quizapp.core.selection import StudyMode
from quizapp.ui.core_texts import core_text, mode_label
from quizapp.ui.table_model import Index, Row, RowTableModel

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def mode_text(mode: str) -> str:
    """A study mode as the results file names it ("exam"), in the interface language."""
    try:
        return mode_label(StudyMode(mode))
    except ValueError:
        return mode


def report_text(text: str) -> str:
    """A fixed text of the report (header, tip, legend line, reason) in the interface language."""
    return QCoreApplication.translate("ClassReport", text)


class SortableTableModel(RowTableModel[Row]):
    """Numbers sort as numbers ("10" after "9"); a missing value (—) sorts first."""

    HEADER_CONTEXT = "ClassReport"

    def sort_value(self, row: Row, column: int) -> object:
        return str(self.display(row, column)).casefold()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = HEADER_TIPS.get(self.HEADERS[section])
            return report_text(tip) if tip else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == SORT_ROLE:
            row = self.row(index)
            return None if row is None else self.sort_value(row, index.column())
        return super().data(index, role)


def _number(value: float | None) -> float:
    return float("-inf") if value is None else value


class LearnerModel(SortableTableModel[LearnerResult]):
    HEADERS = LEARNER_HEADERS
    RIGHT_ALIGNED = frozenset({1, 2, 3, 4, 5})

    STARTED_COLUMN = 8
    MODE_COLUMN = 6

    def display(self, row: LearnerResult, column: int) -> object:
        if column == self.STARTED_COLUMN:
            return local_time_text(row.started_at)
        if column == self.MODE_COLUMN:
            return mode_text(row.mode)
        return learner_cells(row)[column]

    def sort_value(self, row: LearnerResult, column: int) -> object:
        numbers = {1: row.score, 2: row.answered, 3: row.total, 4: row.share, 5: row.seconds}
        return numbers.get(column, super().sort_value(row, column))

    def tooltip(self, row: LearnerResult) -> str | None:
        tip = row.path
        if row.left_out:
            tip += "\n\n" + QCoreApplication.translate(
                "ClassReport", "Took version %1 of the pack. Not counted, because they changed "
                "since: %2").replace("%1", row.pack_version or "?").replace(
                "%2", ", ".join(row.left_out))
        return tip


class QuestionModel(SortableTableModel[ItemStatistics]):
    HEADERS = QUESTION_HEADERS
    RIGHT_ALIGNED = frozenset({2, 3, 6, 7, 8, 9})
    PROMPT_COLUMN = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: ClassReport | None = None

    def show_report(self, report: ClassReport) -> None:
        self.report = report
        self.set_rows(report.questions)

    FLAGS_COLUMN, TYPE_COLUMN = 4, 10

    def display(self, row: ItemStatistics, column: int) -> object:
        if self.report is None:
            return ""
        text = question_cells(self.report, row)[column]
        if column in (self.FLAGS_COLUMN, self.TYPE_COLUMN):
            return core_text(text) if column == self.TYPE_COLUMN else ", ".join(
                report_text(flag) for flag in text.split(", ")) if text else text
        return text

    def tooltip(self, row: ItemStatistics) -> str | None:
        """The prompt and section, then why the question is flagged (or why it is not yet)."""
        if self.report is None:
            return None
        parts = [self.report.prompts.get(row.question_id, ""),
                 report_text(self.report.section_title(row.section_id))]
        if row.held_back:
            parts.append(report_text(HELD_BACK_REASON))
        for flag in row.flags:
            parts.append(QCoreApplication.translate("ClassReport", "Flagged %1: %2").replace(
                "%1", report_text(flag.value)).replace("%2", report_text(FLAG_REASONS[flag])))
        return "\n\n".join(part for part in parts if part)

    def sort_value(self, row: ItemStatistics, column: int) -> object:
        numbers = {2: row.facility, 3: _number(row.discrimination),
                   4: (len(row.flags), row.held_back), 6: row.most_chosen_wrong_count,
                   7: row.asked, 8: row.answered, 9: row.right}
        return numbers.get(column, super().sort_value(row, column))


class SectionModel(SortableTableModel[SectionAverage]):
    HEADERS = SECTION_HEADERS
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: ClassReport | None = None

    def show_report(self, report: ClassReport) -> None:
        self.report = report
        self.set_rows(report.sections)

    def display(self, row: SectionAverage, column: int) -> object:
        return section_cells(self.report, row)[column] if self.report else ""

    def sort_value(self, row: SectionAverage, column: int) -> object:
        numbers = {1: row.questions, 2: row.learners, 3: row.average}
        return numbers.get(column, super().sort_value(row, column))


class ExcludedModel(SortableTableModel[ExcludedFile]):
    HEADERS = EXCLUDED_HEADERS

    def display(self, row: ExcludedFile, column: int) -> object:
        return (row.path, row.reason)[column]

    def tooltip(self, row: ExcludedFile) -> str | None:
        return f"{row.path}\n{row.reason}"


def sorting_proxy(model: SortableTableModel[Row], parent: QObject) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
