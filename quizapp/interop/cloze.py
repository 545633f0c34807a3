"""Moodle's cloze ("embedded answers") questions with one blank, such as
``The capital of France is {1:SHORTANSWER:=Paris#Right~%50%Lyon}.``

A cloze text with several blanks asks several things at once, which a quizapp question does not,
so it is reported instead of imported.
"""

from __future__ import annotations

import re

from quizapp.interop.answer_rules import AnswerRules, NumericAnswer, Weighted, parse_number
from quizapp.interop.builder import short

_BLANK = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_ESCAPED = re.compile(r"\\([~#}=\\\"/])")
BLANK = "_____"


def _split(body: str, separator: str) -> list[str]:
    parts, current, escaped = [], "", False
    for character in body:
        if escaped:
            current += "\\" + character
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == separator:
            parts.append(current)
            current = ""
        else:
            current += character
    parts.append(current)
    return parts


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text).strip()


def _answers(body: str) -> list[Weighted]:
    answers = []
    for piece in _split(body, "~"):
        piece = piece.strip()
        if not piece:
            continue
        weight = 0.0
        if piece.startswith("="):
            weight, piece = 1.0, piece[1:]
        else:
            match = _WEIGHT.match(piece)
            if match:
                weight, piece = float(match.group(1)) / 100, piece[match.end():]
        text, *feedback = _split(piece, "#")
        answers.append(Weighted(_unescape(text), weight,
                                _unescape("#".join(feedback)) if feedback else ""))
    return answers


def read_cloze(text: str, rules: AnswerRules) -> dict[str, object] | None:
    """The question data of a one-blank cloze text, or None (with the reason reported)."""
    blanks = list(_BLANK.finditer(text))
    if len(blanks) != 1:
        why = ("it has no {1:TYPE:answers} blank" if not blanks else
               f"it is a cloze text with {len(blanks)} blanks; quizapp asks one thing per "
               "question (split it into one question per blank)")
        rules.b.skip(rules.line, rules.label, why)
        return None
    blank = blanks[0]
    kind, body = blank.group(2), blank.group(3)
    prompt = text[: blank.start()] + BLANK + text[blank.end():]
    answers = _answers(body)
    data: dict[str, object] | None
    if kind.startswith(("MULTICHOICE", "MC")):
        data = rules.choices(answers, single=True)
    elif kind.startswith(("MULTIRESPONSE", "MR")):
        data = rules.choices(answers, single=False)
    elif kind.startswith(("SHORTANSWER", "SA", "MW")):
        if kind.endswith(("_C", "SAC", "MWC")):
            rules.warn("answers were case-sensitive in Moodle; quizapp ignores case")
        data = rules.short_answer(answers)
    elif kind in ("NUMERICAL", "NM"):
        numbers = []
        for answer in answers:
            if answer.text == "*":
                numbers.append(NumericAnswer(None, 0.0, answer.feedback))
                continue
            value = parse_number(answer.text)
            if value is None:
                rules.b.skip(rules.line, rules.label, f"'{short(answer.text, 30)}' is not a "
                             "number")
                return None
            numbers.append(NumericAnswer(value, answer.weight, answer.feedback, answer.text))
        data = rules.numeric(numbers)
    else:
        rules.b.skip(rules.line, rules.label, f"its blank is of the unknown kind '{kind}'")
        return None
    return None if data is None else {**data, "prompt": prompt.strip()}
