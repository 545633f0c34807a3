"""The room's rules for devices, tested with a fake transport, journal and clock: hostile clients
(PIN floods, oversized and forged messages, answers after the reveal, floods) and rejoining."""

from __future__ import annotations

import json

from quizapp.core.models import Pack
from quizapp.live.room import Room
from tests.live.fakes import FakeClock, FakeJournal, FakeTransport
from tests.live.test_state import make_session

PIN = "482913"


def make_room(pack: Pack, journal: FakeJournal | None = None) -> tuple[Room, FakeTransport,
                                                                        FakeClock, list[str]]:
    clock = FakeClock()
    transport = FakeTransport()
    changes: list[str] = []
    room = Room(make_session(pack, clock), PIN, transport, journal or FakeJournal(), clock=clock,
                changed=changes.append)
    return room, transport, clock, changes


def join(room: Room, connection: int, name: str, address: str = "10.0.0.5") -> None:
    room.connect(connection, address)
    room.receive(connection, json.dumps({"type": "join", "pin": PIN, "name": name}))


def test_joining_gives_a_token_only_once_it_is_journaled(mini_pack: Pack) -> None:
    journal = FakeJournal(durable=False)
    room, transport, _, changes = make_room(mini_pack, journal)
    join(room, 1, "Ann")
    assert 1 not in transport.inbox and "students" in changes
    journal.sync()
    joined, lobby = transport.inbox[1]
    assert joined["type"] == "joined" and joined["name"] == "Ann" and joined["token"] == "token-0001-abcdefgh"
    assert lobby["type"] == "lobby"
    assert journal.records[0]["event"] == "seat"


def test_a_pin_flood_locks_the_address_and_then_the_room(mini_pack: Pack) -> None:
    room, transport, clock, _ = make_room(mini_pack)
    connection = 1
    for _ in range(5):  # five wrong PINs from one address, over several connections
        room.connect(connection, "10.0.0.66")
        room.receive(connection, '{"type":"join","pin":"000000","name":"Eve"}')
        assert transport.codes(connection) == ["bad_pin"]
        connection += 1
    room.connect(connection, "10.0.0.66")  # now even the right PIN is not checked
    room.receive(connection, json.dumps({"type": "join", "pin": PIN, "name": "Eve"}))
    assert transport.codes(connection) == ["rate_limited"] and connection in transport.closed
    join(room, 100, "Ann", address="10.0.0.7")  # others still join
    assert transport.inbox[100][0]["type"] == "joined"
    clock.advance(61)
    join(room, 101, "Eve", address="10.0.0.66")
    assert transport.inbox[101][0]["type"] == "joined"
    for n in range(60):  # many addresses together: the whole room stops checking for a minute
        room.connect(200 + n, f"10.1.{n}.1")
        room.receive(200 + n, '{"type":"join","pin":"111111","name":"Mallory"}')
    join(room, 300, "Cleo", address="10.0.0.8")
    assert transport.codes(300) == ["rate_limited"]


def test_three_wrong_pins_close_the_connection(mini_pack: Pack) -> None:
    room, transport, _, _ = make_room(mini_pack)
    room.connect(1, "10.0.0.9")
    for _ in range(3):
        room.receive(1, '{"type":"join","pin":"999999","name":"Eve"}')
    assert transport.codes(1) == ["bad_pin"] * 3 and 1 in transport.closed
    room.receive(1, json.dumps({"type": "join", "pin": PIN, "name": "Eve"}))
    assert len(transport.inbox[1]) == 3


def test_oversized_messages_and_floods_close_the_connection(mini_pack: Pack) -> None:
    room, transport, clock, _ = make_room(mini_pack)
    join(room, 1, "Ann")
    room.receive(1, json.dumps({"type": "answer", "question": 1, "value": "x" * 5000}))
    assert transport.codes(1) == ["too_large"] and 1 in transport.closed
    join(room, 3, "Cy")
    for _ in range(13):
        room.receive(3, '{"type":"answer","question":1,"value":0}')
    assert transport.codes(3)[-1] == "too_fast" and 3 in transport.closed
    join(room, 4, "Di")
    for _ in range(400):  # slowly, but too many in all
        clock.advance(1)
        room.receive(4, '{"type":"answer","question":1,"value":0}')
    assert transport.codes(4)[-1] == "too_many_messages" and 4 in transport.closed


def test_broken_messages_are_answered_then_the_connection_is_closed(mini_pack: Pack) -> None:
    room, transport, _, _ = make_room(mini_pack)
    join(room, 1, "Ann")
    for text in ("{", "[]", '{"type":"answer"}', '{"type":"x"}', "binary"):
        room.receive(1, text)
    assert transport.codes(1) == ["bad_message"] * 5 and 1 in transport.closed


def test_forged_answers_for_other_students_are_refused(mini_pack: Pack) -> None:
    room, transport, _, _ = make_room(mini_pack)
    join(room, 1, "Ann")
    join(room, 2, "Bob")
    room.next_question()
    ann, bob = room.session.seats
    room.receive(2, json.dumps({"type": "answer", "question": 1, "value": 0, "seat": 1}))
    room.receive(2, json.dumps({"type": "answer", "question": 1, "value": 0, "token": ann.token}))
    room.receive(2, json.dumps({"type": "join", "pin": PIN, "name": "Ann"}))
    room.receive(2, json.dumps({"type": "rejoin", "token": "A" * 32}))
    assert transport.codes(2) == ["bad_message", "bad_message", "already_joined",
                                  "already_joined"]
    room.connect(3, "10.0.0.5")  # no seat yet: nothing to answer for
    room.receive(3, '{"type":"answer","question":1,"value":0}')
    room.receive(3, json.dumps({"type": "rejoin", "token": "B" * 32}))
    assert transport.codes(3) == ["not_joined", "unknown_seat"]
    assert not ann.answers and not bob.answers


def test_answers_after_the_reveal_or_twice_are_refused(mini_pack: Pack) -> None:
    journal = FakeJournal()
    room, transport, _, changes = make_room(mini_pack, journal)
    join(room, 1, "Ann")
    join(room, 2, "Bob")
    room.next_question()
    room.receive(1, '{"type":"answer","question":1,"value":1}')
    assert transport.last(1) == {"type": "received", "number": 1} and "answer" in changes
    room.receive(1, '{"type":"answer","question":1,"value":1}')  # a resend is acknowledged
    assert transport.last(1) == {"type": "received", "number": 1}
    room.receive(1, '{"type":"answer","question":1,"value":2}')
    assert transport.codes(1) == ["already"]
    room.reveal()
    assert transport.last(2)["type"] == "reveal"
    room.receive(2, '{"type":"answer","question":1,"value":0}')
    assert transport.codes(2) == ["not_open"]
    assert [r["event"] for r in journal.records] == ["seat", "seat", "open", "answer", "reveal"]


def test_rejoining_takes_the_same_seat_with_answers_intact(mini_pack: Pack) -> None:
    room, transport, _, _ = make_room(mini_pack)
    join(room, 1, "Ann")
    token = transport.inbox[1][0]["token"]
    room.next_question()
    room.receive(1, '{"type":"answer","question":1,"value":1}')
    room.disconnect(1)
    assert not room.session.seats[0].connected
    room.connect(2, "10.0.0.99")
    room.receive(2, json.dumps({"type": "rejoin", "token": token}))
    joined, question = transport.inbox[2]
    assert joined["type"] == "joined" and joined["token"] == token
    assert question["answered"] is True and question["your_answer"]
    room.connect(3, "10.0.0.98")  # the same seat from a second device moves it there
    room.receive(3, json.dumps({"type": "rejoin", "token": token}))
    assert transport.codes(2) == ["moved"] and 2 in transport.closed
    assert room.session.seats[0].connected and len(room.session.seats) == 1


def test_late_joiners_start_at_the_current_question(mini_pack: Pack) -> None:
    room, transport, _, _ = make_room(mini_pack)
    join(room, 1, "Ann")
    room.next_question()
    room.reveal()
    room.next_question()
    join(room, 2, "Late")
    _joined, question = transport.inbox[2]
    assert question["type"] == "question" and question["number"] == 2
    room.receive(2, json.dumps({"type": "join", "pin": PIN, "name": "ann"}))
    join(room, 3, "ANN")
    assert transport.codes(3) == ["name_taken"]
