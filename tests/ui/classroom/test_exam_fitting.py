"""The exam's screens fit at 800×600 with normal text and at 1280×720 with 200 % text: the time
left, *Hand in…* and the palette's question on screen (20 of 20 included) are never cut off, no
label is clipped, the window is never forced wider than asked. Measured as tests/ui/test_fitting.py
measures the other screens (tests/ui/clipping.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import ExamPreset, Pack, QuestionType
from quizapp.packs import load_pack
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from quizapp.ui.classroom.exam_screen import ExamScreen
from quizapp.ui.main_window import MainWindow
from tests.conftest import BUNDLED_PACK
from tests.fake_clock import FakeClock
from tests.ui import test_fitting
from tests.ui.clipping import clipped_in_window
from tests.ui.test_fitting import SIZES, SizedWindow, assert_fits, settle

sized_window = test_fitting.sized_window  # the same window sizes and text sizes as every screen


def inside(widget: QWidget, window: QWidget) -> bool:
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(where)


def assert_exam_fits(window: MainWindow, width: int, height: int, where: str) -> None:
    assert_fits(window, width, height, where)
    screen = window.exams.screen
    run = screen.run
    assert run is not None
    assert inside(screen.countdown, window), f"{where}: the time left is cut off"
    last = run.session.position + 1 == run.session.total
    hand_in = screen.next_button if last else screen.hand_in_button
    assert inside(hand_in, window), f"{where}: Hand in… is cut off"
    palette = screen.question_list
    item = palette.visualRect(screen.palette_model.index(run.session.position))
    assert palette.viewport().rect().contains(item), (
        f"{where}: question {run.session.position + 1} is not in view in the palette")


def sit_every_question(window: MainWindow, pack: Pack, preset: ExamPreset, width: int,
                       height: int, clock: FakeClock) -> set[QuestionType]:
    window.exams.start(pack, preset)
    screen: ExamScreen = window.exams.screen
    run = screen.run
    assert run is not None
    kinds = set()
    for index in range(run.session.total):
        screen.go_to(index)
        kinds.add(run.session.current().question.type)
        assert_exam_fits(window, width, height, f"{pack.id} question {index + 1}")
    clock.advance((run.session.remaining() or 0) - 299)  # the five-minute warning
    screen.tick()
    assert_exam_fits(window, width, height, f"{pack.id} with the warning")
    screen.hand_in(timed_out=False)
    assert_fits(window, width, height, f"{pack.id} results")
    return kinds


@pytest.mark.parametrize(("width", "height", "percent"), SIZES)
def test_the_exam_fits(sized_window: SizedWindow, qtbot: QtBot, clock: FakeClock, width: int,
                       height: int, percent: int) -> None:
    window = sized_window(width, height, percent)
    kinds = sit_every_question(window, window.loaded_packs()[0],
                               ExamPreset("fit", "Fitting check", time_limit_minutes=30,
                                          shuffle=False), width, height, clock)
    assert kinds == set(QuestionType)
    screen = window.exams.screen  # 1280×720 at 200 %: the palette's legend makes room
    assert screen.legend.isVisibleTo(screen) == (percent == 100)
    assert screen.legend.text() in screen.question_list.toolTip()
    window.go_home()
    sit_every_question(window, load_pack(BUNDLED_PACK),
                       ExamPreset("unit", "Unit test", count=20, time_limit_minutes=30),
                       width, height, clock)


@pytest.mark.parametrize("percent", [100, 200])
def test_the_exam_dialog_fits(sized_window: SizedWindow, percent: int) -> None:
    window = sized_window(1280, 720, percent)
    room = window.screen().availableGeometry()
    dialog = ExamSetupDialog(window.loaded_packs()[0], window.exams.saved, window)
    dialog.show()
    settle()
    assert dialog.size().boundedTo(room.size()) == dialog.size(), (
        f"{dialog.width()}×{dialog.height()} on a {room.width()}×{room.height()} screen")
    problems = clipped_in_window(dialog)
    assert not problems, "\n".join(problems)
    dialog.reject()
