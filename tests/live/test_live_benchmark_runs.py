"""The live load benchmark still drives a whole session (not its timings, which are no test).

It once fell out of step when the why step came in parts, ended on the wrong question and saved
nothing; a short run here keeps it working.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_live_benchmark_plays_a_whole_session_and_saves_every_answer() -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_live.py"), "--runs", "1",
         "--students", "2", "--questions", "8"],  # question 7 of the draw has a why step in parts
        capture_output=True, text=True, timeout=240, cwd=ROOT, env=environment, check=False)
    assert "answers recorded in results files / sent: 16/16" in done.stdout, done.stderr[-2000:]
    assert "the class report of the results folder shows: 2 learners, 16 answers" in done.stdout
