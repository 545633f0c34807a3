"""Small window-wide actions: menus from a table of entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

MenuEntry = tuple[str, str | QKeySequence.StandardKey | None, Callable[[], object] | None]
SEPARATOR: MenuEntry = ("-", None, None)


def add_menu(window: QMainWindow, title: str, entries: Sequence[MenuEntry]) -> QMenu:
    menu = window.menuBar().addMenu(title)
    for text, shortcut, handler in entries:
        if handler is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if shortcut == QKeySequence.StandardKey.Quit:
            action.setMenuRole(QAction.MenuRole.QuitRole)  # what an exam leaves enabled
        action.triggered.connect(handler)
        menu.addAction(action)
    return menu
