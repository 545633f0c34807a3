"""The home screen lists big packs by their summaries and loads a whole pack only when a screen
opens it; leaving it lets the pack go, and a changed file is read again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

import quizapp.packs.library as library
from quizapp.core.models import Pack
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.application import make_application
from quizapp.ui.main_window import AppContext, MainWindow

Opened = tuple[MainWindow, list[Path]]


@pytest.fixture
def summary_window(qtbot: QtBot, tmp_path: Path, packs_dir: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    """The app on the mini pack treated as big (held as a summary), with a spy on the shelf's
    loader: the paths of the whole packs it loaded."""
    monkeypatch.setattr(library, "KEEP_WHOLE_QUESTIONS", 0)
    make_application(["quizapp-test"])
    data = tmp_path / "data"
    data.mkdir()
    history = HistoryStore(open_database(data / "quizapp.sqlite3"))
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(history=history, settings=settings, bundled_dir=packs_dir,
                                   pack_cache=tmp_path / "cache"))
    loads: list[Path] = []
    real = window.shelf.load

    def spy(path: Path) -> Pack | None:
        loads.append(path)
        return real(path)

    window.shelf.load = spy
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.show()
    yield window, loads
    window.runner.wait()
    history.db.close()


def test_the_home_screen_lists_a_big_pack_without_loading_it(summary_window: Opened) -> None:
    window, loads = summary_window
    row = window.home.current_row()
    assert row is not None and row.pack is None and row.summary is not None
    assert window.home.model.data(window.home.model.index(0, 0)) == "The Little Atlas"
    assert window.home.model.data(window.home.model.index(0, 1)) == row.summary.question_count > 0
    assert window.home.start_button.isEnabled() and window.home.source_button.isEnabled()
    assert "Example Press" in window.home.attribution.text()
    assert str(row.summary.question_count) in window.home.plan_label.text()
    assert loads == []


def test_starting_loads_the_pack_and_going_home_lets_it_go(summary_window: Opened,
                                                          qtbot: QtBot) -> None:
    window, loads = summary_window
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz)  # loaded in a worker
    run = window.quiz.run
    assert run is not None and run.pack.title == "The Little Atlas" and run.pack.questions
    assert [path.name for path in loads] == ["pack.yaml"]
    assert window.shelf.open
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.go_home()
    assert window.shelf.open == {}
    assert window.home.current_row().pack is None  # type: ignore[union-attr]


def test_a_changed_pack_is_read_again(summary_window: Opened, packs_dir: Path,
                                      qtbot: QtBot) -> None:
    window, loads = summary_window
    pack_file = packs_dir / "mini" / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "title: The Little Atlas\nversion", "title: The Bigger Atlas\nversion"), encoding="utf-8")
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.go_home()
    assert window.home.model.data(window.home.model.index(0, 0)) == "The Bigger Atlas"
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.quiz.run is not None)
    assert window.quiz.run is not None and window.quiz.run.pack.title == "The Bigger Atlas"
    assert len(loads) == 1


def test_the_statistics_screen_gets_whole_packs(summary_window: Opened, qtbot: QtBot) -> None:
    window, loads = summary_window
    qtbot.mouseClick(window.home.stats_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.statistics)
    assert window.statistics.pack_box.currentText() == "The Little Atlas"
    current = window.statistics.current_pack()
    assert current is not None and current.questions
    assert len(loads) == 1  # loaded once, for the statistics and the chosen pack alike


def test_a_pack_gone_since_it_was_listed_is_not_started(summary_window: Opened,
                                                        packs_dir: Path, qtbot: QtBot) -> None:
    window, loads = summary_window
    (packs_dir / "mini" / "pack.yaml").write_text("format: quizapp/1\nid: [broken\n",
                                                   encoding="utf-8")
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    assert len(loads) == 1 and window.stack.currentWidget() is window.home
    row = window.home.current_row()
    assert row is not None and row.error and not window.home.start_button.isEnabled()
