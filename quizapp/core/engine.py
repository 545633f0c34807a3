"""The quiz engine: which question comes next, what an answer earns, and what to show about it.

The UI and the tests drive a quiz through this one API. The engine returns results as values; it
never shows anything and never stores anything (the caller records each ``AnswerResult``).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import (
    Answer,
    Grade,
    correct_answer_text,
    describe_answer,
    grade,
)
from quizapp.core.source import quote_span
from quizapp.core.typed_numbers import read_number


class QuizStateError(RuntimeError):
    """The caller asked for something the quiz cannot do now (answer twice, go on unanswered)."""


@dataclass(frozen=True)
class CitedPassage:
    """A citation resolved against the source text, ready to show."""

    passage_id: str
    quote: str
    passage_text: str | None
    section_id: str | None
    section_title: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class QuestionView:
    """One question as the learner should see it: its number and the order to show its parts in."""

    question: Question
    number: int
    total: int
    choice_order: tuple[int, ...] = ()
    item_order: tuple[int, ...] = ()
    right_order: tuple[int, ...] = ()


@dataclass(frozen=True)
class AnswerResult:
    question: Question
    answer: Answer
    grade: Grade
    given_answer: str
    correct_answer: str
    choice_feedback: tuple[str, ...]
    general_feedback: str | None
    citations: tuple[CitedPassage, ...]
    seconds: float | None = None
    try_again: bool = False
    """Almost right (a typo): not counted yet, and the learner may try once more. Such a result
    carries no right answer, explanation or citations, so nothing is given away."""
    overridden: bool = False
    """Marked wrong, but the learner said "I was right": it counts as right."""
    second_try: bool = False
    """Given after an "almost" first try: what it earns is final, so a wrong (or again almost)
    second try counts as wrong and the feedback must say so."""

    @property
    def correct(self) -> bool:
        return self.grade.correct or self.overridden

    @property
    def can_override(self) -> bool:
        """May the learner say "I was right"? Only for a typed answer that was marked wrong: a
        grader can miss a way of writing the answer, but not a choice."""
        return (not self.correct and not self.try_again
                and self.question.type in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC))

    @property
    def explanation(self) -> str:
        return self.question.explanation


@dataclass(frozen=True)
class SectionScore:
    section_id: str | None
    title: str
    answered: int
    correct: int


@dataclass(frozen=True)
class QuizResults:
    total: int
    answered: int
    correct: int
    by_section: tuple[SectionScore, ...]
    results: tuple[AnswerResult, ...] = field(repr=False)

    @property
    def missed(self) -> tuple[AnswerResult, ...]:
        return tuple(r for r in self.results if not r.correct)

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


SEED_LIMIT = 2 ** 53
"""Seeds stay below this so that they survive JSON and JavaScript numbers unchanged."""


def new_seed() -> int:
    """A fresh, unpredictable seed for a session's shuffles."""
    return secrets.randbelow(SEED_LIMIT)


def _shuffled_not_identity(count: int, rng: random.Random) -> tuple[int, ...]:
    """A shuffle that is never already the answer, or ordering questions would give themselves away."""
    order = list(range(count))
    if count < 2:
        return tuple(order)
    while order == sorted(order):
        rng.shuffle(order)
    return tuple(order)


def question_view(pack: Pack, question: Question, seed: int, number: int = 1,
                  total: int = 1, *, shuffle_choices: bool = True) -> QuestionView:
    """How ``question`` is shown in the session with ``seed`` (``shuffle_choices``: the
    learner's preference for packs that do not say).

    Each question's orders come from the seed and the question's id alone, so a resumed session
    shows every question exactly as before, whatever was answered in between.
    """
    rng = random.Random(f"{seed}:{question.id}")
    choice_order = tuple(range(len(question.choices)))
    if pack.shuffles_choices(question, shuffle_choices):
        shuffled = list(choice_order)
        rng.shuffle(shuffled)
        choice_order = tuple(shuffled)
    item_order: tuple[int, ...] = ()
    right_order: tuple[int, ...] = ()
    if question.type is QuestionType.ORDERING:
        item_order = _shuffled_not_identity(len(question.items), rng)
    if question.type is QuestionType.MATCHING:
        right_order = _shuffled_not_identity(len(question.pairs), rng)
    return QuestionView(question, number, total, choice_order, item_order, right_order)


def cite_passages(pack: Pack, question: Question) -> tuple[CitedPassage, ...]:
    cited = []
    for citation in question.citations:
        passage = pack.document.passage(citation.passage_id) if pack.document else None
        section_id = passage.section_id if passage else question.section_id
        cited.append(CitedPassage(
            passage_id=citation.passage_id,
            quote=citation.quote,
            passage_text=passage.text if passage else None,
            section_id=section_id,
            section_title=pack.section_title(section_id),
            span=quote_span(citation.quote, passage.text) if passage else None,
        ))
    return tuple(cited)


class QuizSession:
    """One pass through a list of questions, answered one at a time."""

    def __init__(
        self,
        pack: Pack,
        questions: Sequence[Question] | None = None,
        *,
        seed: int | None = None,
        shuffle_questions: bool = False,
        language: AnswerLanguage | None = None,
        shuffle_choices: bool = True,
    ) -> None:
        """``seed`` decides every shuffle of the session (choices, items, question order); record
        it to show the same session again. None draws a new one. ``language`` says how typed
        answers are read (default: the pack's language without number words or place names).
        ``shuffle_choices`` is the learner's preference for packs that do not say."""
        self.pack = pack
        self.shuffle_choices = shuffle_choices
        self.language = language or AnswerLanguage.plain(pack.language)
        self.seed = new_seed() if seed is None else seed
        chosen = list(pack.questions if questions is None else questions)
        if not chosen:
            raise ValueError("a quiz needs at least one question")
        if shuffle_questions:
            random.Random(self.seed).shuffle(chosen)
        self.questions: tuple[Question, ...] = tuple(chosen)
        self._views: list[QuestionView | None] = [None] * len(chosen)
        """Made when first shown (``_view``): for a 10,000-question pack, making them all up
        front took about 200 ms on the UI thread before the first question."""
        self._position = 0
        self._results: list[AnswerResult] = []
        self._second_try = False

    # -- where we are --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def position(self) -> int:
        """0-based index of the current question; equals ``total`` once finished."""
        return self._position

    @property
    def answered(self) -> int:
        return len(self._results)

    @property
    def score(self) -> int:
        return sum(1 for r in self._results if r.correct)

    @property
    def finished(self) -> bool:
        return self._position >= self.total

    @property
    def awaiting_answer(self) -> bool:
        return not self.finished and len(self._results) == self._position

    def _view(self, index: int) -> QuestionView:
        view = self._views[index]
        if view is None:
            view = question_view(self.pack, self.questions[index], self.seed, index + 1,
                                 len(self.questions), shuffle_choices=self.shuffle_choices)
            self._views[index] = view
        return view

    def current(self) -> QuestionView | None:
        return None if self.finished else self._view(self._position)

    def views_of(self, question_id: str) -> QuestionView:
        """How a question of this session is (or was, or will be) shown."""
        for index, question in enumerate(self.questions):
            if question.id == question_id:
                return self._view(index)
        raise KeyError(question_id)

    # -- moving on -----------------------------------------------------------------------------
    def submit(self, answer: Answer, seconds: float | None = None, *,
               allow_retry: bool = True) -> AnswerResult:
        """Grade the answer to the current question. An "almost" answer (a typo) is returned with
        ``try_again`` and not counted, once per question; ``allow_retry=False`` counts it at once
        (replaying answers already given, on resume)."""
        if not self.awaiting_answer:
            raise QuizStateError("this question has already been answered" if not self.finished
                                 else "the quiz is over")
        question = self.questions[self._position]
        outcome = grade(question, answer, self.language)
        if outcome.almost and allow_retry and not self._second_try:
            self._second_try = True
            return AnswerResult(question, answer, outcome, describe_answer(question, answer),
                                correct_answer="", choice_feedback=(), general_feedback=None,
                                citations=(), seconds=seconds, try_again=True)
        result = self._evaluate(question, answer, outcome, seconds)
        if self._second_try:
            result = replace(result, second_try=True)
        self._results.append(result)
        return result

    def last_result(self) -> AnswerResult | None:
        """The result of the question on screen, once it has been answered."""
        answered_current = not self.finished and len(self._results) == self._position + 1
        return self._results[-1] if answered_current else None

    def override_last(self) -> AnswerResult:
        """ "I was right": count the answer just given as right (see ``can_override``)."""
        last = self.last_result()
        if last is None or not last.can_override:
            raise QuizStateError("only a typed answer just marked wrong can be counted as right")
        result = replace(last, overridden=True,
                         general_feedback=last.question.feedback_correct)
        self._results[-1] = result
        return result

    def undo_override(self) -> AnswerResult:
        """Take back "I was right" on the answer just given: it counts as wrong again."""
        last = self.last_result()
        if last is None or not last.overridden:
            raise QuizStateError("only an answer just counted as right can be taken back")
        result = replace(last, overridden=False,
                         general_feedback=last.question.feedback_incorrect)
        self._results[-1] = result
        return result

    def read_number(self, text: str) -> float | None:
        """A typed number as this session's grading reads it (None: not a number)."""
        return read_number(text, self.language)

    def _evaluate(self, question: Question, answer: Answer, outcome: Grade,
                  seconds: float | None) -> AnswerResult:
        chosen: list[int] = []
        if question.type is QuestionType.SINGLE and isinstance(answer, int):
            chosen = [answer]
        elif question.type is QuestionType.MULTIPLE and isinstance(answer, frozenset):
            chosen = sorted(answer)
        choice_feedback = tuple(
            question.choices[i].feedback or ""
            for i in chosen
            if 0 <= i < len(question.choices) and question.choices[i].feedback
        )
        general = question.feedback_correct if outcome.correct else question.feedback_incorrect
        return AnswerResult(
            question=question,
            answer=answer,
            grade=outcome,
            given_answer=describe_answer(question, answer),
            correct_answer=correct_answer_text(question),
            choice_feedback=choice_feedback,
            general_feedback=general,
            citations=cite_passages(self.pack, question),
            seconds=seconds,
        )

    def advance(self) -> QuestionView | None:
        if self.awaiting_answer:
            raise QuizStateError("answer the current question before going on")
        if not self.finished:
            self._position += 1
            self._second_try = False
        return self.current()

    # -- the end -------------------------------------------------------------------------------
    def results(self) -> QuizResults:
        sections: dict[str | None, list[AnswerResult]] = {}
        for result in self._results:
            sections.setdefault(result.question.section_id, []).append(result)
        by_section = tuple(
            SectionScore(
                section_id,
                self.pack.section_title(section_id) or section_id or "Other questions",
                len(results),
                sum(1 for r in results if r.correct),
            )
            for section_id, results in sections.items()
        )
        return QuizResults(self.total, len(self._results), self.score, by_section,
                           tuple(self._results))

    def retry_missed(self) -> QuizSession:
        missed = [r.question for r in self._results if not r.correct]
        if not missed:
            raise QuizStateError("no missed questions to retry")
        # a new seed: a retry shows a new order
        return QuizSession(self.pack, missed, language=self.language,
                           shuffle_choices=self.shuffle_choices)
