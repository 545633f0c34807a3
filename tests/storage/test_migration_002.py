"""Migration 2 on a database that already has a learner's history in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, StatisticsStore, open_database
from quizapp.storage.migrations import MIGRATIONS, migrate
from quizapp.storage.timestamps import local_day, parse_instant

# (profile, pack, question, correct, seconds, answered_at UTC); times chosen so that some UTC
# and local (UTC-5) days differ, and q1 has two answers in the same second (the later row wins)
V1_ATTEMPTS = [
    ("Ann", "alpha", "q1", 1, 2.5, "2024-03-09T14:00:00+00:00"),
    ("Ann", "alpha", "q1", 0, 4.0, "2024-03-10T03:00:00+00:00"),  # local: 9 March, 22:00
    ("Ann", "alpha", "q1", 1, None, "2024-03-10T03:00:00+00:00"),
    ("Ann", "alpha", "q2", 0, 1.0, "2024-03-10T16:00:00+00:00"),
    ("Ann", "beta", "q1", 0, 3.0, "2024-03-10T16:00:05+00:00"),
    ("Bob", "alpha", "q2", 1, 7.25, "2024-03-11T04:59:59+00:00"),  # local: 10 March
    ("Bob", "alpha", "q2", 1, 2.0, "2024-03-11T05:00:00+00:00"),  # local: 11 March
]


def build_version_1(path: Path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    assert migrate(db, MIGRATIONS[:1]) == 1
    profiles: dict[str, int] = {}
    sessions: dict[tuple[str, str], int] = {}
    for name, pack, question, correct, seconds, answered_at in V1_ATTEMPTS:
        if name not in profiles:
            profiles[name] = db.execute("INSERT INTO profiles(name, created_at) VALUES (?, ?)",
                                        (name, "2024-03-01T00:00:00+00:00")).lastrowid or 0
        if (name, pack) not in sessions:
            sessions[name, pack] = db.execute(
                "INSERT INTO sessions(profile_id, pack_id, pack_title, pack_path, mode, "
                "question_count, started_at) VALUES (?, ?, ?, NULL, 'practice', 5, ?)",
                (profiles[name], pack, pack.title(), answered_at)).lastrowid or 0
        db.execute("INSERT INTO attempts(session_id, question_id, answer_json, answer_text, "
                   "correct, seconds, answered_at) VALUES (?, ?, '0', 'A', ?, ?, ?)",
                   (sessions[name, pack], question, correct, seconds, answered_at))
    db.close()


QuestionKey = tuple[int, str, str]
DayKey = tuple[int, str]


def scan_of_attempts(db: sqlite3.Connection) -> tuple[dict[QuestionKey, tuple[object, ...]],
                                                      dict[DayKey, tuple[object, ...]]]:
    """What the summaries must say, computed the slow way from every attempt."""
    questions: dict[QuestionKey, tuple[int, int, float, int, str]] = {}
    days: dict[DayKey, tuple[int, int, float]] = {}
    rows = db.execute("SELECT s.profile_id, s.pack_id, a.question_id, a.correct, a.seconds, "
                      "a.answered_at FROM attempts a JOIN sessions s ON s.id = a.session_id "
                      "ORDER BY a.answered_at, a.id")
    for profile_id, pack_id, question_id, correct, seconds, answered_at in rows:
        key = (profile_id, pack_id, question_id)
        seen, right, spent, _, _ = questions.get(key, (0, 0, 0.0, 0, ""))
        questions[key] = (seen + 1, right + correct, spent + (seconds or 0.0), correct, answered_at)
        day = (profile_id, local_day(parse_instant(answered_at)).isoformat())
        answered, right, spent = days.get(day, (0, 0, 0.0))
        days[day] = (answered + 1, right + correct, spent + (seconds or 0.0))
    return dict(questions), dict(days)


@pytest.mark.usefixtures("five_hours_behind_utc")
def test_migration_2_fills_the_summaries_from_existing_attempts(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    build_version_1(path)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 2
    expected_questions, expected_days = scan_of_attempts(db)

    stored_questions = {
        (r[0], r[1], r[2]): tuple(r[3:])
        for r in db.execute("SELECT profile_id, pack_id, question_id, seen, correct, total_seconds, "
                            "last_correct, last_answered_at FROM question_stats")
    }
    stored_days = {(r[0], r[1]): tuple(r[2:])
                   for r in db.execute("SELECT profile_id, day, answered, correct, seconds "
                                       "FROM daily_activity")}
    assert stored_questions == expected_questions
    assert stored_days == expected_days

    # spot checks that the scan itself says what the times were chosen to show
    history, statistics = HistoryStore(db), StatisticsStore(db)
    ann, bob = history.find_profile("Ann"), history.find_profile("Bob")
    assert ann is not None and bob is not None
    q1 = statistics.question_summaries(ann.id, "alpha")["q1"]
    assert (q1.seen, q1.correct, q1.total_seconds, q1.last_correct) == (3, 2, 6.5, True)
    assert [str(d.day) for d in statistics.daily_accuracy(bob.id, 3650)] == ["2024-03-10",
                                                                             "2024-03-11"]
    assert history.missed_question_ids(ann.id, "alpha") == ["q2"]
    assert history.missed_question_ids(ann.id, "beta") == ["q1"]
    assert statistics.totals(ann.id).answered == 5


def test_migration_2_keeps_old_sessions_and_adds_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    build_version_1(path)
    db = open_database(path)
    history = HistoryStore(db)
    ann = history.find_profile("Ann")
    assert ann is not None
    assert [(s.pack_id, s.answered, s.correct) for s in history.sessions(ann.id)] == [
        ("alpha", 4, 2), ("beta", 1, 0)]
    assert db.execute("SELECT COUNT(*) FROM sessions WHERE question_ids IS NOT NULL").fetchone()[0] == 0
    # old sessions cannot be resumed (their question order was never stored)
    assert history.unfinished_session(ann.id) is None
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"question_stats", "daily_activity", "review_cards", "flags"} <= tables
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # review cards are not replayed from old answers: those questions start afresh
    assert history.scheduled_question_ids(ann.id, "alpha") == set()


def test_migration_2_on_an_empty_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, MIGRATIONS[:1])
    db.close()
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM question_stats").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM daily_activity").fetchone()[0] == 0
