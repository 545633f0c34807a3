"""Exam rules with no display, through the API the exam screen uses, on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom.exam import (
    ExamStateError,
    default_preset,
    exam_questions,
    format_time_left,
    numbers_text,
    preset_for_launch,
)
from quizapp.classroom.exam_run import ExamRun
from quizapp.core.models import ExamPreset, Pack
from quizapp.packs import load_pack
from quizapp.storage import HistoryStore, StatisticsStore, open_database
from quizapp.storage.exam_records import CLOSED_BY_LEARNER
from tests.classroom.exam_helpers import right_answer, wrong_answer
from tests.conftest import BUNDLED_PACK
from tests.fake_clock import FakeClock

TEN_MINUTES = ExamPreset("check", "Ten-minute check", time_limit_minutes=10)


def open_history(path: Path) -> HistoryStore:
    return HistoryStore(open_database(path / "quizapp.sqlite3"))


def start(tmp_path: Path, pack: Pack, preset: ExamPreset = TEN_MINUTES,
          clock: FakeClock | None = None) -> ExamRun:
    history = open_history(tmp_path)
    run = ExamRun.start(pack, history.ensure_profile("Ann"), history, preset,
                        clock=clock or FakeClock(), seed=1234)
    run.open()
    return run


def attempts(history: HistoryStore) -> list[tuple[str, str, int]]:
    return [tuple(r) for r in history.db.execute(
        "SELECT question_id, answer_text, correct FROM attempts ORDER BY id")]


# -- which questions -----------------------------------------------------------------------------
def test_the_draw_and_the_order(mini_pack: Pack) -> None:
    ids = [q.id for q in mini_pack.questions]
    same_paper = ExamPreset("a", "A", count=4, seed=99)
    first, second = (exam_questions(mini_pack, same_paper, seed) for seed in (1, 2))
    assert {q.id for q in first} == {q.id for q in second} and len(first) == 4
    assert [q.id for q in first] != [q.id for q in second]  # each learner's own order
    # by default a class shares one draw, from the pack's and the exam's ids: no seed needed
    class_draws = [{q.id for q in exam_questions(mini_pack, ExamPreset("a", "A", count=4), s)}
                   for s in range(6)]
    assert len({frozenset(d) for d in class_draws}) == 1
    other_exams = {frozenset(q.id for q in exam_questions(
        mini_pack, ExamPreset(ident, ident, count=4), 1)) for ident in "abcdef"}
    assert len(other_exams) > 1  # each exam of the pack has a draw of its own
    per_learner = ExamPreset("a", "A", count=4, same_questions=False)
    own_draw = [{q.id for q in exam_questions(mini_pack, per_learner, s)} for s in range(6)]
    assert len({frozenset(d) for d in own_draw}) > 1  # an option: each learner draws their own
    in_order = ExamPreset("a", "A", shuffle=False, sections=("towns",), difficulty=(2,))
    assert [q.id for q in exam_questions(mini_pack, in_order, 5)] == ids[1:]
    assert exam_questions(mini_pack, in_order, 5) == exam_questions(mini_pack, in_order, 6)


def test_the_default_exam_asks_a_class_the_same_questions() -> None:
    """``quizapp --mode exam`` on the bundled pack: 20 of its 121 questions, the same 20 for
    every learner (it drew 20 per learner before), each learner in their own order."""
    pack = load_pack(BUNDLED_PACK)
    preset = preset_for_launch(pack, [])
    papers = [exam_questions(pack, preset, seed) for seed in (11, 22, 33)]
    assert len(pack.questions) > 100 and all(len(paper) == 20 for paper in papers)
    assert len({frozenset(q.id for q in paper) for paper in papers}) == 1
    assert len({tuple(q.id for q in paper) for paper in papers}) == 3


def test_which_preset_the_command_line_starts(mini_pack: Pack) -> None:
    saved = ExamPreset("saved", "Saved")
    assert default_preset(mini_pack) == ExamPreset("exam", "Exam", count=7,
                                                   time_limit_minutes=11.0)
    assert preset_for_launch(mini_pack, []) == default_preset(mini_pack)
    assert preset_for_launch(mini_pack, [saved]) == saved
    shipped = replace(mini_pack, exams=(TEN_MINUTES,))
    assert preset_for_launch(shipped, [saved]) == TEN_MINUTES
    assert preset_for_launch(shipped, [saved], "saved") == saved
    with pytest.raises(LookupError, match=r"has no exam 'final' \(its exams: check, saved\)"):
        preset_for_launch(shipped, [saved], "final")


def test_wording_helpers() -> None:
    assert [format_time_left(s) for s in (600, 599.2, 61, 0.4, 0, -3, 3723)] == [
        "10:00", "10:00", "1:01", "0:01", "0:00", "0:00", "1:02:03"]
    assert [numbers_text(n) for n in ([], [3], [3, 7], [3, 7, 12])] == [
        "", "3", "3 and 7", "3, 7 and 12"]


# -- answering in any order, changing answers, handing in --------------------------------------
def test_answers_change_until_handed_in_and_only_the_final_one_counts(
        tmp_path: Path, mini_pack: Pack) -> None:
    clock = FakeClock()
    run = start(tmp_path, mini_pack, clock=clock)
    history = run.history
    session = run.session
    last = session.total - 1
    run.go_to(last)  # any order
    question = session.current().question
    assert run.set_answer(wrong_answer(question))
    clock.advance(20)
    run.go_to(0)
    first = session.current().question
    run.set_answer(right_answer(first))
    run.set_flag(True)
    clock.advance(5)
    run.go_to(last)  # back to change an answer
    clock.advance(10)
    assert run.set_answer(right_answer(question))
    assert not run.set_answer(right_answer(question))  # the same answer again is no change
    assert session.unanswered() == list(range(1, last))
    assert session.flagged() == [0]
    # nothing reaches statistics or review cards before handing in, but all is on disk
    assert attempts(history) == []
    saved = run.records.record(run.session_id)
    assert saved is not None and saved.answers[question.id].answer_text != ""
    assert saved.answers[first.id].flagged

    outcome = run.hand_in()
    assert (outcome.total, outcome.answered, outcome.correct) == (7, 2, 2)
    assert outcome.unanswered_numbers == (2, 3, 4, 5, 6)
    assert not outcome.timed_out and outcome.seconds_used == 35
    assert outcome.questions[last].seconds == 30 and outcome.questions[0].flagged
    recorded = attempts(history)
    assert [(qid, correct) for qid, _, correct in recorded] == [(first.id, 1), (question.id, 1)]
    summaries = StatisticsStore(history.db).question_summaries(run.profile.id, mini_pack.id)
    assert summaries[question.id].seen == 1 and summaries[question.id].last_correct
    assert history.missed_question_ids(run.profile.id, mini_pack.id) == []
    assert history.scheduled_question_ids(run.profile.id, mini_pack.id) == {first.id,
                                                                              question.id}
    assert history.unfinished_session(run.profile.id) is None
    [summary] = history.sessions(run.profile.id)
    assert summary.mode == "exam" and (summary.answered, summary.correct) == (2, 2)
    with pytest.raises(ExamStateError, match="handed in"):
        run.set_answer(right_answer(first))
    assert run.hand_in() is outcome  # twice is harmless


def test_per_section_scores_count_unanswered_questions(tmp_path: Path, mini_pack: Pack) -> None:
    run = start(tmp_path, mini_pack, replace(TEN_MINUTES, shuffle=False))
    run.set_answer(right_answer(run.current().question))  # the one atlas question
    run.next()
    run.set_answer(wrong_answer(run.current().question))
    outcome = run.hand_in()
    atlas, towns = outcome.sections
    assert (atlas.title, atlas.questions, atlas.answered, atlas.correct) == (
        "The Little Atlas", 1, 1, 1)
    assert (towns.title, towns.questions, towns.answered, towns.correct) == ("Towns", 6, 1, 0)
    assert round(towns.percent) == 0 and outcome.percent == pytest.approx(100 / 7)


def test_a_handed_in_exam_is_the_learners_best_score(tmp_path: Path, mini_pack: Pack) -> None:
    """"Your best" on the home screen: an exam counts, as a share of the exam's questions (its
    unanswered ones wrong) — once handed in; an exam still open does not count yet."""
    run = start(tmp_path, mini_pack, replace(TEN_MINUTES, count=4))
    for _ in range(3):
        run.set_answer(right_answer(run.current().question))
        run.next()
    history, learner = run.history, run.profile.id
    assert history.best_scores(learner) == {}  # not handed in: no score yet
    run.hand_in()
    assert history.best_scores(learner) == {mini_pack.id: pytest.approx(3 / 4)}
    practice = history.start_session(learner, mini_pack.id, mini_pack.title, None, 7)
    history.record_attempt(practice, "river-mouth", 0, "", True, None)
    assert history.best_scores(learner) == {mini_pack.id: pytest.approx(3 / 4)}  # the better


def test_an_exam_without_going_back(tmp_path: Path, mini_pack: Pack) -> None:
    run = start(tmp_path, mini_pack, replace(TEN_MINUTES, allow_back=False))
    run.set_answer(right_answer(run.current().question))
    assert run.session.can_visit(1) and not run.session.can_visit(3)
    run.next()
    assert not run.session.can_visit(0)
    with pytest.raises(ExamStateError, match="does not allow going back"):
        run.go_to(0)
    with pytest.raises(ExamStateError):
        run.previous()
    run.set_answer(wrong_answer(run.current().question))
    run.set_answer(right_answer(run.current().question))  # the question on screen may change
    assert run.session.position == 1


# -- the clock ---------------------------------------------------------------------------------
def test_time_runs_out_and_the_answers_so_far_are_kept(tmp_path: Path, mini_pack: Pack) -> None:
    clock = FakeClock()
    run = start(tmp_path, mini_pack, clock=clock)
    assert run.session.remaining() == 600 and run.tick() == []
    run.set_answer(right_answer(run.current().question))
    clock.advance(299)
    assert run.tick() == []
    clock.advance(1)
    assert run.tick() == [300] and run.tick() == []  # 5 minutes left, said once
    clock.advance(240)
    assert run.tick() == [60]
    run.next()
    run.set_answer(wrong_answer(run.current().question))
    clock.advance(60)
    assert run.session.time_is_up and run.session.remaining() == 0
    with pytest.raises(ExamStateError, match="time is up"):
        run.set_answer(right_answer(run.current().question))
    outcome = run.hand_in(timed_out=True)
    assert outcome.timed_out and outcome.answered == 2 and outcome.correct == 1
    assert outcome.seconds_used == 600
    record = run.records.record(run.session_id)
    assert record is not None and record.closed_by == "time"


def test_short_exams_get_only_the_warnings_that_fit(tmp_path: Path, mini_pack: Pack) -> None:
    clock = FakeClock()
    run = start(tmp_path, mini_pack, replace(TEN_MINUTES, time_limit_minutes=3), clock)
    clock.advance(110)
    assert run.tick() == []
    clock.advance(10)
    assert run.tick() == [60]
    untimed = start(tmp_path / "b", mini_pack, replace(TEN_MINUTES, time_limit_minutes=None))
    assert untimed.session.remaining() is None and untimed.tick() == []


def test_leaving_stops_the_clock(tmp_path: Path, mini_pack: Pack) -> None:
    clock = FakeClock()
    run = start(tmp_path, mini_pack, clock=clock)
    clock.advance(30)
    run.leave()
    clock.advance(1000)
    assert run.session.remaining() == 570
    run.open()
    clock.advance(10)
    assert run.session.remaining() == 560


# -- crashes -------------------------------------------------------------------------------------
def test_a_crash_resumes_with_the_time_left_as_it_was(tmp_path: Path, mini_pack: Pack) -> None:
    clock = FakeClock()
    run = start(tmp_path, mini_pack, clock=clock)
    run.go_to(3)
    question = run.current().question
    run.set_answer(right_answer(question))
    run.set_flag(True)
    clock.advance(125)
    run.tick()  # the screen's timer saves the clock every second
    clock.advance(0.6)  # the last moments before the crash are not saved: less than a second
    run.history.db.close()  # the process dies: nothing else is written

    history = open_history(tmp_path)
    profile = history.ensure_profile("Ann")
    unfinished = history.unfinished_session(profile.id)
    assert unfinished is not None and unfinished.mode == "exam"
    later = FakeClock(start=50_000.0)  # hours later, another process: its own clock
    resumed = ExamRun.resume(mini_pack, profile, history, unfinished, clock=later)
    resumed.note_resumed()
    assert resumed.session.remaining() == pytest.approx(600 - 125)
    assert resumed.session.position == 3 and resumed.current().question == question
    assert resumed.session.answer_of(3) == right_answer(question)
    assert resumed.session.is_flagged(3)
    assert [v.question.id for v in resumed.session.views] == [
        v.question.id for v in run.session.views]
    assert [v.choice_order for v in resumed.session.views] == [
        v.choice_order for v in run.session.views]
    assert resumed.interruptions == 1
    resumed.open()
    later.advance(75)
    assert resumed.session.remaining() == pytest.approx(400)
    outcome = resumed.hand_in()
    assert outcome.interruptions == 1 and outcome.correct == 1
    assert history.unfinished_session(profile.id) is None


def test_a_hand_in_cut_short_is_completed_on_resume(tmp_path: Path, mini_pack: Pack) -> None:
    run = start(tmp_path, mini_pack)
    for index in range(3):
        run.go_to(index)
        run.set_answer(right_answer(run.current().question))
    run.records.begin_hand_in(run.session_id, CLOSED_BY_LEARNER)
    first = run.session.views[0].question
    run.history.record_attempt(run.session_id, first.id, 0, "Port Amber", True, 1.0)
    run.history.db.close()  # crash while recording the final answers

    history = open_history(tmp_path)
    profile = history.ensure_profile("Ann")
    unfinished = history.unfinished_session(profile.id)
    assert unfinished is not None
    resumed = ExamRun.resume(mini_pack, profile, history, unfinished, clock=FakeClock())
    assert resumed.outcome is not None and resumed.outcome.correct == 3
    assert sorted(qid for qid, _, _ in attempts(history)) == sorted(
        v.question.id for v in run.session.views[:3])  # each once
    assert history.unfinished_session(profile.id) is None
