"""Backups: online copies that rotate like Anki's, listed with what they hold, restored safely."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, StorageError, open_database, open_history
from quizapp.storage.backups import (
    KEEP_NEWEST,
    backup_files,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from tests.faults import fill, tiny_filesystem

NOW = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)


def answers(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])


def learner_with_answers(history: HistoryStore, name: str, count: int) -> None:
    profile = history.ensure_profile(name)
    session = history.start_session(profile.id, "pack", "Pack", None, count)
    for number in range(count):
        history.record_attempt(session, f"q{number}", 1, "A", True, 1.0)


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    store = HistoryStore(open_database(tmp_path / "quizapp.sqlite3"))
    store.db.execute("PRAGMA synchronous = OFF")
    learner_with_answers(store, "Ann", 3)
    return store


def test_a_backup_is_a_consistent_copy_made_while_the_app_writes(history: HistoryStore,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    history.db.execute("BEGIN IMMEDIATE")  # an answer half-way through being recorded
    history.db.execute("INSERT INTO profiles(name, created_at) VALUES ('Half', 'now')")
    made = make_backup(tmp_path / "quizapp.sqlite3", folder, now=NOW)
    history.db.execute("COMMIT")
    assert made.name == "quizapp-20240630-120000Z.sqlite3"
    [listed] = list_backups(folder)
    assert (listed.learners, listed.answers, listed.problem) == (1, 3, None)
    assert not list(folder.glob("*.part")) and not list(folder.glob("*-wal"))


def test_backups_rotate_days_weeks_and_the_newest(history: HistoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [NOW - timedelta(hours=hours) for hours in range(24 * 40, -1, -8)]  # 3 a day, 40 days
    for moment in made:
        make_backup(history.db, folder, now=moment)
    kept = [b.created for b in backup_files(folder)]
    local_days = sorted({m.astimezone().date() for m in made}, reverse=True)
    newest_of_day = [max(m for m in made if m.astimezone().date() == day) for day in local_days]
    weeks: dict[tuple[int, int], datetime] = {}
    for moment in newest_of_day[:28]:
        weeks.setdefault(moment.astimezone().date().isocalendar()[:2], moment)
    expected = set(made[-KEEP_NEWEST:]) | set(newest_of_day[:7]) | {
        m for m in weeks.values() if (NOW.astimezone().date() - m.astimezone().date()).days < 28}
    assert kept == sorted(expected, reverse=True)
    assert 7 + 1 <= len(kept) <= KEEP_NEWEST + 7 + 4
    assert prune_backups(folder, now=NOW) == []  # already pruned: nothing more to remove


def test_copies_kept_before_a_restore_are_never_pruned(history: HistoryStore,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    old = make_backup(history.db, folder, now=NOW - timedelta(days=300), before_restore=True)
    for day in range(12):
        make_backup(history.db, folder, now=NOW - timedelta(days=day))
    assert old.exists() and old.name.endswith("-before-restore.sqlite3")


def test_a_damaged_backup_is_listed_as_such_and_skipped(history: HistoryStore,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = make_backup(history.db, folder, now=NOW - timedelta(hours=2))
    bad = make_backup(history.db, folder, now=NOW)
    bad.write_bytes(b"garbage" * 1000)
    listed = list_backups(folder)
    assert [b.path for b in listed] == [bad, good]
    assert listed[0].problem is not None and listed[1].usable
    newest = newest_good_backup(folder)
    assert newest is not None and newest.path == good


def test_restoring_into_the_running_app_keeps_the_history_as_it_was(history: HistoryStore,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = make_backup(history.db, folder, now=NOW)
    learner_with_answers(history, "Bob", 2)
    kept = restore_backup(backup, tmp_path / "quizapp.sqlite3", live=history.db, now=NOW)
    assert [p.name for p in history.profiles()] == ["Ann"]  # the same connection sees it at once
    assert answers(history.db) == 3
    assert kept is not None and kept.name.endswith("-before-restore.sqlite3")
    before = sqlite3.connect(kept)
    assert answers(before) == 5
    before.close()
    learner_with_answers(history, "Cy", 1)  # still a working, writable history
    assert history.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restoring_over_a_damaged_file_sets_it_aside(history: HistoryStore,
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup = make_backup(history.db, folder, now=NOW)
    history.db.close()
    database = tmp_path / "quizapp.sqlite3"
    database.write_bytes(b"garbage" * 1000)
    (tmp_path / "quizapp.sqlite3-wal").write_bytes(b"a log of the damaged file")
    kept = restore_backup(backup, database, now=NOW)
    assert kept is not None and kept.name.startswith("quizapp.sqlite3.damaged-")
    assert kept.read_bytes() == b"garbage" * 1000
    opened = open_history(tmp_path)
    assert [p.name for p in HistoryStore(opened.db).profiles()] == ["Ann"]
    opened.db.close()


def test_a_damaged_backup_is_not_restored(history: HistoryStore, tmp_path: Path) -> None:
    bad = tmp_path / "backups" / "quizapp-20240101-000000Z.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError, match="cannot be restored"):
        restore_backup(bad, tmp_path / "quizapp.sqlite3", live=history.db)
    assert answers(history.db) == 3


def test_a_backup_on_a_full_disk_fails_in_words_and_leaves_no_partial_file(
        history: HistoryStore, tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "small", 64) as small:
        fill(small)
        with pytest.raises(StorageError, match="the backup could not be made: the disk is full"):
            make_backup(history.db, small / "backups", now=NOW)
        assert not list((small / "backups").glob("*"))
