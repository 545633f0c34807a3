"""The app's look: one style sheet (assets/style.qss) and a base font large enough for a projector."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def assets_dir() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "assets"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "quizapp" / "assets"


def apply_style(app: QApplication) -> None:
    style_sheet = assets_dir() / "style.qss"
    if style_sheet.is_file():
        app.setStyleSheet(style_sheet.read_text(encoding="utf-8"))
    font = app.font()
    if font.pointSize() < 11:
        font.setPointSize(11)
        app.setFont(font)
