"""View → Settings…: language, quiz defaults, the data folder, the backups hook; the window's
geometry remembered per screen."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.ui.languages import (
    LANGUAGE_KEY,
    available_languages,
    chosen_language,
    install_translation,
    language_to_load,
)
from quizapp.ui.quiz_preferences import FEEDBACK_KEY, SHUFFLE_KEY, FeedbackTiming
from quizapp.ui.settings_dialog import SettingsDialog
from quizapp.ui.window_geometry import GEOMETRY_GROUP, LAST_SCREEN_KEY, screen_key
from tests.ui.conftest import WindowFactory


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not isinstance(w.parentWidget(), (QComboBox,)) and w.objectName() != (
                "qt_spinbox_lineedit")]


def test_every_control_has_an_accessible_name(open_window: WindowFactory) -> None:
    window = open_window()
    dialog = window.view.show_settings()
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in focusable(dialog)
               if not w.accessibleName()]
    assert not unnamed
    assert dialog.focusWidget() is dialog.theme_box  # the first control
    dialog.close()


def test_the_data_folder_is_shown_and_opened(open_window: WindowFactory,
                                             data_dir: Path, qtbot: QtBot) -> None:
    window = open_window()
    opened: list[QUrl] = []
    dialog = SettingsDialog(window.view.appearance, window.context.settings, data_dir,
                            parent=window, open_url=lambda url: opened.append(url) or True)
    qtbot.addWidget(dialog)
    folder = dialog.findChild(QLabel, "dataFolder")
    assert isinstance(folder, QLabel) and folder.text() == str(data_dir)
    assert window.view.show_settings().data_folder == data_dir  # the window's own folder
    button = dialog.findChild(QPushButton, "openDataFolder")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(data_dir))]


def test_the_backups_section_restores_through_the_windows_action(open_window: WindowFactory,
                                                                 qtbot: QtBot) -> None:
    window = open_window()
    action = window.findChild(QAction, "restoreFromBackup")  # File → Restore from backup…
    assert isinstance(action, QAction)
    restores: list[bool] = []
    action.triggered.disconnect()
    action.triggered.connect(lambda: restores.append(True))
    dialog = window.view.show_settings()
    button = dialog.findChild(QPushButton, "restoreBackupButton")
    assert isinstance(button, QPushButton) and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert restores == [True]


def test_quiz_defaults_are_saved_and_used(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    dialog = window.view.show_settings()
    shuffle = dialog.findChild(QCheckBox, "shuffleBox")
    feedback = dialog.findChild(QComboBox, "feedbackBox")
    assert isinstance(shuffle, QCheckBox) and isinstance(feedback, QComboBox)
    assert shuffle.isChecked() and feedback.currentData() == FeedbackTiming.EACH_ANSWER.value
    shuffle.setChecked(False)
    feedback.setCurrentIndex(feedback.findData(FeedbackTiming.END.value))
    assert window.context.settings.value(SHUFFLE_KEY) == "false"
    assert window.context.settings.value(FEEDBACK_KEY) == "end"
    dialog.close()

    pack = window.loaded_packs()[0]  # the mini pack does not say whether to shuffle
    window.start_quiz(pack)
    quiz = window.quiz
    assert quiz.run is not None and not quiz.score.isVisibleTo(window)
    for question in quiz.run.session.questions:
        view = quiz.run.session.views_of(question.id)
        if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            assert view.choice_order == tuple(range(len(question.choices)))
    first = quiz.view
    assert first is not None and first.question.type is QuestionType.SINGLE
    wrong = next(i for i, c in enumerate(first.question.choices) if not c.correct)
    quiz.input.pick(wrong + 1)  # type: ignore[union-attr]
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.view is not None and quiz.view.number == 2  # on at once, no verdict shown
    assert not quiz.feedback.isVisibleTo(window)
    assert quiz.run.session.answered == 1 and window.history.seen_question_ids(
        window.profile.id, pack.id) == {first.question.id}  # saved all the same


def test_languages_are_the_translations_shipped(tmp_path: Path) -> None:
    for code in ("uk", "de"):
        (tmp_path / f"quizapp_{code}.qm").write_bytes(b"")
    (tmp_path / "quizapp_de.ts").write_text("<TS/>", encoding="utf-8")
    names = [(language.code, language.name) for language in available_languages(tmp_path)]
    assert names == [("en", "English"), ("de", "Deutsch"), ("uk", "українська")]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "uk")
    assert language_to_load(settings, tmp_path) == "uk"
    settings.setValue(LANGUAGE_KEY, "fr")  # no longer shipped: English
    assert language_to_load(settings, tmp_path) == "en"


def test_the_chosen_language_survives_a_restart(tmp_path: Path) -> None:
    """Read back from the file by a new QSettings, as the next start does: under the key
    "general/language" Qt wrote the group as [%General] and read it back as "General", so the
    choice was lost and the app came up in the system's language."""
    file = str(tmp_path / "settings.ini")
    chosen = QSettings(file, QSettings.Format.IniFormat)
    chosen.setValue(LANGUAGE_KEY, "de")
    chosen.sync()
    # another process, as Qt keeps each file's settings cached for the life of this one
    read_back = subprocess.run(
        [sys.executable, "-c", "import sys; from PySide6.QtCore import QSettings; "
         "from quizapp.ui.languages import chosen_language; print(chosen_language("
         "QSettings(sys.argv[1], QSettings.Format.IniFormat)))", file],
        capture_output=True, text=True, check=True, timeout=60)
    assert read_back.stdout.strip() == "de"
    assert chosen_language(chosen) == "de"


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Path]:
    """A real compiled translation of one string, made with pyside6-lrelease."""
    source = tmp_path / "quizapp_de.ts"
    source.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de">
<context><name>SettingsDialog</name>
<message><source>Settings</source><translation>Einstellungen</translation></message>
</context></TS>
""", encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([lrelease, str(source), "-qm", str(tmp_path / "quizapp_de.qm")], check=True,
                   capture_output=True)
    yield tmp_path


def test_the_chosen_language_is_loaded_at_start(open_window: WindowFactory,
                                                german: Path) -> None:
    window = open_window()
    settings = window.context.settings
    settings.setValue(LANGUAGE_KEY, "de")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translation(app, settings, german)
    try:
        assert translators
        dialog = SettingsDialog(window.view.appearance, settings, german, parent=window,
                                languages=available_languages(german))
        assert dialog.windowTitle() == "Einstellungen"
        languages = dialog.findChild(QComboBox, "languageBox")
        assert isinstance(languages, QComboBox)
        assert languages.currentData() == "de"
        dialog.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    settings.setValue(LANGUAGE_KEY, "en")
    assert install_translation(app, settings, german) == []


def test_window_geometry_is_remembered_per_screen(open_window: WindowFactory) -> None:
    window = open_window()
    window.setGeometry(40, 50, 700, 560)
    window.close()
    settings = window.context.settings
    key = screen_key(window.screen())
    assert settings.value(LAST_SCREEN_KEY) == key
    assert key.endswith(f"{window.screen().size().width()}x{window.screen().size().height()}")
    saved = settings.value(f"{GEOMETRY_GROUP}/{key}")
    assert isinstance(saved, QByteArray) and not saved.isEmpty()
    again = open_window()  # the next start, on the same screen
    assert (again.width(), again.height()) == (700, 560)
    assert abs(again.x() - 40) <= 4 and abs(again.y() - 50) <= 4  # within the frame's width
    again.showMaximized()
    again.close()
    third = open_window()
    assert third.isMaximized()
    settings.setValue(LAST_SCREEN_KEY, "a projector that is gone 1024x768")
    settings.remove(f"{GEOMETRY_GROUP}/{key}")
    fourth = open_window()  # nothing saved for this screen: a size that fits it
    room = fourth.screen().availableGeometry()
    assert fourth.width() <= room.width() and fourth.height() <= room.height()


def test_settings_open_at_the_top_with_the_first_heading_in_view(open_window: WindowFactory,
                                                                  qtbot: QtBot) -> None:
    """At 200 % text the focused theme box was scrolled into view and its "Appearance" heading
    above it cut off."""
    window = open_window()
    for _ in range(5):
        window.view.larger.trigger()
    try:
        dialog = window.view.show_settings()
        dialog.resize(dialog.width(), dialog.fontMetrics().height() * 12)
        qtbot.wait(50)
        dialog.close_button.setFocus()  # focus elsewhere, the page scrolled down…
        page = dialog.findChild(QScrollArea)
        assert isinstance(page, QScrollArea)
        page.verticalScrollBar().setValue(page.verticalScrollBar().maximum() // 2)
        dialog.theme_box.setFocus()  # …then back on the first control, as on opening
        qtbot.wait(50)
        heading = next(label for label in dialog.findChildren(QLabel, "settingsSection"))
        assert heading.text() == "Appearance"
        assert heading.visibleRegion().boundingRect().height() == heading.height()
        assert dialog.theme_box.visibleRegion().boundingRect().height() > 0
        dialog.close()
    finally:
        window.view.normal.trigger()
