"""The questions learners flagged as looking wrong, listed per pack for a teacher to review."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.models import Pack
from quizapp.storage.history import Flag

Index = QModelIndex | QPersistentModelIndex


class FlagTableModel(QAbstractTableModel):
    HEADERS = ("Question", "Comment", "Learner", "When")

    def __init__(self, pack: Pack, flags: list[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.entries = flags

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        flag = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            question = self.pack.question(flag.question_id)
            label = (f"{question.prompt}  [{flag.question_id}]" if question
                     else f"[{flag.question_id}] (no longer in the pack)")
            return (label, flag.comment or "—", flag.profile_name,
                    flag.created_at.replace("T", " ")[:16])[index.column()]
        return None


class FlagsDialog(QDialog):
    def __init__(self, pack: Pack, flags: list[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Flagged questions — {pack.title}")
        self.resize(900, 480)
        count = len(flags)
        intro = QLabel(
            f"{count} flag{'s' if count != 1 else ''} from learners who thought a question looked "
            "wrong. Check each against the source and fix the pack file." if count
            else "No question of this pack has been flagged.")
        intro.setWordWrap(True)
        self.model = FlagTableModel(pack, flags, self)
        self.table = QTableView()
        self.table.setObjectName("flagTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
