"""Which questions each study mode asks, decided without a database or a window."""

from __future__ import annotations

import random

from quizapp.core import selection
from quizapp.core.models import Pack, QuestionType
from quizapp.core.selection import CustomOptions


def ids(questions: list) -> list[str]:  # type: ignore[type-arg]
    return [q.id for q in questions]


def test_review_mistakes_keeps_the_given_order_and_skips_unknown_ids(mini_pack: Pack) -> None:
    assert ids(selection.review_mistakes(mini_pack, ["population", "gone", "river-mouth"])) == [
        "population", "river-mouth"]


def test_due_today_puts_reviews_before_a_limited_number_of_new_questions(
        mini_pack: Pack) -> None:
    chosen = selection.due_today(mini_pack, ["market-winter"],
                                 scheduled_ids={"market-winter", "river-mouth"}, new_limit=2)
    assert ids(chosen) == ["market-winter", "founded-towns", "market-town"]
    assert selection.new_count(mini_pack, {"market-winter"}, new_limit=10) == 6


def test_custom_filters_by_section_difficulty_and_type(mini_pack: Pack) -> None:
    only_atlas = CustomOptions(sections=frozenset({"atlas"}), shuffle=False)
    assert ids(selection.custom(mini_pack, only_atlas)) == ["river-mouth"]
    easy = CustomOptions(difficulties=frozenset({1}), shuffle=False)
    assert ids(selection.custom(mini_pack, easy)) == ["river-mouth"]
    typed = CustomOptions(types=frozenset({QuestionType.NUMERIC, QuestionType.ORDERING}),
                          shuffle=False)
    assert ids(selection.custom(mini_pack, typed)) == ["population", "founding-order"]
    two = CustomOptions(count=2, shuffle=True)
    first = ids(selection.custom(mini_pack, two, random.Random(4)))
    assert len(first) == 2 and first == ids(selection.custom(mini_pack, two, random.Random(4)))
