"""A countdown read from an injected clock, so timed screens are tested with a fake one (no sleeps).

The time left is always computed from the clock, never by counting ticks: a busy or suspended
machine cannot make the countdown run slow.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]

COUNTDOWN_CHOICES = (0, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300)
"""The lengths (seconds) a teacher steps through with + and −; 0 means no countdown."""


def next_countdown_choice(current: int, direction: int) -> int:
    """The next longer (direction > 0) or shorter length from ``COUNTDOWN_CHOICES``."""
    if direction > 0:
        return next((c for c in COUNTDOWN_CHOICES if c > current), COUNTDOWN_CHOICES[-1])
    return next((c for c in reversed(COUNTDOWN_CHOICES) if c < current), 0)


def format_seconds(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class Countdown:
    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._ends_at: float | None = None
        self.length = 0.0

    def start(self, seconds: float) -> None:
        self.length = float(seconds)
        self._ends_at = self._clock() + seconds

    def stop(self) -> None:
        self._ends_at = None

    @property
    def running(self) -> bool:
        """Started and not stopped (an expired countdown is still running until stopped)."""
        return self._ends_at is not None

    def remaining(self) -> float | None:
        if self._ends_at is None:
            return None
        return max(0.0, self._ends_at - self._clock())

    def seconds_left(self) -> int | None:
        """Whole seconds to show: 0:30 stays on screen for the whole first second."""
        left = self.remaining()
        return None if left is None else math.ceil(left - 1e-9)

    @property
    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0.0
