"""A quiz of every question type, its results, the statistics and the flags dialog, by keyboard
alone: every key goes to the widget that has focus, as it would for a learner, and at every step
Tab moves focus on and comes back round (nothing keeps it)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.study import StudyRun
from quizapp.ui.flags_dialog import FlagsDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.source_viewer import SourceViewer
from tests.ui.conftest import WindowFactory
from tests.ui.test_quiz_play import answer_by_keyboard

TAB_LIMIT = 80
LINKS_LIMIT = 40


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_round(qtbot: QtBot, where: str) -> list[QWidget]:
    """Tab from the focused control until focus is back on it; fails when a Tab leaves focus
    where it was (a trap) or the round never closes. Returns the controls in Tab order."""
    start = focused()
    order = [start]
    for _ in range(TAB_LIMIT):
        before = focused()
        press(qtbot, Qt.Key.Key_Tab)
        after = focused()
        for _link in range(LINKS_LIMIT):  # Tab walks a text's links first, then leaves it
            if after is not before or not isinstance(after, QTextBrowser):
                break
            press(qtbot, Qt.Key.Key_Tab)
            after = focused()
        assert after is not before, f"{where}: Tab stays on {type(before).__name__} " \
                                    f"{before.objectName()!r}"
        if after is start:
            press(qtbot, Qt.Key.Key_Backtab)  # and Shift+Tab goes back the same way
            assert focused() is order[-1], f"{where}: Shift+Tab does not go back"
            press(qtbot, Qt.Key.Key_Tab)
            return order
        order.append(after)
    raise AssertionError(f"{where}: Tab never came back round to {start.objectName()!r}")


def tab_to(qtbot: QtBot, target: QWidget, where: str) -> None:
    for _ in range(TAB_LIMIT):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{where}: Tab never reaches {target.objectName()!r}")


def is_active(window: QWidget) -> bool:
    return QApplication.activeWindow() is window


def every_type_first(window: MainWindow) -> None:
    """The home screen's pack, asked one question of each type (the mini pack has seven)."""
    pack = window.loaded_packs()[0]
    kinds = {q.type for q in pack.questions}
    assert kinds == set(QuestionType)


def test_a_quiz_results_statistics_and_flags_by_keyboard_alone(open_window: WindowFactory,
                                                                qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    every_type_first(window)
    home = window.home
    assert focused() is home.table  # the first focus is the pack list
    window.home.focus_packs()
    tab_round(qtbot, "home")
    tab_to(qtbot, home.table, "home")
    press(qtbot, Qt.Key.Key_Return)  # Enter on the pack table starts it
    quiz = window.quiz
    assert window.stack.currentWidget() is quiz
    seen = set()
    while window.stack.currentWidget() is quiz:
        assert quiz.view is not None and quiz.input is not None
        kind = quiz.view.question.type
        seen.add(kind)
        assert quiz.input.isAncestorOf(focused()), f"{kind}: the first focus is not the answer"
        tab_round(qtbot, f"{kind} question")
        quiz.input.focus_first()
        number = quiz.view.number
        answer_by_keyboard(qtbot, window)  # keys only, Enter checks
        assert quiz.result is not None, kind
        assert focused() is quiz.feedback.verdict, f"{kind}: focus is not on the verdict"
        tab_round(qtbot, f"{kind} feedback")
        citation = quiz.feedback.citation_views[0].button
        tab_to(qtbot, citation, f"{kind} feedback")
        press(qtbot, Qt.Key.Key_Return)  # Enter on "Read in context" opens the source…
        viewer = window.source_viewers[quiz.run.pack.path if quiz.run else ""]
        assert isinstance(viewer, SourceViewer) and viewer.isVisible()
        assert quiz.view.number == number and quiz.result is not None  # …and skips nothing
        qtbot.waitUntil(partial(is_active, viewer))
        assert focused() is viewer.browser  # the text, ready for arrow keys
        assert viewer.focused_passage == quiz.result.citations[0].passage_id
        tab_round(qtbot, "source viewer")
        press(qtbot, Qt.Key.Key_Escape)
        assert not viewer.isVisible()
        window.activateWindow()  # what the window manager does when the viewer closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert focused() is citation  # back where the learner left
        tab_to(qtbot, quiz.action, f"{kind} feedback")
        press(qtbot, Qt.Key.Key_Return)  # the focused button: next question
    assert seen == set(QuestionType)

    results = window.results
    assert window.stack.currentWidget() is results
    assert focused() in (results.again_button, results.retry_button)
    order = tab_round(qtbot, "results")
    assert results.sections in order and results.missed in order
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    statistics = window.statistics
    assert window.stack.currentWidget() is statistics
    assert focused() is statistics.pack_box  # the first focus: which pack
    order = tab_round(qtbot, "statistics")
    assert statistics.weak_table in order and statistics.accuracy_chart in order
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home

    pack = window.loaded_packs()[0]
    window.history.flag_question(window.profile.id, pack.id, pack.questions[0].id, "Typo")
    window.update_plan(window.home.current_row())
    in_dialog: list[str] = []

    def use_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, FlagsDialog)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            in_dialog.append(f"first focus: {focused().objectName()}")
            in_dialog.extend(w.objectName() for w in tab_round(qtbot, "flags dialog"))
            press(qtbot, Qt.Key.Key_Escape)
            in_dialog.append(f"closed: {not dialog.isVisible()}")
        finally:
            if dialog is not None and dialog.isVisible():  # never leave exec() waiting
                dialog.close()

    tab_to(qtbot, home.flags_button, "home")
    QTimer.singleShot(0, use_dialog)
    press(qtbot, Qt.Key.Key_Return)  # Enter on "Flagged questions" opens the dialog
    assert in_dialog[0] == "first focus: flagTable" and "closed: True" in in_dialog, in_dialog


def test_enter_on_read_in_context_opens_the_source_and_keeps_the_question(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    """The issue's finding: Enter on a focused "Read in context" skipped the question."""
    window = open_window()
    window.activateWindow()
    pack = window.loaded_packs()[0]
    window.begin(StudyRun(pack, window.profile, window.history, questions=pack.questions[:2]))
    answer_by_keyboard(qtbot, window)
    button = window.quiz.feedback.citation_views[0].button
    button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.quiz.view is not None and window.quiz.view.number == 1
    assert window.source_viewers[pack.path].isVisible()


def test_every_dialog_and_the_editor_let_tab_come_round(open_window: WindowFactory,
                                                        qtbot: QtBot) -> None:
    """Settings, About, Custom quiz, source, Keyboard shortcuts, worksheets, class report and the
    editor: Tab goes round each without getting stuck, Esc closes the dialogs."""
    from tests.ui.accessibility.test_accessible_names import dialogs

    window = open_window()
    for name, dialog in dialogs(window):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(partial(is_active, dialog))
        if QApplication.focusWidget() is None or not dialog.isAncestorOf(focused()):
            dialog.focusNextChild()
        tab_round(qtbot, name)
        dialog.close()


def test_a_control_that_gets_focus_is_scrolled_into_view(open_window: WindowFactory,
                                                          qtbot: QtBot) -> None:
    """From the filters above the statistics page, Tab went to a chart scrolled out of sight."""
    window = open_window()
    window.activateWindow()
    window.resize(800, 600)
    window.show_statistics()
    statistics = window.statistics
    page = statistics.findChild(QScrollArea)
    assert isinstance(page, QScrollArea)
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())  # read to the end…
    statistics.pack_box.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # …then Tab from the pack list, outside the page
    chart = statistics.accuracy_chart
    assert focused() is chart
    QApplication.processEvents()
    assert chart.visibleRegion().boundingRect().height() >= min(chart.height(), 200)


def test_enter_on_the_results_tables_retries_the_missed(open_window: WindowFactory,
                                                        qtbot: QtBot) -> None:
    """The issue's finding: Enter did nothing on the results screen."""
    window = open_window()
    window.activateWindow()
    pack = window.loaded_packs()[0]
    single = next(q for q in pack.questions if q.type is QuestionType.SINGLE)
    window.begin(StudyRun(pack, window.profile, window.history, questions=[single]))
    assert window.quiz.view is not None and window.quiz.input is not None
    wrong = next(i for i, c in enumerate(single.choices) if not c.correct)
    window.quiz.input.pick(window.quiz.view.choice_order.index(wrong) + 1)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    results = window.results
    assert window.stack.currentWidget() is results
    results.sections.setFocus()
    started: list[object] = []
    window.quiz_started.connect(started.append)
    press(qtbot, Qt.Key.Key_Return)
    assert started and window.stack.currentWidget() is window.quiz


def test_enter_on_the_mode_list_starts_the_pack(open_window: WindowFactory,
                                                qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    tab_to(qtbot, window.home.mode_box, "home")
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quiz


def test_single_choice_works_like_radio_buttons(open_window: WindowFactory,
                                                qtbot: QtBot) -> None:
    """Arrow keys move between the choices, Space picks the focused one, Enter checks it; Tab
    leaves the group (one stop for all the choices, as for radio buttons)."""
    from quizapp.ui.answer_inputs import ChoiceAnswer

    window = open_window()
    window.activateWindow()
    pack = window.loaded_packs()[0]
    single = next(q for q in pack.questions if q.type is QuestionType.SINGLE)
    window.begin(StudyRun(pack, window.profile, window.history, questions=[single]))
    choices = window.quiz.input
    assert isinstance(choices, ChoiceAnswer)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is choices.buttons[1]
    press(qtbot, Qt.Key.Key_Space)
    assert [b.isChecked() for b in choices.buttons] == [False, True, False]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() not in choices.buttons
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is choices.buttons[1]  # back to the chosen one
    press(qtbot, Qt.Key.Key_Return)
    assert window.quiz.result is not None


def test_home_tab_order_follows_the_screen_top_to_bottom(open_window: WindowFactory,
                                                         qtbot: QtBot) -> None:
    """The learner picker stands above the packs, so Tab reaches it before them; mode and
    Start come last. The first focus stays on the pack list."""
    window = open_window()
    window.activateWindow()
    home = window.home
    assert focused() is home.table
    home.profile_box.setFocus()
    order = tab_round(qtbot, "home")
    expected = [home.profile_box, home.new_profile, home.profile_menu_button, home.table,
                home.open_button, home.stats_button, home.mode_box, home.start_button]
    positions = [order.index(widget) for widget in expected]
    assert positions == sorted(positions), [w.objectName() or type(w).__name__ for w in order]
