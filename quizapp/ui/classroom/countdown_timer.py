"""A countdown that ticks on screen: the Qt-free ``Countdown`` read a few times a second.

The clock is injected, so tests move a fake clock and call ``tick`` (what the timer calls) instead
of sleeping. Signals fire only when the whole seconds shown change, and once on expiry.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.classroom.countdown import Clock, Countdown

TICK_MS = 100


class CountdownTimer(QObject):
    ticked = Signal(int)  # whole seconds left, each time the shown number changes
    expired = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.countdown = Countdown(clock)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._shown: int | None = None

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, seconds: float) -> None:
        self.countdown.start(seconds)
        self._shown = None
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()
        self.countdown.stop()
        self._shown = None

    def seconds_left(self) -> int | None:
        return self.countdown.seconds_left() if self.running else None

    def tick(self) -> None:
        left = self.countdown.seconds_left()
        if left is None:
            return
        if left != self._shown:
            self._shown = left
            self.ticked.emit(left)
        if self.countdown.expired:
            self.timer.stop()
            self.expired.emit()
