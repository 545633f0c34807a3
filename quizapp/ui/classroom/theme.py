"""Projector colours: dark text on white or light text on black, every pair at least 7:1.

A projector washes colours out and the back row is far away, so the stage uses its own palette
instead of the desktop's, with the WCAG AAA contrast ratio (7:1) for every text on every
background it can stand on. Right answers are marked by a symbol and a thick border as well as a
tint, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.ui.contrast import contrast_ratio as contrast_ratio  # measured there, kept here
from quizapp.ui.contrast import relative_luminance as relative_luminance

MINIMUM_CONTRAST = 7.0


class ThemeChoice(StrEnum):
    SYSTEM = "system"  # follow the desktop: light or dark
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class ProjectorTheme:
    name: str
    background: str
    text: str
    muted: str  # secondary text (headers, hints, attribution) — still 7:1
    key_background: str  # the letter badges
    key_text: str
    right_background: str  # a revealed right answer
    right_border: str
    right_text: str
    highlight_background: str  # the quote inside its passage
    highlight_text: str
    urgent_text: str  # the last seconds of a countdown
    overlay_background: str  # the help overlay
    overlay_text: str

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background colour) the stage paints, for contrast checks."""
        return [
            ("text", self.text, self.background),
            ("muted", self.muted, self.background),
            ("key", self.key_text, self.key_background),
            ("right answer", self.right_text, self.right_background),
            ("quote", self.highlight_text, self.highlight_background),
            ("countdown", self.urgent_text, self.background),
            ("help", self.overlay_text, self.overlay_background),
        ]

    def colours(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "name"}


LIGHT = ProjectorTheme(
    name="light",
    background="#ffffff", text="#000000", muted="#333333",
    key_background="#1a1a1a", key_text="#ffffff",
    right_background="#d7f5de", right_border="#0b6b2a", right_text="#000000",
    highlight_background="#fff3a3", highlight_text="#000000",
    urgent_text="#9e0000",
    overlay_background="#f2f2f2", overlay_text="#000000",
)

DARK = ProjectorTheme(
    name="dark",
    background="#000000", text="#ffffff", muted="#d6d6d6",
    key_background="#e6e6e6", key_text="#000000",
    right_background="#0c3d1c", right_border="#5fe08a", right_text="#ffffff",
    highlight_background="#4d3f00", highlight_text="#ffffff",
    urgent_text="#ff9b9b",
    overlay_background="#1c1c1c", overlay_text="#ffffff",
)


def system_is_dark() -> bool:
    """Whether the app looks dark: its palette's window colour, which the rest of the app is drawn in."""
    app = QApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(choice: ThemeChoice) -> ProjectorTheme:
    if choice is ThemeChoice.LIGHT:
        return LIGHT
    if choice is ThemeChoice.DARK:
        return DARK
    return DARK if system_is_dark() else LIGHT


def stage_style_sheet(theme: ProjectorTheme) -> str:
    """Colours and borders only: sizes are set in code because they scale with the window."""
    c = theme.colours()
    return f"""
#projectorWindow, #projectorStage, #projectorContent, #projectorExtra {{
    background-color: {c['background']}; }}
#projectorStage QLabel {{ color: {c['text']}; background: transparent; }}
#projectorStage QLabel[role="muted"] {{ color: {c['muted']}; }}
#projectorStage QLabel#projectorCountdown[urgent="true"] {{ color: {c['urgent_text']}; }}
#projectorStage QLabel#projectorKey {{
    color: {c['key_text']}; background-color: {c['key_background']}; border-radius: 6px; }}
#projectorStage QFrame#projectorRow {{
    border: 3px solid transparent; border-radius: 10px; background: transparent; }}
#projectorStage QFrame#projectorRow[right="true"] {{
    border-color: {c['right_border']}; background-color: {c['right_background']}; }}
#projectorStage QFrame#projectorRow[right="true"] QLabel {{ color: {c['right_text']}; }}
#projectorStage QFrame#projectorRow[right="true"] QLabel#projectorKey {{
    color: {c['key_text']}; background-color: {c['key_background']}; }}
#projectorStage QFrame#projectorExcerpt {{
    border-left: 6px solid {c['right_border']}; background: transparent; }}
#projectorHelp {{
    background-color: {c['overlay_background']}; border: 3px solid {c['text']}; border-radius: 12px; }}
#projectorHelp QLabel {{ color: {c['overlay_text']}; background: transparent; }}
#projectorBlank {{ background-color: #000000; }}
"""
