"""Migration 3 (session seeds, "I was right") on a database with a learner's history in it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from quizapp.core.models import Pack
from quizapp.storage import HistoryStore, StatisticsStore, open_database
from quizapp.storage.migrations import MIGRATIONS, migrate
from quizapp.study import StudyRun

NOW = "2024-05-01T10:00:00+00:00"


def build_version_2(path: Path, question_ids: list[str]) -> None:
    """A learner who answered the first question of a session and then the app crashed."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    assert migrate(db, MIGRATIONS[:2]) == 2
    ann = db.execute("INSERT INTO profiles(name, created_at) VALUES ('Ann', ?)", (NOW,)).lastrowid
    session = db.execute(
        "INSERT INTO sessions(profile_id, pack_id, pack_title, pack_path, mode, question_count, "
        "started_at, question_ids) VALUES (?, 'mini-atlas', 'The Little Atlas', NULL, "
        "'practice', ?, ?, ?)", (ann, len(question_ids), NOW, json.dumps(question_ids))).lastrowid
    db.execute("INSERT INTO attempts(session_id, question_id, answer_json, answer_text, correct, "
               "seconds, answered_at) VALUES (?, ?, '0', 'Port Amber', 1, 3.0, ?)",
               (session, question_ids[0], NOW))
    db.execute("INSERT INTO question_stats VALUES (?, 'mini-atlas', ?, 1, 1, 3.0, 1, ?)",
               (ann, question_ids[0], NOW))
    db.execute("INSERT INTO flags(profile_id, pack_id, question_id, comment, created_at) "
               "VALUES (?, 'mini-atlas', 'market-town', 'typo?', ?)", (ann, NOW))
    db.close()


def test_migration_3_keeps_the_history_and_adds_seeds_and_overrides(tmp_path: Path,
                                                                     mini_pack: Pack) -> None:
    path = tmp_path / "quizapp.sqlite3"
    build_version_2(path, [q.id for q in mini_pack.questions])
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 3
    columns = {table: {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
               for table in ("sessions", "attempts", "question_stats", "review_cards", "flags")}
    assert "seed" in columns["sessions"] and "overridden" in columns["attempts"]
    assert "overridden" in columns["question_stats"]
    assert "previous_card_json" in columns["review_cards"]
    assert "attempt_id" in columns["flags"]
    assert [tuple(r) for r in db.execute("SELECT overridden FROM attempts")] == [(0,)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []

    history = HistoryStore(db)
    ann = history.find_profile("Ann")
    assert ann is not None
    [flag] = history.flags("mini-atlas")
    assert flag.comment == "typo?"
    summary = StatisticsStore(db).question_summaries(ann.id, "mini-atlas")["river-mouth"]
    assert (summary.seen, summary.correct) == (1, 1)

    # a session from before seeds were kept is resumed with a new seed, which is then kept
    unfinished = history.unfinished_session(ann.id)
    assert unfinished is not None and unfinished.seed is None
    resumed = StudyRun.resume(mini_pack, ann, history, unfinished)
    assert resumed.session.position == 1 and resumed.session.score == 1
    again = history.unfinished_session(ann.id)
    assert again is not None and again.seed == resumed.session.seed
    assert StudyRun.resume(mini_pack, ann, history, again).session.seed == resumed.session.seed


def test_a_new_session_records_its_seed(tmp_path: Path, mini_pack: Pack) -> None:
    history = HistoryStore(open_database(tmp_path / "quizapp.sqlite3"))
    ann = history.ensure_profile("Ann")
    run = StudyRun(mini_pack, ann, history)
    unfinished = history.unfinished_session(ann.id)
    assert unfinished is not None and unfinished.seed == run.session.seed
    (stored,) = history.db.execute("SELECT seed FROM sessions").fetchone()
    assert stored == run.session.seed and 0 <= stored < 2 ** 53
