"""Small window-wide actions: menus from a table of entries, text size."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

MenuEntry = tuple[str, str | QKeySequence.StandardKey | None, Callable[[], object] | None]
SEPARATOR: MenuEntry = ("-", None, None)
BASE_SIZE_KEY = "view/base_point_size"


def add_menu(window: QMainWindow, title: str, entries: Sequence[MenuEntry]) -> None:
    menu = window.menuBar().addMenu(title)
    for text, shortcut, handler in entries:
        if handler is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        menu.addAction(action)


def zoom_text(settings: QSettings, step: int) -> int:
    """Grow or shrink all text by ``step`` points (0 = back to normal); returns the new size.

    For projectors and for learners who need larger text; the normal size is remembered so that
    Ctrl+0 always returns to it.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 0
    font = app.font()
    stored = settings.value(BASE_SIZE_KEY, font.pointSize(), type=int)
    base = stored if isinstance(stored, int) else font.pointSize()
    settings.setValue(BASE_SIZE_KEY, base)
    font.setPointSize(base if step == 0 else max(8, min(40, font.pointSize() + step)))
    app.setFont(font)
    return font.pointSize()

