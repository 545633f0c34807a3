""""I was right" in the history: counted right everywhere, recorded as such, shown to the teacher."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.core.models import Pack
from quizapp.storage import HistoryStore, StatisticsStore, StorageError
from quizapp.study import StudyRun

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def test_an_override_counts_right_everywhere_and_is_reported(history: HistoryStore,
                                                              statistics: StatisticsStore,
                                                              tmp_path: Path) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "nato", "NATO", None, 2)
    attempt = history.record_attempt(session, "q1", "Minsk accords", "Minsk accords", False, 4.0,
                                     answered_at=T0)
    wrong_due = history.reviews.due_question_ids(ann.id, "nato", T0 + timedelta(minutes=30))
    assert wrong_due == ["q1"]  # Again: due within minutes
    assert history.override_attempt(attempt) is True
    assert history.override_attempt(attempt) is False  # already right: nothing more to do

    summary = statistics.question_summaries(ann.id, "nato")["q1"]
    assert (summary.seen, summary.correct, summary.last_correct, summary.overridden) == \
        (1, 1, True, 1)
    [day] = statistics.daily_accuracy(ann.id, 3650, today=T0.date() + timedelta(days=1))
    assert (day.answered, day.correct) == (1, 1)
    totals = statistics.totals(ann.id)
    assert (totals.correct, totals.overridden) == (1, 1)
    assert history.sessions(ann.id)[0].correct == 1
    assert history.missed_question_ids(ann.id, "nato") == []
    # the review is re-rated as Good, not stacked on the wrong one: the same card as a right answer
    bob = history.ensure_profile("Bob")
    history.record_attempt(history.start_session(bob.id, "nato", "NATO", None, 1), "q1", "x", "x",
                           True, 4.0, answered_at=T0)
    cards = dict(history.db.execute("SELECT profile_id, due FROM review_cards").fetchall())
    assert cards[ann.id] == cards[bob.id]
    [flag] = history.flags("nato")
    assert flag.is_override and flag.overridden_answer == "Minsk accords"
    assert (flag.question_id, flag.profile_name) == ("q1", "Ann")
    target = tmp_path / "ann.csv"
    history.export_history_csv(ann.id, target)
    assert target.read_text(encoding="utf-8").splitlines()[1].endswith(
        ",q1,Minsk accords,1,4.0,2024-05-01T09:00:00+00:00,1")  # correct 1, overridden 1


def test_an_override_of_an_older_answer_leaves_the_latest_alone(history: HistoryStore,
                                                                 statistics: StatisticsStore) -> None:
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "nato", "NATO", None, 2)
    older = history.record_attempt(session, "q1", "x", "x", False, 1.0, answered_at=T0)
    history.record_attempt(session, "q1", "y", "y", False, 1.0, answered_at=T0 + timedelta(days=1))
    card_before = history.db.execute("SELECT card_json FROM review_cards").fetchone()[0]
    history.override_attempt(older)
    summary = statistics.question_summaries(ann.id, "nato")["q1"]
    assert (summary.seen, summary.correct, summary.last_correct) == (2, 1, False)
    assert history.db.execute("SELECT card_json FROM review_cards").fetchone()[0] == card_before


def test_overriding_a_missing_answer_says_so(history: HistoryStore) -> None:
    with pytest.raises(StorageError, match="not in the history"):
        history.override_attempt(999)


def test_a_run_saves_the_override_before_showing_it_and_resume_keeps_it(
        history: HistoryStore, mini_pack: Pack) -> None:
    ann = history.ensure_profile("Ann")
    questions = [mini_pack.question(i) for i in ("market-town", "population", "river-mouth")]
    run = StudyRun(mini_pack, ann, history, questions=[q for q in questions if q])
    assert not run.submit("Lantern Town").correct
    result = run.override_last()
    assert result.correct and result.overridden
    assert history.sessions(ann.id)[0].correct == 1
    run.advance()
    unfinished = history.unfinished_session(ann.id)
    assert unfinished is not None and unfinished.overridden == frozenset({0})
    resumed = StudyRun.resume(mini_pack, ann, history, unfinished)
    assert resumed.session.score == 1
    assert resumed.session.results().results[0].overridden
