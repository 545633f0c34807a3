"""Projector mode in the real window, driven by keys as a teacher drives it; a fake clock, no sleeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from quizapp.classroom.presentation import Step
from quizapp.classroom.slides import session_views
from quizapp.core.models import QuestionType
from quizapp.ui.classroom.projector_mode import (
    COUNTDOWN_KEY,
    THEME_KEY,
    ProjectorMode,
    stored_countdown,
    stored_theme,
)
from quizapp.ui.classroom.screen_chooser import ScreenChooser, default_screen_index
from quizapp.ui.classroom.stage import visible_labels
from quizapp.ui.classroom.stage_parts import shown_text
from quizapp.ui.classroom.theme import DARK, LIGHT, ThemeChoice
from quizapp.ui.main_window import MainWindow
from tests.ui.classroom.clipping import clipped_labels
from tests.ui.conftest import WindowFactory


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def open_projector(qtbot: QtBot, window: MainWindow, clock: FakeClock | None = None,
                   size: tuple[int, int] | None = (1024, 768)) -> ProjectorMode:
    """Press F5 as a teacher would; the projector opens in a window of ``size`` (None: full screen)."""
    launcher = window.projector
    launcher.full_screen = size is None
    if clock is not None:
        launcher.clock = clock
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    mode = launcher.mode
    assert mode is not None
    if size is not None:
        mode.window.resize(*size)
    return mode


def press(qtbot: QtBot, mode: ProjectorMode, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(mode.window, key)


def words(mode: ProjectorMode) -> str:
    return " ".join(shown_text(label) for label in visible_labels(mode.stage))


def right_rows(mode: ProjectorMode) -> list[str]:
    return [shown_text(row.text) for row in mode.stage.row_views
            if row.isVisibleTo(mode.stage) and row.mark.text() == "✔"]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_reveal_sequence_by_keyboard(open_window: WindowFactory, qtbot: QtBot,
                                     size: tuple[int, int]) -> None:
    window = open_window()
    window.home.focus_packs()
    mode = open_projector(qtbot, window, size=size)
    pack = mode.pack
    assert mode.window.isVisible() and mode.presentation.step is Step.TITLE
    assert pack.title in words(mode) and "7 questions" in words(mode)
    keys = [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter]  # all three go on
    for number, view in enumerate(mode.views):
        question = view.question
        press(qtbot, mode, keys[number % 3])
        assert mode.presentation.step is Step.QUESTION
        assert shown_text(mode.stage.prompt) == question.prompt
        assert f"Question {number + 1} of 7" in words(mode)
        assert right_rows(mode) == [] and question.explanation not in words(mode)
        assert clipped_labels(mode.stage) == []
        if question.type is QuestionType.ORDERING:  # the items shuffled, lettered
            shown = [shown_text(r.text) for r in mode.stage.row_views]
            assert sorted(shown) == sorted(question.items) and shown != list(question.items)
        if question.type is QuestionType.MATCHING:  # two columns
            assert mode.stage.question_area.child is not None
            assert mode.stage.question_area.child.objectName() == "projectorColumns"
        if question.type in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
            assert not mode.stage.question_area.isVisibleTo(mode.stage)  # the prompt alone

        press(qtbot, mode, keys[(number + 1) % 3])
        assert mode.presentation.step is Step.ANSWER
        if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            shown_order = view.choice_order or range(len(question.choices))
            assert right_rows(mode) == [question.choices[i].text for i in shown_order
                                        if question.choices[i].correct]
        elif question.type is QuestionType.TRUE_FALSE:
            assert right_rows(mode) == ["True" if question.truth else "False"]
        else:
            answers = [shown_text(r.text) for r in mode.stage.answer_views]
            if question.type is QuestionType.ORDERING:  # the right order, with the letters
                assert [a.rsplit("  (", 1)[0] for a in answers] == list(question.items)
            elif question.type is QuestionType.MATCHING:  # the pairs
                assert [a.rsplit("  (", 1)[0] for a in answers] == [
                    f"{p.left} → {p.right}" for p in question.pairs]
            elif question.type is QuestionType.SHORT_ANSWER:
                assert answers == [question.accept[0]]
            else:
                assert answers == ["12,500"]
        assert question.explanation not in words(mode)
        assert clipped_labels(mode.stage) == []

        press(qtbot, mode, Qt.Key.Key_Space)
        assert mode.presentation.step is Step.EXPLANATION
        shown = words(mode)
        assert question.explanation in shown
        for citation in question.citations:
            assert citation.quote in shown
        assert "Source: “The Little Atlas” by Example Press" in shown
        assert clipped_labels(mode.stage) == []
    press(qtbot, mode, Qt.Key.Key_Space)
    assert mode.presentation.step is Step.END and "End of the questions" in words(mode)
    press(qtbot, mode, Qt.Key.Key_Space)  # Space on the last card leaves
    assert window.projector.mode is None
    assert window.stack.currentWidget() is window.home


def test_arrows_move_between_questions_and_always_show_the_question_first(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    mode = open_projector(qtbot, window)
    press(qtbot, mode, Qt.Key.Key_Right)
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 0)
    press(qtbot, mode, Qt.Key.Key_Space)
    press(qtbot, mode, Qt.Key.Key_Right)
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 1)
    assert shown_text(mode.stage.prompt) == mode.views[1].question.prompt
    press(qtbot, mode, Qt.Key.Key_Left)
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 0)
    assert right_rows(mode) == []  # back to the question, answer hidden again
    press(qtbot, mode, Qt.Key.Key_End)
    assert mode.presentation.index == 6
    press(qtbot, mode, Qt.Key.Key_PageUp)  # a presentation remote's "back"
    assert mode.presentation.index == 5
    press(qtbot, mode, Qt.Key.Key_PageDown)  # and its "next": one step on
    assert (mode.presentation.step, mode.presentation.index) == (Step.ANSWER, 5)
    press(qtbot, mode, Qt.Key.Key_Home)
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 0)
    press(qtbot, mode, Qt.Key.Key_Right, 6)  # quicker than the event loop turns
    press(qtbot, mode, Qt.Key.Key_Home)
    QApplication.processEvents()
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert set(windows) == {window, mode.window}  # no old slide left behind as a window


def test_countdown_runs_on_the_clock_and_is_remembered(open_window: WindowFactory,
                                                      qtbot: QtBot) -> None:
    window = open_window()
    clock = FakeClock()
    mode = open_projector(qtbot, window, clock)
    assert mode.countdown_seconds == 0
    press(qtbot, mode, Qt.Key.Key_Plus, 2)  # 10 s, then 15 s
    assert mode.countdown_seconds == 15
    assert window.context.settings.value(COUNTDOWN_KEY) in (15, "15")
    assert "countdown 0:15" in words(mode)  # the title card says so
    press(qtbot, mode, Qt.Key.Key_Space)
    stage = mode.stage
    assert stage.countdown.text() == "0:15" and mode.countdown.timer.isActive()
    size = stage.body_pixels
    clock.now += 4.2
    mode.countdown.tick()
    assert stage.countdown.text() == "0:11"
    clock.now += 6
    mode.countdown.tick()
    assert stage.countdown.text() == "0:05" and stage.countdown.property("urgent") is True
    clock.now += 5
    mode.countdown.tick()
    assert stage.countdown.text() == "Time's up" and not mode.countdown.timer.isActive()
    assert mode.presentation.step is Step.QUESTION  # the teacher reveals, not the clock
    assert stage.body_pixels == size and clipped_labels(stage) == []
    press(qtbot, mode, Qt.Key.Key_T)  # once more, for a slow class
    assert stage.countdown.text() == "0:15"
    press(qtbot, mode, Qt.Key.Key_T)  # or stop it
    assert stage.countdown.text() == "" and not mode.countdown.running
    press(qtbot, mode, Qt.Key.Key_T)
    press(qtbot, mode, Qt.Key.Key_Space)  # revealing stops it
    assert stage.countdown.text() == "" and not mode.countdown.running
    press(qtbot, mode, Qt.Key.Key_Space, 2)  # the next question starts a new one
    assert mode.presentation.index == 1 and stage.countdown.text() == "0:15"
    press(qtbot, mode, Qt.Key.Key_Minus)
    assert mode.countdown_seconds == 10 and stage.countdown.text() == "0:10"
    assert "Countdown: 0:10" in shown_text(stage.footer)
    press(qtbot, mode, Qt.Key.Key_Escape)

    again = open_projector(qtbot, window, clock)
    assert again.countdown_seconds == 10
    press(qtbot, again, Qt.Key.Key_Minus)
    press(qtbot, again, Qt.Key.Key_Space)
    assert again.countdown_seconds == 0 and again.stage.countdown.text() == ""


def test_esc_leaves_and_returns_home(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    mode = open_projector(qtbot, window)
    projector_window = mode.window
    press(qtbot, mode, Qt.Key.Key_Space)
    press(qtbot, mode, Qt.Key.Key_F1)
    assert projector_window.help.isVisible()
    help_text = " ".join(shown_text(k) + " " + shown_text(w)
                         for k, w in projector_window.help.entries)
    assert "Esc" in help_text and "Reveal the answer" in help_text
    assert projector_window.rect().contains(projector_window.help.geometry())
    press(qtbot, mode, Qt.Key.Key_Escape)  # the first Esc closes the help only
    assert not projector_window.help.isVisible() and projector_window.isVisible()
    press(qtbot, mode, Qt.Key.Key_Escape)
    assert not projector_window.isVisible()
    assert window.projector.mode is None
    assert window.stack.currentWidget() is window.home
    qtbot.keyClick(window, Qt.Key.Key_F5)  # and it opens again
    assert window.projector.mode is not None


def test_blank_screen_and_colours(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    mode = open_projector(qtbot, window)
    press(qtbot, mode, Qt.Key.Key_Space)
    press(qtbot, mode, Qt.Key.Key_B)
    assert mode.window.blank.isVisible()
    press(qtbot, mode, Qt.Key.Key_Space)  # nothing is revealed behind a blank screen
    assert mode.presentation.step is Step.QUESTION
    press(qtbot, mode, Qt.Key.Key_B)
    assert not mode.window.blank.isVisible()
    first = mode.window.theme
    press(qtbot, mode, Qt.Key.Key_C)
    assert mode.window.theme is (DARK if first is LIGHT else LIGHT)
    assert mode.stage.theme is mode.window.theme
    assert window.context.settings.value(THEME_KEY) == mode.window.theme.name
    press(qtbot, mode, Qt.Key.Key_Escape)
    assert open_projector(qtbot, window).window.theme is not first  # remembered


def test_from_a_running_quiz_shows_its_questions_without_the_learners_answers(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    run = window.quiz.run
    assert run is not None
    qtbot.keyClick(window.quiz, Qt.Key.Key_1)
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    assert run.session.position == 1
    mode = open_projector(qtbot, window)
    assert mode.views == session_views(run.session)  # same questions, same order of choices
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 1)
    for _ in range(3):
        shown = words(mode)
        assert "Score" not in shown and "Your answer" not in shown
        assert window.profile.name not in shown
        press(qtbot, mode, Qt.Key.Key_Space)
    press(qtbot, mode, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.quiz  # back to the quiz, as it was
    assert run.session.position == 1 and run.session.answered == 1


def test_full_screen_on_the_one_screen_and_closed_with_the_app(open_window: WindowFactory,
                                                              qtbot: QtBot) -> None:
    window = open_window()
    mode = open_projector(qtbot, window, size=None)
    assert mode.window.isFullScreen()
    screen = QApplication.primaryScreen()
    assert mode.window.screen() is screen
    assert mode.window.geometry() == screen.geometry()
    assert clipped_labels(mode.stage) == []
    window.close()
    assert not mode.window.isVisible()


def test_view_menu_has_the_projector_on_f5(open_window: WindowFactory) -> None:
    window = open_window()
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    view = menus["&View"]
    assert isinstance(view, QMenu)
    (entry,) = [a for a in view.actions() if a.text() == "&Projector"]
    assert entry.shortcut().toString() == "F5"
    assert [a.text() for a in window.menuBar().actions()].count("&View") == 1


def test_without_a_pack_the_status_bar_says_what_to_do(open_window: WindowFactory,
                                                       qtbot: QtBot) -> None:
    window = open_window()
    window.home.set_packs([])
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector.mode is None
    assert "Choose a pack" in window.statusBar().currentMessage()


def test_several_screens_ask_which_one(open_window: WindowFactory, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    screen = QApplication.primaryScreen()
    window.projector.screens = lambda: [screen, screen]
    window.projector.full_screen = False
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    shown: list[ScreenChooser] = []

    def exec_(self: ScreenChooser) -> int:
        shown.append(self)
        return int(answers.pop(0).value)

    monkeypatch.setattr(ScreenChooser, "exec", exec_)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(shown) == 1 and window.projector.mode is None  # cancelled: nothing opens
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert len(shown) == 2 and window.projector.mode is not None
    assert shown[1].box.count() == 2 and shown[1].box.accessibleName()
    assert window.context.settings.value("projector/screen") == screen.name()


def test_the_projector_screen_defaults_to_the_one_the_window_is_not_on() -> None:
    assert default_screen_index(["LAPTOP", "HDMI-1"], "", "LAPTOP") == 1
    assert default_screen_index(["HDMI-1", "LAPTOP"], "", "LAPTOP") == 0
    assert default_screen_index(["LAPTOP", "HDMI-1", "DP-2"], "DP-2", "LAPTOP") == 2
    assert default_screen_index(["LAPTOP", "HDMI-1"], "gone", "LAPTOP") == 1
    assert default_screen_index(["ONLY"], "", "ONLY") == 0


def test_settings_edited_by_hand_fall_back_to_the_defaults(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored_countdown(settings) == 0 and stored_theme(settings) is ThemeChoice.SYSTEM
    settings.setValue(COUNTDOWN_KEY, "ten seconds")
    settings.setValue(THEME_KEY, "purple")
    assert stored_countdown(settings) == 0 and stored_theme(settings) is ThemeChoice.SYSTEM
    settings.setValue(COUNTDOWN_KEY, "-30")
    assert stored_countdown(settings) == 0
    settings.setValue(COUNTDOWN_KEY, 45)
    settings.setValue(THEME_KEY, "dark")
    assert stored_countdown(settings) == 45 and stored_theme(settings) is ThemeChoice.DARK


def test_space_walks_a_long_why_step_part_by_part(qtbot: QtBot, tmp_path: Path) -> None:
    from quizapp.core.engine import QuizSession
    from quizapp.packs import load_pack
    from tests.conftest import BUNDLED_PACK

    pack = load_pack(BUNDLED_PACK)
    chosen = [q for q in pack.questions
              if q.id in ("demands-nato-agreement-articles-match", "dispute-wave-matching")]
    views = session_views(QuizSession(pack, chosen, seed=3))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    mode = ProjectorMode(pack, views, settings)
    qtbot.addWidget(mode.window)
    mode.window.show()
    mode.window.resize(1024, 768)
    press(qtbot, mode, Qt.Key.Key_Space, 3)  # the question, its answer, why
    assert mode.presentation.step is Step.EXPLANATION
    assert shown_text(mode.stage.prompt) not in words(mode)  # the heading names it instead
    parts = len(mode.stage.why.parts)
    assert parts > 1
    for number in range(1, parts):
        assert "Space: more of the source" in shown_text(mode.stage.footer)
        press(qtbot, mode, Qt.Key.Key_Space)
        assert (mode.presentation.step, mode.presentation.index) == (Step.EXPLANATION, 0)
        assert f"why, part {number + 1} of {parts}" in words(mode)
    assert "Space: next question" in shown_text(mode.stage.footer)
    press(qtbot, mode, Qt.Key.Key_Space)
    assert (mode.presentation.step, mode.presentation.index) == (Step.QUESTION, 1)
    mode.leave()
