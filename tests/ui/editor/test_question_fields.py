"""Between question data and the form's tables: edits merge into the entries they came from."""

from __future__ import annotations

from quizapp.core.source import parse_source
from quizapp.ui.editor.question_fields import (
    FOUND,
    NO_PASSAGE,
    NOT_FOUND,
    add_cite,
    choices_from_rows,
    cite_rows,
    cites_from_rows,
    feedback_value,
    number_text,
    tag_list,
)


def test_choice_rows_merge_into_their_entries() -> None:
    old = [{"text": "A", "correct": False, "note": "kept"}, {"text": "B", "feedback": "no"}]
    rows = [["A2", True, ""], ["B", False, ""], ["C", False, "why"]]
    assert choices_from_rows(rows, old) == [
        {"text": "A2", "correct": True, "note": "kept"}, {"text": "B"},
        {"text": "C", "feedback": "why"}]


def test_numbers_tags_and_feedback() -> None:
    assert number_text("1,000") == 1000 and number_text("2.5") == 2.5
    assert number_text("about 5") == "about 5" and number_text("  ") is None
    assert tag_list(" putin, , 1990 ") == ["putin", "1990"] and tag_list("") is None
    assert feedback_value("", "") is None
    assert feedback_value("Yes!", "") == {"correct": "Yes!"}


def test_cites_keep_their_form_and_say_whether_the_quote_is_found() -> None:
    document, _ = parse_source("# T {#t}\n\nThe river runs to the sea. {#t-1}\n")
    cite = {"passage": "t-1", "quote": "runs to the sea"}
    assert cite_rows(cite, document) == [["t-1", "runs to the sea", FOUND]]
    assert cite_rows({"passage": "t-1", "quote": "runs to the ocean"}, document)[0][2] == NOT_FOUND
    assert cite_rows({"passage": "t-9", "quote": "x"}, document)[0][2] == NO_PASSAGE
    assert cites_from_rows([["t-1", "The river"]], cite) == {"passage": "t-1", "quote": "The river"}
    assert cites_from_rows([], cite) is None
    two = add_cite(cite, "t-1", "The river")
    assert two == [cite, {"passage": "t-1", "quote": "The river"}]
    assert add_cite(None, "t-1", "x") == {"passage": "t-1", "quote": "x"}
    assert add_cite([], "t-1", "x") == [{"passage": "t-1", "quote": "x"}]
