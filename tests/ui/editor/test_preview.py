"""Preview (Ctrl+P): the question as a learner sees it; answering shows the feedback panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.answer_inputs import ChoiceAnswer, ChoiceButton, TextAnswer
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


def test_preview_is_the_quiz_screen_and_answering_shows_feedback(qtbot: QtBot,
                                                                 mini_editor: PackEditor) -> None:
    preview = open_preview(qtbot, mini_editor, 0)
    quiz = preview.quiz
    assert quiz.prompt.text() == "Where does the river Vell reach the sea?"
    assert quiz.counter.text() == "Question 1 of 1"
    assert isinstance(quiz.input, ChoiceAnswer)
    # shuffled, as a learner sees them
    assert sorted(quiz.input.labels) == sorted(["Port Amber", "Hillcross", "Dunmoor"])
    assert not quiz.feedback.isVisible() and not quiz.flag_button.isVisible()
    hillcross = quiz.input.labels.index("Hillcross")
    qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_1 + hillcross))
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    feedback = quiz.feedback
    assert feedback.isVisible()
    assert feedback.verdict.text() == "✘  Not quite"
    assert "Hillcross is a market town" in feedback.choice_feedback.text()
    assert feedback.citation_views[0].quote.text() == "“to the sea at Port Amber”"
    assert quiz.action.text() == "Try again  ⏎"
    feedback.citation_views[0].button.click()  # Read in context: the words in the source text
    assert mini_editor.picker.text.textCursor().selectedText() == "to the sea at Port Amber"
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # Enter again: start over
    assert not quiz.feedback.isVisible()
    assert isinstance(quiz.input, ChoiceAnswer)
    qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_1 + quiz.input.labels.index("Port Amber")))
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.feedback.verdict.text() == "✔  Correct"
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_an_author_tries_the_accept_list_and_almost_forms(qtbot: QtBot,
                                                          mini_editor: PackEditor) -> None:
    quiz = open_preview(qtbot, mini_editor, 3).quiz
    assert isinstance(quiz.input, TextAnswer)
    qtbot.keyClicks(quiz.input.edit, "hilcross")
    qtbot.keyClick(quiz.input.edit, Qt.Key.Key_Return)
    assert quiz.feedback.verdict.text() == "≈  Almost — check your spelling and try once more"
    assert isinstance(quiz.input, TextAnswer)
    assert quiz.input.edit.selectedText() == "hilcross"  # typing replaces it
    qtbot.keyClicks(quiz.input.edit, "HILLCROSS")
    qtbot.keyClick(quiz.input.edit, Qt.Key.Key_Return)
    assert quiz.feedback.verdict.text() == "✔  Correct"


def test_preview_reflects_unsaved_edits_and_refuses_broken_questions(qtbot: QtBot,
                                                                     mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.select_row(3)
    editor.form.accept.rows_edited.emit([["Hillcross"], ["Lantern town"]])
    preview = open_preview(qtbot, editor, 3)
    qtbot.keyClicks(preview.quiz.input.edit, "lantern town")
    qtbot.keyClick(preview.quiz.input.edit, Qt.Key.Key_Return)
    assert preview.quiz.feedback.verdict.text() == "✔  Correct"
    preview.close()
    editor.form.accept.rows_edited.emit([])
    editor.preview = None
    editor.show_preview()
    assert editor.preview is None
    assert "'accept' needs at least one non-empty answer" in editor.form.general.text()


def test_the_preview_is_used_by_keyboard_alone(qtbot: QtBot, mini_editor: PackEditor) -> None:
    """The keys go where the focus is, as for a learner: no click first."""
    preview = open_preview(qtbot, mini_editor, 0)
    quiz = preview.quiz
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), ChoiceButton))
    assert isinstance(quiz.input, ChoiceAnswer)
    assert QApplication.focusWidget() in quiz.input.buttons
    first = QApplication.focusWidget()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not first  # Tab moves on…
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is first  # …and back
    right = quiz.input.labels.index("Port Amber")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + right))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter checks…
    assert quiz.feedback.isVisible() and quiz.feedback.verdict.text() == "✔  Correct"
    assert QApplication.focusWidget() is quiz.feedback.verdict  # read by a screen reader
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # …and Enter goes on
    assert not quiz.feedback.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in quiz.input.buttons)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not preview.isVisible()
