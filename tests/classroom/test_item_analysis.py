"""Item analysis checked against values worked out by hand for the class in class_fixtures.py.

Hand computation. Point-biserial r = (M1 − M0) / s · √(p·q), where p is the share right on the
item, q = 1 − p, M1 and M0 the mean REST score (total minus this item) of those right and of those
wrong, and s the population standard deviation of the rest scores. Every learner was asked all
five questions, so the rest score is out of 4; the report uses the share (rest / 4), which is a
linear change of scale and leaves the correlation the same, so counts are used below.

Totals: Ana 3, Ben 3, Cai 2, Dee 1, Eve 1.

q1: 5 of 5 right → facility 5/5 = 1.00 (above 0.90: too easy). Everyone scored 1 on it, so the
    item has no spread and the discrimination is undefined (None).
q2: right = Ana, Ben → facility 2/5 = 0.40.
    rest = total − item: Ana 2, Ben 2, Cai 2, Dee 1, Eve 1.
    M1 = (2 + 2) / 2 = 2;  M0 = (2 + 1 + 1) / 3 = 4/3;  mean = 8/5 = 1.6
    s² = (4 + 4 + 4 + 1 + 1) / 5 − 1.6² = 2.8 − 2.56 = 0.24;  s = √0.24
    √(p·q) = √(0.4 · 0.6) = √0.24
    r = (2 − 4/3) / √0.24 · √0.24 = 2/3 = 0.6667
q3: right = Ana, Cai (Dee did not answer: wrong) → facility 2/5 = 0.40.
    rest: Ana 2, Ben 3, Cai 1, Dee 1, Eve 1.
    M1 = (2 + 1) / 2 = 1.5;  M0 = (3 + 1 + 1) / 3 = 5/3;  mean = 8/5 = 1.6
    s² = (4 + 9 + 1 + 1 + 1) / 5 − 2.56 = 3.2 − 2.56 = 0.64;  s = 0.8
    r = (1.5 − 5/3) / 0.8 · √0.24 = (−1/6) / 0.8 · 0.489898 = −0.102062 → negative: flagged
q4: right = Ben → facility 1/5 = 0.20 (not below 0.20, so not flagged too hard).
    rest: Ana 3, Ben 2, Cai 2, Dee 1, Eve 1.
    M1 = 2;  M0 = (3 + 2 + 1 + 1) / 4 = 1.75;  mean = 9/5 = 1.8
    s² = (9 + 4 + 4 + 1 + 1) / 5 − 3.24 = 3.8 − 3.24 = 0.56;  s = 0.748331
    √(p·q) = √(0.2 · 0.8) = 0.4
    r = 0.25 / 0.748331 · 0.4 = 0.133631
q5: 0 of 5 right → facility 0.00 (below 0.20: too hard); no spread → discrimination None.

Most chosen wrong answers (case, accents, punctuation and spacing folded, as typed answers are
graded): q2 "Hillcross" (Cai "Hillcross", Eve "hillcross ") 2 times; q3 "1901" (Ben "1901",
Eve "1901.") 2 times, Dee's blank not counted; q4 "Dunmoor" (Ana, Cai, Dee "dunmoor.") 3 times;
q5 "12" 3 times.

Section averages (each learner's share right in the section, averaged over learners):
early (q1, q2): Ana 2/2, Ben 2/2, Cai 1/2, Dee 1/2, Eve 1/2 → (1 + 1 + .5 + .5 + .5) / 5 = 0.70
late (q3–q5):   Ana 1/3, Ben 1/3, Cai 1/3, Dee 0, Eve 0 → (1/3 · 3) / 5 = 0.20
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.classroom.item_analysis import (
    MIN_LEARNERS_FOR_FLAGS,
    ItemFlag,
    analyse_items,
    point_biserial,
    section_averages,
)
from tests.classroom.class_fixtures import class_sessions, session


def test_facility_discrimination_and_flags_match_the_hand_computation() -> None:
    items = {item.question_id: item for item in analyse_items(class_sessions())}
    assert list(items) == ["q1", "q2", "q3", "q4", "q5"]
    facility = {q: items[q].facility for q in items}
    assert facility == pytest.approx({"q1": 1.0, "q2": 0.4, "q3": 0.4, "q4": 0.2, "q5": 0.0})
    assert items["q1"].discrimination is None
    assert items["q2"].discrimination == pytest.approx(2 / 3, abs=1e-9)
    assert items["q3"].discrimination == pytest.approx(-0.102062, abs=1e-6)
    assert items["q4"].discrimination == pytest.approx(0.133631, abs=1e-6)
    assert items["q5"].discrimination is None
    assert {q: items[q].indicated_flags for q in items} == {
        "q1": (ItemFlag.TOO_EASY,), "q2": (), "q3": (ItemFlag.NEGATIVE_DISCRIMINATION,),
        "q4": (), "q5": (ItemFlag.TOO_HARD,)}
    assert (items["q3"].asked, items["q3"].answered, items["q3"].right) == (5, 4, 2)


def test_flags_are_held_back_below_ten_learners() -> None:
    """Five learners: one answer moves a facility by 0.20, so no question is flagged yet; the
    ones the rules would flag say so. The same class twice over (ten learners, the same
    facility and discrimination) is flagged."""
    small = {item.question_id: item for item in analyse_items(class_sessions())}
    assert MIN_LEARNERS_FOR_FLAGS == 10
    assert all(item.flags == () for item in small.values())
    assert {q for q, item in small.items() if item.held_back} == {"q1", "q3", "q5"}
    twice = [*class_sessions(), *(replace(s, learner=s.learner + " 2") for s in class_sessions())]
    items = {item.question_id: item for item in analyse_items(twice)}
    assert items["q3"].discrimination == pytest.approx(-0.102062, abs=1e-6)
    assert {q: items[q].flags for q in items} == {
        "q1": (ItemFlag.TOO_EASY,), "q2": (), "q3": (ItemFlag.NEGATIVE_DISCRIMINATION,),
        "q4": (), "q5": (ItemFlag.TOO_HARD,)}
    assert not any(item.held_back for item in items.values())


def test_most_chosen_wrong_answer_folds_spelling_and_skips_blanks() -> None:
    items = {item.question_id: item for item in analyse_items(class_sessions())}
    wrong = {q: (items[q].most_chosen_wrong, items[q].most_chosen_wrong_count) for q in items}
    assert wrong == {"q1": (None, 0), "q2": ("Hillcross", 2), "q3": ("1901", 2),
                     "q4": ("Dunmoor", 3), "q5": ("12", 3)}
    assert items["q1"].mean_seconds == 10.0 and items["q3"].mean_seconds == 30.0


def test_section_averages_count_each_learner_once() -> None:
    averages = {s.section_id: s for s in section_averages(class_sessions())}
    assert averages["early"].average == pytest.approx(0.70)
    assert averages["late"].average == pytest.approx(0.20)
    assert (averages["late"].questions, averages["late"].learners) == (3, 5)


def test_a_learner_not_asked_a_question_does_not_count_for_it() -> None:
    # Fay was asked only q1 and q2 (a custom quiz): she counts for those two, not for q3-q5,
    # and her rest score is out of 1 question, not 4.
    sessions = [*class_sessions(), session("Fay", [(True, "x"), (True, "y")])]
    items = {item.question_id: item for item in analyse_items(sessions)}
    assert (items["q2"].asked, items["q2"].right) == (6, 3)
    assert (items["q3"].asked, items["q3"].facility) == (5, pytest.approx(0.4))


def test_point_biserial_is_undefined_without_spread_or_learners() -> None:
    assert point_biserial([1, 0], [0.5, 0.0]) is None  # two learners: always ±1, so not reported
    assert point_biserial([1, 0, 1], [0.5, 0.5, 0.5]) is None
    assert point_biserial([1, 0, 0], [1.0, 0.0, 0.0]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="pair up"):
        point_biserial([1, 0, 1], [0.5])
