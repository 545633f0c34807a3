"""On the live board too, a long why step comes in parts that Space walks through before the
next question, so the passages stay in readable type."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.classroom.presentation import Step
from quizapp.live.session_setup import new_host
from quizapp.live.state import Phase
from quizapp.packs import load_pack
from quizapp.ui.classroom.stage_parts import shown_text
from quizapp.ui.live.teacher_window import LiveWindow
from tests.conftest import BUNDLED_PACK
from tests.live.students import Student
from tests.ui.live.test_live_screens import join_student


def test_space_shows_every_part_of_a_long_why_step(qtbot: QtBot, tmp_path: Path,
                                                   students: list[Student]) -> None:
    bundled = load_pack(BUNDLED_PACK)
    long_why = next(q for q in bundled.questions
                    if q.id == "demands-nato-agreement-articles-match")
    pack = replace(bundled, questions=(long_why, bundled.questions[0]))
    host = new_host(pack, tmp_path / "live", address="127.0.0.1", port=0, pin="123456")
    try:
        window = LiveWindow(host, tmp_path / "results")
        qtbot.addWidget(window)
        window.show()
        window.resize(1024, 768)
        join_student(qtbot, host, "Ann", students)
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Space):
            qtbot.keyClick(window, key)
        stage = window.stage
        assert stage.step is Step.EXPLANATION and not stage.prompt.isVisibleTo(stage)
        parts = len(stage.why.parts)
        assert parts > 1
        for number in range(1, parts):
            assert "Space: more of the source" in shown_text(stage.footer)
            qtbot.keyClick(window, Qt.Key.Key_Space)
            assert (host.session.phase, host.session.number) == (Phase.REVEALED, 1)
            assert stage.why.index == number
        assert "Space: next question" in shown_text(stage.footer)
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert (host.session.phase, host.session.number) == (Phase.QUESTION, 2)
    finally:
        host.stop()
