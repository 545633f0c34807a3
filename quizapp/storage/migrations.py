"""Numbered schema steps. ``PRAGMA user_version`` says how many have been applied.

Add a step by appending a function; never edit a released one. Each runs in its own transaction
with the version bump, so a crash leaves the database at the previous version, never half-way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _001_profiles_sessions_attempts(db: sqlite3.Connection) -> None:
    for statement in (
        """CREATE TABLE profiles (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE COLLATE NOCASE,
               created_at TEXT NOT NULL
           )""",
        """CREATE TABLE sessions (
               id INTEGER PRIMARY KEY,
               profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
               pack_id TEXT NOT NULL,
               pack_title TEXT NOT NULL,
               pack_path TEXT,
               mode TEXT NOT NULL DEFAULT 'practice',
               question_count INTEGER NOT NULL,
               started_at TEXT NOT NULL,
               finished_at TEXT
           )""",
        "CREATE INDEX sessions_by_profile_pack ON sessions(profile_id, pack_id)",
        """CREATE TABLE attempts (
               id INTEGER PRIMARY KEY,
               session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
               question_id TEXT NOT NULL,
               answer_json TEXT NOT NULL,
               answer_text TEXT NOT NULL,
               correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
               seconds REAL,
               answered_at TEXT NOT NULL
           )""",
        "CREATE INDEX attempts_by_session ON attempts(session_id)",
        """CREATE TABLE recent_packs (
               path TEXT PRIMARY KEY,
               pack_id TEXT NOT NULL,
               title TEXT NOT NULL,
               opened_at TEXT NOT NULL
           )""",
    ):
        db.execute(statement)


def _002_summaries_reviews_flags(db: sqlite3.Connection) -> None:
    """Running summaries (so statistics never scan attempts), review cards, flags, resumable sessions.

    The summaries are filled from the attempts already recorded, so a learner's history from
    before this step counts. Review cards are not replayed from old attempts: scheduling is
    Python-side (FSRS) and replaying every attempt would make the first start after an update
    slow; such questions count as new to the review schedule until answered again.
    """
    for statement in (
        "ALTER TABLE sessions ADD COLUMN question_ids TEXT",
        """CREATE TABLE question_stats (
               profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
               pack_id TEXT NOT NULL,
               question_id TEXT NOT NULL,
               seen INTEGER NOT NULL,
               correct INTEGER NOT NULL,
               total_seconds REAL NOT NULL,
               last_correct INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
               last_answered_at TEXT NOT NULL,
               PRIMARY KEY (profile_id, pack_id, question_id)
           ) WITHOUT ROWID""",
        """CREATE TABLE daily_activity (
               profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
               day TEXT NOT NULL,
               answered INTEGER NOT NULL,
               correct INTEGER NOT NULL,
               seconds REAL NOT NULL,
               PRIMARY KEY (profile_id, day)
           ) WITHOUT ROWID""",
        """CREATE TABLE review_cards (
               profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
               pack_id TEXT NOT NULL,
               question_id TEXT NOT NULL,
               card_json TEXT NOT NULL,
               due TEXT NOT NULL,
               PRIMARY KEY (profile_id, pack_id, question_id)
           ) WITHOUT ROWID""",
        "CREATE INDEX review_cards_by_due ON review_cards(profile_id, pack_id, due)",
        """CREATE TABLE flags (
               id INTEGER PRIMARY KEY,
               profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
               pack_id TEXT NOT NULL,
               question_id TEXT NOT NULL,
               comment TEXT NOT NULL,
               created_at TEXT NOT NULL
           )""",
        "CREATE INDEX flags_by_pack ON flags(pack_id)",
        # without it, deleting a profile would scan every flag to cascade
        "CREATE INDEX flags_by_profile ON flags(profile_id)",
        # the last answer per question decides last_correct; ties in time go to the later row
        """INSERT INTO question_stats(profile_id, pack_id, question_id, seen, correct, total_seconds,
                                      last_correct, last_answered_at)
           SELECT profile_id, pack_id, question_id, COUNT(*), SUM(correct),
                  COALESCE(SUM(seconds), 0.0),
                  MAX(CASE WHEN recency = 1 THEN correct END),
                  MAX(CASE WHEN recency = 1 THEN answered_at END)
           FROM (SELECT s.profile_id, s.pack_id, a.question_id, a.correct, a.seconds, a.answered_at,
                        ROW_NUMBER() OVER (PARTITION BY s.profile_id, s.pack_id, a.question_id
                                           ORDER BY a.answered_at DESC, a.id DESC) AS recency
                 FROM attempts a JOIN sessions s ON s.id = a.session_id)
           GROUP BY profile_id, pack_id, question_id""",
        # answered_at is UTC; a day is the learner's local calendar day
        """INSERT INTO daily_activity(profile_id, day, answered, correct, seconds)
           SELECT s.profile_id,
                  COALESCE(date(a.answered_at, 'localtime'), substr(a.answered_at, 1, 10)) AS day,
                  COUNT(*), SUM(a.correct), COALESCE(SUM(a.seconds), 0.0)
           FROM attempts a JOIN sessions s ON s.id = a.session_id
           GROUP BY s.profile_id, day""",
    ):
        db.execute(statement)


def _003_seeds_and_overrides(db: sqlite3.Connection) -> None:
    """What fair grading needs: the seed of each session's shuffles, and "I was right".

    ``sessions.seed`` lets a resumed session show its choices in the same order; sessions from
    before this step have none and get one when resumed. An override keeps the attempt's answer
    and marks it ``overridden`` (counted right); ``question_stats.overridden`` counts them for
    statistics; the flag row linked by ``flags.attempt_id`` puts it before the teacher; and
    ``review_cards.previous_card_json`` (the card before its latest review) lets the override
    re-rate that review as right instead of stacking a second review on the same answer.
    """
    for statement in (
        "ALTER TABLE sessions ADD COLUMN seed INTEGER",
        "ALTER TABLE attempts ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0 "
        "CHECK (overridden IN (0, 1))",
        "ALTER TABLE question_stats ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE review_cards ADD COLUMN previous_card_json TEXT",
        "ALTER TABLE flags ADD COLUMN attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE",
        # without it, deleting a learner's attempts would scan every flag to cascade
        "CREATE INDEX flags_by_attempt ON flags(attempt_id)",
    ):
        db.execute(statement)


def _004_exams(db: sqlite3.Connection) -> None:
    """Exams: answers that may change until handed in, and the time each exam has used.

    An exam's answers live in ``exam_answers`` (one row per question, rewritten at each change)
    until the learner hands in; only then does each final answer become an attempt, so
    statistics and review cards count it once. ``seconds_used`` is the time spent in the exam,
    saved every second, so a crash resumes with the time left as it was (``interruptions``
    counts the resumptions, for the teacher). ``handed_in_at`` set while ``sessions.finished_at``
    is not means the hand-in was cut short and is completed on the next start.
    """
    for statement in (
        """CREATE TABLE exam_sessions (
               session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
               preset_json TEXT NOT NULL,
               time_limit_seconds REAL CHECK (time_limit_seconds IS NULL
                                              OR time_limit_seconds > 0),
               seconds_used REAL NOT NULL DEFAULT 0,
               position INTEGER NOT NULL DEFAULT 0,
               interruptions INTEGER NOT NULL DEFAULT 0,
               handed_in_at TEXT,
               closed_by TEXT CHECK (closed_by IS NULL OR closed_by IN ('learner', 'time'))
           )""",
        """CREATE TABLE exam_answers (
               session_id INTEGER NOT NULL REFERENCES exam_sessions(session_id)
                   ON DELETE CASCADE,
               question_id TEXT NOT NULL,
               answer_json TEXT,
               answer_text TEXT NOT NULL DEFAULT '',
               flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
               seconds REAL NOT NULL DEFAULT 0,
               answered_at TEXT,
               PRIMARY KEY (session_id, question_id)
           ) WITHOUT ROWID""",
    ):
        db.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    _001_profiles_sessions_attempts, _002_summaries_reviews_flags, _003_seeds_and_overrides,
    _004_exams,
)
"""Step N (1-based) brings the schema from version N-1 to N."""


def migrate(db: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the steps the database lacks; returns the resulting version."""
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current > len(migrations):
        raise RuntimeError(
            f"this database has schema version {current}, newer than this quizapp understands "
            f"({len(migrations)}); update quizapp"
        )
    for version, step in enumerate(migrations[current:], start=current + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            db.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return len(migrations)
