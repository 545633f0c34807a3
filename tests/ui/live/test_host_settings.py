"""The host dialog remembers the teacher's choices; the crash offer counts students in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.core.models import Pack
from quizapp.live.host import DEFAULT_PORT, LanAddress
from quizapp.live.session_setup import JOURNAL_FOLDER, new_host
from quizapp.ui.live.setup_dialog import HostDialog
from tests.ui.conftest import WindowFactory

ROOM = [LanAddress("wlan0", "192.168.1.20"), LanAddress("eth0", "10.0.0.5")]


def test_the_host_dialog_remembers_network_port_count_time_podium_and_full_screen(
        qtbot: QtBot, tmp_path: Path, mini_pack: Pack) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = HostDialog([mini_pack], None, ROOM, settings=settings)
    qtbot.addWidget(first)
    first.network.setCurrentIndex(1)
    first.port.setValue(9123)
    first.count.setValue(5)
    first.time_limit.setValue(30)
    first.podium.setChecked(True)
    first.full_screen.setChecked(False)
    ok = first.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert first.result() == HostDialog.DialogCode.Accepted
    again = HostDialog([mini_pack], None, ROOM, settings=settings)
    qtbot.addWidget(again)
    options = again.options()
    assert (options.address, options.port, options.count, options.time_limit, options.podium,
            options.full_screen) == ("10.0.0.5", 9123, 5, 30.0, True, False)
    # cancelled: nothing changes; another room (the network is gone): the first one
    again.time_limit.setValue(60)
    again.reject()
    elsewhere = HostDialog([mini_pack], None, [LanAddress("wlan0", "172.16.0.9")],
                           settings=settings)
    qtbot.addWidget(elsewhere)
    assert elsewhere.options().address == "172.16.0.9"
    assert elsewhere.options().time_limit == 30.0


def test_a_hand_edited_settings_file_falls_back_to_the_defaults(qtbot: QtBot, tmp_path: Path,
                                                               mini_pack: Pack) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("live/host/port", "eighty")
    settings.setValue("live/host/podium", "perhaps")
    dialog = HostDialog([mini_pack], None, ROOM, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.port.value() == DEFAULT_PORT
    assert dialog.podium.isChecked() is False


def test_the_crash_offer_says_1_student(open_window: WindowFactory, qtbot: QtBot,
                                        data_dir: Path, mini_pack: Pack,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = new_host(mini_pack, data_dir / JOURNAL_FOLDER, address="127.0.0.1", port=0)
    _, record = crashed.session.join("Ann")
    crashed.journal.append(record)
    crashed.next_question()
    crashed.stop()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(str(args[2])) or QMessageBox.StandardButton.No)
    window = open_window()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "at question 1 with 1 student. Continue it?" in asked[0]
    assert window.live_actions.open_windows == []
