"""The main window's screen stack: a wide screen widens the window only while it is on view."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.screen_stack import ScreenStack


def test_the_opening_size_comes_back_after_a_wider_screen(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = ScreenStack()
    narrow, wide = QWidget(), QWidget()
    content = QWidget()
    content.setMinimumWidth(900)  # the screen's content needs it, as an exam's palette does
    QHBoxLayout(wide).addWidget(content)
    stack.addWidget(narrow)
    stack.addWidget(wide)
    window.setCentralWidget(stack)
    window.resize(400, 300)  # the opening size, before the window is shown
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 400  # the wide screen, out of view, sets no minimum
    stack.setCurrentWidget(wide)
    qtbot.waitUntil(lambda: window.width() >= 900)
    stack.setCurrentWidget(narrow)
    qtbot.waitUntil(lambda: window.width() == 400)
    assert window.height() == 300
