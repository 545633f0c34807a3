"""Between a question's data and the form's widgets: lists as table rows, text as numbers, tags.

Plain functions, so the conversions are tested without a display. Rows are merged into the
entries they came from, so a key the form does not show (or a style choice such as
``correct: false``) survives an edit of the same entry.
"""

from __future__ import annotations

import copy
from typing import Any

from quizapp.core.models import SourceDocument
from quizapp.core.source import quote_occurs
from quizapp.core.typed_numbers import parse_digits
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

FOUND = QT_TRANSLATE_NOOP("QuestionFields", "✔ found")
NOT_FOUND = QT_TRANSLATE_NOOP("QuestionFields", "✘ not in this passage")
NO_PASSAGE = QT_TRANSLATE_NOOP("QuestionFields", "✘ no such passage")


def tag_list(text: str) -> list[str] | None:
    tags = [part.strip() for part in text.split(",") if part.strip()]
    return tags or None


def number_text(text: str) -> int | float | str | None:
    """A number in digits as a number (``1,000`` → 1000); anything else is kept as typed, for the
    validator to point at (an author's number field takes digits, not a learner's "about 5")."""
    stripped = text.strip()
    if not stripped:
        return None
    value = parse_digits(stripped)
    if value is None:
        return stripped
    return int(value) if float(value).is_integer() else float(value)


def feedback_value(right: str, wrong: str) -> dict[str, str] | None:
    value = {key: text for key, text in (("correct", right), ("incorrect", wrong)) if text}
    return value or None


def _entry(old: object, index: int) -> dict[str, Any]:
    if isinstance(old, list) and index < len(old) and isinstance(old[index], dict):
        return copy.deepcopy(old[index])
    return {}


def _text(value: object) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def choice_rows(choices: object) -> list[list[str | bool]]:
    rows: list[list[str | bool]] = []
    for choice in choices if isinstance(choices, list) else []:
        entry = choice if isinstance(choice, dict) else {"text": choice}
        rows.append([_text(entry.get("text")), entry.get("correct") is True,
                     _text(entry.get("feedback"))])
    return rows


def choices_from_rows(rows: list[list[Any]], old: object) -> list[dict[str, Any]]:
    result = []
    for index, (text, correct, feedback) in enumerate(rows):
        entry = _entry(old, index)
        entry["text"] = text
        if correct:
            entry["correct"] = True
        elif "correct" in entry:
            entry["correct"] = False
        if feedback:
            entry["feedback"] = feedback
        else:
            entry.pop("feedback", None)
        result.append({key: entry[key] for key in ("text", "correct", "feedback", *entry)
                       if key in entry})
    return result


def pair_rows(pairs: object) -> list[list[str | bool]]:
    return [[_text(p.get("left")), _text(p.get("right"))] for p in
            (pairs if isinstance(pairs, list) else []) if isinstance(p, dict)]


def pairs_from_rows(rows: list[list[Any]], old: object) -> list[dict[str, Any]]:
    result = []
    for index, (left, right) in enumerate(rows):
        entry = _entry(old, index)
        entry["left"], entry["right"] = left, right
        result.append(entry)
    return result


def text_list(rows: list[list[Any]]) -> list[str]:
    return [str(row[0]) for row in rows]


def cite_list(cite: object) -> list[dict[str, Any]]:
    if isinstance(cite, dict):
        return [cite]
    return [c for c in cite if isinstance(c, dict)] if isinstance(cite, list) else []


def cite_status(passage_id: str, quote: str, document: SourceDocument | None) -> str:
    """Whether a cite's quote stands in its passage, in words for the table."""
    if document is None:
        return ""
    passage = document.passage(passage_id)
    if passage is None:
        return translate("QuestionFields", NO_PASSAGE)
    return translate("QuestionFields", FOUND if quote_occurs(quote, passage.text) else NOT_FOUND)


def cite_rows(cite: object, document: SourceDocument | None) -> list[list[str | bool]]:
    rows: list[list[str | bool]] = []
    for entry in cite_list(cite):
        passage, quote = _text(entry.get("passage")), _text(entry.get("quote"))
        rows.append([passage, quote, cite_status(passage, quote, document)])
    return rows


def cites_from_rows(rows: list[list[Any]], old: object) -> object:
    """Rows back to ``cite``: one mapping stays a mapping, several become a list, none is None."""
    entries = []
    for index, row in enumerate(rows):
        entry = _entry(old if isinstance(old, list) else [old], index)
        entry["passage"], entry["quote"] = row[0], row[1]
        entries.append(entry)
    if not entries:
        return None
    if isinstance(old, dict) and len(entries) == 1:
        return entries[0]
    return entries


def add_cite(cite: object, passage_id: str, quote: str) -> object:
    """``cite`` with one more ``{passage, quote}``; a lone mapping becomes a list of two."""
    entries = cite_list(cite)
    new = {"passage": passage_id, "quote": quote}
    if not entries:
        return new if cite is None else [new]
    return [*copy.deepcopy(entries), new]
