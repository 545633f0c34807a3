"""A learner's answers as CSV, for a teacher's spreadsheet or the learner's own records."""

from __future__ import annotations

import csv
import os
import re
import sqlite3
from pathlib import Path

HEADER = ("started", "finished", "pack", "mode", "question", "answer", "correct", "seconds",
          "answered_at", "overridden")
"""``overridden`` is 1 where the learner said "I was right" (``correct`` is then 1 too)."""

# Spreadsheets run a cell starting with one of these as a formula, and answers are free text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?")


def spreadsheet_safe(text: str) -> str:
    """``text`` that a spreadsheet shows instead of evaluating (OWASP's leading apostrophe).

    Plain numbers such as ``-5`` are left alone: they are answers, not formulas.
    """
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def export_history_file(database: Path, profile_id: int, path: Path) -> int:
    """``export_history_csv`` through a connection of its own, so it can run on a worker thread
    while the app goes on using the history."""
    db = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return export_history_csv(db, profile_id, path)
    finally:
        db.close()


def export_history_csv(db: sqlite3.Connection, profile_id: int, path: Path) -> int:
    """Written beside ``path`` and renamed into place, so a failure never leaves half a file."""
    rows = db.execute(
        """SELECT s.started_at, s.finished_at, s.pack_id, s.mode, a.question_id, a.answer_text,
                  a.correct, a.seconds, a.answered_at, a.overridden
           FROM attempts a JOIN sessions s ON s.id = a.session_id
           WHERE s.profile_id = ? ORDER BY s.started_at, s.id, a.id""",
        (profile_id,),
    )
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    count = 0
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(HEADER)
            for (started, finished, pack, mode, question, answer, correct, seconds, answered,
                 overridden) in rows:
                writer.writerow((started, finished or "", pack, mode, question,
                                 spreadsheet_safe(answer), int(correct),
                                 "" if seconds is None else seconds, answered, int(overridden)))
                count += 1
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
