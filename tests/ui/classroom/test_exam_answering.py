"""Answering in an exam: an ordering question answered by Enter as shown (the hint says "Press
Enter when done"), and choice rows as tall as their text after a tall ordering list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.answer_inputs import ChoiceAnswer, OrderingAnswer
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from quizapp.ui.classroom.exam_screen import ExamScreen
from tests.fake_clock import FakeClock
from tests.ui.classroom.exam_driving import key, start_from_home, ten_minutes_in_pack_order
from tests.ui.conftest import WindowFactory

ORDERING = 5  # the mini pack's ordering question, in pack order
TRUE_FALSE = 2



def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def go_to(screen: ExamScreen, index: int) -> None:
    screen.go_to(index)
    settle()


def test_enter_keeps_the_order_shown_as_the_answer(open_window: WindowFactory, qtbot: QtBot,
                                                   clock: FakeClock,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    run = screen.run
    assert run is not None
    go_to(screen, ORDERING)
    widget = screen.inputs[ORDERING]
    assert isinstance(widget, OrderingAnswer)
    assert QApplication.focusWidget() is widget.list
    shown = widget.current_order()
    key(qtbot, window, Qt.Key.Key_Return)  # nothing moved: the order shown is the answer
    assert run.session.answer_of(ORDERING) == shown
    assert run.session.position == ORDERING + 1
    assert screen.palette_model.state_words(ORDERING) == f"Question {ORDERING + 1}: answered"
    record = run.records.record(run.session_id)
    assert record is not None and record.answers["founding-order"].answer == list(shown)


def test_keep_this_order_answers_without_moving_on(open_window: WindowFactory, qtbot: QtBot,
                                                   clock: FakeClock,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_back(dialog: ExamSetupDialog) -> None:
        ten_minutes_in_pack_order(dialog)
        dialog.allow_back.setChecked(False)

    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, no_back)
    run = screen.run
    assert run is not None
    monkeypatch.setattr(QMessageBox, "question",  # "go on without an answer?" — yes
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    for _ in range(ORDERING):
        screen.go_next()
    assert run.session.position == ORDERING
    screen.keep_order_button.setFocus()
    key(qtbot, window, Qt.Key.Key_Return)  # Enter on the button does what it says
    assert run.session.answer_of(ORDERING) == screen.inputs[ORDERING].answer()  # type: ignore[attr-defined]
    assert run.session.position == ORDERING  # it did not go on
    assert not screen.keep_order_button.isVisibleTo(screen)  # answered: nothing left to keep
    assert QApplication.focusWidget() is screen.inputs[ORDERING].list  # type: ignore[attr-defined]
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a))
    key(qtbot, window, Qt.Key.Key_Return)
    assert asked == [] and run.session.position == ORDERING + 1  # answered: no "go on anyway?"


def test_choice_rows_keep_their_height_after_an_ordering_question(
        open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.resize(1000, 760)
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    settle()
    go_to(screen, TRUE_FALSE)
    widget = screen.inputs[TRUE_FALSE]
    assert isinstance(widget, ChoiceAnswer)
    first_seen = [button.height() for button in widget.buttons]
    assert all(height <= button.sizeHint().height()
               for height, button in zip(first_seen, widget.buttons, strict=True))
    go_to(screen, ORDERING)  # a tall list…
    go_to(screen, TRUE_FALSE)  # …then the same rows again: as tall as before, not stretched
    assert [button.height() for button in widget.buttons] == first_seen
    room = screen.answers
    assert room.height() == room.heightForWidth(room.width())  # the spare space goes below
