from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, ProfileNameError, StorageError, open_database
from quizapp.storage.migrations import MIGRATIONS, migrate


def test_answers_survive_reopening_the_database(tmp_path: Path) -> None:
    path = tmp_path / "data" / "quizapp.sqlite3"
    history = HistoryStore(open_database(path))
    ann = history.ensure_profile("  Ann  ")
    session = history.start_session(ann.id, "pack", "Pack", "/p.yaml", 4)
    history.record_attempt(session, "q1", 2, "Two", True, 1.5)
    history.record_attempt(session, "q2", [0, 1], "A; B", False, 3.0)
    # no close, no commit call: a crash right now must not lose the answers
    reopened = HistoryStore(sqlite3.connect(path) and open_database(path))
    [summary] = reopened.sessions(ann.id)
    assert (summary.answered, summary.correct, summary.question_count) == (2, 1, 4)
    assert reopened.best_scores(ann.id) == {}  # 2 of 4 answered: not finished, no best yet


def test_profiles_ignore_case_and_reject_bad_names(tmp_path: Path) -> None:
    history = HistoryStore(open_database(tmp_path / "db.sqlite3"))
    first = history.ensure_profile("Ann")
    assert history.ensure_profile("ann") == first
    history.ensure_profile("Bob")
    assert [p.name for p in history.profiles()] == ["Ann", "Bob"]
    with pytest.raises(ProfileNameError):
        history.ensure_profile("   ")
    with pytest.raises(ProfileNameError):
        history.ensure_profile("x" * 61)


def test_best_score_counts_practice_sessions_only(tmp_path: Path) -> None:
    history = HistoryStore(open_database(tmp_path / "db.sqlite3"))
    ann = history.ensure_profile("Ann")
    practice = history.start_session(ann.id, "p", "P", None, 2)
    history.record_attempt(practice, "q1", 0, "", True, None)
    history.record_attempt(practice, "q2", 0, "", False, None)
    retry = history.start_session(ann.id, "p", "P", None, 1, mode="retry")
    history.record_attempt(retry, "q2", 0, "", True, None)
    assert history.best_scores(ann.id) == {"p": 0.5}


def test_best_score_counts_finished_quizzes_only(tmp_path: Path) -> None:
    """A quiz left part-way (resumable, or declined and so abandoned) is no score of the pack:
    a learner who got 3 right and left must not see their best drop or jump because of it."""
    history = HistoryStore(open_database(tmp_path / "db.sqlite3"))
    ann = history.ensure_profile("Ann")
    finished = history.start_session(ann.id, "p", "P", None, 4, question_ids=list("abcd"))
    for question, right in zip("abcd", (True, False, False, False), strict=True):
        history.record_attempt(finished, question, 0, "", right, None)
    history.finish_session(finished)
    assert history.best_scores(ann.id) == {"p": 0.25}
    left = history.start_session(ann.id, "p", "P", None, 4, question_ids=list("abcd"))
    for question in "abc":
        history.record_attempt(left, question, 0, "", True, None)
    assert history.best_scores(ann.id) == {"p": 0.25}  # 3 of 4 right, but not finished
    history.abandon_session(left)  # the learner declined to resume it
    assert history.best_scores(ann.id) == {"p": 0.25}
    other = history.start_session(ann.id, "q", "Q", None, 2, question_ids=["a", "b"])
    history.record_attempt(other, "a", 0, "", True, None)
    assert "q" not in history.best_scores(ann.id)


def test_recent_packs_are_most_recent_first(tmp_path: Path) -> None:
    history = HistoryStore(open_database(tmp_path / "db.sqlite3"))
    history.remember_pack("/a.yaml", "a", "A")
    history.remember_pack("/b.yaml", "b", "B")
    history.remember_pack("/a.yaml", "a", "A again")
    assert [(r.path, r.title) for r in history.recent_packs()] == [
        ("/a.yaml", "A again"), ("/b.yaml", "B")]
    history.forget_pack("/a.yaml")
    assert [r.path for r in history.recent_packs()] == ["/b.yaml"]


def test_write_failures_become_storage_errors(tmp_path: Path) -> None:
    history = HistoryStore(open_database(tmp_path / "db.sqlite3"))
    with pytest.raises(StorageError, match="refused the answer"):
        history.record_attempt(999, "q", 1, "", True, None)  # no such session


def test_migrations_run_once_and_refuse_newer_databases(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    HistoryStore(db).ensure_profile("Ann")
    assert migrate(db) == len(MIGRATIONS)  # idempotent, data kept
    assert [p.name for p in HistoryStore(db).profiles()] == ["Ann"]
    db.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="newer than this quizapp"):
        open_database(path)


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("boom")

    with pytest.raises(sqlite3.OperationalError):
        migrate(db, (MIGRATIONS[0], broken))
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None


def test_answers_are_synced_to_disk_before_returning(tmp_path: Path) -> None:
    """WAL with synchronous=FULL: a committed answer survives a power cut, not only a crash."""
    db = open_database(tmp_path / "db.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
