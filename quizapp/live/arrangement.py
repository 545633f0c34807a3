"""Where each part of a live question is shown, and answers mapped back from the screen.

Each question's choices, items and right-hand sides are shuffled once per session (from its seed);
a device answers in positions on its screen, which are checked against the question and mapped to
the pack's indexes before grading.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from quizapp.core.models import Question, QuestionType
from quizapp.core.scoring import Answer
from quizapp.live.protocol import AnswerValue


class Refused(Exception):
    """A request the session turns down; ``code`` goes to the device, ``str()`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Arrangement:
    """Where each part of a question is shown: position on screen → index in the pack."""

    choices: tuple[int, ...] = ()
    items: tuple[int, ...] = ()
    rights: tuple[int, ...] = ()


def arrange(question: Question, rng: random.Random) -> Arrangement:
    """Shuffle choices, items and right-hand sides; items never start in the right order."""
    def shuffled(count: int, avoid_identity: bool) -> tuple[int, ...]:
        order = list(range(count))
        rng.shuffle(order)
        while avoid_identity and count > 1 and order == sorted(order):
            rng.shuffle(order)
        return tuple(order)

    return Arrangement(
        choices=shuffled(len(question.choices), False),
        items=shuffled(len(question.items), True),
        rights=shuffled(len(question.pairs), True),
    )



def chose(kind: QuestionType, shown: AnswerValue, position: int) -> bool:
    """Did an answer (in screen positions) pick the choice shown at ``position``?"""
    if kind is QuestionType.TRUE_FALSE:
        return isinstance(shown, bool) and (0 if shown else 1) == position
    if kind is QuestionType.MULTIPLE:
        return isinstance(shown, tuple) and position in shown
    return not isinstance(shown, bool) and shown == position


def to_pack_answer(question: Question, shown: Arrangement, value: AnswerValue) -> Answer:
    """Check an answer against the question it claims to answer and map screen positions to the
    pack's indexes; anything that does not fit the question is ``Refused`` as ``bad_answer``."""
    def bad(reason: str) -> Refused:
        return Refused("bad_answer", f"That answer does not fit this question: {reason}.")

    kind = question.type
    if kind is QuestionType.SINGLE:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(shown.choices):
            raise bad("choose one of the choices")
        return shown.choices[value]
    if kind is QuestionType.MULTIPLE:
        if (not isinstance(value, tuple) or not value or len(set(value)) != len(value)
                or not all(0 <= v < len(shown.choices) for v in value)):
            raise bad("choose one or more of the choices")
        return frozenset(shown.choices[v] for v in value)
    if kind is QuestionType.TRUE_FALSE:
        if not isinstance(value, bool):
            raise bad("answer true or false")
        return value
    if kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
        if not isinstance(value, str) or not value.strip():
            raise bad("type an answer")
        return value.strip()
    if kind is QuestionType.ORDERING:
        if not isinstance(value, tuple) or sorted(value) != list(range(len(shown.items))):
            raise bad("put every item in order once")
        return tuple(shown.items[v] for v in value)
    if (not isinstance(value, tuple) or len(value) != len(shown.rights)
            or not all(0 <= v < len(shown.rights) for v in value)):
        raise bad("match every item")
    return tuple(shown.rights[v] for v in value)
