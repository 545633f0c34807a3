"""New, duplicated and retyped questions keep what fits and always get a free, valid id."""

from __future__ import annotations

from quizapp.core.models import QuestionType
from quizapp.packs.question_templates import (
    blank_question,
    convert_question,
    duplicate_question,
    unique_question_id,
)


def test_unique_ids() -> None:
    assert unique_question_id("towns-new", []) == "towns-new"
    assert unique_question_id("towns-new", ["towns-new"]) == "towns-new-2"
    assert unique_question_id("towns-2", ["towns-2", "towns-3"]) == "towns-4"
    assert unique_question_id("Big Question!", []) == "big-question"
    assert unique_question_id("", []) == "question"


def test_blank_questions_have_their_types_fields() -> None:
    assert blank_question(QuestionType.MATCHING, "m", "towns") == {
        "id": "m", "type": "matching", "section": "towns", "prompt": "",
        "pairs": [{"left": "", "right": ""}, {"left": "", "right": ""}], "explanation": ""}
    assert blank_question(QuestionType.TRUE_FALSE, "t")["answer"] is True


def test_converting_keeps_common_keys_in_place_and_carries_texts() -> None:
    single = {"id": "q", "type": "single", "prompt": "P?",
              "choices": [{"text": "A", "correct": True}, {"text": "B"}],
              "explanation": "E", "cite": {"passage": "p-1", "quote": "w"}}
    ordering = convert_question(single, QuestionType.ORDERING)
    assert list(ordering) == ["id", "type", "prompt", "items", "explanation", "cite"]
    assert ordering["items"] == ["A", "B"]
    assert convert_question(single, QuestionType.MULTIPLE)["choices"] == single["choices"]
    short = convert_question(ordering, QuestionType.SHORT_ANSWER)
    assert short["accept"] == ["A"]
    matching = convert_question(short, QuestionType.MATCHING)
    assert matching["pairs"] == [{"left": "A", "right": ""}]
    numeric = convert_question({"id": "q", "type": "true_false", "prompt": "P", "answer": True},
                               QuestionType.NUMERIC)
    assert numeric == {"id": "q", "type": "numeric", "prompt": "P", "answer": 0, "tolerance": 0}
    assert convert_question({"id": "q", "prompt": "P"}, QuestionType.TRUE_FALSE) == {
        "type": "true_false", "id": "q", "prompt": "P", "answer": True}


def test_duplicates_get_a_free_id() -> None:
    copy = duplicate_question({"id": "q", "prompt": "P"}, ["q", "q-copy"])
    assert copy == {"id": "q-copy-2", "prompt": "P"}
