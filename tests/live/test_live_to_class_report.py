"""The issue's "done when", end to end: a class plays a live session hosted by ``quizapp live``
(students on real WebSockets, every question type), and the class report — in code and as
``quizapp class-report DIR --json`` — reads the results folder and shows each student's results
and the item analysis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

from websockets.sync.client import ClientConnection, connect

from quizapp.classroom.class_report import build_class_report
from tests.conftest import FIXTURES
from tests.live.browser import LiveCommand
from tests.live.test_cli_live import receive_until

RIGHT = {  # the mini pack's keys, by the text the students see
    "single": "Port Amber", "multiple": ["Port Amber", "Hillcross"], "true_false": False,
    "short_answer": "Hillcross", "numeric": "12500",
    "ordering": ["Port Amber", "Hillcross", "Dunmoor"], "matching": ["1802", "1850", "1901"],
}
WRONG = {
    "single": "Hillcross", "multiple": ["Dunmoor"], "true_false": True, "short_answer": "Dunmoor",
    "numeric": "99", "ordering": ["Dunmoor", "Hillcross", "Port Amber"],
    "matching": ["1850", "1802", "1901"],
}
# per question (pack order): R right, W wrong, - no answer
PLAYS = {"Ann": "RRRRRRR", "Bob": "RRRRRWW", "Cy": "RRWWW--", "Dee": "WRRR-RW"}


def value_for(question: dict[str, object], wanted: object) -> object:
    """The answer as the page would send it: positions of what the student picked on screen."""
    kind = question["kind"]
    shown = {"single": question["choices"], "multiple": question["choices"],
             "ordering": question["items"], "matching": question["rights"]}.get(str(kind))
    if not isinstance(shown, list):
        return wanted
    if isinstance(wanted, list):
        return [shown.index(text) for text in wanted]
    return shown.index(wanted)


def test_a_live_session_shows_in_the_class_report(tmp_path: Path) -> None:
    live = LiveCommand(FIXTURES / "mini", tmp_path, "424242")
    devices: dict[str, ClientConnection] = {}
    with ExitStack() as opened:
        opened.callback(live.kill)
        port = live.url.rstrip("/").rsplit(":", 1)[1]
        for name in PLAYS:
            device = opened.enter_context(connect(f"ws://127.0.0.1:{port}/socket",
                                                  origin=live.url.rstrip("/")))
            device.send(json.dumps({"type": "join", "pin": "424242", "name": name}))
            receive_until(device, "lobby")
            devices[name] = device
        for number in range(1, 8):
            live.press()  # the next question
            for name, device in devices.items():
                question = receive_until(device, "question")
                assert question["number"] == number
                play = PLAYS[name][number - 1]
                if play == "-":
                    continue
                key = RIGHT if play == "R" else WRONG
                device.send(json.dumps({"type": "answer", "question": number,
                                        "value": value_for(question, key[str(question["kind"])])}))
                receive_until(device, "received")
            live.press()  # the reveal
            for name, device in devices.items():
                outcome = receive_until(device, "reveal")["outcome"]
                play = PLAYS[name][number - 1]
                assert outcome == {"R": "right", "W": "wrong", "-": "unanswered"}[play]
        live.press("q")
        for device in devices.values():
            receive_until(device, "ended")
        live.finish()

    report = build_class_report([live.results])
    assert not report.excluded
    shown = {learner.name: (learner.score, learner.answered, learner.total)
             for learner in report.learners}
    assert shown == {name: (play.count("R"), 7 - play.count("-"), 7)
                     for name, play in PLAYS.items()}
    facility = {q.question_id: q.facility for q in report.questions}
    ids = ["river-mouth", "founded-towns", "market-winter", "market-town", "population",
           "founding-order", "founding-years"]
    assert facility == {question_id: sum(play[n] == "R" for play in PLAYS.values()) / 4
                        for n, question_id in enumerate(ids)}
    river = next(q for q in report.questions if q.question_id == "river-mouth")
    assert river.most_chosen_wrong == "Hillcross"  # Dee's answer, by its text

    printed = subprocess.run(
        [sys.executable, "-m", "quizapp", "class-report", str(live.results), "--json"],
        capture_output=True, text=True, timeout=60, check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    data = json.loads(printed.stdout)
    assert {(row["name"], row["score"], row["answered"]) for row in data["learners"]} == {
        (name, play.count("R"), 7 - play.count("-")) for name, play in PLAYS.items()}
    assert {row["id"] for row in data["questions"]} == set(ids)
