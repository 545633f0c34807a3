"""Statistics of one study mode (only exams, only practice, …), for the statistics screen's filter.

The running summaries add every mode together, so a view of one mode is read from the attempts of
that mode's sessions instead. Only one learner's attempts are read, found through the index of
their sessions; the unfiltered view (the one the screen opens with) still never scans attempts.
Exams count their final answers only, as everywhere (see ``quizapp.storage.exam_records``).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from quizapp.storage.statistics import (
    DayActivity,
    QuestionSummary,
    StatisticsStore,
    Totals,
    day_window,
    streak_ending,
)

# answered_at is UTC; a day is the learner's local calendar day, as in daily_activity
_LOCAL_DAY = "COALESCE(date(a.answered_at, 'localtime'), substr(a.answered_at, 1, 10))"
_MODE_ATTEMPTS = ("FROM attempts a JOIN sessions s ON s.id = a.session_id "
                  "WHERE s.profile_id = ? AND s.mode = ?")


class ModeStatisticsStore(StatisticsStore):
    """The same questions as ``StatisticsStore``, answered from one mode's sessions only."""

    def __init__(self, db: sqlite3.Connection, mode: str) -> None:
        super().__init__(db)
        self.mode = mode

    def daily_accuracy(self, profile_id: int, days: int = 30, *,
                       today: date | None = None) -> list[DayActivity]:
        if days <= 0:
            return []
        first, last = day_window(days, today)
        rows = self.db.execute(
            f"SELECT {_LOCAL_DAY} AS day, COUNT(*), SUM(a.correct), "
            f"COALESCE(SUM(a.seconds), 0.0) {_MODE_ATTEMPTS} "
            "GROUP BY day HAVING day BETWEEN ? AND ? ORDER BY day",
            (profile_id, self.mode, first.isoformat(), last.isoformat()))
        return [DayActivity(date.fromisoformat(r[0]), r[1], r[2], float(r[3])) for r in rows]

    def question_summaries(self, profile_id: int, pack_id: str) -> dict[str, QuestionSummary]:
        rows = self.db.execute(
            f"""SELECT question_id, COUNT(*), SUM(correct), COALESCE(SUM(seconds), 0.0),
                       MAX(CASE WHEN recency = 1 THEN correct END),
                       MAX(answered_at), SUM(overridden)
                FROM (SELECT a.question_id, a.correct, a.seconds, a.answered_at, a.overridden,
                             ROW_NUMBER() OVER (PARTITION BY a.question_id
                                                ORDER BY a.answered_at DESC, a.id DESC) AS recency
                      {_MODE_ATTEMPTS} AND s.pack_id = ?)
                GROUP BY question_id""",
            (profile_id, self.mode, pack_id))
        return {r[0]: QuestionSummary(r[0], r[1], r[2], float(r[3]), bool(r[4]), r[5], r[6])
                for r in rows}

    def streak_days(self, profile_id: int, today: date | None = None) -> int:
        today = today or date.today()
        rows = self.db.execute(
            f"SELECT DISTINCT {_LOCAL_DAY} AS day {_MODE_ATTEMPTS} AND day <= ? "
            "ORDER BY day DESC", (profile_id, self.mode, today.isoformat()))
        return streak_ending(today, (date.fromisoformat(text) for (text,) in rows))

    def totals(self, profile_id: int) -> Totals:
        answered, correct, seconds, sessions, overridden = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(a.correct), 0), COALESCE(SUM(a.seconds), 0.0), "
            f"COUNT(DISTINCT a.session_id), COALESCE(SUM(a.overridden), 0) {_MODE_ATTEMPTS}",
            (profile_id, self.mode)).fetchone()
        return Totals(int(answered), int(correct), float(seconds), int(sessions), int(overridden))


def statistics_for_mode(statistics: StatisticsStore, mode: str | None) -> StatisticsStore:
    """``statistics`` itself for every mode (None), else a view of ``mode``'s sessions."""
    return statistics if mode is None else ModeStatisticsStore(statistics.db, mode)
