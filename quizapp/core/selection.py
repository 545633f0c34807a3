"""Which questions a study mode asks, decided from the pack and what the learner's history says.

These are pure functions so that each mode's choice can be tested without a database or a window;
the caller supplies the facts from history (which questions were missed, which are due).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from quizapp.core.models import Pack, Question, QuestionType


class StudyMode(StrEnum):
    PRACTICE = "practice"
    REVIEW_MISTAKES = "review"
    DUE_TODAY = "due"
    CUSTOM = "custom"
    RETRY = "retry"
    EXAM = "exam"

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]


_MODE_LABELS = {
    StudyMode.PRACTICE: "Practice",
    StudyMode.REVIEW_MISTAKES: "Review mistakes",
    StudyMode.DUE_TODAY: "Due today",
    StudyMode.CUSTOM: "Custom",
    StudyMode.RETRY: "Retry missed",
    StudyMode.EXAM: "Exam",
}

NEW_PER_DAY = 10
"""How many never-scheduled questions "Due today" adds, as Anki adds new cards each day."""


@dataclass(frozen=True)
class CustomOptions:
    """A learner's own selection; empty sets mean "any"."""

    sections: frozenset[str] = field(default_factory=frozenset)
    difficulties: frozenset[int] = field(default_factory=frozenset)
    types: frozenset[QuestionType] = field(default_factory=frozenset)
    count: int | None = None
    shuffle: bool = True


def _in_pack_order(pack: Pack, ids: Sequence[str]) -> list[Question]:
    by_id = {q.id: q for q in pack.questions}
    return [by_id[i] for i in ids if i in by_id]


def review_mistakes(pack: Pack, missed_ids: Sequence[str]) -> list[Question]:
    """The questions whose last answer was wrong, most recently missed first."""
    return _in_pack_order(pack, missed_ids)


def due_today(pack: Pack, due_ids: Sequence[str], scheduled_ids: Collection[str],
              new_limit: int = NEW_PER_DAY) -> list[Question]:
    """Due reviews first (most overdue first), then up to ``new_limit`` questions never studied."""
    due = _in_pack_order(pack, due_ids)
    fresh = [q for q in pack.questions if q.id not in scheduled_ids][:max(0, new_limit)]
    return due + fresh


def new_count(pack: Pack, scheduled_ids: Collection[str], new_limit: int = NEW_PER_DAY) -> int:
    return min(new_limit, sum(1 for q in pack.questions if q.id not in scheduled_ids))


def custom(pack: Pack, options: CustomOptions, rng: random.Random | None = None) -> list[Question]:
    chosen = [
        q for q in pack.questions
        if (not options.sections or q.section_id in options.sections)
        and (not options.difficulties or q.difficulty in options.difficulties)
        and (not options.types or q.type in options.types)
    ]
    if options.shuffle:
        (rng or random.Random()).shuffle(chosen)
    if options.count is not None:
        chosen = chosen[:max(0, options.count)]
    return chosen
