"""The home screen with 20 packs of 10,000 questions (about 4 MB each): first paint, filling in,
the longest freeze of the UI thread, and memory.

    .venv/bin/python benchmarks/bench_big_folder.py [--packs 20] [--questions 10000]

The packs are generated into a temporary folder and listed as the bundled packs. Each start is a
fresh process (offscreen), run twice on the same pack cache: cold (every pack read and validated)
and warm (every pack from the cache). A heartbeat timer on the UI thread (every 5 ms) records the
longest gap between its ticks from the window's first paint until the list is full: the longest
time the UI could not respond. Memory is the process's resident size when the list is full, and
in a quiz of the first pack (loaded whole when started; "open pack" is the time from Start to
the quiz screen), and again after going to a quiz and back home three times (which lets the
whole pack go: it must not grow). The baseline of
the same run is the app started with the one bundled pack.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from benchmarks.bench_limits import HEAD, SOURCE, question

REPO = Path(__file__).resolve().parents[1]

START = """
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from quizapp.storage import HistoryStore, open_database
from quizapp.ui.application import make_application
from quizapp.ui.main_window import AppContext, MainWindow

def rss_mb():
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1024 / 1024

data, packs, cache = (Path(a) for a in sys.argv[1:4])
app = make_application(["bench"])
context = AppContext(HistoryStore(open_database(data / "quizapp.sqlite3")),
                     QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat),
                     bundled_dir=packs if packs.name != "-" else None, pack_cache=cache)
window = MainWindow(context)
window.show()
app.processEvents()
first_paint = time.perf_counter() - t0
clock = QElapsedTimer(); clock.start()
gaps = [0]
last = [clock.elapsed()]
def beat():
    now = clock.elapsed(); gaps.append(now - last[0]); last[0] = now
heart = QTimer(); heart.setInterval(5); heart.timeout.connect(beat); heart.start()
filled = [False]
window.packs_refreshed.connect(lambda: filled.__setitem__(0, True))
shown_counts = []
while not filled[0]:
    app.processEvents()
    shown_counts.append(window.home.model.rowCount())
    time.sleep(0.001)
full = time.perf_counter() - t0
longest = max(gaps)
memory = rss_mb()
in_quiz = 0.0
for _ in range(3):
    opened = time.perf_counter()
    window.start_quiz(window.whole_pack(window.home.current_row()))
    app.processEvents()
    opening = time.perf_counter() - opened
    in_quiz = max(in_quiz, rss_mb())
    filled[0] = False
    window.go_home()
    while not filled[0]:
        app.processEvents(); time.sleep(0.001)
for _ in range(50):
    app.processEvents(); time.sleep(0.01)
print(json.dumps({"first_paint": first_paint, "full": full, "longest_gap_ms": longest,
                  "rows": window.home.model.rowCount(), "memory": memory,
                  "memory_after_home": rss_mb(), "memory_in_quiz": in_quiz,
                  "opening_ms": 1000 * opening,
                  "partial_fills": len(set(shown_counts))}))
"""


def write_packs(folder: Path, packs: int, questions: int) -> None:
    filler = " " + "and more words" * 6  # about 4 MB per 10,000 questions
    body = "".join(question(n, filler) for n in range(questions))
    for number in range(packs):
        pack = folder / f"big-{number:02d}"
        pack.mkdir()
        shutil.copy(SOURCE, pack / "source.md")
        (pack / "pack.yaml").write_text(
            HEAD.replace("id: limits", f"id: big-{number}").replace(
                "title: Limits", f"title: Big pack {number}") + body, encoding="utf-8")


def start(data: Path, packs: str, cache: Path) -> dict[str, float]:
    data.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", START, str(data), packs, str(cache)], env=env,
                         capture_output=True, text=True, check=True, cwd=REPO).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packs", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "packs").mkdir()
        write_packs(folder / "packs", arguments.packs, arguments.questions)
        size = (folder / "packs" / "big-00" / "pack.yaml").stat().st_size / 1024 / 1024
        print(f"{arguments.packs} packs of {arguments.questions:,} questions, {size:.1f} MB each")
        runs = {"bundled pack only (baseline)": start(folder / "d0", "-", folder / "c0"),
                "big packs, cold cache": start(folder / "d1", str(folder / "packs"),
                                                  folder / "cache"),
                "big packs, warm cache": start(folder / "d2", str(folder / "packs"),
                                                  folder / "cache")}
    baseline = runs["bundled pack only (baseline)"]["first_paint"]
    print(f"{'start':30} {'first paint':>12} {'× base':>7} {'list full':>10} "
          f"{'longest freeze':>15} {'memory':>8} {'in a quiz':>10} {'after 3× home':>14} "
          f"{'open pack':>10}")
    for name, run in runs.items():
        print(f"{name:30} {1000 * run['first_paint']:10.0f}ms {run['first_paint'] / baseline:7.2f} "
              f"{run['full']:9.1f}s {run['longest_gap_ms']:13.0f}ms {run['memory']:6.0f}MB "
              f"{run['memory_in_quiz']:8.0f}MB {run['memory_after_home']:12.0f}MB "
              f"{run['opening_ms']:8.0f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
