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
