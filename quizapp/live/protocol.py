"""The messages of a live session between the teacher's app and a student's page (``quizapp-live/1``).

Everything a student's device sends is hostile until proven otherwise: ``decode_client`` accepts
only the three message shapes below, with exactly their keys, the right JSON types and bounded
sizes, and turns anything else into a ``ProtocolError`` with a short code the page can show.
Server messages are plain JSON objects built by ``quizapp.live.state``; they are listed in
``docs/live.md``. Answers travel in the positions the student saw (choices, items and right-hand
sides in the order shown); only the host maps them back to the pack, so the page never needs,
and never gets, the answer key before the reveal.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from quizapp.core.limits import (
    MAX_LIVE_LIST_ANSWER,
    MAX_LIVE_MESSAGE_BYTES,
    MAX_LIVE_TEXT_ANSWER,
)

PROTOCOL = "quizapp-live/1"
MAX_MESSAGE_BYTES = MAX_LIVE_MESSAGE_BYTES  # the name the protocol's tests know
PIN_DIGITS = 6
TOKEN_LENGTH = 32

AnswerValue = int | bool | str | tuple[int, ...]
"""A student's answer as sent: a shown choice index, true/false, typed text, or shown indexes."""


class ProtocolError(ValueError):
    """A message that breaks the protocol; ``code`` is sent back, ``str()`` explains it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Join:
    pin: str
    name: str


@dataclass(frozen=True)
class Rejoin:
    token: str


@dataclass(frozen=True)
class SubmitAnswer:
    number: int
    """The question's number (1-based) as the page showed it, so a late answer is never
    counted for the next question."""
    value: AnswerValue


ClientMessage = Join | Rejoin | SubmitAnswer

_SHAPES: dict[str, frozenset[str]] = {
    "join": frozenset({"type", "pin", "name"}),
    "rejoin": frozenset({"type", "token"}),
    "answer": frozenset({"type", "question", "value"}),
}


def _bad(message: str) -> ProtocolError:
    return ProtocolError("bad_message", message)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def clean_name(raw: str) -> str:
    """A display name as typed, tidied: NFC, spaces collapsed, no control or format characters."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(c).startswith(("C", "Z")) else c for c in text)
    return " ".join(text.split())


def _answer_value(value: object) -> AnswerValue:
    if isinstance(value, bool) or _is_int(value):
        assert isinstance(value, (bool, int))
        if not isinstance(value, bool) and not 0 <= value <= MAX_LIVE_LIST_ANSWER:
            raise _bad("an answer index is out of range")
        return value
    if isinstance(value, str):
        if len(value) > MAX_LIVE_TEXT_ANSWER:
            raise _bad(f"a typed answer may be at most {MAX_LIVE_TEXT_ANSWER} characters")
        return value
    if isinstance(value, list):
        if len(value) > MAX_LIVE_LIST_ANSWER or not all(_is_int(v) for v in value):
            raise _bad("an answer list must hold at most 40 whole numbers")
        if not all(0 <= v <= MAX_LIVE_LIST_ANSWER for v in value):
            raise _bad("an answer index is out of range")
        return tuple(value)
    raise _bad("an answer must be a number, true/false, text or a list of numbers")


def decode_client(text: str) -> ClientMessage:
    """Parse one message from a student's device, strictly; raises ``ProtocolError``."""
    if len(text) > MAX_MESSAGE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES:
        raise ProtocolError("too_large", f"messages may be at most {MAX_MESSAGE_BYTES} bytes")
    try:
        data = json.loads(text, parse_constant=lambda name: None)
    except (json.JSONDecodeError, RecursionError):
        raise _bad("not JSON") from None
    if not isinstance(data, dict):
        raise _bad("a message must be a JSON object")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in _SHAPES:
        raise _bad("unknown message type")
    if set(data) != _SHAPES[kind]:
        raise _bad(f"a {kind} message has exactly the keys {sorted(_SHAPES[kind])}")
    if kind == "join":
        pin, name = data["pin"], data["name"]
        if not isinstance(pin, str) or not isinstance(name, str):
            raise _bad("PIN and name must be text")
        if len(pin) > 20 or len(name) > 200:
            raise _bad("PIN or name is too long")
        return Join(pin.strip(), clean_name(name))
    if kind == "rejoin":
        token = data["token"]
        if not isinstance(token, str) or not 8 <= len(token) <= 100:
            raise _bad("a seat token must be text")
        return Rejoin(token)
    number = data["question"]
    if not _is_int(number) or not 1 <= number <= 10_000:
        raise _bad("the question number must be a whole number")
    return SubmitAnswer(number, _answer_value(data["value"]))


def encode(message: dict[str, object]) -> str:
    """One server message as compact JSON (pack text is data here; the page inserts it as text)."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def error_message(code: str, text: str) -> dict[str, object]:
    return {"type": "error", "code": code, "message": text}


SERVER_TYPES = frozenset({"joined", "lobby", "question", "received", "closed", "reveal", "ended",
                          "error"})


def decode_server(text: str) -> dict[str, object]:
    """Parse a message from a host (for *Join a live session…*): a JSON object of a known type."""
    if len(text) > 1024 * 1024:
        raise _bad("message from the host is too large")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise _bad("the host sent something that is not JSON") from None
    if not isinstance(data, dict) or data.get("type") not in SERVER_TYPES:
        raise _bad("the host sent an unknown message")
    return data
