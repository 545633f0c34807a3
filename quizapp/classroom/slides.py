"""What a question shown to a whole class says at each step, for every question type, as plain data.

A projected question must not give its answer away, must let a room answer on paper or aloud (so
every option has a letter or a number to call out), and must then show the key, why, and the
source's own words. Kept free of Qt so the projector, a live session's host screen and their tests
agree on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.engine import CitedPassage, QuestionView, QuizSession, cite_passages
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import correct_answer_text

LETTERS = "ABCDEFGHI"
"""Choices, ordering items and matching answers are called out by letter (a pack has at most nine)."""

EXCERPT_LIMIT = 360
"""Longest passage excerpt (in characters) shown around a quote; longer ones show the quote alone."""

EXCERPTS_BUDGET = 400
"""Most context all of a question's excerpts may add; beyond it only the quotes are shown."""

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")


class SlideKind(StrEnum):
    CHOICES = "choices"  # single, multiple, true/false: the rows are the options
    ORDERING = "ordering"  # the rows are the items, shuffled
    MATCHING = "matching"  # the rows are the left column, ``right_column`` the shuffled rights
    TYPED = "typed"  # short answer and numeric: the prompt alone


@dataclass(frozen=True)
class SlideRow:
    """One line a class can call out: its key ('A', '1' or none), its text, and whether it is right.

    ``tag`` is a second key shown after the text on the answer rows (the letter under which an
    ordering item or a matching answer was shown).
    """

    key: str
    text: str
    right: bool = False
    tag: str = ""


@dataclass(frozen=True)
class SlideExcerpt:
    """A cited quote, with the words of its passage around it when they are short enough to show."""

    section_title: str | None
    before: str
    quote: str
    after: str

    @property
    def in_context(self) -> bool:
        return bool(self.before or self.after)


@dataclass(frozen=True)
class Slide:
    number: int
    total: int
    question_id: str
    type_label: str
    kind: SlideKind
    prompt: str
    instruction: str
    rows: tuple[SlideRow, ...]
    right_column: tuple[SlideRow, ...]
    answer_rows: tuple[SlideRow, ...]
    also_accepted: tuple[str, ...]
    explanation: str
    excerpts: tuple[SlideExcerpt, ...]
    attribution: str | None

    @property
    def heading(self) -> str:
        return f"Question {self.number} of {self.total} · {self.type_label}"


_INSTRUCTIONS = {
    QuestionType.SINGLE: "Choose one answer.",
    QuestionType.MULTIPLE: "Choose every right answer.",
    QuestionType.TRUE_FALSE: "True or false?",
    QuestionType.SHORT_ANSWER: "Write your answer in a few words.",
    QuestionType.NUMERIC: "Write your answer as a number.",
    QuestionType.ORDERING: "Put the letters in the right order.",
    QuestionType.MATCHING: "Match each number to a letter.",
}


def session_views(session: QuizSession) -> tuple[QuestionView, ...]:
    """Every question of a session as it is shown there (its choices, items and pairs in order)."""
    return tuple(session.views_of(question.id) for question in session.questions)


def build_slide(pack: Pack, view: QuestionView) -> Slide:
    question = view.question
    rows: tuple[SlideRow, ...] = ()
    right_column: tuple[SlideRow, ...] = ()
    answers: tuple[SlideRow, ...]
    also: tuple[str, ...] = ()
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        order = view.choice_order or tuple(range(len(question.choices)))
        rows = tuple(SlideRow(LETTERS[shown], question.choices[index].text,
                              question.choices[index].correct)
                     for shown, index in enumerate(order))
        answers = tuple(row for row in rows if row.right)
        slide_kind = SlideKind.CHOICES
    elif kind is QuestionType.TRUE_FALSE:
        rows = (SlideRow("", "True", question.truth is True),
                SlideRow("", "False", question.truth is False))
        answers = tuple(row for row in rows if row.right)
        slide_kind = SlideKind.CHOICES
    elif kind is QuestionType.ORDERING:
        rows, answers = _ordering_rows(question, view.item_order)
        slide_kind = SlideKind.ORDERING
    elif kind is QuestionType.MATCHING:
        rows, right_column, answers = _matching_rows(question, view.right_order)
        slide_kind = SlideKind.MATCHING
    else:
        text = question.accept[0] if kind is QuestionType.SHORT_ANSWER and question.accept else (
            correct_answer_text(question))
        answers = (SlideRow("", text, True),)
        also = question.accept[1:] if kind is QuestionType.SHORT_ANSWER else ()
        slide_kind = SlideKind.TYPED
    return Slide(
        number=view.number,
        total=view.total,
        question_id=question.id,
        type_label=kind.label,
        kind=slide_kind,
        prompt=question.prompt,
        instruction=_INSTRUCTIONS[kind],
        rows=rows,
        right_column=right_column,
        answer_rows=answers,
        also_accepted=also,
        explanation=question.explanation,
        excerpts=excerpts(cite_passages(pack, question)),
        attribution=pack.source.attribution if pack.source else None,
    )


def _ordering_rows(question: Question, item_order: Sequence[int],
                   ) -> tuple[tuple[SlideRow, ...], tuple[SlideRow, ...]]:
    order = tuple(item_order) or tuple(range(len(question.items)))
    shown = tuple(SlideRow(LETTERS[position], question.items[index])
                  for position, index in enumerate(order))
    letter_of = {index: LETTERS[position] for position, index in enumerate(order)}
    answers = tuple(SlideRow(str(index + 1), item, True, letter_of[index])
                    for index, item in enumerate(question.items))
    return shown, answers


def _matching_rows(question: Question, right_order: Sequence[int],
                   ) -> tuple[tuple[SlideRow, ...], tuple[SlideRow, ...], tuple[SlideRow, ...]]:
    order = tuple(right_order) or tuple(range(len(question.pairs)))
    lefts = tuple(SlideRow(str(index + 1), pair.left) for index, pair in enumerate(question.pairs))
    rights = tuple(SlideRow(LETTERS[position], question.pairs[index].right)
                   for position, index in enumerate(order))
    letter_of = {index: LETTERS[position] for position, index in enumerate(order)}
    answers = tuple(SlideRow(str(index + 1), f"{pair.left} → {pair.right}", True, letter_of[index])
                    for index, pair in enumerate(question.pairs))
    return lefts, rights, answers


def answer_keys(slide: Slide) -> str:
    """The key as a class would call it out: 'B, D', 'C A B', '1 C · 2 A', or the answer itself."""
    if slide.kind is SlideKind.CHOICES:
        return ", ".join(row.key or row.text for row in slide.answer_rows)
    if slide.kind is SlideKind.ORDERING:
        return " ".join(row.tag for row in slide.answer_rows)
    if slide.kind is SlideKind.MATCHING:
        return " · ".join(f"{row.key} {row.tag}" for row in slide.answer_rows)
    return slide.answer_rows[0].text if slide.answer_rows else ""


def excerpts(cited: Sequence[CitedPassage]) -> tuple[SlideExcerpt, ...]:
    """Each quote with the rest of its sentence(s), unless that would crowd the screen."""
    with_context = [_excerpt(c) for c in cited]
    added = sum(len(e.before) + len(e.after) for e in with_context)
    if added <= EXCERPTS_BUDGET:
        return tuple(with_context)
    return tuple(SlideExcerpt(e.section_title, "", e.quote, "") for e in with_context)


def _excerpt(cited: CitedPassage) -> SlideExcerpt:
    quote_only = SlideExcerpt(cited.section_title, "", cited.quote.strip(), "")
    text, span = cited.passage_text, cited.span
    if text is None or span is None:
        return quote_only
    start, end = span
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = match.end()
    following = _SENTENCE_END.search(text, max(end - 1, 0))
    sentence_end = following.end() if following else len(text)
    before = text[sentence_start:start]
    after = text[end:sentence_end].rstrip()
    if len(before) + (end - start) + len(after) > EXCERPT_LIMIT:
        return quote_only
    return SlideExcerpt(cited.section_title, before, text[start:end], after)
