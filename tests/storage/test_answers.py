"""Recording an answer: attempt, summaries and review card in one transaction, on disk at once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, StatisticsStore, StorageError, open_database

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def counts(db: sqlite3.Connection) -> dict[str, int]:
    return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("attempts", "question_stats", "daily_activity", "review_cards")}


def test_an_answer_is_visible_to_another_connection_when_recorded(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    history = HistoryStore(open_database(path))
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2)
    history.record_attempt(session, "q1", [0, 2], "A; C", True, 2.0)
    assert not history.db.in_transaction
    other = sqlite3.connect(path)  # a crash now would leave exactly this on disk
    assert counts(other) == {"attempts": 1, "question_stats": 1, "daily_activity": 1,
                             "review_cards": 1}
    other.close()
    history.db.close()


def test_a_failure_part_way_writes_nothing(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2)
    history.record_attempt(session, "q1", 0, "A", True, 1.0, answered_at=T0)
    before = counts(history.db)
    history.db.execute("CREATE TRIGGER no_cards BEFORE UPDATE ON review_cards "
                       "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    with pytest.raises(StorageError, match="refused the answer: disk on fire"):
        history.record_attempt(session, "q1", 0, "A", False, 1.0, answered_at=T0)
    assert counts(history.db) == before
    assert not history.db.in_transaction
    history.db.execute("DROP TRIGGER no_cards")
    history.record_attempt(session, "q1", 0, "A", False, 1.0, answered_at=T0)  # usable again
    assert counts(history.db)["attempts"] == 2


def test_an_unknown_session_is_refused(history: HistoryStore) -> None:
    with pytest.raises(StorageError, match="refused the answer"):
        history.record_attempt(12345, "q", 0, "", True, None)
    assert counts(history.db)["attempts"] == 0


def test_an_answer_that_is_not_json_fails_before_writing(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 1)
    with pytest.raises(TypeError):
        history.record_attempt(session, "q", object(), "", True, None)
    assert counts(history.db)["attempts"] == 0 and not history.db.in_transaction


def test_summaries_follow_each_answer(history: HistoryStore, statistics: StatisticsStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 3)
    history.record_attempt(session, "q1", 0, "A", False, 2.0, answered_at=T0)
    history.record_attempt(session, "q1", 1, "B", True, None, answered_at=T0 + timedelta(minutes=1))
    history.record_attempt(session, "q1", 1, "B", True, 0.5, answered_at=T0 + timedelta(minutes=2))
    summary = statistics.question_summaries(ann.id, "p")["q1"]
    assert (summary.seen, summary.correct, summary.total_seconds, summary.last_correct) == (
        3, 2, 2.5, True)
    assert summary.last_answered_at == "2024-05-01T09:02:00+00:00"


def test_an_answer_dated_before_the_last_one_counts_but_is_not_last(
        history: HistoryStore, statistics: StatisticsStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2)
    history.record_attempt(session, "q1", 1, "B", True, 1.0, answered_at=T0)
    history.record_attempt(session, "q1", 0, "A", False, 1.0, answered_at=T0 - timedelta(days=1))
    summary = statistics.question_summaries(ann.id, "p")["q1"]
    assert (summary.seen, summary.correct, summary.last_correct) == (2, 1, True)
    assert summary.last_answered_at == "2024-05-01T09:00:00+00:00"
    assert history.missed_question_ids(ann.id, "p") == []


def test_missed_are_those_last_answered_wrong_most_recent_first(history: HistoryStore) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    session = history.start_session(ann.id, "p", "P", None, 6)
    for minute, question, correct in [(0, "fixed", False), (1, "old-miss", False),
                                      (2, "slipped", True), (3, "fixed", True),
                                      (4, "slipped", False), (5, "fine", True)]:
        history.record_attempt(session, question, 0, "", correct, 1.0,
                               answered_at=T0 + timedelta(minutes=minute))
    other_pack = history.start_session(ann.id, "other", "O", None, 1)
    history.record_attempt(other_pack, "elsewhere", 0, "", False, 1.0)
    history.record_attempt(history.start_session(bob.id, "p", "P", None, 1), "bob", 0, "", False,
                           1.0)
    assert history.missed_question_ids(ann.id, "p") == ["slipped", "old-miss"]
    assert history.seen_question_ids(ann.id, "p") == {"fixed", "old-miss", "slipped", "fine"}
    assert history.seen_question_ids(ann.id, "nothing") == set()


def test_question_ids_are_stored_with_the_session(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    positional = history.start_session(ann.id, "p", "P", "/p.yaml", 2, "retry")
    with_ids = history.start_session(ann.id, "p", "P", "/p.yaml", 2, question_ids=("b", "a"))
    stored = dict(history.db.execute("SELECT id, question_ids FROM sessions").fetchall())
    assert stored == {positional: None, with_ids: '["b", "a"]'}
    with pytest.raises(TypeError):
        history.start_session(ann.id, "p", "P", None, 1, question_ids="q1")
