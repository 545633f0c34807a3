"""A pack of 10,000 questions: reading and validating it, and opening it again from the cache.

    .venv/bin/python benchmarks/bench_big_packs.py [--questions 10000] [--runs 5]

Two goals of issue 11, each a ratio against a baseline measured in the same run on the same file:

- read + validate (``check_pack_file``, no cache) ≤ 1.5 × ``yaml.load(text, CSafeLoader)`` alone;
- a repeat load of the unchanged pack through the pack cache ≤ 3 × ``json.loads`` of the same
  data (the pack's data as JSON text, already in memory).

Medians of ``--runs`` runs in one process, each with the cycle collector off during the call
(as in the app, where it runs on the UI thread, not in the loading thread).
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

import yaml

from benchmarks.bench_limits import HEAD, SOURCE, question
from quizapp.packs.loader import check_pack_file
from quizapp.packs.pack_cache import PackCache


def write_pack(folder: Path, questions: int) -> Path:
    shutil.copy(SOURCE, folder / "source.md")
    path = folder / "pack.yaml"
    path.write_text(HEAD + "".join(question(n) for n in range(questions)), encoding="utf-8")
    return path


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
        gc.enable()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = write_pack(Path(folder), arguments.questions)
        text = path.read_text(encoding="utf-8")
        as_json = json.dumps(yaml.load(text, Loader=yaml.CSafeLoader))
        cache = PackCache(Path(folder) / "cache")
        assert check_pack_file(path, pack_cache=cache).pack is not None  # fills the cache
        rows = [
            ("yaml.load(text, CSafeLoader) (baseline 1)",
             median_seconds(lambda: yaml.load(path.read_text(encoding="utf-8"),
                                              Loader=yaml.CSafeLoader), arguments.runs), None),
            ("read + validate, no cache",
             median_seconds(lambda: check_pack_file(path), arguments.runs), 0),
            ("json.loads of the same data (baseline 2)",
             median_seconds(lambda: json.loads(as_json), arguments.runs), None),
            ("repeat load from the pack cache",
             median_seconds(lambda: check_pack_file(path, pack_cache=cache), arguments.runs), 2),
        ]
    size = len(text.encode()) / 1024 / 1024
    print(f"{arguments.questions:,} questions, {size:.1f} MB; medians of {arguments.runs} runs")
    print(f"{'measurement':46} {'ms':>9} {'× baseline':>11}")
    for name, seconds, baseline in rows:
        ratio = "" if baseline is None else f"{seconds / rows[baseline][1]:11.2f}"
        print(f"{name:46} {1000 * seconds:9.1f} {ratio:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
