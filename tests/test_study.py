"""A learner's run through the same API the quiz screen uses, with no display at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core.models import Pack
from quizapp.core.pack_summary import summarize
from quizapp.core.selection import StudyMode
from quizapp.storage import HistoryStore, open_database
from quizapp.study import StudyRun, plan, questions_for


def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(open_database(tmp_path / "db.sqlite3"))


def test_each_answer_is_saved_before_it_is_shown(tmp_path: Path, mini_pack: Pack) -> None:
    history = store(tmp_path)
    learner = history.ensure_profile("Ann")
    ticks = iter([0.0, 4.5, 10.0, 11.0])
    run = StudyRun(mini_pack, learner, history, questions=mini_pack.questions[:2],
                   clock=lambda: next(ticks))
    result = run.submit(0)
    assert result.correct and result.seconds == 4.5
    [session] = history.sessions(learner.id)
    assert (session.answered, session.correct, session.finished_at) == (1, 1, None)
    run.advance()
    run.submit(frozenset({2}))
    [session] = history.sessions(learner.id)
    assert (session.answered, session.correct) == (2, 1)
    assert session.finished_at is not None  # the last answer closes the session


def test_resume_rebuilds_the_run_where_it_stopped(tmp_path: Path, mini_pack: Pack) -> None:
    history = store(tmp_path)
    learner = history.ensure_profile("Ann")
    run = StudyRun(mini_pack, learner, history)
    run.submit(1)  # wrong
    run.advance()
    run.submit(frozenset({0, 1}))  # right
    run.advance()
    unfinished = history.unfinished_session(learner.id)
    assert unfinished is not None
    resumed = StudyRun.resume(mini_pack, learner, history, unfinished)
    assert resumed.session_id == run.session_id
    assert (resumed.session.position, resumed.session.score) == (2, 1)
    view = resumed.current()
    assert view is not None and view.question.id == "market-winter"
    resumed.submit(False)
    assert history.sessions(learner.id)[0].answered == 3


def test_plan_and_modes_follow_the_history(tmp_path: Path, mini_pack: Pack) -> None:
    history = store(tmp_path)
    learner = history.ensure_profile("Ann")
    run = StudyRun(mini_pack, learner, history, questions=mini_pack.questions[:3])
    for answer in (1, frozenset({0, 1}), True):  # wrong, right, wrong
        run.submit(answer)  # type: ignore[arg-type]
        run.advance()
    later = datetime.now(UTC) + timedelta(days=1)
    facts = plan(summarize(mini_pack), learner, history, later)
    assert (facts.total, facts.missed, facts.due, facts.new) == (7, 2, 3, 4)
    assert [q.id for q in questions_for(StudyMode.REVIEW_MISTAKES, mini_pack, learner,
                                        history)] == ["market-winter", "river-mouth"]
    assert len(questions_for(StudyMode.DUE_TODAY, mini_pack, learner, history, now=later)) == 7
    assert len(questions_for(StudyMode.PRACTICE, mini_pack, learner, history)) == 7
    retry = run.retry_missed()
    assert retry.mode is StudyMode.RETRY
    assert [q.id for q in retry.session.questions] == ["river-mouth", "market-winter"]


def test_a_typo_is_not_saved_until_the_second_try(tmp_path: Path, mini_pack: Pack) -> None:
    history = store(tmp_path)
    learner = history.ensure_profile("Ann")
    town = mini_pack.question("market-town")
    assert town is not None
    ticks = iter([0.0, 3.0, 7.0])
    run = StudyRun(mini_pack, learner, history, questions=[town, town],
                   clock=lambda: next(ticks))
    assert run.submit("Hilcross").try_again
    assert history.sessions(learner.id)[0].answered == 0
    result = run.submit("Hilcross")
    assert not result.correct and result.seconds == 7.0  # timed from when it was first shown
    assert history.sessions(learner.id)[0].answered == 1
    # resuming replays the counted answer without offering its second try again
    unfinished = history.unfinished_session(learner.id)
    assert unfinished is not None
    resumed = StudyRun.resume(mini_pack, learner, history, unfinished)
    assert (resumed.session.position, resumed.session.score) == (1, 0)
