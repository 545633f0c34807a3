"""Measuring whether what a widget shows is cut off: labels whose text does not fit, controls
outside their window, a text partly hidden by a parent.

Measured from the widgets themselves (geometry and font metrics), the way a person would notice:
a label shorter than its wrapped text, text wider than its label, a label or button outside the
visible part of its window or of the scroll area it scrolls in (scrolling it into view is fine).
Used by the projector's tests (tests/ui/classroom/clipping.py) and the text-size tests.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

VIEWPORT = "qt_scrollarea_viewport"


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName()} {text[:40]!r}"


def text_problems(label: QLabel) -> list[str]:
    """The label's own text does not fit its size (too short for its lines, too narrow)."""
    problems = []
    name = _name(label)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            problems.append(f"{name}: needs {needed}px of height, has {label.height()}")
    if label.textFormat() == Qt.TextFormat.PlainText:
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
        drawn = label.fontMetrics().boundingRect(label.contentsRect(),
                                                 int(flags) | int(label.alignment()), label.text())
        if not label.rect().contains(drawn):
            problems.append(f"{name}: text at {drawn.getRect()} in {label.rect().getRect()}")
    elif not label.wordWrap() and label.minimumSizeHint().width() > label.width():
        problems.append(f"{name}: needs {label.minimumSizeHint().width()}px across, "
                        f"has {label.width()}")
    return problems


def cut_by_parents(widget: QWidget, stop_at: QWidget | None = None,
                   scrolling: bool = True) -> list[str]:
    """A parent (up to ``stop_at``, or the window) cuts ``widget`` off. With ``scrolling``, a
    scroll area's viewport may hide it up and down (the reader scrolls there) but not sideways."""
    area = widget.rect()
    child = widget
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not stop_at and not child.isWindow():
        area = area.translated(child.pos())
        room = ancestor.rect()
        if scrolling and ancestor.objectName() == VIEWPORT:
            if area.left() < room.left() or area.right() > room.right():
                return [f"{_name(widget)}: {area.getRect()} wider than the scrolled area "
                        f"{room.getRect()}"]
            area = area.intersected(room)  # what scrolling brings into view
            if area.isEmpty():
                return []
        elif not room.contains(area):
            return [f"{_name(widget)}: at {area.getRect()} in {type(ancestor).__name__} "
                    f"{ancestor.objectName()} {room.getRect()}"]
        child, ancestor = ancestor, ancestor.parentWidget()
    return []


def clipped_labels(labels: Iterable[QLabel], stop_at: QWidget | None = None,
                   visible_area: QRect | None = None, area_of: QWidget | None = None,
                   scrolling: bool = True) -> list[str]:
    """Every label whose text does not fully show, with why. ``visible_area`` (in ``area_of``'s
    coordinates) is where every label must lie, if given."""
    problems = []
    for label in labels:
        problems += text_problems(label)
        if visible_area is not None and area_of is not None:
            where = QRect(label.mapTo(area_of, QPoint(0, 0)), label.size())
            if not visible_area.contains(where):
                problems.append(f"{_name(label)}: at {where.getRect()} outside "
                                f"{visible_area.getRect()}")
        problems += cut_by_parents(label, stop_at, scrolling)
    return problems


def shown(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.window() is root]


def clipped_in_window(window: QWidget) -> list[str]:
    """Every visible label of ``window`` whose text is cut, and every button or drop-down list
    narrower than its text or cut off by a parent (the window included)."""
    labels = [label for label in shown(window, QLabel) if isinstance(label, QLabel)
              and label.text()]
    problems = clipped_labels(labels)
    for control in shown(window, QAbstractButton) + shown(window, QComboBox):
        has_text = isinstance(control, QComboBox) or bool(control.text())  # type: ignore[attr-defined]
        if has_text and control.minimumSizeHint().width() > control.width():
            problems.append(f"{_name(control)}: needs {control.minimumSizeHint().width()}px "
                            f"across, has {control.width()}")
        problems += cut_by_parents(control)
    return problems
