"""kill -9 while answers are being recorded, many times: nothing committed is ever lost.

Each round kills a recorder process at a random point (often inside a transaction) and then
checks the history: it opens without damage, passes ``PRAGMA integrity_check``, holds every
answer whose commit had returned, and its summaries agree with its answers. A few seconds here;
``tools/crash_answers.py`` runs hundreds of rounds (its last result is in the README).
"""

from __future__ import annotations

import random
from pathlib import Path

from tools.crash_answers import run_rounds


def test_answers_survive_being_killed_at_random_points(tmp_path: Path) -> None:
    report = run_rounds(tmp_path, rounds=20, rng=random.Random())
    assert report.problems == []
    assert report.rounds == 20 and report.committed > 20
