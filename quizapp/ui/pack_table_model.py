"""The packs on the home screen as a Qt table model: title, size, the learner's best, origin."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.models import Pack
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.text_rendering import plain_tooltip


@dataclass(frozen=True)
class PackRow:
    path: str
    origin: str  # "Bundled" or "Recent"
    pack: Pack | None = None
    error: str | None = None
    best: float | None = None

    @property
    def title(self) -> str:
        if self.pack is not None:
            return self.pack.title
        return self.path

    @property
    def question_count(self) -> int:
        return len(self.pack.questions) if self.pack else 0


class PackTableModel(RowTableModel[PackRow]):
    HEADERS = ("Pack", "Questions", "Your best", "From")
    RIGHT_ALIGNED = frozenset({1, 2})

    def display(self, row: PackRow, column: int) -> object:
        if column == 0:
            return row.title if row.error is None else f"⚠ {row.title}"
        if column == 1:
            return row.question_count if row.pack else "—"
        if column == 2:
            return "—" if row.best is None else f"{100 * row.best:.0f} %"
        return row.origin

    def tooltip(self, row: PackRow) -> str | None:
        return plain_tooltip(row.error or row.path)
