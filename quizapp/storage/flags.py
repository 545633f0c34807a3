"""Questions a learner flagged as wrong or unclear, kept for whoever maintains the pack."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quizapp.storage.timestamps import instant_text


@dataclass(frozen=True)
class Flag:
    question_id: str
    comment: str
    profile_name: str
    created_at: str
    overridden_answer: str | None = None
    """Set for an "I was right" report: the answer the learner says should have counted."""

    @property
    def is_override(self) -> bool:
        return self.overridden_answer is not None


class FlagStore:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def flag_question(self, profile_id: int, pack_id: str, question_id: str, comment: str) -> None:
        # an empty comment still says "something is wrong here", so it is kept
        self.db.execute(
            "INSERT INTO flags(profile_id, pack_id, question_id, comment, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (profile_id, pack_id, question_id, comment.strip(), instant_text()),
        )

    def flags(self, pack_id: str) -> list[Flag]:
        rows = self.db.execute(
            """SELECT f.question_id, f.comment, p.name, f.created_at, a.answer_text
               FROM flags f JOIN profiles p ON p.id = f.profile_id
                    LEFT JOIN attempts a ON a.id = f.attempt_id
               WHERE f.pack_id = ? ORDER BY f.created_at DESC, f.id DESC""",
            (pack_id,),
        )
        return [Flag(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def flag_count(self, pack_id: str) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM flags WHERE pack_id = ?", (pack_id,)).fetchone()
        return int(row[0])
