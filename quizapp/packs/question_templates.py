"""New, duplicated and retyped questions as plain data, the way the editor hands them to the pack.

A new question starts with the fields its type needs, left for the author to fill in; the live
checks say what is still missing. Changing a question's type keeps what can be kept (the prompt,
explanation, citations, and the texts of choices, items or accepted answers).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from quizapp.core.models import QuestionType
from quizapp.core.question_checks import ALL_TYPE_KEYS

QuestionData = dict[str, Any]


def unique_question_id(base: str, taken: Iterable[str]) -> str:
    """``base`` itself if free, else ``base-2``, ``base-3``…; always a valid question id."""
    used = set(taken)
    stem = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "question"
    if stem not in used:
        return stem
    root = re.sub(r"-\d+$", "", stem) or stem
    number = 2
    while f"{root}-{number}" in used:
        number += 1
    return f"{root}-{number}"


def _texts(data: QuestionData) -> list[str]:
    """The short texts a question holds, whatever its type: choices, items, answers, pairs."""
    for key in ("choices", "items", "accept", "pairs"):
        raw = data.get(key)
        if not isinstance(raw, list):
            continue
        texts = []
        for entry in raw:
            if isinstance(entry, dict):
                entry = entry.get("text", entry.get("left", ""))
            if isinstance(entry, (str, int, float)) and not isinstance(entry, bool):
                texts.append(str(entry))
        if texts:
            return texts
    return []


def type_fields(kind: QuestionType, texts: list[str] | None = None,
                old: QuestionData | None = None) -> QuestionData:
    """The type's own keys, filled from ``texts`` where they fit, else left for the author."""
    texts = [t for t in (texts or []) if t.strip()]
    old = old or {}
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        if isinstance(old.get("choices"), list) and old["choices"]:
            return {"choices": copy.deepcopy(old["choices"])}
        names = texts or ["", ""]
        return {"choices": [{"text": text, "correct": number == 0} if number == 0
                            else {"text": text} for number, text in enumerate(names)]}
    if kind is QuestionType.TRUE_FALSE:
        return {"answer": True}
    if kind is QuestionType.SHORT_ANSWER:
        return {"accept": texts[:1] or [""]}
    if kind is QuestionType.NUMERIC:
        return {"answer": 0, "tolerance": 0}
    if kind is QuestionType.ORDERING:
        return {"items": texts or ["", ""]}
    return {"pairs": [{"left": text, "right": ""} for text in texts] or
            [{"left": "", "right": ""}, {"left": "", "right": ""}]}


def blank_question(kind: QuestionType, ident: str, section: str | None = None) -> QuestionData:
    data: QuestionData = {"id": ident, "type": kind.value}
    if section:
        data["section"] = section
    data["prompt"] = ""
    data.update(type_fields(kind))
    data["explanation"] = ""
    return data


def convert_question(data: QuestionData, kind: QuestionType) -> QuestionData:
    """The question as type ``kind``: common keys kept in place, the type's keys replaced."""
    if data.get("type") == kind.value:
        return copy.deepcopy(data)
    fields = type_fields(kind, _texts(data),
                         data if data.get("type") in ("single", "multiple") else None)
    result: QuestionData = {}
    for key, value in data.items():
        if key == "type":
            result[key] = kind.value
        elif key in ALL_TYPE_KEYS:
            if fields:
                result.update(fields)
                fields = {}
        else:
            result[key] = copy.deepcopy(value)
    if "type" not in result:
        result = {"type": kind.value, **result}
    if fields:  # the old question had none of its type's keys: put them after the prompt
        ordered: QuestionData = {}
        for key, value in result.items():
            ordered[key] = value
            if key == "prompt":
                ordered.update(fields)
                fields = {}
        ordered.update(fields)
        result = ordered
    return result


def duplicate_question(data: QuestionData, taken: Iterable[str]) -> QuestionData:
    copied = copy.deepcopy(data)
    base = str(data.get("id") or "question")
    copied["id"] = unique_question_id(f"{base}-copy", taken)
    return copied
