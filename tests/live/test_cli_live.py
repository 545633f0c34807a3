"""``quizapp live`` run as a teacher would run it, with students on real sockets."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from websockets.sync.client import connect

from quizapp.classroom.results_file import read_results_file
from tests.conftest import FIXTURES

LINE = re.compile(r"^Students join at (http://127\.0\.0\.1:(\d+)/) with PIN (\d{6})$")


def receive_until(connection, kind: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    while True:
        message = json.loads(connection.recv(timeout=10))
        if message["type"] == kind:
            return message  # type: ignore[no-any-return]


def any_answer(question: dict[str, object]) -> object:
    """A well-formed answer to whatever question was drawn (right or not does not matter)."""
    kind = question["kind"]
    sizes = {"ordering": question["items"], "matching": question["rights"]}
    if kind in sizes:
        return list(range(len(sizes[kind])))  # type: ignore[arg-type]
    return {"single": 0, "multiple": [0], "true_false": True}.get(str(kind), "42")


def test_live_command_prints_one_line_and_saves_results(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data"), "live",
               str(FIXTURES / "mini"), "--listen", "127.0.0.1:0", "--count", "2",
               "--results-dir", str(tmp_path / "results")]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            line = process.stdout.readline().rstrip("\n")
            match = LINE.match(line)
            assert match, line
            url, port, pin = match.groups()
            socket_url = f"ws://127.0.0.1:{port}/socket"
            with connect(socket_url, origin=url.rstrip("/")) as ann:
                ann.send(json.dumps({"type": "join", "pin": pin, "name": "Ann"}))
                receive_until(ann, "lobby")
                for number in (1, 2):
                    process.stdin.write("\n")
                    process.stdin.flush()
                    question = receive_until(ann, "question")
                    assert question["number"] == number
                    ann.send(json.dumps({"type": "answer", "question": number,
                                         "value": any_answer(question)}))
                    receive_until(ann, "received")
                    process.stdin.write("\n")
                    process.stdin.flush()
                    receive_until(ann, "reveal")
                process.stdin.write("q\n")
                process.stdin.flush()
                assert receive_until(ann, "ended")["total"] == 2
            rest, errors = process.communicate(timeout=20)
        finally:
            process.kill()
    assert process.returncode == 0, errors
    assert rest == "", "only one line goes to standard output"
    assert f"Results of 1 student saved in {tmp_path / 'results'}" in errors  # not "1 students"
    [path] = sorted((tmp_path / "results").glob("*.json"))
    results = read_results_file(path)
    assert (results.learner, results.mode, results.total) == ("Ann", "live", 2)


def test_live_command_refuses_bad_options(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path),
                               "live", str(FIXTURES / "mini"), *args], capture_output=True,
                              text=True, timeout=60, check=False,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))

    assert "ADDR:PORT" in run("--listen", "nowhere").stderr
    bad_pin = run("--listen", "127.0.0.1:0", "--pin", "12")
    assert bad_pin.returncode == 2 and "PIN must be 6 digits" in bad_pin.stderr
    assert run("--listen", "127.0.0.1:0", "--count", "0").returncode == 2
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = run("--listen", f"127.0.0.1:{port}")
    assert busy.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.stderr


def test_live_continue_takes_up_an_interrupted_session(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    base = [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data"), "live"]
    first = subprocess.Popen(base + [str(FIXTURES / "mini"), "--listen", "127.0.0.1:0",
                                     "--time-limit", "600"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    assert first.stdin is not None and first.stdout is not None
    try:
        match = LINE.match(first.stdout.readline().rstrip("\n"))
        assert match
        url, port, pin = match.groups()
        with connect(f"ws://127.0.0.1:{port}/socket", origin=url.rstrip("/")) as ann:
            ann.send(json.dumps({"type": "join", "pin": pin, "name": "Ann"}))
            token = receive_until(ann, "joined")["token"]
            first.stdin.write("\n")
            first.stdin.flush()
            question = receive_until(ann, "question")
            ann.send(json.dumps({"type": "answer", "question": 1, "value": any_answer(question)}))
            receive_until(ann, "received")
            first.kill()  # the teacher's computer dies mid-question
            first.wait(timeout=20)
    finally:
        first.kill()
        first.communicate()
    other = subprocess.run(base + [str(FIXTURES / "mini"), "--listen", "127.0.0.1:0",
                                   "--results-dir", str(tmp_path / "other")], input="",
                           capture_output=True, text=True, timeout=60, env=env, check=False)
    assert "can be continued with: quizapp live --continue" in other.stderr
    mixed = subprocess.run(base + ["--continue", "--pin", "123456"], capture_output=True,
                           text=True, timeout=60, env=env, check=False)
    assert mixed.returncode == 2 and "leave out --pin" in mixed.stderr
    with subprocess.Popen(base + ["--continue", "--results-dir", str(tmp_path / "results")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=env) as again:
        assert again.stdin is not None and again.stdout is not None
        try:
            line = again.stdout.readline().rstrip("\n")
            assert line == f"Students join at {url} with PIN {pin}", line  # same address and PIN
            with connect(f"ws://127.0.0.1:{port}/socket", origin=url.rstrip("/")) as back:
                back.send(json.dumps({"type": "rejoin", "token": token}))
                resumed = receive_until(back, "question")
                assert resumed["answered"] is True and resumed["number"] == 1
                assert 0 < resumed["seconds_left"] <= 600  # type: ignore[operator]
                again.stdin.write("q\n")
                again.stdin.flush()
                receive_until(back, "ended")
            _, errors = again.communicate(timeout=20)
        finally:
            again.kill()
    assert again.returncode == 0, errors
    assert "Continuing the session" in errors
    [path] = sorted((tmp_path / "results").glob("*.json"))
    assert read_results_file(path).answered == 1
    nothing = subprocess.run(base + ["--continue"], capture_output=True, text=True, timeout=60,
                             env=env, check=False)
    assert nothing.returncode == 2 and "no interrupted live session" in nothing.stderr
