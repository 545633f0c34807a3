"""Practice asks a pack's questions in a shuffled order, drawn from a seed saved with the session.

In the source's order, "Read in context" on one question shows the passages that answer the next
ones; shuffled, it does not. The order is saved with the session, so a resumed quiz goes on in it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.core import engine
from quizapp.ui.quiz_preferences import QUESTION_ORDER_KEY
from tests.ui.conftest import WindowFactory
from tests.ui.test_quiz_play import answer_by_keyboard

SEED = 20261201


def test_practice_is_shuffled_by_a_saved_seed_and_resumes_in_that_order(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "new_seed", lambda: SEED)
    window = open_window()
    window.context.settings.remove(QUESTION_ORDER_KEY)  # the learner's default
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)  # Practice, the default mode
    run = window.quiz.run
    assert run is not None and run.session.seed == SEED
    asked = [q.id for q in run.session.questions]
    in_pack = [q.id for q in pack.questions]
    assert sorted(asked) == sorted(in_pack) and asked != in_pack
    assert window.quiz.view is not None and window.quiz.view.question.id == asked[0]
    for _ in range(2):
        answer_by_keyboard(qtbot, window)
        qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    unfinished = window.history.unfinished_session(window.profile.id)
    assert unfinished is not None
    assert (unfinished.seed, list(unfinished.question_ids)) == (SEED, asked)
    window.close()
    window.history.db.close()

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    again = open_window()
    resumed = again.quiz.run
    assert again.stack.currentWidget() is again.quiz and resumed is not None
    assert [q.id for q in resumed.session.questions] == asked
    assert again.quiz.view is not None and again.quiz.view.question.id == asked[2]
    assert again.quiz.counter.text() == "Question 3 of 7"


def test_the_source_order_is_a_setting(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    window.context.settings.remove(QUESTION_ORDER_KEY)
    dialog = window.view.show_settings()
    box = dialog.findChild(QCheckBox, "questionOrderBox")
    assert isinstance(box, QCheckBox) and box.isChecked() and box.accessibleName()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.context.settings.value(QUESTION_ORDER_KEY) == "false"
    dialog.close()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.start_quiz(pack)
    assert window.quiz.run is not None
    assert window.quiz.run.session.questions == pack.questions
