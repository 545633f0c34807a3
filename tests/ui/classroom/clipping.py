"""Measuring what a projector stage shows: is any text cut off, and how big is it?

The measure is tests/ui/clipping.py's; here it is applied to a stage: every label of the slide
must lie in the visible part of the stage and no parent inside the slide may cut it off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from quizapp.ui.classroom.stage import ProjectorStage, visible_labels
from tests.ui import clipping


def clipped_labels(stage: ProjectorStage) -> list[str]:
    """Every visible label whose text does not fully show, with why."""
    return clipping.clipped_labels(visible_labels(stage), stop_at=stage.content,
                                   visible_area=stage.scroller.geometry(), area_of=stage,
                                   scrolling=False)


def text_pixels(label: QLabel) -> int:
    return label.font().pixelSize()
