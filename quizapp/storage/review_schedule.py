"""When each question should come back for review: FSRS cards, one per learner, pack and question.

A quiz answer is only right or wrong, so it maps onto two of FSRS's four ratings (Good, Again).
Fuzzing is off so that the same history always gives the same schedule, which keeps what the home
screen promises ("3 due") equal to what the review then asks, and keeps tests deterministic.

The card state is kept as FSRS's own JSON, with ``due`` copied into a column so that the due
queries are index range scans and never parse JSON.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from quizapp.storage.timestamps import as_utc, due_text, parse_instant

if TYPE_CHECKING:  # FSRS loads with the first answer: the home screen's counts are plain SQL
    from fsrs import Card, Scheduler


class ReviewSchedule:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._made: Scheduler | None = None

    @property
    def _scheduler(self) -> Scheduler:
        if self._made is None:
            from fsrs import Scheduler

            self._made = Scheduler(enable_fuzzing=False)
        return self._made

    def review(self, profile_id: int, pack_id: str, question_id: str, correct: bool,
               reviewed_at: datetime) -> datetime:
        """Move the question's card on by one answer; returns when it is next due.

        Runs no transaction of its own: the caller records the attempt in the same one, so the
        card never disagrees with the attempts.
        """
        row = self.db.execute(
            "SELECT card_json FROM review_cards WHERE profile_id = ? AND pack_id = ? "
            "AND question_id = ?", (profile_id, pack_id, question_id)).fetchone()
        before = row[0] if row is not None else None
        return self._store_review(profile_id, pack_id, question_id, before, correct, reviewed_at)

    def rerate_latest(self, profile_id: int, pack_id: str, question_id: str, correct: bool,
                      reviewed_at: datetime) -> datetime | None:
        """Redo the card's latest review with another verdict ("I was right"), from the card as
        it was before that review; None when the question has no card."""
        row = self.db.execute(
            "SELECT previous_card_json FROM review_cards WHERE profile_id = ? AND pack_id = ? "
            "AND question_id = ?", (profile_id, pack_id, question_id)).fetchone()
        if row is None:
            return None
        return self._store_review(profile_id, pack_id, question_id, row[0], correct, reviewed_at)

    def _store_review(self, profile_id: int, pack_id: str, question_id: str, before: str | None,
                      correct: bool, reviewed_at: datetime) -> datetime:
        from fsrs import Card, Rating

        when = as_utc(reviewed_at)
        card = _load_card(before) if before is not None else None
        if card is None:
            # an explicit id: FSRS would otherwise sleep a millisecond to keep generated ids unique
            card = Card(card_id=int(when.timestamp() * 1000), due=when)
        rating = Rating.Good if correct else Rating.Again
        card, _log = self._scheduler.review_card(card, rating, review_datetime=when)
        self.db.execute(
            """INSERT INTO review_cards(profile_id, pack_id, question_id, card_json, due,
                                        previous_card_json)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(profile_id, pack_id, question_id)
               DO UPDATE SET card_json = excluded.card_json, due = excluded.due,
                             previous_card_json = excluded.previous_card_json""",
            (profile_id, pack_id, question_id, json.dumps(card.to_dict()), due_text(card.due),
             before),
        )
        return as_utc(card.due)

    def due_question_ids(self, profile_id: int, pack_id: str,
                         now: datetime | None = None) -> list[str]:
        rows = self.db.execute(
            "SELECT question_id FROM review_cards WHERE profile_id = ? AND pack_id = ? "
            "AND due <= ? ORDER BY due, question_id",
            (profile_id, pack_id, due_text(as_utc(now))))
        return [row[0] for row in rows]

    def due_count(self, profile_id: int, pack_id: str, now: datetime | None = None) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM review_cards WHERE profile_id = ? AND pack_id = ? AND due <= ?",
            (profile_id, pack_id, due_text(as_utc(now)))).fetchone()
        return int(row[0])

    def next_due(self, profile_id: int, pack_id: str,
                 now: datetime | None = None) -> datetime | None:
        row = self.db.execute(
            "SELECT MIN(due) FROM review_cards WHERE profile_id = ? AND pack_id = ? AND due > ?",
            (profile_id, pack_id, due_text(as_utc(now)))).fetchone()
        return parse_instant(row[0]) if row[0] is not None else None

    def scheduled_question_ids(self, profile_id: int, pack_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT question_id FROM review_cards WHERE profile_id = ? AND pack_id = ?",
            (profile_id, pack_id))
        return {row[0] for row in rows}


def _load_card(card_json: str) -> Card | None:
    """The stored card, or None to start afresh: a damaged card must not stop an answer being saved."""
    from fsrs import Card

    try:
        return Card.from_dict(json.loads(card_json))
    except (ValueError, KeyError, TypeError):
        return None
