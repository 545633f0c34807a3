"""The custom quiz dialog as a learner uses it: a summary that follows the typing, whole section
titles, and the choices of last time offered again for the same pack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from quizapp.core.selection import StudyMode
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from tests.ui.conftest import WindowFactory


def test_the_summary_follows_the_number_as_it_is_typed(open_window: WindowFactory,
                                                       qtbot: QtBot) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    dialog = CustomQuizDialog(pack, window, settings=window.context.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.matching.text() == "7 questions match; the quiz asks 7."
    editor = dialog.count.lineEdit()
    editor.selectAll()
    qtbot.keyClicks(editor, "3")  # no Enter, no leaving the field
    assert dialog.matching.text() == "7 questions match; the quiz asks 3."
    for kind, box in dialog.type_boxes.items():
        box.setChecked(kind.value == "numeric")
    assert dialog.matching.text() == "1 question matches; the quiz asks 1."


def test_section_titles_are_whole_in_tooltip_and_accessible_name(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    dialog = CustomQuizDialog(pack, window)
    qtbot.addWidget(dialog)
    first = dialog.sections.item(0)
    assert first.text() == "The Little Atlas (1)"
    assert first.toolTip() == first.text()
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == first.text()


def test_the_choices_are_remembered_for_the_pack(open_window: WindowFactory, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    seen: list[tuple[list[bool], int, bool, bool]] = []

    def choose(self: CustomQuizDialog) -> int:
        self.sections.item(0).setCheckState(Qt.CheckState.Unchecked)  # not the Atlas
        self.difficulty_boxes[1].setChecked(True)
        self.count.setValue(2)
        self.shuffle.setChecked(False)
        self.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CustomQuizDialog, "exec", choose)
    window.start_mode(pack, StudyMode.CUSTOM)
    assert window.quiz.run is not None and window.quiz.run.session.total == 2
    window.go_home()

    def look(self: CustomQuizDialog) -> int:
        seen.append(([self.sections.item(i).checkState() == Qt.CheckState.Checked
                      for i in range(self.sections.count())], self.count.value(),
                     self.shuffle.isChecked(), all(b.isChecked() for b in self.type_boxes.values())))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CustomQuizDialog, "exec", look)
    window.start_mode(pack, StudyMode.CUSTOM)
    assert seen == [([False, True], 2, False, True)]
