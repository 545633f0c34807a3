"""The pack as JSON: the same keys as the YAML, normalized (``cite`` is always a list)."""

from __future__ import annotations

import json
from typing import Any

from quizapp.core.exam_checks import preset_to_dict
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.validation import FORMAT


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def question_to_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type.value}
    if question.section_id is not None:
        data["section"] = question.section_id
    data["difficulty"] = question.difficulty
    data["tags"] = list(question.tags)
    data["prompt"] = question.prompt
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        choices = []
        for choice in question.choices:
            entry: dict[str, Any] = {"text": choice.text, "correct": choice.correct}
            if choice.feedback:
                entry["feedback"] = choice.feedback
            choices.append(entry)
        data["choices"] = choices
        if question.shuffle is not None:
            data["shuffle"] = question.shuffle
    elif kind is QuestionType.TRUE_FALSE:
        data["answer"] = question.truth
    elif kind is QuestionType.SHORT_ANSWER:
        data["accept"] = list(question.accept)
        data["close"] = list(question.close)
        if question.implied:
            data["implied"] = list(question.implied)
    elif kind is QuestionType.NUMERIC:
        data["answer"] = _number(question.number or 0.0)
        data["tolerance"] = _number(question.tolerance)
    elif kind is QuestionType.ORDERING:
        data["items"] = list(question.items)
    else:
        data["pairs"] = [{"left": p.left, "right": p.right} for p in question.pairs]
    data["explanation"] = question.explanation
    if question.feedback_correct or question.feedback_incorrect:
        data["feedback"] = {"correct": question.feedback_correct,
                            "incorrect": question.feedback_incorrect}
    data["cite"] = [{"passage": c.passage_id, "quote": c.quote} for c in question.citations]
    return data


def pack_to_dict(pack: Pack) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "id": pack.id, "title": pack.title,
                            "language": pack.language}
    if pack.version is not None:
        data["version"] = pack.version
    data["authors"] = list(pack.authors)
    if pack.description:
        data["description"] = pack.description
    if pack.shuffle is False:
        data["shuffle"] = False
    if pack.source is not None:
        source = pack.source
        data["source"] = {
            key: value for key, value in {
                "text": source.text_path, "title": source.title, "publisher": source.publisher,
                "license": source.license, "url": source.license_url,
                "article_url": source.article_url,
            }.items() if value is not None
        }
    data["sections"] = [{"id": s.id, "title": s.title} for s in pack.sections]
    data["questions"] = [question_to_dict(q) for q in pack.questions]
    if pack.exams:
        data["exams"] = [preset_to_dict(exam) for exam in pack.exams]
    return data


def pack_to_json(pack: Pack) -> str:
    return json.dumps(pack_to_dict(pack), ensure_ascii=False, indent=2) + "\n"
