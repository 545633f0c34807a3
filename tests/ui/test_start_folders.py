"""Save and open dialogs start in a folder that exists: the one last used, else Documents, else
home — never the process's working folder or a missing folder typed into the name box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.classroom.class_report_window import FOLDER_KEY as RESULTS_FOLDER_KEY
from quizapp.ui.start_folders import documents_folder, start_folder
from tests.ui.conftest import WindowFactory


@pytest.fixture
def missing_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh account: Documents is named but does not exist; home does."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda location: str(home / "Documents"))
    return home


def test_a_missing_documents_folder_or_remembered_folder_falls_back(
        tmp_path: Path, missing_documents: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert documents_folder() == missing_documents
    (missing_documents / "Documents").mkdir()
    assert documents_folder() == missing_documents / "Documents"
    settings.setValue("some/folder", str(tmp_path / "gone"))
    assert start_folder(settings, "some/folder") == missing_documents / "Documents"
    settings.setValue("some/folder", str(tmp_path))
    assert start_folder(settings, "some/folder") == tmp_path


def test_worksheet_and_class_report_dialogs_start_in_a_folder_that_exists(
        open_window: WindowFactory, qtbot: QtBot, missing_documents: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _caption, where, *_a: (asked.append(where), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _caption, where, *_a: (asked.append(where), "")[1])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.classroom.worksheet_dialog
    assert dialog is not None
    dialog.save_pdf()
    assert Path(asked[-1]).parent == missing_documents  # not the working folder
    dialog.reject()
    report = window.classroom.show_class_report()
    report.settings.setValue(RESULTS_FOLDER_KEY, str(missing_documents / "USB stick"))
    report.choose_folder()
    assert asked[-1] == str(missing_documents)
    report.close()
