"""What can go wrong with the learner's data, in words a learner understands.

SQLite reports "database or disk is full" or "file is not a database"; a learner needs to read
"the disk is full" and what to do. Every storage failure reaches the UI and the command line as a
``StorageError`` (or one of its kinds below) whose message is already in plain words.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class StorageError(RuntimeError):
    """The learner's data could not be written or read; the message says why in plain words."""


class HistoryUnavailable(StorageError):
    """The history cannot be opened at all (the data folder is a file, no permission, …)."""


class HistoryDamaged(StorageError):
    """The history file is damaged; ``reason`` says how. Nothing has been moved or changed."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"the history file {path} is damaged: {reason}")
        self.path = path
        self.reason = reason


class HistoryTooNew(StorageError):
    """The history was written by a newer quizapp; it is left untouched."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"this database has schema version {found}, newer than this quizapp "
                         f"understands ({known}); update quizapp to open it")
        self.found = found
        self.known = known


_DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "database disk image")


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is broken (not full, locked or read-only)."""
    text = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and any(w in text for w in _DAMAGE_WORDS)


def damage_reason(error: sqlite3.Error) -> str:
    """How a damaged file is damaged, for the message that offers a backup."""
    text = str(error)
    if "not a database" in text.lower():
        return "it is not a database file, or its first page is overwritten"
    return f"parts of it cannot be read (SQLite says: {text})"


def plain_reason(error: BaseException) -> str:
    """What went wrong, for a learner: "the disk is full" rather than SQLITE_FULL."""
    text = str(error)
    lower = text.lower()
    if isinstance(error, sqlite3.Error):
        if "disk is full" in lower or "database or disk is full" in lower:
            return "the disk is full; free some space and try again"
        if "readonly" in lower or "read-only" in lower:
            return "the data folder is read-only, so nothing can be saved there"
        if "locked" in lower or "busy" in lower:
            return "another quizapp is busy with the history; try again in a moment"
        if "disk i/o error" in lower:
            return "the disk reported an error while reading or writing the history"
        if "unable to open" in lower:
            return "the history file cannot be opened (check the data folder's permissions)"
        if is_damage(error):
            return "the history file is damaged"
    if isinstance(error, OSError) and error.strerror:
        if error.errno == errno.ENOSPC:
            return "the disk is full; free some space and try again"
        return error.strerror[0].lower() + error.strerror[1:]
    return text
