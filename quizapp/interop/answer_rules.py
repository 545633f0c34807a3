"""How weighted answers from Moodle's formats become quizapp's right-or-wrong questions.

GIFT, Moodle XML and cloze blanks all give answers with a weight (a percentage of the mark) and
feedback. quizapp scores a question right or wrong, so the rules are shared and every weight that
cannot be kept is reported once, the same way for every format.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quizapp.interop.builder import PackBuilder, short

ALMOST_FEEDBACK = "Almost: check the spelling."
"""Feedback that marks a 0% short answer as one of quizapp's "almost" forms on export and import."""


@dataclass(frozen=True)
class Weighted:
    """An answer as other tools store it: its text, its weight (1.0 = fully right), feedback."""

    text: str
    weight: float
    feedback: str = ""


@dataclass(frozen=True)
class NumericAnswer:
    """A numeric answer: ``value`` is (number, tolerance), or None for Moodle's ``*`` (any)."""

    value: tuple[float, float] | None
    weight: float
    feedback: str = ""
    text: str = ""


def plain_number(value: float) -> int | float:
    """Ranges are stored as midpoint and half-width: round away binary noise (3.1414999…)."""
    value = float(f"{value:.12g}")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def parse_number(text: str, tolerance: str | None = None) -> tuple[float, float] | None:
    """``3``, ``3:2`` or ``1..5`` (or a number and a separate tolerance) as (number, tolerance)."""
    text = text.strip()
    try:
        if tolerance is not None:
            number, margin = float(text), abs(float(tolerance.strip() or "0"))
        elif ".." in text.strip(".") and not text.startswith(".."):
            low_text, high_text = text.split("..", 1)
            low, high = float(low_text), float(high_text)
            if high < low:
                return None
            number, margin = (low + high) / 2, (high - low) / 2
        elif ":" in text:
            number_text, margin_text = text.split(":", 1)
            number, margin = float(number_text), abs(float(margin_text))
        else:
            number, margin = float(text), 0.0
    except ValueError:
        return None
    if not (math.isfinite(number) and math.isfinite(margin)):
        return None
    return number, margin


class AnswerRules:
    """Turns one question's weighted answers into pack data, warning at the question's line."""

    def __init__(self, builder: PackBuilder, line: int, label: str) -> None:
        self.b = builder
        self.line = line
        self.label = label

    def warn(self, message: str) -> None:
        self.b.warn(self.line, f"{self.label}: {message}")

    def choices(self, answers: list[Weighted], single: bool) -> dict[str, object]:
        choices: list[dict[str, object]] = []
        for answer in answers:
            correct = answer.weight >= 0.999 if single else answer.weight > 0
            if single and 0 < answer.weight < 0.999:
                self.warn(f"the {answer.weight:.0%} answer '{short(answer.text, 30)}' counts as "
                          "wrong; quizapp scores single-choice questions right or wrong")
            choice: dict[str, object] = {"text": answer.text}
            if correct:
                choice["correct"] = True
            if answer.feedback:
                choice["feedback"] = answer.feedback
            choices.append(choice)
        return {"type": "single" if single else "multiple", "choices": choices}

    def short_answer(self, answers: list[Weighted]) -> dict[str, object]:
        accept: list[str] = []
        close: list[str] = []
        right_feedback: list[str] = []
        wrong_feedback = ""
        for answer in answers:
            text, weight = answer.text, answer.weight
            if text == "*" and weight <= 0:
                wrong_feedback = answer.feedback
            elif weight >= 0.999:
                accept.append(text)
                if answer.feedback:
                    right_feedback.append(answer.feedback)
            elif weight <= 0 and answer.feedback == ALMOST_FEEDBACK:
                close.append(text)
            elif weight > 0:
                close.append(text)
                self.warn(f"the {weight:.0%} answer '{short(text, 30)}' became an 'almost' answer "
                          "(scored wrong); quizapp has no partial credit")
            else:
                self.warn(f"the wrong answer '{short(text, 30)}' and its feedback were left out; "
                          "quizapp lists accepted answers only")
        data: dict[str, object] = {"type": "short_answer", "accept": accept}
        if close:
            data["close"] = close
        return self.with_feedback(data, right_feedback, wrong_feedback)

    def numeric(self, answers: list[NumericAnswer]) -> dict[str, object] | None:
        best: tuple[float, float] | None = None
        right_feedback: list[str] = []
        wrong_feedback = ""
        for answer in answers:
            if answer.value is None:
                wrong_feedback = wrong_feedback or answer.feedback
            elif answer.weight < 0.999:
                self.warn(f"the {answer.weight:.0%} answer {answer.text} was left out; quizapp has "
                          "no partial credit")
            elif best is not None:
                self.warn(f"the other accepted answer {answer.text} was left out; quizapp accepts "
                          "one number with a tolerance")
            else:
                best = answer.value
                if answer.feedback:
                    right_feedback.append(answer.feedback)
        if best is None:
            self.b.skip(self.line, self.label, "it has no fully right numeric answer")
            return None
        number, tolerance = best
        data: dict[str, object] = {"type": "numeric", "answer": plain_number(number),
                                   "tolerance": plain_number(tolerance)}
        return self.with_feedback(data, right_feedback, wrong_feedback)

    def with_feedback(self, data: dict[str, object], right: list[str],
                      wrong: str) -> dict[str, object]:
        distinct = list(dict.fromkeys(right))
        if len(distinct) > 1:
            self.warn("the right answers have different feedback; quizapp shows one, so only the "
                      "first was kept")
        feedback = {k: v for k, v in (("correct", distinct[0] if distinct else ""),
                                      ("incorrect", wrong)) if v}
        if feedback:
            data["feedback"] = feedback
        return data
