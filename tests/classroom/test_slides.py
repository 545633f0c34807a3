"""What a class sees of each question type, step by step (no display needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.classroom.slides import (
    EXCERPT_LIMIT,
    Slide,
    SlideKind,
    answer_keys,
    build_slide,
    excerpts,
    session_views,
)
from quizapp.core.engine import CitedPassage, QuestionView, QuizSession
from quizapp.core.models import Pack
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK


@pytest.fixture(scope="module")
def bundled_pack() -> Pack:
    return load_pack(BUNDLED_PACK)


def slides(pack: Pack) -> dict[str, tuple[QuestionView, Slide]]:
    return {view.question.id: (view, build_slide(pack, view))
            for view in session_views(QuizSession(pack))}


def test_choices_are_lettered_in_the_order_shown_and_know_which_are_right(mini_pack: Pack) -> None:
    question = mini_pack.question("founded-towns")
    assert question is not None
    view = QuestionView(question, 2, 7, choice_order=(2, 0, 1))
    slide = build_slide(mini_pack, view)
    assert slide.kind is SlideKind.CHOICES
    assert [row.key for row in slide.rows] == ["A", "B", "C"]
    shown = [view.question.choices[i] for i in view.choice_order]
    assert [row.text for row in slide.rows] == [c.text for c in shown]
    assert [row.right for row in slide.rows] == [c.correct for c in shown]
    assert [row.text for row in slide.answer_rows] == [c.text for c in shown if c.correct]
    assert answer_keys(slide) == ", ".join(r.key for r in slide.rows if r.right)
    assert slide.instruction == "Choose every right answer."
    assert slide.heading.startswith(f"Question {view.number} of {view.total}")


def test_true_false_shows_both_words_and_marks_the_truth(mini_pack: Pack) -> None:
    _, slide = slides(mini_pack)["market-winter"]
    assert [(r.text, r.right) for r in slide.rows] == [("True", False), ("False", True)]
    assert answer_keys(slide) == "False"


def test_ordering_shows_the_shuffle_then_the_right_order_with_the_letters(mini_pack: Pack) -> None:
    view, slide = slides(mini_pack)["founding-order"]
    items = mini_pack.question("founding-order").items  # type: ignore[union-attr]
    assert [r.text for r in slide.rows] == [items[i] for i in view.item_order]
    assert [r.text for r in slide.rows] != list(items)  # never already in the right order
    assert [r.text for r in slide.answer_rows] == list(items)
    assert [r.key for r in slide.answer_rows] == ["1", "2", "3"]
    letter_of = {r.text: r.key for r in slide.rows}
    assert [r.tag for r in slide.answer_rows] == [letter_of[item] for item in items]
    assert answer_keys(slide) == " ".join(letter_of[item] for item in items)


def test_matching_shows_two_columns_then_the_pairs(mini_pack: Pack) -> None:
    view, slide = slides(mini_pack)["founding-years"]
    pairs = mini_pack.question("founding-years").pairs  # type: ignore[union-attr]
    assert slide.kind is SlideKind.MATCHING
    assert [(r.key, r.text) for r in slide.rows] == [("1", "Port Amber"), ("2", "Hillcross"),
                                                     ("3", "Dunmoor")]
    assert [r.text for r in slide.right_column] == [pairs[i].right for i in view.right_order]
    assert [r.key for r in slide.right_column] == ["A", "B", "C"]
    letter_of = {r.text: r.key for r in slide.right_column}
    assert [(r.text, r.tag) for r in slide.answer_rows] == [
        (f"{p.left} → {p.right}", letter_of[p.right]) for p in pairs]
    assert answer_keys(slide) == " · ".join(f"{i + 1} {letter_of[p.right]}"
                                            for i, p in enumerate(pairs))


def test_typed_questions_show_the_prompt_alone_then_the_accepted_answers(mini_pack: Pack) -> None:
    all_slides = slides(mini_pack)
    _, short = all_slides["market-town"]
    assert short.kind is SlideKind.TYPED and short.rows == ()
    assert [r.text for r in short.answer_rows] == ["Hillcross"]
    _, number = all_slides["population"]
    assert [r.text for r in number.answer_rows] == ["12,500"]
    question = mini_pack.question("market-town")
    assert question is not None
    several = replace(question, accept=("Hillcross", "Hill Cross", "the town of Hillcross"))
    view = session_views(QuizSession(mini_pack, [several]))[0]
    assert build_slide(mini_pack, view).also_accepted == ("Hill Cross", "the town of Hillcross")


def test_explanation_cites_the_quote_inside_its_sentence_with_the_attribution(mini_pack: Pack,
                                                                             ) -> None:
    _, slide = slides(mini_pack)["river-mouth"]
    assert slide.explanation == "The river runs from the hills to the sea at Port Amber."
    (excerpt,) = slide.excerpts
    assert excerpt.section_title == "The Little Atlas"
    assert excerpt.before == "The river Vell runs from the northern hills "
    assert excerpt.quote == "to the sea at Port Amber"
    assert excerpt.after == "."
    assert slide.attribution == ("“The Little Atlas” by Example Press. Licensed under CC BY 4.0 "
                                 "(https://creativecommons.org/licenses/by/4.0/).")


def test_long_passages_and_many_citations_fall_back_to_the_quotes() -> None:
    sentence = "Short words here. " + "A very long sentence " * 30 + "with the quote in it. End."
    start = sentence.index("the quote")
    long_one = CitedPassage("p", "the quote", sentence, None, "S", (start, start + 9))
    (alone,) = excerpts([long_one])
    assert (alone.before, alone.after) == ("", "")
    assert len(sentence) > EXCERPT_LIMIT
    text = "First sentence. The middle one holds the quote here. Last one."
    start = text.index("the quote")
    short = CitedPassage("p", "the quote", text, None, "S", (start, start + 9))
    (one,) = excerpts([short])
    assert (one.before, one.quote, one.after) == ("The middle one holds ", "the quote", " here.")
    many = excerpts([short] * 40)
    assert all(not e.in_context for e in many)
    missing = CitedPassage("gone", "words", None, None, None, None)
    assert excerpts([missing])[0].quote == "words"


def test_every_bundled_question_makes_a_slide(bundled_pack: Pack) -> None:
    for view in session_views(QuizSession(bundled_pack)):
        slide = build_slide(bundled_pack, view)
        assert slide.prompt and slide.answer_rows and slide.explanation, view.question.id
        assert slide.excerpts, view.question.id
        assert answer_keys(slide), view.question.id
