"""Showing untrusted pack text safely.

Packs come from strangers, so their text may contain HTML. Qt's Markdown reader would render raw
HTML (and load local images), so every ``<`` is escaped and image syntax is disabled before the
text reaches a ``QLabel`` in Markdown mode. What is left is plain Markdown emphasis, lists and links.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


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
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""
