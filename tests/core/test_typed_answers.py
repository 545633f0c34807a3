"""Typed answers graded as a teacher would: every forgiving rule, tested in both directions.

Each rule has answers it must accept and, next to them, answers that look alike but carry a
different fact and must stay wrong. The language tools are the real ones the app uses.
"""

from __future__ import annotations

import pytest

from quizapp.answer_reading import answer_language
from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.models import Question, QuestionType
from quizapp.core.scoring import grade
from quizapp.core.typed_answers import Verdict, edit_distance, match_short_answer
from quizapp.core.typed_numbers import parse_digits, read_number

EN = answer_language("en")


def verdict(typed: str, accept: list[str], prompt: str = "Which one?",
            implied: tuple[str, ...] = (), close: tuple[str, ...] = ()) -> str:
    return match_short_answer(typed, accept, close, prompt=prompt, implied=implied,
                              language=EN).verdict.value


RULES = {
    # rule: (accepted forms, prompt, implied, answers that are right, answers that stay wrong)
    "case, accents, punctuation": (
        ["Kyiv"], "Which city?", (), ["KYIV", "kyïv", " Kyiv. "], ["Kharkiv", "Lviv"]),
    "leading article or preposition": (
        ["Donbas"], "Which eastern area of Ukraine?", (), ["the Donbas", "in the Donbas", "in Donbas"],
        ["not the Donbas", "Crimea", "the Crimea"]),
    "leading preposition": (
        ["Prague"], "In which city did Clinton speak?", (), ["in Prague", "at Prague"],
        ["not Prague", "Berlin", "in Berlin", "outside Prague"]),
    "dotted abbreviation": (
        ["CIA"], "Which agency?", (), ["C.I.A.", "c.i.a", "the C.I.A.", "C. I. A."],
        ["F.B.I.", "C.I.S."]),
    "bracketed abbreviation": (
        ["Partnership for Peace"], "Which initiative?", (),
        ["Partnership for Peace (PfP)", "Partnership for Peace [PfP]"],
        ["Partnership for Peace (NATO)", "Partnership for Peace (not PfP)",
         "Membership Action Plan (MAP)"]),
    "bracketed abbreviation in the accept list": (
        ["Partnership for Peace (PfP)"], "Which initiative?", (),
        ["Partnership for Peace", "PfP", "the PfP"], ["MAP", "Partnership"]),
    "trailing place qualifier": (
        ["Munich"], "In which city did Putin speak?", (),
        ["Munich, Germany", "Munich (Germany)", "Munich in Germany", "munich, germany."],
        ["Munich, Berlin", "Berlin, Germany", "Germany", "Munich, not Germany", "Munich, Bavaria"]),
    "trailing noun the question implies": (
        ["Javelin"], "What is the name of the anti-tank missiles the text lists?", (),
        ["Javelin missiles", "Javelin missile", "the Javelin missiles", "Javelins"],
        ["Stinger missiles", "missiles", "Javelin Stinger"]),
    "teacher-listed synonym of the implied noun": (
        ["Minsk agreements"], "Name the accords that were meant to settle the conflict.",
        ("agreements", "agreement"),
        ["the Minsk accords", "Minsk agreement", "Minsk", "Minsk Accords"],
        ["Budapest Memorandum", "the Budapest accords", "Minsk treaty"]),
    "implied noun before 'of'": (
        ["Sicily"], "On which island did the Allies land in July 1943?", (),
        ["island of Sicily", "the island of Sicily", "The Island of Sicily.", "Sicily island"],
        ["island of Malta", "the island of Malta", "not the island of Sicily", "island of",
         "the coast of Sicily", "island off Sicily"]),
    "singular and plural": (
        ["Javelins"], "Name the weapon.", (), ["Javelin", "javelins"], ["Stinger", "Stingers"]),
    "hyphen, space or none": (
        ["Two Plus Four"], "Which grouping?", (), ["Two-Plus-Four", "TwoPlusFour", "two plus four"],
        ["Four Plus Four", "Two-Plus-Five"]),
    "& and 'and'": (
        ["Bosnia and Herzegovina"], "Which country?", (), ["Bosnia & Herzegovina"],
        ["Bosnia & Serbia"]),
    "number words and digits": (
        ["Two Plus Four"], "Which grouping?", (), ["2 Plus 4", "2-plus-4"], ["3 Plus 4", "2 Plus 5"]),
    "several correct names for 'either one'": (
        ["Sea Breeze", "Rapid Trident"], "The text names two drills. Give the name of either one.",
        (), ["Sea Breeze and Rapid Trident", "Sea Breeze, Rapid Trident", "Rapid Trident or Sea Breeze",
             "Sea Breeze & Rapid Trident drills"],
        ["Sea Breeze and Berlin", "Sea Breeze, Defender Europe", "Sea Breeze and"]),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_accepts_what_it_forgives_and_nothing_else(rule: str) -> None:
    accept, prompt, implied, right, wrong = RULES[rule]
    for typed in right:
        assert verdict(typed, accept, prompt, implied) == "right", (rule, typed)
    for typed in wrong:
        assert verdict(typed, accept, prompt, implied) == "wrong", (rule, typed)


def test_typos_are_almost_and_other_names_are_wrong() -> None:
    accept = ["Hillcross"]
    for typo in ("Hilcross", "Hillcros", "Hillcorss", "hillcross."[:-2] + "ss"):
        assert verdict(typo, accept) in ("almost", "right"), typo
    assert verdict("Hilcross", accept) == "almost"
    assert verdict("Hillcorss", accept) == "almost"  # two letters swapped: one slip
    for other in ("Dunmoor", "Hill", "Crosshill", "not Hillcross"):
        assert verdict(other, accept) == "wrong", other
    # short words: one letter makes another word, so no typo is allowed
    assert verdict("Bern", ["Berlin"]) == "wrong"
    assert verdict("Kiev", ["Kyiv"]) == "wrong"  # a synonym must be listed, not guessed
    assert verdict("Minsk 3", ["Minsk 2"]) == "wrong"  # another number is another fact
    # the teacher's close list is almost too
    assert verdict("Partnership of Peace", ["Partnership for Peace"],
                   close=("Partnership of Peace",)) == "almost"


def test_matched_names_the_accepted_form() -> None:
    found = match_short_answer("the minsk accords", ["Minsk agreements"], prompt="Name the accords.",
                               implied=("agreements",), language=EN)
    assert (found.verdict, found.matched) == (Verdict.RIGHT, "Minsk agreements")
    near = match_short_answer("Hilcross", ["Hillcross"], language=EN)
    assert (near.verdict, near.matched) == (Verdict.ALMOST, "Hillcross")
    assert match_short_answer("Berlin", ["Prague"], language=EN).matched is None


def test_edit_distance() -> None:
    assert edit_distance("hillcross", "hillcross") == 0
    assert edit_distance("hilcross", "hillcross") == 1
    assert edit_distance("hillcorss", "hillcross") == 1
    assert edit_distance("berlin", "bern") == 2
    assert edit_distance("", "abc") == 3


NUMBERS = [
    # (typed, expected) — grouping, leading words, units, number words, ordinals
    ("100,000", 100000), ("100 000", 100000), ("100\u202f000", 100000), ("100'000", 100000),
    ("in 1996", 1996), ("In the year 1996", 1996), ("about 12,500", 12500),
    ("8 articles", 8), ("100,000 troops", 100000), ("eight", 8), ("Eight articles", 8),
    ("seventieth", 70), ("70th", 70), ("the 70th", 70), ("the seventieth anniversary", 70),
    ("nineteen ninety-six", 1996), ("in nineteen ninety-six", 1996), ("two thousand and eight", 2008),
    ("eight million", 8_000_000), ("1996.", 1996), ("-5", -5), ("2.5", 2.5),
]
NOT_NUMBERS = ["1996 or 1997", "not 1996", "8 more", "more than 8", "1,5", "1996-1997",
               "eight or nine", "1990s", "before 1996", "8 million or so", "", "soon", "8 9"]


@pytest.mark.parametrize(("typed", "expected"), NUMBERS)
def test_numbers_are_read_as_a_teacher_would(typed: str, expected: float) -> None:
    assert read_number(typed, EN) == expected


@pytest.mark.parametrize("typed", NOT_NUMBERS)
def test_answers_with_another_number_or_a_changing_word_are_not_read(typed: str) -> None:
    assert read_number(typed, EN) is None


def test_numeric_questions_keep_wrong_numbers_wrong() -> None:
    question = Question("q", QuestionType.NUMERIC, "In which year?", "!", number=1996.0)
    for typed in ("1996", "in 1996", "nineteen ninety-six", "1,996"):
        assert grade(question, typed, EN).correct, typed
    for typed in ("1997", "in 1997", "not 1996", "1996 or 1997", "nineteen ninety-seven"):
        assert not grade(question, typed, EN).correct, typed
    assert grade(question, "1996", EN).matched == "1996"


def test_decimal_comma_languages_read_the_other_way_round() -> None:
    assert parse_digits("100.000", decimal_comma=True) == 100000
    assert parse_digits("2,5", decimal_comma=True) == 2.5
    assert parse_digits("2,5") is None and parse_digits("100.000") == 100.0
    french = answer_language("fr")
    assert read_number("huit", french) == 8
    assert read_number("en 1996", french) == 1996
    assert read_number("soixante-dixième", french) == 70
    assert read_number("acht Artikel", answer_language("de")) == 8


def test_core_grades_with_the_tools_it_is_given() -> None:
    """Without a library, core reads digits only; with one (here a fake) it reads words."""
    plain = AnswerLanguage.plain("en")
    assert read_number("eight", plain) is None and read_number("in 8", plain) == 8
    fake = AnswerLanguage("en", plain.words, number_words=lambda t: t.replace("eight", "8"),
                          is_country=lambda t: t == "Atlantis")
    assert read_number("eight articles", fake) == 8
    assert match_short_answer("Port Amber, Atlantis", ["Port Amber"], language=fake).verdict \
        is Verdict.RIGHT
    assert match_short_answer("Port Amber, Germany", ["Port Amber"], language=fake).verdict \
        is Verdict.WRONG
    # an unknown language still gets the rules that need no word list
    assert match_short_answer("KYIV!", ["Kyiv"], language=AnswerLanguage.plain("xx")).verdict \
        is Verdict.RIGHT


def test_implied_nouns_are_read_validated_and_exported(write_pack, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from quizapp.packs import check_pack_file, load_pack, pack_to_json

    text = """format: quizapp/1
id: implied
title: Implied
questions:
  - id: minsk
    type: short_answer
    prompt: Name the accords.
    accept: [Minsk agreements]
    implied: [agreements, agreement]
    explanation: Minsk.
"""
    pack = load_pack(write_pack(text))
    question = pack.questions[0]
    assert question.implied == ("agreements", "agreement")
    assert json.loads(pack_to_json(pack))["questions"][0]["implied"] == ["agreements", "agreement"]
    assert grade(question, "the Minsk accords", EN).correct
    broken = text.replace("implied: [agreements, agreement]", "implied: {a: b}")
    [problem] = [str(d) for d in check_pack_file(write_pack(broken)).diagnostics]
    assert ":9:14: error: 'implied' must be a list of text, found a mapping" in problem


def test_every_accepted_form_of_the_bundled_pack_is_right() -> None:
    from quizapp.packs import load_pack
    from tests.conftest import BUNDLED_PACK

    pack = load_pack(BUNDLED_PACK)
    for question in pack.questions:
        if question.type is not QuestionType.SHORT_ANSWER:
            continue
        for form in question.accept:
            assert grade(question, form, EN).correct, (question.id, form)
