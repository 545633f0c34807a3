"""Measuring what a projector stage shows: is any text cut off, and how big is it?

Measured from the widgets themselves (geometry and font metrics), the way a person at the back
of the room would notice: a label shorter than its wrapped text, text wider than its label, or a
label outside the visible part of the stage.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel

from quizapp.ui.classroom.stage import ProjectorStage, visible_labels


def clipped_labels(stage: ProjectorStage) -> list[str]:
    """Every visible label whose text does not fully show, with why."""
    problems = []
    visible_area = stage.scroller.geometry()
    for label in visible_labels(stage):
        name = f"{label.objectName()} {label.text()[:40]!r}"
        rect = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                problems.append(f"{name}: needs {needed}px of height, has {label.height()}")
        if label.textFormat() == Qt.TextFormat.PlainText:
            flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
            drawn = label.fontMetrics().boundingRect(rect, int(flags) | int(label.alignment()),
                                                     label.text())
            if not label.rect().contains(drawn):
                problems.append(f"{name}: text at {drawn.getRect()} in {label.rect().getRect()}")
        where = QRect(label.mapTo(stage, QPoint(0, 0)), label.size())
        if not visible_area.contains(where):
            problems.append(f"{name}: at {where.getRect()} outside {visible_area.getRect()}")
        ancestor = label.parentWidget()
        while ancestor is not None and ancestor is not stage.content:
            inside = QRect(label.mapTo(ancestor, QPoint(0, 0)), label.size())
            if not ancestor.rect().contains(inside):  # a parent cuts it off
                problems.append(f"{name}: at {inside.getRect()} in {ancestor.objectName()} "
                                f"{ancestor.rect().getRect()}")
                break
            ancestor = ancestor.parentWidget()
    return problems


def text_pixels(label: QLabel) -> int:
    return label.font().pixelSize()
