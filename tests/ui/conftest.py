from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.core.engine import QuestionView
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.application import make_application
from quizapp.ui.languages import translations_dir
from quizapp.ui.main_window import LATER_SCREENS, AppContext, MainWindow
from quizapp.ui.quiz_preferences import QUESTION_ORDER_KEY
from tests.conftest import FIXTURES

# The app imports the statistics screen and the exports in a worker (Qt Charts froze the window
# when imported on the UI thread), and opens statistics when that is done. Imported here, the
# tests open it at once, as they always did; the background path is tested in a fresh process
# (tests/ui/test_startup_work.py).
for _screen in LATER_SCREENS:
    importlib.import_module(_screen)

WindowFactory = Callable[[], MainWindow]


def key_for_choice(view: QuestionView, choice: int) -> Qt.Key:
    """The key (1–9) that picks the pack's choice number ``choice`` (0-based) as shown now."""
    return Qt.Key(Qt.Key.Key_1 + view.choice_order.index(choice))


def key_for_correct_choice(view: QuestionView) -> Qt.Key:
    correct = next(i for i, c in enumerate(view.question.choices) if c.correct)
    return key_for_choice(view, correct)


@pytest.fixture(autouse=True)
def english_counts(qapp: QApplication) -> Iterator[None]:
    """English as the app loads it: the shipped quizapp_en.qm gives counts their singular and
    plural ("1 learner", "2 learners")."""
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "quizapp_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch,
                        request: pytest.FixtureRequest) -> list[str]:
    """Modal message boxes would block an offscreen test forever: answer them, and record them.

    Questions get "No" unless a test patches them again with the answer it wants.
    """
    shown: list[str] = []

    def record(answer: object):  # type: ignore[no-untyped-def]
        def box(*args: object, **kwargs: object) -> object:
            shown.append(" / ".join(str(a) for a in args[1:3]))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.No))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, record(QMessageBox.StandardButton.Ok))

    def unanswered_box(box: QMessageBox) -> int:
        """A message box built by hand and shown with exec(): closed at once with no button
        clicked (what Esc does), so a test that forgot to answer it fails instead of hanging."""
        shown.append(f"{box.windowTitle()} / {box.text()}")
        return int(QMessageBox.StandardButton.Cancel.value)

    if request.node.get_closest_marker("real_message_boxes") is None:
        monkeypatch.setattr(QMessageBox, "exec", unanswered_box)
    return shown


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def packs_dir(tmp_path: Path) -> Path:
    target = tmp_path / "packs"
    shutil.copytree(FIXTURES / "mini", target / "mini")
    return target


def show_window(qtbot: QtBot, history: HistoryStore, settings_folder: Path,
                packs_dir: Path) -> MainWindow:
    """A main window on ``history`` with the packs of ``packs_dir``, shown once they are loaded."""
    settings = QSettings(str(settings_folder / "settings.ini"), QSettings.Format.IniFormat)
    if settings.value(QUESTION_ORDER_KEY) is None:
        # the walks through the mini pack follow its order; tests/ui/test_practice_order.py
        # plays the default, shuffled order
        settings.setValue(QUESTION_ORDER_KEY, "false")
    context = AppContext(history=history, settings=settings, bundled_dir=packs_dir)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.show()
    return window


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path, packs_dir: Path) -> Iterator[WindowFactory]:
    """Opens the main window the way the app does, on a throwaway data folder."""
    make_application(["quizapp-test"])
    opened: list[MainWindow] = []

    def factory() -> MainWindow:
        data_dir.mkdir(parents=True, exist_ok=True)
        window = show_window(qtbot, HistoryStore(open_database(data_dir / "quizapp.sqlite3")),
                             data_dir, packs_dir)
        opened.append(window)
        return window

    yield factory
    for window in opened:
        window.runner.wait()
        window.history.db.close()
