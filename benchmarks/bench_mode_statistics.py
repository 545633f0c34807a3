"""What the statistics screen's filter by mode costs, against the unfiltered screen.

    python benchmarks/bench_mode_statistics.py                      # 10 learners × 10,000 answers
    python benchmarks/bench_mode_statistics.py --attempts 1000000 --profiles 100

The unfiltered screen reads the running summaries; a filtered one reads one learner's attempts
of that mode (``quizapp.storage.mode_statistics``). Its cost grows with that learner's answers,
not with the database, so the default shape gives each learner as many answers as the 1,000,000-
answer run of ``bench_storage.py`` does (10,000) in a database that builds in seconds. Every
session is practice: the "practice" filter reads all of them, the worst case; "exam" reads none.
Medians, and multiples of the unfiltered reads and of a ``SELECT 1`` measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from benchmarks.bench_storage import Shape, build, median_ms
from quizapp.storage import StatisticsStore, open_database
from quizapp.storage.mode_statistics import ModeStatisticsStore


def screen_reads(stats: StatisticsStore, profile_id: int, pack_id: str) -> object:
    return (stats.daily_accuracy(profile_id, 30), stats.question_summaries(profile_id, pack_id),
            stats.streak_days(profile_id), stats.totals(profile_id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--profiles", type=int, default=10)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as scratch:
        path = Path(scratch) / "quizapp.sqlite3"
        started = time.perf_counter()
        counts = build(path, Shape(args.attempts, args.profiles, args.questions))
        print(f"built in {time.perf_counter() - started:.1f} s: {counts['attempts']:,} attempts, "
              f"{counts['attempts'] // args.profiles:,} per learner")
        db = open_database(path)
        profile_id, pack_id = 1, "pack-00"
        rows = [("SELECT 1 round trip (baseline)",
                 median_ms(lambda: db.execute("SELECT 1").fetchone(), args.runs)[0])]
        for name, store in (("all modes (running summaries)", StatisticsStore(db)),
                            ("practice only (every attempt read)",
                             ModeStatisticsStore(db, "practice")),
                            ("exam only (no attempt of that mode)",
                             ModeStatisticsStore(db, "exam"))):
            rows.append((name, median_ms(lambda s=store: screen_reads(s, profile_id, pack_id),
                                         args.runs)[0]))
        db.close()
    baseline, unfiltered = rows[0][1], rows[1][1]
    print(f"\n{'statistics screen reads':40} {'median ms':>10} {'× all modes':>12} "
          f"{'× SELECT 1':>11}")
    for name, median in rows:
        print(f"{name:40} {median:10.3f} {median / unfiltered:12.1f} {median / baseline:11,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
