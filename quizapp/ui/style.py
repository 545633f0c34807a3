"""The app's look before any learner's settings are read: the default theme and text size.

The themes, the style sheet and the text size live in ``quizapp.ui.appearance``; the main
window hands the learner's settings to it (``install_appearance``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.ui.appearance import Appearance


def apply_style(app: QApplication) -> None:
    Appearance.of(app).apply()
