"""Renaming and deleting learners, resuming an interrupted quiz, flagging questions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.storage import (
    Flag,
    HistoryStore,
    ProfileNameError,
    StorageError,
    UnfinishedSession,
    open_database,
)
from quizapp.storage.migrations import migrate

PROFILE_TABLES = ("sessions", "question_stats", "daily_activity", "review_cards", "flags")


def test_rename_profile(history: HistoryStore) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    renamed = history.rename_profile(ann.id, "  Ann   Lee ")
    assert renamed.id == ann.id and renamed.name == "Ann Lee"
    assert history.find_profile("Ann Lee") == renamed and history.find_profile("Ann") is None
    assert history.rename_profile(ann.id, "ann lee").name == "ann lee"  # own name, other case
    for bad in ("BOB", "", "   ", "x" * 61):
        with pytest.raises(ProfileNameError):
            history.rename_profile(ann.id, bad)
    assert [p.name for p in history.profiles()] == ["ann lee", "Bob"]
    assert history.rename_profile(bob.id, "Bob") == bob
    with pytest.raises(StorageError):
        history.rename_profile(999, "Nobody")


def fill_everything(history: HistoryStore, name: str) -> int:
    profile = history.ensure_profile(name)
    for pack in ("p", "q"):
        session = history.start_session(profile.id, pack, pack.upper(), None, 3,
                                        question_ids=["a", "b", "c"])
        history.record_attempt(session, "a", 0, "A", True, 1.0)
        history.record_attempt(session, "b", 1, "B", False, 2.0)
        history.flag_question(profile.id, pack, "b", f"{name} thinks b is wrong")
    return profile.id


def rows_of(db: sqlite3.Connection, profile_id: int) -> dict[str, int]:
    found = {table: db.execute(f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?",
                               (profile_id,)).fetchone()[0] for table in PROFILE_TABLES}
    found["attempts"] = db.execute(
        "SELECT COUNT(*) FROM attempts a JOIN sessions s ON s.id = a.session_id "
        "WHERE s.profile_id = ?", (profile_id,)).fetchone()[0]
    return found


def test_delete_profile_leaves_nothing_behind(history: HistoryStore) -> None:
    ann, bob = fill_everything(history, "Ann"), fill_everything(history, "Bob")
    bobs_rows = rows_of(history.db, bob)
    assert all(rows_of(history.db, ann).values())
    history.delete_profile(ann)
    assert [p.name for p in history.profiles()] == ["Bob"]
    assert set(rows_of(history.db, ann).values()) == {0}
    assert rows_of(history.db, bob) == bobs_rows
    # nothing anywhere points at a row that is gone, attempts included
    assert history.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert history.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == bobs_rows["attempts"]
    assert [f.profile_name for f in history.flags("p")] == ["Bob"]


def test_delete_profile_refuses_a_connection_without_cascades(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    db.row_factory = sqlite3.Row
    migrate(db)  # but no PRAGMA foreign_keys
    history = HistoryStore(db)
    ann = history.ensure_profile("Ann")
    with pytest.raises(StorageError):
        history.delete_profile(ann.id)
    assert history.profiles() == [ann]


def test_the_most_recent_unfinished_session_is_offered_with_its_answers(
        history: HistoryStore) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    older = history.start_session(ann.id, "p", "P", "/p.yaml", 3, question_ids=["x", "y", "z"])
    history.record_attempt(older, "x", 0, "A", True, 1.0)
    session = history.start_session(ann.id, "q", "Q", "/q.yaml", 3, "due",
                                    question_ids=["c", "a", "b"])
    history.record_attempt(session, "c", [0, 2], "A; C", True, 4.5)
    history.record_attempt(session, "a", {"1": "b"}, "1→b", False, None)
    history.start_session(bob.id, "q", "Q", None, 1, question_ids=["a"])  # someone else's
    history.start_session(ann.id, "q", "Q", None, 2)  # no question order: cannot be resumed

    unfinished = history.unfinished_session(ann.id)
    assert unfinished == UnfinishedSession(
        session_id=session, pack_id="q", pack_title="Q", pack_path="/q.yaml", mode="due",
        question_ids=("c", "a", "b"),
        answers=(("c", [0, 2], 4.5), ("a", {"1": "b"}, None)),
    )
    history.abandon_session(session)
    assert history.unfinished_session(ann.id) is not None
    assert history.unfinished_session(ann.id).session_id == older  # type: ignore[union-attr]
    history.finish_session(older)
    assert history.unfinished_session(ann.id) is None
    assert [s.answered for s in history.sessions(ann.id)] == [1, 2, 0]  # answers kept


def test_sessions_with_every_answer_given_are_not_offered(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2, question_ids=["a", "b"])
    history.record_attempt(session, "a", 0, "", True, 1.0)
    assert history.unfinished_session(ann.id) is not None
    history.record_attempt(session, "b", 0, "", True, 1.0)  # the app died before finishing
    assert history.unfinished_session(ann.id) is None


def test_a_session_started_without_answers_can_be_resumed(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2, question_ids=["a", "b"])
    unfinished = history.unfinished_session(ann.id)
    assert unfinished is not None and unfinished.session_id == session
    assert unfinished.answers == ()


def test_flags_from_every_learner_newest_first(history: HistoryStore) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    history.flag_question(ann.id, "p", "q1", "  The date is 1949, not 1948.  ")
    history.flag_question(bob.id, "p", "q2", "")
    history.flag_question(bob.id, "other", "q1", "typo")
    flags = history.flags("p")
    assert [(f.question_id, f.comment, f.profile_name) for f in flags] == [
        ("q2", "", "Bob"), ("q1", "The date is 1949, not 1948.", "Ann")]
    assert all(isinstance(f, Flag) and f.created_at for f in flags)
    assert history.flag_count("p") == 2
    assert history.flag_count("other") == 1
    assert history.flag_count("none") == 0 and history.flags("none") == []


def test_flags_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    history = HistoryStore(open_database(path))
    history.flag_question(history.ensure_profile("Ann").id, "p", "q1", "unclear")
    history.db.close()
    history = HistoryStore(open_database(path))
    assert [f.comment for f in history.flags("p")] == ["unclear"]
    history.db.close()
