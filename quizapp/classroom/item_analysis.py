"""Item analysis: how hard each question was for a class, and whether it told strong learners
from weak ones.

The definitions follow classical test theory as Moodle's quiz statistics report uses it:

- **facility index**: the share of learners asked the question who got it right (0 to 1);
- **discrimination index**: the point-biserial correlation between the question's score (1 right,
  0 wrong or unanswered) and the rest of the learner's score (the share right of the *other*
  questions the learner was asked), so a question is not correlated with itself;
- **most chosen wrong answer**: the wrong answer given most often, compared as typed answers are
  graded (case, accents, punctuation and spacing folded).

The thresholds of the flags are constants here and documented in ``docs/classroom.md``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from quizapp.classroom.results_file import ResultAnswer, SessionResults
from quizapp.core.scoring import normalize_text

TOO_EASY_ABOVE = 0.90
"""Facility above this: nearly everyone knows it, so it tells the teacher little."""
TOO_HARD_BELOW = 0.20
"""Facility below this: nearly no one got it; check the question and its key before the class."""
MIN_LEARNERS_FOR_DISCRIMINATION = 3
"""With two learners any correlation is +1 or -1; below three none is reported."""
MIN_LEARNERS_FOR_FLAGS = 10
"""Below this many learners asked a question, one answer moves its facility by more than 0.1 and
its discrimination swings from sign to sign, so a flag would be noise: the flags the rules raise
are held back and the question is marked "too few learners to judge" instead."""


class ItemFlag(StrEnum):
    TOO_EASY = "too easy"
    TOO_HARD = "too hard"
    NEGATIVE_DISCRIMINATION = "negative discrimination"


FLAG_REASONS = {
    ItemFlag.TOO_EASY: "Nearly everyone got it right (facility above 0.90), so it tells you "
                       "little about who has understood.",
    ItemFlag.TOO_HARD: "Nearly no one got it right (facility below 0.20): check the question "
                       "and its key before blaming the class.",
    ItemFlag.NEGATIVE_DISCRIMINATION: "Learners who did well on the rest got this one wrong more "
                                      "often than the others (discrimination below 0): check "
                                      "the key and the wording.",
}
"""Why a question is flagged, in plain words (window tooltips, the PDF's Why column, the CSV)."""

TOO_FEW_TO_JUDGE = "too few learners to judge"
HELD_BACK_REASON = ("Fewer than 10 learners took it: one answer more or less moves its facility "
                    "by more than 0.10, so it is not flagged yet.")


@dataclass(frozen=True)
class ItemStatistics:
    question_id: str
    question_type: str
    section_id: str | None
    asked: int
    answered: int
    right: int
    discrimination: float | None
    """None when it cannot be computed: too few learners, or everyone scored alike."""
    most_chosen_wrong: str | None
    most_chosen_wrong_count: int
    mean_seconds: float | None

    @property
    def facility(self) -> float:
        return self.right / self.asked if self.asked else 0.0

    @property
    def judged(self) -> bool:
        """Enough learners were asked for a flag to mean something."""
        return self.asked >= MIN_LEARNERS_FOR_FLAGS

    @property
    def flags(self) -> tuple[ItemFlag, ...]:
        """The flags raised, none while too few learners were asked (see ``indicated_flags``)."""
        return self.indicated_flags if self.judged else ()

    @property
    def held_back(self) -> bool:
        """The rules would flag it, but too few learners were asked to judge."""
        return not self.judged and bool(self.indicated_flags)

    @property
    def indicated_flags(self) -> tuple[ItemFlag, ...]:
        """What the rules say whatever the class size."""
        flags = []
        if self.asked and self.facility > TOO_EASY_ABOVE:
            flags.append(ItemFlag.TOO_EASY)
        if self.asked and self.facility < TOO_HARD_BELOW:
            flags.append(ItemFlag.TOO_HARD)
        if self.discrimination is not None and self.discrimination < 0:
            flags.append(ItemFlag.NEGATIVE_DISCRIMINATION)
        return tuple(flags)


@dataclass(frozen=True)
class SectionAverage:
    section_id: str | None
    questions: int
    learners: int
    average: float
    """The mean over learners of each one's share right in the section (each learner counts once)."""


def point_biserial(item: Sequence[int], rest: Sequence[float]) -> float | None:
    """Pearson's correlation of a 0/1 item score with a continuous score (population moments).

    None when it is undefined: fewer than ``MIN_LEARNERS_FOR_DISCRIMINATION`` pairs, or no
    spread in either score (everyone right, or everyone's rest score equal).
    """
    count = len(item)
    if count != len(rest):
        raise ValueError("item and rest scores must pair up learner by learner")
    if count < MIN_LEARNERS_FOR_DISCRIMINATION:
        return None
    mean_item = sum(item) / count
    mean_rest = sum(rest) / count
    covariance = sum((x - mean_item) * (y - mean_rest) for x, y in zip(item, rest, strict=True))
    spread_item = sum((x - mean_item) ** 2 for x in item)
    spread_rest = sum((y - mean_rest) ** 2 for y in rest)
    if spread_item <= 1e-12 or spread_rest <= 1e-12:
        return None
    return covariance / math.sqrt(spread_item * spread_rest)


def _most_chosen_wrong(answers: Sequence[ResultAnswer]) -> tuple[str | None, int]:
    """Ties go to the answer given first, so the report does not change from run to run."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for answer in answers:
        if answer.correct or not answer.answered or not answer.answer_text.strip():
            continue
        key = normalize_text(answer.answer_text) or answer.answer_text.strip()
        spelling.setdefault(key, answer.answer_text.strip())
        counts[key] += 1
    if not counts:
        return None, 0
    key, count = counts.most_common(1)[0]
    return spelling[key], count


def analyse_items(sessions: Sequence[SessionResults]) -> list[ItemStatistics]:
    """One entry per question asked to anyone, in the order questions were first met.

    Each learner's session is one row of the class; a learner not asked a question does not count
    for it (neither as right nor as wrong).
    """
    order: dict[str, ResultAnswer] = {}
    by_learner = []
    totals = []
    for session in sessions:
        answers = {a.question_id: a for a in session.answers}
        by_learner.append(answers)
        totals.append(sum(1 for a in answers.values() if a.correct))
        for answer in session.answers:
            order.setdefault(answer.question_id, answer)
    statistics = []
    for question_id, first in order.items():
        given = [answers[question_id] for answers in by_learner if question_id in answers]
        item: list[int] = []
        rest: list[float] = []
        for answers, total in zip(by_learner, totals, strict=True):
            if question_id not in answers or len(answers) < 2:
                continue
            score = int(answers[question_id].correct)
            item.append(score)
            rest.append((total - score) / (len(answers) - 1))
        times = [a.seconds for a in given if a.seconds is not None]
        wrong, wrong_count = _most_chosen_wrong(given)
        statistics.append(ItemStatistics(
            question_id=question_id,
            question_type=first.question_type,
            section_id=first.section_id,
            asked=len(given),
            answered=sum(1 for a in given if a.answered),
            right=sum(1 for a in given if a.correct),
            discrimination=point_biserial(item, rest),
            most_chosen_wrong=wrong,
            most_chosen_wrong_count=wrong_count,
            mean_seconds=sum(times) / len(times) if times else None,
        ))
    return statistics


def section_averages(sessions: Sequence[SessionResults]) -> list[SectionAverage]:
    """Per section (in the order first met), the class's mean share right."""
    shares: dict[str | None, list[float]] = {}
    questions: dict[str | None, set[str]] = {}
    for session in sessions:
        per_section: dict[str | None, list[bool]] = {}
        for answer in session.answers:
            per_section.setdefault(answer.section_id, []).append(answer.correct)
            questions.setdefault(answer.section_id, set()).add(answer.question_id)
        for section_id, marks in per_section.items():
            shares.setdefault(section_id, []).append(sum(marks) / len(marks))
    return [SectionAverage(section_id, len(questions[section_id]), len(values),
                           sum(values) / len(values))
            for section_id, values in shares.items()]
