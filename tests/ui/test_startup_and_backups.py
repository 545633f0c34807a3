"""Starting on a damaged, newer or read-only history, and backups in the window.

The learner's choice in the damage dialog is passed in (``ask``), as the app passes the real
dialog; the dialog itself is checked separately, without being run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.storage import HistoryDamaged, HistoryStore, open_database
from quizapp.storage.backups import Backup, backups_folder, make_backup
from quizapp.ui.learners import GUEST_NAME
from quizapp.ui.restore_dialog import RestoreDialog
from quizapp.ui.startup import (
    DamageChoice,
    damage_message_box,
    open_history_for_app,
    show_startup_state,
)
from tests.faults import history_with, read_only_folder
from tests.ui.conftest import WindowFactory, show_window
from tests.ui.test_progress_features import answer_first_questions

JUNE = datetime(2024, 6, 3, 12, 5, tzinfo=UTC)


@pytest.fixture
def damaged_with_backup(tmp_path: Path) -> Path:
    database = history_with(tmp_path, ["Ann", "Bob"])
    make_backup(database, backups_folder(tmp_path))
    database.write_bytes(b"not a database" * 100)
    return tmp_path


def test_damage_at_start_restores_the_newest_good_backup(damaged_with_backup: Path) -> None:
    asked: list[tuple[HistoryDamaged, Backup | None]] = []

    def restore(damage: HistoryDamaged, backup: Backup | None) -> DamageChoice:
        asked.append((damage, backup))
        return DamageChoice.RESTORE

    started = open_history_for_app(damaged_with_backup, ask=restore)
    assert started is not None
    [(damage, backup)] = asked
    assert "it is not a database file" in damage.reason
    assert backup is not None and (backup.learners, backup.answers) == (2, 2)
    assert [p.name for p in HistoryStore(started.opened.db).profiles()] == ["Ann", "Bob"]
    assert started.notices[0].startswith("Restored the backup of ")
    assert "The damaged file is kept as" in started.notices[1]
    [kept] = damaged_with_backup.glob("quizapp.sqlite3.damaged-*[0-9]")
    assert kept.read_bytes() == b"not a database" * 100
    started.opened.db.close()


def test_damage_at_start_can_start_a_new_history_or_quit(damaged_with_backup: Path) -> None:
    assert open_history_for_app(damaged_with_backup, ask=lambda d, b: DamageChoice.QUIT) is None
    assert (damaged_with_backup / "quizapp.sqlite3").read_bytes() == b"not a database" * 100
    started = open_history_for_app(damaged_with_backup, ask=lambda d, b: DamageChoice.START_NEW)
    assert started is not None and HistoryStore(started.opened.db).profiles() == []
    assert started.notices[0] == "Started a new, empty history."
    assert len(list(damaged_with_backup.glob("quizapp.sqlite3.damaged-*[0-9]"))) == 1
    started.opened.db.close()


def test_the_damage_question_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    damage = HistoryDamaged(tmp_path / "quizapp.sqlite3", "it is <b>not</b> a database file")
    backup = Backup(tmp_path / "b.sqlite3", JUNE, learners=2, answers=340)
    box, choices = damage_message_box(damage, backup)
    qtbot.addWidget(box)
    assert {choices[b] for b in box.buttons()} == set(DamageChoice)
    assert choices[box.defaultButton()] is DamageChoice.RESTORE
    assert choices[box.escapeButton()] is DamageChoice.QUIT
    shown = box.text()
    assert "&lt;b&gt;not&lt;/b&gt;" in shown  # the reason is shown as written, never as markup
    assert "2 learners, 340 answers. Restore it?" in shown
    assert "Nothing has been deleted" in shown
    without, choices = damage_message_box(damage, None)
    qtbot.addWidget(without)
    assert {choices[b] for b in without.buttons()} == {DamageChoice.START_NEW, DamageChoice.QUIT}
    assert choices[without.defaultButton()] is DamageChoice.START_NEW
    assert "There is no good backup" in without.text()


def test_a_newer_history_or_a_file_as_data_folder_ends_the_start_in_words(
        tmp_path: Path, no_blocking_dialogs: list[str]) -> None:
    database = history_with(tmp_path / "newer", ["Ann"])
    db = open_database(database)
    db.execute("PRAGMA user_version = 99")
    db.close()
    assert open_history_for_app(tmp_path / "newer") is None
    assert no_blocking_dialogs[-1].startswith("quizapp cannot start / ")
    assert "update quizapp" in no_blocking_dialogs[-1]
    (tmp_path / "file").write_text("x")
    assert open_history_for_app(tmp_path / "file") is None
    assert "is a file, not a folder" in no_blocking_dialogs[-1]


def test_a_read_only_history_is_used_with_a_warning_and_nothing_is_claimed_saved(
        qtbot: QtBot, tmp_path: Path, packs_dir: Path, no_blocking_dialogs: list[str]) -> None:
    data = tmp_path / "data"
    history_with(data, [])  # a history without learners: the window falls back to the Guest
    with read_only_folder(data):
        started = open_history_for_app(data)
        assert started is not None and not started.opened.writable
        assert no_blocking_dialogs[-1].startswith("Nothing will be saved / ")
        window = show_window(qtbot, HistoryStore(started.opened.db), tmp_path, packs_dir)
        show_startup_state(window, started)
        marker = window.statusBar().findChild(object, "readOnlyMarker")
        assert marker is not None and marker.text() == "Read-only: nothing is saved"
        assert window.profile.name == GUEST_NAME
        assert not window.backups.action.isEnabled()
        window.runner.wait()
        started.opened.db.close()


def test_restore_from_backup_in_the_window(open_window: WindowFactory, qtbot: QtBot,
                                           data_dir: Path) -> None:
    window = open_window()
    window.switch_profile("Ann")
    answer_first_questions(qtbot, window, [True])
    window.go_home()
    made: list[Path] = []
    window.backups.backup_made.connect(made.append)
    with qtbot.waitSignal(window.backups.backup_made, timeout=10000):
        window.backups.back_up_now()
    window.switch_profile("Bob")
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert menu_texts.index("Restore from &backup…") < menu_texts.index("&Quit")

    dialog = window.backups.choose_backup()
    assert isinstance(dialog, RestoreDialog)
    model = dialog.model
    assert [model.display(model.rows[0], c) for c in (1, 2)] == [2, 1]  # Learner and Ann
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.backups.restored, timeout=5000):
        dialog.restore_button.click()
    assert window.home.profile_model.stringList()[:2] == ["Ann", "Learner"]
    assert "Restored the backup of" in window.statusBar().currentMessage()
    kept = list((data_dir / "backups").glob("*-before-restore.sqlite3"))
    assert len(kept) == 1 and made[0].exists()


def test_a_backup_every_fifty_answers(open_window: WindowFactory, qtbot: QtBot,
                                      data_dir: Path) -> None:
    window = open_window()
    for _ in range(49):
        window.quiz.answer_recorded.emit(None)
    assert not (data_dir / "backups").exists()
    with qtbot.waitSignal(window.backups.backup_made, timeout=10000):
        window.quiz.answer_recorded.emit(None)
    assert len(list((data_dir / "backups").glob("quizapp-*.sqlite3"))) == 1


def test_a_damaged_backup_cannot_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    good = Backup(tmp_path / "a", JUNE, learners=1, answers=3)
    bad = Backup(tmp_path / "b", JUNE, problem="parts of it cannot be read")
    dialog = RestoreDialog([bad, good])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == good  # the first usable one is selected
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert not dialog.restore_button.isEnabled()
    assert dialog.model.display(bad, 3) == "damaged, cannot be restored: parts of it cannot be read"


def test_what_was_repaired_is_said_once_the_window_is_up(
        open_window: WindowFactory, damaged_with_backup: Path,
        no_blocking_dialogs: list[str]) -> None:
    started = open_history_for_app(damaged_with_backup, ask=lambda d, b: DamageChoice.RESTORE)
    assert started is not None
    show_startup_state(open_window(), started)
    assert no_blocking_dialogs[-1].startswith("Your history was repaired / ")
    assert "Restored the backup of" in no_blocking_dialogs[-1]
    assert "The damaged file is kept as" in no_blocking_dialogs[-1]
    started.opened.db.close()


def test_the_restore_dialog_works_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    good = Backup(tmp_path / "a", JUNE, learners=1, answers=3)
    dialog = RestoreDialog([good])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.table and dialog.table.accessibleName()
    with qtbot.waitSignal(dialog.restore_chosen) as chosen:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert chosen.args == [good]
