"""A teacher goes from a text file to a validated, cited pack in the app without touching YAML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.packs import check_pack_file
from quizapp.packs.starter import create_pack
from quizapp.ui.editor.editor_window import PackEditor
from quizapp.ui.editor.source_picker import SourcePicker
from tests.ui.editor.conftest import EditorFactory

TEXT = """The Little Atlas

The river Vell runs from the northern hills to the sea at Port Amber.

Towns
- Port Amber was founded in 1802, Hillcross in 1850 and Dunmoor in 1901.
- Hillcross holds a "lantern market" every winter.

The region had about 12,500 inhabitants in the last count.
"""


def select_in_picker(qtbot: QtBot, picker: SourcePicker, words: str) -> None:
    """Click just before ``words`` in the source text, then extend with Shift+→, as by hand."""
    document = picker.text.document()
    start = document.toPlainText().index(words)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    rect = picker.text.cursorRect(cursor)
    qtbot.mouseClick(picker.text.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 1, rect.center().y()))
    assert picker.text.textCursor().position() == start
    for _ in words:
        qtbot.keyClick(picker.text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def activate(qtbot: QtBot, editor: PackEditor) -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def test_text_to_cited_pack_with_the_passage_picker(qtbot: QtBot, tmp_path: Path,
                                                    open_editor: EditorFactory) -> None:
    text = tmp_path / "atlas.txt"
    text.write_text(TEXT, encoding="utf-8")
    made = create_pack(tmp_path / "atlas", text, title="Atlas quiz")
    editor = open_editor(made.pack_path)
    activate(qtbot, editor)
    for _ in range(editor.model.rowCount()):  # start from scratch: delete the examples
        editor.questions.setFocus()
        qtbot.keyClick(editor.questions, Qt.Key.Key_Delete)
    assert editor.model.rowCount() == 0

    editor.add_actions[list(QuestionType).index(QuestionType.SHORT_ANSWER)].trigger()
    assert editor.model.rowCount() == 1 and editor.form.prompt_edit.hasFocus()
    qtbot.keyClicks(editor.form.prompt_edit, "Which town holds a lantern market?")
    editor.form.accept.table.setFocus()
    editor.form.accept.table.setCurrentIndex(editor.form.accept.model.index(0, 0))
    qtbot.keyClick(editor.form.accept.table, Qt.Key.Key_F2)
    editor_widget = editor.form.accept.table.focusWidget()
    qtbot.keyClicks(editor_widget, "Hillcross")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.question(0)["accept"] == ["Hillcross"])
    qtbot.keyClicks(editor.form.explanation_edit, "The towns list names Hillcross.")

    select_in_picker(qtbot, editor.picker, 'Hillcross holds a "lantern market"')
    assert editor.picker.where.text().startswith("Passage towns-2")
    qtbot.keyClick(editor.picker.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.question(0)["cite"] == {"passage": "towns-2",
                                                "quote": 'Hillcross holds a "lantern market"'}
    assert editor.form.cites.rows() == [["towns-2", 'Hillcross holds a "lantern market"',
                                         "✔ found"]]
    # a second passage for the same question: several cites are allowed
    select_in_picker(qtbot, editor.picker, 'antern market" every wint')  # mid-word
    editor.picker.cite_button.click()
    assert [c["quote"] for c in editor.model.question(0)["cite"]][1] == \
        'lantern market" every winter'  # snapped to the whole words
    editor.checker.check_now()
    # valid, but the source's attribution is still to be filled in
    assert editor.checker.latest is not None
    assert [(f.field, f.severity.value) for f in editor.checker.latest.all] == [
        ("source", "warning"), ("source", "warning"), ("accept", "lint")]
    assert "no publisher" in editor.pack_problems.text()
    source = editor.document.header()["source"]
    editor.files.apply_details({"source": {**source, "publisher": "Atlas Press",
                                           "license": "used with permission"}})
    editor.checker.check_now()
    # the one thing left is the item-writing lint's: a single accepted form
    assert [(f.field, f.severity.value) for f in editor.checker.latest.all] == [("accept", "lint")]
    assert "only “Hillcross” is accepted" in editor.checker.latest.all[0].message

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.isClean()
    result = check_pack_file(made.pack_path)
    assert result.errors == () and result.pack is not None
    [question] = result.pack.questions
    assert question.accept == ("Hillcross",)
    assert [(c.passage_id, c.quote) for c in question.citations] == [
        ("towns-2", 'Hillcross holds a "lantern market"'),
        ("towns-2", 'lantern market" every winter')]
    assert "# A quizapp pack made from atlas.txt" in made.pack_path.read_text(encoding="utf-8")


def test_selections_that_cannot_be_cited_are_explained(qtbot: QtBot, mini_editor: PackEditor) -> None:
    picker = mini_editor.picker
    picker.cite_selection()
    assert "Select the words that prove the answer first" in picker.message.text()
    select_in_picker(qtbot, picker, "Towns")
    picker.cite_selection()
    assert picker.message.text() == "Headings cannot be cited; select words in a paragraph."
    text = picker.text.document().toPlainText()
    cursor = QTextCursor(picker.text.document())
    cursor.setPosition(text.index("Port Amber was"))
    cursor.setPosition(text.index("lantern"), QTextCursor.MoveMode.KeepAnchor)
    picker.text.setTextCursor(cursor)
    picker.cite_selection()
    assert picker.message.text().startswith("Select words within one paragraph")
    assert mini_editor.undo_stack.count() == 0


def test_a_cite_whose_quote_no_longer_occurs_is_marked(qtbot: QtBot,
                                                       mini_editor: PackEditor) -> None:
    form = mini_editor.form
    assert form.cites.rows()[0][2] == "✔ found"
    index = form.cites.model.index(0, 1)
    form.cites.model.setData(index, "to the ocean at Port Amber")
    assert form.cites.rows()[0][2] == "✘ not in this passage"
    assert mini_editor.model.question(0)["cite"]["quote"] == "to the ocean at Port Amber"
    mini_editor.checker.check_now()
    cite_problem = form.problems["cite"]
    assert cite_problem.isVisible()
    assert "the quote does not occur verbatim in passage 'atlas-1'" in cite_problem.text()
    assert mini_editor.model.data(mini_editor.model.index(0)).startswith("✘ 1. river-mouth")


def test_enter_on_a_citation_selects_its_words_in_the_source(qtbot: QtBot,
                                                            mini_editor: PackEditor) -> None:
    activate(qtbot, mini_editor)
    table = mini_editor.form.cites.table
    table.setFocus()
    table.setCurrentIndex(mini_editor.form.cites.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert mini_editor.picker.text.textCursor().selectedText() == "to the sea at Port Amber"
    assert mini_editor.picker.text.hasFocus()
