"""A pack without a source text (imported questions) is valid without citations or explanations;
a pack with a source still needs both."""

from __future__ import annotations

from quizapp.core.validation import validate_pack_data


def pack(question: dict[str, object], **extra: object) -> dict[str, object]:
    return {"format": "quizapp/1", "id": "imported", "title": "Imported",
            "sections": [{"id": "week-1", "title": "Week 1"}], "questions": [question], **extra}


QUESTION = {"id": "q1", "type": "true_false", "prompt": "Water boils at 100 °C at sea level.",
            "answer": True, "section": "week-1"}


def test_a_pack_without_source_needs_no_cite_nor_explanation() -> None:
    result = validate_pack_data(pack(QUESTION))
    assert result.diagnostics == ()
    assert result.pack is not None
    [question] = result.pack.questions
    assert question.explanation == "" and question.citations == ()
    assert result.pack.source is None and result.pack.section_title("week-1") == "Week 1"


def test_an_empty_explanation_is_allowed_without_source() -> None:
    result = validate_pack_data(pack({**QUESTION, "explanation": ""}))
    assert result.pack is not None and result.diagnostics == ()


def test_a_pack_with_source_still_needs_explanation_and_cite() -> None:
    source = {"text": "source.md", "title": "T"}
    messages = [d.message for d in validate_pack_data(pack(QUESTION, source=source)).errors]
    assert "question 'q1' is missing 'explanation'; add 'explanation: ...'" in messages
    assert any("has no 'cite'" in m for m in messages)
