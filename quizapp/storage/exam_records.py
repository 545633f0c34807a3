"""What an exam in progress keeps on disk: its answers so far, its flags and the time it has used.

An exam is a session (mode ``exam``) like any other, plus a row in ``exam_sessions`` and one row
per touched question in ``exam_answers`` (migration 4). Answers stay here, changeable, until the
learner hands in; only then are the final ones recorded as attempts (``HistoryStore``), so that
statistics and review cards see each question answered once. Every write is committed when this
returns: a crash loses at most the last second of the clock.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from quizapp.storage.database import transaction
from quizapp.storage.history import HistoryStore, StorageError, UnfinishedSession, _json_or_none
from quizapp.storage.timestamps import instant_text, parse_instant

EXAM_MODE = "exam"
CLOSED_BY_LEARNER = "learner"
CLOSED_BY_TIME = "time"

Result = TypeVar("Result")


@dataclass(frozen=True)
class ExamAnswerRecord:
    question_id: str
    answer: object
    """The answer as ``answer_to_json`` wrote it; None when the question has no answer."""
    answer_text: str
    flagged: bool
    seconds: float
    answered_at: datetime | None


@dataclass(frozen=True)
class ExamRecord:
    session_id: int
    preset: object
    """The exam's settings as they were when it began (JSON data of a preset)."""
    time_limit_seconds: float | None
    seconds_used: float
    position: int
    interruptions: int
    handed_in_at: str | None
    closed_by: str | None
    answers: dict[str, ExamAnswerRecord]


class ExamRecords:
    def __init__(self, history: HistoryStore) -> None:
        self.history = history
        self.db = history.db

    def _write(self, what: str, work: Callable[[], Result]) -> Result:
        """``work`` in one transaction; a refusal is a ``StorageError`` saying what was lost."""
        try:
            with transaction(self.db):
                return work()
        except sqlite3.Error as error:
            if self.db.in_transaction:  # a failed COMMIT leaves the transaction open
                self.db.execute("ROLLBACK")
            raise StorageError(f"the history database refused {what}: {error}") from error

    # -- beginning -----------------------------------------------------------------------------
    def start(self, profile_id: int, pack_id: str, pack_title: str, pack_path: str | None,
              question_ids: Sequence[str], seed: int, preset: object,
              time_limit_seconds: float | None) -> int:
        """The session and its exam row, in one transaction: never one without the other."""
        preset_json = json.dumps(preset, ensure_ascii=False)

        def work() -> int:
            session_id = self.history.start_session(
                profile_id, pack_id, pack_title, pack_path, len(question_ids), EXAM_MODE,
                question_ids=question_ids, seed=seed)
            self.db.execute("INSERT INTO exam_sessions(session_id, preset_json, "
                            "time_limit_seconds) VALUES (?, ?, ?)",
                            (session_id, preset_json, time_limit_seconds))
            return session_id

        return self._write("the new exam", work)

    # -- during the exam -----------------------------------------------------------------------
    def save_answer(self, session_id: int, question_id: str, answer: object, answer_text: str,
                    answered_at: datetime | None = None) -> None:
        """Keep the question's answer as it is now (None: it has none any more)."""
        answer_json = None if answer is None else json.dumps(answer, ensure_ascii=False)
        self._write("the answer", lambda: self.db.execute(
            """INSERT INTO exam_answers(session_id, question_id, answer_json, answer_text,
                                        answered_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT(session_id, question_id) DO UPDATE SET
                   answer_json = excluded.answer_json, answer_text = excluded.answer_text,
                   answered_at = excluded.answered_at""",
            (session_id, question_id, answer_json, answer_text if answer is not None else "",
             instant_text(answered_at) if answer is not None else None)))

    def save_flag(self, session_id: int, question_id: str, flagged: bool) -> None:
        self._write("the flag", lambda: self.db.execute(
            """INSERT INTO exam_answers(session_id, question_id, flagged) VALUES (?, ?, ?)
               ON CONFLICT(session_id, question_id) DO UPDATE SET flagged = excluded.flagged""",
            (session_id, question_id, int(flagged))))

    def save_progress(self, session_id: int, seconds_used: float, position: int,
                      question_seconds: dict[str, float] | None = None) -> None:
        """The clock, the question on screen and the time spent on the questions given."""
        def work() -> None:
            self.db.execute("UPDATE exam_sessions SET seconds_used = ?, position = ? "
                            "WHERE session_id = ?", (seconds_used, position, session_id))
            for question_id, seconds in (question_seconds or {}).items():
                self.db.execute(
                    """INSERT INTO exam_answers(session_id, question_id, seconds) VALUES (?, ?, ?)
                       ON CONFLICT(session_id, question_id) DO UPDATE SET
                           seconds = excluded.seconds""", (session_id, question_id, seconds))

        self._write("the exam's time", work)

    def note_resumed(self, session_id: int) -> None:
        self._write("the resumption", lambda: self.db.execute(
            "UPDATE exam_sessions SET interruptions = interruptions + 1 WHERE session_id = ?",
            (session_id,)))

    # -- handing in ----------------------------------------------------------------------------
    def begin_hand_in(self, session_id: int, closed_by: str) -> None:
        """From here on the answers are final, even if recording them is cut short."""
        self._write("the hand-in", lambda: self.db.execute(
            "UPDATE exam_sessions SET handed_in_at = COALESCE(handed_in_at, ?), "
            "closed_by = COALESCE(closed_by, ?) WHERE session_id = ?",
            (instant_text(), closed_by, session_id)))

    def recorded_question_ids(self, session_id: int) -> set[str]:
        """Questions whose final answer is already an attempt (a hand-in cut short)."""
        rows = self.db.execute("SELECT question_id FROM attempts WHERE session_id = ?",
                               (session_id,))
        return {row[0] for row in rows}

    # -- reading back --------------------------------------------------------------------------
    def record(self, session_id: int) -> ExamRecord | None:
        row = self.db.execute(
            "SELECT preset_json, time_limit_seconds, seconds_used, position, interruptions, "
            "handed_in_at, closed_by FROM exam_sessions WHERE session_id = ?",
            (session_id,)).fetchone()
        if row is None:
            return None
        answers = {}
        for a in self.db.execute("SELECT question_id, answer_json, answer_text, flagged, seconds, "
                                 "answered_at FROM exam_answers WHERE session_id = ?",
                                 (session_id,)):
            answers[a["question_id"]] = ExamAnswerRecord(
                a["question_id"], _json_or_none(a["answer_json"]), a["answer_text"],
                bool(a["flagged"]), float(a["seconds"]),
                parse_instant(a["answered_at"]) if a["answered_at"] else None)
        return ExamRecord(session_id, _json_or_none(row["preset_json"]), row["time_limit_seconds"],
                          float(row["seconds_used"]), int(row["position"]),
                          int(row["interruptions"]), row["handed_in_at"], row["closed_by"],
                          answers)

    def unfinished(self, profile_id: int, pack_id: str) -> UnfinishedSession | None:
        """The learner's most recent exam on this pack that was neither handed in nor finished."""
        row = self.db.execute(
            """SELECT s.id, s.pack_id, s.pack_title, s.pack_path, s.mode, s.question_ids, s.seed
               FROM sessions s JOIN exam_sessions e ON e.session_id = s.id
               WHERE s.profile_id = ? AND s.pack_id = ? AND s.finished_at IS NULL
               ORDER BY s.started_at DESC, s.id DESC LIMIT 1""",
            (profile_id, pack_id)).fetchone()
        if row is None:
            return None
        question_ids = _json_or_none(row["question_ids"])
        if not isinstance(question_ids, list):
            return None
        return UnfinishedSession(row["id"], row["pack_id"], row["pack_title"], row["pack_path"],
                                 row["mode"], tuple(str(i) for i in question_ids), (), row["seed"])
