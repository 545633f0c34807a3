"""What a worksheet asks and what its key says, decided without Qt."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from quizapp.classroom.worksheet_layout import (
    AnswerSpace,
    WorksheetError,
    WorksheetOptions,
    build_worksheet,
    letters,
    parse_types,
    select_questions,
)
from quizapp.core.models import Pack, QuestionType
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK


@pytest.fixture(scope="module")
def bank() -> Pack:
    return load_pack(BUNDLED_PACK)


def test_every_type_gets_its_own_space_and_key(mini_pack: Pack) -> None:
    sheet = build_worksheet(mini_pack, WorksheetOptions(seed=11, title="  "))
    assert sheet.title == "The Little Atlas"  # a blank title falls back to the pack's
    assert [q.number for q in sheet.questions] == list(range(1, 8))
    spaces = {q.question_id: q.space for q in sheet.questions}
    assert spaces == {"river-mouth": AnswerSpace.BOXES, "founded-towns": AnswerSpace.BOXES,
                      "market-winter": AnswerSpace.BOXES, "market-town": AnswerSpace.LINE,
                      "population": AnswerSpace.NUMBER, "founding-order": AnswerSpace.ORDERING,
                      "founding-years": AnswerSpace.MATCHING}
    by_id = {q.question_id: q for q in sheet.questions}
    key = {entry.question_id: entry for entry in sheet.key}
    river = by_id["river-mouth"]
    right = next(o for o in river.options if o.text == "Port Amber")
    assert key["river-mouth"].answer == (f"{right.label}. Port Amber",)
    assert [o.text for o in by_id["market-winter"].options] == ["True", "False"]
    assert key["market-winter"].answer == ("False",)
    assert key["market-town"].answer == ("Hillcross",)
    assert key["population"].answer == ("12,500",)
    ordering = by_id["founding-order"]
    assert ordering.blanks == 3
    assert [o.text for o in ordering.options] != ["Port Amber", "Hillcross", "Dunmoor"]
    letter_of = {o.text: o.label for o in ordering.options}
    assert key["founding-order"].answer == (
        f"1. {letter_of['Port Amber']} (Port Amber)", f"2. {letter_of['Hillcross']} (Hillcross)",
        f"3. {letter_of['Dunmoor']} (Dunmoor)")
    matching = by_id["founding-years"]
    assert [o.text for o in matching.options] == ["Port Amber", "Hillcross", "Dunmoor"]
    assert [t.text for t in matching.targets] != ["1802", "1850", "1901"]
    target_of = {t.text: t.label for t in matching.targets}
    assert key["founding-years"].answer[2] == f"3. Dunmoor → {target_of['1901']} (1901)"
    [quote_a, quote_b] = key["founding-years"].citations
    assert (quote_a.quote, quote_a.section_title, quote_a.passage_id) == (
        "Port Amber was founded in 1802", "Towns", "towns-1")
    assert quote_b.quote == "Dunmoor in 1901"
    assert sheet.attribution is not None and "CC BY 4.0" in sheet.attribution


def test_the_seed_decides_the_version_and_repeats_it(bank: Pack) -> None:
    first = build_worksheet(bank, WorksheetOptions(seed=5, count=12))
    again = build_worksheet(bank, WorksheetOptions(seed=5, count=12))
    other = build_worksheet(bank, WorksheetOptions(seed=6, count=12))
    assert first == again
    assert [q.question_id for q in first.questions] != [q.question_id for q in other.questions]
    position = {q.id: i for i, q in enumerate(bank.questions)}
    ids = [q.question_id for q in first.questions]
    assert ids == sorted(ids, key=position.__getitem__), "printed in the pack's order"


def test_right_choices_are_spread_over_the_positions(bank: Pack) -> None:
    """A pack that writes every key first must not print it first: the worksheet shuffles."""
    keys_first = replace(bank, questions=tuple(
        replace(q, choices=tuple(sorted(q.choices, key=lambda c: not c.correct)))
        for q in bank.questions if q.type is QuestionType.SINGLE))
    assert all(q.choices[0].correct for q in keys_first.questions)
    printed: Counter[str] = Counter()
    for seed in range(50):  # one sheet of 44 questions varies too much to judge by
        sheet = build_worksheet(keys_first, WorksheetOptions(seed=seed))
        printed.update(entry.answer[0].split(".")[0] for entry in sheet.key)
    total = sum(printed.values())
    assert total == 50 * len(keys_first.questions)
    assert printed["A"] / total < 0.32  # chance is 0.26 over the bank's 3- and 4-choice items
    assert set(printed) >= {"A", "B", "C", "D"}


def test_a_question_prints_the_same_whichever_others_come_with_it(bank: Pack) -> None:
    everything = build_worksheet(bank, WorksheetOptions(seed=9))
    some = build_worksheet(bank, WorksheetOptions(seed=9, sections=frozenset({"dispute"})))
    printed = {q.question_id: q.options for q in everything.questions}
    assert all(q.options == printed[q.question_id] for q in some.questions)


def test_selection_by_section_type_and_count(bank: Pack) -> None:
    chosen = select_questions(bank, WorksheetOptions(
        seed=1, sections=frozenset({"dispute", "promise"}),
        types=frozenset({QuestionType.SINGLE, QuestionType.TRUE_FALSE}), count=5))
    assert len(chosen) == 5
    assert all(q.section_id in {"dispute", "promise"} for q in chosen)
    assert all(q.type in {QuestionType.SINGLE, QuestionType.TRUE_FALSE} for q in chosen)
    with pytest.raises(WorksheetError, match="has no section 'nope'; its sections are"):
        select_questions(bank, WorksheetOptions(seed=1, sections=frozenset({"nope"})))
    with pytest.raises(WorksheetError, match="at least one question"):
        select_questions(bank, WorksheetOptions(seed=1, count=0))
    with pytest.raises(WorksheetError, match="no question of the pack matches"):
        select_questions(bank, WorksheetOptions(seed=1, sections=frozenset({"intro"}),
                                                types=frozenset({QuestionType.NUMERIC})))


def test_type_names_and_labels() -> None:
    assert parse_types(["true-false", "Short answer", "single"]) == {
        QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER, QuestionType.SINGLE}
    with pytest.raises(WorksheetError, match="unknown question type 'essay'; the types are single"):
        parse_types(["essay"])
    assert letters(3) == ["A", "B", "C"]
    assert letters(28)[25:] == ["Z", "AA", "AB"]


def test_the_key_has_every_answer_at_a_glance_in_the_printed_labels(mini_pack: Pack) -> None:
    sheet = build_worksheet(mini_pack, WorksheetOptions(seed=5))
    glance = {entry.question_id: entry.at_a_glance for entry in sheet.key}
    by_id = {q.question_id: q for q in sheet.questions}
    river = by_id["river-mouth"]
    assert glance["river-mouth"] == next(o.label for o in river.options if o.text == "Port Amber")
    towns = by_id["founded-towns"]
    assert glance["founded-towns"] == ", ".join(
        o.label for o in towns.options if o.text in ("Port Amber", "Hillcross"))
    assert glance["market-winter"] == "False"
    assert glance["market-town"] == "Hillcross"
    assert glance["population"] == "12,500"
    order = by_id["founding-order"]
    letter = {o.text: o.label for o in order.options}
    assert glance["founding-order"] == " ".join(
        letter[town] for town in ("Port Amber", "Hillcross", "Dunmoor"))
    years = by_id["founding-years"]
    year = {t.text: t.label for t in years.targets}
    assert glance["founding-years"] == f"1 {year['1802']} · 2 {year['1850']} · 3 {year['1901']}"
