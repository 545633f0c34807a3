"""Every control a keyboard can reach has a name a screen reader can say, on every screen.

The name checked is the one Qt hands to the screen reader (``QAccessibleInterface.text``): the
widget's own accessible name, else what Qt derives from a button's text, a label's buddy or a
window title. The walk also fails on a table or list that keeps Tab inside it and on a scrolling
page that is a Tab stop of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import ExamPreset, Question, QuestionType
from quizapp.study import StudyRun
from quizapp.ui.answer_inputs import ChoiceAnswer, ChoiceButton
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from quizapp.ui.flags_dialog import FlagsDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screen_reader import accessible_name
from tests.ui.accessibility.walking import keyboard_problems, settle
from tests.ui.conftest import WindowFactory
from tests.ui.test_quiz_play import answer_by_keyboard


def check(root: QWidget, where: str, found: list[str]) -> None:
    settle()
    found += [f"{where}: {problem}" for problem in keyboard_problems(root)]


def one_of_each_type(window: MainWindow) -> StudyRun:
    pack = window.loaded_packs()[0]
    by_type: dict[QuestionType, Question] = {}
    for question in pack.questions:
        by_type.setdefault(question.type, question)
    assert set(by_type) == set(QuestionType)
    return StudyRun(pack, window.profile, window.history, questions=list(by_type.values()))


def dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    pack = window.loaded_packs()[0]
    window.history.flag_question(window.profile.id, pack.id, pack.questions[0].id,
                                 "The date looks wrong.")
    yield "flags", FlagsDialog(pack, window.history.flags(pack.id), window)
    yield "custom quiz", CustomQuizDialog(pack, window)
    viewer = window.show_source(pack, None)
    assert viewer is not None
    yield "source", viewer
    yield "about", window.show_about()
    yield "settings", window.view.show_settings()
    yield "keyboard shortcuts", window.keys.show_shortcuts()
    yield "import report", window.interop.show_report("Imported", "1 imported.", ["a: b"])
    window.classroom.print_worksheet()
    assert window.classroom.worksheet_dialog is not None
    yield "worksheet", window.classroom.worksheet_dialog
    yield "class report", window.classroom.show_class_report()
    yield "editor", window.editors.open_editor(Path(pack.path))


def test_every_control_of_every_screen_has_a_name(open_window: WindowFactory,
                                                  qtbot: QtBot) -> None:
    window = open_window()
    found: list[str] = []
    check(window, "home", found)
    window.begin(one_of_each_type(window))
    while window.stack.currentWidget() is window.quiz:
        kind = window.quiz.view.question.type if window.quiz.view else None
        check(window, f"{kind} question", found)
        answer_by_keyboard(qtbot, window)
        check(window, f"{kind} feedback", found)
        window.quiz.activate()
    check(window, "results", found)
    window.show_statistics()
    check(window, "statistics", found)
    window.go_home()
    for name, dialog in dialogs(window):
        dialog.show()
        check(dialog, name, found)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
    window.exams.start(window.loaded_packs()[0],
                       ExamPreset("a11y", "Names check", time_limit_minutes=30, shuffle=False))
    screen = window.exams.screen
    assert screen.run is not None
    for index in range(screen.run.session.total):
        screen.go_to(index)
        check(window, f"exam question {index + 1}", found)
    screen.hand_in(timed_out=False)
    check(window, "exam results", found)
    assert not found, "\n".join(found)


def test_choices_are_radio_buttons_and_say_their_marks(open_window: WindowFactory,
                                                       qtbot: QtBot) -> None:
    from PySide6.QtGui import QAccessible

    window = open_window()
    pack = window.loaded_packs()[0]
    single = next(q for q in pack.questions if q.type is QuestionType.SINGLE)
    multiple = next(q for q in pack.questions if q.type is QuestionType.MULTIPLE)
    window.begin(StudyRun(pack, window.profile, window.history, questions=[single, multiple]))
    choices = window.quiz.input
    assert isinstance(choices, ChoiceAnswer)
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in choices.buttons}
    assert roles == {QAccessible.Role.RadioButton}
    wrong = next(i for i, c in enumerate(single.choices) if not c.correct)
    button: ChoiceButton = choices.buttons[choices.order.index(wrong)]
    button.click()
    window.quiz.activate()
    assert accessible_name(button).endswith("✘ wrong, your answer")
    right = next(b for b, i in zip(choices.buttons, choices.order, strict=True)
                 if single.choices[i].correct)
    assert accessible_name(right).endswith("✔ right answer, not chosen")
    window.quiz.activate()
    assert isinstance(window.quiz.input, ChoiceAnswer)
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in window.quiz.input.buttons}
    assert roles == {QAccessible.Role.CheckBox}


def test_a_screen_reader_meets_the_answers_before_the_feedback(open_window: WindowFactory,
                                                               qtbot: QtBot) -> None:
    """Browse order is the order of the accessible children; the answers of a new question
    were made after the feedback panel and came after it."""
    from PySide6.QtGui import QAccessible

    window = open_window()
    window.start_quiz(window.loaded_packs()[0])
    answer_by_keyboard(qtbot, window)
    body = QAccessible.queryAccessibleInterface(window.quiz.body)
    children = [body.child(i).object() for i in range(body.childCount())]
    assert children.index(window.quiz.input) < children.index(window.quiz.feedback)
    assert children.index(window.quiz.prompt) < children.index(window.quiz.input)


def test_the_verdict_is_announced_and_focused_with_the_feedback_as_description(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    import quizapp.ui.quiz_screen as quiz_screen

    heard: list[tuple[QWidget, str]] = []
    monkeypatch.setattr(quiz_screen, "announce", lambda widget, text: heard.append((widget, text)))
    window = open_window()
    window.activateWindow()
    pack = window.loaded_packs()[0]
    window.begin(StudyRun(pack, window.profile, window.history, questions=pack.questions[:1]))
    answer_by_keyboard(qtbot, window)
    verdict = window.quiz.feedback.verdict
    assert heard == [(verdict, "✔  Correct")]
    assert QApplication.focusWidget() is verdict
    description = verdict.accessibleDescription()
    assert "Your answer:" in description
    assert pack.questions[0].citations[0].quote.strip()[:20] in description
