"""Exam rules: which questions an exam asks, its clock, and a sitting answered in any order.

An exam differs from a quiz in three ways: answers may be given in any order and changed until
the learner hands in (unless the exam forbids going back), nothing is graded or shown until then,
and a clock may close it. ``ExamSession`` holds those rules with no storage and no display, on an
injected clock, so tests drive it exactly as the exam screen does; ``ExamRun``
(``quizapp.classroom.exam_run``) adds the record on disk.

Grading goes through the engine's ``QuizSession`` one question at a time, so an exam is graded
by the very rules of practice — except that an "almost" answer gets no second try: an exam gives
no feedback before the end.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.engine import AnswerResult, QuestionView, QuizSession, question_view
from quizapp.core.exam_checks import preset_matches
from quizapp.core.models import ExamPreset, Pack, Question
from quizapp.core.scoring import Answer
from quizapp.core.typed_numbers import read_number

Clock = Callable[[], float]

DEFAULT_COUNT = 20
DEFAULT_MINUTES_PER_QUESTION = 1.5
WARNING_SECONDS = (300, 60)
"""The clock warns when 5 minutes and when 1 minute are left."""
BLANK: Answer = ""
"""What an unanswered question is graded as: wrong for every type, shown as no answer."""


class ExamStateError(RuntimeError):
    """The exam cannot do that now (change an answer after handing in, go back when it is not
    allowed)."""


# -- which questions -----------------------------------------------------------------------------
def default_preset(pack: Pack) -> ExamPreset:
    """An exam when the pack ships none: up to 20 questions drawn from the whole pack (the same
    ones for every learner), a minute and a half for each, shuffled, going back allowed."""
    count = min(DEFAULT_COUNT, len(pack.questions))
    return ExamPreset("exam", "Exam", count=count,
                      time_limit_minutes=float(math.ceil(count * DEFAULT_MINUTES_PER_QUESTION)))


def preset_for_launch(pack: Pack, saved: Sequence[ExamPreset],
                      exam_id: str | None = None) -> ExamPreset:
    """The exam ``quizapp --mode exam`` starts: the one named, else the pack's first, else the
    first saved for the pack, else ``default_preset``. Raises ``LookupError`` for an unknown id."""
    presets = list(pack.exams) + [p for p in saved if p.id not in {e.id for e in pack.exams}]
    if exam_id is not None:
        for preset in presets:
            if preset.id == exam_id:
                return preset
        known = ", ".join(p.id for p in presets) or "none"
        raise LookupError(f"the pack “{pack.title}” has no exam '{exam_id}' (its exams: {known})")
    return presets[0] if presets else default_preset(pack)


def matching_questions(pack: Pack, preset: ExamPreset) -> list[Question]:
    """The pool the exam draws from, in pack order."""
    return [q for q in pack.questions if preset_matches(q, preset)]


def draw_seed(pack: Pack, preset: ExamPreset, learner_seed: int) -> str:
    """What decides which questions are drawn: for a class (``same_questions``, the default) the
    preset's ``seed`` or, without one, the pack's and the exam's ids — the same on every
    computer, so a class sits the same questions and the class report compares like with like;
    else the learner's own seed."""
    if not preset.same_questions:
        return str(learner_seed)
    return str(preset.seed) if preset.seed is not None else f"{pack.id}/{preset.id}"


def exam_questions(pack: Pack, preset: ExamPreset, seed: int) -> list[Question]:
    """The questions of one learner's exam, in the order asked.

    ``count`` questions are drawn from the pool by ``draw_seed``; ``shuffle`` then orders them
    by the learner's ``seed``, else they keep the pack's order.
    """
    pool = matching_questions(pack, preset)
    if preset.count is not None and preset.count < len(pool):
        chosen = random.Random(f"exam-draw:{draw_seed(pack, preset, seed)}")
        drawn = {q.id for q in chosen.sample(pool, preset.count)}
        pool = [q for q in pool if q.id in drawn]
    if preset.shuffle:
        random.Random(f"exam-order:{seed}").shuffle(pool)
    return pool


def format_time_left(seconds: float) -> str:
    """"14:05", or "1:02:03" past an hour; a second is shown until it has fully passed."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# -- the clock ---------------------------------------------------------------------------------
class ExamClock:
    """Time spent in the exam, counted only while it is open on screen.

    A crash or leaving the exam stops it; resuming goes on from the time used, so a learner
    neither loses the time the computer was off nor gains any (it is saved every second).
    """

    def __init__(self, clock: Clock, limit_seconds: float | None, used: float = 0.0) -> None:
        self._clock = clock
        self.limit = limit_seconds
        self._used_before = max(0.0, used)
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def stop(self) -> None:
        if self._since is not None:
            self._used_before = self.used()
            self._since = None

    def used(self) -> float:
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._used_before + max(0.0, running)

    def remaining(self) -> float | None:
        return None if self.limit is None else max(0.0, self.limit - self.used())

    @property
    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0.0


# -- the outcome -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExamQuestionResult:
    view: QuestionView
    result: AnswerResult
    """Graded as given; an unanswered question is graded as ``BLANK`` (wrong)."""
    answered: bool
    flagged: bool
    seconds: float

    @property
    def correct(self) -> bool:
        return self.answered and self.result.correct


@dataclass(frozen=True)
class ExamSectionScore:
    section_id: str | None
    title: str
    questions: int
    answered: int
    correct: int

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.questions if self.questions else 0.0


@dataclass(frozen=True)
class ExamOutcome:
    title: str
    questions: tuple[ExamQuestionResult, ...]
    sections: tuple[ExamSectionScore, ...]
    seconds_used: float
    time_limit_seconds: float | None
    timed_out: bool
    interruptions: int = 0

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.answered)

    @property
    def correct(self) -> int:
        return sum(1 for q in self.questions if q.correct)

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0

    @property
    def unanswered_numbers(self) -> tuple[int, ...]:
        return tuple(q.view.number for q in self.questions if not q.answered)

    @property
    def missed(self) -> tuple[ExamQuestionResult, ...]:
        """Wrong or unanswered: what is worth practising."""
        return tuple(q for q in self.questions if not q.correct)


def numbers_text(numbers: Iterable[int]) -> str:
    """'3', '3 and 7', '3, 7 and 12' — how the hand-in confirmation names questions."""
    items = [str(n) for n in numbers]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# -- a sitting ---------------------------------------------------------------------------------
class ExamSession:
    """One learner's exam: answers in any order, changeable until handed in; graded at the end."""

    def __init__(self, pack: Pack, preset: ExamPreset, questions: Sequence[Question], seed: int,
                 *, clock: Clock, seconds_used: float = 0.0,
                 language: AnswerLanguage | None = None) -> None:
        if not questions:
            raise ValueError("an exam needs at least one question")
        self.pack = pack
        self.preset = preset
        self.seed = seed
        self.language = language
        total = len(questions)
        self.views = tuple(question_view(pack, q, seed, i + 1, total)
                           for i, q in enumerate(questions))
        limit = preset.time_limit_minutes
        self.clock = ExamClock(clock, None if limit is None else limit * 60.0, seconds_used)
        self._now = clock
        self._answers: dict[int, Answer] = {}
        self._flags: set[int] = set()
        self._seconds = [0.0] * total
        self._shown_since: float | None = None
        self._warned: set[int] = set()
        self.position = 0
        self.handed_in = False

    # -- where things stand ----------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.views)

    def current(self) -> QuestionView:
        return self.views[self.position]

    def answer_of(self, index: int) -> Answer | None:
        return self._answers.get(index)

    def is_flagged(self, index: int) -> bool:
        return index in self._flags

    @property
    def answered_count(self) -> int:
        return len(self._answers)

    def unanswered(self) -> list[int]:
        """0-based indexes of the questions without an answer."""
        return [i for i in range(self.total) if i not in self._answers]

    def flagged(self) -> list[int]:
        return sorted(self._flags)

    def question_seconds(self, index: int) -> float:
        running = 0.0
        if index == self.position and self._shown_since is not None:
            running = max(0.0, self._now() - self._shown_since)
        return self._seconds[index] + running

    def read_number(self, text: str) -> float | None:
        """A typed number as grading will read it, so the answer box accepts what counts."""
        return read_number(text, self.language)

    def can_visit(self, index: int) -> bool:
        """Going back (or skipping ahead) is for exams that allow it; moving on one by one is
        always possible."""
        if self.handed_in or not 0 <= index < self.total:
            return False
        return self.preset.allow_back or index in (self.position, self.position + 1)

    # -- the clock -------------------------------------------------------------------------------
    def open(self) -> None:
        """The exam is on screen: its clock and the current question's time run."""
        if self.handed_in:
            return
        self.clock.start()
        if self._shown_since is None:
            self._shown_since = self._now()

    def pause(self) -> None:
        """The exam left the screen (or the app is closing): nothing is counted meanwhile."""
        self._bank_question_time()
        self.clock.stop()

    def _bank_question_time(self) -> None:
        if self._shown_since is not None:
            self._seconds[self.position] += max(0.0, self._now() - self._shown_since)
            self._shown_since = None

    def remaining(self) -> float | None:
        return self.clock.remaining()

    @property
    def time_is_up(self) -> bool:
        return self.clock.expired

    def new_warnings(self) -> list[int]:
        """The warning (5 or 1 minutes left) to give now, if the clock has just passed one.

        Only thresholds below the exam's length count (a 3-minute exam gets no 5-minute warning),
        and when several pass at once (a resumed exam with 30 seconds left) only the most urgent
        is given.
        """
        left, limit = self.clock.remaining(), self.clock.limit
        if left is None or limit is None or self.handed_in:
            return []
        passed = [t for t in WARNING_SECONDS if t < limit and left <= t and t not in self._warned]
        self._warned.update(passed)
        return [min(passed)] if passed else []

    # -- answering ---------------------------------------------------------------------------------
    def _check_open(self) -> None:
        if self.handed_in:
            raise ExamStateError("the exam has been handed in; its answers are final")
        if self.time_is_up:
            raise ExamStateError("time is up; the answers given so far are kept")

    def set_answer(self, answer: Answer | None) -> bool:
        """Answer (or, with None, clear) the question on screen; True when that changed it."""
        self._check_open()
        if answer is None:
            return self._answers.pop(self.position, None) is not None
        if self._answers.get(self.position) == answer:
            return False
        self._answers[self.position] = answer
        return True

    def set_flag(self, flagged: bool) -> None:
        """Flag the question on screen to come back to before handing in."""
        self._check_open()
        (self._flags.add if flagged else self._flags.discard)(self.position)

    def restore(self, index: int, answer: Answer | None, flagged: bool, seconds: float) -> None:
        """Put back what a record says about a question (resuming after a crash)."""
        if answer is not None:
            self._answers[index] = answer
        if flagged:
            self._flags.add(index)
        self._seconds[index] = max(0.0, seconds)

    def go_to(self, index: int) -> QuestionView:
        if not self.can_visit(index):
            raise ExamStateError("this exam does not allow going back to earlier questions"
                                 if not self.handed_in and 0 <= index < self.total
                                 else "no such question to go to")
        if index != self.position:
            running = self._shown_since is not None
            self._bank_question_time()
            self.position = index
            if running:
                self._shown_since = self._now()
        return self.current()

    def next(self) -> QuestionView | None:
        """The following question, or None at the last one."""
        return self.go_to(self.position + 1) if self.position + 1 < self.total else None

    def previous(self) -> QuestionView | None:
        return self.go_to(self.position - 1) if self.position > 0 else None

    # -- the end -----------------------------------------------------------------------------------
    def hand_in(self) -> None:
        """No more changes; the clock stops where it is."""
        self.pause()
        self.handed_in = True

    def grade(self, *, timed_out: bool = False, interruptions: int = 0) -> ExamOutcome:
        """Grade every question as it stands (the answers of a handed-in exam)."""
        graded = []
        for index, view in enumerate(self.views):
            answer = self._answers.get(index)
            seconds = round(self.question_seconds(index), 2)
            single = QuizSession(self.pack, [view.question], seed=self.seed,
                                 language=self.language)
            result = single.submit(BLANK if answer is None else answer, seconds,
                                   allow_retry=False)
            graded.append(ExamQuestionResult(view, result, answer is not None,
                                             index in self._flags, seconds))
        return ExamOutcome(self.preset.title, tuple(graded), self._section_scores(graded),
                           round(self.clock.used(), 2), self.clock.limit, timed_out,
                           interruptions)

    def _section_scores(self, graded: Sequence[ExamQuestionResult]) -> tuple[ExamSectionScore, ...]:
        by_section: dict[str | None, list[ExamQuestionResult]] = {}
        pack_order = {q.id: i for i, q in enumerate(self.pack.questions)}
        for item in sorted(graded, key=lambda g: pack_order.get(g.view.question.id, 0)):
            by_section.setdefault(item.view.question.section_id, []).append(item)
        return tuple(
            ExamSectionScore(section_id,
                             self.pack.section_title(section_id) or section_id or "Other questions",
                             len(items), sum(1 for i in items if i.answered),
                             sum(1 for i in items if i.correct))
            for section_id, items in by_section.items()
        )
