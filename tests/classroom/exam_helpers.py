"""Right and wrong answers to any question, in the engine's terms, for exam tests."""

from __future__ import annotations

from quizapp.core.models import Question, QuestionType
from quizapp.core.scoring import Answer


def right_answer(question: Question) -> Answer:
    kind = question.type
    if kind is QuestionType.SINGLE:
        return next(i for i, c in enumerate(question.choices) if c.correct)
    if kind is QuestionType.MULTIPLE:
        return frozenset(i for i, c in enumerate(question.choices) if c.correct)
    if kind is QuestionType.TRUE_FALSE:
        return bool(question.truth)
    if kind is QuestionType.SHORT_ANSWER:
        return question.accept[0]
    if kind is QuestionType.NUMERIC:
        return f"{question.number:g}"
    if kind is QuestionType.ORDERING:
        return tuple(range(len(question.items)))
    return tuple(range(len(question.pairs)))


def wrong_answer(question: Question) -> Answer:
    kind = question.type
    if kind is QuestionType.SINGLE:
        return next(i for i, c in enumerate(question.choices) if not c.correct)
    if kind is QuestionType.MULTIPLE:
        return frozenset(i for i, c in enumerate(question.choices) if not c.correct)
    if kind is QuestionType.TRUE_FALSE:
        return not question.truth
    if kind is QuestionType.SHORT_ANSWER:
        return "Timbuktu"
    if kind is QuestionType.NUMERIC:
        return "1"
    if kind is QuestionType.ORDERING:
        return tuple(reversed(range(len(question.items))))
    count = len(question.pairs)
    return tuple((i + 1) % count for i in range(count))
