"""The host on a real socket (127.0.0.1, port 0) with simulated students: what is served, who may
connect, a whole session read message by message, reconnecting, and continuing after a crash."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from quizapp.classroom.results_file import read_results_file
from quizapp.live.host import LiveHost
from quizapp.live.session_setup import continue_host, save_results
from quizapp.live.state import LiveSession
from tests.live.students import Fetch, Student
from tests.live.test_state import right_value

WAIT = 10_000


def enter(qtbot, host: LiveHost, name: str, students: list[Student],  # type: ignore[no-untyped-def]
          token: str | None = None) -> Student:
    student = Student(host.url)
    students.append(student)
    qtbot.waitUntil(student.connected.is_set, timeout=WAIT)
    if token:
        student.send({"type": "rejoin", "token": token})
    else:
        student.send({"type": "join", "pin": host.pin, "name": name})
    qtbot.waitUntil(lambda: student.last("joined") is not None, timeout=WAIT)
    return student


def test_only_the_page_its_script_and_style_are_served(qtbot, host_factory) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    fetches = {path: Fetch(host.url.rstrip("/") + path) for path in (
        "/", "/app.js", "/app.css", "/etc/passwd", "/../pack.yaml", "/app.js/../index.html",
        "/web/app.js", "/index.html", "/socket", "/%2e%2e/journal.py")}
    qtbot.waitUntil(lambda: all(f.done.is_set() for f in fetches.values()), timeout=WAIT)
    statuses = {path: f.status for path, f in fetches.items()}
    assert statuses.pop("/") == statuses.pop("/app.js") == statuses.pop("/app.css") == 200
    assert set(statuses.values()) == {404}, statuses
    page = fetches["/"]
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert b'<label for="pin">PIN</label>' in page.body and b"innerHTML" not in \
        fetches["/app.js"].body
    assert fetches["/app.js"].headers["content-type"].startswith("text/javascript")
    for fetched in fetches.values():
        policy = fetched.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert fetched.headers["x-content-type-options"] == "nosniff"


def test_sockets_from_other_origins_are_refused(qtbot, host_factory, students) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    for origin in ("http://evil.example", "null", ""):
        student = Student(host.url, origin=origin)
        students.append(student)
        qtbot.waitUntil(student.closed.is_set, timeout=WAIT)
        assert not student.connected.is_set() and student.failure is not None
    assert host.room.connections == {}


def test_a_session_never_shows_the_key_before_the_reveal(qtbot, host_factory,  # type: ignore[no-untyped-def]
                                                           students, tmp_path: Path) -> None:
    host = host_factory()
    session: LiveSession = host.session
    ann = enter(qtbot, host, "Ann", students)
    bob = enter(qtbot, host, "Bob", students)
    for number, question in enumerate(session.questions, start=1):
        host.next_question()
        qtbot.waitUntil(lambda n=number: (ann.last("question") or {}).get("number") == n,
                        timeout=WAIT)
        ann.send({"type": "answer", "question": number, "value": right_value(session)})
        qtbot.waitUntil(lambda n=number: (ann.last("received") or {}).get("number") == n,
                        timeout=WAIT)
        for student in (ann, bob):  # everything received so far, read as text
            everything = "\n".join(student.raw)
            assert question.explanation not in everything
            assert len(student.of_type("reveal")) == number - 1
        host.reveal()
        qtbot.waitUntil(lambda n=number: len(bob.of_type("reveal")) == n
                        and len(ann.of_type("reveal")) == n, timeout=WAIT)
        assert ann.last("reveal")["outcome"] == "right"  # type: ignore[index]
        assert bob.last("reveal")["outcome"] == "unanswered"  # type: ignore[index]
        assert ann.last("reveal")["explanation"] == question.explanation  # type: ignore[index]
    host.end()
    qtbot.waitUntil(lambda: ann.last("ended") is not None and ann.closed.is_set(), timeout=WAIT)
    assert not host.listening
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", host.port)) != 0
    paths = save_results(host, tmp_path / "results")
    results = [read_results_file(p) for p in paths]
    assert [(r.learner, r.score, r.total) for r in results] == [("Ann", 7, 7), ("Bob", 0, 7)]


def test_reconnecting_keeps_the_seat_and_its_answers(qtbot, host_factory, students) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    ann = enter(qtbot, host, "Ann", students)
    token = ann.last("joined")["token"]  # type: ignore[index]
    host.next_question()
    qtbot.waitUntil(lambda: ann.last("question") is not None, timeout=WAIT)
    ann.send({"type": "answer", "question": 1, "value": 1})
    qtbot.waitUntil(lambda: ann.last("received") is not None, timeout=WAIT)
    ann.close()  # the phone locks
    qtbot.waitUntil(lambda: not host.session.seats[0].connected, timeout=WAIT)
    again = enter(qtbot, host, "", students, token=token)
    qtbot.waitUntil(lambda: again.last("question") is not None, timeout=WAIT)
    assert again.last("question")["answered"] is True  # type: ignore[index]
    assert len(host.session.seats) == 1 and host.session.seats[0].connected
    late = enter(qtbot, host, "Cleo", students)
    qtbot.waitUntil(lambda: late.last("question") is not None, timeout=WAIT)
    assert late.last("question")["number"] == 1  # type: ignore[index]


def test_oversized_frames_are_cut_off_by_the_socket(qtbot, host_factory, students) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    ann = enter(qtbot, host, "Ann", students)
    ann.send(json.dumps({"type": "answer", "question": 1, "value": "x" * 20_000}))
    qtbot.waitUntil(ann.closed.is_set, timeout=WAIT)
    assert host.room.connections == {}


def test_a_crashed_session_continues_and_pages_reconnect(qtbot, host_factory, students) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    ann = enter(qtbot, host, "Ann", students)
    token = ann.last("joined")["token"]  # type: ignore[index]
    host.next_question()
    qtbot.waitUntil(lambda: ann.last("question") is not None, timeout=WAIT)
    ann.send({"type": "answer", "question": 1, "value": 2})
    qtbot.waitUntil(lambda: ann.last("received") is not None, timeout=WAIT)
    port, path = host.port, host.journal.path
    host.stop()  # as far as the students can tell, the teacher's app has gone
    qtbot.waitUntil(ann.closed.is_set, timeout=WAIT)
    again, note = continue_host(path)
    try:
        assert note is None and again.port == port and again.pin == host.pin
        back = enter(qtbot, again, "", students, token=token)
        qtbot.waitUntil(lambda: back.last("question") is not None, timeout=WAIT)
        assert back.last("question")["answered"] is True  # type: ignore[index]
        assert again.session.seats[0].answers[1].shown == 2
    finally:
        again.stop()


def test_a_continued_question_keeps_the_time_it_had_left(qtbot, host_factory) -> None:  # type: ignore[no-untyped-def]
    host = host_factory(time_limit=30)
    host.next_question()
    assert host._time_notes.isActive()
    # the host notes the elapsed time every second; here, 25 s of it, as if the app had run so long
    host.journal.append({"event": "time", "number": 1, "elapsed": 25.0})
    path = host.journal.path
    host.stop()
    again, _ = continue_host(path)
    try:
        left = again.session.seconds_left()
        assert left is not None and 4.0 < left <= 5.0
        assert again._deadline.isActive() and again._deadline.remainingTime() <= 5000
        assert again._time_notes.isActive()
        again.reveal()
        assert not again._deadline.isActive() and not again._time_notes.isActive()
    finally:
        again.stop()


def test_a_host_loads_the_tls_defaults_off_the_ui_thread(host_factory,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    """Qt builds its TLS defaults (every CA certificate) for the first QWebSocket even for ws://;
    done on the UI thread when the first student joins, that froze the teacher's screen."""
    import threading

    import quizapp.live.host as host_module

    started: list[threading.Thread] = []
    real = host_module.prepare_sockets_in_background
    monkeypatch.setattr(host_module, "prepare_sockets_in_background",
                        lambda: started.append(real()) or started[-1])
    host_factory()
    [thread] = started
    thread.join(10)
    assert thread.name == "live-tls-defaults" and not thread.is_alive()
