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
        row = self.db.execute(
            """SELECT a.question_id, a.correct, a.answered_at, s.profile_id, s.pack_id
               FROM attempts a JOIN sessions s ON s.id = a.session_id WHERE a.id = ?""",
            (attempt_id,)).fetchone()
        if row is None:
            raise LookupError(f"no answer number {attempt_id}")
        question_id, correct, answered_at, profile_id, pack_id = row
        if correct:
            return False
        self.db.execute("UPDATE attempts SET correct = 1, overridden = 1 WHERE id = ?",
                        (attempt_id,))
        latest = self.db.execute(
            """SELECT NOT EXISTS (SELECT 1 FROM attempts a JOIN sessions s ON s.id = a.session_id
                                  WHERE s.profile_id = ? AND s.pack_id = ? AND a.question_id = ?
                                    AND a.id > ?)""",
            (profile_id, pack_id, question_id, attempt_id)).fetchone()[0]
        self.db.execute(
            """UPDATE question_stats SET correct = correct + 1, overridden = overridden + 1,
                      last_correct = CASE WHEN ? THEN 1 ELSE last_correct END
               WHERE profile_id = ? AND pack_id = ? AND question_id = ?""",
            (latest, profile_id, pack_id, question_id))
        when = parse_instant(answered_at)
        self.db.execute("UPDATE daily_activity SET correct = correct + 1 "
                        "WHERE profile_id = ? AND day = ?",
                        (profile_id, local_day(when).isoformat()))
        if latest:  # an older answer's review has been built upon since: leave the card be
            self.reviews.rerate_latest(profile_id, pack_id, question_id, True, when)
        self.db.execute(
            "INSERT INTO flags(profile_id, pack_id, question_id, comment, created_at, attempt_id) "
            "VALUES (?, ?, ?, '', ?, ?)",
            (profile_id, pack_id, question_id, instant_text(), attempt_id))
        return True

    def undo(self, attempt_id: int) -> bool:
        """Reverse :meth:`override`: the attempt counts as wrong again, its flag goes; False if
        it was not overridden. Runs no transaction of its own, as :meth:`override`."""
        row = self.db.execute(
            """SELECT a.question_id, a.overridden, a.answered_at, s.profile_id, s.pack_id
               FROM attempts a JOIN sessions s ON s.id = a.session_id WHERE a.id = ?""",
            (attempt_id,)).fetchone()
        if row is None:
            raise LookupError(f"no answer number {attempt_id}")
        question_id, overridden, answered_at, profile_id, pack_id = row
        if not overridden:
            return False
        self.db.execute("UPDATE attempts SET correct = 0, overridden = 0 WHERE id = ?",
                        (attempt_id,))
        latest = self.db.execute(
            """SELECT NOT EXISTS (SELECT 1 FROM attempts a JOIN sessions s ON s.id = a.session_id
                                  WHERE s.profile_id = ? AND s.pack_id = ? AND a.question_id = ?
                                    AND a.id > ?)""",
            (profile_id, pack_id, question_id, attempt_id)).fetchone()[0]
        self.db.execute(
            """UPDATE question_stats SET correct = correct - 1, overridden = overridden - 1,
                      last_correct = CASE WHEN ? THEN 0 ELSE last_correct END
               WHERE profile_id = ? AND pack_id = ? AND question_id = ?""",
            (latest, profile_id, pack_id, question_id))
        when = parse_instant(answered_at)
        self.db.execute("UPDATE daily_activity SET correct = correct - 1 "
                        "WHERE profile_id = ? AND day = ?",
                        (profile_id, local_day(when).isoformat()))
        if latest:
            self.reviews.rerate_latest(profile_id, pack_id, question_id, False, when)
        self.db.execute("DELETE FROM flags WHERE attempt_id = ?", (attempt_id,))
        return True
