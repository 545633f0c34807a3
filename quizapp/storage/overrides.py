""""I was right": a learner overrules the grading of a typed answer.

The attempt keeps its answer and is marked ``overridden``, so it counts as right everywhere
(sessions, summaries, the day's accuracy, the review schedule) while history still tells it apart
from an answer the grader accepted. A flag row linked to the attempt puts it in the teacher's
flagged-questions list, so the accept list can be fixed. Until the learner goes on, ``undo``
reverses every one of those changes.
"""

from __future__ import annotations

import sqlite3

from quizapp.storage.review_schedule import ReviewSchedule
from quizapp.storage.timestamps import instant_text, local_day, parse_instant


class OverrideStore:
    def __init__(self, db: sqlite3.Connection, reviews: ReviewSchedule) -> None:
        self.db = db
        self.reviews = reviews

    def override(self, attempt_id: int) -> bool:
        """Count the attempt as right and report it; False if it already counted as right.

        Runs no transaction of its own: the caller wraps it in one. Raises ``LookupError`` for
        an attempt that does not exist.
        """
        if not self._recount(attempt_id, right=True):
            return False
        question_id, profile_id, pack_id = self._owner(attempt_id)
        self.db.execute(
            "INSERT INTO flags(profile_id, pack_id, question_id, comment, created_at, attempt_id) "
            "VALUES (?, ?, ?, '', ?, ?)",
            (profile_id, pack_id, question_id, instant_text(), attempt_id))
        return True

    def undo(self, attempt_id: int) -> bool:
        """Reverse :meth:`override`: the attempt counts as wrong again, its flag goes; False if
        it was not overridden. Runs no transaction of its own, as :meth:`override`."""
        if not self._recount(attempt_id, right=False):
            return False
        self.db.execute("DELETE FROM flags WHERE attempt_id = ?", (attempt_id,))
        return True

    def _owner(self, attempt_id: int) -> tuple[str, int, str]:
        row = self.db.execute(
            """SELECT a.question_id, s.profile_id, s.pack_id
               FROM attempts a JOIN sessions s ON s.id = a.session_id WHERE a.id = ?""",
            (attempt_id,)).fetchone()
        return str(row[0]), int(row[1]), str(row[2])

    def _recount(self, attempt_id: int, *, right: bool) -> bool:
        """Mark the attempt right and overridden (or back), and move every count built on it by
        one; False when there is nothing to change."""
        row = self.db.execute(
            """SELECT a.question_id, a.correct, a.overridden, a.answered_at, s.profile_id,
                      s.pack_id
               FROM attempts a JOIN sessions s ON s.id = a.session_id WHERE a.id = ?""",
            (attempt_id,)).fetchone()
        if row is None:
            raise LookupError(f"no answer number {attempt_id}")
        question_id, correct, overridden, answered_at, profile_id, pack_id = row
        if (right and correct) or (not right and not overridden):
            return False
        step = 1 if right else -1
        self.db.execute("UPDATE attempts SET correct = ?, overridden = ? WHERE id = ?",
                        (int(right), int(right), attempt_id))
        latest = self.db.execute(
            """SELECT NOT EXISTS (SELECT 1 FROM attempts a JOIN sessions s ON s.id = a.session_id
                                  WHERE s.profile_id = ? AND s.pack_id = ? AND a.question_id = ?
                                    AND a.id > ?)""",
            (profile_id, pack_id, question_id, attempt_id)).fetchone()[0]
        self.db.execute(
            """UPDATE question_stats SET correct = correct + ?, overridden = overridden + ?,
                      last_correct = CASE WHEN ? THEN ? ELSE last_correct END
               WHERE profile_id = ? AND pack_id = ? AND question_id = ?""",
            (step, step, latest, int(right), profile_id, pack_id, question_id))
        when = parse_instant(answered_at)
        self.db.execute("UPDATE daily_activity SET correct = correct + ? "
                        "WHERE profile_id = ? AND day = ?",
                        (step, profile_id, local_day(when).isoformat()))
        if latest:  # an older answer's review has been built upon since: leave the card be
            self.reviews.rerate_latest(profile_id, pack_id, question_id, right, when)
        return True
