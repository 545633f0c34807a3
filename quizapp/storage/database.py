"""Opening the learner's database: one file, migrated on open, every write committed at once.

Also the file-level care a damaged or read-only database needs: a quick integrity check, the
tables the schema must have, and moving a damaged file (with its WAL files) aside, never deleting.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from quizapp.storage.migrations import MIGRATIONS, migrate

DATABASE_FILE = "quizapp.sqlite3"
WAIT_FOR_LOCK_SECONDS = 10
"""How long a write waits for another quizapp (a second window, ``quizapp stats``) to finish."""
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside the database; they belong to it and move with it."""


def connect_database(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with quizapp's settings, not yet checked or migrated.

    ``read_only`` opens without ever writing: in a read-only folder a WAL database cannot create
    its shared-memory file, so it is then opened as immutable (a snapshot).
    """
    if read_only:
        uri = Path(path).resolve().as_uri()
        try:
            db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                                 timeout=WAIT_FOR_LOCK_SECONDS)
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            db = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA query_only = ON")
        return db
    db = sqlite3.connect(str(path), isolation_level=None, timeout=WAIT_FOR_LOCK_SECONDS)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    return db


def prepare_for_writing(db: sqlite3.Connection) -> None:
    """Write-ahead logging (readers never wait for a writer) and full syncing.

    Kept apart from ``connect_database`` so a file is checked before anything is written to it.
    """
    # switching to WAL needs a moment alone with the file and, unlike other statements, does
    # not wait for it: a second quizapp starting at the same moment would see "locked"
    deadline = time.monotonic() + WAIT_FOR_LOCK_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")  # in-memory databases stay "memory"
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
    db.execute("PRAGMA synchronous = FULL")  # an answer survives a power cut, not just a crash


def open_database(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    Autocommit mode is used so that each answer reaches the disk when it is given; multi-statement
    changes go through ``transaction``. The app opens its history through
    ``quizapp.storage.health.open_history``, which checks the file first.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect_database(path)
    prepare_for_writing(db)
    migrate(db)
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk): the original error,
        # not "cannot rollback - no transaction is active", is what the caller must see
        if db.in_transaction:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def quick_check(db: sqlite3.Connection) -> str | None:
    """SQLite's quick integrity check: None when the file is sound, else its first finding.

    It reads every page (a few milliseconds for a typical history) but skips the slow
    cross-check of indexes against tables that ``PRAGMA integrity_check`` does.
    """
    rows = db.execute("PRAGMA quick_check").fetchall()
    first = str(rows[0][0]) if rows else "no answer from the check"
    return None if first == "ok" else first


@functools.cache
def expected_tables(version: int) -> frozenset[str]:
    """The tables of schema ``version``, found by applying that many migrations to a blank
    database (so the list never falls behind the migrations)."""
    blank = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(blank, MIGRATIONS[:version])
        return frozenset(row[0] for row in blank.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        blank.close()


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def schema_problem(db: sqlite3.Connection) -> str | None:
    """What is wrong with the tables for the file's schema version, in words; None when sound."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        return f"it was made by a newer quizapp (schema {version}; this one knows {len(MIGRATIONS)})"
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(expected_tables(version) - present)
    if not missing:
        return None
    return "the table" + ("s " if len(missing) > 1 else " ") + ", ".join(
        f"'{name}'" for name in missing) + (" are" if len(missing) > 1 else " is") + " missing"


def database_path(db: sqlite3.Connection) -> Path | None:
    """The file behind a connection (None for an in-memory database)."""
    for row in db.execute("PRAGMA database_list"):
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def set_aside(path: Path, label: str, now: datetime | None = None) -> Path:
    """Rename a database file (and its WAL files) to ``NAME.LABEL-YYYYMMDD-HHMMSS``; never delete.

    The WAL files move with it: left behind, SQLite would replay them into whatever file is put
    in its place.
    """
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target
