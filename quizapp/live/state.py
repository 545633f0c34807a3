"""A live session's state: who sits where, which question is open, what each student answered.

The teacher moves the session through its phases (lobby → question → revealed → question … →
ended); students join, rejoin and answer. Every change returns the journal record that replays it
(``apply``), so a session rebuilt from its journal after a crash is the same session. What a
student's device may see is decided here, in ``message_for``: before the reveal a question
carries its prompt and the choices in the order shown, never which of them is right.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from quizapp.core.engine import cite_passages
from quizapp.core.limits import MAX_LIVE_NAME, MAX_LIVE_SEATS
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import (
    Answer,
    answer_to_json,
    correct_answer_text,
    describe_answer,
    grade,
)
from quizapp.live.arrangement import Arrangement, arrange, chose, to_pack_answer
from quizapp.live.arrangement import Refused as Refused  # the session's refusals, raised here too
from quizapp.live.protocol import AnswerValue

ANSWER_GRACE_SECONDS = 1.0
"""Answers sent just before the countdown ends still count, whatever the network's delay."""

Record = dict[str, object]


class Phase(StrEnum):
    LOBBY = "lobby"
    QUESTION = "question"
    REVEALED = "revealed"
    ENDED = "ended"


@dataclass(frozen=True)
class RecordedAnswer:
    number: int
    shown: AnswerValue
    """The answer as the student sent it (positions on screen), for the distribution."""
    answer: Answer
    """The same answer in the pack's terms (choice indexes in pack order), as results store it."""
    text: str
    correct: bool
    almost: bool
    seconds: float | None
    answered_at: str


@dataclass
class Seat:
    number: int
    name: str
    token: str
    answers: dict[int, RecordedAnswer] = field(default_factory=dict)
    connected: bool = False
    first_number: int = 1
    """The first question this student could answer: a late joiner's results leave out the
    questions asked before they came, rather than count them wrong."""

    @property
    def score(self) -> int:
        return sum(1 for a in self.answers.values() if a.correct)

    @property
    def seconds(self) -> float:
        return sum(a.seconds or 0.0 for a in self.answers.values())


@dataclass(frozen=True)
class Bar:
    """One bar of the answer distribution the teacher reveals."""

    label: str
    count: int
    right: bool


def _name_key(name: str) -> str:
    return name.casefold()


class LiveSession:
    def __init__(
        self,
        pack: Pack,
        questions: Sequence[Question],
        *,
        session_id: str,
        seed: int,
        time_limit: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        make_token: Callable[[], str] = lambda: secrets.token_urlsafe(24),
    ) -> None:
        if not questions:
            raise ValueError("a live session needs at least one question")
        self.pack = pack
        self.questions = tuple(questions)
        self.session_id = session_id
        self.seed = seed
        self.time_limit = time_limit if time_limit and time_limit > 0 else None
        self._clock = clock
        self._now = now
        self._make_token = make_token
        rng = random.Random(seed)
        self.arrangements = tuple(arrange(q, rng) for q in self.questions)
        self.phase = Phase.LOBBY
        self.number = 0
        """The open or last revealed question, 1-based; 0 in the lobby."""
        self.opened_at = 0.0
        self.seats: list[Seat] = []
        self._by_token: dict[str, Seat] = {}
        self._by_name: dict[str, Seat] = {}

    # -- facts ---------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def question(self) -> Question | None:
        return self.questions[self.number - 1] if self.number else None

    @property
    def clock(self) -> Callable[[], float]:
        """The clock the countdown is read from (the teacher's screen shows it from the same)."""
        return self._clock

    def seconds_left(self) -> float | None:
        if self.time_limit is None or self.phase is not Phase.QUESTION:
            return None
        return max(0.0, self.opened_at + self.time_limit - self._clock())

    def elapsed(self) -> float:
        """Seconds the open question has been open (counting time before a restart)."""
        return max(0.0, self._clock() - self.opened_at) if self.phase is Phase.QUESTION else 0.0

    @property
    def accepting(self) -> bool:
        """Answers are taken while a question is open and (with a time limit) time remains."""
        if self.phase is not Phase.QUESTION:
            return False
        if self.time_limit is None:
            return True
        return self._clock() <= self.opened_at + self.time_limit + ANSWER_GRACE_SECONDS

    def answered_count(self, number: int | None = None) -> int:
        wanted = number or self.number
        return sum(1 for seat in self.seats if wanted in seat.answers)

    def seat_for_token(self, token: str) -> Seat | None:
        found = self._by_token.get(token)
        return found if found is not None and secrets.compare_digest(found.token, token) else None

    # -- students ------------------------------------------------------------------------------
    def join(self, name: str) -> tuple[Seat, Record]:
        if self.phase is Phase.ENDED:
            raise Refused("ended", "This session has ended.")
        if not name:
            raise Refused("name_required", "Type your name to join.")
        if len(name) > MAX_LIVE_NAME:
            raise Refused("name_too_long", f"Use at most {MAX_LIVE_NAME} characters.")
        if _name_key(name) in self._by_name:
            raise Refused("name_taken", f"Someone has already joined as “{name}”: "
                          "please pick another name (add an initial, for example).")
        if len(self.seats) >= MAX_LIVE_SEATS:
            raise Refused("full", "This session is full.")
        record: Record = {"event": "seat", "seat": len(self.seats) + 1, "name": name,
                          "token": self._make_token()}
        return self._seat(record), record

    def _seat(self, record: Record) -> Seat:
        # replayed in journal order, so the session is where it was when the student joined
        first = self.number if self.phase is Phase.QUESTION else self.number + 1
        seat = Seat(int(str(record["seat"])), str(record["name"]), str(record["token"]),
                    first_number=max(1, first))
        self.seats.append(seat)
        self._by_token[seat.token] = seat
        self._by_name[_name_key(seat.name)] = seat
        return seat

    def submit(self, seat: Seat, number: int, shown: AnswerValue) -> tuple[RecordedAnswer, Record]:
        """Grade and keep one answer; a repeat of a kept answer is refused as ``already``."""
        if self.phase is Phase.ENDED:
            raise Refused("ended", "This session has ended.")
        if number != self.number or self.phase is not Phase.QUESTION:
            raise Refused("not_open", "That question is not open for answers any more.")
        if number in seat.answers:
            raise Refused("already", "You have already answered this question.")
        if not self.accepting:
            raise Refused("time_up", "Time is up for this question.")
        seconds = round(max(0.0, self._clock() - self.opened_at), 2)
        record: Record = {"event": "answer", "seat": seat.number, "number": number,
                          "value": list(shown) if isinstance(shown, tuple) else shown,
                          "seconds": seconds, "at": self._now().isoformat(timespec="seconds")}
        return self._answer(seat, record), record

    def _answer(self, seat: Seat, record: Record) -> RecordedAnswer:
        number = int(str(record["number"]))
        value = record["value"]
        shown: AnswerValue = tuple(value) if isinstance(value, list) else value  # type: ignore[assignment]
        question = self.questions[number - 1]
        answer = to_pack_answer(question, self.arrangements[number - 1], shown)
        outcome = grade(question, answer)
        seconds = record.get("seconds")
        recorded = RecordedAnswer(
            number=number, shown=shown, answer=answer, text=describe_answer(question, answer),
            correct=outcome.correct, almost=outcome.almost,
            seconds=float(seconds) if isinstance(seconds, (int, float)) else None,
            answered_at=str(record["at"]),
        )
        seat.answers[number] = recorded
        return recorded

    # -- the teacher ---------------------------------------------------------------------------
    def open_next(self) -> Record:
        if self.phase is Phase.ENDED or self.number >= self.total:
            raise Refused("no_more", "There are no more questions.")
        if self.phase is Phase.QUESTION:
            raise Refused("not_revealed", "Reveal the answer before going on.")
        record: Record = {"event": "open", "number": self.number + 1}
        self.apply(record)
        return record

    def reveal(self) -> Record:
        if self.phase is not Phase.QUESTION:
            raise Refused("not_open", "No question is open.")
        record: Record = {"event": "reveal", "number": self.number}
        self.apply(record)
        return record

    def end(self) -> Record:
        record: Record = {"event": "end"}
        self.apply(record)
        return record

    def time_record(self) -> Record | None:
        """How long the open question has been open, while it takes answers: journaled every
        second, so a session continued after a crash gives the time that was left, not more."""
        if not self.accepting:
            return None
        return {"event": "time", "number": self.number, "elapsed": round(self.elapsed(), 1)}

    def apply(self, record: Record) -> None:
        """Replay one journal record (also how every change above takes effect)."""
        event = record.get("event")
        if event == "seat":
            self._seat(record)
        elif event == "answer":
            seat = self.seats[int(str(record["seat"])) - 1]
            recorded = self._answer(seat, record)
            self._caught_up(recorded.number, recorded.seconds)
        elif event == "time":
            elapsed = record["elapsed"]
            self._caught_up(int(str(record["number"])),
                            float(elapsed) if isinstance(elapsed, (int, float)) else None)
        elif event == "open":
            self.number = int(str(record["number"]))
            self.phase = Phase.QUESTION
            self.opened_at = self._clock()
        elif event == "reveal":
            self.phase = Phase.REVEALED
        elif event == "end":
            self.phase = Phase.ENDED
        else:
            raise ValueError(f"unknown journal record {event!r}")

    def _caught_up(self, number: int, elapsed: float | None) -> None:
        """While replaying: the open question had been open at least ``elapsed`` seconds, so its
        countdown goes on from there (the time the app was down is not given back or taken)."""
        if elapsed and number == self.number and self.phase is Phase.QUESTION:
            self.opened_at = min(self.opened_at, self._clock() - elapsed)

    # -- what a device may see -----------------------------------------------------------------
    def message_for(self, seat: Seat) -> dict[str, object]:
        if self.phase is Phase.LOBBY:
            return {"type": "lobby", "title": self.pack.title, "name": seat.name}
        if self.phase is Phase.ENDED:
            return self.ended_message(seat)
        if self.phase is Phase.QUESTION:
            return self.question_message(seat)
        return self.reveal_message(seat)

    def question_message(self, seat: Seat | None) -> dict[str, object]:
        question, shown = self._current()
        kind = question.type
        recorded = seat.answers.get(self.number) if seat is not None else None
        left = self.seconds_left()
        message: dict[str, object] = {
            "type": "question", "number": self.number, "total": self.total,
            "kind": kind.value, "prompt": question.prompt,
            "choices": [question.choices[i].text for i in shown.choices],
            "items": [question.items[i] for i in shown.items],
            "lefts": [pair.left for pair in question.pairs],
            "rights": [question.pairs[i].right for i in shown.rights],
            "seconds_left": None if left is None else round(left),
            "answered": recorded is not None,
            "your_answer": recorded.text if recorded else None,
            "open": self.accepting,
        }
        if kind is QuestionType.TRUE_FALSE:
            message["choices"] = ["True", "False"]
        return message

    def _current(self) -> tuple[Question, Arrangement]:
        if not self.number:
            raise Refused("not_started", "The session has not started.")
        return self.questions[self.number - 1], self.arrangements[self.number - 1]

    def right_positions(self) -> list[int]:
        """Which shown choices are right (choice questions), for highlighting after the reveal."""
        question, shown = self._current()
        if question.type is QuestionType.TRUE_FALSE:
            return [0 if question.truth else 1]
        return [pos for pos, i in enumerate(shown.choices) if question.choices[i].correct]

    def reveal_message(self, seat: Seat | None) -> dict[str, object]:
        question, _ = self._current()
        recorded = seat.answers.get(self.number) if seat is not None else None
        if recorded is None:
            outcome = "unanswered"
        else:
            outcome = "right" if recorded.correct else "almost" if recorded.almost else "wrong"
        citations = []
        for cited in cite_passages(self.pack, question):
            start, end = cited.span if cited.span else (-1, -1)
            citations.append({"section": cited.section_title or "", "quote": cited.quote,
                              "passage": cited.passage_text or "", "start": start, "end": end})
        source = self.pack.source
        return {
            "type": "reveal", "number": self.number, "total": self.total,
            "kind": question.type.value, "prompt": question.prompt,
            "outcome": outcome,
            "your_answer": recorded.text if recorded else "",
            "right_answer": correct_answer_text(question),
            "right_positions": self.right_positions() if question.choices
            or question.type is QuestionType.TRUE_FALSE else [],
            "explanation": question.explanation,
            "citations": citations,
            "attribution": source.attribution if source else "",
            "score": seat.score if seat is not None else 0,
        }

    def ended_message(self, seat: Seat) -> dict[str, object]:
        return {"type": "ended", "score": seat.score, "total": self.number,
                "answered": len(seat.answers), "name": seat.name}

    # -- what the teacher sees -----------------------------------------------------------------
    def distribution(self) -> list[Bar]:
        """How the class answered the current question, in the order the choices were shown."""
        question, shown = self._current()
        answers = [s.answers[self.number] for s in self.seats if self.number in s.answers]
        missing = len(self.seats) - len(answers)
        kind = question.type
        bars: list[Bar] = []
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
            labels = (["True", "False"] if kind is QuestionType.TRUE_FALSE
                      else [question.choices[i].text for i in shown.choices])
            right = set(self.right_positions())
            for position, label in enumerate(labels):
                bars.append(Bar(label, sum(1 for a in answers if chose(kind, a.shown, position)),
                                position in right))
        else:
            right_count = sum(1 for a in answers if a.correct)
            bars.append(Bar("Right", right_count, True))
            almost = sum(1 for a in answers if a.almost)
            if kind is QuestionType.SHORT_ANSWER:
                bars.append(Bar("Almost", almost, False))  # a spelling slip
            bars.append(Bar("Wrong", len(answers) - right_count - almost, False))
        bars.append(Bar("No answer", missing, False))
        return bars

    def ranking(self) -> list[Seat]:
        """Most right first; among equals, the quicker."""
        return sorted(self.seats, key=lambda s: (-s.score, s.seconds, s.number))


def stored_answer(recorded: RecordedAnswer) -> object:
    return answer_to_json(recorded.answer)
