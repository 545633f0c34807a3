"""Projector mode: how long a key press takes to show the next step, and how big the type is.

    python benchmarks/bench_projector.py            # every bundled question, 1024×768 and 1920×1080
    python benchmarks/bench_projector.py --count 20 # a quick run

For every question of the bundled pack, times each step a teacher's key shows (the question, its
answer, why and the source: the stage builds the slide and searches for the largest type that
fits), and records the body text size chosen. The baseline, measured in the same run on the same
stage, is one full paint of the finished slide (offscreen), so the ratio says how many paints a
key press costs. Prints a table for the README and docs/projector.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizapp.classroom.slides import session_views
from quizapp.core.engine import QuizSession
from quizapp.packs import load_pack
from quizapp.ui.application import make_application
from quizapp.ui.classroom.stage import ProjectorStage

BUNDLED = Path(__file__).resolve().parents[1] / "questions" / "nato-flashpoint" / "pack.yaml"
SIZES = ((1024, 768), (1920, 1080))


def timed_ms(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return 1000 * (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=0, help="questions to use (0 = all)")
    args = parser.parse_args()
    make_application(["bench"])
    pack = load_pack(BUNDLED)
    views = session_views(QuizSession(pack))[: args.count or None]
    stage = ProjectorStage()
    print(f"{len(views)} questions of {pack.id}; medians (min–max)")
    print("| window | step | ms per key | × one paint | body text px |")
    print("|---|---|---:|---:|---:|")
    for width, height in SIZES:
        stage.resize(width, height)
        stage.show()
        steps: dict[str, tuple[list[float], list[int]]] = {
            name: ([], []) for name in ("question", "answer", "explanation")}
        paints: list[float] = []
        in_parts = 0
        for view in views:
            for name, action in (("question", lambda v=view: stage.show_question(v, pack)),
                                 ("answer", stage.reveal_answer),
                                 ("explanation", stage.show_explanation)):
                steps[name][0].append(timed_ms(action))
                steps[name][1].append(stage.body_pixels)
                paints.append(timed_ms(stage.grab))
            in_parts += len(stage.why.parts) > 1
            while stage.next_explanation_part():  # the other parts of a long why step
                steps["explanation"][1].append(stage.body_pixels)
        paint = statistics.median(paints)
        for name, (times, pixels) in steps.items():
            ms = statistics.median(times)
            print(f"| {width}×{height} | {name} | {ms:.0f} | {ms / paint:.1f} | "
                  f"{statistics.median(pixels):.0f} ({min(pixels)}–{max(pixels)}) |")
        print(f"| {width}×{height} | baseline: one paint | {paint:.1f} | 1.0 | |")
        print(f"  ({in_parts} of {len(views)} why steps in parts at {width}×{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
