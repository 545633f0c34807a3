"""Deciding whether an answer is right, one rule per question type.

Kept apart from the engine so that the rules (what counts as the same short answer, how numbers
are read) can be tested and documented on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.models import Question, QuestionType
from quizapp.core.typed_answers import ShortAnswerMatcher, Verdict, fold
from quizapp.core.typed_numbers import read_number

Answer = int | frozenset[int] | bool | str | tuple[int, ...]
"""What a learner gives, by type: single → choice index; multiple → set of choice indexes;
true_false → bool; short_answer and numeric → the typed text; ordering → item indexes in the order
the learner put them; matching → for each left (in pack order), the index of the chosen right."""


@dataclass(frozen=True)
class Grade:
    correct: bool
    almost: bool = False
    # ordering and matching: how many parts were right out of how many
    parts_right: int = 0
    parts_total: int = 0
    # per choice / item / pair: was the learner right about it?
    marks: tuple[bool, ...] = ()
    # short answer: the accepted form the answer matched (or nearly matched, when ``almost``)
    matched: str | None = None


def normalize_text(text: str) -> str:
    """Fold case, accents, punctuation and spacing, so 'Kyiv' matches ' kyiv. '."""
    return fold(text)


def parse_number(text: str, language: AnswerLanguage | None = None) -> float | None:
    """Read a typed number as ``grade`` does: '100,000', '100 000', 'in 1996', '8 articles';
    number words too when ``language`` can read them."""
    return read_number(text, language)


def grade(question: Question, answer: Answer, language: AnswerLanguage | None = None) -> Grade:
    """How right ``answer`` is; ``language`` (the pack's) decides how typed answers are read."""
    kind = question.type
    if kind is QuestionType.SINGLE:
        index = answer if isinstance(answer, int) and not isinstance(answer, bool) else -1
        marks = tuple(choice.correct == (i == index) for i, choice in enumerate(question.choices))
        ok = 0 <= index < len(question.choices) and question.choices[index].correct
        return Grade(ok, marks=marks)
    if kind is QuestionType.MULTIPLE:
        chosen = answer if isinstance(answer, frozenset) else frozenset()
        marks = tuple(choice.correct == (i in chosen) for i, choice in enumerate(question.choices))
        return Grade(all(marks), parts_right=sum(marks), parts_total=len(marks), marks=marks)
    if kind is QuestionType.TRUE_FALSE:
        return Grade(isinstance(answer, bool) and answer == question.truth)
    if kind is QuestionType.SHORT_ANSWER:
        matcher = ShortAnswerMatcher(question.accept, question.close, prompt=question.prompt,
                                     implied=question.implied, language=language)
        found = matcher.match(answer if isinstance(answer, str) else "")
        return Grade(found.verdict is Verdict.RIGHT, almost=found.verdict is Verdict.ALMOST,
                     matched=found.matched)
    if kind is QuestionType.NUMERIC:
        value = read_number(answer, language) if isinstance(answer, str) else None
        ok = (value is not None and question.number is not None
              and abs(value - question.number) <= question.tolerance + 1e-9)
        return Grade(ok, matched=correct_answer_text(question) if ok else None)
    if kind is QuestionType.ORDERING:
        order = answer if isinstance(answer, tuple) else ()
        marks = tuple(i < len(order) and order[i] == i for i in range(len(question.items)))
        return Grade(all(marks) and len(order) == len(question.items),
                     parts_right=sum(marks), parts_total=len(marks), marks=marks)
    chosen_rights = answer if isinstance(answer, tuple) else ()
    marks = tuple(i < len(chosen_rights) and chosen_rights[i] == i
                  for i in range(len(question.pairs)))
    return Grade(all(marks) and bool(marks), parts_right=sum(marks), parts_total=len(marks),
                 marks=marks)


def correct_answer_text(question: Question) -> str:
    """The right answer in words, for the feedback panel and the results list."""
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return "; ".join(c.text for c in question.choices if c.correct)
    if kind is QuestionType.TRUE_FALSE:
        return "True" if question.truth else "False"
    if kind is QuestionType.SHORT_ANSWER:
        return question.accept[0] if question.accept else ""
    if kind is QuestionType.NUMERIC:
        number = question.number if question.number is not None else 0.0
        text = f"{number:,.0f}" if number.is_integer() and abs(number) >= 10000 else f"{number:g}"
        if question.tolerance:
            text += f" (± {question.tolerance:g})"
        return text
    if kind is QuestionType.ORDERING:
        return " → ".join(question.items)
    return "; ".join(f"{p.left} → {p.right}" for p in question.pairs)


def describe_answer(question: Question, answer: Answer) -> str:
    """The learner's answer in words, for history and the results screen."""
    kind = question.type
    if kind is QuestionType.SINGLE and isinstance(answer, int) and not isinstance(answer, bool):
        return question.choices[answer].text if 0 <= answer < len(question.choices) else ""
    if kind is QuestionType.MULTIPLE and isinstance(answer, frozenset):
        return "; ".join(c.text for i, c in enumerate(question.choices) if i in answer)
    if kind is QuestionType.TRUE_FALSE and isinstance(answer, bool):
        return "True" if answer else "False"
    if isinstance(answer, str):
        return answer
    if kind is QuestionType.ORDERING and isinstance(answer, tuple):
        return " → ".join(question.items[i] for i in answer if 0 <= i < len(question.items))
    if kind is QuestionType.MATCHING and isinstance(answer, tuple):
        return "; ".join(
            f"{pair.left} → {question.pairs[answer[i]].right}"
            for i, pair in enumerate(question.pairs)
            if i < len(answer) and 0 <= answer[i] < len(question.pairs)
        )
    return ""


def answer_to_json(answer: Answer) -> object:
    """A JSON-friendly form of an answer, for storage."""
    if isinstance(answer, frozenset):
        return sorted(answer)
    if isinstance(answer, tuple):
        return list(answer)
    return answer


def answer_from_json(question: Question, data: object) -> Answer | None:
    """Rebuild a stored answer (see ``answer_to_json``) so a session can be resumed; None if unusable."""
    kind = question.type
    if kind is QuestionType.SINGLE:
        return data if isinstance(data, int) and not isinstance(data, bool) else None
    if kind is QuestionType.MULTIPLE:
        if isinstance(data, list) and all(isinstance(i, int) for i in data):
            return frozenset(data)
        return None
    if kind is QuestionType.TRUE_FALSE:
        return data if isinstance(data, bool) else None
    if kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
        return data if isinstance(data, str) else None
    if isinstance(data, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in data):
        return tuple(data)
    return None
