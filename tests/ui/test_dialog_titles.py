"""A small dialog is as wide as its title needs: "New le…quizapp" was cut by the window manager."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.dialog_titles import title_width
from tests.ui.conftest import WindowFactory


def test_the_new_learner_dialog_is_wide_enough_for_its_title(open_window: WindowFactory,
                                                             qtbot: QtBot) -> None:
    window = open_window()
    dialog = QInputDialog(window)  # what QInputDialog.getText shows
    dialog.setWindowTitle("New learner")
    dialog.setLabelText("Name of the new learner:")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= title_width(dialog)
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance("New learner — quizapp")
    dialog.close()
