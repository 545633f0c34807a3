"""Exams in the real window, by keyboard, on a fake clock: time running out, going back to change
an answer, handing in, the review, and an exam without going back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.ui.classroom import exam_dialog, exam_results, exam_screen
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from tests.fake_clock import FakeClock
from tests.ui.classroom.exam_driving import (
    answer_by_keyboard,
    answer_hand_in,
    key,
    start_from_home,
    ten_minutes_in_pack_order,
)
from tests.ui.conftest import WindowFactory


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for module in (exam_screen, exam_results):
        monkeypatch.setattr(module, "announce", lambda _widget, text: said.append(text))
    return said


def attempts(window: object) -> list[tuple[str, int]]:
    db = window.history.db  # type: ignore[attr-defined]
    return [tuple(r) for r in db.execute("SELECT question_id, correct FROM attempts ORDER BY id")]


def test_an_exam_whose_time_runs_out(open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
                                     announced: list[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    assert screen.countdown.text() == "Time left: 10:00"
    assert screen.counter.text() == "Question 1 of 7 · 0 answered"
    assert QApplication.focusWidget() is screen.inputs[0].buttons[0]  # type: ignore[attr-defined]
    answer_by_keyboard(qtbot, screen, right=True)
    key(qtbot, window, Qt.Key.Key_Return)
    assert screen.counter.text() == "Question 2 of 7 · 1 answered"
    answer_by_keyboard(qtbot, screen, right=False)

    clock.advance(299)
    screen.tick()
    assert screen.warning.isHidden() and announced == []
    clock.advance(1)
    screen.tick()
    assert screen.countdown.text() == "Time left: 5:00"
    assert screen.warning.isVisible() and screen.warning.text() == "⚠ 5 minutes left."
    assert announced == ["⚠ 5 minutes left. Your answers are saved; when time is up they are "
                         "handed in."]
    clock.advance(240)
    screen.tick()
    assert screen.warning.text() == "⚠ 1 minute left." and len(announced) == 2
    clock.advance(59.5)
    screen.tick()
    assert screen.countdown.text() == "Time left: 0:01"
    clock.advance(0.5)
    screen.tick()

    results = window.exams.results
    assert window.stack.currentWidget() is results
    assert results.headline.text() == "1 / 7 right  ·  14 %"
    assert "Time ran out: your answers were handed in." in results.detail.text()
    assert "Not answered: 3, 4, 5, 6, 7." in results.detail.text()
    assert announced[-1] == "Time is up. Your answers were handed in."
    assert attempts(window) == [("river-mouth", 1), ("founded-towns", 0)]
    assert results.review.model.rowCount() == 7
    assert QApplication.focusWidget() is results.review.list


def test_going_back_to_change_an_answer_then_handing_in(
        open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    answer_by_keyboard(qtbot, screen, right=False)  # river-mouth, wrong for now
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # to come back to
    assert screen.flag_button.isChecked()
    key(qtbot, window, Qt.Key.Key_Return)
    # the palette: Ctrl+L, arrows, Enter — to question 3
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.question_list
    assert screen.palette_model.state_words(0) == (
        "Question 1: answered, flagged for review")
    key(qtbot, window, Qt.Key.Key_Right)
    key(qtbot, window, Qt.Key.Key_Return)
    assert screen.run is not None and screen.run.session.position == 2
    answer_by_keyboard(qtbot, screen, right=True)  # market-winter
    clock.advance(30)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.run.session.position == 0
    first = screen.inputs[0]
    assert first.answer() is not None  # the answer given before is still shown
    answer_by_keyboard(qtbot, screen, right=True)  # changed
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # unflagged
    assert attempts(window) == []  # nothing graded before handing in

    asked = answer_hand_in(monkeypatch, hand_in=True)
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("Hand in your exam?", "Not answered yet: questions 2, 4, 5, 6 and 7 (5 "
                      "of 7).\n\nHand in your exam now? Your answers cannot be changed "
                      "afterwards.")]
    results = window.exams.results
    assert window.stack.currentWidget() is results
    assert results.headline.text() == "2 / 7 right  ·  29 %"
    assert attempts(window) == [("river-mouth", 1), ("market-winter", 1)]
    sections = [results.exam_sections.display(row, c) for row in results.exam_sections.rows
                for c in range(5)]
    assert sections == ["The Little Atlas", 1, 1, 1, "100 %", "Towns", 1, 1, 6, "17 %"]

    # the review: each question with the answer given, the right one, why, and the source
    review = results.review
    assert review.feedback.verdict.text() == "✔  Correct"
    key(qtbot, window, Qt.Key.Key_Down)
    assert review.current is not None and review.current.view.number == 2
    assert review.feedback.verdict.text() == "○  Not answered"
    assert review.feedback.correct_answer.text() == "Correct answer: Port Amber; Hillcross"
    assert not review.feedback.override_button.isVisible()
    key(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    [viewer] = window.source_viewers.values()
    assert viewer.isVisible() and viewer.focused_passage == "towns-1"
    viewer.close()

    # practising what was missed: a quiz with feedback on the five others
    key(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.quiz and window.quiz.run is not None
    assert window.quiz.run.session.total == 5 and window.quiz.run.mode.value == "retry"


def test_an_exam_without_going_back(open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
                                    monkeypatch: pytest.MonkeyPatch,
                                    no_blocking_dialogs: list[str]) -> None:
    def no_back(dialog: ExamSetupDialog) -> None:
        ten_minutes_in_pack_order(dialog)
        dialog.allow_back.setChecked(False)

    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, no_back)
    assert screen.previous_button.isHidden()
    key(qtbot, window, Qt.Key.Key_Return)  # no answer: asked first, and "No" stays
    assert no_blocking_dialogs[-1].startswith("Go on without an answer?")
    assert screen.run is not None and screen.run.session.position == 0
    answer_by_keyboard(qtbot, screen, right=True)
    key(qtbot, window, Qt.Key.Key_Return)
    assert screen.run.session.position == 1
    model = screen.palette_model
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.run.session.position == 1  # no way back


def test_keyboard_only_tab_cycles_and_enter_presses_the_focused_button(
        open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.activateWindow()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    start = QApplication.focusWidget()
    seen = []
    for _ in range(40):
        key(qtbot, window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused)
        if focused is start:
            break
    assert seen[-1] is start, "Tab never comes back: focus is stuck"
    for widget in (screen.question_list, screen.flag_button,
                   screen.next_button, screen.hand_in_button):
        assert widget in seen, widget
        assert widget.accessibleName() or (isinstance(widget, QPushButton) and widget.text())
    screen.flag_button.setFocus()
    key(qtbot, window, Qt.Key.Key_Return)
    assert screen.run is not None and screen.run.session.is_flagged(0)
    assert screen.run.session.position == 0  # Enter flagged, it did not go on


def test_saved_and_shipped_presets(open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
                                   monkeypatch: pytest.MonkeyPatch, packs_dir: object) -> None:
    pack_file = packs_dir / "mini" / "pack.yaml"  # type: ignore[operator]
    pack_file.write_text(pack_file.read_text(encoding="utf-8") + (
        "exams:\n  - {id: towns, title: Towns quiz, sections: [towns], count: 3,"
        " time_limit_minutes: 4, allow_back: false}\n"), encoding="utf-8")
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None and [e.id for e in pack.exams] == ["towns"]
    dialog = ExamSetupDialog(pack, window.exams.saved, window)
    qtbot.addWidget(dialog)
    assert dialog.choice.itemText(0) == "Towns quiz — 3 questions, 4 min (in the pack)"
    assert dialog.matching.text() == "Matching questions: 6 — the exam asks 3."
    assert not dialog.allow_back.isChecked() and dialog.preset() == pack.exams[0]
    dialog.minutes.setValue(8)  # an edit makes the settings one's own
    assert dialog.choice.currentData() == "__own__"
    monkeypatch.setattr(exam_dialog, "ask_preset_name", lambda *a: ("Towns, longer", True))
    dialog.save_button.click()
    again = ExamSetupDialog(pack, window.exams.saved, window)
    qtbot.addWidget(again)
    assert [again.choice.itemText(i) for i in range(again.choice.count())] == [
        "Towns quiz — 3 questions, 4 min (in the pack)",
        "Towns, longer — 3 questions, 8 min (saved here)",
        "Your own settings"]
    again.choice.setCurrentIndex(1)
    assert again.preset().time_limit_minutes == 8 and again.preset().id == "towns-longer"
    again.delete_button.click()
    assert again.choice.count() == 2 and window.exams.saved.load(pack) == []


def test_results_by_keyboard(open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.activateWindow()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    answer_by_keyboard(qtbot, screen, right=False)
    screen.hand_in(timed_out=False)
    results = window.exams.results
    start = QApplication.focusWidget()
    assert start is results.review.list  # the first focus: the questions to review
    seen = []
    for _ in range(30):
        key(qtbot, window, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is start:
            break
    assert seen[-1] is start, "Tab never comes back: focus is stuck"
    citation = results.review.feedback.citation_views[0].button
    for widget in (citation, results.home_button, results.again_button, results.retry_button):
        assert widget in seen
    opened: list[object] = []
    monkeypatch.setattr(window, "show_source", lambda pack, cited: opened.append(cited))
    citation.setFocus()
    key(qtbot, window, Qt.Key.Key_Return)  # Enter reads the passage, as the button says
    assert opened == [results.review.current.result.citations[0]]  # type: ignore[union-attr]
    results.home_button.setFocus()
    with qtbot.waitSignal(window.packs_refreshed):
        key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_an_exam_is_saved_for_the_teacher_with_its_final_answers(
        open_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from PySide6.QtWidgets import QFileDialog

    from quizapp.classroom.results_file import results_from_json

    window = open_window()
    screen = start_from_home(qtbot, window, monkeypatch, ten_minutes_in_pack_order)
    answer_by_keyboard(qtbot, screen, right=False)
    answer_by_keyboard(qtbot, screen, right=True)  # changed before handing in
    screen.hand_in(timed_out=False)
    target = tmp_path / "ann.json"  # type: ignore[operator]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.exams.handin_button, Qt.MouseButton.LeftButton)
    results = results_from_json(target.read_text(encoding="utf-8"))
    assert results.mode == "exam" and len(results.answers) == 7
    first, *rest = results.answers
    assert (first.question_id, first.correct) == ("river-mouth", True)
    assert all(a.answer is None for a in rest)  # not answered: in the file, with no answer


def test_own_settings_asking_for_more_than_match_are_saved_as_what_matches(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    dialog = ExamSetupDialog(pack, window.exams.saved, window)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("__own__"))
    dialog.count.setValue(7)
    dialog.sections.item(1).setCheckState(Qt.CheckState.Unchecked)  # Towns out: 1 question left
    assert dialog.matching.text() == "Matching questions: 1 — the exam asks 1."
    monkeypatch.setattr(exam_dialog, "ask_preset_name", lambda *a: ("Atlas only", True))
    dialog.save_button.click()
    [saved] = window.exams.saved.load(pack)
    assert (saved.id, saved.count, saved.sections) == ("atlas-only", 1, ("atlas",))
