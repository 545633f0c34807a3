"""*Restore from backup…*: the backups with their date and what they hold, and a Restore button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.storage.backups import Backup
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.text_rendering import fit_to_screen
from quizapp.ui.translation import QT_TRANSLATE_NOOP


class BackupTableModel(RowTableModel[Backup]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Made"), QT_TRANSLATE_NOOP("Tables", "Learners"),
               QT_TRANSLATE_NOOP("Tables", "Answers"), QT_TRANSLATE_NOOP("Tables", "Note"))
    RIGHT_ALIGNED = frozenset({1, 2})

    def display(self, row: Backup, column: int) -> object:
        if column == 0:
            return row.created.astimezone().strftime("%Y-%m-%d %H:%M")
        if column in (1, 2):
            value = row.learners if column == 1 else row.answers
            return "—" if value is None else value
        if row.problem is not None:
            return f"damaged, cannot be restored: {row.problem}"
        return "your history just before a restore" if row.before_restore else ""

    def tooltip(self, row: Backup) -> str | None:
        return f"{row.path}\n{row.problem}" if row.problem else str(row.path)


class RestoreDialog(QDialog):
    """Lists backups; emits ``restore_chosen`` with the one to restore (the caller restores)."""

    restore_chosen = Signal(object)  # Backup

    def __init__(self, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(self.tr(
            "Restoring replaces your whole history (every learner) with the backup you choose. "
            "Your history as it is now is kept as a backup first, so a restore can be undone."))
        intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("There are no backups yet. quizapp makes one each time it "
                                    "starts and every 50 answers."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _: self._restore())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 680, 380)
        first_usable = next((n for n, b in enumerate(backups) if b.usable), None)
        if first_usable is not None:
            self.table.setCurrentIndex(self.model.index(first_usable, 0))
        self._update()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Backup | None:
        return self.model.row(self.table.currentIndex())

    def _update(self) -> None:
        backup = self.chosen()
        self.restore_button.setEnabled(backup is not None and backup.usable)

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is not None and backup.usable:
            self.accept()
            self.restore_chosen.emit(backup)
