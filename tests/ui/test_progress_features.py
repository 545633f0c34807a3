"""Issue 4 in the real window: modes, resume after a crash, learners, flags, statistics, exports."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.core.selection import StudyMode
from quizapp.ui.answer_inputs import ChoiceAnswer
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from quizapp.ui.learners import GUEST_LABEL
from quizapp.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import WindowFactory, key_for_choice


def answer_first_questions(qtbot: QtBot, window: MainWindow, right: list[bool]) -> None:
    """Answer single-choice questions of the mini pack right or wrong, in order."""
    window.start_mode(window.home.current_row().pack, StudyMode.PRACTICE)  # type: ignore[union-attr]
    quiz = window.quiz
    for is_right in right:
        assert quiz.view is not None and isinstance(quiz.input, ChoiceAnswer)
        question = quiz.view.question
        if question.type.value == "true_false":
            pick = (1 if question.truth else 2) if is_right else (2 if question.truth else 1)
            qtbot.keyClick(quiz, Qt.Key(Qt.Key.Key_0 + pick))
        else:
            for index, choice in enumerate(question.choices):
                if choice.correct == is_right:
                    qtbot.keyClick(quiz, key_for_choice(quiz.view, index))
                    if question.type.value == "single":
                        break
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
        assert quiz.result is not None and quiz.result.correct == is_right
        qtbot.keyClick(quiz, Qt.Key.Key_Return)


def test_review_mistakes_and_due_today_pick_the_right_questions(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [False, True, False])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.packs_refreshed):
        window.leave_quiz()
    assert window.home.mode_box.itemText(1) == "Review mistakes — 2"
    # nothing is due at once: FSRS's first learning steps are minutes away
    assert window.home.mode_box.itemText(2) == "Due today — 0 due, 4 new"
    window.home.mode_box.setCurrentIndex(1)
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    run = window.quiz.run
    assert run is not None and run.mode is StudyMode.REVIEW_MISTAKES
    assert [q.id for q in run.session.questions] == ["market-winter", "river-mouth"]
    window.go_home()
    later = datetime.now(UTC) + timedelta(hours=1)
    window.now = lambda: later
    window.update_plan(window.home.current_row())
    assert window.home.mode_box.itemText(2) == "Due today — 3 due, 4 new"
    window.start_mode(window.home.current_row().pack, StudyMode.DUE_TODAY)  # type: ignore[union-attr]
    run = window.quiz.run
    assert run is not None and run.mode is StudyMode.DUE_TODAY
    ids = [q.id for q in run.session.questions]
    # most overdue first: the two missed ones (due a minute after answering, within the same
    # second here), then the one answered right (due ten minutes after), then the new ones
    assert set(ids[:2]) == {"river-mouth", "market-winter"}
    assert ids[2:] == ["founded-towns", "market-town", "population", "founding-order",
                       "founding-years"]


def test_custom_quiz_dialog_filters_questions(open_window: WindowFactory, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    dialog = CustomQuizDialog(pack, window)
    qtbot.addWidget(dialog)
    for kind, box in dialog.type_boxes.items():
        box.setChecked(kind.value in ("single", "true_false"))
    dialog.shuffle.setChecked(False)
    assert dialog.matching.text() == "2 questions match; the quiz asks 2."
    for box in dialog.type_boxes.values():
        box.setChecked(False)
    assert dialog.matching.text() == "No question matches these choices."
    assert not dialog.buttons.buttons()[0].isEnabled() or not dialog.buttons.button(
        dialog.buttons.StandardButton.Ok).isEnabled()

    def run_dialog(self: CustomQuizDialog) -> int:
        for kind, box in self.type_boxes.items():
            box.setChecked(kind.value == "numeric")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(CustomQuizDialog, "exec", run_dialog)
    window.start_mode(pack, StudyMode.CUSTOM)
    assert window.quiz.run is not None
    assert [q.id for q in window.quiz.run.session.questions] == ["population"]


def test_resume_after_the_process_is_killed(open_window: WindowFactory, qtbot: QtBot,
                                            data_dir: Path, packs_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    with subprocess.Popen(
            [sys.executable, "-m", "tests.ui.resume_driver", str(data_dir), str(packs_dir), "3"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True) as driver:
        try:
            assert driver.stdout is not None and driver.stderr is not None
            order_line = driver.stdout.readline()
            assert order_line.startswith("ORDER"), order_line
            shown_order = tuple(int(i) for i in order_line.split()[1].split(","))
            line = driver.stdout.readline()
            assert line.startswith("ANSWERED"), line
            score_before = int(line.split()[1])
        finally:
            driver.send_signal(signal.SIGKILL)  # no clean shutdown: like a crash or power cut
            driver.wait(30)
    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    window = open_window()
    assert asked and "interrupted after 3 of 7 questions" in asked[0]
    quiz = window.quiz
    assert window.stack.currentWidget() is quiz
    assert quiz.counter.text() == "Question 4 of 7"
    assert quiz.score.text() == f"Score: {score_before} / 3"
    run = quiz.run
    assert run is not None and run.session.answered == 3
    # the choices are shown in the order the learner saw before the crash
    assert run.session.views_of("river-mouth").choice_order == shown_order


def test_guest_keeps_nothing(open_window: WindowFactory, qtbot: QtBot, data_dir: Path) -> None:
    window = open_window()
    with qtbot.waitSignal(window.packs_refreshed):
        window.switch_profile(GUEST_LABEL)
    assert window.home.profile_box.currentText() == GUEST_LABEL
    answer_first_questions(qtbot, window, [True])
    assert window.history.sessions(window.profile.id)[0].answered == 1  # kept while here
    saved = window.context.history
    assert all(p.name != "Guest" for p in saved.profiles())
    assert sum(len(saved.sessions(p.id)) for p in saved.profiles()) == 0


def test_rename_and_delete_a_learner(open_window: WindowFactory, qtbot: QtBot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [True])
    window.go_home()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ada", True))
    window.ask_rename_profile()
    assert window.profile.name == "Ada"
    assert "Ada" in window.home.profile_model.stringList()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    old_id = window.profile.id
    with qtbot.waitSignal(window.packs_refreshed):
        window.ask_delete_profile()
    assert window.profile.name == "Learner"  # the last learner gone, a fresh one is made
    db = window.context.history.db
    for table in ("sessions", "question_stats", "daily_activity", "review_cards", "flags"):
        orphans = db.execute(f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?",
                             (old_id,)).fetchone()[0]
        assert orphans == 0, table
    assert db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 0


def test_flagged_questions_are_listed_for_the_pack(open_window: WindowFactory, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Port Amber is not on the coast?", True))
    qtbot.keyClick(window.quiz, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    [flag] = window.context.history.flags("mini-atlas")
    assert (flag.question_id, flag.comment) == ("river-mouth", "Port Amber is not on the coast?")
    from quizapp.ui.flags_dialog import FlagsDialog

    dialog = FlagsDialog(window.home.current_row().pack, [flag], window)  # type: ignore[arg-type, union-attr]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    # the view asks the model for item flags; a model attribute named "flags" once hid that
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(model.index(0, 0)).startswith("Where does the river Vell reach the sea?")
    assert model.data(model.index(0, 1)) == "Port Amber is not on the coast?"


def test_statistics_screen_and_exports(open_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [False, True, True])
    window.go_home()
    qtbot.waitSignal(window.packs_refreshed, timeout=5000)
    window.show_statistics()
    screen = window.statistics
    assert window.stack.currentWidget() is screen
    assert "3 answers in 1 session " in screen.overview.text() + " "
    assert "67 % right" in screen.overview.text()
    assert "study streak: 1 day" in screen.overview.text()
    assert "2 of 7 questions seen" not in screen.pack_summary.text()
    assert "3 of 7 questions seen" in screen.pack_summary.text()
    assert screen.weak_model.rowCount() == 1
    assert "Never seen:</b> 4 questions" in screen.never_seen_label.text()
    chart = screen.accuracy_chart.chart()
    assert chart.series(), chart.title()
    for view in (screen.accuracy_chart, screen.mastery_chart, screen.pack_chart):
        image = view.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 5  # something was drawn
    # top to bottom in the pack's order: the Atlas 0 of 1, Towns 2 of 6
    assert screen.mastery_chart.shown == [("The Little Atlas", 0.0), ("Towns", pytest.approx(2 / 6))]
    assert [label.text() for label in screen.mastery_chart.rows.findChildren(QLabel)
            if label.isVisibleTo(screen)] == ["The Little Atlas", "0 %", "Towns", "33 %"]
    assert screen.pack_chart.shown == [("The Little Atlas", pytest.approx(2 / 7))]

    csv_path = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_path), ""))
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(csv_path.exists, timeout=10000)  # written on a worker thread
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["question"] for r in rows] == ["river-mouth", "founded-towns", "market-winter"]
    assert [r["correct"] for r in rows][:1] in (["0"], ["False"], ["false"], ["no"])

    pdf_path = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf_path.exists() and pdf_path.stat().st_size > 0, timeout=10000)
    window.runner.wait()
    assert pdf_path.read_bytes().startswith(b"%PDF")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf_path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    assert "Progress report" in text and "Learner" in text and "The Little Atlas" in text


def test_learner_changes_wait_until_the_quiz_is_left(open_window: WindowFactory, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [True])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ask_delete_profile()
    window.switch_profile(GUEST_LABEL)
    window.show_statistics()
    assert window.stack.currentWidget() is window.quiz
    assert window.profile.name == "Learner"
    assert "Leave the quiz first" in window.statusBar().currentMessage()
    qtbot.keyClick(window.quiz, Qt.Key.Key_1)
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    assert window.quiz.result is not None  # the answer was still saved under the same learner


@pytest.mark.parametrize("leave_by", ["Esc", "closing the window"])
def test_a_quiz_left_before_any_answer_is_not_offered_for_resuming(
        open_window: WindowFactory, qtbot: QtBot, no_blocking_dialogs: list[str],
        leave_by: str) -> None:
    window = open_window()
    window.start_mode(window.home.current_row().pack, StudyMode.PRACTICE)  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.quiz
    if leave_by == "Esc":
        with qtbot.waitSignal(window.packs_refreshed):
            qtbot.keyClick(window.quiz, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.home
    window.close()
    window.history.db.close()
    again = open_window()
    again.runner.wait()
    assert again.stack.currentWidget() is again.home
    assert not [text for text in no_blocking_dialogs if "Resume" in text]
    assert again.history.unfinished_session(again.profile.id) is None
