"""Every screen under a pseudo-translation: no visible text escapes Qt's translation.

With every message turned into ``⟦message⟧`` (built from the shipped ``.ts``) and the test pack
written in fullwidth letters, the test walks the app as a learner and a teacher would — home and
its menus, a quiz of every question type before and after feedback, the source, results,
statistics, flags, settings, about, the custom quiz, an exam and its results, the editor, the
projector and the class report — and fails on any label, button, menu, tooltip, window title,
accessible name or table text with words outside ``⟦…⟧`` (pack text, numbers, key names and
the learner's name excepted).
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.selection import StudyMode
from quizapp.credits import COMPONENTS
from quizapp.ui.classroom.exam_dialog import ExamSetupDialog
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from quizapp.ui.flags_dialog import FlagsDialog
from tests.ui.conftest import WindowFactory
from tests.ui.test_plain_text_everywhere import answer_wrong
from tests.ui.translation_check import build_pseudo_qm, untranslated, widen_pack

LEARNER = "Ａｎｎ"


@pytest.fixture
def pseudo_translated(tmp_path: Path, packs_dir: Path) -> Iterator[Path]:
    """The pseudo-translation installed in the app; the mini pack in fullwidth letters."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = tmp_path / "pseudo"
    folder.mkdir()
    translator = QTranslator()
    assert translator.load(str(build_pseudo_qm(folder)))
    app.installTranslator(translator)
    widen_pack(packs_dir / "mini")
    yield packs_dir
    app.removeTranslator(translator)


class Walk:
    """Collects what each screen failed to translate, by screen."""

    def __init__(self, allowed: list[str]) -> None:
        self.allowed = allowed
        self.found: dict[str, list[str]] = {}
        self.screens: list[str] = []
        self.seen: set[str] = set()

    def look(self, screen: str, root: QWidget) -> None:
        """Note what ``root`` shows untranslated (each text once, where it is first seen)."""
        root.grab()
        self.screens.append(screen)
        missed = [line for line in untranslated(root, self.allowed) if line not in self.seen]
        self.seen.update(missed)
        if missed:
            self.found.setdefault(screen, []).extend(missed)

    def report(self) -> str:
        return "\n".join(f"{screen}:\n  " + "\n  ".join(sorted(set(lines)))
                         for screen, lines in self.found.items())


def test_every_screen_is_translated(open_window: WindowFactory, qtbot: QtBot,
                                    pseudo_translated: Path, data_dir: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.resize(1100, 800)
    walk = Walk([LEARNER])
    window.switch_profile(LEARNER)
    qtbot.waitUntil(lambda: bool(window.home.model.rows), timeout=10000)
    window.home.table.selectRow(0)
    walk.look("home", window)
    pack = window.home.model.rows[0].pack
    assert pack is not None and pack.title.startswith("Ｔ"), "the pack is in fullwidth letters"
    walk.allowed.extend(f"[{question.id}]" for question in pack.questions)  # ids shown to teachers

    window.start_mode(pack, StudyMode.PRACTICE)
    while window.stack.currentWidget() is window.quiz:
        kind = window.quiz.view.question.type.value  # type: ignore[union-attr]
        walk.look(f"quiz {kind}", window)
        answer_wrong(qtbot, window)
        walk.look(f"quiz {kind} feedback", window)
        if kind == "single":
            viewer = window.show_source(window.quiz.run.pack,  # type: ignore[union-attr]
                                        window.quiz.result.citations[0])  # type: ignore[union-attr]
            assert viewer is not None
            walk.look("source", viewer)
            viewer.close()
        window.quiz.activate()
    walk.look("results", window)

    window.show_statistics()
    walk.look("statistics", window)
    window.go_home()
    window.history.flag_question(window.profile.id, pack.id, pack.questions[0].id,
                                 "ｗｒｏｎｇ")
    walk.look("flags", FlagsDialog(pack, window.history.flags(pack.id), window))
    walk.look("custom quiz", CustomQuizDialog(pack, window))
    settings = window.view.show_settings()
    walk.look("settings", settings)
    settings.close()
    about = window.show_about()
    walk.allowed.extend([platform.platform(terse=True), "PySide6", "Python", "Qt"]
                        + [c.name for c in COMPONENTS] + [c.license for c in COMPONENTS])
    walk.look("about", about)
    about.close()

    def set_up_exam(dialog: ExamSetupDialog) -> int:
        walk.look("exam setup", dialog)
        dialog.title.setText("ｃｈｅｃｋ")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExamSetupDialog, "exec", set_up_exam)
    window.home.mode_box.setCurrentIndex(window.home.mode_box.findData("exam"))
    window.start_mode(pack, StudyMode.EXAM)
    screen = window.exams.screen
    walk.look("exam", window)
    monkeypatch.setattr("quizapp.ui.classroom.exam_prompts.confirm_hand_in",
                        lambda *args: True)
    screen.hand_in(timed_out=False)
    walk.look("exam results", window)
    window.go_home()

    report = window.classroom.show_class_report()
    walk.look("class report", report)
    report.close()

    projector = window.projector
    projector.full_screen = False
    projector.open_for(pack) if hasattr(projector, "open_for") else None
    if projector.mode is not None:
        walk.look("projector", projector.mode.window)
        projector.mode.window.close()

    assert not walk.found, walk.report()
    assert len(walk.screens) >= 15
