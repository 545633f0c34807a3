"""The "why" step of a projected question, in parts when it is too long for large type.

A long explanation with four or five cited passages fits a 1024×768 projector only in type too
small to read from the back of the room. Rather than shrink it, the step is split: the answer
and the explanation with as many passages as fit in readable type, then the other passages, as
many to a part as fit; Space shows the next part. A passage too long to fit in readable type even
alone gets a part of its own (and smaller type).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.ui.classroom.stage_parts import ExcerptView

READABLE_SHARE = 0.55
"""A part must fit with body text at least this share of the largest the window allows
(25 px at 1024×768, 36 px at 1920×1080)."""


@dataclass(frozen=True)
class WhyPart:
    first: bool
    """The first part carries the answer and the explanation; the others only passages."""
    start: int
    end: int
    """The cited passages on this part: ``excerpts[start:end]``."""


def split_why(passages: int, fits: Callable[[WhyPart], bool]) -> list[WhyPart]:
    """Parts for ``passages`` cited passages, each as full as ``fits`` allows (greedy)."""
    parts: list[WhyPart] = []
    start, first = 0, True
    while first or start < passages:
        end = start
        while end < passages and fits(WhyPart(first, start, end + 1)):
            end += 1
        if end == start and not first:
            end = start + 1  # one passage too long for readable type: alone, in smaller type
        parts.append(WhyPart(first, start, end))
        start, first = end, False
    return parts


class WhyParts:
    """Which parts a why step has at the current window size, and which one is on screen."""

    def __init__(self) -> None:
        self.parts = [WhyPart(True, 0, 0)]
        self.index = 0
        self._size = (0, 0)

    @property
    def current(self) -> WhyPart:
        return self.parts[min(self.index, len(self.parts) - 1)]

    @property
    def more(self) -> bool:
        return self.index + 1 < len(self.parts)

    def restart(self) -> None:
        """A new why step: from its first part, split again at the next fit."""
        self.index, self._size = 0, (0, 0)

    def advance(self) -> bool:
        if not self.more:
            return False
        self.index += 1
        return True

    def split(self, passages: int, size: tuple[int, int],
              fits: Callable[[WhyPart], bool]) -> None:
        """Split for a window of ``size`` (only when it changed), keeping on screen the part
        that holds what was shown. ``fits`` is tried with each candidate part as current."""
        if size == self._size:
            return
        shown = self.current

        def fits_on_screen(part: WhyPart) -> bool:
            self.parts, self.index = [part], 0  # what the stage lays out while measuring
            return fits(part)

        parts = split_why(passages, fits_on_screen)
        self.parts = parts
        self.index = 0 if shown.first else next(
            (i for i, p in enumerate(parts) if p.start <= shown.start < p.end), 0)
        self._size = size

    def heading(self, heading: str, part_text: str) -> str:
        """``heading`` with "why, part 2 of 3" (``part_text`` with %1 and %2) when in parts."""
        if len(self.parts) < 2:
            return heading
        return f"{heading} · " + part_text.replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self.parts)))


def show_passages(views: Sequence[ExcerptView], part: WhyPart) -> None:
    """The passages of one part; the first names its section even if the last part did."""
    for index, view in enumerate(views):
        view.setVisible(part.start <= index < part.end)
        view.show_section(index == part.start or view.excerpt.section_title
                          != views[index - 1].excerpt.section_title)
