"""Telling a screen reader what changed without moving the learner: announcements.

Qt 6.8 added ``QAccessibleAnnouncementEvent`` (AT-SPI ``object:announcement``, which Orca
speaks); where the running Qt lacks it, a name change on the widget is the nearest thing a
screen reader follows.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = True) -> None:
    """Have ``text`` spoken now, on behalf of ``widget`` (which must be on screen)."""
    announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if announcement is not None:
        event = announcement(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
    else:  # pragma: no cover - older Qt
        event = QAccessibleEvent(widget, QAccessible.Event.NameChanged)
    QAccessible.updateAccessibility(event)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``: its own, else what Qt derives (button text,
    a label's buddy, a window title)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def label_text(label: QLabel) -> str:
    """What ``label`` shows, as plain text (Markdown and rich text read without their markup)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText().strip()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText().strip()
    return text.strip()
