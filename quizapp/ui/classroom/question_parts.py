"""Pieces the exam's screens are built from: the prompt, a column that scrolls, buttons that name
their keys while there is room, shortcuts, and announcements for screen readers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now, whatever has focus (the clock's warnings)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def shortcut(parent: QWidget, key: str, slot: object, what: str = "") -> QShortcut:
    """A key that works anywhere in ``parent`` while it is on screen; ``what`` ("Exam: next
    question") is how Help → Keyboard shortcuts lists it."""
    made = QShortcut(QKeySequence(key), parent)
    made.setWhatsThis(what)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(slot)
    return made


class KeyHintLabels:
    """Buttons that name their keys ("Hand in… (Ctrl+Enter)") while the window is wide enough,
    and only their action when it is not (large text, a small screen); the tooltip always
    names the key."""

    def __init__(self) -> None:
        self.labels: dict[QPushButton, tuple[str, str]] = {}
        self.compact = False

    def set(self, button: QPushButton, full: str, short: str) -> None:
        self.labels[button] = (full, short)
        button.setText(short if self.compact else full)
        button.setToolTip(full)
        # the window may be narrower than the full labels: then the short ones are shown
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(short) + 40)

    def fit(self, width: int) -> None:
        """Full labels if all the shown buttons fit in ``width`` with them, else short ones."""
        shown = [(b, full) for b, (full, _short) in self.labels.items() if not b.isHidden()]
        needed = sum(b.sizeHint().width() - b.fontMetrics().horizontalAdvance(b.text())
                     + b.fontMetrics().horizontalAdvance(full) + 8 for b, full in shown)
        compact = needed > width - 40
        if compact != self.compact:
            self.compact = compact
            for button, (full, short) in self.labels.items():
                button.setText(short if compact else full)


def prompt_label(object_name: str) -> QLabel:
    """A question's prompt: wrapped and selectable (set its text with ``set_markdown``)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling_column(widgets: Sequence[QWidget], margins: tuple[int, int, int, int],
                     spacing: int = 8) -> QScrollArea:
    """``widgets`` one under the other, scrolling when taller than the window, never wider:
    text wraps instead."""
    column = QWidget()
    column.setObjectName("quizBody")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(column)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
