"""Editing questions in the form and the list: every edit undoable, checks beside the fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.ui.editor.editor_window import PackEditor
from quizapp.ui.editor.question_model import ROWS_MIME
from tests.ui.editor.conftest import EditorFactory


def ids(editor: PackEditor) -> list[str]:
    return editor.model.question_ids()


def type_at_end(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.moveCursor(QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_every_edit_undoes_and_redoes_back_to_the_same_file(qtbot: QtBot,
                                                            mini_editor: PackEditor) -> None:
    editor = mini_editor
    original = editor.document.text()
    type_at_end(qtbot, editor.form.prompt_edit, " Be exact.")
    type_at_end(qtbot, editor.form.explanation_edit, " Really.")
    editor.form.choices.model.item(1, 1).setCheckState(Qt.CheckState.Checked)
    editor.form.choices.model.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    editor.duplicate()
    editor.move_current(1)
    editor.select_row(4)
    editor.delete()
    editor.form.type_change_requested.emit(QuestionType.MULTIPLE.value)
    edited = editor.document.text()
    steps = editor.undo_stack.count()
    assert steps == 8  # typing in one field is one step
    assert editor.isWindowModified()
    for _ in range(steps):
        editor.undo_action.trigger()
    assert editor.document.text() == original
    assert editor.undo_stack.isClean() and not editor.isWindowModified()
    for _ in range(steps):
        editor.redo_action.trigger()
    assert editor.document.text() == edited


def test_undo_shows_the_question_it_changed(qtbot: QtBot, mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.select_row(3)
    type_at_end(qtbot, editor.form.prompt_edit, "!")
    editor.select_row(0)
    editor.undo_stack.undo()
    assert editor.current_row == 3
    assert editor.form.prompt_edit.toPlainText() == "Which town holds a lantern market?"


def test_changing_the_type_keeps_what_fits(mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.form.type_change_requested.emit(QuestionType.ORDERING.value)
    data = editor.model.question(0)
    assert data["type"] == "ordering" and data["items"] == ["Port Amber", "Hillcross", "Dunmoor"]
    assert "choices" not in data and data["cite"] == {"passage": "atlas-1",
                                                      "quote": "to the sea at Port Amber"}
    assert editor.form.pages.currentWidget().isAncestorOf(editor.form.items)
    assert editor.form.items.rows() == [["Port Amber"], ["Hillcross"], ["Dunmoor"]]


def test_add_duplicate_delete_and_move_by_keyboard(qtbot: QtBot, mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.questions.setFocus()
    qtbot.keyClick(editor.questions, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ids(editor)[1] == "atlas-new" and editor.current_row == 1
    assert editor.model.question(1)["type"] == "single"
    qtbot.keyClick(editor.questions, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ids(editor)[2] == "atlas-new-copy"
    editor.questions.setFocus()
    qtbot.keyClick(editor.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(editor)[:3] == ["river-mouth", "atlas-new-copy", "atlas-new"]
    qtbot.keyClick(editor.questions, Qt.Key.Key_Delete)
    assert ids(editor)[:2] == ["river-mouth", "atlas-new"]


def test_dragging_a_question_asks_for_an_undoable_move(mini_editor: PackEditor) -> None:
    editor = mini_editor
    data = QMimeData()
    data.setData(ROWS_MIME, b"0")
    accepted = editor.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert not accepted  # the view removes nothing itself; the command moved it
    assert ids(editor)[:3] == ["founded-towns", "market-winter", "river-mouth"]
    editor.undo_stack.undo()
    assert ids(editor)[0] == "river-mouth"


def test_filters_by_section_type_and_status(mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.section_filter.setCurrentIndex(editor.section_filter.findData("atlas"))
    editor.apply_filters()
    assert editor.proxy.rowCount() == 1 and editor.count_label.text() == "Shown: 1 of 7"
    editor.section_filter.setCurrentIndex(0)
    editor.type_filter.setCurrentIndex(editor.type_filter.findData("true_false"))
    editor.apply_filters()
    assert editor.proxy.rowCount() == 1
    editor.type_filter.setCurrentIndex(0)
    editor.select_row(5)
    editor.form.items.set_rows([["Same"], ["Same"], ["Dunmoor"]])
    editor.form.items.rows_edited.emit(editor.form.items.rows())
    editor.checker.check_now()
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("error"))
    editor.apply_filters()
    assert editor.proxy.rowCount() == 1
    shown = editor.proxy.index(0, 0)
    assert editor.proxy.data(shown).startswith("✘ 6. founding-order")


def test_findings_appear_beside_their_field_as_the_author_types(qtbot: QtBot,
                                                                mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.form.choices.model.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    assert editor.checker.timer.isActive()  # debounced: checks wait for a pause
    editor.checker.check_now()
    problem = editor.form.problems["choices"]
    assert problem.isVisible()
    assert problem.text() == ("✘ question 'river-mouth' has no correct choice; mark one with "
                              "'correct: true'")
    assert editor.form.problems["prompt"].text() == ""  # its line is kept, empty
    editor.form.id_edit.setFocus()
    editor.form.id_edit.selectAll()
    qtbot.keyClicks(editor.form.id_edit, "River Mouth")
    editor.checker.check_now()
    assert "may only use lowercase letters" in editor.form.problems["id"].text()
    assert editor.model.data(editor.model.index(0)).startswith("✘ 1. River Mouth")


def test_big_packs_are_checked_off_the_ui_thread(qtbot: QtBot, open_editor: EditorFactory,
                                                 mini_dir: Path) -> None:
    editor = open_editor(mini_dir / "pack.yaml", background_checks_from=1)
    editor.checker.wait()
    qtbot.waitUntil(lambda: editor.checker.latest is not None)
    editor.form.choices.model.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(editor.checker.findings_ready, timeout=5000):
        editor.checker.check_now()
    assert editor.form.problems["choices"].isVisible()


def test_pack_details_are_one_undoable_step(mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.files.apply_details({"title": "The Big Atlas", "source": {
        **editor.document.header()["source"], "license": "CC BY-SA 4.0"}})
    assert editor.windowTitle().startswith("The Big Atlas")
    assert "CC BY-SA 4.0" in editor.picker.attribution.text()
    editor.undo_stack.undo()
    assert editor.document.header()["title"] == "The Little Atlas"
    assert "CC BY 4.0" in editor.picker.attribution.text()


def test_pack_text_is_never_rendered_as_html(mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.form.prompt_edit.setPlainText("<b>Bold?</b> <img src='file:///etc/passwd'>")
    editor.form.id_edit.setText("<b>x</b>")
    editor.form.id_edit.textEdited.emit("<b>x</b>")
    editor.checker.check_now()
    shown = editor.model.data(editor.model.index(0))
    assert "<b>Bold?</b> <img src='file:///etc/passwd'>" in shown
    tooltip = editor.model.data(editor.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "question id '&lt;b&gt;x&lt;/b&gt;' may only use" in tooltip
    assert "<b>x" not in tooltip
    problem = editor.form.problems["id"]
    assert problem.textFormat() == Qt.TextFormat.PlainText and "'<b>x</b>'" in problem.text()
