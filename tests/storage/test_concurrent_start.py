"""Two quizapps starting at once on a new data folder, the same new learner in both.

Both processes wait at a barrier, then open the history and create the same two learners, many
times over, each time on a new folder. Before the migration took the write lock first, about
half of such starts failed ("table profiles already exists", "duplicate column"); creating the
same new learner in both hit the UNIQUE constraint.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path
from queue import Empty

from quizapp.storage import HistoryStore, open_history

ROUNDS = 60


def start_many(base: str, rounds: int, barrier: Barrier,
               results: multiprocessing.Queue[tuple[int, str | None]]) -> None:
    for number in range(rounds):
        barrier.wait(timeout=60)
        try:
            opened = open_history(Path(base) / str(number))
            history = HistoryStore(opened.db)
            history.ensure_profile("Learner")
            history.ensure_profile("Zoe")
            opened.db.close()
            results.put((number, None))
        except Exception as error:  # reported to the test, which shows it
            results.put((number, f"{type(error).__name__}: {error}"))


def test_two_first_starts_at_once_both_succeed_with_one_of_each_learner(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results: multiprocessing.Queue[tuple[int, str | None]] = context.Queue()
    workers = [context.Process(target=start_many, args=(str(tmp_path), ROUNDS, barrier, results))
               for _ in range(2)]
    for worker in workers:
        worker.start()
    failures = []
    try:
        for _ in range(2 * ROUNDS):
            number, error = results.get(timeout=120)
            if error is not None:
                failures.append(f"round {number}: {error}")
    except Empty:
        failures.append("a start never finished")
    finally:
        for worker in workers:
            worker.join(30)
            if worker.is_alive():
                worker.kill()
    assert failures == []
    for number in range(ROUNDS):
        opened = open_history(tmp_path / str(number))
        assert [p.name for p in HistoryStore(opened.db).profiles()] == ["Learner", "Zoe"]
        opened.db.close()
