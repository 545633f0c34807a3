"""A learner hands in a quiz from the results screen (button or Results menu)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from quizapp.study import StudyRun
from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, key_for_choice


def play_two_questions(qtbot: QtBot, window: MainWindow) -> StudyRun:
    """River mouth answered wrong (Hillcross), the winter market right (False, key 2)."""
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    questions = [pack.question("river-mouth"), pack.question("market-winter")]
    run = StudyRun(pack, window.profile, window.history, questions=questions)  # type: ignore[arg-type]
    window.begin(run)
    for _ in questions:
        view = run.current()
        assert view is not None
        hillcross = [c.text for c in view.question.choices].index("Hillcross") \
            if view.question.choices else None
        qtbot.keyClick(window.quiz, Qt.Key.Key_2 if hillcross is None
                       else key_for_choice(view, hillcross))
        qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
        qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    return run


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def ask(*args: object, **kwargs: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def test_the_results_screen_button_saves_this_session(open_window: WindowFactory, qtbot: QtBot,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    run = play_two_questions(qtbot, window)
    button = window.classroom.handin_button
    assert button.isVisible() and button.text() == "Save results for the teacher…"
    out = tmp_path / "handed-in" / "mine"
    suggested = save_to(monkeypatch, out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert Path(suggested[0]).name.startswith("Learner-mini-atlas-20")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert (data["learner"], data["session"]["id"], data["pack"]["id"]) == (
        "Learner", str(run.session_id), "mini-atlas")
    assert [(q["id"], q["correct"], q["answer_text"]) for q in data["questions"]] == [
        ("river-mouth", False, "Hillcross"), ("market-winter", True, "False")]
    assert "Saved Learner's results (1 of 2 right)" in window.statusBar().currentMessage()


def test_the_results_menu_saves_the_latest_session_from_anywhere(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, no_blocking_dialogs: list[str]) -> None:
    window = open_window()
    action = window.classroom.handin_action
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert menu_titles.index("&View") < menu_titles.index("&Results") < menu_titles.index("&Help")
    file_menu = window.menuBar().actions()[0].menu()
    entries = [a.text() or "-" for a in file_menu.actions()]  # type: ignore[union-attr]
    assert entries[-5:] == ["-", "Print &worksheet…", "C&lass report…", "-", "&Quit"]
    mnemonics = [e[e.index("&") + 1].lower() for e in entries if "&" in e]
    assert len(mnemonics) == len(set(mnemonics)), entries
    out = tmp_path / "nothing.json"
    save_to(monkeypatch, out)
    action.trigger()
    assert "Nothing to save yet" in no_blocking_dialogs[-1] and not out.exists()
    run = play_two_questions(qtbot, window)
    window.go_home()
    qtbot.keyClick(window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert json.loads(out.read_text(encoding="utf-8"))["session"]["id"] == str(run.session_id)


def test_a_guest_is_asked_for_a_name(open_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from quizapp.ui.learners import GUEST_LABEL

    window = open_window()
    with qtbot.waitSignal(window.packs_refreshed):
        window.switch_profile(GUEST_LABEL)
    play_two_questions(qtbot, window)
    out = tmp_path / "guest.json"
    save_to(monkeypatch, out)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Zoë   Ng ", True))
    qtbot.mouseClick(window.classroom.handin_button, Qt.MouseButton.LeftButton)
    assert json.loads(out.read_text(encoding="utf-8"))["learner"] == "Zoë Ng"
