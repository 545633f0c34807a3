"""The quiz screen's side of fair grading: one more try after a typo, and "I was right"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.study import StudyRun
from quizapp.ui.answer_inputs import TextAnswer
from quizapp.ui.flags_dialog import FlagsDialog
from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def ask(window: MainWindow, *question_ids: str) -> None:
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    questions = [q for i in question_ids if (q := pack.question(i)) is not None]
    window.begin(StudyRun(pack, window.profile, window.history, questions=questions))


def type_and_enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    quiz = window.quiz
    assert isinstance(quiz.input, TextAnswer)
    quiz.input.edit.selectAll()
    qtbot.keyClicks(quiz.input.edit, text)
    qtbot.keyClick(quiz.input.edit, Qt.Key.Key_Return)


def test_i_was_right_by_keyboard_counts_and_reaches_the_teacher(open_window: WindowFactory,
                                                                 qtbot: QtBot) -> None:
    window = open_window()
    ask(window, "market-town", "population")
    quiz = window.quiz
    type_and_enter(qtbot, window, "the lantern-market town")
    assert quiz.result is not None and not quiz.result.correct
    button = quiz.feedback.override_button
    assert button.isVisible() and button.accessibleName() == "I was right"
    assert "Ctrl+I" in button.toolTip() and "Ctrl+I" in button.text()
    assert quiz.score.text() == "Score: 0 / 1"
    # keyboard alone: Tab reaches the button from the focused verdict (a screen reader reads it)
    assert QApplication.focusWidget() is quiz.feedback.verdict
    reached = set()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton):
            reached.add(focused.objectName())
    assert "overrideButton" in reached
    qtbot.keyClick(quiz, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert quiz.result is not None and quiz.result.correct and quiz.result.overridden
    assert quiz.feedback.verdict.text() == "✔  Counted as right — you said you were right"
    assert not button.isVisible()
    assert quiz.score.text() == "Score: 1 / 1"
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # on to the numeric question
    type_and_enter(qtbot, window, "12,500")
    assert quiz.result is not None and quiz.result.correct
    assert not button.isVisible()  # a right answer needs no override
    qtbot.keyClick(quiz, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not quiz.result.overridden

    pack = window.home.current_row().pack  # type: ignore[union-attr]
    dialog = FlagsDialog(pack, window.history.flags(pack.id), window)
    qtbot.addWidget(dialog)
    comment = dialog.model.index(0, 1).data()
    assert "I was right" in comment and "the lantern-market town" in comment
    window.go_home()
    window.show_statistics()
    assert "1 answer you marked right" in window.statistics.overview.text()
    assert "1 answer you marked right" in window.statistics.pack_summary.text()


def test_no_override_for_choices(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    ask(window, "river-mouth")
    quiz = window.quiz
    assert quiz.view is not None
    qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_1 + quiz.view.choice_order.index(1)))  # wrong
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.result is not None and not quiz.result.correct
    assert not quiz.feedback.override_button.isVisible()
    qtbot.keyClick(quiz, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not quiz.result.correct


def test_a_typo_gets_one_more_try_then_counts(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    ask(window, "market-town")
    quiz = window.quiz
    type_and_enter(qtbot, window, "Hilcross")
    assert quiz.result is None and quiz.feedback.isVisible()
    assert "try once more" in quiz.feedback.verdict.text()
    assert not quiz.feedback.override_button.isVisible()
    assert window.history.sessions(window.profile.id)[0].answered == 0
    assert isinstance(quiz.input, TextAnswer)
    assert "try once more" in quiz.input.problem.text()
    type_and_enter(qtbot, window, "Hillcross")
    assert quiz.result is not None and quiz.result.correct
    assert quiz.feedback.verdict.text() == "✔  Correct"
    assert quiz.feedback.explanation.isVisible()
    assert window.history.sessions(window.profile.id)[0].answered == 1


def test_a_second_try_that_is_still_off_says_it_counted_as_wrong(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    ask(window, "market-town", "market-town")
    quiz = window.quiz
    type_and_enter(qtbot, window, "Hilcross")  # almost: one more try
    type_and_enter(qtbot, window, "Hillcros")  # almost again: this one counts, as wrong
    assert quiz.result is not None and not quiz.result.correct
    verdict = quiz.feedback.verdict.text()
    assert verdict.startswith("✘") and "counted as wrong" in verdict.casefold()
    assert "second try" in verdict and "Almost" not in verdict
    assert quiz.feedback.property("state") == "wrong"
    assert quiz.feedback.correct_answer.text() == "Correct answer: Hillcross"
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    type_and_enter(qtbot, window, "Hilcross")
    type_and_enter(qtbot, window, "Dunmoor")  # a different town on the second try
    verdict = quiz.feedback.verdict.text()
    assert verdict.startswith("✘") and "counted as wrong" in verdict.casefold()
    assert [s.correct for s in window.history.sessions(window.profile.id)] == [0]


def history_snapshot(window: MainWindow) -> dict[str, list[tuple[object, ...]]]:
    """Everything "I was right" changes in the history database, to compare before and after."""
    db = window.history.db
    return {table: [tuple(row) for row in db.execute(f"SELECT * FROM {table} ORDER BY 1")]
            for table in ("attempts", "question_stats", "daily_activity", "flags",
                          "review_cards")}


def test_i_was_right_can_be_taken_back_until_the_next_question(open_window: WindowFactory,
                                                               qtbot: QtBot) -> None:
    window = open_window()
    ask(window, "market-town", "population")
    quiz = window.quiz
    type_and_enter(qtbot, window, "the lantern-market town")
    assert quiz.result is not None and not quiz.result.correct
    before = history_snapshot(window)
    undo = quiz.undo_override_button
    assert not undo.isVisible()
    qtbot.keyClick(quiz, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert quiz.result.overridden and undo.isVisible() and "Ctrl+Z" in undo.text()
    assert history_snapshot(window) != before
    qtbot.keyClick(quiz, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert quiz.result is not None and not quiz.result.correct and not quiz.result.overridden
    assert quiz.score.text() == "Score: 0 / 1"
    assert quiz.feedback.override_button.isVisible()  # it can be said again
    assert not undo.isVisible()
    assert history_snapshot(window) == before  # recorded as it was: wrong, no flag
    # said again and kept: the next question makes it final
    qtbot.mouseClick(quiz.feedback.override_button, Qt.MouseButton.LeftButton)
    assert quiz.result.overridden
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert not undo.isVisible()
    qtbot.keyClick(quiz, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert len(window.history.flags(pack.id)) == 1
    assert window.history.db.execute(
        "SELECT COUNT(*) FROM attempts WHERE overridden = 1").fetchone()[0] == 1
