"""Small window-wide actions: menus from a table of entries, found again by name.

Menus are found by object name (``fileMenu``, ``viewMenu``…), never by their title, which is
translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

MenuEntry = tuple[str, str | QKeySequence.StandardKey | None, Callable[[], object] | None]
SEPARATOR: MenuEntry = ("-", None, None)


def menu_named(window: QMainWindow, name: str) -> QMenu | None:
    """The menu bar's menu with object name ``name`` (e.g. "fileMenu"), if there is one."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == name:
            return menu
    return None


def add_menu(window: QMainWindow, name: str, title: str, entries: Sequence[MenuEntry]) -> QMenu:
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
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
