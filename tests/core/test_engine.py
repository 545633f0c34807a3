"""The quiz engine, driven with no display through the same API the UI uses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.core.engine import QuizSession, QuizStateError
from quizapp.core.models import Pack


def test_a_whole_quiz_with_every_type(mini_pack: Pack) -> None:
    session = QuizSession(mini_pack, seed=3)
    answers = {
        "river-mouth": 0, "founded-towns": frozenset({0, 1}), "market-winter": False,
        "market-town": "hillcross", "population": "12,500",
    }
    seen = []
    while (view := session.current()) is not None:
        question = view.question
        seen.append(question.id)
        assert view.number == len(seen) and view.total == 7
        if question.id == "founding-order":
            assert view.item_order != (0, 1, 2)  # never shown already in order
            answer: object = (0, 1, 2)
        elif question.id == "founding-years":
            assert sorted(view.right_order) == [0, 1, 2]
            answer = (0, 1, 2)
        else:
            answer = answers[question.id]
        result = session.submit(answer)  # type: ignore[arg-type]
        assert result.correct, question.id
        assert result.citations and result.citations[0].passage_text
        assert result.citations[0].quote in result.citations[0].passage_text
        session.advance()
    results = session.results()
    assert (results.correct, results.total, results.percent) == (7, 7, 100.0)
    assert {s.title: (s.correct, s.answered) for s in results.by_section} == {
        "The Little Atlas": (1, 1), "Towns": (6, 6)}


def test_wrong_answer_feedback_layers(mini_pack: Pack) -> None:
    session = QuizSession(mini_pack)
    result = session.submit(1)
    assert not result.correct
    assert result.given_answer == "Hillcross"
    assert result.correct_answer == "Port Amber"
    assert result.choice_feedback == ("Hillcross is a market town; the text puts the river mouth "
                                      "elsewhere.",)
    cited = result.citations[0]
    assert cited.section_title == "The Little Atlas"
    assert cited.span is not None
    assert cited.passage_text is not None
    assert cited.passage_text[cited.span[0]:cited.span[1]] == "to the sea at Port Amber"


def test_general_feedback_depends_on_the_verdict(mini_pack: Pack) -> None:
    question = mini_pack.question("market-winter")
    assert question is not None
    assert QuizSession(mini_pack, [question]).submit(True).general_feedback == \
        "Look at the season again."
    assert QuizSession(mini_pack, [question]).submit(False).general_feedback == "Well spotted."


def test_state_errors(mini_pack: Pack) -> None:
    session = QuizSession(mini_pack, mini_pack.questions[:1])
    with pytest.raises(QuizStateError):
        session.advance()
    session.submit(0)
    with pytest.raises(QuizStateError):
        session.submit(0)
    assert session.advance() is None and session.finished
    with pytest.raises(QuizStateError):
        session.submit(0)
    with pytest.raises(ValueError):
        QuizSession(mini_pack, [])


def test_retry_missed_asks_only_the_missed_questions(mini_pack: Pack) -> None:
    session = QuizSession(mini_pack, mini_pack.questions[:3])
    session.submit(0)
    session.advance()
    session.submit(frozenset({2}))
    session.advance()
    session.submit(True)
    session.advance()
    results = session.results()
    assert [r.question.id for r in results.missed] == ["founded-towns", "market-winter"]
    retry = session.retry_missed()
    assert [q.id for q in retry.questions] == ["founded-towns", "market-winter"]
    perfect = QuizSession(mini_pack, mini_pack.questions[:1])
    perfect.submit(0)
    with pytest.raises(QuizStateError):
        perfect.retry_missed()


def test_shuffling_is_reproducible_with_a_seed(mini_pack: Pack) -> None:
    first = QuizSession(mini_pack, seed=7, shuffle_questions=True)
    second = QuizSession(mini_pack, seed=7, shuffle_questions=True)
    assert first.seed == second.seed == 7
    assert [q.id for q in first.questions] == [q.id for q in second.questions]
    views = lambda s: [(v.question.id, v.choice_order, v.item_order, v.right_order)  # noqa: E731
                       for v in (s.current(),) if v]
    while not first.finished:
        assert views(first) == views(second)
        view = first.current()
        assert view is not None
        assert sorted(view.choice_order) == list(range(len(view.question.choices)))
        for session in (first, second):
            session.submit(0)
            session.advance()


def test_each_seed_gives_its_own_choice_order(mini_pack: Pack) -> None:
    orders = {QuizSession(mini_pack, seed=seed).views_of("river-mouth").choice_order
              for seed in range(60)}
    assert len(orders) == 6  # every order of three choices turns up
    assert QuizSession(mini_pack).seed != QuizSession(mini_pack).seed  # a new session, a new seed


def test_a_question_looks_the_same_whatever_was_asked_before(mini_pack: Pack) -> None:
    """Resume rebuilds a session from its seed: a question's order depends on nothing else."""
    whole = QuizSession(mini_pack, seed=11)
    part = QuizSession(mini_pack, mini_pack.questions[3:], seed=11)
    for question_id in ("founding-order", "founding-years"):
        assert whole.views_of(question_id).item_order == part.views_of(question_id).item_order
        assert whole.views_of(question_id).right_order == part.views_of(question_id).right_order


def test_shuffle_false_pins_the_order_of_a_question_or_of_the_pack(mini_pack: Pack) -> None:
    river = mini_pack.question("river-mouth")
    assert river is not None
    pinned_question = replace(mini_pack, questions=(replace(river, shuffle=False),))
    pinned_pack = replace(mini_pack, shuffle=False)
    unpinned_in_pinned_pack = replace(pinned_pack, questions=(replace(river, shuffle=True),))
    for seed in range(20):
        assert QuizSession(pinned_question, seed=seed).views_of("river-mouth").choice_order == \
            (0, 1, 2)
        assert QuizSession(pinned_pack, seed=seed).views_of("river-mouth").choice_order == (0, 1, 2)
        # ordering and matching are never pinned: they must not be shown solved
        assert QuizSession(pinned_pack, seed=seed).views_of("founding-order").item_order != \
            (0, 1, 2)
        assert QuizSession(pinned_pack, seed=seed).views_of("founding-years").right_order != \
            (0, 1, 2)
    assert len({QuizSession(unpinned_in_pinned_pack, seed=seed).views_of("river-mouth").choice_order
                for seed in range(30)}) > 1


def test_ordering_and_matching_are_never_shown_solved(mini_pack: Pack) -> None:
    for seed in range(200):
        session = QuizSession(mini_pack, seed=seed)
        assert session.views_of("founding-order").item_order != (0, 1, 2)
        assert session.views_of("founding-years").right_order != (0, 1, 2)


def test_true_false_is_never_shuffled(mini_pack: Pack) -> None:
    for seed in range(10):
        assert QuizSession(mini_pack, seed=seed).views_of("market-winter").choice_order == ()


def test_a_retry_shows_a_new_order(mini_pack: Pack) -> None:
    session = QuizSession(mini_pack, mini_pack.questions[:1], seed=5)
    session.submit(1)
    assert session.retry_missed().seed != session.seed


def test_a_typo_gets_one_more_try_before_it_counts(mini_pack: Pack) -> None:
    town = mini_pack.question("market-town")
    assert town is not None
    session = QuizSession(mini_pack, [town, town])
    first = session.submit("Hilcross")
    assert first.try_again and first.grade.almost and not first.correct
    assert first.correct_answer == "" and first.citations == () and first.general_feedback is None
    assert (session.answered, session.awaiting_answer) == (0, True)
    second = session.submit("Hilcross")  # still a typo: now it counts, as wrong
    assert not second.try_again and not second.correct and second.grade.almost
    assert second.correct_answer == "Hillcross" and second.citations
    session.advance()
    assert session.submit("Hillcros").try_again  # the next question has its own second try
    assert session.submit("hillcross").correct
    assert (session.answered, session.score) == (2, 1)
    # a wrong answer gets no second try
    wrong = QuizSession(mini_pack, [town]).submit("Dunmoor")
    assert not wrong.try_again and not wrong.correct


def test_i_was_right_counts_a_typed_answer_marked_wrong(mini_pack: Pack) -> None:
    town, population, river = (mini_pack.question(i)
                               for i in ("market-town", "population", "river-mouth"))
    assert town is not None and population is not None and river is not None
    session = QuizSession(mini_pack, [town, population, river])
    wrong = session.submit("Lantern Town")
    assert wrong.can_override and not wrong.correct
    right = session.override_last()
    assert right.correct and right.overridden and not right.grade.correct
    assert right.given_answer == "Lantern Town" and not right.can_override
    assert session.score == 1
    with pytest.raises(QuizStateError):
        session.override_last()  # once is enough
    session.advance()
    with pytest.raises(QuizStateError):
        session.override_last()  # nothing answered on this question yet
    assert session.submit("12,500").correct  # a right answer needs no override
    with pytest.raises(QuizStateError):
        session.override_last()
    session.advance()
    assert not session.submit(1).can_override  # a choice is not a way of writing the answer
    with pytest.raises(QuizStateError):
        session.override_last()
    results = session.results()
    assert (results.correct, results.missed[0].question.id) == (2, "river-mouth")
