"""The UI thread never stalls over 100 ms while packs load, statistics open or exports run.

A heartbeat timer ticks every 10 ms on the UI thread; the longest time between two ticks while
the work goes on is what a learner would feel as a frozen window. The work is sized like a busy
classroom PC: four packs of 600 questions and a history of 50,000 answers.

A gap only counts when quizapp was running through it (its CPU time covers most of the gap):
on a machine busy with other programs the whole process waits its turn, which is not the
window freezing. Work on the UI thread, or a worker that keeps Python's lock, both keep the
process running while the heartbeat waits, so they count.
"""

from __future__ import annotations

import gc
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.storage import HistoryStore, open_database
from quizapp.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.ui.conftest import WindowFactory

STALL = 0.100
RUNNING = 0.8
"""Share of a gap the process must have spent on a CPU for the gap to count as a stall."""
PACKS, QUESTIONS, ANSWERS = 4, 600, 50_000


class Heartbeat:
    def __init__(self) -> None:
        self.beats: list[tuple[float, float]] = []  # (wall clock, CPU time of the process)
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(
            lambda: self.beats.append((time.perf_counter(), time.process_time())))

    def settle(self, beats: int = 3) -> None:
        """Let a few beats pass, so a stall at either end of the work is measured."""
        wanted = len(self.beats) + beats
        while len(self.beats) < wanted:
            QApplication.processEvents()

    def longest_gap_during(self, work: Callable[[], object],
                           finished: Callable[[], bool]) -> float:
        self.settle()
        first = len(self.beats) - 1
        work()
        while not finished():
            QApplication.processEvents()
        self.settle()
        return max((wall - earlier_wall
                    for (earlier_wall, earlier_cpu), (wall, cpu) in pairwise(self.beats[first:])
                    if cpu - earlier_cpu >= RUNNING * (wall - earlier_wall)), default=0.0)


def pack_text(pack_id: str, count: int) -> str:
    lines = ["format: quizapp/1", f"id: {pack_id}", f"title: Pack {pack_id}",
             "source: {text: source.md, title: The Little Atlas}", "questions:"]
    for number in range(count):
        lines += [f"  - id: q-{number}", "    type: single", "    section: towns",
                  f"    prompt: Where does question {number} point?",
                  "    choices:", "      - {text: Port Amber, correct: true}",
                  "      - {text: Hillcross}", "      - {text: Dunmoor}",
                  "    explanation: The river runs to the sea at Port Amber.",
                  "    cite: {passage: atlas-1, quote: to the sea at Port Amber}"]
    return "\n".join(lines) + "\n"


def fill_history(db: sqlite3.Connection) -> None:
    """ANSWERS answers of one learner, written in bulk with the summaries that go with them."""
    rng = random.Random(4)
    profile = HistoryStore(db).ensure_profile("Learner").id
    db.execute("BEGIN")
    stats: dict[tuple[str, str], list[int]] = {}
    for session in range(ANSWERS // 100):
        pack = f"big-{session % PACKS}"
        session_id = db.execute(
            "INSERT INTO sessions(profile_id, pack_id, pack_title, mode, question_count, "
            "started_at, finished_at) VALUES (?, ?, ?, 'practice', 100, "
            "'2024-05-01T08:00:00+00:00', '2024-05-01T08:30:00+00:00')",
            (profile, pack, pack)).lastrowid
        for _ in range(100):
            question, right = f"q-{rng.randrange(QUESTIONS)}", int(rng.random() < 0.6)
            db.execute("INSERT INTO attempts(session_id, question_id, answer_json, answer_text, "
                       "correct, seconds, answered_at) VALUES (?, ?, '0', 'Port Amber', ?, 3, "
                       "'2024-05-01T08:10:00+00:00')", (session_id, question, right))
            seen = stats.setdefault((pack, question), [0, 0])
            seen[0] += 1
            seen[1] += right
    db.executemany(
        "INSERT INTO question_stats(profile_id, pack_id, question_id, seen, correct, "
        "total_seconds, last_correct, last_answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '2024-05-01T08:10:00+00:00')",
        [(profile, pack, question, seen, right, 3.0 * seen, right > 0)
         for (pack, question), (seen, right) in stats.items()])
    db.execute("INSERT INTO daily_activity(profile_id, day, answered, correct, seconds) "
               "VALUES (?, '2024-05-01', ?, ?, ?)",
               (profile, ANSWERS, sum(r for _, r in stats.values()), 3.0 * ANSWERS))
    db.execute("COMMIT")


@pytest.fixture
def busy_window(open_window: WindowFactory, packs_dir: Path, data_dir: Path,
                qtbot: QtBot) -> Iterator[tuple[MainWindow, Heartbeat]]:
    for number in range(PACKS):
        folder = packs_dir / f"big-{number}"
        folder.mkdir()
        (folder / "pack.yaml").write_text(pack_text(f"big-{number}", QUESTIONS))
        shutil.copy(FIXTURES / "mini" / "source.md", folder / "source.md")
    data_dir.mkdir(parents=True)
    db = open_database(data_dir / "quizapp.sqlite3")
    fill_history(db)
    db.close()
    # Python's full garbage collections hold the interpreter lock while they scan every object;
    # in a test run that is everything earlier tests left, which the app itself never has
    gc.collect()
    gc.freeze()
    heart = Heartbeat()
    heart.timer.start()
    try:
        window = open_window()  # waits for the first load of the packs
        yield window, heart
    finally:
        heart.timer.stop()
        gc.unfreeze()


def test_the_window_keeps_beating_while_packs_load_statistics_open_and_exports_run(
        busy_window: tuple[MainWindow, Heartbeat], qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, heart = busy_window
    assert len([row for row in window.home.model.rows if row.pack]) == PACKS + 1
    refreshed: list[bool] = []
    window.packs_refreshed.connect(lambda: refreshed.append(True))
    gaps = {"loading packs": heart.longest_gap_during(window.refresh_packs,
                                                      lambda: bool(refreshed))}
    gaps["opening statistics"] = heart.longest_gap_during(
        window.show_statistics, lambda: window.stack.currentWidget() is window._statistics)

    csv_path, pdf_path = tmp_path / "history.csv", tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_path), ""))
    busy = window.runner.pool.activeThreadCount
    gaps["exporting CSV"] = heart.longest_gap_during(
        window.export_csv, lambda: csv_path.exists() and not busy())
    assert len(csv_path.read_text(encoding="utf-8").splitlines()) == ANSWERS + 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_path), ""))
    gaps["exporting PDF"] = heart.longest_gap_during(
        window.export_pdf, lambda: pdf_path.exists() and not busy())
    stalls = {what: f"{1000 * gap:.0f} ms" for what, gap in gaps.items() if gap > STALL}
    assert stalls == {}, f"the UI thread stalled: {stalls}"
