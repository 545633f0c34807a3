"""File → Import questions… and Export pack… used as a teacher would; bundles dropped and opened."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.editor import identity_prompt
from quizapp.ui.interop_actions import ReportDialog
from tests.conftest import FIXTURES
from tests.ui.conftest import WindowFactory

INTEROP = FIXTURES / "interop"


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, open_name: Path | None,
                        save_name: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(open_name) if open_name else "", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(save_name) if save_name else "", ""))


def menu_action(window: object, text: str):  # type: ignore[no-untyped-def]
    for entry in window.menuBar().actions():  # type: ignore[attr-defined]
        for action in entry.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def test_import_saves_opens_and_reports_skipped_questions(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = open_window()
    target = tmp_path / "rivers.yaml"
    answer_file_dialogs(monkeypatch, INTEROP / "constructs.gift", target)
    action = menu_action(window, "&Import questions…")
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        action.trigger()
        qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    row = window.home.current_row()
    assert row is not None and row.pack is not None
    assert row.pack.title == "Constructs (GIFT)" and len(row.pack.questions) == 20
    report = window.findChild(ReportDialog)
    assert report is not None and report.isVisible()
    assert report.summary.text().startswith("Imported 20 questions into rivers.yaml. 4 "
                                            "questions could not be imported")
    assert "Line 80: Skipped question 'Essay': it is an essay question" in \
        report.details.toPlainText()
    assert report.details.isReadOnly() and report.details.hasFocus()
    qtbot.keyClick(report, Qt.Key.Key_Return)  # Enter does what the default button says
    assert not report.isVisible()
    assert any(line.endswith("constructs.gift:80: warning: skipped question 'Essay': it is an "
                             "essay question (empty { }); quizapp grades answers automatically, "
                             "and essays need a person to mark them") for line in report.copied)


def test_two_imports_of_the_same_name_are_two_packs_told_apart(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(identity_prompt, "ask_pack_identity",
                        lambda parent, title, pack_id, others: asked.append(pack_id))
    window = open_window()
    imported = []
    for fixture, name in (("constructs.gift", "quiz.gift"), ("constructs.csv", "quiz.csv"),
                          ("constructs.gift", "week2/quiz.gift")):
        source = tmp_path / "in" / name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes((INTEROP / fixture).read_bytes())
        target = tmp_path / "out" / name.replace("/", "-").replace(".", "-") / "pack.yaml"
        answer_file_dialogs(monkeypatch, source, target)
        with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
            window.interop.choose_import()
            qtbot.waitUntil(target.exists, timeout=10000)
        window.runner.wait()
        imported.append(target.resolve())
    packs = {Path(row.path).resolve(): row.pack for row in window.home.model.rows}
    assert [(packs[t].id, packs[t].title) for t in imported if packs[t]] == [
        ("quiz", "Quiz (GIFT)"), ("quiz-2", "Quiz (CSV)"),
        ("quiz-3", "Quiz (GIFT) — week2-quiz-gift")]
    assert asked == []  # a new import is never "the same pack": nothing to ask


def test_a_file_with_nothing_to_import_explains_why(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        no_blocking_dialogs: list[str]) -> None:
    window = open_window()
    answer_file_dialogs(monkeypatch, INTEROP / "broken.aiken.txt", None)
    window.interop.choose_import()
    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None, timeout=10000)
    report = window.findChild(ReportDialog)
    assert report is not None and report.windowTitle() == "Nothing imported"
    assert "Line 1: Skipped question 'Which river flows through Paris?'" in \
        report.details.toPlainText()
    window.interop.import_from(INTEROP / "broken.moodle.xml")
    qtbot.waitUntil(lambda: bool(no_blocking_dialogs), timeout=10000)
    assert "broken.moodle.xml:6: error: not well-formed XML" in no_blocking_dialogs[0]


def test_export_offers_formats_and_reports_what_is_lost(
        open_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = open_window()
    target = tmp_path / "mini.gift"
    answer_file_dialogs(monkeypatch, None, target)
    offered: list[str] = []

    def pick(*args: object, **kwargs: object) -> tuple[str, bool]:
        offered.extend(args[3])  # type: ignore[arg-type]
        return "GIFT (Moodle's text format)", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    menu_action(window, "E&xport pack…").trigger()
    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None, timeout=10000)
    assert len(offered) == 8 and "Anki deck (.apkg)" in offered
    assert target.read_text(encoding="utf-8").startswith("// The Little Atlas")
    report = window.findChild(ReportDialog)
    assert report is not None
    assert "founding-order: left out: GIFT has no ordering questions" in \
        report.details.toPlainText()


def test_a_dropped_bundle_opens(open_window: WindowFactory, qtbot: QtBot,
                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def same_pack(parent: object, title: str, pack_id: str, others: list[str]) -> str:
        asked.append(pack_id)
        return identity_prompt.SAME

    # the bundle holds the mini pack, whose id the pack list already has: a question to settle
    monkeypatch.setattr(identity_prompt, "ask_pack_identity", same_pack)
    window = open_window()
    bundle = tmp_path / "shared.quizpack"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(FIXTURES / "mini" / "pack.yaml", "pack.yaml")
        archive.write(FIXTURES / "mini" / "source.md", "source.md")
    window.context.bundle_cache = tmp_path / "cache"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        QApplication.sendEvent(window, drop)
    paths = [row.path for row in window.home.model.rows]
    assert str(bundle.resolve()) in paths
    row = next(r for r in window.home.model.rows if r.path == str(bundle.resolve()))
    assert row.pack is not None and row.pack.id == "mini-atlas" and row.pack.document
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert asked == ["mini-atlas"]


def test_an_imported_question_without_explanation_shows_no_empty_why(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window()
    pack_file = tmp_path / "tf.yaml"
    pack_file.write_text("format: quizapp/1\nid: tf\ntitle: TF\nquestions:\n  - id: q\n"
                         "    type: true_false\n    prompt: The sun rises in the east.\n"
                         "    answer: true\n", encoding="utf-8")
    with qtbot.waitSignal(window.quiz_started, timeout=10000):
        window.open_pack_file(pack_file, start=True)
    qtbot.keyClick(window.quiz, Qt.Key.Key_1)
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
    feedback = window.quiz.feedback
    assert feedback.verdict.text() == "✔  Correct"
    assert feedback.explanation_title.isHidden() and feedback.explanation.isHidden()
