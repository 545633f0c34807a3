"""Preview (Ctrl+P): the question as a learner sees it; answering shows the feedback panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.answer_inputs import ChoiceAnswer, TextAnswer
from quizapp.ui.editor.editor_window import PackEditor


def open_preview(qtbot: QtBot, editor: PackEditor, row: int):  # type: ignore[no-untyped-def]
    editor.select_row(row)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.questions, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = editor.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitExposed(preview)
    return preview


def test_preview_answers_with_the_quiz_widgets_and_shows_feedback(qtbot: QtBot,
                                                                  mini_editor: PackEditor) -> None:
    preview = open_preview(qtbot, mini_editor, 0)
    assert preview.prompt.text() == "Where does the river Vell reach the sea?"
    assert isinstance(preview.input, ChoiceAnswer)
    assert preview.input.labels == ["Port Amber", "Hillcross", "Dunmoor"]  # the author's order
    assert not preview.feedback.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_2)
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    feedback = preview.feedback
    assert feedback.isVisible()
    assert feedback.verdict.text() == "✘  Not quite"
    assert "Hillcross is a market town" in feedback.choice_feedback.text()
    assert feedback.citation_views[0].quote.text() == "“to the sea at Port Amber”"
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # Enter again: try again
    assert not preview.feedback.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_1)
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert preview.feedback.verdict.text() == "✔  Correct"


def test_an_author_tries_the_accept_list_and_almost_forms(qtbot: QtBot,
                                                          mini_editor: PackEditor) -> None:
    preview = open_preview(qtbot, mini_editor, 3)
    assert isinstance(preview.input, TextAnswer)
    qtbot.keyClicks(preview.input.edit, "hilcross")
    qtbot.keyClick(preview.input.edit, Qt.Key.Key_Return)
    assert preview.feedback.verdict.text() == "≈  Almost — check your spelling"
    preview.restart()
    assert isinstance(preview.input, TextAnswer)
    qtbot.keyClicks(preview.input.edit, "HILLCROSS")
    qtbot.keyClick(preview.input.edit, Qt.Key.Key_Return)
    assert preview.feedback.verdict.text() == "✔  Correct"


def test_preview_reflects_unsaved_edits_and_refuses_broken_questions(qtbot: QtBot,
                                                                     mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.select_row(3)
    editor.form.accept.rows_edited.emit([["Hillcross"], ["Lantern town"]])
    preview = open_preview(qtbot, editor, 3)
    qtbot.keyClicks(preview.input.edit, "lantern town")
    qtbot.keyClick(preview.input.edit, Qt.Key.Key_Return)
    assert preview.feedback.verdict.text() == "✔  Correct"
    preview.close()
    editor.form.accept.rows_edited.emit([])
    editor.preview = None
    editor.show_preview()
    assert editor.preview is None
    assert "'accept' needs at least one non-empty answer" in editor.form.general.text()
