"""What a learner knows of a pack, computed from per-question summaries.

Storage keeps running per-question counts; these functions turn them into the statistics screen's
facts (mastery per section, weakest questions, never seen) using the pack in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quizapp.core.models import Pack, Question


@dataclass(frozen=True)
class QuestionRecord:
    """How one question has gone for one learner."""

    seen: int
    correct: int
    last_correct: bool
    total_seconds: float = 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.seen if self.seen else 0.0


@dataclass(frozen=True)
class SectionMastery:
    section_id: str | None
    title: str
    questions: int
    seen: int
    mastered: int  # last answer right

    @property
    def mastery(self) -> float:
        return self.mastered / self.questions if self.questions else 0.0

    @property
    def accuracy(self) -> float:
        """Share of the answered questions whose last answer was right: how well the learner
        does in the section, whatever part of it they have reached (mastery also counts the
        questions not reached yet)."""
        return self.mastered / self.seen if self.seen else 0.0


def weakest_sections(sections: list[SectionMastery], count: int = 3) -> list[SectionMastery]:
    """The sections answered least well (by :attr:`SectionMastery.accuracy`), worst first; a
    section whose answered questions were all right last time is not weak, however little of
    it was answered."""
    weak = [s for s in sections if s.seen and s.mastered < s.seen]
    weak.sort(key=lambda s: (s.accuracy, -s.seen))
    return weak[:count]


@dataclass(frozen=True)
class WeakQuestion:
    question: Question
    record: QuestionRecord


def section_mastery(pack: Pack, records: Mapping[str, QuestionRecord]) -> list[SectionMastery]:
    """Per section: share of its questions whose most recent answer was right."""
    order: list[str | None] = []
    grouped: dict[str | None, list[Question]] = {}
    for question in pack.questions:
        if question.section_id not in grouped:
            order.append(question.section_id)
        grouped.setdefault(question.section_id, []).append(question)
    result = []
    for section_id in order:
        questions = grouped[section_id]
        seen = [records[q.id] for q in questions if q.id in records]
        result.append(SectionMastery(
            section_id,
            pack.section_title(section_id) or section_id or "Other questions",
            len(questions),
            len(seen),
            sum(1 for r in seen if r.last_correct),
        ))
    return result


def pack_mastery(pack: Pack, records: Mapping[str, QuestionRecord]) -> float:
    mastered = sum(1 for q in pack.questions if q.id in records and records[q.id].last_correct)
    return mastered / len(pack.questions) if pack.questions else 0.0


def weakest_questions(pack: Pack, records: Mapping[str, QuestionRecord],
                      limit: int = 10) -> list[WeakQuestion]:
    """Seen questions with the lowest accuracy; ties go to the most often missed, last wrong first."""
    seen = [WeakQuestion(q, records[q.id]) for q in pack.questions if q.id in records]
    seen = [w for w in seen if w.record.correct < w.record.seen]
    seen.sort(key=lambda w: (w.record.accuracy, -(w.record.seen - w.record.correct),
                             w.record.last_correct))
    return seen[:limit]


def never_seen(pack: Pack, records: Mapping[str, QuestionRecord]) -> list[Question]:
    return [q for q in pack.questions if q.id not in records]


def average_seconds(records: Mapping[str, QuestionRecord]) -> float | None:
    answered = sum(r.seen for r in records.values())
    if not answered:
        return None
    return sum(r.total_seconds for r in records.values()) / answered
