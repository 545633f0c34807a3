"""The live session as the network sees it: connections come and go, messages arrive, replies leave.

``Room`` sits between a transport (the Qt WebSocket host, or a test's fake) and the session state.
It knows nothing of sockets: the transport tells it that connection N opened, sent a text or
closed, and the room answers through ``Transport.send``/``close``. Every limit on a device lives
here — PIN attempts, message size, rate and count, what a connection may do before it has a seat —
so hostile clients are handled the same way whatever carries their bytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from quizapp.core.limits import MAX_LIVE_BAD_MESSAGES, MAX_LIVE_CONNECTIONS, MAX_LIVE_WRONG_PINS
from quizapp.live.limits import MessageBudget, PinGate, PinVerdict
from quizapp.live.protocol import (
    Join,
    ProtocolError,
    Rejoin,
    SubmitAnswer,
    decode_client,
    encode,
    error_message,
)
from quizapp.live.state import LiveSession, Record, Refused, Seat

FATAL_CODES = frozenset({"too_large", "too_fast", "too_many_messages", "rate_limited"})


class Transport(Protocol):
    def send(self, connection: int, text: str) -> None: ...

    def close(self, connection: int) -> None: ...


class JournalSink(Protocol):
    def append(self, record: Record, on_durable: Callable[[], None] | None = None) -> None: ...


class Change:
    """What ``Room.changed`` reports, for the teacher's screen to refresh."""

    STUDENTS = "students"
    ANSWER = "answer"
    PHASE = "phase"


@dataclass
class Connection:
    id: int
    address: str
    budget: MessageBudget
    seat: Seat | None = None
    wrong_pins: int = 0
    bad_messages: int = 0
    open: bool = True


class Room:
    def __init__(self, session: LiveSession, pin: str, transport: Transport, journal: JournalSink,
                 *, clock: Callable[[], float] = time.monotonic,
                 changed: Callable[[str], None] = lambda change: None) -> None:
        self.session = session
        self.gate = PinGate(pin)
        self.transport = transport
        self.journal = journal
        self.clock = clock
        self.changed = changed
        self.connections: dict[int, Connection] = {}
        self._message_ceiling = 40 + 4 * session.total

    # -- connections ---------------------------------------------------------------------------
    def connect(self, connection: int, address: str) -> bool:
        """Accept a new connection unless the room is full or ended; False means close it."""
        if len(self.connections) >= MAX_LIVE_CONNECTIONS:
            return False
        self.connections[connection] = Connection(
            connection, address, MessageBudget(total=self._message_ceiling))
        return True

    def disconnect(self, connection: int) -> None:
        state = self.connections.pop(connection, None)
        if state is not None:
            state.open = False
            if state.seat is not None and self._holder(state.seat) is None:
                state.seat.connected = False
                self.changed(Change.STUDENTS)

    def _holder(self, seat: Seat) -> Connection | None:
        return next((c for c in self.connections.values() if c.seat is seat and c.open), None)

    def _send(self, connection: Connection, message: dict[str, object]) -> None:
        if connection.open:
            self.transport.send(connection.id, encode(message))

    def _drop(self, connection: Connection, code: str, text: str) -> None:
        self._send(connection, error_message(code, text))
        connection.open = False
        self.transport.close(connection.id)

    # -- messages from devices -----------------------------------------------------------------
    def receive(self, connection_id: int, text: str) -> None:
        connection = self.connections.get(connection_id)
        if connection is None or not connection.open:
            return
        over = connection.budget.spend(self.clock())
        if over is not None:
            self._drop(connection, over, "Too many messages from this device; reload the page.")
            return
        try:
            message = decode_client(text)
        except ProtocolError as error:
            if error.code in FATAL_CODES:
                self._drop(connection, error.code, str(error))
                return
            connection.bad_messages += 1
            if connection.bad_messages >= MAX_LIVE_BAD_MESSAGES:
                self._drop(connection, "bad_message", "Too many broken messages.")
            else:
                self._send(connection, error_message(error.code, str(error)))
            return
        if isinstance(message, Join):
            self._join(connection, message)
        elif isinstance(message, Rejoin):
            self._rejoin(connection, message)
        else:
            self._answer(connection, message)

    def _join(self, connection: Connection, message: Join) -> None:
        if connection.seat is not None:
            self._send(connection, error_message("already_joined", "You have already joined."))
            return
        verdict = self.gate.check(connection.address, message.pin, self.clock())
        if verdict is PinVerdict.LOCKED:
            self._drop(connection, verdict.value,
                       "Too many wrong PINs from here: wait a minute, then try again.")
            return
        if verdict is PinVerdict.WRONG:
            connection.wrong_pins += 1
            if connection.wrong_pins >= MAX_LIVE_WRONG_PINS:
                self._drop(connection, verdict.value, "Wrong PIN. Check the PIN on the board.")
            else:
                self._send(connection, error_message(verdict.value,
                                                     "Wrong PIN. Check the PIN on the board."))
            return
        try:
            seat, record = self.session.join(message.name)
        except Refused as refused:
            self._send(connection, error_message(refused.code, str(refused)))
            return
        self._seat_connection(connection, seat)
        self.journal.append(record, lambda: self._welcome(connection, seat))

    def _rejoin(self, connection: Connection, message: Rejoin) -> None:
        if connection.seat is not None:
            self._send(connection, error_message("already_joined", "You have already joined."))
            return
        seat = self.session.seat_for_token(message.token)
        if seat is None:
            self._send(connection, error_message(
                "unknown_seat", "This page's seat belongs to another session: join again."))
            return
        previous = self._holder(seat)
        if previous is not None:
            self._drop(previous, "moved", "You joined again from another page or device.")
        self._seat_connection(connection, seat)
        self._welcome(connection, seat)

    def _seat_connection(self, connection: Connection, seat: Seat) -> None:
        connection.seat = seat
        seat.connected = True
        self.changed(Change.STUDENTS)

    def _welcome(self, connection: Connection, seat: Seat) -> None:
        self._send(connection, {"type": "joined", "token": seat.token, "name": seat.name,
                                "session": self.session.session_id,
                                "title": self.session.pack.title})
        self._send(connection, self.session.message_for(seat))

    def _answer(self, connection: Connection, message: SubmitAnswer) -> None:
        seat = connection.seat
        if seat is None:
            self._send(connection, error_message("not_joined", "Join with the PIN first."))
            return
        existing = seat.answers.get(message.number)
        if existing is not None and existing.shown == message.value:
            self._send(connection, {"type": "received", "number": message.number})  # a resend
            return
        try:
            _, record = self.session.submit(seat, message.number, message.value)
        except Refused as refused:
            self._send(connection, error_message(refused.code, str(refused)))
            return
        self.changed(Change.ANSWER)
        self.journal.append(record, lambda: self._received(seat, message.number))

    def _received(self, seat: Seat, number: int) -> None:
        holder = self._holder(seat)
        if holder is not None:
            self._send(holder, {"type": "received", "number": number})

    # -- the teacher ---------------------------------------------------------------------------
    def _broadcast(self) -> None:
        for connection in list(self.connections.values()):
            if connection.seat is not None:
                self._send(connection, self.session.message_for(connection.seat))
        self.changed(Change.PHASE)

    def _teacher(self, change: Callable[[], Record]) -> None:
        self.journal.append(change())
        self._broadcast()

    def next_question(self) -> None:
        self._teacher(self.session.open_next)

    def reveal(self) -> None:
        self._teacher(self.session.reveal)

    def end(self) -> None:
        self._teacher(self.session.end)

    def note_time(self) -> None:
        """Journal how long the open question has been open (the host calls this every second)."""
        record = self.session.time_record()
        if record is not None:
            self.journal.append(record)

    def time_up(self) -> None:
        """The countdown reached zero: tell the devices answers are closed."""
        for connection in list(self.connections.values()):
            if connection.seat is not None:
                self._send(connection, {"type": "closed", "number": self.session.number})
        self.changed(Change.PHASE)

    def close_all(self) -> None:
        for connection in list(self.connections.values()):
            connection.open = False
            self.transport.close(connection.id)
        self.connections.clear()
