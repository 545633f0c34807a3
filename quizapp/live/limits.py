"""Limits that keep one noisy or hostile device from spoiling a live session for the class.

``PinGate`` makes guessing the six-digit PIN hopeless (a few tries a minute per address and a cap
for the whole room); ``MessageBudget`` bounds how fast and how much one connection may talk.
Both take the time as an argument, so tests drive them with a fake clock.
"""

from __future__ import annotations

import hmac
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum

PIN_WINDOW_SECONDS = 60.0
PIN_FAILURES_PER_ADDRESS = 5
PIN_FAILURES_PER_ROOM = 60


class PinVerdict(StrEnum):
    OK = "ok"
    WRONG = "bad_pin"
    LOCKED = "rate_limited"


@dataclass
class PinGate:
    """Checks PINs in constant time and refuses to check any more once too many were wrong."""

    pin: str
    per_address: int = PIN_FAILURES_PER_ADDRESS
    per_room: int = PIN_FAILURES_PER_ROOM
    window: float = PIN_WINDOW_SECONDS
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _room: deque[float] = field(default_factory=deque)

    def _prune(self, times: deque[float], now: float) -> None:
        while times and now - times[0] >= self.window:
            times.popleft()

    def locked(self, address: str, now: float) -> bool:
        times = self._failures.get(address)
        if times is not None:
            self._prune(times, now)
            if not times:
                del self._failures[address]
        self._prune(self._room, now)
        return (len(self._failures.get(address, ())) >= self.per_address
                or len(self._room) >= self.per_room)

    def check(self, address: str, pin: str, now: float) -> PinVerdict:
        if self.locked(address, now):
            return PinVerdict.LOCKED
        if hmac.compare_digest(pin.encode("utf-8"), self.pin.encode("utf-8")):
            return PinVerdict.OK
        self._failures.setdefault(address, deque()).append(now)
        self._room.append(now)
        return PinVerdict.WRONG


@dataclass
class MessageBudget:
    """A token bucket for the rate, plus a ceiling on the number of messages per connection."""

    rate: float = 4.0
    burst: float = 12.0
    total: int = 400
    _tokens: float = -1.0
    _last: float = 0.0
    used: int = 0

    def spend(self, now: float) -> str | None:
        """None when the message may be handled, else the error code to send before closing."""
        if self._tokens < 0:
            self._tokens, self._last = self.burst, now
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        self.used += 1
        if self.used > self.total:
            return "too_many_messages"
        if self._tokens < 1.0:
            return "too_fast"
        self._tokens -= 1.0
        return None
