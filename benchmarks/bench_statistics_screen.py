"""The statistics screen with a big history: 1,000,000 attempts, 100 learners, 10,000 questions.

    python benchmarks/bench_statistics_screen.py                   # the full size
    python benchmarks/bench_statistics_screen.py --attempts 50000  # a quick run

Builds the database with bench_storage's builder, makes ten 1,000-question packs to match, then
times what a learner waits for when opening the screen: all its reads, the charts and tables, and
one full paint (offscreen). The baseline, measured in the same run, is painting a bare window of
the same size with one label, so the ratio says how much heavier the real screen is.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import PACKS, Shape, build

from quizapp.core.models import Choice, Pack, Question, QuestionType, Section
from quizapp.storage import HistoryStore, StatisticsStore, open_database


def synthetic_packs(questions: int) -> list[Pack]:
    per_pack = max(1, questions // PACKS)
    packs = []
    for number in range(PACKS):
        sections = tuple(Section(f"s{i}", f"Section {i}") for i in range(8))
        packs.append(Pack(
            id=f"pack-{number:02d}", title=f"Pack {number:02d}",
            sections=sections,
            questions=tuple(
                Question(f"q{i:05d}", QuestionType.SINGLE, f"Question {i} of pack {number}?",
                         "Because.", section_id=f"s{i % 8}",
                         choices=(Choice("yes", True), Choice("no")))
                for i in range(per_pack)),
        ))
    return packs


def median_ms(action: object, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(1000 * (time.perf_counter() - start))
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--profiles", type=int, default=100)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from PySide6.QtWidgets import QLabel

    from quizapp.ui.application import make_application
    from quizapp.ui.statistics_screen import StatisticsScreen

    app = make_application(["bench"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        counts = build(path, Shape(args.attempts, args.profiles, args.questions))
        print(f"built {counts['attempts']:,} attempts in {time.perf_counter() - started:.0f} s")
        db = open_database(path)
        history, store = HistoryStore(db), StatisticsStore(db)
        profile = history.profiles()[len(history.profiles()) // 2]
        packs = synthetic_packs(args.questions)
        screen = StatisticsScreen()
        screen.resize(1100, 780)
        screen.show()
        bare = QLabel("baseline")
        bare.resize(1100, 780)
        bare.show()
        app.processEvents()

        def open_screen() -> None:
            screen.show_profile(store, profile, packs, packs[3])
            screen.grab()

        def switch_pack() -> None:
            screen.pack_box.setCurrentIndex((screen.pack_box.currentIndex() + 1) % len(packs))
            screen.grab()

        open_screen()  # warm caches, as a second visit would
        baseline = median_ms(bare.grab, args.runs)
        rows = [("paint a bare window (baseline)", baseline),
                ("open the statistics screen (reads, charts, tables, paint)",
                 median_ms(open_screen, args.runs)),
                ("switch the screen to another pack", median_ms(switch_pack, args.runs))]
        print(f"{'measurement':60} {'ms':>8} {'× baseline':>11}")
        for name, ms in rows:
            print(f"{name:60} {ms:8.1f} {ms / baseline:11.1f}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
