"""The app's look: one style sheet (assets/style.qss) and a base font large enough for a projector."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.resources import asset


def apply_style(app: QApplication) -> None:
    style_sheet = asset("style.qss")
    if style_sheet.is_file():
        app.setStyleSheet(style_sheet.read_text(encoding="utf-8"))
    font = app.font()
    if font.pointSize() < 11:
        font.setPointSize(11)
        app.setFont(font)
