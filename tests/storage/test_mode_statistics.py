"""Statistics of one mode: the same numbers as the running summaries when only that mode was
played, and only that mode's answers when several were."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from quizapp.storage import HistoryStore, StatisticsStore
from quizapp.storage.mode_statistics import ModeStatisticsStore, statistics_for_mode

TODAY = date(2024, 5, 10)


def answer(history: HistoryStore, session: int, question: str, day: date, correct: bool,
           hour: int = 12, seconds: float | None = 2.0) -> None:
    history.record_attempt(session, question, 0, "A", correct, seconds,
                           answered_at=datetime.combine(day, time(hour)))


def play(history: HistoryStore, profile_id: int, mode: str) -> None:
    """Three days of answers in one mode, a wrong one fixed later, one at local midnight."""
    session = history.start_session(profile_id, "p", "P", None, 5, mode)
    answer(history, session, "q1", TODAY - timedelta(days=2), False)
    answer(history, session, "q1", TODAY - timedelta(days=1), True, seconds=None)
    answer(history, session, "q2", TODAY - timedelta(days=1), True, hour=23)
    answer(history, session, "q3", TODAY, False, hour=0)
    other_pack = history.start_session(profile_id, "other", "O", None, 5, mode)
    answer(history, other_pack, "q1", TODAY, True)


def numbers(store: StatisticsStore, profile_id: int) -> tuple[object, ...]:
    return (store.daily_accuracy(profile_id, today=TODAY), store.question_summaries(profile_id, "p"),
            store.streak_days(profile_id, TODAY), store.totals(profile_id))


@pytest.mark.usefixtures("five_hours_behind_utc")
def test_one_mode_alone_gives_the_summaries_numbers(history: HistoryStore,
                                                    statistics: StatisticsStore) -> None:
    ann = history.ensure_profile("Ann")
    play(history, ann.id, "exam")
    assert numbers(ModeStatisticsStore(history.db, "exam"), ann.id) == numbers(statistics, ann.id)
    assert statistics_for_mode(statistics, None) is statistics


@pytest.mark.usefixtures("five_hours_behind_utc")
def test_a_mode_sees_only_its_own_sessions(history: HistoryStore,
                                           statistics: StatisticsStore) -> None:
    ann, ben = history.ensure_profile("Ann"), history.ensure_profile("Ben")
    play(history, ann.id, "practice")
    play(history, ben.id, "exam")  # another learner's exams are not Ann's
    exam = history.start_session(ann.id, "p", "P", None, 2, "exam")
    answer(history, exam, "q2", TODAY - timedelta(days=5), False)
    exams = statistics_for_mode(statistics, "exam")
    assert exams.totals(ann.id).answered == 1 and exams.totals(ann.id).sessions == 1
    [q2] = exams.question_summaries(ann.id, "p").values()
    assert (q2.question_id, q2.seen, q2.correct, q2.last_correct) == ("q2", 1, 0, False)
    assert exams.streak_days(ann.id, TODAY) == 0
    assert [d.day for d in exams.daily_accuracy(ann.id, today=TODAY)] == [
        TODAY - timedelta(days=5)]
    practice = statistics_for_mode(statistics, "practice")
    assert practice.totals(ann.id).answered == 5 and statistics.totals(ann.id).answered == 6
    assert practice.streak_days(ann.id, TODAY) == 3
    assert practice.question_summaries(ann.id, "p")["q1"].last_correct
