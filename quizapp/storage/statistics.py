"""Numbers for the statistics screen, read from the running summaries that each answer updates.

Nothing here scans ``attempts``: a learner with years of answers gets the screen as fast as one
with a day's. The UI turns these into per-section mastery and weakest questions with the pack it
has in memory, because sections and prompts live in the pack, not in the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DayActivity:
    day: date
    answered: int
    correct: int
    seconds: float


@dataclass(frozen=True)
class QuestionSummary:
    question_id: str
    seen: int
    correct: int
    total_seconds: float
    last_correct: bool
    last_answered_at: str
    overridden: int = 0
    """How many of ``correct`` the learner marked right ("I was right")."""


@dataclass(frozen=True)
class Totals:
    answered: int
    correct: int
    seconds: float
    sessions: int
    overridden: int = 0
    """Answers among ``correct`` that the learner marked right ("I was right")."""


def day_window(days: int, today: date | None = None) -> tuple[date, date]:
    """The first and last of the ``days`` days ending today."""
    last = today or date.today()
    return last - timedelta(days=days - 1), last


def streak_ending(today: date, days_newest_first: Iterable[date]) -> int:
    """How many consecutive study days end today, or yesterday if none yet today."""
    streak = 0
    expected: date | None = None
    for day in days_newest_first:
        if expected is None:  # the most recent day must be today or yesterday
            if day < today - timedelta(days=1):
                return 0
        elif day != expected:
            break
        streak += 1
        expected = day - timedelta(days=1)
    return streak


class StatisticsStore:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def daily_accuracy(self, profile_id: int, days: int = 30, *,
                       today: date | None = None) -> list[DayActivity]:
        """Days with answers among the last ``days`` (today included), oldest first."""
        if days <= 0:
            return []
        first, last = day_window(days, today)
        rows = self.db.execute(
            "SELECT day, answered, correct, seconds FROM daily_activity "
            "WHERE profile_id = ? AND day BETWEEN ? AND ? AND answered > 0 ORDER BY day",
            (profile_id, first.isoformat(), last.isoformat()),
        )
        return [DayActivity(date.fromisoformat(r[0]), r[1], r[2], float(r[3])) for r in rows]

    def question_summaries(self, profile_id: int, pack_id: str) -> dict[str, QuestionSummary]:
        """Only questions answered at least once; the absent ones are the never-seen."""
        rows = self.db.execute(
            "SELECT question_id, seen, correct, total_seconds, last_correct, last_answered_at, "
            "overridden FROM question_stats WHERE profile_id = ? AND pack_id = ?",
            (profile_id, pack_id))
        return {r[0]: QuestionSummary(r[0], r[1], r[2], float(r[3]), bool(r[4]), r[5], r[6])
                for r in rows}

    def streak_days(self, profile_id: int, today: date | None = None) -> int:
        """Consecutive days with answers up to today, or up to yesterday if none yet today:
        the streak is not lost before the day is over."""
        today = today or date.today()
        rows = self.db.execute(
            "SELECT day FROM daily_activity WHERE profile_id = ? AND day <= ? AND answered > 0 "
            "ORDER BY day DESC", (profile_id, today.isoformat()))
        return streak_ending(today, (date.fromisoformat(text) for (text,) in rows))

    def totals(self, profile_id: int) -> Totals:
        """``sessions`` counts sessions with at least one answer: opening a quiz and leaving at
        once is not a study session."""
        answered, correct, seconds = self.db.execute(
            "SELECT COALESCE(SUM(answered), 0), COALESCE(SUM(correct), 0), "
            "COALESCE(SUM(seconds), 0.0) FROM daily_activity WHERE profile_id = ?",
            (profile_id,)).fetchone()
        (sessions,) = self.db.execute(
            "SELECT COUNT(*) FROM sessions s WHERE s.profile_id = ? "
            "AND EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = s.id)",
            (profile_id,)).fetchone()
        (overridden,) = self.db.execute(
            "SELECT COALESCE(SUM(overridden), 0) FROM question_stats WHERE profile_id = ?",
            (profile_id,)).fetchone()
        return Totals(int(answered), int(correct), float(seconds), int(sessions), int(overridden))
