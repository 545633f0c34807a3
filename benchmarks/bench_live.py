"""Load test of a live session: 60 simulated students on loopback answer a 10-question session.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_live.py [--students 60]

The teacher's window runs here (offscreen) with a 10 ms heartbeat timer; the students run in a
second process (asyncio ``websockets`` clients), so they do not share this process's GIL. Both
stamp times with the system's monotonic clock. Reported: every answer recorded in the results
files, the delay from a student sending an answer to the teacher's live count showing it (p50,
p95, max), and the longest the teacher's UI went without running its heartbeat (a freeze).
Everything binds 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def answer_for(question: dict[str, object]) -> object:
    kind = question["kind"]
    sizes = {"ordering": question["items"], "matching": question["rights"]}
    if kind in sizes:
        order = list(range(len(sizes[kind])))  # type: ignore[arg-type]
        random.shuffle(order)
        return order
    choices = question["choices"]
    count = len(choices) if isinstance(choices, list) and choices else 2
    if kind == "single":
        return random.randrange(count)
    if kind == "multiple":
        return [random.randrange(count)]
    if kind == "true_false":
        return random.random() < 0.5
    return str(random.randint(1940, 2022))


async def one_student(url: str, pin: str, name: str, sent: list[list[object]]) -> None:
    from websockets.asyncio.client import connect

    async with connect(url.replace("http", "ws") + "socket", origin=url.rstrip("/")) as socket:
        await socket.send(json.dumps({"type": "join", "pin": pin, "name": name}))
        async for text in socket:
            message = json.loads(text)
            if message["type"] == "question" and not message["answered"]:
                await asyncio.sleep(random.uniform(0.0, 1.5))
                sent.append([name, message["number"], time.monotonic()])
                await socket.send(json.dumps({"type": "answer", "question": message["number"],
                                              "value": answer_for(message)}))
            elif message["type"] == "ended":
                return


async def all_students(url: str, pin: str, count: int) -> None:
    sent: list[list[object]] = []
    await asyncio.gather(*(one_student(url, pin, f"Student {n:02d}", sent)
                           for n in range(1, count + 1)))
    print(json.dumps(sent))


def teacher(students: int, questions: int) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quizapp.classroom.results_file import read_results_file
    from quizapp.live.room import Change
    from quizapp.live.session_setup import new_host
    from quizapp.packs import load_pack, resolve_pack
    from quizapp.ui.live.teacher_window import LiveWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pack = load_pack(resolve_pack("nato-flashpoint"))
    folder = Path(tempfile.mkdtemp(prefix="quizapp-bench-live-"))
    host = new_host(pack, folder / "journal", address="127.0.0.1", port=0, pin="271828",
                    count=questions, seed=11)
    window = LiveWindow(host, folder / "results")
    window.resize(1280, 800)
    window.show()
    session = host.session
    shown: dict[tuple[str, int], float] = {}
    known: set[tuple[str, int]] = set()

    def answer_shown(change: str) -> None:  # runs after the window has updated its count
        if change != Change.ANSWER:
            return
        now = time.monotonic()
        for seat in session.seats:
            key = (seat.name, session.number)
            if session.number in seat.answers and key not in known:
                known.add(key)
                shown[key] = now

    host.changed.connect(answer_shown)
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        if now - last[0] > 0.05 and "--verbose" in sys.argv:
            print(f"gap {1000 * (now - last[0]):.0f} ms in {session.phase} {session.number}")
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    for _ in range(30):  # the window's first layout and paint are not part of the session
        app.processEvents()
        time.sleep(0.01)
    crowd = subprocess.Popen([sys.executable, __file__, "--students-of", host.url, "--pin",
                              host.pin, "--students", str(students)],
                             stdout=subprocess.PIPE, text=True)
    last[0] = time.monotonic()  # (starting the students' process is the benchmark's own work)
    heartbeat.start()

    def wait_for(condition: object, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if condition():  # type: ignore[operator]
                return True
            time.sleep(0.001)
        return False

    started = time.monotonic()
    assert wait_for(lambda: len(session.seats) == students, 60), "students did not all join"
    for _ in range(questions):
        window.advance()  # open
        wait_for(lambda: session.answered_count() == students, 30)
        window.advance()  # reveal
        wait_for(lambda: False, 0.2)
    heartbeat.stop()
    window.advance()  # finish: results saved
    elapsed = time.monotonic() - started
    output, _ = crowd.communicate(timeout=60)
    sent = {(name, number): at for name, number, at in json.loads(output)}
    latencies = sorted(1000 * (shown[key] - at) for key, at in sent.items() if key in shown)
    results = [read_results_file(p) for p in window.saved]
    recorded = sum(r.answered for r in results)
    longest_gap = 1000 * max(gaps) - 10
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"students {students}, questions {questions}, session {elapsed:.1f} s")
    print(f"answers sent {len(sent)}, recorded in results files {recorded}, "
          f"shown on the teacher's count {len(latencies)}")
    print(f"answer → teacher's count: p50 {statistics.median(latencies):.1f} ms, "
          f"p95 {p95:.1f} ms, max {latencies[-1]:.1f} ms")
    print(f"teacher UI: longest time without its 10 ms heartbeat beyond the interval "
          f"{longest_gap:.1f} ms ({len(gaps)} beats)")
    ok = recorded == len(sent) == students * questions and p95 <= 100 and longest_gap <= 100
    print("PASS" if ok else "FAIL")
    window.close()
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="print each long UI gap")
    parser.add_argument("--students-of", help=argparse.SUPPRESS)
    parser.add_argument("--pin", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.students_of:
        asyncio.run(all_students(args.students_of, args.pin, args.students))
        return 0
    return teacher(args.students, args.questions)


if __name__ == "__main__":
    sys.exit(main())
