"""A sealed exam: while it is on screen nothing in the app shows the pack's questions, answers or
source; Esc asks "Hand in now, or keep going?"; a ``--mode exam`` launch after a crash asks to
resume once, and only to resume or hand in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.classroom.exam_run import ExamRun
from quizapp.core.models import ExamPreset
from quizapp.core.selection import StudyMode
from quizapp.packs import load_pack
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.classroom import exam_mode
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from quizapp.ui.classroom.exam_mode import ResumeChoice
from quizapp.ui.main_window import MainWindow
from tests.classroom.exam_helpers import right_answer
from tests.conftest import FIXTURES
from tests.fake_clock import FakeClock
from tests.ui.classroom.exam_driving import (
    answer_hand_in,
    key,
    start_from_home,
    ten_minutes_in_pack_order,
)
from tests.ui.conftest import WindowFactory

ALLOWED_DURING_AN_EXAM = {
    "Larger text", "Smaller text", "Normal text size",  # text size
    "Follow the system (light or dark)", "Light", "Dark", "High contrast",  # theme
    "About quizapp", "Keyboard shortcuts",  # help
    "Read aloud",  # reads the exam's question and choices, never a verdict
    "Quit",
}
"""Everything else of the window is disabled while an exam is on screen; the exam's own controls
(hand in, the palette, flags) are on the exam screen."""

KEYS_THAT_SHOW_THE_PACK = [
    (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),  # projector
    (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),  # worksheet with its answer key
    (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),  # statistics: weakest questions
]



def enabled_window_actions(window: MainWindow) -> set[str]:
    """The window's actions a learner could trigger (menus, shortcuts), by their words; the
    exam screen's own widgets (a typed answer's clear button) are the exam's."""
    screen = window.exams.screen
    names = set()
    for action in window.findChildren(QAction):
        owner = action.parent()
        if (action.isSeparator() or action.menu() is not None or not action.isEnabled()
                or (isinstance(owner, QWidget) and screen.isAncestorOf(owner))):
            continue
        names.add(action.text().replace("&", ""))
    return names


def other_windows(window: MainWindow) -> list[str]:
    return [w.windowTitle() or type(w).__name__ for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window
            and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)]


def test_an_exam_on_screen_is_sealed(open_window: WindowFactory, qtbot: QtBot,
                                     clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.activateWindow()
    report = window.classroom.show_class_report()  # a teacher's window, left open
    assert report.isVisible()
    before = enabled_window_actions(window)
    assert {"Projector", "Edit pack…", "Print worksheet…", "Class report…"} <= before

    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    assert enabled_window_actions(window) - ALLOWED_DURING_AN_EXAM == set()
    menus = [a for a in window.findChildren(QAction) if a.menu() is not None]
    assert all(menu.isEnabled() for menu in menus)  # View → Theme stays reachable, for one
    assert other_windows(window) == []  # the class report is put away meanwhile
    assert not window.acceptDrops()
    for code, modifiers in KEYS_THAT_SHOW_THE_PACK:
        key(qtbot, window, code, modifiers)
        assert window.stack.currentWidget() is screen, code
        assert window.projector.mode is None and other_windows(window) == [], code
        # …and says why nothing happens, rather than doing nothing silently
        assert "not available during an exam" in window.statusBar().currentMessage().lower()
        window.statusBar().clearMessage()

    # an action its owner enables meanwhile stays sealed, and keeps that state afterwards
    edit = window.editors.actions[-1]
    assert edit.text() == "&Edit pack…"
    edit.setEnabled(False)
    edit.setEnabled(True)
    assert not edit.isEnabled()

    # Esc asks, and keeping going (the default) keeps the exam and its clock running
    asked = answer_hand_in(monkeypatch, hand_in=False)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert [title for title, _text in asked] == ["Hand in now, or keep going?"]
    assert asked[0][1].startswith("Not answered yet: questions 1, 2, 3, 4, 5, 6 and 7")
    assert window.stack.currentWidget() is screen and screen.timer.isActive()
    clock.advance(30)
    screen.tick()
    assert screen.countdown.text() == "Time left: 9:30"

    asked = answer_hand_in(monkeypatch, hand_in=True)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.exams.results
    assert enabled_window_actions(window) == before  # unsealed, as it was
    assert edit.isEnabled()
    assert report.isVisible() and window.acceptDrops()


def test_the_exam_screen_has_no_way_out_but_handing_in(open_window: WindowFactory,
                                                        qtbot: QtBot, clock: FakeClock,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    words = {b.text() for b in screen.findChildren(type(screen.hand_in_button))
             if b.isVisibleTo(screen)}
    assert not any("Leave" in w for w in words), words
    window.go_home()  # whatever asks for the home screen (a learner switch, a stray signal)…
    assert window.stack.currentWidget() is window.home
    assert enabled_window_actions(window) != set()  # …the seal follows the page shown


def crashed_exam(data_dir: Path) -> None:
    """An exam on the mini pack, one answer given, then the app died."""
    data_dir.mkdir(parents=True, exist_ok=True)
    history = HistoryStore(open_database(data_dir / "quizapp.sqlite3"))
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    sitting = ExamRun.start(pack, history.ensure_profile("Zoë"), history,
                            ExamPreset("check", "Atlas check", time_limit_minutes=10,
                                       shuffle=False), clock=FakeClock())
    sitting.open()
    sitting.set_answer(right_answer(sitting.current().question))
    history.db.close()


def test_a_launched_exam_after_a_crash_asks_once_to_resume(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.ui.application import launch_window, make_application, open_context

    crashed_exam(data_dir)
    asked: list[bool] = []
    window: MainWindow | None = None

    def ask(*_args: object, later: bool = True) -> ResumeChoice:
        asked.append(later)
        assert window is not None
        for _ in range(5):  # the question's own event loop: the packs finish loading behind it
            window.runner.wait()
            QApplication.processEvents()
        return ResumeChoice.RESUME

    monkeypatch.setattr(exam_mode, "ask_resume_exam", ask)
    make_application(["quizapp-test"])
    context = open_context(data_dir)
    context.bundled_dir = tmp_path / "no-bundled-packs"
    window = launch_window(context, pack=str(FIXTURES / "mini"), profile="Zoë", mode="exam")
    qtbot.addWidget(window)
    screen = window.exams.screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    for _ in range(5):
        window.runner.wait()
        QApplication.processEvents()
    assert asked == [False]  # once, and with no "not now": it is resumed or handed in
    run = screen.run
    assert run is not None and run.interruptions == 1
    record = run.records.record(run.session_id)
    assert record is not None and record.interruptions == 1
    key(qtbot, window, Qt.Key.Key_Return)  # the first key after resuming reaches the exam
    assert run.session.position == 1

    # handed in, the launch is over: Exam… on the home screen asks how to set up the next one
    screen.hand_in(timed_out=False)
    window.go_home()
    dialogs: list[str] = []

    def setup(dialog: ExamSetupDialog) -> int:
        dialogs.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExamSetupDialog, "exec", setup)
    window.start_mode(run.pack, StudyMode.EXAM)
    assert dialogs == ["Exam — The Little Atlas"]
    window.close()
    window.runner.wait()
    window.history.db.close()
