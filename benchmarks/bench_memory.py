"""What playing 1,000 questions leaves behind in the app's memory.

    python benchmarks/bench_memory.py                  # 1,000 answers after a warm-up quiz
    python benchmarks/bench_memory.py --answers 300    # a quick run
    python benchmarks/bench_memory.py --tracemalloc    # and where Python's allocations grew

Plays the bundled pack in the real main window (offscreen, a throwaway data folder) through the
event loop, quiz after quiz, each to its results screen, answering right and wrong in turn. The
warm-up (one whole quiz) fills what is filled once: fonts, style sheet caches, the widgets reused
from question to question, SQLite's page cache. Then the process's resident memory (RSS), the
count of live Qt objects in the window and of Python objects are taken before and after the
answers, each time after a full garbage collection and an idle event loop (deferred deletes run).

The goal (issue 11): under 5 MB of growth for 1,000 answers. The baseline of the same run is the
growth over the same number of idle event-loop turns with no answers (what merely running costs).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QObject
from quiz_driving import (
    PaintClock,
    bundled_pack,
    press_enter_and_time,
    quiz_window,
    run_until_idle,
    set_answer,
    start_run,
)

from quizapp.ui.main_window import MainWindow

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """Resident memory now (Linux: /proc/self/statm), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE / 1e6


def settle(clock: PaintClock) -> None:
    """Collect all garbage and let the event loop run its deferred deletes."""
    for _ in range(2):
        gc.collect()
        run_until_idle(clock, idle_ms=30)


def play(window: MainWindow, clock: PaintClock, answers: int, idle_ms: int,
         curve: list[float] | None = None) -> int:
    """Answer ``answers`` questions, quiz after quiz; returns the answers given. ``curve``
    gets the RSS after each quiz (after a garbage collection)."""
    pack = bundled_pack(window)
    given = quizzes = 0
    while given < answers:
        quizzes += 1
        if curve is not None and given:
            settle(clock)
            curve.append(rss_mb())
        run = start_run(window, pack)
        for number in range(run.session.total):
            set_answer(window, right=(number + quizzes) % 2 == 0)  # half missed
            press_enter_and_time(clock, window, idle_ms)  # the feedback
            press_enter_and_time(clock, window, idle_ms)  # the next question, or the results
            given += 1
            if given >= answers:
                break
    return given  # the next quiz starts from the results screen, as "Play again" does


def live_objects(window: MainWindow) -> Counter[str]:
    return Counter(type(child).__name__ for child in window.findChildren(QObject))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="trace Python allocations and list where they grew (slower)")
    parser.add_argument("--idle-ms", type=int, default=5,
                        help="idle time that ends each step (the feedback benchmark uses 60)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, quiz_window(Path(folder) / "data") as window:
        window.activateWindow()
        clock = PaintClock(window)
        play(window, clock, len(bundled_pack(window).questions), args.idle_ms)  # the warm-up
        settle(clock)
        idle_before = rss_mb()
        for _ in range(args.answers // 10):
            run_until_idle(clock, idle_ms=args.idle_ms)
        settle(clock)
        idle_growth = rss_mb() - idle_before
        if args.tracemalloc:
            tracemalloc.start(12)
        before_qt = live_objects(window)  # counted first: counting makes objects of its own
        before_py = Counter(type(o).__name__ for o in gc.get_objects())
        snapshot = tracemalloc.take_snapshot() if args.tracemalloc else None
        settle(clock)
        before_rss = rss_mb()
        curve = [before_rss]
        given = play(window, clock, args.answers, args.idle_ms, curve)
        settle(clock)
        after_rss = rss_mb()
        after_qt = live_objects(window)
        after_py = Counter(type(o).__name__ for o in gc.get_objects())
        print(f"{given} answers after a warm-up quiz; RSS {before_rss:.1f} → {after_rss:.1f} MB")
        print("| measurement | MB |")
        print("|---|---:|")
        print(f"| RSS growth over {given} answers | {after_rss - before_rss:+.1f} |")
        print(f"| baseline: RSS growth over {args.answers // 10} idle event-loop turns | "
              f"{idle_growth:+.1f} |")
        print("| goal | < 5 |")
        print("RSS after each quiz of the answers (MB): "
              + " → ".join(f"{mb:.1f}" for mb in [*curve, after_rss]))
        qt_growth = {name: after_qt[name] - before_qt[name] for name in after_qt | before_qt
                     if after_qt[name] != before_qt[name]}
        print(f"Qt objects in the window: {sum(before_qt.values())} → {sum(after_qt.values())}"
              + (f" ({', '.join(f'{n} {d:+}' for n, d in sorted(qt_growth.items()))})"
                 if qt_growth else ""))
        py_growth = sorted(((after_py[n] - before_py[n], n) for n in after_py),
                           reverse=True)[:8]
        print(f"Python objects: {sum(before_py.values())} → {sum(after_py.values())}; most grown: "
              + ", ".join(f"{name} {count:+}" for count, name in py_growth if count > 0))
        if snapshot is not None:
            stats = tracemalloc.take_snapshot().compare_to(snapshot, "traceback")
            print("Python allocations that grew most (tracemalloc):")
            for stat in stats[:8]:
                print(f"  {stat.size_diff / 1e3:+.0f} kB in {stat.count_diff:+} blocks")
                for line in stat.traceback.format()[-6:]:
                    print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
