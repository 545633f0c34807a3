"""A played session becomes a results file that says exactly what the learner answered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom.results_file import pack_content_hash, read_results_file, write_results_file
from quizapp.classroom.session_results import SessionConversionError, session_results
from quizapp.core.models import Choice, Pack
from quizapp.core.selection import StudyMode
from quizapp.storage import HistoryStore, open_database
from quizapp.storage.session_records import SessionRecords
from quizapp.study import StudyRun


@pytest.fixture
def history(tmp_path: Path) -> HistoryStore:
    return HistoryStore(open_database(tmp_path / "quizapp.sqlite3"))


def play(pack: Pack, history: HistoryStore, answers: list[object],
         mode: StudyMode = StudyMode.PRACTICE) -> int:
    """Answer the first len(answers) questions through the same API the quiz screen uses."""
    ticks = iter(range(0, 1000, 5))
    run = StudyRun(pack, history.ensure_profile("Ann"), history, mode=mode,
                   clock=lambda: float(next(ticks)))
    for answer in answers:
        run.submit(answer)  # type: ignore[arg-type]
        run.advance()
    return run.session_id


def test_a_half_played_session_lists_every_question_answered_or_not(
        mini_pack: Pack, history: HistoryStore, tmp_path: Path) -> None:
    session_id = play(mini_pack, history, [1, frozenset({0, 1})])
    record = SessionRecords(history.db).session(session_id)
    assert record is not None
    results = session_results(record, mini_pack)
    assert (results.pack_id, results.pack_version, results.learner, results.mode) == (
        "mini-atlas", "1", "Ann", "practice")
    assert results.pack_hash == pack_content_hash(mini_pack)
    assert results.session_id == str(session_id)
    assert results.finished_at is None
    assert [a.question_id for a in results.answers] == [q.id for q in mini_pack.questions]
    first, second, third = results.answers[:3]
    assert (first.answer, first.answer_text, first.correct, first.seconds) == (
        1, "Hillcross", False, 5.0)
    assert (second.answer, second.correct, second.section_id) == ([0, 1], True, "towns")
    assert (third.answer, third.answered, third.correct, third.question_type) == (
        None, False, False, "true_false")
    assert (results.total, results.answered, results.score) == (7, 2, 1)
    assert results.sections == (("atlas", "The Little Atlas"), ("towns", "Towns"))
    path = tmp_path / "ann.json"
    write_results_file(path, results)
    assert read_results_file(path) == results


def test_a_changed_answer_counts_once_with_its_last_value(mini_pack: Pack,
                                                          history: HistoryStore) -> None:
    session_id = play(mini_pack, history, [1], mode=StudyMode.PRACTICE)
    history.record_attempt(session_id, mini_pack.questions[0].id, 0, "Port Amber", True, 2.0)
    record = SessionRecords(history.db).session(session_id)
    assert record is not None
    first = session_results(record, mini_pack).answers[0]
    assert (first.answer, first.correct, first.seconds) == (0, True, 2.0)
    assert session_results(record, mini_pack).answered == 1


def test_a_pack_that_changed_since_the_session_is_refused(mini_pack: Pack,
                                                          history: HistoryStore) -> None:
    session_id = play(mini_pack, history, [0])
    record = SessionRecords(history.db).session(session_id)
    assert record is not None
    first = mini_pack.questions[0]
    rekeyed = replace(first, choices=(Choice("Port Amber"), Choice("Hillcross", correct=True),
                                      *first.choices[2:]))
    changed = replace(mini_pack, questions=(rekeyed, *mini_pack.questions[1:]))
    with pytest.raises(SessionConversionError, match=r"'river-mouth' .* graded differently"):
        session_results(record, changed)
    shrunk = replace(mini_pack, questions=mini_pack.questions[:-1])
    with pytest.raises(SessionConversionError, match=r"'founding-years' .* no longer in"):
        session_results(record, shrunk)
    with pytest.raises(SessionConversionError, match="not 'other'"):
        session_results(record, replace(mini_pack, id="other"))


def test_answers_are_regraded_as_the_session_graded_them(mini_pack: Pack,
                                                         history: HistoryStore) -> None:
    """Number words read with the pack's language, and an "I was right" override, stay right:
    the hand-in must not call such a session 'graded differently'."""
    ticks = iter(range(0, 1000, 5))
    run = StudyRun(mini_pack, history.ensure_profile("Ann"), history,
                   clock=lambda: float(next(ticks)))
    for answer in (0, frozenset({0}), False):  # single, multiple, true/false: right or wrong
        run.submit(answer)
        run.advance()
    assert run.submit("Lantern Town").correct is False  # the market town, typed wrong
    assert run.override_last().correct  # "I was right"
    run.advance()
    assert run.submit("twelve thousand five hundred").correct  # number words
    record = SessionRecords(history.db).session(run.session_id)
    assert record is not None
    results = session_results(record, mini_pack)
    typed, numeric = results.answers[3], results.answers[4]
    assert (typed.answer_text, typed.correct) == ("Lantern Town", True)
    assert (numeric.answer_text, numeric.correct) == ("twelve thousand five hundred", True)
