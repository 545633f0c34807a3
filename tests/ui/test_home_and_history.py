"""The home screen, profiles, opening packs, and history that outlives the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.classroom.exam import default_preset
from quizapp.ui.answer_inputs import ChoiceAnswer
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pack_problems_dialog import PackProblemsDialog
from tests.conftest import FIXTURES
from tests.ui.conftest import WindowFactory, key_for_correct_choice
from tests.ui.test_quiz_play import answer_by_keyboard


def play_first_question_right_then_quit(qtbot: QtBot, window: MainWindow) -> None:
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert isinstance(quiz.input, ChoiceAnswer) and quiz.view is not None
    qtbot.keyClick(quiz, key_for_correct_choice(quiz.view))
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.result is not None and quiz.result.correct


def play_whole_pack_right(qtbot: QtBot, window: MainWindow) -> None:
    """Every question of the mini pack answered right by keyboard, then back home."""
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    while window.stack.currentWidget() is window.quiz:
        answer_by_keyboard(qtbot, window)
        qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    with qtbot.waitSignal(window.packs_refreshed):
        window.go_home()


def test_score_is_on_the_home_screen_after_reopening(open_window: WindowFactory,
                                                    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    assert window.home.model.rows[0].best is None
    play_first_question_right_then_quit(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.packs_refreshed):
        qtbot.keyClick(window.quiz, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    # a quiz left after one question is no score of the pack: "Your best" stays empty
    assert window.home.model.rows[0].best is None
    assert window.home.model.data(window.home.model.index(0, 2)) == "—"
    window.close()
    window.history.db.close()

    reopened = open_window()
    assert reopened.home.model.rows[0].best is None  # and the resume offer was declined
    play_whole_pack_right(qtbot, reopened)
    assert reopened.home.model.rows[0].best == pytest.approx(1.0)
    reopened.close()
    reopened.history.db.close()

    again = open_window()
    assert again.home.model.data(again.home.model.index(0, 2)) == "100 %"
    assert again.profile.name == "Learner"


def test_profiles_are_separate_and_remembered(open_window: WindowFactory, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Class 7b", True))
    with qtbot.waitSignal(window.packs_refreshed):
        qtbot.mouseClick(window.home.new_profile, Qt.MouseButton.LeftButton)
    assert window.profile.name == "Class 7b"
    assert window.home.profile_box.currentText() == "Class 7b"
    play_whole_pack_right(qtbot, window)
    assert window.home.model.rows[0].best == pytest.approx(1.0)
    with qtbot.waitSignal(window.packs_refreshed):
        window.switch_profile("Learner")
    assert window.home.model.rows[0].best is None
    window.switch_profile("Class 7b")
    window.close()
    window.history.db.close()
    assert open_window().profile.name == "Class 7b"


def test_opening_a_broken_pack_explains_every_problem(open_window: WindowFactory, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    window = open_window()
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: quizapp/1\nid: b\ntitle: B\nquestions:\n  - id: q\n    type: singel\n")
    window.open_pack_file(broken)
    qtbot.waitUntil(lambda: window.editors.dialog is not None, timeout=5000)
    dialog = window.editors.dialog
    assert isinstance(dialog, PackProblemsDialog) and dialog.isVisible()
    assert "line 6: unknown question type 'singel'; did you mean 'single'?" in \
        dialog.list.toPlainText()
    dialog.copy_button.click()  # the full located lines, for a bug report or an editor
    assert f"{broken}:6:11: error: unknown question type 'singel'; did you mean 'single'?" in \
        QGuiApplication.clipboard().text().splitlines()
    assert window.statusBar().currentMessage() == \
        f"{broken.parent.name}/broken.yaml cannot be opened."
    assert len(window.home.model.rows) == 1
    dialog.close()


def test_dropping_a_pack_file_adds_and_selects_it(open_window: WindowFactory, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    window = open_window()
    other = tmp_path / "other"
    other.mkdir()
    text = (FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8")
    (other / "atlas.yaml").write_text(text.replace("id: mini-atlas", "id: other-atlas")
                                      .replace("title: The Little Atlas\nversion",
                                               "title: Another Atlas\nversion"))
    (other / "source.md").write_text((FIXTURES / "mini" / "source.md").read_text())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other / "atlas.yaml"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.packs_refreshed, timeout=5000):
        window.dropEvent(event)
    titles = [row.title for row in window.home.model.rows]
    assert titles == ["The Little Atlas", "Another Atlas"]
    assert window.home.current_row().title == "Another Atlas"  # type: ignore[union-attr]
    assert [r.title for r in window.history.recent_packs()] == ["Another Atlas"]


def test_source_viewer_opens_at_the_cited_passage(open_window: WindowFactory,
                                                  qtbot: QtBot) -> None:
    window = open_window()
    play_first_question_right_then_quit(qtbot, window)
    qtbot.mouseClick(window.quiz.feedback.citation_views[0].button, Qt.MouseButton.LeftButton)
    [viewer] = window.source_viewers.values()
    assert viewer.isVisible()
    assert viewer.focused_passage == "atlas-1"
    assert "<span style='background-color:#ffe066; color:#000000;'>to the sea at Port Amber" \
        "</span>" in viewer.browser.toHtml().replace('"', "'") or \
        "to the sea at Port Amber" in viewer.browser.toPlainText()
    attribution = viewer.attribution.text()
    assert "The Little Atlas" in attribution and "CC BY 4.0" in attribution
    assert "creativecommons.org/licenses/by/4.0" in attribution
    assert "{#" not in viewer.browser.toPlainText()  # ids are never shown
    cursor_html = viewer.browser.toHtml()
    assert "#ffe066" in cursor_html


def test_pack_text_is_never_rendered_as_html(open_window: WindowFactory, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    window = open_window()
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "pack.yaml").write_text(
        "format: quizapp/1\nid: evil\ntitle: Evil\nquestions:\n  - id: q\n    type: true_false\n"
        "    prompt: \"<b>bold</b> <img src='file:///etc/passwd'> ![x](file:///tmp/x.png)\"\n"
        "    answer: true\n    explanation: \"<script>alert(1)</script> **fine**\"\n")
    with qtbot.waitSignal(window.packs_refreshed, timeout=5000):
        window.open_pack_file(evil / "pack.yaml")
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert "<b>bold</b>" in quiz.prompt.text().replace("&lt;", "<")
    qtbot.keyClick(quiz, Qt.Key.Key_1)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setMarkdown(quiz.feedback.explanation.text())
    assert "<script>alert(1)</script>" in document.toPlainText()
    prompt_document = QTextDocument()
    prompt_document.setMarkdown(quiz.prompt.text())
    assert "<img src='file:///etc/passwd'>" in prompt_document.toPlainText()
    assert "![x]" in prompt_document.toPlainText()


def test_command_line_starts_straight_into_a_pack_with_a_new_profile(
        qtbot: QtBot, tmp_path: Path) -> None:
    from quizapp.ui.application import LaunchError, launch_window, make_application, open_context

    make_application(["quizapp-test"])
    context = open_context(tmp_path / "data")
    context.bundled_dir = tmp_path / "no-bundled-packs"
    window = launch_window(context, pack=str(FIXTURES / "mini"), profile="Zoë")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=5000)
    assert window.profile.name == "Zoë"
    assert window.quiz.counter.text() == "Question 1 of 7"
    assert [p.name for p in context.history.profiles()] == ["Zoë"]
    with pytest.raises(LaunchError, match="no pack file or bundled pack called 'nope'"):
        launch_window(context, pack="nope")
    with pytest.raises(LaunchError, match="needs a name"):
        launch_window(context, profile="   ")
    window.close()
    window.runner.wait()


def test_text_size_keys_for_projectors(open_window: WindowFactory, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    window = open_window()
    normal = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25, abs=0.1)  # 125 %
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == normal


def test_the_window_keeps_its_size_between_visits_home(open_window: WindowFactory, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Home → quiz → Home (and the results and statistics screens on the way): the window stays
    the size the learner gave it; no screen widens or narrows it."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window()
    for width, height in ((1000, 720), (640, 520)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.size().toTuple() == (w, h))
        size = window.size()
        window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
        answer_by_keyboard(qtbot, window)
        assert window.size() == size
        with qtbot.waitSignal(window.packs_refreshed):
            qtbot.keyClick(window.quiz, Qt.Key.Key_Escape)  # leave after one answer
        assert window.stack.currentWidget() is window.home and window.size() == size
        play_whole_pack_right(qtbot, window)
        assert window.size() == size
        window.show_statistics()
        assert window.size() == size
        with qtbot.waitSignal(window.packs_refreshed):
            window.go_home()
        assert window.size() == size


def test_a_screen_that_needs_a_wider_window_gives_the_width_back(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    """An exam's palette needs more width than a narrow window has: the window widens for the
    exam, and is the learner's size again back home (a plain stack kept the widest screen's
    minimum for every screen)."""
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.resize(1, 600)  # as narrow as the home screen allows
    qtbot.waitUntil(lambda: window.size().height() == 600)
    size = window.size()
    window.exams.start(pack, default_preset(pack))
    screen = window.exams.screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    needed = screen.minimumSizeHint().width()
    assert needed > window.home.width()  # the exam does need a wider window
    qtbot.waitUntil(lambda: window.width() >= needed)
    run = screen.run
    assert run is not None
    run.hand_in()
    window.exams.show_results(run)
    with qtbot.waitSignal(window.packs_refreshed):
        window.go_home()
    qtbot.waitUntil(lambda: window.size() == size)
    assert window.home.minimumSizeHint().width() <= size.width()


def test_esc_after_the_last_answer_shows_the_results(open_window: WindowFactory, qtbot: QtBot,
                                                      no_blocking_dialogs: list[str]) -> None:
    """The quiz is over once the last answer is checked: Esc goes on to the results, as Enter
    does, instead of asking "Leave this quiz?" with Yes ready to skip them."""
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    quiz = window.quiz
    assert quiz.run is not None
    while True:
        answer_by_keyboard(qtbot, window)
        if quiz.run.session.position >= quiz.run.session.total - 1:
            break
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.result is not None  # the last answer's feedback is on screen
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)
    assert no_blocking_dialogs == []
    assert window.stack.currentWidget() is window.results


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_at_200_percent_text_the_home_screen_shows_the_pack_and_the_learner(
        open_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]) -> None:
    """At 200 % the learner row pushed the page wider than the window: the pack table's
    columns behind a sideways scroll bar, "New learner…" cut, "⋯" hidden; and the buttons under
    the page left the pack table two lines."""
    from PySide6.QtWidgets import QScrollArea

    window = open_window()
    for _ in range(5):
        window.view.larger.trigger()
    try:
        window.resize(*size)
        qtbot.wait(100)
        home = window.home
        page = home.findChild(QScrollArea, "pageScroller")
        assert isinstance(page, QScrollArea)
        assert page.horizontalScrollBar().maximum() == 0  # nothing beside the view
        assert home.table.horizontalScrollBar().maximum() == 0  # every column in view
        for button in (home.new_profile, home.profile_menu_button):
            assert button.width() >= button.minimumSizeHint().width(), button.text()
        header = home.table.horizontalHeader()
        assert header.length() <= home.table.viewport().width()
        # the pack's row whole in view at the start, and the learner row too
        page_top = page.widget().mapFrom(home.table, home.table.rect().topLeft()).y()
        row_bottom = page_top + header.height() + home.table.rowHeight(0)
        assert row_bottom <= page.verticalScrollBar().value() + page.viewport().height()
        assert home.profile_box.visibleRegion().boundingRect().height() == \
            home.profile_box.height()
    finally:
        window.view.normal.trigger()


def test_leaving_a_quiz_asks_with_stay_as_the_default(open_window: WindowFactory, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter pressed twice (the second on a focused Leave) must not leave: No is the default."""
    window = open_window()
    play_first_question_right_then_quit(qtbot, window)
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(window.quiz, Qt.Key.Key_Escape)
    assert asked and asked[0][-1] == QMessageBox.StandardButton.No
    assert window.stack.currentWidget() is window.quiz  # still in the quiz
