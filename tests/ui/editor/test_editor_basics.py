from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.ui.editor.editor_window import PackEditor


def test_smoke(qtbot: QtBot, mini_editor: PackEditor) -> None:
    editor = mini_editor
    assert editor.model.rowCount() == 7
    assert editor.form.id_edit.text() == "river-mouth"
    editor.form.prompt_edit.setFocus()
    editor.form.prompt_edit.moveCursor(editor.form.prompt_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.form.prompt_edit, " Really")
    assert editor.model.question(0)["prompt"].endswith(" Really")
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.form.prompt_edit.toPlainText() == "Where does the river Vell reach the sea?"
    editor.grab().save("/tmp/editor-smoke.png")
