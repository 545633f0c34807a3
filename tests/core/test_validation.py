"""Every validator message, provoked by a broken pack, with the line and column it points at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.core.validation import validate_pack_data
from quizapp.packs import check_pack_file

HEAD = """format: quizapp/1
id: test-pack
title: Test
source: {text: source.md, title: The Little Atlas,
         publisher: Example Press,
         license: CC BY 4.0}
questions:
"""
GOOD_CITE = "    cite: {passage: atlas-1, quote: to the sea at Port Amber}\n"


def problems(write_pack: Callable[[str], Path], text: str) -> list[str]:
    result = check_pack_file(write_pack(text))
    return [str(d) for d in result.diagnostics]


def one(write_pack: Callable[[str], Path], text: str) -> str:
    found = problems(write_pack, text)
    assert len(found) == 1, found
    return found[0]


def single(choices: str, cite: str = GOOD_CITE, extra: str = "") -> str:
    return HEAD + f"""  - id: q1
    type: single
    prompt: Where?
{extra}    choices:
{choices}    explanation: Because.
{cite}"""


TWO_CHOICES = "      - {text: Port Amber, correct: true}\n      - {text: Hillcross}\n"


def test_a_good_pack_has_no_problems(write_pack: Callable[[str], Path]) -> None:
    assert problems(write_pack, single(TWO_CHOICES)) == []


def test_unknown_key_suggests_the_right_one(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single(TWO_CHOICES).replace("title: Test", "titel: Test\ntitle: T"))
    assert message.endswith("pack.yaml:3:1: error: unknown key 'titel' in the pack; did you "
                            "mean 'title'?")


def test_unknown_question_key_and_misplaced_type_key(write_pack: Callable[[str], Path]) -> None:
    assert "unknown key 'promt' in question 'q1'; did you mean 'prompt'?" in one(
        write_pack, single(TWO_CHOICES, extra="    promt: typo\n"))
    message = one(write_pack, single(TWO_CHOICES, extra="    accept: [x]\n"))
    assert ":11:5: error: 'accept' belongs to short_answer questions, not to single" in message


def test_single_choice_with_two_correct_answers(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single("      - {text: A, correct: true}\n"
                                     "      - {text: B, correct: true}\n"))
    assert ":12:7: error: single-choice question 'q1' has 2 correct choices; mark only one " \
           "correct, or use 'type: multiple'" in message


def test_single_choice_with_no_correct_answer(write_pack: Callable[[str], Path]) -> None:
    assert "has no correct choice" in one(write_pack, single("      - {text: A}\n"
                                                             "      - {text: B}\n"))


def test_duplicate_question_id(write_pack: Callable[[str], Path]) -> None:
    text = single(TWO_CHOICES)
    text += text[len(HEAD):].replace("prompt: Where?", "prompt: Where else?")
    message = one(write_pack, text)
    assert ":16:9: error: duplicate question id 'q1' (also question 1)" in message


def test_cite_to_an_unknown_passage(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single(TWO_CHOICES, cite="    cite: {passage: atlas-9, quote: x}\n"))
    assert ":15:21: error: no passage 'atlas-9' in the source text; did you mean 'atlas-1'?" \
        in message


def test_quote_not_verbatim(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single(
        TWO_CHOICES, cite="    cite: {passage: atlas-1, quote: to the ocean at Port Amber}\n"))
    assert ":15:37: error: the quote does not occur verbatim in passage 'atlas-1'" in message
    assert "only whitespace may differ" in message


def test_quote_in_another_passage_names_it(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single(
        TWO_CHOICES, cite="    cite: {passage: atlas-1, quote: every winter}\n"))
    assert "it does occur in passage 'towns-2': cite that one" in message


def test_quote_folds_whitespace_but_not_typographic_quotes(
        write_pack: Callable[[str], Path]) -> None:
    spaced = "    cite: {passage: atlas-1, quote: \"to  the\\n sea at Port Amber\"}\n"
    assert problems(write_pack, single(TWO_CHOICES, cite=spaced)) == []
    straight = "    cite: {passage: towns-2, quote: 'a \"lantern market\"'}\n"
    assert "does not occur verbatim" in one(write_pack, single(TWO_CHOICES, cite=straight))


def test_missing_cite_when_the_pack_has_a_source(write_pack: Callable[[str], Path]) -> None:
    assert "has no 'cite'; this pack has a source" in one(write_pack,
                                                          single(TWO_CHOICES, cite=""))


def test_cite_without_a_source(write_pack: Callable[[str], Path]) -> None:
    text = single(TWO_CHOICES).replace(HEAD[HEAD.index("source:"):HEAD.index("questions:")], "")
    assert "the pack has no 'source'" in one(write_pack, text)


def test_identical_choices_warn(write_pack: Callable[[str], Path]) -> None:
    message = one(write_pack, single("      - {text: Port Amber, correct: true}\n"
                                     "      - {text: port  amber}\n"))
    assert ":13:16: warning: this choice is identical to choice 1" in message


def test_missing_per_choice_feedback_is_fine(write_pack: Callable[[str], Path]) -> None:
    assert problems(write_pack, single(TWO_CHOICES)) == []


def test_every_problem_is_reported_not_just_the_first(write_pack: Callable[[str], Path]) -> None:
    text = HEAD.replace("format: quizapp/1", "format: quizapp/9") + """  - id: Bad_Id
    type: singel
    prompt: ""
    difficulty: 5
    explanation: x
    cite: {passage: nowhere, quote: x}
"""
    found = problems(write_pack, text)
    assert len(found) == 6, found
    joined = "\n".join(found)
    for expected in ("unknown format 'quizapp/9'", "question id 'Bad_Id' may only use",
                     "unknown question type 'singel'; did you mean 'single'?",
                     "'prompt' is empty", "difficulty must be 1, 2 or 3, found 5",
                     "no passage 'nowhere' in the source text"):
        assert expected in joined


@pytest.mark.parametrize(("body", "expected"), [
    ("    type: true_false\n    answer: maybe\n", "needs 'answer: true' or 'answer: false'"),
    ("    type: numeric\n    answer: many\n", "needs a number as 'answer'"),
    ("    type: numeric\n    answer: 3\n    tolerance: -1\n", "'tolerance' must be a number of 0"),
    ("    type: short_answer\n", "needs 'accept:'"),
    ("    type: ordering\n    items: [a, a]\n", "two items are identical"),
    ("    type: ordering\n    items: [a]\n", "'items' needs at least 2 entries"),
    ("    type: matching\n    pairs: [{left: a, right: x}, {left: b, right: x}]\n",
     "two pairs have the same 'right'"),
    ("    type: multiple\n    choices: [{text: a}, {text: b}]\n", "has no correct choice"),
    ("    type: single\n    choices: [{text: a, correct: \"true\"}, {text: b}]\n",
     "'correct' must be true or false"),
])
def test_type_specific_errors(write_pack: Callable[[str], Path], body: str, expected: str) -> None:
    text = HEAD + "  - id: q1\n    prompt: Q?\n    explanation: E.\n" + body + GOOD_CITE
    found = problems(write_pack, text)
    assert any(expected in message for message in found), found


def test_missing_required_pack_keys(write_pack: Callable[[str], Path]) -> None:
    found = "\n".join(problems(write_pack, "format: quizapp/1\nlanguage: en\n"))
    assert "missing 'id'" in found and "missing 'title'" in found and "no 'questions'" in found


def test_validator_needs_no_file_or_yaml() -> None:
    result = validate_pack_data({"format": "quizapp/1", "id": "p", "title": "P", "questions": [
        {"id": "q", "type": "true_false", "prompt": "?", "explanation": "!", "answer": True}]})
    assert result.pack is not None and result.diagnostics == ()
    assert validate_pack_data(["not", "a", "mapping"]).errors
