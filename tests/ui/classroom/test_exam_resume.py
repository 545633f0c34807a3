"""Interrupted exams in the real window: a killed process resumes with the time left as it was;
an exam can be handed in as it is or left for later; ``--mode exam``; statistics by mode."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.classroom.exam_run import ExamRun
from quizapp.core.models import ExamPreset
from quizapp.core.selection import StudyMode
from quizapp.packs import load_pack
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.classroom import exam_mode
from quizapp.ui.classroom.exam_mode import ResumeChoice
from quizapp.ui.classroom.exam_mode import ask_resume_exam as real_resume_question
from tests.classroom.exam_helpers import right_answer
from tests.conftest import FIXTURES, REPO
from tests.fake_clock import FakeClock
from tests.ui.conftest import WindowFactory

CHECK = ExamPreset("check", "Atlas check", time_limit_minutes=10, shuffle=False)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(start=90_000.0)  # another process: a clock of its own
    monkeypatch.setattr(exam_mode, "default_clock", fake)
    return fake


def answer_resume(monkeypatch: pytest.MonkeyPatch, *choices: ResumeChoice) -> list[str]:
    """Answer the resume question with ``choices`` in turn; returns what was asked."""
    asked: list[str] = []
    answers = list(choices)

    def ask(_parent: object, learner: str, pack: object, answered: int, total: int,
            left: float | None, *, later: bool = True) -> ResumeChoice:
        asked.append(f"{learner}: {answered} of {total}, {left} s left"
                     + ("" if later else ", no 'not now'"))
        return answers.pop(0)

    monkeypatch.setattr(exam_mode, "ask_resume_exam", ask)
    return asked


def test_exam_resumes_after_a_kill_with_the_time_left(
        open_window: WindowFactory, data_dir: Path, packs_dir: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    with subprocess.Popen(
            [sys.executable, "-m", "tests.ui.classroom.exam_resume_driver", str(data_dir),
             str(packs_dir)], cwd=REPO, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True) as driver:
        try:
            assert driver.stdout is not None
            order_line = driver.stdout.readline()
            assert order_line.startswith("ORDER"), order_line + (driver.stderr.read()
                                                                 if driver.stderr else "")
            shown_order = tuple(int(i) for i in order_line.split()[1].split(","))
            assert driver.stdout.readline().strip() == "LEFT Time left: 7:55"
        finally:
            driver.send_signal(signal.SIGKILL)  # no clean shutdown
            driver.wait(30)

    asked = answer_resume(monkeypatch, ResumeChoice.RESUME)
    window = open_window()
    assert asked == ["Learner: 2 of 7, 475.0 s left"]
    screen = window.exams.screen
    assert window.stack.currentWidget() is screen
    assert screen.countdown.text() == "Time left: 7:55"  # the time the crash took is not lost
    run = screen.run
    assert run is not None and run.session.position == 1 and run.interruptions == 1
    assert run.session.views[1].choice_order == shown_order
    assert screen.palette_model.state_words(1) == (
        "Question 2: answered, flagged for review, on screen")
    assert screen.inputs[1].answer() == run.session.answer_of(1)  # shown as it was
    clock.advance(75)
    screen.tick()
    assert screen.countdown.text() == "Time left: 6:40"


def test_an_interrupted_exam_handed_in_as_it_is_or_left_for_later(
        open_window: WindowFactory, qtbot: QtBot, data_dir: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    history = HistoryStore(open_database(data_dir / "quizapp.sqlite3"))
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    sitting = ExamRun.start(pack, history.ensure_profile("Learner"), history, CHECK,
                            clock=FakeClock())
    sitting.open()
    sitting.set_answer(right_answer(sitting.current().question))
    history.db.close()

    asked = answer_resume(monkeypatch, ResumeChoice.LATER, ResumeChoice.HAND_IN)
    window = open_window()
    assert len(asked) == 1 and window.stack.currentWidget() is window.home  # later: stays open
    window_pack = window.home.current_row().pack  # type: ignore[union-attr]
    window.start_mode(window_pack, StudyMode.EXAM)  # Exam… offers it again first
    assert len(asked) == 2
    results = window.exams.results
    assert window.stack.currentWidget() is results
    assert results.headline.text() == "1 / 7 right  ·  14 %"
    assert window.history.unfinished_session(window.profile.id) is None


def test_command_line_starts_an_exam(qtbot: QtBot, tmp_path: Path, clock: FakeClock,
                                     no_blocking_dialogs: list[str]) -> None:
    from quizapp.ui.application import LaunchError, launch_window, make_application, open_context

    make_application(["quizapp-test"])
    context = open_context(tmp_path / "data")
    context.bundled_dir = tmp_path / "no-bundled-packs"
    window = launch_window(context, pack=str(FIXTURES / "mini"), profile="Zoë", mode="exam")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.exams.screen, timeout=5000)
    screen = window.exams.screen
    assert screen.title.text() == "Exam" and screen.countdown.text() == "Time left: 11:00"
    assert screen.run is not None and screen.run.session.total == 7
    screen.hand_in(timed_out=False)
    window.runner.wait()
    other = launch_window(context, pack=str(FIXTURES / "mini"), exam="final")
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: any("no exam 'final'" in m for m in no_blocking_dialogs),
                    timeout=5000)
    with pytest.raises(LaunchError, match="need --pack"):
        launch_window(context, mode="exam")
    for opened in (window, other):
        opened.close()
        opened.runner.wait()


def test_statistics_can_show_exams_only(open_window: WindowFactory, qtbot: QtBot,
                                        clock: FakeClock) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.exams.start(pack, CHECK)
    run = window.exams.screen.run
    assert run is not None
    run.set_answer(right_answer(run.current().question))
    window.exams.screen.hand_in(timed_out=False)
    window.go_home()
    window.runner.wait()
    window.start_quiz(pack)
    quiz_run = window.quiz.run
    assert quiz_run is not None
    quiz_run.submit(right_answer(quiz_run.current().question))  # type: ignore[union-attr]
    window.go_home()
    window.runner.wait()
    window.show_statistics()
    screen = window.statistics
    assert screen.overview.text().startswith("2 answers in 2 sessions")
    screen.mode_box.setCurrentIndex(screen.mode_box.findData("exam"))
    assert screen.overview.text().startswith("1 answer in 1 session")
    screen.mode_box.setCurrentIndex(screen.mode_box.findData("review"))
    assert screen.overview.text().startswith("0 answers in 0 sessions")
    assert screen.current_pack() == pack


@pytest.mark.real_message_boxes
def test_the_resume_question_names_its_choices(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    seen: list[str] = []

    def press(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, lambda: press("Hand it in as it is"))
    choice = real_resume_question(parent, "Ann", pack, 2, 7, 475.0)
    assert choice is ResumeChoice.HAND_IN
    assert seen[0] == ("Ann, your exam on “The Little Atlas” was interrupted with 2 of 7 "
                       "questions answered, with 7:55 left. Resume it where you stopped?")
    assert set(seen[1:]) == {"Resume the exam", "Hand it in as it is", "Not now"}
    QTimer.singleShot(0, lambda: press("Not now"))
    assert real_resume_question(parent, "Ann", pack, 0, 7, None) is ResumeChoice.LATER


def test_the_command_line_knows_the_modes() -> None:
    from quizapp.cli import COMMANDS, build_parser

    arguments = build_parser(COMMANDS).parse_args(["--pack", "p", "--mode", "exam", "--exam",
                                                   "final"])
    assert (arguments.mode, arguments.exam) == ("exam", "final")
    with pytest.raises(SystemExit):
        build_parser(COMMANDS).parse_args(["--mode", "quiz"])


def test_time_running_out_during_a_question_wins_and_closing_saves_the_clock(
        open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.ui.classroom import exam_prompts

    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.exams.start(pack, CHECK)
    screen = window.exams.screen

    def time_runs_out_while_asking(*_args: object) -> bool:
        clock.advance(600)
        screen.tick()  # the timer fires while the question is open: handed in by the clock
        return True

    monkeypatch.setattr(exam_prompts, "confirm_hand_in", time_runs_out_while_asking)
    screen.ask_hand_in(escape=True)  # "Hand in now" comes too late: the clock handed it in
    assert window.stack.currentWidget() is window.exams.results
    assert "Time ran out" in window.exams.results.detail.text()

    window.go_home()
    window.runner.wait()
    window.exams.start(pack, CHECK)
    run = screen.run
    assert run is not None
    clock.advance(42)
    window.close()  # quitting mid-exam: the clock is saved, the exam is offered next time
    record = run.records.record(run.session_id)
    assert record is not None and record.seconds_used == 42 and record.handed_in_at is None
