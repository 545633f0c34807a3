"""The shipped translations: complete, faithful to their placeholders, current, and in use.

Every message of ``assets/translations/quizapp_{de,uk}.ts`` is translated with the plural forms
its language needs (German two, Ukrainian three: one, few, many), keeps the source's
placeholders, keyboard accelerator and outer spaces; the ``.ts`` files hold every text of the
code and the ``.qm`` files are compiled from them (``tools/update_translations.py --check``).
Then the app is switched to German and Ukrainian and looked at: menus with distinct
accelerators, the home screen's buttons, and "1 Sitzung" / "2 Sitzungen" on the statistics.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.classroom import class_report_export, item_analysis, slides
from quizapp.core.models import QuestionType
from quizapp.core.selection import StudyMode
from quizapp.credits import COMPONENTS
from quizapp.ui.core_texts import CONTEXT
from quizapp.ui.languages import LANGUAGE_KEY, install_translation, translations_dir
from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, key_for_correct_choice
from tools.update_translations import LANGUAGES, PLURAL_FORMS, PLURAL_ONLY, ROOT, stale, ts_path

PLACEHOLDER = re.compile(r"%\d")
ACCELERATOR = re.compile(r"&(?!&)(\w)")


def messages(language: str) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES + PLURAL_ONLY)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    count = 0
    for context, message in messages(language):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete"):
            problems.append(f"{where} is not translated")
            continue
        texts = forms(message)
        if message.get("numerus") == "yes" and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{where} has {len(texts)} plural forms, not "
                            f"{PLURAL_FORMS[language]}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} is empty")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if ("%n" in source) != ("%n" in text):
                problems.append(f"{where}: %n differs in {text!r}")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
                problems.append(f"{where}: keyboard accelerator differs in {text!r}")
            for edge in (str.startswith, str.endswith):
                if edge(source, " ") != edge(text, " "):
                    problems.append(f"{where}: outer spaces differ in {text!r}")
    assert not problems, "\n".join(problems)
    assert count > (40 if language in PLURAL_ONLY else 900)


def test_the_translations_hold_every_text_of_the_code_and_the_qm_files_are_current() -> None:
    assert stale() == [], "run tools/update_translations.py (docs/translations.md)"


TEXT_CALLS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
              "setAccessibleDescription", "showMessage", "addItem", "addAction", "addMenu",
              "addRow", "addTab", "setTitle", "setInformativeText", "setStatusTip", "setSuffix",
              "setPrefix", "setSpecialValueText", "setLabelText", "addButton", "setTabText",
              "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QMenu",
              "QRadioButton", "QToolButton", "information", "warning", "critical", "question",
              "getText", "getOpenFileName", "getSaveFileName", "getMultiLineText", "getItem",
              "setWhatsThis"}
"""Calls that put text on screen."""


def literal_words(node: ast.expr) -> str:
    """The words a literal argument (string, f-string, sum of them) writes, without markup."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(value.value for value in node.values
                       if isinstance(value, ast.Constant) and isinstance(value.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        text = literal_words(node.left) + " " + literal_words(node.right)
    else:
        return ""
    text = re.sub(r"<[^>]*>", " ", text).replace("quizapp", " ")
    return " ".join(re.findall(r"[A-Za-z]{2,}", text))


def test_no_widget_is_given_literal_words() -> None:
    """A static complement to the pseudo-translated walk, for dialogs it does not open: no text
    call of quizapp/ui gets English words written out instead of a translation."""
    found = []
    for path in sorted((ROOT / "quizapp" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            if name in TEXT_CALLS:
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {words}"
                          for words in map(literal_words, node.args) if words]
    assert found == []


def test_english_texts_of_the_qt_free_code_are_listed_for_translation() -> None:
    """Labels the core and the classroom code write in English reach the .ts through the
    catalogues in quizapp/ui (core_texts.py, classroom/report_texts.py)."""
    shipped = {(context, message.findtext("source")) for context, message in messages("de")}
    core = ([kind.label for kind in QuestionType] + [mode.label for mode in StudyMode]
            + [component.used_for for component in COMPONENTS] + ["True", "False"]
            + list(slides._INSTRUCTIONS.values()))
    report = (list(class_report_export.LEARNER_HEADERS) + list(class_report_export.QUESTION_HEADERS)
              + list(class_report_export.SECTION_HEADERS)
              + list(class_report_export.EXCLUDED_HEADERS)
              + list(class_report_export.HEADER_TIPS.values()) + list(class_report_export.LEGEND)
              + [flag.value for flag in item_analysis.FLAG_REASONS]
              + list(item_analysis.FLAG_REASONS.values())
              + [item_analysis.HELD_BACK_REASON, item_analysis.TOO_FEW_TO_JUDGE])
    missing = [(CONTEXT, text) for text in core if (CONTEXT, text) not in shipped]
    missing += [("ClassReport", text) for text in report if ("ClassReport", text) not in shipped]
    assert missing == []


def switch_language(language: str, settings: QSettings) -> list[object]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings.setValue(LANGUAGE_KEY, language)
    return list(install_translation(app, settings))


def remove_translators(translators: list[object]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in translators:
        app.removeTranslator(translator)  # type: ignore[arg-type]


def accelerators_by_menu(window: QMainWindow) -> dict[str, list[str]]:
    """Each menu (and the menu bar) with the accelerator letters its entries use."""
    found: dict[str, list[str]] = {}

    def walk(title: str, actions: list[QAction]) -> None:
        letters = []
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            letters += [letter.casefold() for letter in ACCELERATOR.findall(action.text())]
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(action.text(), menu.actions())
        found[title] = letters
    walk("menu bar", window.menuBar().actions())
    return found


def clashes(window: QMainWindow) -> dict[str, list[str]]:
    return {title: letters for title, letters in accelerators_by_menu(window).items()
            if len(letters) != len(set(letters))}


def dialog_accelerators(dialog: QWidget) -> list[str]:
    """The accelerator letters of a dialog's labels (with a buddy) and buttons."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    return [letter.casefold() for text in texts for letter in ACCELERATOR.findall(text)]


def play_one_question(qtbot: QtBot, window: MainWindow) -> None:
    window.home.mode_box.setCurrentIndex(0)
    window.start_quiz(window.home.model.rows[0].pack)
    view = window.quiz.view
    assert view is not None
    qtbot.keyClick(window.quiz, key_for_correct_choice(view))
    window.quiz.activate()
    window.go_home()


@pytest.mark.parametrize("language", ["de", "uk"])
def test_menus_keep_distinct_accelerators(open_window: WindowFactory, language: str,
                                          data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    translators = switch_language(language, settings)
    try:
        window = open_window()
        assert clashes(window) == {}
        letters = dialog_accelerators(window.view.show_settings())
        assert len(letters) == len(set(letters)), " ".join(letters)
        editor = window.editors.open_editor(Path(window.home.model.rows[0].path))
        assert isinstance(editor, QMainWindow) and clashes(editor) == {}
        editor.close()
    finally:
        remove_translators(translators)


def test_the_app_in_german(open_window: WindowFactory, qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    translators = switch_language("de", settings)
    try:
        window = open_window()
        qtbot.waitUntil(lambda: bool(window.home.model.rows), timeout=10000)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:3] == ["&Datei", "&Lernende", "&Ansicht"] and "&Hilfe" in menus
        buttons = {button.text() for button in window.home.findChildren(QPushButton)}
        assert {"Paket öffnen…", "Quelle lesen", "Statistik", "Markierte Fragen"} <= buttons
        assert window.home.start_button.text().startswith("Starten")
        assert window.home.mode_box.itemText(0) == "Üben — alle 7 Fragen"
        assert window.home.status.text() == "1 Paket bereit."

        play_one_question(qtbot, window)
        window.show_statistics()
        assert window.statistics.overview.text().startswith("1 Antwort in 1 Sitzung  ·  ")
        window.go_home()
        play_one_question(qtbot, window)
        window.show_statistics()
        assert window.statistics.overview.text().startswith("2 Antworten in 2 Sitzungen  ·  ")
        assert window.statistics.title.text().startswith("Statistik — ")
    finally:
        remove_translators(translators)


def test_ukrainian_counts_take_its_three_plural_forms(qapp: QApplication,
                                                      tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    translators = switch_language("uk", settings)
    try:
        sessions = {n: QCoreApplication.translate("StatisticsScreen", "in %n session(s)", "", n)
                    for n in (1, 2, 5, 21, 22, 11)}
        assert sessions == {1: "за 1 сесію", 2: "за 2 сесії", 5: "за 5 сесій",
                            21: "за 21 сесію", 22: "за 22 сесії", 11: "за 11 сесій"}
    finally:
        remove_translators(translators)


def test_the_shipped_translations_are_the_ones_offered() -> None:
    shipped = sorted(path.stem for path in translations_dir().glob("quizapp_*.qm"))
    assert shipped == ["quizapp_de", "quizapp_en", "quizapp_uk"]
