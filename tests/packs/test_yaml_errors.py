"""Broken YAML is explained in plain words at the line the author has to fix, one kind at a time."""

from __future__ import annotations

import pytest

from quizapp.core.diagnostics import PackError
from quizapp.packs.yaml_reader import read_yaml_text

PACK_START = "format: quizapp/1\nid: demo\ntitle: Demo\nquestions:\n"


def problem(text: str) -> tuple[int, str]:
    with pytest.raises(PackError) as caught:
        read_yaml_text(text, "pack.yaml")
    [diagnostic] = caught.value.diagnostics
    assert "mapping values are not allowed" not in diagnostic.message
    assert "could not find expected" not in diagnostic.message
    return diagnostic.line, diagnostic.message


def test_missing_colon_after_a_key_names_the_key_on_its_own_line() -> None:
    text = PACK_START + "  - id: a\n    type: single\n    prompt What is it?\n    explanation: x\n"
    assert problem(text) == (7, "a colon is missing after `prompt`; write `prompt: …`")


def test_a_lone_word_is_neither_key_nor_list_entry() -> None:
    line, message = problem("tags:\n  - a\n  b\n")
    assert line == 3
    assert message.startswith("`b` is neither a `key: value` line nor a list entry")


def test_colon_and_space_inside_a_value_asks_for_quotes() -> None:
    line, message = problem(PACK_START + "  - id: a\n    prompt: Note: this is it\n")
    assert line == 6
    assert message.startswith("the value of `prompt` contains ': '")
    assert "put the whole value in quotes" in message


def test_key_indented_too_far() -> None:
    line, message = problem(PACK_START + "  - id: a\n     type: single\n")
    assert line == 6
    assert message.startswith("`type` is indented more than the key above it")


def test_key_indented_too_little_or_out_of_its_entry() -> None:
    line, message = problem(PACK_START + "  - id: a\n    type: single\n   prompt: x\n")
    assert line == 7
    assert message.startswith("`prompt` is not lined up with the lines above it (the entry that "
                              "starts on line 5)")
    line, message = problem(PACK_START + "  - id: a\n  type: single\n")
    assert (line, message.split(" is ")[0]) == (6, "`type`")


def test_missing_space_after_a_colon_points_at_the_glued_line() -> None:
    line, message = problem("prompt:hello\nid: x\n")
    assert line == 1
    assert message == "a space is missing after the colon in `prompt:h…`; write `prompt: h…`"


def test_tab_indentation() -> None:
    line, message = problem("questions:\n\t- id: a\n")
    assert line == 2
    assert message.startswith("a tab character is used here; YAML indents with spaces only")
    assert problem("a:\n  b: 1\n\tc: 2\n")[0] == 3


@pytest.mark.parametrize("quote", ['"', "'"])
def test_unclosed_quote_points_at_the_opening_quote(quote: str) -> None:
    line, message = problem(f"title: {quote}hello\nid: x\n")
    assert line == 1
    assert message == (f"the quote {quote} opened here is never closed; add the closing {quote} "
                       "at the end of the value")


def test_text_after_a_closing_quote() -> None:
    line, message = problem('prompt: "Hello" said he\n')
    assert line == 1
    assert message.startswith("text follows the closing quote of `prompt`")


@pytest.mark.parametrize(("opening", "text"), [("{", "cite: {passage: a, quote: b\nid: x\n"),
                                               ("[", "tags: [a, b\nid: x\n")])
def test_unclosed_flow_collections(opening: str, text: str) -> None:
    line, message = problem(text)
    assert line == 1
    assert message.startswith(f"the `{opening}` opened here is not closed")


@pytest.mark.parametrize("bracket", ["{", "["])
def test_value_starting_with_a_bracket_is_text_that_needs_quotes(bracket: str) -> None:
    closing = "}" if bracket == "{" else "]"
    line, message = problem(f"prompt: {bracket}x{closing} is y\n")
    assert line == 1
    assert message == (f"the value of `prompt` starts with `{bracket}`, which YAML reads as a list "
                       "or mapping; put the whole value in quotes")


@pytest.mark.parametrize("char", ["@", "`", "%"])
def test_reserved_first_characters(char: str) -> None:
    assert problem(f"title: {char}home\n") == (
        1, f"a value cannot start with '{char}'; put the whole value in quotes")


@pytest.mark.parametrize("text", ["prompt: *bold* text\n", "a: *x\n", "a: & x\n"])
def test_star_and_ampersand(text: str) -> None:
    assert "a value cannot start with '*' or '&'" in problem(text)[1]


def test_unknown_escape_in_double_quotes() -> None:
    line, message = problem('title: "C:\\qfolder"\n')
    assert line == 1
    assert message.startswith("a backslash starts an unknown escape inside double quotes")


def test_list_on_the_key_line() -> None:
    assert problem("tags: - a\n")[1].startswith("a list cannot start on the same line as its key")


def test_second_document() -> None:
    assert problem("a: 1\n---\nb: 2\n") == (
        2, "a second YAML document starts here (`---`); a pack is one document, so remove this line")


def test_block_scalar_header() -> None:
    assert problem("a: |x\n  b\n")[1].startswith("after `|` or `>` only a comment may follow")


def test_control_character_names_its_code_and_line() -> None:
    assert problem("id: x\ntitle: a\x07b\n") == (
        2, "the file contains a control character (code 0x07) that a text file may not hold; "
        "delete it")


def test_a_bracket_left_open_to_the_end_points_at_its_line() -> None:
    assert problem("id: x\nquestions: [\n") == (
        2, "the `[` opened here is never closed; add `]`, or put the value in quotes if it is text")
    assert problem("a:\n  - {b: 1,\n\n")[0] == 2
