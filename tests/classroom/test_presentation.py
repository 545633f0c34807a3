"""The steps a projected quiz walks through, driven as the keys drive them (no display)."""

from __future__ import annotations

import pytest

from quizapp.classroom.presentation import Presentation, Step


def test_space_walks_every_question_through_question_answer_explanation() -> None:
    deck = Presentation(2)
    seen = [(deck.step, deck.index)]
    while deck.step is not Step.END:
        deck.advance()
        seen.append((deck.step, deck.index))
    assert seen == [
        (Step.TITLE, 0),
        (Step.QUESTION, 0), (Step.ANSWER, 0), (Step.EXPLANATION, 0),
        (Step.QUESTION, 1), (Step.ANSWER, 1), (Step.EXPLANATION, 1),
        (Step.END, 1),
    ]
    assert deck.advance() is Step.END  # nothing after the end


def test_moving_between_questions_always_shows_the_question_first() -> None:
    deck = Presentation(3, start=1)
    assert (deck.step, deck.index) == (Step.QUESTION, 1)
    deck.advance()
    assert deck.next_question() is Step.QUESTION and deck.index == 2
    assert deck.next_question() is Step.END
    assert deck.previous_question() is Step.QUESTION and deck.index == 2
    deck.advance()
    assert deck.previous_question() is Step.QUESTION and deck.index == 1
    deck.previous_question()
    assert deck.previous_question() is Step.TITLE
    assert deck.previous_question() is Step.TITLE
    assert deck.next_question() is Step.QUESTION and deck.index == 0


def test_jumps_are_kept_inside_the_deck() -> None:
    deck = Presentation(4)
    assert deck.go_to(99) is Step.QUESTION and deck.index == 3
    assert deck.go_to(-5) is Step.QUESTION and deck.index == 0
    assert Presentation(4, start=10).index == 3
    with pytest.raises(ValueError):
        Presentation(0)
