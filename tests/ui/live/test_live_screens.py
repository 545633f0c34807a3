"""The teacher's live-session window — projector mode's window and stage — driven by keyboard with
simulated students, and the *Class* menu's actions: hosting, continuing after a crash, joining from
another quizapp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from quizapp.classroom.presentation import Step
from quizapp.classroom.results_file import read_results_file
from quizapp.live.host import LiveHost
from quizapp.live.session_setup import JOURNAL_FOLDER, new_host
from quizapp.live.state import Phase
from quizapp.ui.appearance import Appearance
from quizapp.ui.appearance import ThemeChoice as AppThemeChoice
from quizapp.ui.classroom.screen_chooser import ScreenChooser
from quizapp.ui.classroom.stage_parts import shown_text
from quizapp.ui.classroom.theme import DARK, LIGHT
from quizapp.ui.live.join_window import JoinWindow
from quizapp.ui.live.setup_dialog import HostDialog, HostOptions
from quizapp.ui.live.teacher_window import LiveWindow
from tests.live.students import Student
from tests.live.test_state import right_value
from tests.ui.classroom.clipping import clipped_labels
from tests.ui.conftest import WindowFactory

WAIT = 10_000
NAMED = (QAbstractItemView, QChartView, QProgressBar)
"""Widgets a screen reader must be able to name (labels are checked by their text)."""


def join_student(qtbot, host: LiveHost, name: str, students: list[Student]) -> Student:  # type: ignore[no-untyped-def]
    student = Student(host.url)
    students.append(student)
    qtbot.waitUntil(student.connected.is_set, timeout=WAIT)
    student.send({"type": "join", "pin": host.pin, "name": name})
    qtbot.waitUntil(lambda: student.last("lobby") is not None, timeout=WAIT)
    return student


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[QAccessibleEvent]:
    """Every accessibility event the window sends (what a screen reader would be told)."""
    events: list[QAccessibleEvent] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", events.append)
    return events


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a widget is (Qt's accessibility interface, as AT-SPI reads it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def announcements(events: list[QAccessibleEvent]) -> list[str]:
    return [e.message() for e in events if e.type() == QAccessible.Event.Announcement]  # type: ignore[attr-defined]


def test_a_session_by_keyboard_on_the_projector_stage(qtbot, host_factory, students,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path, announced,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    host = host_factory(count=2)
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.show()
    stage = window.stage
    assert stage.step is Step.TITLE and window.shown_extra is window.join
    address = host.url.removeprefix("http://").rstrip("/")
    assert stage.card_title.text() == f"{address}\nPIN 123 456"  # never broken inside
    assert host.url in stage.card_title.accessibleName()
    assert not window.join.qr.pixmap().isNull()
    assert window.join.qr.accessibleName() == f"QR code of the address {host.url}"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert host.session.phase is Phase.LOBBY  # nobody to play with yet
    ann = join_student(qtbot, host, "Ann", students)
    qtbot.waitUntil(lambda: window.join.model.rowCount() == 1, timeout=WAIT)  # within 0.1 s
    assert window.join.count.text() == "1 student joined"
    assert "Space: start" in stage.footer.text()
    for number in (1, 2):
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert host.session.phase is Phase.QUESTION and stage.step is Step.QUESTION
        assert window.question_extra.current is window.count
        question = host.session.question
        assert question is not None and shown_text(stage.prompt) == question.prompt
        qtbot.waitUntil(lambda n=number: (ann.last("question") or {}).get("number") == n,
                        timeout=WAIT)
        sent = ann.last("question")
        assert sent is not None
        if sent["choices"] and question.choices:  # the stage lists them as the devices do
            assert [row.text for row in stage.slide.rows] == sent["choices"]  # type: ignore[union-attr]
        assert (window.count.number.text(), window.count.caption.text()) == ("0", "of 1 answered")
        ann.send({"type": "answer", "question": number, "value": right_value(host.session)})
        qtbot.waitUntil(lambda: window.count.number.text() == "1", timeout=WAIT)
        assert "Everyone has answered" in announcements(announced)
        size = stage.body_pixels
        qtbot.keyClick(window, Qt.Key.Key_Return)
        assert host.session.phase is Phase.REVEALED and stage.step is Step.ANSWER
        assert window.question_extra.current is window.chart and window.chart.isVisible()
        assert stage.body_pixels == size  # the chart takes the count's place: nothing jumps
        assert "(right)" in window.chart.chart.accessibleDescription()
        assert window.chart.summary.text() == "1 of 1 right"
        assert announcements(announced)[-1].startswith("Answer: ")
        assert announcements(announced)[-1].endswith("1 of 1 right")
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert stage.step is Step.EXPLANATION and host.session.phase is Phase.REVEALED
        assert stage.excerpt_views and stage.excerpt_area.isVisible()
        assert shown_text(stage.explanation) == question.explanation
    assert "Space: finish" in stage.footer.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert host.session.phase is Phase.ENDED and not host.listening
    assert shown_text(stage.card_title) == "Results" and window.shown_extra is window.results
    assert window.results.model.rowCount() == 1
    assert "1st" not in stage.card_body.text()  # no podium unless the teacher asks for one
    qtbot.waitUntil(lambda: bool(window.saved), timeout=WAIT)  # written on a worker thread
    [saved] = window.saved
    assert read_results_file(saved).score == 2
    assert str(tmp_path / "results") in shown_text(stage.card_note)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    qtbot.keyClick(window, Qt.Key.Key_O)
    assert opened and opened[0].toLocalFile() == str(tmp_path / "results")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.isVisible()


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
    qtbot.keyClick(window, Qt.Key.Key_F1)  # Esc closes the help first, asking nothing
    assert window.help.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.help.isVisible() and host.session.phase is Phase.LOBBY
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert host.session.phase is Phase.LOBBY and host.listening
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert host.session.phase is Phase.ENDED and "1st  Ann" in window.stage.card_body.text()
    qtbot.waitUntil(lambda: len(window.saved) == 2, timeout=WAIT)


def test_f11_switches_between_a_window_and_full_screen(qtbot, host_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = LiveWindow(host_factory(), tmp_path / "results")
    qtbot.addWidget(window)
    window.show_on(None, full_screen=False)
    area = window.screen().availableGeometry()
    assert not window.isFullScreen()
    assert area.contains(window.geometry()) and window.width() < area.width()  # title bar shows
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=WAIT)
    assert area.contains(window.geometry())


def test_the_class_menu_hosts_a_session_on_the_chosen_screen(open_window: WindowFactory, qtbot,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Class") == menus.index("&Help") - 1
    pack = window.loaded_packs()[0]
    monkeypatch.setattr(HostDialog, "exec", lambda self: HostDialog.DialogCode.Accepted)
    monkeypatch.setattr(HostDialog, "options", lambda self: HostOptions(
        pack, "127.0.0.1", 0, 3, 30.0, False, full_screen=False))
    live = window.live_actions.host_session()
    assert live is not None and live.isVisible() and not live.isFullScreen()
    try:
        assert live.host.listening and live.session.total == 3 and live.session.time_limit == 30
        assert live.results_dir.parent.name == "live-results"
        assert live.settings is window.context.settings  # the projector's colours are shared
    finally:
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args: QMessageBox.StandardButton.Yes)
        live.close()
    assert not live.isVisible() and not live.host.listening


def test_an_interrupted_session_is_offered_again_with_its_time_left(  # type: ignore[no-untyped-def]
        open_window: WindowFactory, qtbot, data_dir: Path, mini_pack,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = new_host(mini_pack, data_dir / JOURNAL_FOLDER, address="127.0.0.1", port=0,
                       time_limit=60)
    crashed.next_question()
    crashed.journal.append({"event": "time", "number": 1, "elapsed": 45.0})
    crashed.stop()  # the app "died" 45 s into question 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window()
    qtbot.waitUntil(lambda: bool(window.live_actions.open_windows), timeout=WAIT)
    [live] = window.live_actions.open_windows
    assert isinstance(live, LiveWindow)
    try:
        assert live.session.session_id == crashed.session.session_id
        assert live.stage.step is Step.QUESTION and live.host.port == crashed.port
        minutes, seconds = live.stage.countdown.text().split(":")
        assert minutes == "0" and 5 < int(seconds) <= 15  # not a fresh minute
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


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_screen_fits_and_names_what_it_shows(qtbot, host_factory, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    size: tuple[int, int]) -> None:
    """Every question type of the fixture pack at each step: no text cut off, every piece a
    screen reader meets has a name, and the keyboard focus stays on the window that drives it."""
    host = host_factory(time_limit=30)
    ann, _ = host.session.join("Ann")  # seated directly: this test looks, it does not network
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.size().width() == size[0], timeout=WAIT)

    def check(where: str) -> None:
        assert clipped_labels(window.stage) == [], where
        shown = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)
                 and (isinstance(w, NAMED) or (isinstance(w, QLabel) and w.text()))]
        unnamed = [w.objectName() for w in shown if not spoken_name(w)]
        assert unnamed == [], where
        assert window.focusWidget() in (window, None), where  # no view took the keys

    check("join")
    for number in range(1, host.session.total + 1):
        window.advance()
        check(f"question {number}")
        host.session.submit(ann, number, right_value(host.session))  # type: ignore[arg-type]
        window.advance()
        check(f"answer {number}")
        window.advance()
        check(f"why {number}")
    window.advance()
    check("results")


def test_a_session_continued_after_its_reveal_shows_the_answer_and_chart(  # type: ignore[no-untyped-def]
        qtbot, host_factory, tmp_path: Path) -> None:
    host = host_factory()
    host.session.join("Ann")
    host.next_question()
    host.reveal()  # where the app "died"
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.show()
    assert window.stage.step is Step.ANSWER and window.question_extra.current is window.chart
    assert "Space: why, and the source" in window.stage.footer.text()


def test_cancelling_the_choice_of_screen_hosts_nothing(open_window: WindowFactory,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    pack = window.loaded_packs()[0]
    monkeypatch.setattr(HostDialog, "exec", lambda self: HostDialog.DialogCode.Accepted)
    monkeypatch.setattr(HostDialog, "options", lambda self: HostOptions(
        pack, "127.0.0.1", 0, None, None, False))
    asked: list[int] = []
    monkeypatch.setattr(ScreenChooser, "exec",
                        lambda self: asked.append(self.box.count()) or ScreenChooser.DialogCode.Rejected)
    screen = window.screen()
    window.live_actions.screens = lambda: [screen, screen]  # a laptop and a projector
    assert window.live_actions.host_session() is None
    assert asked == [2] and window.live_actions.open_windows == []


def test_the_window_follows_the_app_turning_dark_unless_told_otherwise(  # type: ignore[no-untyped-def]
        qtbot, host_factory, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = Appearance.of(app)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    look.use_settings(settings)
    try:
        look.set_theme_choice(AppThemeChoice.LIGHT)
        window = LiveWindow(host_factory(), tmp_path / "results", settings=settings)
        qtbot.addWidget(window)
        assert window.theme is LIGHT and window.join.theme is LIGHT
        look.set_theme_choice(AppThemeChoice.DARK)
        assert window.theme is DARK and window.join.theme is DARK  # the extras too
        qtbot.keyClick(window, Qt.Key.Key_C)  # the teacher's own choice for the projector...
        look.set_theme_choice(AppThemeChoice.LIGHT)
        assert window.theme is LIGHT  # ...is kept whatever the app does
        look.set_theme_choice(AppThemeChoice.DARK)
        assert window.theme is LIGHT
    finally:
        look.use_settings(None)
