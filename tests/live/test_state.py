"""The session state machine, driven as the room drives it, with a fake clock."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime

import pytest

from quizapp.core.models import Pack, QuestionType
from quizapp.live.state import LiveSession, Phase, Refused
from tests.live.fakes import FakeClock


def make_session(pack: Pack, clock: FakeClock | None = None, time_limit: float | None = None,
                 ) -> LiveSession:
    tokens = (f"token-{n:04d}-abcdefgh" for n in itertools.count(1))
    return LiveSession(pack, pack.questions, session_id="s1", seed=7, time_limit=time_limit,
                       clock=clock or FakeClock(),
                       now=lambda: datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
                       make_token=lambda: next(tokens))


def right_value(session: LiveSession) -> object:
    """The answer a student who knows would send, in screen positions."""
    question, shown = session.questions[session.number - 1], session.arrangements[session.number - 1]
    kind = question.type
    if kind is QuestionType.SINGLE:
        return next(p for p, i in enumerate(shown.choices) if question.choices[i].correct)
    if kind is QuestionType.MULTIPLE:
        return tuple(p for p, i in enumerate(shown.choices) if question.choices[i].correct)
    if kind is QuestionType.TRUE_FALSE:
        return question.truth
    if kind is QuestionType.SHORT_ANSWER:
        return question.accept[0].upper()
    if kind is QuestionType.NUMERIC:
        return "12,500"
    if kind is QuestionType.ORDERING:
        return tuple(shown.items.index(i) for i in range(len(question.items)))
    return tuple(shown.rights.index(i) for i in range(len(question.pairs)))


def test_a_whole_session_through_every_question_type(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    bob, _ = session.join("Bob")
    assert session.message_for(ann)["type"] == "lobby"
    while session.number < session.total:
        session.open_next()
        recorded, record = session.submit(ann, session.number, right_value(session))  # type: ignore[arg-type]
        assert recorded.correct, session.question
        assert json.loads(json.dumps(record)) == record
        assert session.answered_count() == 1
        session.reveal()
        assert session.reveal_message(ann)["outcome"] == "right"
        assert session.reveal_message(bob)["outcome"] == "unanswered"
    session.end()
    assert session.phase is Phase.ENDED
    assert ann.score == session.total and bob.score == 0
    assert session.ranking()[0] is ann
    assert session.message_for(ann) == {"type": "ended", "score": 7, "total": 7, "answered": 7,
                                        "name": "Ann"}


def test_answers_are_mapped_from_screen_positions_to_the_pack(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    session.open_next()  # single: Port Amber is choice 0 in the pack
    shown = session.arrangements[0].choices
    position = shown.index(0)
    recorded, _ = session.submit(ann, 1, position)
    assert recorded.answer == 0 and recorded.text == "Port Amber" and recorded.correct
    assert session.question_message(ann)["choices"][position] == "Port Amber"


def test_the_question_message_never_carries_the_key(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    while session.number < session.total:
        session.open_next()
        question = session.question
        assert question is not None
        message = session.message_for(ann)
        assert set(message) == {"type", "number", "total", "kind", "prompt", "choices", "items",
                                "lefts", "rights", "seconds_left", "answered", "your_answer",
                                "open"}
        text = json.dumps(message, ensure_ascii=False)
        assert question.explanation not in text
        assert "correct" not in text and "right" not in text.replace('"rights"', "")
        if question.type is QuestionType.ORDERING:
            assert message["items"] != list(question.items)
        if question.type is QuestionType.MATCHING:
            assert message["rights"] != [p.right for p in question.pairs]
        for accepted in question.accept:
            assert accepted not in text.replace(question.prompt, "")
        session.reveal()


@pytest.mark.parametrize("name, code", [("", "name_required"), ("x" * 31, "name_too_long"),
                                        ("ANN", "name_taken")])
def test_joining_is_refused_with_a_reason(mini_pack: Pack, name: str, code: str) -> None:
    session = make_session(mini_pack)
    session.join("Ann")
    with pytest.raises(Refused) as caught:
        session.join(name)
    assert caught.value.code == code


@pytest.mark.parametrize("value", [5, -1, True, (0, 0), (), "x", (0, 1, 2, 3)])
def test_answers_that_do_not_fit_the_question_are_refused(mini_pack: Pack, value: object) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    session.open_next()
    with pytest.raises(Refused) as caught:
        session.submit(ann, 1, value)  # type: ignore[arg-type]
    assert caught.value.code == "bad_answer"
    assert not ann.answers


def test_one_answer_per_question_and_none_after_the_reveal(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    bob, _ = session.join("Bob")
    session.open_next()
    session.submit(ann, 1, 0)
    with pytest.raises(Refused, match="already"):
        session.submit(ann, 1, 1)
    with pytest.raises(Refused) as wrong_number:
        session.submit(bob, 2, 0)
    assert wrong_number.value.code == "not_open"
    session.reveal()
    with pytest.raises(Refused) as after:
        session.submit(bob, 1, 0)
    assert after.value.code == "not_open"
    assert 1 in ann.answers and not bob.answers
    with pytest.raises(Refused):
        session.reveal()


def test_the_countdown_closes_answers_with_a_little_grace(mini_pack: Pack) -> None:
    clock = FakeClock()
    session = make_session(mini_pack, clock, time_limit=20)
    ann, _ = session.join("Ann")
    bob, _ = session.join("Bob")
    session.open_next()
    clock.advance(12.5)
    assert session.seconds_left() == 7.5
    assert session.question_message(ann)["seconds_left"] == 8
    clock.advance(8.0)  # 0.5 s late: still counts
    recorded, _ = session.submit(ann, 1, 0)
    assert recorded.seconds == 20.5
    clock.advance(1.0)
    with pytest.raises(Refused) as caught:
        session.submit(bob, 1, 0)
    assert caught.value.code == "time_up"
    assert session.question_message(bob)["open"] is False


def test_the_distribution_counts_each_shown_choice(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    seats = [session.join(name)[0] for name in ("A", "B", "C", "D")]
    session.open_next()
    shown = session.arrangements[0].choices
    right = shown.index(0)
    session.submit(seats[0], 1, right)
    session.submit(seats[1], 1, right)
    session.submit(seats[2], 1, (right + 1) % 3)
    bars = session.distribution()
    assert [(b.count, b.right) for b in bars[:3]] == [
        (2 if p == right else 1 if p == (right + 1) % 3 else 0, p == right) for p in range(3)]
    assert (bars[3].label, bars[3].count) == ("No answer", 1)
    session.reveal()
    session.open_next()  # multiple
    session.submit(seats[0], 2, (0, 1))
    assert [b.count for b in session.distribution()] == [1, 1, 0, 3]
    session.reveal()
    session.open_next()  # true/false: shown True, False
    session.submit(seats[0], 3, False)
    assert [(b.label, b.count, b.right) for b in session.distribution()] == [
        ("True", 0, False), ("False", 1, True), ("No answer", 3, False)]
    session.reveal()
    session.open_next()  # short answer: right, almost, wrong
    session.submit(seats[0], 4, "hillcross")
    session.submit(seats[1], 4, "Hilcross")
    session.submit(seats[2], 4, "Dunmoor")
    assert [b.count for b in session.distribution()] == [1, 1, 1, 1]


def test_replaying_the_records_rebuilds_the_same_session(mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    records = []
    ann, record = session.join("Ann")
    records.append(record)
    records.append(session.open_next())
    records.append(session.submit(ann, 1, 2)[1])
    records.append(session.reveal())
    records.append(session.open_next())
    again = make_session(mini_pack)
    for record in json.loads(json.dumps(records)):
        again.apply(record)
    assert (again.phase, again.number) == (Phase.QUESTION, 2)
    [seat] = again.seats
    assert (seat.name, seat.token) == ("Ann", ann.token)
    assert seat.answers[1] == ann.answers[1]
    assert again.seat_for_token(ann.token) is seat
    assert again.seat_for_token("token-9999-abcdefgh") is None


def test_a_replayed_session_goes_on_with_the_time_that_was_left(mini_pack: Pack) -> None:
    clock = FakeClock()
    session = make_session(mini_pack, clock, time_limit=30)
    ann, record = session.join("Ann")
    assert session.time_record() is None  # nothing open: nothing to note
    records = [record, session.open_next()]
    clock.advance(5)
    records.append(session.submit(ann, 1, 0)[1])
    clock.advance(7)
    records.append(session.time_record())  # 12 s in, as the host notes every second
    clock.advance(0.6)  # the app dies before its next note
    later = FakeClock(50_000.0)  # another run of the app: its clock has nothing to do with ours
    again = make_session(mini_pack, later, time_limit=30)
    for replayed in json.loads(json.dumps(records)):
        again.apply(replayed)
    assert again.seconds_left() == 18.0  # not a fresh 30 s, and the downtime is not taken
    assert again.seats[0].answers[1].seconds == 5.0
    later.advance(19.5)
    assert again.question_message(again.seats[0])["open"] is False
    again.reveal()
    assert again.time_record() is None


def test_without_notes_an_answer_tells_how_long_the_question_was_open(mini_pack: Pack) -> None:
    clock = FakeClock()
    session = make_session(mini_pack, clock, time_limit=20)
    ann, record = session.join("Ann")
    records = [record, session.open_next()]
    clock.advance(8)
    records.append(session.submit(ann, 1, 0)[1])
    again = make_session(mini_pack, FakeClock(7.0), time_limit=20)
    for replayed in records:
        again.apply(replayed)
    assert again.seconds_left() == 12.0
