"""The labels that show check findings and notes in the editor, without making the form jump.

Live checks arrive a moment after the author stops typing. A label that appeared or vanished
then moved every field below it, so a click aimed at one field landed in another. A
``FindingLabel`` keeps one line for its field even when empty, and never gives back height it
has used while the same question is shown: findings change text in place, and the form only
grows when a finding needs more lines than any before it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

PROBLEM, NOTE = "fieldProblem", "fieldNote"
"""Style names: a finding or refusal (red bar), and a note that something worked (green bar)."""


def _restyle(label: QLabel, name: str, empty: bool) -> None:
    if label.objectName() == name and label.property("empty") == empty:
        return
    label.setObjectName(name)
    label.setProperty("empty", empty)
    label.style().unpolish(label)
    label.style().polish(label)


def show_note(label: QLabel, text: str, *, problem: bool = False) -> None:
    """Show ``text`` in ``label`` as a problem or a note (hidden when empty)."""
    _restyle(label, PROBLEM if problem else NOTE, not text)
    label.setText(text)
    label.setVisible(bool(text))


class FindingLabel(QLabel):
    """The findings of one field: plain text, one line kept even when there are none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(name)
        _restyle(self, PROBLEM, True)
        self.reset()

    def reset(self) -> None:
        """Another question is shown: give back the height kept for the last one's findings."""
        self.setText("")
        _restyle(self, PROBLEM, True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + 4)

    def set_findings(self, text: str) -> None:
        if text == self.text():
            return
        if self.text() and self.isVisible():  # keep the room the findings took
            self.setMinimumHeight(max(self.minimumHeight(), self.height()))
        _restyle(self, PROBLEM, not text)
        self.setText(text)
