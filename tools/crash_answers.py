"""Crash safety: kill -9 a process that records answers, at random points, again and again.

    .venv/bin/python tools/crash_answers.py                 # 200 kills on one history
    .venv/bin/python tools/crash_answers.py --rounds 1000 --seed 3

Each round starts a recorder (``--record DIR``: it answers question after question, printing a
line once each answer's commit has returned), lets it commit a random number of answers, and
kills it with SIGKILL wherever it is (often mid-transaction, sometimes while still opening the
history). Then the history must open without damage, pass ``PRAGMA integrity_check``, hold every
answer whose commit returned, and have summaries (per question, per day, review cards) that
agree with the answers. ``tests/storage/test_crash_safety.py`` runs a few rounds in CI.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from quizapp.storage import HistoryStore, open_history

ANSWERS_PER_SESSION = 10


def record_forever(data_directory: Path) -> None:
    """The recorder: answers until killed; one line per answer whose commit has returned."""
    opened = open_history(data_directory)
    history = HistoryStore(opened.db)
    profile = history.ensure_profile("Crash")
    print("READY", flush=True)
    number = 0
    while True:
        session = history.start_session(profile.id, "crash-pack", "Crash", None,
                                         ANSWERS_PER_SESSION,
                                         question_ids=[f"q{i}" for i in range(ANSWERS_PER_SESSION)])
        for question in range(ANSWERS_PER_SESSION):
            history.record_attempt(session, f"q{question}", question % 3, f"answer {number}",
                                   question % 2 == 0, 1.5)
            print(f"COMMITTED {session} q{question}", flush=True)
            number += 1
        history.finish_session(session)


@dataclass
class Report:
    rounds: int = 0
    committed: int = 0
    problems: list[str] = field(default_factory=list)


def kill_once(data_directory: Path, rng: random.Random,
              committed: set[tuple[int, str]]) -> None:
    """One recorder, killed after a random number of committed answers: -1 as soon as it is
    started (before or while it opens the history), 0 once it is ready (while it starts a
    session), else after that many answers (during the next one)."""
    wanted = rng.randint(-1, 15)
    recorder = subprocess.Popen([sys.executable, __file__, "--record", str(data_directory)],
                                stdout=subprocess.PIPE, text=True)
    assert recorder.stdout is not None
    seen = 0
    try:
        for line in recorder.stdout if wanted >= 0 else ():
            if line.startswith("COMMITTED"):
                _, session, question = line.split()
                committed.add((int(session), question))
                seen += 1
            if seen >= wanted:
                break
    finally:
        recorder.send_signal(signal.SIGKILL)
        recorder.wait(30)
        recorder.stdout.close()


def verify(data_directory: Path, committed: set[tuple[int, str]]) -> list[str]:
    """What is wrong with the history after a kill; an empty list when nothing is."""
    if not (data_directory / "quizapp.sqlite3").exists():
        return []
    opened = open_history(data_directory)  # raises on damage: that is a failure too
    db = opened.db
    try:
        problems = []
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        present = {(row[0], row[1]) for row in db.execute(
            "SELECT session_id, question_id FROM attempts")}
        lost = committed - present
        if lost:
            problems.append(f"{len(lost)} committed answers lost, e.g. {sorted(lost)[:3]}")
        attempts = db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
        for query, what in (("SELECT COALESCE(SUM(seen), 0) FROM question_stats", "per question"),
                            ("SELECT COALESCE(SUM(answered), 0) FROM daily_activity", "per day")):
            total = db.execute(query).fetchone()[0]
            if total != attempts:
                problems.append(f"summaries {what} count {total}, attempts {attempts}")
        cards = db.execute("SELECT COUNT(*) FROM review_cards").fetchone()[0]
        questions = db.execute("SELECT COUNT(*) FROM question_stats").fetchone()[0]
        if cards != questions:
            problems.append(f"{cards} review cards for {questions} answered questions")
        return problems
    finally:
        db.close()


def run_rounds(data_directory: Path, rounds: int, rng: random.Random) -> Report:
    report = Report()
    committed: set[tuple[int, str]] = set()
    for number in range(rounds):
        kill_once(data_directory, rng, committed)
        try:
            problems = verify(data_directory, committed)
        except Exception as error:  # a history that no longer opens is the worst failure
            problems = [f"{type(error).__name__}: {error}"]
        report.problems.extend(f"round {number + 1}: {p}" for p in problems)
        report.rounds += 1
        if problems:
            break
    report.committed = len(committed)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, help="default: a new temporary folder")
    arguments = parser.parse_args()
    if arguments.record is not None:
        record_forever(arguments.record)
        return 0
    import tempfile

    folder = arguments.data_dir or Path(tempfile.mkdtemp(prefix="quizapp-crash-"))
    started = time.perf_counter()
    report = run_rounds(folder, arguments.rounds, random.Random(arguments.seed))
    print(f"{report.rounds} kills (seed {arguments.seed}) in {time.perf_counter() - started:.0f} s;"
          f" {report.committed:,} committed answers, all checked after every kill")
    print("problems: " + ("none" if not report.problems else "; ".join(report.problems)))
    print(f"history: {folder}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
