"""The learner's history: profiles, quiz sessions and every answer given.

This is the only place that writes SQL about history, so the UI and the command line ask it
questions in domain terms (best score per pack, sessions of a profile) rather than in SQL.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from quizapp.storage.database import transaction


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Profile:
    id: int
    name: str


@dataclass(frozen=True)
class SessionSummary:
    id: int
    pack_id: str
    pack_title: str
    mode: str
    started_at: str
    finished_at: str | None
    question_count: int
    answered: int
    correct: int


@dataclass(frozen=True)
class RecentPack:
    path: str
    pack_id: str
    title: str
    opened_at: str


class StorageError(RuntimeError):
    """The learner's data could not be written or read; the message says why in plain words."""


class ProfileNameError(ValueError):
    """A profile name that cannot be used (empty, too long)."""


class HistoryStore:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    # -- profiles ------------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        rows = self.db.execute("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE")
        return [Profile(row["id"], row["name"]) for row in rows]

    def find_profile(self, name: str) -> Profile | None:
        row = self.db.execute("SELECT id, name FROM profiles WHERE name = ?",
                              (name.strip(),)).fetchone()
        return Profile(row["id"], row["name"]) if row else None

    def ensure_profile(self, name: str) -> Profile:
        """The profile called ``name``, created if new (names ignore case)."""
        clean = " ".join(name.split())
        if not clean:
            raise ProfileNameError("a profile needs a name")
        if len(clean) > 60:
            raise ProfileNameError("a profile name can have at most 60 characters")
        existing = self.find_profile(clean)
        if existing is not None:
            return existing
        cursor = self.db.execute("INSERT INTO profiles(name, created_at) VALUES (?, ?)",
                                 (clean, _now()))
        return Profile(int(cursor.lastrowid or 0), clean)

    # -- sessions and attempts -----------------------------------------------------------------
    def start_session(self, profile_id: int, pack_id: str, pack_title: str, pack_path: str | None,
                      question_count: int, mode: str = "practice") -> int:
        cursor = self.db.execute(
            "INSERT INTO sessions(profile_id, pack_id, pack_title, pack_path, mode, "
            "question_count, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (profile_id, pack_id, pack_title, pack_path, mode, question_count, _now()),
        )
        return int(cursor.lastrowid or 0)

    def record_attempt(self, session_id: int, question_id: str, answer: object,
                       answer_text: str, correct: bool, seconds: float | None) -> None:
        """Store one answer; it is on disk when this returns (autocommit)."""
        try:
            self.db.execute(
                "INSERT INTO attempts(session_id, question_id, answer_json, answer_text, correct, "
                "seconds, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, question_id, json.dumps(answer, ensure_ascii=False), answer_text,
                 int(correct), seconds, _now()),
            )
        except sqlite3.Error as error:
            raise StorageError(f"the history database refused the answer: {error}") from error

    def finish_session(self, session_id: int) -> None:
        self.db.execute("UPDATE sessions SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                        (_now(), session_id))

    def sessions(self, profile_id: int) -> list[SessionSummary]:
        rows = self.db.execute(
            """SELECT s.id, s.pack_id, s.pack_title, s.mode, s.started_at, s.finished_at,
                      s.question_count, COUNT(a.id) AS answered,
                      COALESCE(SUM(a.correct), 0) AS correct
               FROM sessions s LEFT JOIN attempts a ON a.session_id = s.id
               WHERE s.profile_id = ? GROUP BY s.id ORDER BY s.started_at, s.id""",
            (profile_id,),
        )
        return [SessionSummary(r["id"], r["pack_id"], r["pack_title"], r["mode"], r["started_at"],
                               r["finished_at"], r["question_count"], r["answered"], r["correct"])
                for r in rows]

    def best_scores(self, profile_id: int) -> dict[str, float]:
        """Best share of a whole pack answered right in one session, per pack id (0.0 to 1.0)."""
        rows = self.db.execute(
            """SELECT s.pack_id, MAX(1.0 * c.correct / s.question_count) AS best
               FROM sessions s JOIN (SELECT session_id, SUM(correct) AS correct FROM attempts
                                     GROUP BY session_id) c ON c.session_id = s.id
               WHERE s.profile_id = ? AND s.question_count > 0 AND s.mode = 'practice'
               GROUP BY s.pack_id""",
            (profile_id,),
        )
        return {row["pack_id"]: float(row["best"]) for row in rows}

    # -- recently opened packs -----------------------------------------------------------------
    def remember_pack(self, path: str, pack_id: str, title: str) -> None:
        with transaction(self.db):
            # delete and insert again so the row's rowid says it is the newest
            self.db.execute("DELETE FROM recent_packs WHERE path = ?", (path,))
            self.db.execute(
                "INSERT INTO recent_packs(path, pack_id, title, opened_at) VALUES (?, ?, ?, ?)",
                (path, pack_id, title, _now()),
            )
            self.db.execute("DELETE FROM recent_packs WHERE path NOT IN (SELECT path FROM "
                            "recent_packs ORDER BY rowid DESC LIMIT 20)")

    def forget_pack(self, path: str) -> None:
        self.db.execute("DELETE FROM recent_packs WHERE path = ?", (path,))

    def recent_packs(self, limit: int = 10) -> list[RecentPack]:
        rows = self.db.execute("SELECT path, pack_id, title, opened_at FROM recent_packs "
                               "ORDER BY rowid DESC LIMIT ?", (limit,))
        return [RecentPack(r["path"], r["pack_id"], r["title"], r["opened_at"]) for r in rows]
