"""Migration 4 (exams) on a database with a learner's history in it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from quizapp.core.models import Pack
from quizapp.storage import HistoryStore, StatisticsStore, open_database
from quizapp.storage.exam_records import ExamRecords
from quizapp.storage.migrations import MIGRATIONS, migrate

NOW = "2024-05-01T10:00:00+00:00"


def build_version_3(path: Path, question_ids: list[str]) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    assert migrate(db, MIGRATIONS[:3]) == 3
    ann = db.execute("INSERT INTO profiles(name, created_at) VALUES ('Ann', ?)", (NOW,)).lastrowid
    session = db.execute(
        "INSERT INTO sessions(profile_id, pack_id, pack_title, pack_path, mode, question_count, "
        "started_at, question_ids, seed) VALUES (?, 'mini-atlas', 'The Little Atlas', NULL, "
        "'practice', ?, ?, ?, 5)",
        (ann, len(question_ids), NOW, json.dumps(question_ids))).lastrowid
    db.execute("INSERT INTO attempts(session_id, question_id, answer_json, answer_text, correct, "
               "seconds, answered_at) VALUES (?, ?, '0', 'Port Amber', 1, 3.0, ?)",
               (session, question_ids[0], NOW))
    db.execute("INSERT INTO question_stats(profile_id, pack_id, question_id, seen, correct, "
               "total_seconds, last_correct, last_answered_at) "
               "VALUES (?, 'mini-atlas', ?, 1, 1, 3.0, 1, ?)", (ann, question_ids[0], NOW))
    db.close()


def test_migration_4_adds_exams_and_keeps_the_history(tmp_path: Path, mini_pack: Pack) -> None:
    path = tmp_path / "quizapp.sqlite3"
    ids = [q.id for q in mini_pack.questions]
    build_version_3(path, ids)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 4
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"exam_sessions", "exam_answers"} <= tables
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []

    history = HistoryStore(db)
    ann = history.find_profile("Ann")
    assert ann is not None
    summary = StatisticsStore(db).question_summaries(ann.id, "mini-atlas")[ids[0]]
    assert (summary.seen, summary.correct) == (1, 1)
    unfinished = history.unfinished_session(ann.id)
    assert unfinished is not None and unfinished.mode == "practice" and unfinished.seed == 5

    records = ExamRecords(history)
    session_id = records.start(ann.id, "mini-atlas", "The Little Atlas", None, ids, 9,
                               {"id": "x", "title": "X"}, 600.0)
    records.save_answer(session_id, ids[1], [0, 1], "Port Amber; Hillcross")
    records.save_progress(session_id, 12.5, 1, {ids[1]: 12.5})
    record = records.record(session_id)
    assert record is not None and record.time_limit_seconds == 600.0
    assert record.answers[ids[1]].answer == [0, 1] and record.answers[ids[1]].seconds == 12.5
    assert records.unfinished(ann.id, "mini-atlas") is not None

    history.delete_profile(ann.id)  # everything of the learner goes, exams included
    assert db.execute("SELECT COUNT(*) FROM exam_sessions").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM exam_answers").fetchone()[0] == 0
