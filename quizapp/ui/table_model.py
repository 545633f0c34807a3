"""One base for the app's read-only tables: a list of row objects shown in named columns.

Each table (packs, section scores, weakest questions, flags) only says how a row shows in a
column; counting, headers, alignment and resetting are shared here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from quizapp.ui.text_rendering import as_plain_rich_text

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    HEADERS: tuple[str, ...] = ()
    """Column headers in English, marked with ``QT_TRANSLATE_NOOP(HEADER_CONTEXT, …)`` so
    lupdate collects them; shown translated."""
    HEADER_CONTEXT = "Tables"
    RIGHT_ALIGNED: frozenset[int] = frozenset()
    """Columns of numbers, aligned right so digits line up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> Row | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def display(self, row: Row, column: int) -> object:
        raise NotImplementedError

    def tooltip(self, row: Row) -> str | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row)  # often pack or learner text, and Qt guesses HTML in tooltips
            return as_plain_rich_text(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
