"""The passage picker cites whole words, refuses punctuation, and pins down repeated words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quizapp.core.quotes import quote_span
from quizapp.packs.starter import create_pack
from quizapp.ui.editor.editor_window import PackEditor
from tests.ui.editor.conftest import EditorFactory
from tests.ui.editor.test_build_pack_with_picker import activate, select_in_picker

TEXT = """Volcanoes of Italy

Italy has several active volcanoes. Mount Etna, on the island of Sicily, is the highest active \
volcano in Europe, standing about 3,357 metres tall. Etna is an active volcano of Sicily.
"""
PASSAGE = TEXT.split("\n\n")[1].replace("\\\n", "").strip()


def volcano_editor(tmp_path: Path, open_editor: EditorFactory) -> PackEditor:
    text = tmp_path / "volcanoes.txt"
    text.write_text(TEXT, encoding="utf-8")
    made = create_pack(tmp_path / "volcanoes", text, title="Volcanoes")
    editor = open_editor(made.pack_path)
    editor.select_row(0)
    return editor


def cites(editor: PackEditor) -> list[str]:
    cite = editor.model.question(0)["cite"]
    return [c["quote"] for c in (cite if isinstance(cite, list) else [cite])]


def highlighted(editor: PackEditor) -> list[str]:
    return [s.cursor.selectedText() for s in editor.picker.text.extraSelections()]


def test_a_selection_starting_inside_a_word_cites_the_whole_word(
        qtbot: QtBot, tmp_path: Path, open_editor: EditorFactory) -> None:
    editor = volcano_editor(tmp_path, open_editor)
    select_in_picker(qtbot, editor.picker, "he highest active volcano in")
    editor.picker.cite_selection()
    assert cites(editor)[-1] == "the highest active volcano in"
    assert editor.picker.text.textCursor().selectedText() == "the highest active volcano in"
    assert "the highest active volcano in" in highlighted(editor)


def test_punctuation_alone_is_refused(qtbot: QtBot, tmp_path: Path,
                                     open_editor: EditorFactory) -> None:
    editor = volcano_editor(tmp_path, open_editor)
    activate(qtbot, editor)
    before = cites(editor)
    picker = editor.picker
    document = picker.text.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.toPlainText().index(", on the island"))
    rect = picker.text.cursorRect(cursor)
    qtbot.mouseDClick(picker.text.viewport(), Qt.MouseButton.LeftButton,
                      pos=QPoint(rect.left() + 2, rect.center().y()))
    assert picker.text.textCursor().selectedText().strip() == ","  # what a double-click selects
    qtbot.keyClick(picker.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert cites(editor) == before and editor.undo_stack.count() == 0
    assert picker.message.isVisible() and picker.message.objectName() == "fieldProblem"
    assert picker.message.text() == ("“,” has no words to prove anything; select the words "
                                     "that prove the answer.")


def test_repeated_words_are_widened_to_the_place_selected(qtbot: QtBot, tmp_path: Path,
                                                         open_editor: EditorFactory) -> None:
    editor = volcano_editor(tmp_path, open_editor)
    picker = editor.picker
    document = picker.text.document()
    second = document.toPlainText().index("an active volcano") + len("an ")
    cursor = QTextCursor(document)
    cursor.setPosition(second)
    cursor.setPosition(second + len("active volcano"), QTextCursor.MoveMode.KeepAnchor)
    picker.text.setTextCursor(cursor)
    picker.cite_selection()
    quote = cites(editor)[-1]
    assert quote == "active volcano of"  # "active volcano" alone also stands earlier
    assert picker.message.objectName() == "fieldNote" and picker.message.isVisible()
    assert "occur more than once in this passage" in picker.message.text()
    # highlighted where it was selected, in the editor and in Read in context alike
    start = PASSAGE.index("active volcano of")
    assert quote_span(quote, PASSAGE) == (start, start + len(quote))
    marks = [s.cursor.selectionStart() for s in picker.text.extraSelections()
             if s.cursor.selectedText() == quote]
    assert marks == [second]


def test_a_short_quote_is_cited_with_a_warning_beside_the_citations(
        qtbot: QtBot, tmp_path: Path, open_editor: EditorFactory) -> None:
    editor = volcano_editor(tmp_path, open_editor)
    select_in_picker(qtbot, editor.picker, "Sicily, is")
    editor.picker.cite_selection()
    assert cites(editor)[-1] == "Sicily, is"
    editor.checker.check_now()
    assert "the quote is 2 words; quote at least 3 words" in editor.form.problems["cite"].text()
