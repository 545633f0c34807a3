"""The packs on the home screen as a Qt table model: title, size, the learner's best, origin."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from quizapp.core.models import Pack

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PackRow:
    path: str
    origin: str  # "Bundled" or "Recent"
    pack: Pack | None = None
    error: str | None = None
    best: float | None = None

    @property
    def title(self) -> str:
        if self.pack is not None:
            return self.pack.title
        return self.path

    @property
    def question_count(self) -> int:
        return len(self.pack.questions) if self.pack else 0


class PackTableModel(QAbstractTableModel):
    HEADERS = ("Pack", "Questions", "Your best", "From")
    PackRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PackRow] = []

    def set_rows(self, rows: list[PackRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> PackRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.title if row.error is None else f"⚠ {row.title}"
            if column == 1:
                return row.question_count if row.pack else "—"
            if column == 2:
                return "—" if row.best is None else f"{100 * row.best:.0f} %"
            return row.origin
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or row.path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.PackRole:
            return row
        return None
