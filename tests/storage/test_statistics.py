"""The statistics screen's numbers, read from the running summaries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from quizapp.storage import DayActivity, HistoryStore, StatisticsStore, Totals

TODAY = date(2024, 5, 10)


def local(day: date, hour: int = 12) -> datetime:
    """A moment on the learner's wall clock (naive datetimes are local time)."""
    return datetime.combine(day, time(hour))


def answer_on(history: HistoryStore, session: int, day: date, correct: bool = True,
              seconds: float | None = 2.0, hour: int = 12) -> None:
    history.record_attempt(session, f"q{day.day}", 0, "A", correct, seconds,
                           answered_at=local(day, hour))


@pytest.fixture
def ann_session(history: HistoryStore) -> tuple[int, int]:
    ann = history.ensure_profile("Ann")
    return ann.id, history.start_session(ann.id, "p", "P", None, 10)


@pytest.mark.usefixtures("five_hours_behind_utc")
def test_daily_accuracy_uses_local_days_within_the_window(
        history: HistoryStore, statistics: StatisticsStore, ann_session: tuple[int, int]) -> None:
    profile_id, session = ann_session
    answer_on(history, session, TODAY - timedelta(days=30))  # just outside 30 days
    answer_on(history, session, TODAY - timedelta(days=29), correct=False, seconds=None)
    answer_on(history, session, TODAY, hour=0)
    answer_on(history, session, TODAY, correct=False, hour=23)  # 04:00 UTC the next day
    answer_on(history, session, TODAY + timedelta(days=1))  # a clock set wrong: not shown
    assert statistics.daily_accuracy(profile_id, today=TODAY) == [
        DayActivity(TODAY - timedelta(days=29), 1, 0, 0.0),
        DayActivity(TODAY, 2, 1, 4.0),
    ]
    assert statistics.daily_accuracy(profile_id, days=1, today=TODAY) == [
        DayActivity(TODAY, 2, 1, 4.0)]
    assert statistics.daily_accuracy(profile_id, days=0, today=TODAY) == []


def test_daily_accuracy_defaults_to_today(history: HistoryStore, statistics: StatisticsStore,
                                          ann_session: tuple[int, int]) -> None:
    profile_id, session = ann_session
    history.record_attempt(session, "q", 0, "A", True, 1.5)
    assert statistics.daily_accuracy(profile_id) == [DayActivity(date.today(), 1, 1, 1.5)]
    assert statistics.streak_days(profile_id) == 1


@pytest.mark.parametrize(("days_ago", "today_too", "streak"), [
    ((), False, 0),
    ((1, 2, 3), True, 4),      # ends today
    ((1, 2, 3), False, 3),     # nothing yet today: the streak still stands
    ((2, 3, 4), False, 0),     # yesterday missed: broken
    ((1, 2, 4, 5), True, 3),   # a gap stops the count
    ((), True, 1),
])
def test_streak_days(history: HistoryStore, statistics: StatisticsStore,
                     ann_session: tuple[int, int], days_ago: tuple[int, ...], today_too: bool,
                     streak: int) -> None:
    profile_id, session = ann_session
    for ago in days_ago:
        answer_on(history, session, TODAY - timedelta(days=ago))
    if today_too:
        answer_on(history, session, TODAY)
        answer_on(history, session, TODAY, hour=13)  # two answers are still one day
    answer_on(history, session, TODAY + timedelta(days=2))  # the future does not count
    assert statistics.streak_days(profile_id, today=TODAY) == streak


def test_streaks_are_per_learner(history: HistoryStore, statistics: StatisticsStore,
                                 ann_session: tuple[int, int]) -> None:
    profile_id, _ = ann_session
    bob = history.ensure_profile("Bob")
    answer_on(history, history.start_session(bob.id, "p", "P", None, 1), TODAY)
    assert statistics.streak_days(profile_id, today=TODAY) == 0
    assert statistics.streak_days(bob.id, today=TODAY) == 1


def test_question_summaries_per_pack(history: HistoryStore, statistics: StatisticsStore,
                                     ann_session: tuple[int, int]) -> None:
    profile_id, session = ann_session
    history.record_attempt(session, "q1", 0, "A", False, 3.0, answered_at=local(TODAY, 9))
    history.record_attempt(session, "q1", 1, "B", True, 1.0, answered_at=local(TODAY, 10))
    history.record_attempt(session, "q2", 1, "B", False, None, answered_at=local(TODAY, 11))
    other = history.start_session(profile_id, "other", "O", None, 1)
    history.record_attempt(other, "q9", 1, "B", True, 1.0)
    summaries = statistics.question_summaries(profile_id, "p")
    assert set(summaries) == {"q1", "q2"}
    q1, q2 = summaries["q1"], summaries["q2"]
    assert (q1.question_id, q1.seen, q1.correct, q1.total_seconds, q1.last_correct) == (
        "q1", 2, 1, 4.0, True)
    assert (q2.seen, q2.correct, q2.total_seconds, q2.last_correct) == (1, 0, 0.0, False)
    assert datetime.fromisoformat(q2.last_answered_at) == local(TODAY, 11).astimezone()
    assert statistics.question_summaries(profile_id, "unknown") == {}


def test_totals_count_answers_and_sessions_with_answers(
        history: HistoryStore, statistics: StatisticsStore, ann_session: tuple[int, int]) -> None:
    profile_id, session = ann_session
    assert statistics.totals(profile_id) == Totals(0, 0, 0.0, 0)
    answer_on(history, session, TODAY, seconds=2.5)
    answer_on(history, session, TODAY - timedelta(days=40), correct=False, seconds=None)
    second = history.start_session(profile_id, "other", "O", None, 1)
    history.record_attempt(second, "x", 0, "", True, 1.0)
    history.start_session(profile_id, "p", "P", None, 3)  # opened and left: not a session
    assert statistics.totals(profile_id) == Totals(3, 2, 3.5, 2)
