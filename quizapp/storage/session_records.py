"""One recorded session read back whole: what was asked, what was answered, and when.

Results files for the teacher are made from this (``quizapp.classroom.session_results``). It only
reads: the session and its attempts are exactly as the quiz committed them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quizapp.storage.history import _json_or_none


@dataclass(frozen=True)
class RecordedAnswer:
    question_id: str
    answer: object
    answer_text: str
    correct: bool
    seconds: float | None
    answered_at: str
    overridden: bool = False
    """The learner said "I was right" about a typed answer graded wrong: counted right."""


@dataclass(frozen=True)
class SessionRecord:
    """``question_ids`` are the questions the session planned to ask, in order (empty for
    sessions recorded before quizapp kept them); ``answers`` are in the order given."""

    session_id: int
    profile_id: int
    learner: str
    pack_id: str
    pack_title: str
    pack_path: str | None
    mode: str
    started_at: str
    finished_at: str | None
    question_ids: tuple[str, ...]
    answers: tuple[RecordedAnswer, ...]


class SessionRecords:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def session(self, session_id: int) -> SessionRecord | None:
        row = self.db.execute(
            """SELECT s.id, s.profile_id, p.name, s.pack_id, s.pack_title, s.pack_path, s.mode,
                      s.started_at, s.finished_at, s.question_ids
               FROM sessions s JOIN profiles p ON p.id = s.profile_id WHERE s.id = ?""",
            (session_id,)).fetchone()
        if row is None:
            return None
        answers = tuple(
            RecordedAnswer(a["question_id"], _json_or_none(a["answer_json"]), a["answer_text"],
                           bool(a["correct"]), a["seconds"], a["answered_at"],
                           bool(a["overridden"]))
            for a in self.db.execute(
                "SELECT question_id, answer_json, answer_text, correct, seconds, answered_at, "
                "overridden FROM attempts WHERE session_id = ? ORDER BY id", (session_id,))
        )
        planned = _json_or_none(row["question_ids"])
        question_ids = tuple(str(i) for i in planned) if isinstance(planned, list) else ()
        return SessionRecord(row["id"], row["profile_id"], row["name"], row["pack_id"],
                             row["pack_title"], row["pack_path"], row["mode"], row["started_at"],
                             row["finished_at"], question_ids, answers)

    def latest_session_id(self, profile_id: int, pack_id: str | None = None) -> int | None:
        """The learner's most recent session with at least one answer (of ``pack_id`` if given):
        a quiz opened and left at once is nothing to hand in."""
        row = self.db.execute(
            """SELECT s.id FROM sessions s
               WHERE s.profile_id = ? AND (? IS NULL OR s.pack_id = ?)
                 AND EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = s.id)
               ORDER BY s.started_at DESC, s.id DESC LIMIT 1""",
            (profile_id, pack_id, pack_id)).fetchone()
        return int(row[0]) if row is not None else None
