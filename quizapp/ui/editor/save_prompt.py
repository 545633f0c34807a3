""""Save your changes?" with keys for each answer: Alt+S saves, Alt+D discards, Esc cancels.

Qt's standard Save/Discard/Cancel buttons carry no mnemonics on most Linux desktops, so a
keyboard user had to Tab to the answer; both editors (the form and the text view) ask here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.ui.translation import translate

Button = QMessageBox.StandardButton


def ask_to_save(parent: QWidget, title: str, text: str) -> Button:
    """Save, Discard or Cancel (also when the box is closed without an answer)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      Button.Save | Button.Discard | Button.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths come from the pack
    for button, label in (
        (Button.Save, translate("SavePrompt", "&Save")),
        (Button.Discard, translate("SavePrompt", "&Discard")),
        (Button.Cancel, translate("SavePrompt", "Cancel")),
    ):
        shown = box.button(button)
        if shown is not None:
            shown.setText(label)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    box.exec()
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else Button.Cancel
    return answer if answer in (Button.Save, Button.Discard) else Button.Cancel
