"""Choices shown in a seeded, shuffled order: pinned by ``shuffle: false``, fair to guessers."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from pathlib import Path

from quizapp.core.engine import QuizSession
from quizapp.core.models import Pack, QuestionType
from quizapp.packs import check_pack_file, load_pack, pack_to_json
from tests.conftest import BUNDLED_PACK

PINNED = """format: quizapp/1
id: pinned
title: Pinned
shuffle: false
questions:
  - id: scale
    type: single
    prompt: How sure are you?
    choices: [{text: Not at all}, {text: Somewhat, correct: true}, {text: Very}]
    explanation: A scale reads in order.
  - id: free
    type: multiple
    shuffle: true
    prompt: Which are towns?
    choices: [{text: Hillcross, correct: true}, {text: Vell}, {text: Dunmoor, correct: true}]
    explanation: The Vell is a river.
"""


def test_shuffle_settings_are_read_and_exported(write_pack: Callable[[str], Path]) -> None:
    pack = load_pack(write_pack(PINNED))
    assert pack.shuffle is False
    scale, free = pack.questions
    assert (scale.shuffle, free.shuffle) == (None, True)
    assert not pack.shuffles_choices(scale) and pack.shuffles_choices(free)
    data = json.loads(pack_to_json(pack))
    assert data["shuffle"] is False
    assert "shuffle" not in data["questions"][0] and data["questions"][1]["shuffle"] is True
    orders = {QuizSession(pack, seed=seed).views_of("free").choice_order for seed in range(20)}
    assert len(orders) > 1
    assert {QuizSession(pack, seed=seed).views_of("scale").choice_order
            for seed in range(20)} == {(0, 1, 2)}


def test_a_pack_shuffles_unless_told_otherwise(mini_pack: Pack) -> None:
    assert mini_pack.shuffle is None  # the pack does not say: the learner's preference decides
    assert all(mini_pack.shuffles_choices(q) for q in mini_pack.questions
               if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE))
    assert "shuffle" not in json.loads(pack_to_json(mini_pack))


def test_the_learners_preference_decides_for_packs_that_do_not_say(
        mini_pack: Pack, write_pack: Callable[[str], Path]) -> None:
    choice_ids = [q.id for q in mini_pack.questions
                  if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE)]
    kept = QuizSession(mini_pack, seed=7, shuffle_choices=False)
    for question_id in choice_ids:
        view = kept.views_of(question_id)
        assert view.choice_order == tuple(range(len(view.question.choices)))
    shuffled = {QuizSession(mini_pack, seed=seed).views_of(choice_ids[0]).choice_order
                for seed in range(20)}
    assert len(shuffled) > 1
    pinned = load_pack(write_pack(PINNED))  # a pack that says wins over the preference
    orders = {QuizSession(pinned, seed=seed, shuffle_choices=False).views_of("free").choice_order
              for seed in range(20)}
    assert len(orders) > 1


def test_bad_shuffle_values_are_located(write_pack: Callable[[str], Path]) -> None:
    text = PINNED.replace("shuffle: false", "shuffle: sometimes").replace(
        "    shuffle: true", "    shuffle: 1")
    found = [str(d) for d in check_pack_file(write_pack(text)).diagnostics]
    assert any(":4:10: error: 'shuffle' must be true or false, found text" in d for d in found)
    assert any(":13:14: error: 'shuffle' must be true or false, found a number" in d
               for d in found)


def test_shuffle_belongs_to_choice_questions_only(write_pack: Callable[[str], Path]) -> None:
    text = PINNED.replace("""  - id: free
    type: multiple
    shuffle: true
    prompt: Which are towns?
    choices: [{text: Hillcross, correct: true}, {text: Vell}, {text: Dunmoor, correct: true}]
""", """  - id: free
    type: ordering
    shuffle: false
    prompt: Oldest first?
    items: [Port Amber, Hillcross]
""")
    [problem] = [str(d) for d in check_pack_file(write_pack(text)).diagnostics]
    assert ":13:5: error: 'shuffle' belongs to single/multiple questions, not to ordering" in problem


def test_pressing_1_on_every_single_choice_question_scores_near_chance() -> None:
    """The bundled pack cannot be beaten by always choosing the first choice shown."""
    pack = load_pack(BUNDLED_PACK)
    singles = [q for q in pack.questions
               if q.type is QuestionType.SINGLE and pack.shuffles_choices(q)]
    assert len(singles) >= 20
    chance = statistics.fmean(1 / len(q.choices) for q in singles)
    scores = []
    for seed in range(300):
        session = QuizSession(pack, singles, seed=seed)
        while (view := session.current()) is not None:
            session.submit(view.choice_order[0])  # the choice shown first
            session.advance()
        scores.append(session.score / session.total)
    assert abs(statistics.fmean(scores) - chance) < 0.03, (statistics.fmean(scores), chance)
    # no single question gives itself away either: its key is first in about 1/n of sessions
    for question in singles:
        correct = next(i for i, c in enumerate(question.choices) if c.correct)
        first = sum(QuizSession(pack, [question], seed=seed).views_of(question.id).choice_order[0]
                    == correct for seed in range(400)) / 400
        assert abs(first - 1 / len(question.choices)) < 0.1, question.id
