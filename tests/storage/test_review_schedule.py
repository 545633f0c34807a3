"""FSRS review cards: written with each answer, stored as JSON, asked for by due time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from fsrs import Card, State

from quizapp.storage import HistoryStore, open_database

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def answer(history: HistoryStore, session: int, question: str, correct: bool,
           at: datetime) -> None:
    history.record_attempt(session, question, 0, "A", correct, 3.0, answered_at=at)


def stored_card(history: HistoryStore, question: str) -> tuple[Card, str]:
    card_json, due = history.db.execute(
        "SELECT card_json, due FROM review_cards WHERE question_id = ?", (question,)).fetchone()
    return Card.from_dict(json.loads(card_json)), due


def test_a_right_answer_schedules_later_than_a_wrong_one(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2)
    answer(history, session, "right", True, T0)
    answer(history, session, "wrong", False, T0)
    right, _ = stored_card(history, "right")
    wrong, _ = stored_card(history, "wrong")
    assert T0 < wrong.due <= T0 + timedelta(minutes=10)  # soon: later in the same sitting
    assert right.due > wrong.due
    assert right.last_review == wrong.last_review == T0


def test_cards_survive_reopening_and_keep_learning(tmp_path: Path) -> None:
    path = tmp_path / "quizapp.sqlite3"
    history = HistoryStore(open_database(path))
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 3)
    answer(history, session, "q", True, T0)
    history.db.close()

    history = HistoryStore(open_database(path))
    first, due_column = stored_card(history, "q")
    assert datetime.fromisoformat(due_column) == first.due
    answer(history, session, "q", True, first.due)
    second, _ = stored_card(history, "q")
    assert second.state is State.Review  # graduated: the stored learning step was used
    assert second.due - first.due >= timedelta(days=1)
    answer(history, session, "q", False, second.due)
    third, _ = stored_card(history, "q")
    assert third.state is State.Relearning
    assert third.due - second.due < timedelta(hours=1)
    history.db.close()


def test_due_queries_with_an_injected_now(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 4)
    answer(history, session, "wrong", False, T0)            # due in a minute
    answer(history, session, "right", True, T0)             # due in ten minutes
    answer(history, session, "known", True, T0)
    answer(history, session, "known", True, T0 + timedelta(minutes=10))  # due in days
    wrong_due = stored_card(history, "wrong")[0].due
    right_due = stored_card(history, "right")[0].due

    assert history.due_question_ids(ann.id, "p", T0) == []
    assert history.due_count(ann.id, "p", T0) == 0
    assert history.next_due(ann.id, "p", T0) == wrong_due

    later = T0 + timedelta(hours=1)
    assert history.due_question_ids(ann.id, "p", later) == ["wrong", "right"]  # most overdue first
    assert history.due_count(ann.id, "p", later) == 2
    assert history.next_due(ann.id, "p", later) == stored_card(history, "known")[0].due

    assert history.due_question_ids(ann.id, "p", wrong_due) == ["wrong"]  # due exactly now counts
    assert history.next_due(ann.id, "p", wrong_due) == right_due  # strictly after now
    assert history.due_count(ann.id, "p", T0 + timedelta(days=3650)) == 3
    assert history.next_due(ann.id, "p", T0 + timedelta(days=3650)) is None
    assert history.scheduled_question_ids(ann.id, "p") == {"wrong", "right", "known"}


def test_now_in_another_time_zone_means_the_same_instant(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 1)
    answer(history, session, "q", False, T0)
    due = stored_card(history, "q")[0].due
    tokyo = timezone(timedelta(hours=9))
    assert history.due_count(ann.id, "p", due.astimezone(tokyo)) == 1
    assert history.due_count(ann.id, "p", (due - timedelta(microseconds=1)).astimezone(tokyo)) == 0


def test_cards_belong_to_one_learner_and_one_pack(history: HistoryStore) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    answer(history, history.start_session(ann.id, "p", "P", None, 1), "q", False, T0)
    answer(history, history.start_session(bob.id, "other", "O", None, 1), "q", False, T0)
    later = T0 + timedelta(days=1)
    assert history.due_question_ids(ann.id, "p", later) == ["q"]
    assert history.due_question_ids(ann.id, "other", later) == []
    assert history.due_question_ids(bob.id, "p", later) == []
    assert history.scheduled_question_ids(bob.id, "other") == {"q"}


def test_a_damaged_card_starts_afresh_instead_of_losing_the_answer(history: HistoryStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "p", "P", None, 2)
    answer(history, session, "q", True, T0)
    history.db.execute("UPDATE review_cards SET card_json = '{not json'")
    answer(history, session, "q", False, T0 + timedelta(days=1))
    card, _ = stored_card(history, "q")
    assert card.state is State.Learning and card.last_review == T0 + timedelta(days=1)
    assert history.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 2
