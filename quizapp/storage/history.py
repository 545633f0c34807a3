"""The learner's history: profiles, quiz sessions and every answer given.

This is the only place that writes SQL about history, so the UI and the command line ask it
questions in domain terms (best score per pack, sessions of a profile) rather than in SQL.
Each answer also updates running summaries and its review card in the same transaction, so
statistics and schedules are read from small tables and can never disagree with the attempts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizapp.core.limits import MAX_PROFILE_NAME
from quizapp.storage import csv_export
from quizapp.storage.database import transaction
from quizapp.storage.errors import StorageError, plain_reason
from quizapp.storage.flags import Flag, FlagStore
from quizapp.storage.overrides import OverrideStore
from quizapp.storage.review_schedule import ReviewSchedule
from quizapp.storage.timestamps import as_utc, instant_text, local_day

__all__ = [
    "Flag", "HistoryStore", "Profile", "ProfileNameError", "RecentPack", "SessionSummary",
    "StorageError", "UnfinishedSession",
]

_now = instant_text
MAX_NAME_LENGTH = MAX_PROFILE_NAME


@dataclass(frozen=True)
class Profile:
    id: int
    name: str


@dataclass(frozen=True)
class SessionSummary:
    id: int
    pack_id: str
    pack_title: str
    mode: str
    started_at: str
    finished_at: str | None
    question_count: int
    answered: int
    correct: int


@dataclass(frozen=True)
class UnfinishedSession:
    """Enough to put the learner back where they left off: the questions in the order they were
    asked and the answers given so far, to be re-graded against the pack as it is now."""

    session_id: int
    pack_id: str
    pack_title: str
    pack_path: str | None
    mode: str
    question_ids: tuple[str, ...]
    answers: tuple[tuple[str, object, float | None], ...]
    seed: int | None = None
    """The seed of the session's shuffles; None for sessions begun before seeds were kept."""
    overridden: frozenset[int] = frozenset()
    """Positions in ``answers`` of answers the learner said were right ("I was right")."""


@dataclass(frozen=True)
class RecentPack:
    path: str
    pack_id: str
    title: str
    opened_at: str


class ProfileNameError(ValueError):
    """A profile name that cannot be used (empty, too long, another profile's)."""


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ProfileNameError("a profile needs a name")
    if len(clean) > MAX_NAME_LENGTH:
        raise ProfileNameError(f"a profile name can have at most {MAX_NAME_LENGTH} characters")
    return clean


class HistoryStore:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.reviews = ReviewSchedule(db)
        self._flags = FlagStore(db)
        self._overrides = OverrideStore(db, self.reviews)

    # -- profiles ------------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self.db.execute("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE")
        return [Profile(row["id"], row["name"]) for row in rows]

    def find_profile(self, name: str) -> Profile | None:
        row = self.db.execute("SELECT id, name FROM profiles WHERE name = ?",
                              (name.strip(),)).fetchone()
        return Profile(row["id"], row["name"]) if row else None

    def ensure_profile(self, name: str) -> Profile:
        """The profile called ``name``, created if new (names ignore case).

        Two quizapps starting with the same new ``--profile`` both end with the same profile:
        the insert does nothing if the other one got there first.
        """
        clean = _clean_name(name)
        existing = self.find_profile(clean)
        if existing is not None:
            return existing
        with self._saving(f"the learner {clean!r} could not be saved"):
            self.db.execute("INSERT INTO profiles(name, created_at) VALUES (?, ?) "
                            "ON CONFLICT(name) DO NOTHING", (clean, _now()))
        created = self.find_profile(clean)
        if created is None:  # deleted again by another quizapp in between
            raise StorageError(f"the learner {clean!r} could not be saved")
        return created

    def rename_profile(self, profile_id: int, new_name: str) -> Profile:
        clean = _clean_name(new_name)
        try:
            with transaction(self.db):
                if self.db.execute("SELECT 1 FROM profiles WHERE id = ?",
                                   (profile_id,)).fetchone() is None:
                    raise StorageError(f"there is no profile number {profile_id} any more")
                taken = self.db.execute("SELECT name FROM profiles WHERE name = ? AND id != ?",
                                        (clean, profile_id)).fetchone()
                if taken is not None:
                    raise ProfileNameError(f"there is already a profile called {taken[0]!r}")
                self.db.execute("UPDATE profiles SET name = ? WHERE id = ?", (clean, profile_id))
        except sqlite3.IntegrityError as error:  # the UNIQUE constraint has the last word
            raise ProfileNameError(f"there is already a profile called {clean!r}") from error
        except sqlite3.Error as error:
            raise StorageError(f"the new name could not be saved: {plain_reason(error)}") from error
        return Profile(profile_id, clean)

    def delete_profile(self, profile_id: int) -> None:
        """Remove the profile and everything recorded for it, through ON DELETE CASCADE."""
        if not self.db.execute("PRAGMA foreign_keys").fetchone()[0]:
            # the cascade would silently not happen and leave the learner's answers behind
            raise StorageError("deleting a profile needs a connection from open_database")
        with self._saving("the learner could not be deleted"):
            self.db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))

    # -- sessions and attempts -----------------------------------------------------------------
    def start_session(self, profile_id: int, pack_id: str, pack_title: str, pack_path: str | None,
                      question_count: int, mode: str = "practice",
                      question_ids: Sequence[str] | None = None, seed: int | None = None) -> int:
        """``question_ids`` (in the order they will be asked) and ``seed`` (of the shuffles)
        make the session resumable as it was shown."""
        if isinstance(question_ids, str):
            raise TypeError("question_ids must be a sequence of ids, not one string")
        ids_json = json.dumps(list(question_ids)) if question_ids is not None else None
        with self._saving("the quiz could not be started"):
            cursor = self.db.execute(
                "INSERT INTO sessions(profile_id, pack_id, pack_title, pack_path, mode, "
                "question_count, started_at, question_ids, seed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (profile_id, pack_id, pack_title, pack_path, mode, question_count, _now(),
                 ids_json, seed),
            )
        return int(cursor.lastrowid or 0)

    def record_attempt(self, session_id: int, question_id: str, answer: object,
                       answer_text: str, correct: bool, seconds: float | None, *,
                       answered_at: datetime | None = None) -> int:
        """Store one answer with its summaries and review card; on disk when this returns.
        Returns the attempt's id (for ``override_attempt``).

        ``answered_at`` (default now) lets imports and tests place an answer in time; its local
        date is the day it counts for.
        """
        when = as_utc(answered_at).replace(microsecond=0)
        answered = instant_text(when)
        answer_json = json.dumps(answer, ensure_ascii=False)  # fails before anything is written
        right = int(bool(correct))
        spent = 0.0 if seconds is None else float(seconds)
        try:
            with transaction(self.db):
                session = self.db.execute("SELECT profile_id, pack_id FROM sessions WHERE id = ?",
                                          (session_id,)).fetchone()
                if session is None:
                    raise StorageError(
                        f"the history database refused the answer: no session {session_id}")
                profile_id, pack_id = session
                attempt_id = int(self.db.execute(
                    "INSERT INTO attempts(session_id, question_id, answer_json, answer_text, "
                    "correct, seconds, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (session_id, question_id, answer_json, answer_text, right, seconds, answered),
                ).lastrowid or 0)
                self._add_to_summaries(profile_id, pack_id, question_id, right, spent, when)
                self.reviews.review(profile_id, pack_id, question_id, bool(right), when)
        except sqlite3.Error as error:
            _roll_back(self.db)
            raise StorageError("the history database refused the answer: "
                               f"{plain_reason(error)}") from error
        return attempt_id

    def undo_override(self, attempt_id: int) -> bool:
        """Take back "I was right": the attempt counts as wrong again, everywhere it counted
        as right, and leaves the flagged questions. False if it was not overridden."""
        try:
            with transaction(self.db):
                return self._overrides.undo(attempt_id)
        except LookupError as error:
            raise StorageError(f"the answer to take back is not in the history: {error}") from error
        except sqlite3.Error as error:
            _roll_back(self.db)
            raise StorageError("the history database refused the change: "
                               f"{plain_reason(error)}") from error

    def override_attempt(self, attempt_id: int) -> bool:
        """ "I was right": count a typed answer marked wrong as right, and list it for the teacher
        among the flagged questions. False if it already counted as right."""
        try:
            with transaction(self.db):
                return self._overrides.override(attempt_id)
        except LookupError as error:
            raise StorageError(f"the answer to mark right is not in the history: {error}") from error
        except sqlite3.Error as error:
            _roll_back(self.db)
            raise StorageError("the history database refused the change: "
                               f"{plain_reason(error)}") from error

    def _add_to_summaries(self, profile_id: int, pack_id: str, question_id: str, right: int,
                          seconds: float, when: datetime) -> None:
        answered = instant_text(when)
        # an answer dated before the latest one (an import) adds to the counts but is not "last"
        self.db.execute(
            """INSERT INTO question_stats(profile_id, pack_id, question_id, seen, correct,
                                          total_seconds, last_correct, last_answered_at)
               VALUES (?, ?, ?, 1, ?, ?, ?, ?)
               ON CONFLICT(profile_id, pack_id, question_id) DO UPDATE SET
                   seen = seen + 1,
                   correct = correct + excluded.correct,
                   total_seconds = total_seconds + excluded.total_seconds,
                   last_correct = CASE WHEN excluded.last_answered_at >= last_answered_at
                                       THEN excluded.last_correct ELSE last_correct END,
                   last_answered_at = MAX(last_answered_at, excluded.last_answered_at)""",
            (profile_id, pack_id, question_id, right, seconds, right, answered),
        )
        self.db.execute(
            """INSERT INTO daily_activity(profile_id, day, answered, correct, seconds)
               VALUES (?, ?, 1, ?, ?)
               ON CONFLICT(profile_id, day) DO UPDATE SET
                   answered = answered + 1,
                   correct = correct + excluded.correct,
                   seconds = seconds + excluded.seconds""",
            (profile_id, local_day(when).isoformat(), right, seconds),
        )

    def set_session_seed(self, session_id: int, seed: int) -> None:
        """Give a session from before seeds were kept the seed it is resumed with from now on."""
        self.db.execute("UPDATE sessions SET seed = ? WHERE id = ? AND seed IS NULL",
                        (seed, session_id))

    def finish_session(self, session_id: int) -> None:
        with self._saving("the end of the quiz could not be saved"):
            self.db.execute("UPDATE sessions SET finished_at = ? WHERE id = ? "
                            "AND finished_at IS NULL", (_now(), session_id))

    def abandon_session(self, session_id: int) -> None:
        """Stop offering the session for resuming; its answers stay in the history."""
        self.finish_session(session_id)

    def unfinished_session(self, profile_id: int) -> UnfinishedSession | None:
        """The most recent session left part-way, if it can be resumed (it knows its questions)."""
        rows = self.db.execute(
            """SELECT s.id, s.pack_id, s.pack_title, s.pack_path, s.mode, s.question_ids, s.seed
               FROM sessions s
               WHERE s.profile_id = ? AND s.finished_at IS NULL AND s.question_ids IS NOT NULL
                 AND (SELECT COUNT(*) FROM attempts a WHERE a.session_id = s.id)
                     < s.question_count
               ORDER BY s.started_at DESC, s.id DESC""",
            (profile_id,),
        )
        for row in rows:
            question_ids = _json_or_none(row["question_ids"])
            if not isinstance(question_ids, list):
                continue  # damaged: offer the next one rather than fail the home screen
            attempts = self.db.execute("SELECT question_id, answer_json, seconds, overridden "
                                       "FROM attempts WHERE session_id = ? ORDER BY id",
                                       (row["id"],)).fetchall()
            answers = tuple((a["question_id"], _json_or_none(a["answer_json"]), a["seconds"])
                            for a in attempts)
            overridden = frozenset(i for i, a in enumerate(attempts) if a["overridden"])
            return UnfinishedSession(row["id"], row["pack_id"], row["pack_title"], row["pack_path"],
                                     row["mode"], tuple(str(i) for i in question_ids), answers,
                                     row["seed"], overridden)
        return None

    def sessions(self, profile_id: int) -> list[SessionSummary]:
        rows = self.db.execute(
            """SELECT s.id, s.pack_id, s.pack_title, s.mode, s.started_at, s.finished_at,
                      s.question_count, COUNT(a.id) AS answered,
                      COALESCE(SUM(a.correct), 0) AS correct
               FROM sessions s LEFT JOIN attempts a ON a.session_id = s.id
               WHERE s.profile_id = ? GROUP BY s.id ORDER BY s.started_at, s.id""",
            (profile_id,),
        )
        return [SessionSummary(r["id"], r["pack_id"], r["pack_title"], r["mode"], r["started_at"],
                               r["finished_at"], r["question_count"], r["answered"], r["correct"])
                for r in rows]

    def best_scores(self, profile_id: int) -> dict[str, float]:
        """Best share answered right in one finished session, per pack id (0.0 to 1.0): of the
        whole pack in a practice run answered to the end, of the exam's questions in a handed-in
        exam (the most formal score; its unanswered questions count as wrong). A quiz left
        part-way does not count, resumable or not: its score is not a score of the pack. Other
        modes ask chosen questions (mistakes, due ones), so their share says less."""
        rows = self.db.execute(
            """SELECT s.pack_id, MAX(1.0 * c.correct / s.question_count) AS best
               FROM sessions s JOIN (SELECT session_id, SUM(correct) AS correct,
                                            COUNT(*) AS answered
                                     FROM attempts GROUP BY session_id) c ON c.session_id = s.id
               WHERE s.profile_id = ? AND s.question_count > 0
                 AND ((s.mode = 'practice' AND c.answered >= s.question_count)
                      OR (s.mode = 'exam' AND s.finished_at IS NOT NULL AND EXISTS (
                          SELECT 1 FROM exam_sessions e
                          WHERE e.session_id = s.id AND e.handed_in_at IS NOT NULL)))
               GROUP BY s.pack_id""",
            (profile_id,),
        )
        return {row["pack_id"]: float(row["best"]) for row in rows}

    # -- what the study modes ask ----------------------------------------------------------------
    def missed_question_ids(self, profile_id: int, pack_id: str) -> list[str]:
        """Questions whose last answer was wrong, most recently answered first."""
        rows = self.db.execute(
            "SELECT question_id FROM question_stats WHERE profile_id = ? AND pack_id = ? "
            "AND last_correct = 0 ORDER BY last_answered_at DESC, question_id",
            (profile_id, pack_id))
        return [row[0] for row in rows]

    def seen_question_ids(self, profile_id: int, pack_id: str) -> set[str]:
        rows = self.db.execute("SELECT question_id FROM question_stats WHERE profile_id = ? "
                               "AND pack_id = ?", (profile_id, pack_id))
        return {row[0] for row in rows}

    def due_question_ids(self, profile_id: int, pack_id: str,
                         now: datetime | None = None) -> list[str]:
        """Questions due for review at ``now``, most overdue first."""
        return self.reviews.due_question_ids(profile_id, pack_id, now)

    def due_count(self, profile_id: int, pack_id: str, now: datetime | None = None) -> int:
        return self.reviews.due_count(profile_id, pack_id, now)

    def next_due(self, profile_id: int, pack_id: str,
                 now: datetime | None = None) -> datetime | None:
        """When the next question not yet due becomes due (UTC), for "come back at …"."""
        return self.reviews.next_due(profile_id, pack_id, now)

    def scheduled_question_ids(self, profile_id: int, pack_id: str) -> set[str]:
        """Questions with a review card; the others are new to the schedule."""
        return self.reviews.scheduled_question_ids(profile_id, pack_id)

    # -- flags and export ------------------------------------------------------------------------
    def flag_question(self, profile_id: int, pack_id: str, question_id: str, comment: str) -> None:
        with self._saving("the flag could not be saved"):
            self._flags.flag_question(profile_id, pack_id, question_id, comment)

    def flags(self, pack_id: str) -> list[Flag]:
        """Every learner's flags on the pack, newest first: a teacher reviews them together."""
        return self._flags.flags(pack_id)

    def flag_count(self, pack_id: str) -> int:
        return self._flags.flag_count(pack_id)

    def export_history_csv(self, profile_id: int, path: Path) -> int:
        """Write one row per answer of the profile to ``path``; returns the number of rows."""
        with self._saving("the history could not be read"):
            return csv_export.export_history_csv(self.db, profile_id, path)

    # -- recently opened packs -----------------------------------------------------------------
    def remember_pack(self, path: str, pack_id: str, title: str) -> None:
        with self._saving("the pack could not be added to the recent packs"), transaction(self.db):
            # delete and insert again so the row's rowid says it is the newest
            self.db.execute("DELETE FROM recent_packs WHERE path = ?", (path,))
            self.db.execute(
                "INSERT INTO recent_packs(path, pack_id, title, opened_at) VALUES (?, ?, ?, ?)",
                (path, pack_id, title, _now()),
            )
            self.db.execute("DELETE FROM recent_packs WHERE path NOT IN (SELECT path FROM "
                            "recent_packs ORDER BY rowid DESC LIMIT 20)")

    def forget_pack(self, path: str) -> None:
        with self._saving("the recent packs could not be changed"):
            self.db.execute("DELETE FROM recent_packs WHERE path = ?", (path,))

    def recent_packs(self, limit: int = 10) -> list[RecentPack]:
        rows = self.db.execute("SELECT path, pack_id, title, opened_at FROM recent_packs "
                               "ORDER BY rowid DESC LIMIT ?", (limit,))
        return [RecentPack(r["path"], r["pack_id"], r["title"], r["opened_at"]) for r in rows]


    @contextmanager
    def _saving(self, what: str) -> Iterator[None]:
        """Turn SQLite's failure to write into a ``StorageError`` a learner can read."""
        try:
            yield
        except sqlite3.Error as error:
            _roll_back(self.db)
            raise StorageError(f"{what}: {plain_reason(error)}") from error


def _roll_back(db: sqlite3.Connection) -> None:
    """End a transaction a failed write (or a failed COMMIT) left open; if even that fails, the
    connection is beyond help and SQLite rolls back when it closes."""
    if db.in_transaction:
        with suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def _json_or_none(text: str | None) -> object:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None
