"""Every keyboard shortcut of the main window does one thing: two active shortcuts on one key make
Qt fire neither (an "ambiguous shortcut"), which a keyboard-only learner cannot work around."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import WindowFactory


def active_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Key → what it triggers, for the menus' actions and the shortcuts of visible widgets."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                owners[sequence.toString()].append(f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if (not shortcut.key().isEmpty() and shortcut.isEnabled()
                and isinstance(parent, QWidget) and parent.isVisible()):
            owners[shortcut.key().toString()].append(f"shortcut on {parent.objectName()}")
    return owners


def test_no_two_shortcuts_share_a_key_on_any_screen(open_window: WindowFactory) -> None:
    window = open_window()
    for index in range(window.stack.count()):
        window.stack.setCurrentIndex(index)
        shared = {key: names for key, names in active_shortcuts(window).items() if len(names) > 1}
        assert not shared, f"{window.stack.currentWidget().objectName()}: shortcuts used twice: {shared}"
