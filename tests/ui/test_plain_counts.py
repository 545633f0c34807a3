"""Counts in plain English on screen: "1 question", "1 missed question", "1 pack ready"."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.storage import HistoryStore, open_database
from quizapp.ui.answer_inputs import ChoiceAnswer
from quizapp.ui.application import make_application
from tests.conftest import FIXTURES
from tests.ui.conftest import key_for_choice, show_window


def test_a_pack_of_one_question_is_counted_in_the_singular(qtbot: QtBot, tmp_path: Path) -> None:
    make_application(["quizapp-test"])
    packs = tmp_path / "packs" / "one"
    packs.mkdir(parents=True)
    shutil.copy(FIXTURES / "mini" / "source.md", packs / "source.md")
    text = (FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8")
    (packs / "pack.yaml").write_text(text[:text.index("  - id: founded-towns")], encoding="utf-8")
    window = show_window(qtbot, HistoryStore(open_database(tmp_path / "db.sqlite3")), tmp_path,
                         packs.parent)
    home = window.home
    assert home.status.text() == "1 pack ready."
    assert "ready" not in window.statusBar().currentMessage()  # said once, under the table
    assert home.mode_box.itemText(0) == "Practice — all 1 question"
    window.start_quiz(home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert isinstance(quiz.input, ChoiceAnswer) and quiz.view is not None
    qtbot.keyClick(quiz, key_for_choice(quiz.view, 1))  # a wrong choice
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    assert window.results.detail.text() == "The Little Atlas — 1 missed question."
    window.runner.wait()
    window.history.db.close()
