"""The class report's four tables as Qt models, sortable by their numbers, not their text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from quizapp.classroom.class_report import ClassReport, ExcludedFile, LearnerResult
from quizapp.classroom.class_report_export import (
    EXCLUDED_HEADERS,
    LEARNER_HEADERS,
    QUESTION_HEADERS,
    SECTION_HEADERS,
    learner_cells,
    question_cells,
    section_cells,
)
from quizapp.classroom.item_analysis import ItemStatistics, SectionAverage
from quizapp.ui.table_model import Index, Row, RowTableModel

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SortableTableModel(RowTableModel[Row]):
    """Numbers sort as numbers ("10" after "9"); a missing value (—) sorts first."""

    def sort_value(self, row: Row, column: int) -> object:
        return str(self.display(row, column)).casefold()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        header = super().headerData(section, orientation, role)
        return QCoreApplication.translate("ClassReport", header) if isinstance(header, str) \
            else header

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == SORT_ROLE:
            row = self.row(index)
            return None if row is None else self.sort_value(row, index.column())
        return super().data(index, role)


def local_time_text(instant: str) -> str:
    """``2026-12-01 09:20`` in the teacher's time zone; the file's text if it is not a time."""
    try:
        moment = datetime.fromisoformat(instant)
    except ValueError:
        return instant
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _number(value: float | None) -> float:
    return float("-inf") if value is None else value


class LearnerModel(SortableTableModel[LearnerResult]):
    HEADERS = LEARNER_HEADERS
    RIGHT_ALIGNED = frozenset({1, 2, 3, 4, 5})

    STARTED_COLUMN = 8

    def display(self, row: LearnerResult, column: int) -> object:
        if column == self.STARTED_COLUMN:
            return local_time_text(row.started_at)
        return learner_cells(row)[column]

    def sort_value(self, row: LearnerResult, column: int) -> object:
        numbers = {1: row.score, 2: row.answered, 3: row.total, 4: row.share, 5: row.seconds}
        return numbers.get(column, super().sort_value(row, column))


class QuestionModel(SortableTableModel[ItemStatistics]):
    HEADERS = QUESTION_HEADERS
    RIGHT_ALIGNED = frozenset({2, 3, 6, 7, 8})
    PROMPT_COLUMN = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: ClassReport | None = None

    def show_report(self, report: ClassReport) -> None:
        self.report = report
        self.set_rows(report.questions)

    def display(self, row: ItemStatistics, column: int) -> object:
        return question_cells(self.report, row)[column] if self.report else ""

    def tooltip(self, row: ItemStatistics) -> str | None:
        if self.report is None:
            return None
        prompt = self.report.prompts.get(row.question_id)
        return f"{prompt}\n\n{self.report.section_title(row.section_id)}" if prompt else \
            self.report.section_title(row.section_id)

    def sort_value(self, row: ItemStatistics, column: int) -> object:
        numbers = {2: row.facility, 3: _number(row.discrimination), 4: len(row.flags),
                   6: row.most_chosen_wrong_count, 7: row.asked, 8: row.right}
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
