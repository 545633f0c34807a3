"""Guards against known toolkit bugs that would crash the app in a long session.

PySide6 6.12.0 releases one reference to ``None`` too many each time a QButtonGroup with checkable
buttons is destroyed. Every question of a quiz builds such a group, so after some hundreds of
questions ``None`` is freed and Python aborts ("deallocating None"). pyproject.toml pins PySide6
below 6.12 for this; this test fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import gc
import sys

from pytestqt.qtbot import QtBot

from quizapp.core.engine import QuestionView
from quizapp.core.models import Choice, Question, QuestionType
from quizapp.ui.answer_inputs import ChoiceAnswer


def test_building_and_dropping_choice_inputs_keeps_none_alive(qtbot: QtBot) -> None:
    question = Question("q", QuestionType.SINGLE, "?", "!",
                        choices=(Choice("a", True), Choice("b"), Choice("c")))
    view = QuestionView(question, 1, 1, (0, 1, 2))

    def build_and_drop() -> None:
        widget = ChoiceAnswer(view)
        widget.pick(1)
        widget.pick(2)
        widget.deleteLater()
        del widget

    build_and_drop()
    qtbot.wait(1)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(50):
        build_and_drop()
    qtbot.wait(1)
    gc.collect()
    assert sys.getrefcount(None) >= before, "the Qt binding frees None: see this module's docstring"
