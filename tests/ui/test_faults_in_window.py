"""Faults met in the window: a full disk mid-quiz, closing during a validation, ``--pack`` with a
quiz to resume, a pack with thousands of problems."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.core.diagnostics import Diagnostic, Severity
from quizapp.core.limits import MAX_SHOWN_PROBLEMS
from quizapp.core.question_checks import QuestionChecker
from quizapp.storage import HistoryStore, open_history
from quizapp.ui.application import launch_window
from quizapp.ui.main_window import AppContext, MainWindow
from quizapp.ui.pack_problems_dialog import PackProblemsDialog
from tests.faults import fill, tiny_filesystem
from tests.ui.conftest import WindowFactory, show_window
from tests.ui.test_progress_features import answer_first_questions

FULL = "the disk is full"


@pytest.fixture(params=["injected", "tmpfs"])
def window_on_a_disk_about_to_fill(request: pytest.FixtureRequest, open_window: WindowFactory,
                                   qtbot: QtBot, tmp_path: Path, packs_dir: Path,
                                   ) -> Iterator[tuple[MainWindow, Callable[[], None]]]:
    """A window, and what fills its disk: a failing insert, or a real tmpfs filled up."""
    if request.param == "injected":
        window = open_window()

        def fill_disk() -> None:
            window.history.db.execute("CREATE TRIGGER full BEFORE INSERT ON attempts BEGIN "
                                      "SELECT RAISE(ABORT, 'database or disk is full'); END")
        yield window, fill_disk
        return
    with tiny_filesystem(tmp_path / "small", 1024) as small:
        window = show_window(qtbot, HistoryStore(open_history(small).db), tmp_path, packs_dir)
        yield window, lambda: fill(small)
        window.runner.wait()
        window.history.db.close()


def test_a_full_disk_mid_quiz_tells_the_truth_and_never_sticks(
        window_on_a_disk_about_to_fill: tuple[MainWindow, Callable[[], None]], qtbot: QtBot,
        no_blocking_dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    window, fill_disk = window_on_a_disk_about_to_fill
    answer_first_questions(qtbot, window, [True, True])
    quiz = window.quiz
    fill_disk()
    before = window.history.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
    third = quiz.view
    answer_first_questions_continue(qtbot, window)
    assert no_blocking_dialogs[-1].startswith("Answer not saved / ")
    assert FULL in no_blocking_dialogs[-1] and "2 earlier answers" in no_blocking_dialogs[-1]
    assert quiz.result is not None and quiz.feedback.isVisible()  # the answer is still explained
    assert quiz.score.text().endswith(" · 1 not saved")
    assert window.history.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == before
    qtbot.keyClick(quiz, Qt.Key.Key_Return)  # on to the next question: not stuck
    assert quiz.view is not None and quiz.view is not third and quiz.result is None

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)
    assert asked == ["You have answered 3 of 7 questions. 1 of them could not be saved; the other "
                     "2 are saved. Leave the quiz?"]
    assert window.stack.currentWidget() is window.home


def answer_first_questions_continue(qtbot: QtBot, window: MainWindow) -> None:
    quiz = window.quiz
    assert quiz.input is not None
    quiz.input.pick(1)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)


def test_a_quiz_that_cannot_start_says_why(open_window: WindowFactory,
                                           no_blocking_dialogs: list[str]) -> None:
    window = open_window()
    window.history.db.execute("CREATE TRIGGER full BEFORE INSERT ON sessions "
                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.home
    assert no_blocking_dialogs == [
        "The quiz cannot start / <p style='white-space:pre-wrap'>the quiz could not be started: "
        "the disk is full; free some space and try again</p>"]


def test_a_pack_opens_even_when_it_cannot_be_remembered(
        open_window: WindowFactory, qtbot: QtBot, packs_dir: Path, tmp_path: Path) -> None:
    window = open_window()
    window.history.db.execute("CREATE TRIGGER full BEFORE INSERT ON recent_packs "
                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    other = tmp_path / "other.yaml"
    other.write_text((packs_dir / "mini" / "pack.yaml").read_text().replace(
        "id: mini-atlas", "id: other-atlas"))
    (tmp_path / "source.md").write_text((packs_dir / "mini" / "source.md").read_text())
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.open_pack_file(other)
    assert [r.pack.id for r in window.home.model.rows if r.pack] == ["mini-atlas", "other-atlas"]


def test_closing_while_a_pack_is_validated_stops_it_at_once(
        open_window: WindowFactory, qtbot: QtBot, packs_dir: Path,
        monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    window = open_window()
    validating = threading.Event()
    original = QuestionChecker.run

    def slow_question(self: QuestionChecker, entry: object) -> object:
        """The first question waits for the window to close: a validation caught mid-way."""
        validating.set()
        window.runner._stop.wait(30)
        return original(self, entry)

    monkeypatch.setattr(QuestionChecker, "run", slow_question)
    delivered: list[object] = []
    window.packs_refreshed.connect(lambda: delivered.append("refreshed"))
    window.open_pack_file(packs_dir / "mini" / "pack.yaml")
    assert validating.wait(30)
    window.close()
    assert window.runner.pool.activeThreadCount() == 0  # the job has ended, not just been left
    QApplication.processEvents()  # a queued delivery would arrive now
    assert delivered == [] and window.findChild(PackProblemsDialog) is None
    window.deleteLater()
    QApplication.processEvents()
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_starting_with_pack_offers_to_resume_the_interrupted_quiz(
        open_window: WindowFactory, qtbot: QtBot, packs_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [True, False])
    context = window.context
    window.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    again = launch_window(AppContext(context.history, context.settings, packs_dir),
                          pack=str(packs_dir / "mini" / "pack.yaml"))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.quiz, timeout=10000)
    assert len(asked) == 1 and "interrupted after 2 of 7 questions" in asked[0]
    assert again.quiz.counter.text() == "Question 3 of 7"
    again.runner.wait()


def test_starting_with_pack_and_declining_starts_afresh(
        open_window: WindowFactory, qtbot: QtBot, packs_dir: Path) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [True])
    context = window.context
    window.close()
    again = launch_window(AppContext(context.history, context.settings, packs_dir),
                          pack=str(packs_dir / "mini" / "pack.yaml"))  # the fixture says No
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.quiz, timeout=10000)
    assert again.quiz.counter.text() == "Question 1 of 7"
    assert context.history.unfinished_session(again.profile.id).answers == ()  # type: ignore[union-attr]
    again.runner.wait()


def test_thousands_of_problems_fit_a_scrollable_copyable_dialog(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    problems = [Diagnostic(str(tmp_path / "big.yaml"), line, 3, Severity.ERROR,
                           f"problem number {line}") for line in range(1, 5001)]
    dialog = PackProblemsDialog(tmp_path / "big.yaml", problems)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() < 700 and dialog.sizeHint().height() < 700
    shown = dialog.list.toPlainText().splitlines()
    assert len(shown) == MAX_SHOWN_PROBLEMS + 1
    assert shown[-1] == "… and 4800 more: 'Copy all' copies every one."
    assert dialog.list.isReadOnly() and dialog.list.verticalScrollBar().maximum() > 0
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert len(copied) == 5000 and copied[-1].endswith("error: problem number 5000")


def test_the_problems_dialog_works_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    problem = Diagnostic(str(tmp_path / "p.yaml"), 1, 1, Severity.ERROR, "a problem")
    dialog = PackProblemsDialog(tmp_path / "p.yaml", [problem])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.list and dialog.list.accessibleName()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.list  # Tab leaves the list for the buttons
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
