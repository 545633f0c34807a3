"""The pack format as a JSON Schema (draft 2020-12), for editors that complete and check YAML.

It says what the validator says about structure (keys, types, counts, the keys of each question
type). What a schema cannot know (that a quote occurs in its passage, that a single-choice
question has exactly one right choice) stays with ``quizapp validate``.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.engine import SEED_LIMIT
from quizapp.core.exam_checks import DIFFICULTIES, EXAM_KEYS, MAX_TIME_LIMIT_MINUTES
from quizapp.core.limits import MAX_CHOICES
from quizapp.core.models import QuestionType
from quizapp.core.question_checks import ID_PATTERN, TYPE_KEYS
from quizapp.core.validation import FORMAT

SCHEMA_ID = "https://quizapp.invalid/schema/pack-1.json"
_TEXT = {"$ref": "#/$defs/text"}
_TEXTS = {"anyOf": [_TEXT, {"type": "array", "items": _TEXT}]}


def _entries(item: dict[str, Any], minimum: int = 2) -> dict[str, Any]:
    return {"type": "array", "items": item, "minItems": minimum, "maxItems": MAX_CHOICES}


def _closed(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties,
            "additionalProperties": False}


_SHUFFLE = {"type": "boolean",
            "description": "false keeps the choices in the order written (default: shuffled)"}

_TYPE_PROPERTIES: dict[QuestionType, dict[str, Any]] = {
    QuestionType.SINGLE: {"choices": _entries({"$ref": "#/$defs/choice"}), "shuffle": _SHUFFLE},
    QuestionType.MULTIPLE: {"choices": _entries({"$ref": "#/$defs/choice"}), "shuffle": _SHUFFLE},
    QuestionType.TRUE_FALSE: {"answer": {"type": "boolean"}},
    QuestionType.SHORT_ANSWER: {"accept": _TEXTS, "close": _TEXTS, "implied": _TEXTS},
    QuestionType.NUMERIC: {"answer": {"type": "number"},
                           "tolerance": {"type": "number", "minimum": 0}},
    QuestionType.ORDERING: {"items": _entries(_TEXT)},
    QuestionType.MATCHING: {"pairs": _entries({"$ref": "#/$defs/pair"})},
}
_REQUIRED = {QuestionType.SINGLE: ["choices"], QuestionType.MULTIPLE: ["choices"],
             QuestionType.TRUE_FALSE: ["answer"], QuestionType.SHORT_ANSWER: ["accept"],
             QuestionType.NUMERIC: ["answer"], QuestionType.ORDERING: ["items"],
             QuestionType.MATCHING: ["pairs"]}


def _question() -> dict[str, Any]:
    cases = []
    for kind, properties in _TYPE_PROPERTIES.items():
        assert set(properties) == set(TYPE_KEYS[kind])  # the schema follows the validator
        cases.append({"if": {"properties": {"type": {"const": kind.value}}, "required": ["type"]},
                      "then": {"properties": properties, "required": _REQUIRED[kind]}})
    return {
        "type": "object",
        "required": ["id", "type", "prompt"],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN.pattern,
                   "description": "unique in the pack: lowercase letters, digits, single dashes"},
            "type": {"enum": [t.value for t in QuestionType]},
            "prompt": {**_TEXT, "description": "the question, plain text or Markdown"},
            "explanation": {**_TEXT, "description": "why the right answer is right"},
            "cite": {"anyOf": [{"$ref": "#/$defs/cite"},
                               {"type": "array", "items": {"$ref": "#/$defs/cite"},
                                "minItems": 1}]},
            "section": _TEXT,
            "difficulty": {"type": "integer", "minimum": 1, "maximum": 3},
            "tags": _TEXTS,
            "feedback": {"anyOf": [_TEXT, _closed([], {"correct": _TEXT, "incorrect": _TEXT})]},
        },
        "allOf": cases,
        "unevaluatedProperties": False,
    }


def _one_or_many(item: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def exam_schema() -> dict[str, Any]:
    """One entry of ``exams:``, a preset a teacher ships with the pack (docs/exam.md)."""
    properties: dict[str, Any] = {
        "id": {"type": "string", "pattern": ID_PATTERN.pattern,
               "description": "unique among the pack's exams"},
        "title": _TEXT,
        "count": {"type": "integer", "minimum": 1,
                  "description": "how many questions (default: every one that matches)"},
        "sections": {**_TEXTS, "description": "section ids to draw from (default: all)"},
        "types": _one_or_many({"enum": [t.value for t in QuestionType]}),
        "difficulty": _one_or_many({"enum": list(DIFFICULTIES)}),
        "time_limit_minutes": {"type": "number", "exclusiveMinimum": 0,
                               "maximum": MAX_TIME_LIMIT_MINUTES,
                               "description": "the time for the whole exam (default: none)"},
        "shuffle": {"type": "boolean",
                    "description": "each learner's own question order (default: true)"},
        "allow_back": {"type": "boolean",
                       "description": "going back to change answers until handing in "
                       "(default: true)"},
        "seed": {"type": "integer", "minimum": 0, "maximum": SEED_LIMIT - 1,
                 "description": "which draw every learner gets (default: one from the pack's "
                 "and the exam's ids)"},
        "same_questions": {"type": "boolean",
                           "description": "the same questions for every learner (default: "
                           "true); false: each learner draws their own"},
    }
    assert tuple(properties) == EXAM_KEYS  # the schema follows the validator
    return _closed(["id", "title"], properties)


def pack_schema() -> dict[str, Any]:
    """The JSON Schema of ``format: quizapp/1`` packs."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quizapp question pack",
        "description": "A quizapp pack (format quizapp/1); see docs/pack-format.md.",
        "type": "object",
        "required": ["format", "id", "title", "questions"],
        "properties": {
            "format": {"const": FORMAT},
            "id": {"type": "string", "pattern": ID_PATTERN.pattern},
            "title": _TEXT,
            "language": _TEXT,
            "version": _TEXT,
            "authors": _TEXTS,
            "description": _TEXT,
            "shuffle": _SHUFFLE,
            "source": _closed(["text", "title"], {
                "text": {**_TEXT, "description": "the Markdown source, relative to the pack"},
                "title": _TEXT, "publisher": _TEXT, "license": _TEXT,
                "url": {**_TEXT, "description": "the license's address"}, "article_url": _TEXT}),
            "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
            "questions": {"type": "array", "items": {"$ref": "#/$defs/question"}, "minItems": 1},
            "exams": {"type": "array", "items": {"$ref": "#/$defs/exam"}},
        },
        "additionalProperties": False,
        "if": {"required": ["source"]},
        "then": {"properties": {"questions": {"items": {"required": ["explanation", "cite"]}}}},
        "$defs": {
            "text": {"type": ["string", "number"]},
            "choice": _closed(["text"], {"text": _TEXT, "correct": {"type": "boolean"},
                                         "feedback": _TEXT}),
            "pair": _closed(["left", "right"], {"left": _TEXT, "right": _TEXT}),
            "cite": _closed(["passage", "quote"], {"passage": _TEXT, "quote": _TEXT}),
            "section": _closed(["id", "title"], {"id": _TEXT, "title": _TEXT}),
            "question": _question(),
            "exam": exam_schema(),
        },
    }
