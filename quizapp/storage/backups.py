"""Copies of the learner's history, kept like Anki's: made at start and every few answers, rotated.

SQLite's online backup API copies a consistent snapshot while the app goes on answering, so a
backup never holds half an answer. Which copies are kept: the newest of each of the last
``KEEP_DAYS`` days that had one, the newest of each of the last ``KEEP_WEEKS`` weeks, and the
``KEEP_NEWEST`` newest whatever their age. A copy made just before a restore is never removed:
it is the history as it was, in case the restore was a mistake.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.storage.database import (
    connect_database,
    prepare_for_writing,
    quick_check,
    schema_problem,
    set_aside,
)
from quizapp.storage.errors import StorageError, damage_reason, is_damage, plain_reason
from quizapp.storage.migrations import migrate

BACKUP_FOLDER = "backups"
BACKUP_EVERY_ANSWERS = 50
"""A backup is also made after this many answers in one run of the app."""
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_NEWEST = 3
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^quizapp-(\d{8}-\d{6})Z(?:-(\d+))?(-before-restore)?\.sqlite3$")
_STALE_PART_SECONDS = 3600


@dataclass(frozen=True)
class Backup:
    """One backup file and what it holds; ``problem`` says why it cannot be restored."""

    path: Path
    created: datetime
    before_restore: bool = False
    learners: int | None = None
    answers: int | None = None
    problem: str | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


def backups_folder(data_directory: Path) -> Path:
    return data_directory / BACKUP_FOLDER


def backup_files(folder: Path) -> list[Backup]:
    """The backups in ``folder`` by name and date only (nothing opened), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append((backup_at(path), int(match.group(2) or 1)))
    found.sort(key=lambda entry: (entry[0].created, entry[1]), reverse=True)
    return [backup for backup, _ in found]


def backup_at(path: Path) -> Backup:
    """A backup file by path: dated by its name if quizapp made it, else by its change time."""
    match = _NAME.match(path.name)
    if match:
        created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        return Backup(path, created, bool(match.group(3)))
    try:
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        created = datetime.now(UTC)
    return Backup(path, created)


def make_backup(source: sqlite3.Connection | Path, folder: Path, *, now: datetime | None = None,
                before_restore: bool = False) -> Path:
    """Copy the history (an open connection, or the file at a path) into a new backup file.

    Written beside its final name and renamed into place, so a crash never leaves a partial file
    that looks like a backup. Old backups are then pruned.
    """
    when = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"the backup could not be made: {plain_reason(error)}") from error
    target = _free_name(folder, when, "-before-restore" if before_restore else "")
    partial = target.with_name(target.name + ".part")
    try:
        reader = connect_database(source, read_only=True) if isinstance(source, Path) else source
        try:
            copy = sqlite3.connect(str(partial), isolation_level=None)
            try:
                copy.execute("PRAGMA synchronous = OFF")  # synced once below, not per step
                reader.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            if reader is not source:
                reader.close()
        _sync(partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup could not be made: {plain_reason(error)}") from error
    prune_backups(folder, now=when)
    return target


def _sync(path: Path) -> None:
    """On the disk before it gets its final name, so a power cut never leaves a torn backup."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _free_name(folder: Path, when: datetime, label: str) -> Path:
    stamp = when.strftime(_STAMP)
    target = folder / f"quizapp-{stamp}Z{label}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"quizapp-{stamp}Z-{number}{label}.sqlite3"
    return target


def prune_backups(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns what was removed."""
    today = (now or datetime.now(UTC)).astimezone().date()
    rotating = [b for b in backup_files(folder) if not b.before_restore]
    keep = {b.path for b in rotating[:KEEP_NEWEST]}
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in rotating:  # newest first, so the first seen of a day or week is its newest
        day = backup.created.astimezone().date()
        age = (today - day).days
        if age < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if age < KEEP_WEEKS * 7 and week not in weeks:
            weeks.add(week)
            keep.add(backup.path)
    removed = []
    for backup in rotating:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    for partial in folder.glob("quizapp-*.sqlite3.part"):  # left by a crash mid-backup
        if time.time() - partial.stat().st_mtime > _STALE_PART_SECONDS:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def describe_backup(backup: Backup) -> Backup:
    """``backup`` with its learner and answer counts, checked for damage."""
    try:
        db = connect_database(backup.path, read_only=True)
        try:
            problem = quick_check(db) or schema_problem(db)
            if problem is not None:
                return Backup(backup.path, backup.created, backup.before_restore, problem=problem)
            learners = int(db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])
            answers = int(db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error as error:
        reason = damage_reason(error) if is_damage(error) else plain_reason(error)
        return Backup(backup.path, backup.created, backup.before_restore, problem=reason)
    return Backup(backup.path, backup.created, backup.before_restore, learners, answers)


def list_backups(folder: Path) -> list[Backup]:
    """Every backup, newest first, with counts and a check of each."""
    return [describe_backup(backup) for backup in backup_files(folder)]


def newest_good_backup(folder: Path) -> Backup | None:
    for backup in backup_files(folder):
        described = describe_backup(backup)
        if described.usable:
            return described
    return None


def restore_backup(backup: Path, database: Path, *, live: sqlite3.Connection | None = None,
                   now: datetime | None = None) -> Path | None:
    """Put a backup's content in place of the history; returns where the old history was kept.

    A sound current history is first copied to a "before-restore" backup, then overwritten in
    place through the backup API (``live`` is the app's own open connection, which then sees
    the restored data at once). A damaged one is moved aside and a fresh file made. Nothing is
    deleted either way.
    """
    described = describe_backup(backup_at(backup))
    if described.problem is not None:
        raise StorageError(f"{backup.name} cannot be restored: {described.problem}")
    folder = backup.parent
    source = connect_database(backup, read_only=True)
    try:
        target, kept = live, None
        if target is None and database.exists():
            target = _sound_connection(database)
            if target is None:
                kept = set_aside(database, "damaged", now)
        if target is not None:
            kept = make_backup(target, folder, now=now, before_restore=True)
        else:
            database.parent.mkdir(parents=True, exist_ok=True)
            target = connect_database(database)
        try:
            source.backup(target)
            prepare_for_writing(target)
            migrate(target)
        finally:
            if target is not live:
                target.close()
    except (sqlite3.Error, OSError) as error:
        raise StorageError(f"the backup could not be restored: {plain_reason(error)}") from error
    finally:
        source.close()
    return kept


def _sound_connection(database: Path) -> sqlite3.Connection | None:
    """A connection to ``database`` if it opens and passes the quick check, else None."""
    try:
        db = connect_database(database)
    except sqlite3.Error:
        return None
    try:
        if quick_check(db) is None:
            return db
    except sqlite3.Error:
        pass
    db.close()
    return None
