"""Start-up does only what the home screen shows: the features a learner has not opened yet are
not imported, and each pack is read once (and not again on coming back home unchanged).

The imports are checked in a fresh interpreter, since this test process has imported
everything already.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import quizapp.packs.yaml_reader as yaml_reader
from quizapp.ui.application import make_application, open_context
from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

REPO = Path(__file__).resolve().parents[2]

NOT_AT_START = (
    # charts, PDF and printing, scheduling, packaging of decks, the live server
    "PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtHttpServer", "PySide6.QtWebSockets",
    "fsrs", "genanki",
    "quizapp.classroom", "quizapp.interop", "quizapp.live.host", "quizapp.live.journal",
    "quizapp.ui.statistics_screen", "quizapp.ui.statistics_charts", "quizapp.ui.progress_report",
    "quizapp.ui.exports", "quizapp.ui.about_dialog", "quizapp.ui.custom_quiz_dialog",
    "quizapp.ui.flags_dialog", "quizapp.ui.results_screen", "quizapp.ui.editor.editor_window",
    "quizapp.ui.editor.broken_pack",
    "quizapp.ui.classroom.projector_mode", "quizapp.ui.classroom.exam_screen",
    "quizapp.ui.classroom.class_report_window", "quizapp.ui.classroom.worksheet_dialog",
    "quizapp.ui.live.teacher_window", "quizapp.ui.live.setup_dialog",
)

START_TO_HOME = """
import json, sys
from pathlib import Path
from quizapp.ui.application import launch_window, make_application, open_context
app = make_application(["quizapp"])
window = launch_window(open_context(Path(sys.argv[1])))
at_home = []  # what is imported when the home screen is ready (later, more is prefetched)
window.packs_refreshed.connect(lambda: at_home.append(sorted(sys.modules)))
window.runner.wait()
app.processEvents()
assert window.home.model.rowCount() >= 1, "the bundled pack is listed"
print(json.dumps(at_home[0]))
"""


def _modules_at_home(data_dir: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", START_TO_HOME, str(data_dir)], env=env,
                         capture_output=True, text=True, check=True, cwd=REPO, timeout=120)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_starting_to_the_home_screen_imports_no_feature_not_yet_used(tmp_path: Path) -> None:
    loaded = _modules_at_home(tmp_path)
    early = sorted(m for m in loaded
                   if any(m == name or m.startswith(name + ".") for name in NOT_AT_START))
    assert early == []
    assert "quizapp.ui.home_screen" in loaded and "quizapp.ui.quiz_screen" in loaded


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The pack files parsed (in whichever thread)."""
    parsed: list[str] = []
    real = yaml_reader.read_yaml_text

    def counting(text: str, file: str, cancelled=None):  # type: ignore[no-untyped-def]
        parsed.append(Path(file).name)
        return real(text, file, cancelled)

    monkeypatch.setattr(yaml_reader, "read_yaml_text", counting)
    return parsed


def _titles(window: MainWindow) -> list[str]:
    model = window.home.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def test_each_pack_is_read_once_and_not_again_on_coming_home_unchanged(
        qtbot: QtBot, open_window: WindowFactory, packs_dir: Path, reads: list[str]) -> None:
    window = open_window()
    assert reads == ["pack.yaml"]
    row = window.home.current_row()
    assert row is not None
    window.start_quiz(row.pack)
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.go_home()
    assert reads == ["pack.yaml"]
    assert len(_titles(window)) == 1

    pack_file = packs_dir / "mini" / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    pack_file.write_text(text.replace(title_line, "title: Changed since"), encoding="utf-8")
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.go_home()
    assert reads == ["pack.yaml", "pack.yaml"]
    assert _titles(window) == ["Changed since"]


def test_a_changed_source_text_is_read_again_on_coming_home(
        qtbot: QtBot, open_window: WindowFactory, packs_dir: Path, reads: list[str]) -> None:
    window = open_window()
    source = packs_dir / "mini" / "source.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new paragraph. {#new-one}\n",
                      encoding="utf-8")
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.go_home()
    assert len(reads) == 2
    row = window.home.current_row()
    assert row is not None and row.pack is not None and row.pack.document is not None
    assert row.pack.document.passage("new-one") is not None


def test_the_app_keeps_validated_packs_in_its_cache_folder_between_starts(
        qtbot: QtBot, tmp_path: Path, packs_dir: Path, reads: list[str]) -> None:
    make_application(["quizapp-test"])
    for start in range(2):
        data = tmp_path / f"data{start}"
        data.mkdir()
        context = open_context(data, cache_directory=tmp_path / "cache")
        context.bundled_dir = packs_dir
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
            window.show()
        assert _titles(window) and window.home.current_row() is not None
        window.runner.wait()
        window.history.db.close()
    assert reads == ["pack.yaml"]  # the second start read it from the cache
    assert list((tmp_path / "cache" / "packs").glob("*.pack"))


def test_the_list_fills_in_as_packs_are_read_with_a_count(
        qtbot: QtBot, open_window: WindowFactory, packs_dir: Path) -> None:
    shutil.copytree(packs_dir / "mini", packs_dir / "mini-copy")
    copy = packs_dir / "mini-copy" / "pack.yaml"
    copy.write_text(copy.read_text(encoding="utf-8").replace("id: mini-atlas", "id: copy", 1),
                    encoding="utf-8")
    statuses: list[tuple[int, str]] = []  # rows shown, and the status line until then
    window = open_window()
    window.home.model.modelReset.connect(
        lambda: statuses.append((window.home.model.rowCount(), window.home.status.text())))
    window.known_packs = {}  # as on a first start: every pack is read
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.refresh_packs()
    assert [rows for rows, _ in statuses] == [1, 2, 2]  # one pack, then both, then the end
    assert statuses[1][1] == "Loading packs… 1 read, 1 to go"
    assert window.home.status.text() == "2 packs ready."


def test_the_screens_opened_later_are_imported_in_the_background_once_home(
        qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """So that opening statistics the first time does not freeze the window to import charts."""
    import quizapp.ui.main_window as main_window

    prefetched: list[bool] = []
    monkeypatch.setattr(main_window, "PREFETCH_AFTER_MS", 0)
    monkeypatch.setattr(main_window, "_import_later_screens", lambda: prefetched.append(True))
    window = open_window()
    qtbot.waitUntil(lambda: prefetched == [True], timeout=5000)
    window.runner.wait()
    assert "quizapp.ui.statistics_screen" in main_window.LATER_SCREENS


OPEN_STATISTICS_AT_ONCE = """
import sys
from pathlib import Path
from quizapp.ui.application import launch_window, make_application, open_context
app = make_application(["quizapp"])
window = launch_window(open_context(Path(sys.argv[1])))
window.runner.wait()
app.processEvents()
window.show_statistics()  # before the prefetch: the charts are imported in a worker
assert window.stack.currentWidget() is window.home
assert window.statusBar().currentMessage() == "Opening statistics…"
window.runner.wait()
app.processEvents()
assert window.stack.currentWidget() is window.statistics, "statistics open once imported"
assert window.statusBar().currentMessage() == ""
print("ok")
"""


def test_statistics_opened_before_the_prefetch_are_imported_off_the_ui_thread(
        tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", OPEN_STATISTICS_AT_ONCE, str(tmp_path)], env=env,
                         capture_output=True, text=True, check=False, cwd=REPO, timeout=120)
    assert out.stdout.strip().endswith("ok"), out.stderr[-2000:]
