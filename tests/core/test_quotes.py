"""Quotes that prove something: whole words, one place in the passage, enough words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.core.quotes import (
    MIN_QUOTE_WORDS,
    pinpoint,
    quote_problems,
    quote_span,
    whole_words,
    word_count,
)
from quizapp.packs import check_pack_file
from tests.core.test_validation import HEAD

ETNA = ("Italy has several active volcanoes. Mount Etna, on the island of Sicily, is the highest "
        "active volcano in Europe, standing about 3,357 metres tall.")


def test_a_selection_is_widened_to_the_words_it_touches() -> None:
    start = ETNA.index("he highest")
    assert ETNA[slice(*whole_words(ETNA, start, start + len("he highest active volcano in")))] \
        == "the highest active volcano in"
    start = ETNA.index("ount Et")
    assert ETNA[slice(*whole_words(ETNA, start, start + len("ount Et")))] == "Mount Etna"
    text = "Russia’s army and NATO's plans"
    assert text[slice(*whole_words(text, 7, 12))] == "Russia’s army"  # "s army"
    assert text[slice(*whole_words(text, 18, 24))] == "NATO's"
    assert whole_words(ETNA, 2, 2) == (0, 5)  # a caret inside "Italy" is the word


def test_a_repeated_quote_is_widened_until_it_points_at_the_selected_place() -> None:
    text = "NATO grew, and Russia objected. Later, NATO grew again, in 2004."
    second = text.index(", and Russia") + len(", and Russia objected. Later") + 2
    start, end = pinpoint(text, second, second + len("NATO grew"))
    assert text[start:end] == "NATO grew again,"
    first = pinpoint(text, 0, len("NATO grew"))
    assert text[slice(*first)] == "NATO grew, and"
    once = text.index("Russia")
    assert pinpoint(text, once, once + 6) == (once, once + 6)  # unique already: unchanged
    assert quote_span("NATO grew again,", text) == (start, end)


def test_highlighting_prefers_whole_words() -> None:
    text = "the hen saw a shepherd; he ran"
    assert quote_span("he", text) == (text.index(" he ") + 1, text.index(" he ") + 3)
    assert quote_span("hep", text) == (text.index("hep"), text.index("hep") + 3)  # still found


@pytest.mark.parametrize(("quote", "expected"), [
    (",", ["the quote has no words, only punctuation"]),
    ("he highest active volcano in", ["the quote starts or ends inside a word"]),
    ("Etna,", ["the quote is one word"]),
    ("active volcano", ["these words occur 2 times in the passage",
                        "the quote is 2 words"]),
    ("the highest active volcano", []),
    ("3,357 metres tall", []),
])
def test_poor_quotes_are_explained(quote: str, expected: list[str]) -> None:
    problems = quote_problems(quote, ETNA.replace("volcanoes", "active volcano"))
    assert len(problems) == len(expected), problems
    assert all(problem.startswith(start) for problem, start in zip(problems, expected,
                                                                   strict=True))


def test_words_are_runs_with_a_letter_or_digit() -> None:
    assert word_count("— 1990 , Putin’s  treaty —") == 3
    assert MIN_QUOTE_WORDS == 3


def test_the_validator_warns_about_poor_quotes_where_they_stand(
        write_pack: Callable[[str], Path]) -> None:
    text = HEAD + """  - id: q1
    type: true_false
    prompt: The river reaches the sea.
    answer: true
    explanation: It does.
    cite:
      - {passage: atlas-1, quote: "he river Vell"}
      - {passage: atlas-1, quote: "."}
      - {passage: atlas-1, quote: Amber}
"""
    result = check_pack_file(write_pack(text))
    assert result.errors == ()
    found = [f"{d.line}:{d.column}: {d.message.split(';')[0]}" for d in result.warnings]
    assert found == [
        "14:35: the quote starts or ends inside a word",
        "15:35: the quote has no words, only punctuation",
        "16:35: the quote is one word",
    ]


def test_a_missing_colon_is_said_in_plain_words_once(write_pack: Callable[[str], Path]) -> None:
    text = HEAD + """  - id: q1
    type: single
    prompt "Example (single choice): write your question here."
    choices:
      - {text: Port Amber, correct: true}
      - {text: Hillcross}
    explanation: Because.
    cite: {passage: atlas-1, quote: to the sea at Port Amber}
"""
    result = check_pack_file(write_pack(text))
    assert [f"{d.line}:{d.column}: {d.message}" for d in result.diagnostics] == [
        "10:5: a colon is missing after `prompt`; write `prompt: …`"]
