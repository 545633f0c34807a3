"""The whole editor by keyboard: first focus on the list, Tab through everything, names for all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.editor.editor_window import PackEditor


def focus_cycle(qtbot: QtBot, editor: PackEditor) -> list[QWidget]:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    start = QApplication.focusWidget()
    assert start is editor.questions  # the first focus is the screen's main control
    seen: list[QWidget] = []
    widget = start
    for _ in range(80):
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        assert following is not None and following is not widget, f"Tab stuck on {widget}"
        widget = following
        if widget is start:
            return seen
    raise AssertionError("Tab never came back to the question list")


def test_tab_reaches_every_control_and_each_has_a_name(qtbot: QtBot,
                                                       mini_editor: PackEditor) -> None:
    seen = focus_cycle(qtbot, mini_editor)
    form = mini_editor.form
    for widget in (mini_editor.section_filter, mini_editor.add_button, form.id_edit,
                   form.type_box, form.prompt_edit, form.choices.table, form.explanation_edit,
                   form.cites.table, mini_editor.picker.text, mini_editor.picker.cite_button):
        assert widget in seen
    unnamed = [w for w in seen if not w.accessibleName().strip()]
    assert unnamed == []
    assert seen.index(mini_editor.status_filter) == len(seen) - 1  # filters lead to the list


def test_enter_presses_the_focused_button(qtbot: QtBot, mini_editor: PackEditor) -> None:
    mini_editor.activateWindow()
    qtbot.waitUntil(mini_editor.isActiveWindow)
    mini_editor.duplicate_button.setFocus()
    qtbot.keyClick(mini_editor.duplicate_button, Qt.Key.Key_Return)
    assert mini_editor.model.question_ids()[1] == "river-mouth-copy"


def test_list_tables_are_edited_by_keys(qtbot: QtBot, mini_editor: PackEditor) -> None:
    mini_editor.activateWindow()
    qtbot.waitUntil(mini_editor.isActiveWindow)
    table = mini_editor.form.choices.table
    table.setFocus()
    table.setCurrentIndex(mini_editor.form.choices.model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(mini_editor.model.question(0)["choices"]) == 4
    editor = table.focusWidget()
    qtbot.keyClicks(editor, "Saltmere")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell commits once the event loop runs
    qtbot.waitUntil(lambda: mini_editor.model.question(0)["choices"][3] == {"text": "Saltmere"})
    table.setCurrentIndex(mini_editor.form.choices.model.index(3, 0))
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert mini_editor.model.question(0)["choices"][2] == {"text": "Saltmere"}
    table.setCurrentIndex(mini_editor.form.choices.model.index(2, 1))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert mini_editor.model.question(0)["choices"][2] == {"text": "Saltmere", "correct": True}
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [c["text"] for c in mini_editor.model.question(0)["choices"]] == [
        "Port Amber", "Hillcross", "Dunmoor"]


def test_narrow_windows_show_form_and_source_as_tabs(qtbot: QtBot,
                                                     mini_editor: PackEditor) -> None:
    mini_editor.set_compact(True)
    assert mini_editor.tabs.count() == 2
    mini_editor.activateWindow()
    qtbot.waitUntil(mini_editor.isActiveWindow)
    qtbot.keyClick(mini_editor.questions, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert mini_editor.tabs.currentWidget() is mini_editor.picker
    assert mini_editor.picker.text.hasFocus()
    mini_editor.set_compact(False)
    assert mini_editor.work.count() == 2 and mini_editor.picker.isVisible()


def test_at_1024_px_the_source_is_never_a_sliver_beside_the_form(mini_editor: PackEditor,
                                                                qtbot: QtBot) -> None:
    """At 1024 × 768 the source pane got about 90 px beside the form: tabs instead."""
    mini_editor.resize(1024, 700)
    qtbot.wait(50)
    side_by_side = mini_editor.work_area.currentWidget() is mini_editor.work
    if side_by_side:
        assert mini_editor.picker.width() >= mini_editor.fontMetrics().averageCharWidth() * 30
    mini_editor.resize(1400, 700)
    qtbot.wait(50)
    assert mini_editor.work_area.currentWidget() is mini_editor.work  # roomy: side by side
    assert mini_editor.picker.width() >= mini_editor.fontMetrics().averageCharWidth() * 30
