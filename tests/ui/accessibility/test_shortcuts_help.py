"""Help → Keyboard shortcuts (F1) lists every key the window answers to, built from its actions
and shortcuts; the menus show them; F1 on the projector stays the projector's own help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from quizapp.ui.keyboard_help import ShortcutsDialog, menu_path
from tests.ui.accessibility.walking import keyboard_problems, settle
from tests.ui.classroom.test_projector_mode import open_projector
from tests.ui.conftest import WindowFactory
from tests.ui.test_shortcuts import active_shortcuts


def listed(dialog: ShortcutsDialog) -> set[str]:
    keys: set[str] = set()
    for entry in dialog.model.rows:
        keys.update(part.strip() for part in entry.keys.split(" / "))
    return keys


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_f1_lists_every_shortcut_of_every_screen(open_window: WindowFactory,
                                                 qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.keys.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.table  # the first focus is the list
    settle()
    assert not keyboard_problems(dialog)
    shown = listed(dialog)
    for index in range(window.stack.count()):  # what every screen answers to is in the list
        window.stack.setCurrentIndex(index)
        missing = {key for key in active_shortcuts(window) if native(key) not in shown}
        assert not missing, f"{window.stack.currentWidget().objectName()}: {missing}"
    whats = {entry.what for entry in dialog.model.rows}
    assert {"Keyboard shortcuts", "Read aloud", "Statistics", "Open pack…"} <= whats
    assert "(undescribed)" not in whats, "\n".join(
        f"{e.keys} {e.where}" for e in dialog.model.rows if e.what == "(undescribed)")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert window.keys.dialog is None or not window.keys.dialog.isVisible()


def test_the_menus_show_the_keys(open_window: WindowFactory) -> None:
    window = open_window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    texts = {a.text(): a for a in help_menu.actions()}
    assert texts["&Keyboard shortcuts"].shortcut().toString() == "F1"
    assert texts["&Read aloud"].shortcut().toString() == "Ctrl+Shift+S"
    not_in_menus = [a.text() for a in window.findChildren(QAction)
                    if not a.shortcut().isEmpty() and not menu_path(a)]
    assert not not_in_menus, f"keys that no menu shows: {not_in_menus}"


def test_f1_on_the_projector_is_the_projector_s_help(open_window: WindowFactory,
                                                     qtbot: QtBot) -> None:
    window = open_window()
    mode = open_projector(qtbot, window)
    qtbot.keyClick(mode.window, Qt.Key.Key_F1)
    assert mode.window.help.isVisible()
    assert window.keys.dialog is None


def test_f1_in_the_pack_editor_lists_its_keys(open_window: WindowFactory, qtbot: QtBot) -> None:
    from pathlib import Path

    window = open_window()
    editor = window.editors.open_editor(Path(window.loaded_packs()[0].path))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    whats = {entry.what for entry in dialog.model.rows}
    assert {"Save", "Cite selection", "Preview as a learner", "Keyboard shortcuts"} <= whats
    assert window.keys.dialog is None  # the editor's own keys, not the main window's
    dialog.close()
