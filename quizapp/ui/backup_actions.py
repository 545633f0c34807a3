"""Backups in the app: one at start and every few answers, and *File ▸ Restore from backup…*.

The copies are made off the UI thread (``quizapp.storage.backups.make_backup`` opens its own
connection), so a large history never freezes the window. A restore goes through the window's
own connection, which sees the restored history at once; the learners and packs are then
refreshed as after a change of learner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from quizapp.storage import StorageError
from quizapp.storage.backups import (
    BACKUP_EVERY_ANSWERS,
    Backup,
    backups_folder,
    list_backups,
    make_backup,
    restore_backup,
)
from quizapp.storage.database import database_path
from quizapp.ui.restore_dialog import RestoreDialog
from quizapp.ui.startup import describe_backup
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class HistoryBackups(QObject):
    backup_made = Signal(object)  # Path of the new backup
    restored = Signal(object)  # the Backup now in place

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.answers_since_backup = 0
        self.action = QAction(self.tr("Restore from &backup…"), window)
        self.action.setObjectName("restoreFromBackup")
        self.action.triggered.connect(self.choose_backup)
        _add_to_file_menu(window, self.action)
        window.quiz.answer_recorded.connect(self._answer_recorded)
        self.action.setEnabled(self.database is not None and self.writable)

    @property
    def database(self) -> Path | None:
        """The saved history's file (never the Guest's, which lives in memory)."""
        return database_path(self.window.learners.saved_history.db)

    @property
    def writable(self) -> bool:
        db = self.window.learners.saved_history.db
        return not db.execute("PRAGMA query_only").fetchone()[0]

    def back_up_now(self) -> None:
        """Start a backup on a worker thread; the status bar says if it fails."""
        database = self.database
        if database is None or not self.writable:
            return
        folder = backups_folder(database.parent)
        self.window.runner.run(lambda: make_backup(database, folder), self.backup_made.emit,
                               self._backup_failed)

    def _backup_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(self.tr("No backup was made: %1").replace(
            "%1", str(error)), 15000)

    def _answer_recorded(self, _result: object) -> None:
        self.answers_since_backup += 1
        if self.answers_since_backup >= BACKUP_EVERY_ANSWERS:
            self.answers_since_backup = 0
            self.back_up_now()

    def choose_backup(self) -> RestoreDialog | None:
        database = self.database
        if database is None or self.window._busy_with_quiz():
            return None
        dialog = RestoreDialog(list_backups(backups_folder(database.parent)), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self.restore)
        dialog.open()
        return dialog

    def restore(self, backup: Backup) -> None:
        database = self.database
        if database is None:
            return
        try:
            kept = restore_backup(backup.path, database,
                                  live=self.window.learners.saved_history.db)
        except StorageError as error:
            QMessageBox.warning(self.window, self.tr("The backup was not restored"),
                                as_plain_rich_text(str(error)))
            return
        self.window.learners.reload()
        self.window._after_profile_change()
        message = self.tr("Restored the backup of %1.").replace("%1", describe_backup(backup))
        if kept is not None:
            message += " " + self.tr("Your history as it was is kept as the backup %1.").replace(
                "%1", kept.name)
        self.window.statusBar().showMessage(message, 15000)
        self.restored.emit(backup)


def _add_to_file_menu(window: MainWindow, action: QAction) -> None:
    """Before the separator that precedes Quit, beside the other things done with files."""
    menu = menu_named(window, "fileMenu")
    if menu is None:
        window.menuBar().addAction(action)
        return
    actions = menu.actions()
    if len(actions) >= 2 and actions[-2].isSeparator():
        menu.insertAction(actions[-2], action)
    else:
        menu.addAction(action)


def install_backup_actions(window: MainWindow) -> HistoryBackups:
    return HistoryBackups(window)
