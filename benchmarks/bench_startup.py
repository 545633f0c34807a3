"""Start-up and pack-loading cost, as ratios against a bare PySide6 window measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each start-up is a fresh process (offscreen), so imports and Qt initialisation count. Numbers are
medians; the ratio is what matters across machines. As in the app, validated packs are kept in a
pack cache between starts (one start before the measured ones fills it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1000, 720); w.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

QUIZAPP = """
import sys, time; t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.application import make_application
from quizapp.ui.main_window import AppContext, MainWindow
app = make_application(["bench"])
data = Path(sys.argv[1])
context = AppContext(HistoryStore(open_database(data / "quizapp.sqlite3")),
                     QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat),
                     pack_cache=Path(sys.argv[2]))
w = MainWindow(context); w.show()
w.runner.wait(); app.processEvents()
assert w.home.model.rowCount() >= 1
ready = time.perf_counter() - t0
w.start_quiz(w.home.current_row().pack); app.processEvents()
print(ready, time.perf_counter() - t0)
"""


def run(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, cwd=REPO).stdout.split()
    return [float(x) for x in out]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare, home, first_question = [], [], []
    cache = tempfile.TemporaryDirectory()
    with tempfile.TemporaryDirectory() as data:
        run(QUIZAPP, data, cache.name)  # the first start ever fills the pack cache
    for _ in range(args.runs):
        bare.append(run(BARE)[0])
        with tempfile.TemporaryDirectory() as data:
            ready, question = run(QUIZAPP, data, cache.name)
        home.append(ready)
        first_question.append(question)
    cache.cleanup()
    sys.path.insert(0, str(REPO))
    from quizapp.packs import load_pack

    pack_path = REPO / "questions" / "nato-flashpoint" / "pack.yaml"
    loads = []
    for _ in range(20):
        start = time.perf_counter()
        pack = load_pack(pack_path)
        loads.append(time.perf_counter() - start)
    baseline = statistics.median(bare)
    rows = [
        ("bare PySide6 window shown (baseline)", baseline),
        ("quizapp home shown, bundled packs loaded", statistics.median(home)),
        ("quizapp first question shown", statistics.median(first_question)),
        (f"load + validate bundled pack ({len(pack.questions)} questions, in process)",
         statistics.median(loads)),
    ]
    print(f"{'measurement':62} {'ms':>8} {'× baseline':>11}")
    for name, seconds in rows:
        print(f"{name:62} {1000 * seconds:8.1f} {seconds / baseline:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
