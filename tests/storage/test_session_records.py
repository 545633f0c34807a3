"""Reading one session back whole, for results files."""

from __future__ import annotations

from quizapp.storage import HistoryStore
from quizapp.storage.session_records import SessionRecords


def test_a_session_reads_back_with_its_plan_and_answers_in_order(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "Pack", "/p.yaml", 3, mode="exam",
                                    question_ids=["q2", "q1", "q3"])
    history.record_attempt(session, "q2", [0, 2], "A; C", False, 4.0)
    history.record_attempt(session, "q1", 1, "B", True, None)
    history.finish_session(session)
    record = SessionRecords(history.db).session(session)
    assert record is not None
    assert (record.learner, record.pack_id, record.pack_title, record.pack_path, record.mode) == (
        "Ann", "p", "Pack", "/p.yaml", "exam")
    assert record.question_ids == ("q2", "q1", "q3")
    assert [(a.question_id, a.answer, a.answer_text, a.correct, a.seconds)
            for a in record.answers] == [("q2", [0, 2], "A; C", False, 4.0),
                                         ("q1", 1, "B", True, None)]
    assert record.finished_at is not None and "T" in record.answers[0].answered_at
    assert SessionRecords(history.db).session(session + 1) is None


def test_latest_session_skips_empty_sessions_and_other_packs(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    bob = history.ensure_profile("Bob")
    records = SessionRecords(history.db)
    assert records.latest_session_id(ann.id) is None
    first = history.start_session(ann.id, "p", "P", None, 1)
    history.record_attempt(first, "q1", 0, "", True, None)
    other = history.start_session(ann.id, "other", "O", None, 1)
    history.record_attempt(other, "x", 0, "", True, None)
    history.start_session(ann.id, "p", "P", None, 1)  # opened and left: nothing to hand in
    bobs = history.start_session(bob.id, "p", "P", None, 1)
    history.record_attempt(bobs, "q1", 0, "", True, None)
    assert records.latest_session_id(ann.id) == other
    assert records.latest_session_id(ann.id, "p") == first
    assert records.latest_session_id(bob.id, "other") is None
