"""The countdown reads its clock: tested with a fake one that tests move by hand."""

from __future__ import annotations

from quizapp.classroom.countdown import (
    COUNTDOWN_CHOICES,
    Countdown,
    format_seconds,
    next_countdown_choice,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_left_comes_from_the_clock_and_rounds_up() -> None:
    clock = FakeClock()
    countdown = Countdown(clock)
    assert countdown.seconds_left() is None and not countdown.running
    countdown.start(30)
    assert countdown.seconds_left() == 30
    clock.now += 0.4
    assert countdown.seconds_left() == 30  # 29.6 s left still shows 0:30
    clock.now += 0.6
    assert countdown.seconds_left() == 29
    clock.now += 28.5
    assert countdown.seconds_left() == 1 and not countdown.expired
    clock.now += 0.5
    assert countdown.seconds_left() == 0 and countdown.expired
    clock.now += 100
    assert countdown.remaining() == 0.0
    countdown.stop()
    assert countdown.seconds_left() is None and not countdown.expired


def test_the_teacher_steps_through_sensible_lengths() -> None:
    assert next_countdown_choice(0, 1) == 10
    assert next_countdown_choice(30, 1) == 45
    assert next_countdown_choice(30, -1) == 20
    assert next_countdown_choice(10, -1) == 0
    assert next_countdown_choice(0, -1) == 0
    assert next_countdown_choice(COUNTDOWN_CHOICES[-1], 1) == COUNTDOWN_CHOICES[-1]
    assert next_countdown_choice(37, 1) == 45  # a hand-edited setting joins the steps
    assert [format_seconds(s) for s in (0, 9, 60, 125)] == ["0:00", "0:09", "1:00", "2:05"]
