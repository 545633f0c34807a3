"""Opening the learner's database: one file, migrated on open, every write committed at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizapp.storage.migrations import migrate

DATABASE_FILE = "quizapp.sqlite3"


def open_database(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    Autocommit mode is used so that each answer reaches the disk when it is given; multi-statement
    changes go through ``transaction``.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")  # an answer survives a power cut, not just a crash
    migrate(db)
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
