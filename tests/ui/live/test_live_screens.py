"""The teacher's live-session window, driven by keyboard with a simulated student, and the
*Class* menu's actions: hosting, continuing after a crash, joining from another quizapp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quizapp.classroom.results_file import read_results_file
from quizapp.live.host import LiveHost
from quizapp.live.session_setup import JOURNAL_FOLDER, new_host
from quizapp.live.state import Phase
from quizapp.ui.live.join_window import JoinWindow
from quizapp.ui.live.setup_dialog import HostDialog, HostOptions
from quizapp.ui.live.teacher_window import LiveWindow
from tests.live.students import Student
from tests.live.test_state import right_value
from tests.ui.conftest import WindowFactory

WAIT = 10_000


def join_student(qtbot, host: LiveHost, name: str, students: list[Student]) -> Student:  # type: ignore[no-untyped-def]
    student = Student(host.url)
    students.append(student)
    qtbot.waitUntil(student.connected.is_set, timeout=WAIT)
    student.send({"type": "join", "pin": host.pin, "name": name})
    qtbot.waitUntil(lambda: student.last("lobby") is not None, timeout=WAIT)
    return student


def test_a_session_by_keyboard_from_join_screen_to_results(qtbot, host_factory, students,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    host = host_factory(count=2)
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.join
    assert window.join.address.text() == host.url and "1 2 3 4 5 6" in window.join.pin.text()
    assert window.join.qr.pixmap() is not None and not window.join.qr.pixmap().isNull()
    assert not window.join.primary.isEnabled()  # nobody to play with yet
    ann = join_student(qtbot, host, "Ann", students)
    qtbot.waitUntil(lambda: window.join.model.rowCount() == 1, timeout=WAIT)  # within 0.1 s
    assert window.join.count.text() == "1 student(s) joined"
    for number in (1, 2):
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert window.stack.currentWidget() is window.question
        assert window.question.prompt.text() == host.session.question.prompt  # type: ignore[union-attr]
        assert window.question.answered.text() == "0 of 1 answered"
        qtbot.waitUntil(lambda n=number: (ann.last("question") or {}).get("number") == n,
                        timeout=WAIT)
        ann.send({"type": "answer", "question": number, "value": right_value(host.session)})
        qtbot.waitUntil(lambda: window.question.answered.text() == "1 of 1 answered",
                        timeout=WAIT)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.reveal
        assert "(right)" in window.reveal.chart.accessibleDescription()
        assert "From the source" in window.reveal.passage.text()
    assert window.reveal.primary.text() == "Finish (Space)"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.results
    assert host.session.phase is Phase.ENDED and not host.listening
    assert window.results.model.rowCount() == 1 and not window.results.podium.isVisible()
    [saved] = window.saved
    assert read_results_file(saved).score == 2
    assert str(tmp_path / "results") in window.results.saved.text()


def test_escape_asks_before_ending_and_the_podium_is_optional(qtbot, host_factory, students,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    host = host_factory()
    window = LiveWindow(host, tmp_path / "results", podium=True)
    qtbot.addWidget(window)
    window.show()
    join_student(qtbot, host, "Ann", students)
    join_student(qtbot, host, "Bob", students)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert host.session.phase is Phase.LOBBY and host.listening
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert host.session.phase is Phase.ENDED and window.results.podium.isVisible()
    assert "Ann" in window.results.podium.text()
    assert len(window.saved) == 2


def test_the_class_menu_hosts_a_session(open_window: WindowFactory, qtbot,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Class") == menus.index("&Help") - 1
    pack = window.loaded_packs()[0]
    monkeypatch.setattr(HostDialog, "exec", lambda self: HostDialog.DialogCode.Accepted)
    monkeypatch.setattr(HostDialog, "options", lambda self: HostOptions(
        pack, "127.0.0.1", 0, 3, 30.0, False))
    live = window.live_actions.host_session()
    assert live is not None and live.isVisible()
    try:
        assert live.host.listening and live.session.total == 3 and live.session.time_limit == 30
        assert live.results_dir.parent.name == "live-results"
    finally:
        live.host.stop()
        live.close()


def test_an_interrupted_session_is_offered_again(open_window: WindowFactory, qtbot,  # type: ignore[no-untyped-def]
                                                 data_dir: Path, mini_pack,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = new_host(mini_pack, data_dir / JOURNAL_FOLDER, address="127.0.0.1", port=0)
    crashed.next_question()
    crashed.stop()  # the app "died" with question 1 open
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window()
    qtbot.waitUntil(lambda: bool(window.live_actions.open_windows), timeout=WAIT)
    [live] = window.live_actions.open_windows
    assert isinstance(live, LiveWindow)
    try:
        assert live.session.session_id == crashed.session.session_id
        assert live.stack.currentWidget() is live.question and live.host.port == crashed.port
    finally:
        live.host.stop()
        live.close()


def test_join_a_live_session_from_quizapp(qtbot, host_factory) -> None:  # type: ignore[no-untyped-def]
    host = host_factory()
    joining = JoinWindow()
    qtbot.addWidget(joining)
    joining.show()
    joining.address.setText(host.url)
    joining.pin.setText(host.pin)
    joining.name.setText("Dana")
    qtbot.mouseClick(joining.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: joining.token is not None, timeout=WAIT)
    host.next_question()
    qtbot.waitUntil(lambda: joining.input is not None, timeout=WAIT)
    right = host.session.arrangements[0].choices.index(0)
    assert joining.input is not None and joining.input.pick(right + 1)
    qtbot.mouseClick(joining.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 1 in host.session.seats[0].answers, timeout=WAIT)
    assert host.session.seats[0].answers[1].correct
    host.reveal()
    qtbot.waitUntil(lambda: "Right!" in joining.reveal.text(), timeout=WAIT)
    assert "From the source" in joining.reveal.text()
