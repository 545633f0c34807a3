"""Showing untrusted pack text safely.

Packs come from strangers, so their text may contain HTML, and ``<img src='file:///…'>`` makes Qt
open a local file. Labels that show pack text are set to plain text. Where Qt guesses the format
from the text (tooltips, message boxes, chart labels), the text is escaped and wrapped so it is
shown exactly as written. Qt's Markdown reader would render raw HTML (and load local images), so
every ``<`` is escaped and image syntax is disabled before the text reaches a ``QLabel`` in
Markdown mode. What is left is plain Markdown emphasis, lists and links.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def neutralize_markdown(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("![", "!\\[")


def set_markdown(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setOpenExternalLinks(False)
    label.setText(neutralize_markdown(text))


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt would render a tooltip that looks like HTML."""
    return as_plain_rich_text(text) if text else ""


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` × ``height`` or less, so it fits the screen it is on even
    with large text (200 % on a 1280 × 800 screen leaves 640 × 400)."""
    screen = window.screen().availableGeometry()
    window.resize(min(width, screen.width() - 32), min(height, screen.height() - 48))


def as_plain_rich_text(text: str) -> str:
    """``text`` for a place where Qt guesses the format (tooltips, ``QMessageBox``): rich text
    whose every character is escaped, so markup shows as written and line breaks are kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
