"""Setting up an exam: one draw for the whole class by default (a draw of each learner's own as
an option), the preset's name asked in a dialog whose title shows whole, messages in sentences."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from quizapp.classroom.exam_run import ExamRun
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from tests.fake_clock import FakeClock
from tests.ui.conftest import WindowFactory


def drawn(window: object, dialog: ExamSetupDialog, learner: str, seed: int) -> set[str]:
    history = window.history  # type: ignore[attr-defined]
    run = ExamRun.start(dialog.pack, history.ensure_profile(learner), history, dialog.preset(),
                        clock=FakeClock(), seed=seed)
    run.hand_in()
    return {view.question.id for view in run.session.views}


def test_the_class_gets_the_same_questions_by_default(open_window: WindowFactory,
                                                      qtbot: QtBot) -> None:
    window = open_window()
    pack = window.loaded_packs()[0]
    dialog = ExamSetupDialog(pack, window.exams.saved, window)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("__own__"))
    dialog.count.setValue(3)
    assert dialog.same_paper.isChecked() and dialog.seed.isEnabled()
    assert dialog.seed.text() == "Automatic"
    preset = dialog.preset()
    assert preset.same_questions and preset.seed is None
    ann, bob = drawn(window, dialog, "Ann", 1), drawn(window, dialog, "Bob", 2)
    assert ann == bob and len(ann) == 3

    dialog.seed.setValue(5)  # another draw, for a second class
    assert dialog.preset().seed == 5 and dialog.seed.text() == "5"
    dialog.same_paper.setChecked(False)  # the option: a draw of each learner's own
    assert not dialog.seed.isEnabled()
    preset = dialog.preset()
    assert not preset.same_questions and preset.seed is None
    draws = {frozenset(drawn(window, dialog, f"Learner {n}", n)) for n in range(8)}
    assert len(draws) > 1


def test_the_preset_name_dialog_shows_its_title_whole(open_window: WindowFactory,
                                                      qtbot: QtBot) -> None:
    window = open_window()
    dialog = ExamSetupDialog(window.loaded_packs()[0], window.exams.saved, window)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, int, int]] = []

    def measure() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        font = QFont(box.font())
        font.setBold(True)  # as window managers draw titles
        shown = f"{box.windowTitle()} — {QApplication.applicationDisplayName()}"
        asked.append((box.windowTitle(), box.width(), QFontMetrics(font).horizontalAdvance(shown)))
        box.reject()

    QTimer.singleShot(0, measure)
    dialog.save_button.click()
    [(title, width, needed)] = asked
    assert title == "Save as preset"
    assert width >= needed + 100, f"{width} px for a title of {needed} px and the title bar's buttons"


def test_an_unknown_exam_is_named_in_a_sentence(qtbot: QtBot, tmp_path: object,
                                                no_blocking_dialogs: list[str]) -> None:
    from quizapp.ui.application import launch_window, make_application, open_context
    from tests.conftest import FIXTURES

    make_application(["quizapp-test"])
    context = open_context(tmp_path / "data")  # type: ignore[operator]
    context.bundled_dir = tmp_path / "none"  # type: ignore[operator]
    window = launch_window(context, pack=str(FIXTURES / "mini"), exam="final")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any("final" in m for m in no_blocking_dialogs), timeout=5000)
    [message] = [m for m in no_blocking_dialogs if "final" in m]
    assert message.startswith("No such exam / <p style='white-space:pre-wrap'>The pack “The "
                              "Little Atlas” has no exam 'final' (its exams: none).</p>")
    window.close()
    window.runner.wait()
    window.history.db.close()
