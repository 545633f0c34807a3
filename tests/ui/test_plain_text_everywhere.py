"""A pack full of HTML: every screen shows the tags as text and no widget opens a file.

Every text of the pack (title, prompts, choices, feedback, explanations, pairs, items, section
titles, the source's passages) and the learner's name carry ``<b>`` and an ``<img>`` pointing at
a real image in a watched folder. The test walks every screen as a learner would (home, a broken
pack, the quiz answered wrong for every type, the source, results, statistics with charts,
flags, the custom quiz, the resume offer, About) and then checks two things: inotify saw no open
of the image, and every label, text view, tooltip and message box that holds the text shows
``<img`` literally.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.selection import StudyMode
from quizapp.ui.answer_inputs import ChoiceAnswer, MatchingAnswer, OrderingAnswer, TextAnswer
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from quizapp.ui.flags_dialog import FlagsDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pack_problems_dialog import PackProblemsDialog
from tests.conftest import FIXTURES
from tests.file_spy import FileSpy
from tests.ui.conftest import WindowFactory

TEXT_KEYS = {"title", "prompt", "text", "feedback", "explanation", "left", "right", "correct",
             "incorrect", "description"}


def tagged(text: str, tag: str) -> str:
    return f"{text} {tag}"


def add_tags(data: object, tag: str, key: str = "") -> object:
    if isinstance(data, dict):
        return {k: add_tags(v, tag, k) if k != "text" or key != "source" else v
                for k, v in data.items()}
    if isinstance(data, list):
        return [add_tags(v, tag, key) for v in data]
    if isinstance(data, str) and (key in TEXT_KEYS or key == "items"):
        return tagged(data, tag)
    return data


@pytest.fixture
def spy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "watched"
    folder.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(folder / "spy.png"))
    return folder


@pytest.fixture
def html_packs(packs_dir: Path, spy_folder: Path) -> str:
    """Turns the mini pack (the window's bundled pack) into one full of markup; returns the tag."""
    tag = f"<b>B</b><img src='file://{spy_folder / 'spy.png'}'>"
    pack_file = packs_dir / "mini" / "pack.yaml"
    data = yaml.safe_load(pack_file.read_text(encoding="utf-8"))
    pack_file.write_text(yaml.safe_dump(add_tags(data, tag), allow_unicode=True), encoding="utf-8")
    source = packs_dir / "mini" / "source.md"
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if "{#" in line:
            text, marker = line.rsplit("{#", 1)
            line = f"{text.rstrip()} {tag} {{#{marker}"
        lines.append(line)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    broken = packs_dir / "broken"
    broken.mkdir()
    shutil.copy(FIXTURES / "mini" / "source.md", broken / "source.md")
    (broken / "pack.yaml").write_text(
        "format: quizapp/1\nid: broken\ntitle: Broken\nquestions:\n"
        f"  - {{id: q, type: \"{tag}\", prompt: '?', explanation: '!'}}\n", encoding="utf-8")
    return tag


def answer_wrong(qtbot: QtBot, window: MainWindow) -> None:
    quiz = window.quiz
    question = quiz.view.question  # type: ignore[union-attr]
    if isinstance(quiz.input, ChoiceAnswer):
        if question.type.value == "true_false":
            quiz.input.pick(2 if question.truth else 1)
        else:
            shown = quiz.input.order
            quiz.input.pick(next(n for n, original in enumerate(shown, start=1)
                                 if not question.choices[original].correct))
    elif isinstance(quiz.input, TextAnswer):
        qtbot.keyClicks(quiz.input.edit, "0")
    elif isinstance(quiz.input, OrderingAnswer):
        if quiz.input.current_order() == tuple(range(len(question.items))):
            quiz.input.list.setCurrentIndex(quiz.input.model.index(1, 0))
            quiz.input.move_current(-1)
    elif isinstance(quiz.input, MatchingAnswer):
        count = len(quiz.input.combos)
        for row in range(count):
            quiz.input.choose(row, (row + 1) % count)
    quiz.activate()


def displayed(text: str, text_format: Qt.TextFormat) -> str:
    """What Qt shows for ``text`` in a widget of that format (AutoText is Qt's guess)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def holding_pack_text(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, shown text) of every label and text view under ``root`` that holds pack text."""
    for label in root.findChildren(QLabel):
        if "spy.png" in label.text() or "B</b>" in label.text():
            yield f"label {label.objectName() or label.text()[:30]}", displayed(
                label.text(), label.textFormat())
    for view in root.findChildren(QTextEdit):
        if "spy.png" in view.toPlainText() or "spy.png" in view.toHtml():
            yield f"text view {view.objectName()}", view.toPlainText()


def test_a_pack_full_of_html_shows_tags_as_text_and_opens_no_file(
        open_window: WindowFactory, qtbot: QtBot, html_packs: str, spy_folder: Path,
        monkeypatch: pytest.MonkeyPatch, no_blocking_dialogs: list[str]) -> None:
    tag = html_packs
    seen: list[tuple[str, str]] = []
    tooltips: list[str] = []

    def look(root: QWidget) -> None:
        seen.extend(holding_pack_text(root))

    with FileSpy(spy_folder) as spy:
        window = open_window()
        window.resize(1100, 800)
        window.switch_profile(tagged("Ann", tag))
        qtbot.waitUntil(lambda: len(window.home.model.rows) == 2, timeout=10000)
        model = window.home.model
        for number in range(len(model.rows)):
            tooltips.append(model.data(model.index(number, 0), Qt.ItemDataRole.ToolTipRole))
            window.home.table.selectRow(number)
            window.home.table.setCurrentIndex(window.home.proxy.mapFromSource(
                model.index(number, 0)))
            window.grab()
            look(window)
        good = next(row for row in model.rows if row.pack is not None)
        broken = next(row for row in model.rows if row.pack is None)
        assert "unknown question type" in (broken.error or "")

        window.open_pack_file(Path(broken.path))  # the error box
        qtbot.waitUntil(lambda: window.findChild(PackProblemsDialog) is not None, timeout=5000)
        problems = window.findChild(PackProblemsDialog)
        assert problems is not None
        problems.grab()
        look(problems)
        problems.close()

        window.start_mode(good.pack, StudyMode.PRACTICE)
        while window.stack.currentWidget() is window.quiz:
            window.grab()
            look(window)
            answer_wrong(qtbot, window)
            window.grab()
            look(window)
            viewer = window.show_source(window.quiz.run.pack,  # type: ignore[union-attr]
                                        window.quiz.result.citations[0])  # type: ignore[union-attr]
            assert viewer is not None
            viewer.grab()
            look(viewer)
            viewer.close()
            window.quiz.activate()
        window.grab()
        look(window)  # results

        window.go_home()
        window.show_statistics()
        for index in range(window.statistics.pack_box.count()):
            window.statistics.pack_box.setCurrentIndex(index)
            window.grab()
        look(window)
        weak = window.statistics.weak_model
        tooltips.extend(weak.data(weak.index(n, 0), Qt.ItemDataRole.ToolTipRole)
                        for n in range(weak.rowCount()))

        assert good.pack is not None
        window.history.flag_question(window.profile.id, good.pack.id,
                                     good.pack.questions[0].id, tagged("Wrong", tag))
        flags = FlagsDialog(good.pack, window.history.flags(good.pack.id), window)
        flags.grab()
        look(flags)
        tooltips.append(flags.model.data(flags.model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
        custom = CustomQuizDialog(good.pack, window)
        custom.grab()
        look(custom)

        answered: list[str] = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args, **kwargs: answered.append(str(args[2]))
                            or QMessageBox.StandardButton.No)
        window.go_home()
        window.start_mode(good.pack, StudyMode.PRACTICE)
        answer_wrong(qtbot, window)
        window.go_home()
        window.resume_checked = False
        window.offer_resume()  # the resume question names the pack
        window.home.table.setCurrentIndex(window.home.proxy.mapFromSource(
            model.index(next(n for n, r in enumerate(model.rows) if r.pack), 0)))
        about = window.show_about()
        about.grab()
        look(about)
        about.close()
        QApplication.processEvents()
        opened = spy.collect()

    assert "spy.png" not in opened, "a widget rendered pack text as HTML and loaded the image"
    assert len(answered) == 1 and all(QtGui.Qt.mightBeRichText(t) for t in answered)
    for text in answered + [t for t in tooltips if t]:
        if "spy.png" in text:
            assert "<img src=" in displayed(text, Qt.TextFormat.AutoText), text
    assert len(seen) > 30
    bad = [what for what, shown in seen if "spy.png" in shown and "<img src=" not in shown]
    assert bad == []
    hidden = [what for what, shown in seen if "spy.png" not in shown and "B</b>" not in shown]
    assert not hidden, f"pack text with its tags removed (rendered as HTML): {hidden}"
