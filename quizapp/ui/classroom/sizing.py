"""Opening sizes that never exceed the screen, at any text size or scale factor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int, share: float = 0.92) -> None:
    """``width`` × ``height``, or as much of the screen's free area as ``share`` allows."""
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * share))
        height = min(height, int(area.height() * share))
    widget.resize(width, height)


def place_within_screen(widget: QWidget) -> None:
    """Move a shown window (its frame: title bar included) onto its screen's free area, and
    shrink it to that area if it is larger: a window manager places a new window below its
    parent's top, and a window that fits the screen then had its bottom (and buttons) off it."""
    area = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    extra_w = frame.width() - widget.width()
    extra_h = frame.height() - widget.height()
    if frame.width() > area.width() or frame.height() > area.height():
        widget.resize(min(widget.width(), area.width() - extra_w),
                      min(widget.height(), area.height() - extra_h))
        frame = widget.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)
