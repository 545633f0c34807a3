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


MIGRATIONS: tuple[Migration, ...] = (_001_profiles_sessions_attempts,)
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
