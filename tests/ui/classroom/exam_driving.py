"""Sitting an exam in the real window as a learner does: keys pressed where focus is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.ui.answer_inputs import MatchingAnswer, OrderingAnswer
from quizapp.ui.classroom import exam_prompts
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from quizapp.ui.classroom.exam_screen import ExamScreen
from quizapp.ui.main_window import MainWindow
from tests.classroom.exam_helpers import right_answer, wrong_answer
from tests.ui.conftest import key_for_choice

Setup = Callable[[ExamSetupDialog], None]


def key(qtbot: QtBot, window: QWidget, code: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, code, modifier)


def start_from_home(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                    setup: Setup) -> ExamScreen:
    """Mode *Exam…*, Enter, the dialog set up by ``setup`` and accepted."""
    def run_dialog(dialog: ExamSetupDialog) -> int:
        setup(dialog)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExamSetupDialog, "exec", run_dialog)
    home = window.home
    home.mode_box.setCurrentIndex(home.mode_box.findData("exam"))
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.exams.screen
    return window.exams.screen


def ten_minutes_in_pack_order(dialog: ExamSetupDialog) -> None:
    dialog.choice.setCurrentIndex(dialog.choice.findData("__own__"))
    dialog.title.setText("Atlas check")
    dialog.minutes.setValue(10)
    dialog.untimed.setChecked(False)
    dialog.shuffle.setChecked(False)
    dialog.count.setValue(dialog.count.maximum())


def answer_hand_in(monkeypatch: pytest.MonkeyPatch, *, hand_in: bool) -> list[tuple[str, str]]:
    """Answer "Hand in now, or keep going?" with ``hand_in``; returns (title, text) asked."""
    asked: list[tuple[str, str]] = []

    def confirm(_parent: QWidget, title: str, text: str) -> bool:
        asked.append((title, text))
        return hand_in

    monkeypatch.setattr(exam_prompts, "confirm_hand_in", confirm)
    return asked


def answer_by_keyboard(qtbot: QtBot, screen: ExamScreen, right: bool) -> None:
    """Answer the question on screen with the keys a learner would press (no Enter)."""
    assert screen.run is not None
    view = screen.run.session.current()
    question = view.question
    wanted = right_answer(question) if right else wrong_answer(question)
    widget = screen.inputs[screen.run.session.position]
    kind = question.type
    if kind is QuestionType.SINGLE:
        assert isinstance(wanted, int)
        key(qtbot, screen, key_for_choice(view, wanted))
    elif kind is QuestionType.MULTIPLE:
        assert isinstance(wanted, frozenset)
        for index in sorted(wanted):
            key(qtbot, screen, key_for_choice(view, index))
    elif kind is QuestionType.TRUE_FALSE:
        key(qtbot, screen, Qt.Key.Key_1 if wanted else Qt.Key.Key_2)
    elif kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
        assert isinstance(wanted, str)
        qtbot.keyClicks(QApplication.focusWidget(), wanted)
    elif kind is QuestionType.ORDERING:
        assert isinstance(widget, OrderingAnswer) and isinstance(wanted, tuple)
        for target, item in enumerate(wanted):
            row = widget.current_order().index(item)
            widget.list.setCurrentIndex(widget.model.index(row, 0))
            for _ in range(row - target):
                key(qtbot, screen, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    else:
        assert isinstance(widget, MatchingAnswer) and isinstance(wanted, tuple)
        for row, right_index in enumerate(wanted):
            widget.combos[row].setFocus()
            for _ in range(widget.combos[row].findData(right_index)):
                key(qtbot, screen, Qt.Key.Key_Down)
    assert screen.run.session.answer_of(screen.run.session.position) == wanted
