"""The View menu — text size, theme, Settings… — and the window's remembered geometry.

Installed on the main window by one call, ``install_view_actions(window)``, which also hands the
learner's settings to the app's :class:`~quizapp.ui.appearance.Appearance` so that the stored
theme and text size are in force before the window is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from quizapp.ui.appearance import Appearance, ThemeChoice
from quizapp.ui.settings_dialog import SettingsDialog
from quizapp.ui.window_geometry import WindowGeometry

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow

RESTORE_ACTION_NAME = "restoreFromBackup"
"""The object name of the hardening work's *Restore from backup…* action (the Settings hook)."""
STATUS_MILLISECONDS = 4000


class ViewActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = Appearance.of(app)
        self.appearance.use_settings(window.context.settings)
        self.geometry = WindowGeometry(window, window.context.settings)
        self.settings_dialog: SettingsDialog | None = None

        menu = window.menuBar().addMenu(self.tr("&View"))
        menu.setObjectName("viewMenu")
        self.larger = self._action(self.tr("&Larger text"), lambda: self.zoom(1),
                                   QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self.smaller = self._action(self.tr("&Smaller text"), lambda: self.zoom(-1),
                                    QKeySequence.StandardKey.ZoomOut)
        self.normal = self._action(self.tr("&Normal text size"), lambda: self.zoom(0),
                                   QKeySequence("Ctrl+0"))
        menu.addActions([self.larger, self.smaller, self.normal])
        menu.addSeparator()
        theme_menu = menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice in ThemeChoice:
            action = QAction(choice.label, window)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=choice: self.appearance.set_theme_choice(c))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[choice] = action
        menu.addSeparator()
        self.settings_action = self._action(self.tr("S&ettings…"), self.show_settings,
                                            QKeySequence("Ctrl+,"))
        menu.addAction(self.settings_action)
        self.appearance.appearance_changed.connect(self._show_choice)
        self._show_choice()

    def _action(self, text: str, handler: object, *keys: QKeySequence | QKeySequence.StandardKey
                ) -> QAction:
        action = QAction(text, self.window)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            shortcuts += (QKeySequence.keyBindings(key)
                          if isinstance(key, QKeySequence.StandardKey) else [key])
        action.setShortcuts(shortcuts)
        action.triggered.connect(handler)
        return action

    def zoom(self, direction: int) -> int:
        percent = self.appearance.zoom(direction)
        self.window.statusBar().showMessage(self.tr("Text size %1 %").replace("%1", str(percent)),
                                            STATUS_MILLISECONDS)
        return percent

    def _show_choice(self) -> None:
        self.theme_actions[self.appearance.theme_choice].setChecked(True)

    def show_settings(self) -> SettingsDialog:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        settings = self.window.context.settings
        restore = self.window.findChild(QAction, RESTORE_ACTION_NAME)
        dialog = SettingsDialog(self.appearance, settings, Path(settings.fileName()).parent,
                                restore if isinstance(restore, QAction) else None, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        self.settings_dialog = None


def install_view_actions(window: MainWindow) -> ViewActions:
    return ViewActions(window)
