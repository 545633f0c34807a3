"""The form stays put while checks come and go, fits its type, and starts each question at its top."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.ui.editor.editor_window import PackEditor
from tests.ui.editor.conftest import EditorFactory
from tests.ui.editor.test_picker_quotes import volcano_editor


def settle(editor: PackEditor) -> None:
    editor.checker.check_now()
    layout = editor.form.layout()
    assert layout is not None
    layout.activate()
    QApplication.processEvents()


def top(widget: QWidget, editor: PackEditor) -> int:
    return widget.mapTo(editor.form, QPoint(0, 0)).y()


def test_fields_do_not_move_when_findings_come_and_go(qtbot: QtBot,
                                                      mini_editor: PackEditor) -> None:
    editor = mini_editor
    settle(editor)
    explanation = top(editor.form.explanation_edit, editor)
    choices = editor.form.problems["choices"].text()
    editor.form.prompt_edit.setPlainText("")  # "'prompt' is empty" appears under the prompt
    settle(editor)
    assert editor.form.problems["prompt"].text().startswith("✘ 'prompt' is empty")
    assert top(editor.form.explanation_edit, editor) == explanation
    editor.form.prompt_edit.setPlainText("Where does the Vell end?")  # and goes again
    settle(editor)
    assert editor.form.problems["prompt"].text() == ""
    assert top(editor.form.explanation_edit, editor) == explanation
    # a long finding takes more room once, then keeps it while this question is shown
    editor.form.choices.model.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    settle(editor)
    grown = top(editor.form.explanation_edit, editor)
    editor.form.choices.model.item(0, 1).setCheckState(Qt.CheckState.Checked)
    settle(editor)
    assert editor.form.problems["choices"].text() == choices
    assert top(editor.form.explanation_edit, editor) == grown
    kept = editor.form.problems["choices"].minimumHeight()
    editor.select_row(1)  # another question gives back the room kept for findings
    editor.select_row(0)
    settle(editor)
    assert editor.form.problems["choices"].minimumHeight() < kept


def test_the_type_fields_take_only_their_own_height(tmp_path: Path,
                                                   open_editor: EditorFactory) -> None:
    editor = volcano_editor(tmp_path, open_editor)  # the starter's short choices
    settle(editor)
    pages = editor.form.pages
    page = pages.currentWidget()
    assert page.isAncestorOf(editor.form.choices)
    # a single choice question has one table: no room kept for a short answer's two
    assert pages.height() <= page.sizeHint().height() + 2
    editor.select_row(3)
    settle(editor)
    assert pages.currentWidget().isAncestorOf(editor.form.almost)
    assert pages.height() <= pages.currentWidget().sizeHint().height() + 2


def test_the_citation_headers_are_not_cut(mini_editor: PackEditor) -> None:
    table = mini_editor.form.cites.table
    settle(mini_editor)
    header = table.horizontalHeader()
    for column in range(mini_editor.form.cites.model.columnCount()):
        title = str(mini_editor.form.cites.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title


def test_the_tags_example_is_neutral(mini_editor: PackEditor) -> None:
    placeholder = mini_editor.form.tags_edit.placeholderText()
    assert placeholder.startswith("comma-separated") and "putin" not in placeholder


def test_typing_into_an_empty_list_starts_its_first_row(qtbot: QtBot,
                                                        mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.add_question(QuestionType.SHORT_ANSWER)
    row = editor.current_row
    assert row is not None and "close" not in editor.model.question(row)
    table = editor.form.almost.table
    assert editor.form.almost.model.rowCount() == 0
    table.setFocus()
    for key in "Hilcros":  # each key goes where the focus is, as when typing
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits as the loop runs
    qtbot.waitUntil(lambda: editor.model.question(row)["close"] == ["Hilcros"])


def test_another_question_is_shown_from_its_top(qtbot: QtBot, mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.resize(1240, 560)
    settle(editor)
    bar = editor.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    editor.form.explanation_edit.setPlainText("Edited while scrolled down.")
    assert bar.value() == bar.maximum()  # editing the same question keeps the place
    editor.select_row(2)
    assert bar.value() == 0  # Id and Type in view
    bar.setValue(bar.maximum())
    editor.add_question(QuestionType.SINGLE)
    assert bar.value() == 0


def test_a_line_without_its_colon_is_mended_in_the_form(qtbot: QtBot, tmp_path: Path,
                                                        open_editor: EditorFactory,
                                                        mini_dir: Path) -> None:
    path = mini_dir / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    prompt: Where does the river Vell reach the sea?",
                                 '    prompt "Where: the river Vell reaches the sea?"')
                    .replace("title: The Little Atlas\nversion", "title: The Little Atlas\n"
                             "titel: Atlas\nversion"), encoding="utf-8")
    editor = open_editor(path)
    settle(editor)
    assert editor.form.general.text().startswith("✘ a colon is missing after `prompt`")
    repairs = editor.form.key_repairs
    assert repairs.isVisible()
    [add_colon, remove] = repairs.buttons
    assert add_colon.text() == "Add the colon: prompt: …" and remove.text() == "Remove this key"
    add_colon.click()
    assert editor.model.question(0)["prompt"] == "Where: the river Vell reaches the sea?"
    assert editor.form.prompt_edit.toPlainText() == "Where: the river Vell reaches the sea?"
    assert not repairs.isVisible()
    editor.undo_stack.undo()  # one undoable step
    assert 'prompt "Where' in editor.model.question(0)
    repairs.buttons[1].click()  # Remove this key
    assert list(editor.model.question(0)) == ["id", "type", "section", "difficulty", "tags",
                                              "choices", "explanation", "cite"]
    # keys of the pack itself, too
    assert editor.pack_keys.isVisible() and len(editor.pack_keys.buttons) == 1
    editor.pack_keys.buttons[0].click()
    assert "titel" not in editor.document.header() and not editor.pack_keys.isVisible()
    assert "titel" not in editor.document.text()
    settle(editor)
    assert "unknown key" not in editor.pack_problems.text()


def test_unknown_keys_inside_choices_and_the_source_are_removable(
        qtbot: QtBot, open_editor: EditorFactory, mini_dir: Path) -> None:
    path = mini_dir / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      - {text: Dunmoor}\n", "      - {text: Dunmoor, corect: true}\n", 1)
                    .replace("  license: CC BY 4.0\n", "  license: CC BY 4.0\n  licence: CC\n"),
                    encoding="utf-8")
    editor = open_editor(path)
    settle(editor)
    repairs = editor.form.key_repairs
    [label] = [w.text() for w in repairs.findChildren(QLabel)]
    assert label == "“corect” is not a key of choice 3."
    [remove] = repairs.buttons
    remove.click()
    assert editor.model.question(0)["choices"][2] == {"text": "Dunmoor"}
    [source_key] = editor.pack_keys.buttons
    source_key.click()
    assert "licence" not in editor.document.header()["source"]
    settle(editor)
    assert editor.checker.latest is not None
    assert not [f for f in editor.checker.latest.all if f.is_error]
    editor.undo_stack.undo()
    assert editor.document.header()["source"]["licence"] == "CC"
