"""Opening the learner's history at start: checked first, damage reported, never made worse.

What can be found in the data folder, and what happens:

- nothing yet: a new history is made;
- a sound history: it is migrated if needed and used;
- a damaged one (garbage, a damaged page, a missing table, a folder in its place, an empty file
  where backups show there was a history): ``HistoryDamaged``, with nothing touched, so the
  caller can tell the learner and offer the newest good backup; the damaged file is only moved
  aside (``set_aside``) once the learner has chosen what to do;
- one made by a newer quizapp: ``HistoryTooNew``, left untouched;
- a read-only folder or file: opened read-only, with the reason kept so the app and ``stats``
  can say why nothing will be saved;
- a data "folder" that is a file, or no permission at all: ``HistoryUnavailable``.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quizapp.storage.backups import backup_files, backups_folder
from quizapp.storage.database import (
    DATABASE_FILE,
    connect_database,
    open_database,
    prepare_for_writing,
    quick_check,
    schema_problem,
    schema_version,
)
from quizapp.storage.errors import (
    HistoryDamaged,
    HistoryTooNew,
    HistoryUnavailable,
    damage_reason,
    is_damage,
    plain_reason,
)
from quizapp.storage.migrations import MIGRATIONS, migrate


@dataclass(frozen=True)
class OpenedHistory:
    db: sqlite3.Connection
    path: Path
    read_only_reason: str | None = None
    """Why nothing can be saved, in plain words; None when the history is writable."""

    @property
    def writable(self) -> bool:
        return self.read_only_reason is None


def history_path(data_directory: Path) -> Path:
    return data_directory / DATABASE_FILE


def open_history(data_directory: Path) -> OpenedHistory:
    """The learner's history in ``data_directory``, checked; see the module text for each case."""
    path = history_path(data_directory)
    if data_directory.exists() and not data_directory.is_dir():
        raise HistoryUnavailable(f"the data folder {data_directory} is a file, not a folder; move "
                                 "that file away, or choose another folder with --data-dir")
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "something that is not an ordinary file"
        raise HistoryDamaged(path, f"there is {what} where the history file should be")
    reason = why_read_only(data_directory, path)
    if reason is not None:
        return _open_read_only(path, reason)
    if path.exists() and path.stat().st_size == 0 and backup_files(backups_folder(data_directory)):
        # backups show there was a history here: a crash or a full disk emptied the file
        raise HistoryDamaged(path, "the file is empty (0 bytes)")
    try:
        db = connect_database(path)
    except sqlite3.Error as error:
        raise _opening_error(path, error) from error
    try:
        _check(db, path)
        prepare_for_writing(db)
        migrate(db)
        problem = schema_problem(db)
        if problem is not None:
            raise HistoryDamaged(path, problem)
    except sqlite3.Error as error:
        db.close()
        if "readonly" in str(error).lower():
            return _open_read_only(path, "the history file is read-only")
        raise _opening_error(path, error) from error
    except BaseException:
        db.close()
        raise
    return OpenedHistory(db, path)


def _check(db: sqlite3.Connection, path: Path) -> None:
    """Damage and a newer schema, found before a migration could touch the file."""
    problem = quick_check(db)
    if problem is not None:
        raise HistoryDamaged(path, f"the integrity check found: {problem}")
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise HistoryTooNew(version, len(MIGRATIONS))


def _opening_error(path: Path, error: sqlite3.Error) -> Exception:
    if is_damage(error):
        return HistoryDamaged(path, damage_reason(error))
    return HistoryUnavailable(f"the history {path} cannot be opened: {plain_reason(error)}")


def why_read_only(data_directory: Path, path: Path) -> str | None:
    """Why nothing could be written to the history, or None if it can be."""
    if not data_directory.exists():
        try:
            data_directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"the data folder {data_directory} cannot be made: {plain_reason(error)}"
    if not os.access(data_directory, os.W_OK):  # the history also needs its WAL files beside it
        return f"the data folder {data_directory} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the history file {path} is read-only"
    return None


def _open_read_only(path: Path, reason: str) -> OpenedHistory:
    if not path.exists():  # nothing to read: an empty history that refuses every write
        db = open_database(":memory:")
        db.execute("PRAGMA query_only = ON")
        return OpenedHistory(db, path, reason)
    try:
        db = connect_database(path, read_only=True)
    except sqlite3.Error as error:
        raise _opening_error(path, error) from error
    try:
        _check(db, path)
        if schema_version(db) < len(MIGRATIONS):
            raise HistoryUnavailable(f"the history {path} was made by an older quizapp and must "
                                     f"be updated, which cannot be written: {reason}")
        problem = schema_problem(db)
        if problem is not None:
            raise HistoryDamaged(path, problem)
    except sqlite3.Error as error:
        db.close()
        raise _opening_error(path, error) from error
    except BaseException:
        db.close()
        raise
    return OpenedHistory(db, path, reason)
