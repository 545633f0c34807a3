"""Playing whole packs in the real window: once by keyboard alone, once by mouse."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.study import StudyRun
from quizapp.ui.answer_inputs import ChoiceAnswer, MatchingAnswer, OrderingAnswer, TextAnswer
from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, key_for_choice


def key(qtbot: QtBot, window: MainWindow, code: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where keyboard focus is, as a learner would."""
    target: QWidget = QApplication.focusWidget() or window.quiz
    qtbot.keyClick(target, code, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def answer_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    quiz = window.quiz
    view = quiz.view
    assert view is not None and quiz.input is not None
    question = view.question
    kind = question.type
    if kind is QuestionType.SINGLE:
        correct = next(i for i, c in enumerate(question.choices) if c.correct)
        key(qtbot, window, Qt.Key(Qt.Key.Key_1 + view.choice_order.index(correct)))
    elif kind is QuestionType.MULTIPLE:
        for i, choice in enumerate(question.choices):
            if choice.correct:
                key(qtbot, window, Qt.Key(Qt.Key.Key_1 + view.choice_order.index(i)))
    elif kind is QuestionType.TRUE_FALSE:
        key(qtbot, window, Qt.Key.Key_1 if question.truth else Qt.Key.Key_2)
    elif kind is QuestionType.SHORT_ANSWER:
        type_text(qtbot, question.accept[0].upper())
    elif kind is QuestionType.NUMERIC:
        type_text(qtbot, f"{question.number:,.0f}")
    elif kind is QuestionType.ORDERING:
        assert isinstance(quiz.input, OrderingAnswer)
        listing = quiz.input.list
        for target in range(len(question.items)):
            row = quiz.input.current_order().index(target)
            listing.setCurrentIndex(quiz.input.model.index(row, 0))
            for _ in range(row - target):
                key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        assert quiz.input.current_order() == tuple(range(len(question.items)))
    else:
        assert isinstance(quiz.input, MatchingAnswer)
        for row, combo in enumerate(quiz.input.combos):
            if row:
                key(qtbot, window, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is combo
            for _ in range(combo.findData(row)):
                key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Return)


def test_whole_pack_by_keyboard(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    window.home.table.setFocus()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quiz
    quiz = window.quiz
    seen_types = set()
    for number in range(1, 8):
        assert quiz.counter.text() == f"Question {number} of 7"
        assert quiz.view is not None
        seen_types.add(quiz.view.question.type)
        answer_by_keyboard(qtbot, window)
        assert quiz.result is not None, quiz.view.question.id
        assert quiz.feedback.isVisible()
        assert quiz.feedback.verdict.text().startswith("✔  Correct"), quiz.view.question.id
        citation = quiz.feedback.citation_views[0]
        assert quiz.view.question.citations[0].quote in citation.quote.text()
        assert citation.section.text() == "From the source — " + (
            "The Little Atlas" if number == 1 else "Towns")
        assert quiz.score.text() == f"Score: {number} / {number}"
        key(qtbot, window, Qt.Key.Key_Return)
    assert seen_types == set(QuestionType)
    assert window.stack.currentWidget() is window.results
    assert window.results.headline.text() == "7 / 7 right  ·  100 %"
    assert not window.results.retry_button.isEnabled()


def test_whole_pack_by_mouse_with_mistakes(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    quiz = window.quiz
    wrong_ids = []
    while window.stack.currentWidget() is quiz:
        view = quiz.view
        assert view is not None and quiz.input is not None
        question = view.question
        # nothing chosen yet (an ordering always has some order, so it may be checked at once)
        assert quiz.action.isEnabled() == isinstance(quiz.input, OrderingAnswer)
        if isinstance(quiz.input, ChoiceAnswer):
            # click the first shown choice: right for some questions, wrong for others
            qtbot.mouseClick(quiz.input.buttons[0], Qt.MouseButton.LeftButton)
        elif isinstance(quiz.input, TextAnswer):
            qtbot.mouseClick(quiz.input.edit, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(quiz.input.edit, "Hilcross" if question.id == "market-town"
                            else "12500")
        elif isinstance(quiz.input, OrderingAnswer):
            quiz.input.list.setCurrentIndex(quiz.input.model.index(1, 0))
            qtbot.mouseClick(quiz.input.up, Qt.MouseButton.LeftButton)
        elif isinstance(quiz.input, MatchingAnswer):
            for row in range(len(quiz.input.combos)):
                quiz.input.choose(row, row)
        qtbot.mouseClick(quiz.action, Qt.MouseButton.LeftButton)
        if question.id == "market-town":  # a typo: one more try, with nothing given away
            assert quiz.result is None
            assert quiz.feedback.verdict.text() == "≈  Almost — check your spelling and try once more"
            assert quiz.feedback.correct_answer.isHidden() and quiz.feedback.explanation.isHidden()
            assert not quiz.feedback.citation_views
            assert isinstance(quiz.input, TextAnswer) and quiz.input.edit.hasFocus()
            assert quiz.input.edit.selectedText() == "Hilcross"
            qtbot.keyClicks(quiz.input.edit, "Hillcros")
            qtbot.keyClick(quiz.input.edit, Qt.Key.Key_Return)
        result = quiz.result
        assert result is not None
        if not result.correct:
            wrong_ids.append(question.id)
            assert quiz.feedback.verdict.text().startswith(("✘", "≈"))
            assert result.correct_answer in quiz.feedback.correct_answer.text()
        if question.id == "market-town":
            assert quiz.feedback.verdict.text() == (
                "✘  Counted as wrong — still misspelt on the second try")
        assert quiz.feedback.citation_views
        qtbot.mouseClick(quiz.action, Qt.MouseButton.LeftButton)
    results = window.results
    assert "market-town" in wrong_ids and "founded-towns" in wrong_ids
    correct = 7 - len(wrong_ids)
    assert results.headline.text().startswith(f"{correct} / 7 right")
    report = results.missed.toPlainText()
    assert "Which town holds a lantern market?" in report
    assert "The text names Hillcross as the lantern-market town." in report
    assert results.retry_button.isEnabled()
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is quiz
    assert quiz.counter.text() == f"Question 1 of {len(wrong_ids)}"
    assert quiz.view is not None and quiz.view.question.id == wrong_ids[0]


def test_feedback_shows_choice_feedback_and_marks(open_window: WindowFactory,
                                                  qtbot: QtBot) -> None:
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert isinstance(quiz.input, ChoiceAnswer) and quiz.view is not None
    order = quiz.view.choice_order
    hillcross, port_amber = order.index(1), order.index(0)  # screen positions of pack choices
    qtbot.mouseClick(quiz.input.buttons[hillcross], Qt.MouseButton.LeftButton)  # wrong
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.feedback.verdict.text() == "✘  Not quite"
    assert quiz.feedback.correct_answer.text() == "Correct answer: Port Amber"
    assert quiz.feedback.your_answer.text() == "Your answer: Hillcross"
    assert "river mouth elsewhere" in quiz.feedback.choice_feedback.text()
    assert quiz.input.buttons[port_amber].mark_label.text() == "✔"
    assert quiz.input.buttons[hillcross].mark_label.text() == "✘"
    assert quiz.input.buttons[hillcross].text_label.isEnabled()  # readable, not greyed out
    qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_1 + port_amber))  # keys do nothing once answered
    assert quiz.input.answer() == 1


def test_check_is_refused_until_an_answer_is_given(open_window: WindowFactory,
                                                   qtbot: QtBot) -> None:
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    assert window.quiz.result is None
    assert "an answer is needed first" in window.quiz.hint.text().lower()
    assert window.history.sessions(window.profile.id)[0].answered == 0


def test_keys_pick_what_is_on_screen_and_history_keeps_the_choice(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert isinstance(quiz.input, ChoiceAnswer) and quiz.view is not None
    order = quiz.view.choice_order
    choices = quiz.view.question.choices
    assert [b.text_label.text() for b in quiz.input.buttons] == [choices[i].text for i in order]
    assert quiz.input.buttons[0].accessibleName() == f"1. {choices[order[0]].text}"
    qtbot.keyClick(quiz, Qt.Key.Key_1)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    shown_first = choices[order[0]].text
    assert quiz.feedback.your_answer.text() == f"Your answer: {shown_first}"
    stored = window.history.db.execute("SELECT answer_json, answer_text FROM attempts").fetchone()
    assert (json.loads(stored[0]), stored[1]) == (order[0], shown_first)  # the choice, not "1"
    target = tmp_path / "history.csv"
    window.history.export_history_csv(window.profile.id, target)
    with target.open(encoding="utf-8") as stream:
        [row] = list(csv.DictReader(stream))
    assert row["answer"] == shown_first


def test_a_new_quiz_shows_a_new_order(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    seeds, orders = set(), set()
    for _ in range(8):
        window.start_quiz(pack)
        run = window.quiz.run
        assert run is not None and window.quiz.view is not None
        seeds.add(run.session.seed)
        orders.add(window.quiz.view.choice_order)
        window.go_home()
    assert len(seeds) == 8 and len(orders) > 1


def test_choose_all_that_apply_names_the_missed_choices_and_counts_choices(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    window.begin(StudyRun(pack, window.profile, window.history,
                          questions=[pack.question("founded-towns")]))  # type: ignore[list-item]
    quiz = window.quiz
    assert isinstance(quiz.input, ChoiceAnswer) and quiz.view is not None
    port_amber, hillcross, dunmoor = (quiz.view.choice_order.index(i) for i in range(3))
    qtbot.keyClick(quiz, key_for_choice(quiz.view, 0))  # Port Amber: right; Hillcross missed
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    verdict = quiz.feedback.verdict.text()
    assert verdict == "✘  Not quite — 2 of 3 choices right"  # Port Amber, and not Dunmoor
    assert "place" not in verdict
    buttons = quiz.input.buttons
    assert buttons[hillcross].mark_label.text() == "✔ (missed)"
    assert buttons[port_amber].mark_label.text() == "✔"
    assert buttons[dunmoor].mark_label.text() == ""


def test_enter_without_an_answer_says_so_once_and_the_note_goes_after_answering(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    plain = quiz.hint.text()
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.result is None
    assert quiz.hint.text().count("needed") == 1
    assert quiz.hint.text().startswith("An answer is needed first. ")
    answer_by_keyboard(qtbot, window)
    assert quiz.result is not None
    assert "needed" not in quiz.hint.text() and quiz.hint.text() == plain


def test_feedback_text_is_selectable_with_the_mouse(open_window: WindowFactory,
                                                    qtbot: QtBot) -> None:
    """The panel's text turns selectable when the pointer comes to it (plain labels until then
    lay out faster): a learner can still drag across a quote to copy it."""
    window = open_window()
    window.start_quiz(window.loaded_packs()[0])
    answer_by_keyboard(qtbot, window)
    panel = window.quiz.feedback
    quote = panel.citation_views[0].quote
    qtbot.mouseMove(quote, QPoint(2, quote.height() // 2))
    qtbot.waitUntil(lambda: bool(quote.textInteractionFlags()
                                 & Qt.TextInteractionFlag.TextSelectableByMouse))
    middle = quote.height() // 2
    qtbot.mousePress(quote, Qt.MouseButton.LeftButton, pos=QPoint(2, middle))
    qtbot.mouseMove(quote, QPoint(quote.width() - 2, middle))
    qtbot.mouseRelease(quote, Qt.MouseButton.LeftButton, pos=QPoint(quote.width() - 2, middle))
    assert quote.hasSelectedText()
    assert quote.selectedText() in quote.text()
    for label in (panel.verdict, panel.your_answer, panel.explanation):
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def fully_in_view(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect().height() == widget.height()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_focused_verdict_stays_in_view_at_200_percent_and_after_ctrl_plus(
        open_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]) -> None:
    """At 200 % the verdict got focus below the fold; Ctrl++ with the feedback on screen went
    back to the top of the page."""
    window = open_window()
    window.resize(*size)
    for _ in range(4):
        window.view.larger.trigger()
    try:
        window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
        quiz = window.quiz
        for _ in range(3):  # a few questions of different kinds
            answer_by_keyboard(qtbot, window)
            qtbot.wait(20)
            verdict = quiz.feedback.verdict
            assert QApplication.focusWidget() is verdict
            assert fully_in_view(verdict), quiz.view.question.type if quiz.view else None
            window.view.larger.trigger()  # Ctrl++ with the feedback showing
            qtbot.wait(20)
            assert fully_in_view(verdict)
            window.view.smaller.trigger()
            qtbot.wait(20)
            assert fully_in_view(verdict)
            qtbot.keyClick(quiz, Qt.Key.Key_Return)
    finally:
        window.view.normal.trigger()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_a_matching_questions_first_drop_down_is_in_view_at_200_percent(
        open_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]) -> None:
    window = open_window()
    window.resize(*size)
    for _ in range(5):
        window.view.larger.trigger()
    try:
        pack = window.home.current_row().pack  # type: ignore[union-attr]
        questions = [q for i in ("river-mouth", "founding-years")
                     if (q := pack.question(i)) is not None]
        window.begin(StudyRun(pack, window.profile, window.history, questions=questions))
        quiz = window.quiz
        answer_by_keyboard(qtbot, window)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)  # on to the matching question
        qtbot.wait(20)
        assert isinstance(quiz.input, MatchingAnswer)
        first = quiz.input.combos[0]
        assert QApplication.focusWidget() is first
        assert fully_in_view(first)
    finally:
        window.view.normal.trigger()


def test_after_answering_drop_downs_look_answered_and_the_verdict_has_no_caret(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    matching = pack.question("founding-years")
    assert matching is not None
    window.begin(StudyRun(pack, window.profile, window.history, questions=[matching, matching]))
    quiz = window.quiz
    assert isinstance(quiz.input, MatchingAnswer)
    combos = quiz.input.combos
    plain = [combo.grab().toImage() for combo in combos]
    assert not any(combo.property("answered") for combo in combos)
    answer_by_keyboard(qtbot, window)
    verdict = quiz.feedback.verdict
    assert QApplication.focusWidget() is verdict
    # read-only text shows no caret: not selectable by keyboard (the focus ring shows focus)
    assert not verdict.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # the drop-downs are drawn as given answers now: no arrow, another border
    assert all(combo.property("answered") for combo in combos)
    assert [combo.grab().toImage() for combo in combos] != plain
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # the next question's drop-downs are choices again
    assert isinstance(quiz.input, MatchingAnswer)
    assert not any(combo.property("answered") for combo in quiz.input.combos)


LONG_RIGHTS = ["Led Russia's government in 1802 and the years after",
               "Led Russia's government in 1850 and the years after",
               "Led Russia's government in 1901 and the years after"]


def test_matching_drop_downs_show_their_whole_text_at_200_percent(
        open_window: WindowFactory, qtbot: QtBot, packs_dir: Path) -> None:
    """At 200 % the drop-downs cut their text, so different answers looked the same
    ("Led Russia's government in 1…"): the left item goes above its drop-down, and the
    popup and tooltip have the whole text."""
    pack_file = packs_dir / "mini" / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    for year, right in zip(("1802", "1850", "1901"), LONG_RIGHTS, strict=True):
        text = text.replace(f'right: "{year}"', f'right: "{right}"')
    pack_file.write_text(text, encoding="utf-8")
    window = open_window()
    window.resize(1024, 768)
    for _ in range(5):
        window.view.larger.trigger()
    try:
        pack = window.home.current_row().pack  # type: ignore[union-attr]
        matching = pack.question("founding-years")
        assert matching is not None
        window.begin(StudyRun(pack, window.profile, window.history, questions=[matching]))
        qtbot.wait(20)
        quiz = window.quiz
        assert isinstance(quiz.input, MatchingAnswer)
        combo = quiz.input.combos[0]
        combo.setCurrentIndex(1)
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= needed  # room for the whole text in the drop-down itself
        assert combo.toolTip() == combo.currentText()
        combo.showPopup()
        assert combo.view().minimumWidth() >= max(
            combo.fontMetrics().horizontalAdvance(t) for t in LONG_RIGHTS)
        combo.hidePopup()
    finally:
        window.view.normal.trigger()


def test_tab_from_the_last_answer_control_goes_to_the_main_action(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    """Not to Leave quiz, where a second Enter (as the hint says: "Then Enter") asked to leave."""
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    questions = [q for i in ("river-mouth", "founding-years") if (q := pack.question(i))]
    window.begin(StudyRun(pack, window.profile, window.history, questions=questions))
    quiz = window.quiz
    answer_by_keyboard(qtbot, window)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # on to the matching question
    assert isinstance(quiz.input, MatchingAnswer)
    for combo in quiz.input.combos:  # every row chosen: Check answer is enabled
        combo.setCurrentIndex(1)
    assert quiz.action.isEnabled()
    last = quiz.input.combos[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quiz.action
    qtbot.keyClick(quiz.action, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quiz.quit_button
