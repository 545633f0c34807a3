"""Walking a window's widgets as a screen reader and a keyboard user meet them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

from quizapp.ui.screen_reader import accessible_name


def focusable(root: QWidget) -> Iterator[QWidget]:
    """Widgets under ``root`` (itself included) that Tab can reach now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if (widget.isVisible() and widget.isEnabled() and widget.window() is root.window()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            yield widget


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return (f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(parent).__name__ if parent else '-'} "
            f"{parent.objectName() if parent else ''!r}").strip()


def keyboard_problems(root: QWidget) -> list[str]:
    """Focusable controls a screen reader cannot name, tables Tab cannot leave, scrolling pages
    that take focus themselves."""
    problems = []
    for widget in focusable(root):
        if not accessible_name(widget):
            problems.append(f"no accessible name: {describe(widget)}")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            problems.append(f"Tab is kept inside: {describe(widget)}")
        if type(widget) is QScrollArea:
            problems.append(f"a scrolling page is a Tab stop: {describe(widget)}")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
