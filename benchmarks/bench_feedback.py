"""How soon a learner sees the verdict after answering, and the next question after that.

    python benchmarks/bench_feedback.py              # 3 rounds of the bundled pack (363 answers)
    python benchmarks/bench_feedback.py --rounds 1   # a quick run
    python benchmarks/bench_feedback.py --profile    # and a pyinstrument profile of the answers

Drives the real quiz screen in the real main window (offscreen, the app's style sheet, a
throwaway data folder) through the real event loop: Enter is posted as a key press, and the time
runs until the window has painted the result and gone idle (``quiz_driving.PaintClock``). Every
question of the bundled pack is answered, each type, right and wrong in turn, in every round.

Baselines measured in the same run: a bare window of the same size whose one label changes on a
key press, painted the same way (what any Qt update costs here); and one frame at 60 Hz
(16.7 ms), the goal. The table is the README's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quiz_driving import (
    PaintClock,
    Timing,
    bare_baseline,
    bundled_pack,
    press_enter_and_time,
    quiz_window,
    set_answer,
    start_run,
    verdict_in_view,
)

FRAME_MS = 1000 / 60


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the value ``share`` of the measurements are at or below."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def timed_submits(run: Any, into: list[float]) -> None:
    """Note how long grading and saving take inside each answer (a part of the whole)."""
    submit: Callable[[Any], Any] = run.submit

    def timed(answer: Any) -> Any:
        started = time.perf_counter()
        try:
            return submit(answer)
        finally:
            into.append(1000 * (time.perf_counter() - started))

    run.submit = timed


def row(name: str, timings: list[Timing], more: list[Timing] | None = None) -> str:
    """A table row: count, then p50 / p95 of wall time (and of UI-thread CPU time)."""
    cells = [name, str(len(timings))]
    for series in (timings, more):
        if not series:
            cells += ["", ""]
            continue
        wall = [t.wall_ms for t in series]
        cpu = [t.cpu_ms for t in series]
        cells += [f"{statistics.median(wall):.1f} / {percentile(wall, 0.95):.1f}",
                  f"{statistics.median(cpu):.1f} / {percentile(cpu, 0.95):.1f}"]
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3, help="times through the bundled pack")
    parser.add_argument("--profile", action="store_true",
                        help="profile the answers with pyinstrument (times are then higher)")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=720)
    args = parser.parse_args()
    feedback: dict[str, list[Timing]] = defaultdict(list)
    next_question: dict[str, list[Timing]] = defaultdict(list)
    submits: list[float] = []
    hidden_verdicts: list[str] = []
    profiler = None
    if args.profile:
        from pyinstrument import Profiler
        profiler = Profiler(interval=0.0005)
    with tempfile.TemporaryDirectory() as folder, \
            quiz_window(Path(folder) / "data", args.width, args.height) as window:
        pack = bundled_pack(window)
        baseline = bare_baseline(args.width, args.height)
        bare = [baseline.time_once() for _ in range(60)]
        window.activateWindow()
        clock = PaintClock(window)
        answers = 0
        for round_number in range(args.rounds):
            run = start_run(window, pack)
            timed_submits(run, submits)
            for number in range(run.session.total):
                assert window.quiz.view is not None
                question = window.quiz.view.question
                set_answer(window, right=(number + round_number) % 2 == 0)
                if profiler is not None:
                    profiler.start()
                feedback[question.type.value].append(press_enter_and_time(clock, window))
                if not verdict_in_view(window):
                    hidden_verdicts.append(question.id)
                elapsed = press_enter_and_time(clock, window)
                if profiler is not None:
                    profiler.stop()
                if number < run.session.total - 1:  # the last Enter shows the results instead
                    next_question[question.type.value].append(elapsed)
                answers += 1
        bare += [baseline.time_once() for _ in range(60)]
    every_feedback = [t for times in feedback.values() for t in times]
    every_next = [t for times in next_question.values() for t in times]
    print(f"{answers} answers: {args.rounds} round(s) of {pack.id}, window {args.width}×"
          f"{args.height}, offscreen. ms from Enter to the result painted, p50 / p95: wall "
          "time, and the UI thread's CPU time in it")
    print("| question type | answers | feedback | (CPU) | next question | (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in feedback:
        print(row(kind, feedback[kind], next_question[kind]))
    print(row("**every type**", every_feedback, every_next))
    print(row("baseline: a bare window's label changed by a key press", bare))
    print(f"| goal: one frame at 60 Hz | | {FRAME_MS:.1f} | | {FRAME_MS:.1f} | |")
    for name, series in (("feedback", every_feedback), ("next question", every_next)):
        counts = Counter(t.paints for t in series)
        print(f"paints per {name}: " + ", ".join(
            f"{paints}: {count}" for paints, count in sorted(counts.items())))
    print(f"grading and saving inside an answer (wall): p50 {statistics.median(submits):.1f} ms,"
          f" p95 {percentile(submits, 0.95):.1f} ms")
    print(f"verdict out of view after the feedback: {len(hidden_verdicts)} of {answers}"
          + (f" ({', '.join(sorted(set(hidden_verdicts)))})" if hidden_verdicts else ""))
    worst = max(percentile([t.wall_ms for t in times], 0.95) for times in feedback.values())
    print(f"worst type's feedback p95: {worst:.1f} ms = {worst / FRAME_MS:.2f} frames; next "
          f"question p95: {percentile([t.wall_ms for t in every_next], 0.95):.1f} ms")
    if profiler is not None:
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
