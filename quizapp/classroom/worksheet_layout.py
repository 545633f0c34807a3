"""What goes on a paper worksheet and its answer key, decided without Qt.

The painter (``quizapp.ui.classroom.worksheet_pdf``) only draws what this module decides: which
questions, their numbers, the order of their choices, what each type gives the learner to write
on, and what the key says. A seed makes all of it repeatable, so a teacher can print the key for
a worksheet made earlier, and two seeds give two versions of the same test for neighbours.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from string import ascii_uppercase

from quizapp.core.engine import cite_passages
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import correct_answer_text
from quizapp.core.selection import CustomOptions, custom

MAX_SEED = 999_999


class WorksheetError(ValueError):
    """Options that select nothing or name what the pack lacks; the message says what to do."""


class AnswerSpace(StrEnum):
    """What the learner writes on, per question type."""

    BOXES = "boxes"          # tick a box beside each choice (single, multiple, true/false)
    LINE = "line"            # write on a line (short answer)
    NUMBER = "number"        # write a number on a short line
    ORDERING = "ordering"    # lettered items, then numbered blanks to write the letters in
    MATCHING = "matching"    # numbered left items with a box for a letter; lettered right items


@dataclass(frozen=True)
class Labelled:
    label: str
    text: str


@dataclass(frozen=True)
class WorksheetOptions:
    seed: int
    count: int | None = None
    sections: frozenset[str] = field(default_factory=frozenset)
    types: frozenset[QuestionType] = field(default_factory=frozenset)
    title: str | None = None


@dataclass(frozen=True)
class WorksheetQuestion:
    number: int
    question_id: str
    question_type: QuestionType
    prompt: str
    space: AnswerSpace
    options: tuple[Labelled, ...] = ()
    """Boxes: the choices in their printed order. Ordering: the items, lettered. Matching: the
    left items, numbered."""
    targets: tuple[Labelled, ...] = ()
    """Matching: the right items, lettered, in their printed order."""

    @property
    def blanks(self) -> int:
        """Ordering: one numbered blank per item."""
        return len(self.options) if self.space is AnswerSpace.ORDERING else 0


@dataclass(frozen=True)
class KeyCitation:
    quote: str
    section_title: str | None
    passage_id: str


@dataclass(frozen=True)
class KeyEntry:
    number: int
    question_id: str
    prompt: str
    answer: tuple[str, ...]
    """One line per part: the box to tick, the blank to fill, the letter to write."""
    explanation: str
    citations: tuple[KeyCitation, ...]
    at_a_glance: str = ""
    """The answer as short as a teacher marks it: ``B``, ``A, D``, ``C A B``, ``1 C · 2 A``."""


@dataclass(frozen=True)
class Worksheet:
    title: str
    pack_title: str
    seed: int
    questions: tuple[WorksheetQuestion, ...]
    key: tuple[KeyEntry, ...]
    attribution: str | None = None
    article_url: str | None = None


def letters(count: int) -> list[str]:
    """A, B, … Z, then AA, AB, …: matching and choices never run out of labels."""
    labels = []
    for index in range(count):
        label = ""
        index += 1
        while index:
            index, remainder = divmod(index - 1, 26)
            label = ascii_uppercase[remainder] + label
        labels.append(label)
    return labels


def select_questions(pack: Pack, options: WorksheetOptions) -> list[Question]:
    """The chosen questions in the pack's order, so a worksheet reads section by section.

    With ``count``, which questions are chosen depends on the seed.
    """
    known_sections = {s.id for s in pack.sections} | {q.section_id for q in pack.questions
                                                      if q.section_id}
    unknown = sorted(options.sections - known_sections)
    if unknown:
        raise WorksheetError(f"{pack.title!r} has no section {', '.join(map(repr, unknown))}; "
                             f"its sections are {', '.join(sorted(known_sections)) or 'none'}")
    if options.count is not None and options.count < 1:
        raise WorksheetError("a worksheet needs at least one question")
    chosen = custom(pack, CustomOptions(sections=options.sections, types=options.types,
                                        count=options.count, shuffle=True),
                    random.Random(options.seed))
    if not chosen:
        raise WorksheetError("no question of the pack matches these sections and types")
    position = {q.id: index for index, q in enumerate(pack.questions)}
    return sorted(chosen, key=lambda q: position[q.id])


def _order(count: int, rng: random.Random, *, never_as_given: bool) -> list[int]:
    """A shuffled order; for ordering and matching never the original one, which is the answer."""
    order = rng.sample(range(count), count)
    if never_as_given and count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


_Printed = tuple[AnswerSpace, tuple[Labelled, ...], tuple[Labelled, ...], tuple[str, ...], str]


def _printed(question: Question, rng: random.Random) -> _Printed:
    """What the learner writes on, the options and targets in printed order, and the answer in
    the printed labels, in full and at a glance."""
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        order = _order(len(question.choices), rng, never_as_given=False)
        labels = letters(len(order))
        options = tuple(Labelled(labels[i], question.choices[o].text) for i, o in enumerate(order))
        right = [i for i, o in enumerate(order) if question.choices[o].correct]
        answer = tuple(f"{labels[i]}. {question.choices[order[i]].text}" for i in right)
        return AnswerSpace.BOXES, options, (), answer, ", ".join(labels[i] for i in right)
    if kind is QuestionType.TRUE_FALSE:
        truth = correct_answer_text(question)
        return (AnswerSpace.BOXES, (Labelled("", "True"), Labelled("", "False")), (),
                (truth,), truth)
    if kind is QuestionType.SHORT_ANSWER:
        also = question.accept[1:]
        first = question.accept[0] if question.accept else ""
        answer = (first, *(["Also accepted: " + "; ".join(also)] if also else []))
        return AnswerSpace.LINE, (), (), answer, first
    if kind is QuestionType.NUMERIC:
        number = correct_answer_text(question)
        return AnswerSpace.NUMBER, (), (), (number,), number
    if kind is QuestionType.ORDERING:
        order = _order(len(question.items), rng, never_as_given=True)
        labels = letters(len(order))
        options = tuple(Labelled(labels[i], question.items[o]) for i, o in enumerate(order))
        letter_of = {o: labels[i] for i, o in enumerate(order)}
        answer = tuple(f"{place}. {letter_of[index]} ({item})"
                       for place, (index, item) in enumerate(enumerate(question.items), start=1))
        glance = " ".join(letter_of[index] for index in range(len(question.items)))
        return AnswerSpace.ORDERING, options, (), answer, glance
    order = _order(len(question.pairs), rng, never_as_given=True)
    labels = letters(len(order))
    left = tuple(Labelled(str(i), pair.left) for i, pair in enumerate(question.pairs, start=1))
    targets = tuple(Labelled(labels[i], question.pairs[o].right) for i, o in enumerate(order))
    letter_of = {o: labels[i] for i, o in enumerate(order)}
    answer = tuple(f"{i}. {pair.left} → {letter_of[i - 1]} ({pair.right})"
                   for i, pair in enumerate(question.pairs, start=1))
    glance = " · ".join(f"{i} {letter_of[i - 1]}" for i in range(1, len(question.pairs) + 1))
    return AnswerSpace.MATCHING, left, targets, answer, glance


def build_worksheet(pack: Pack, options: WorksheetOptions,
                    questions: Sequence[Question] | None = None) -> Worksheet:
    """The worksheet and its key. Each question's shuffle comes from the seed and its own id,
    so the same question is printed the same way whichever others are chosen with it."""
    chosen = list(questions) if questions is not None else select_questions(pack, options)
    sheet = []
    key = []
    for number, question in enumerate(chosen, start=1):
        rng = random.Random(f"{options.seed}:{question.id}")
        space, printed, targets, answer, glance = _printed(question, rng)
        sheet.append(WorksheetQuestion(number, question.id, question.type, question.prompt,
                                       space, printed, targets))
        key.append(KeyEntry(
            number, question.id, question.prompt, answer, question.explanation,
            tuple(KeyCitation(c.quote, c.section_title, c.passage_id)
                  for c in cite_passages(pack, question)), glance))
    source = pack.source
    return Worksheet(
        title=(options.title or "").strip() or pack.title,
        pack_title=pack.title,
        seed=options.seed,
        questions=tuple(sheet),
        key=tuple(key),
        attribution=source.attribution if source else None,
        article_url=source.article_url if source else None,
    )


def parse_types(names: Sequence[str]) -> frozenset[QuestionType]:
    """Type names as a teacher may type them: ``true_false``, ``true-false`` or ``short answer``."""
    chosen = set()
    for name in names:
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            chosen.add(QuestionType(key))
        except ValueError:
            known = ", ".join(t.value for t in QuestionType)
            raise WorksheetError(f"unknown question type {name!r}; the types are {known}") from None
    return frozenset(chosen)
