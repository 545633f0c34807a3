"""A damaged, foreign, newer or missing history: found at start, explained, never made worse.

Each shape of damage is made from a real history with answers in it. Opening must raise the
right kind of error with a reason in plain words and leave the file byte for byte as it was;
``quizapp stats --json`` must say so in one line and exit 1, never with a traceback.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.cli.stats import print_stats
from quizapp.storage import (
    HistoryDamaged,
    HistoryStore,
    HistoryTooNew,
    HistoryUnavailable,
    StorageError,
    open_database,
    open_history,
)
from quizapp.storage.backups import backups_folder, make_backup
from quizapp.storage.database import set_aside
from tests.faults import read_only_folder

Damage = Callable[[Path], None]


def make_history(folder: Path, answers: int = 300) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "quizapp.sqlite3")
    db.execute("PRAGMA synchronous = OFF")  # a fixture: build speed only
    history = HistoryStore(db)
    ann = history.ensure_profile("Ann")
    for number in range(answers // 10):
        session = history.start_session(ann.id, "pack", "Pack", None, 10,
                                         question_ids=[f"q{i}" for i in range(10)])
        for question in range(10):
            history.record_attempt(session, f"q{question}", 1, "words " * 40, True, 1.0)
        if number == 0:
            history.finish_session(session)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder / "quizapp.sqlite3"


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def damaged_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"NOT A DATABASE!!"
    path.write_bytes(bytes(data))


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def damaged_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 5: 4096 * 6] = os.urandom(4096)
    path.write_bytes(bytes(data))


def missing_table(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("DROP TABLE attempts")
    db.close()


DAMAGE: dict[str, tuple[Damage, str]] = {
    "garbage": (garbage, "it is not a database file"),
    "damaged header": (damaged_header, "it is not a database file"),
    "truncated": (truncated, "parts of it cannot be read"),
    "damaged page": (damaged_page, "parts of it cannot be read"),
    "missing table": (missing_table, "the table 'attempts' is missing"),
}


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("shape", list(DAMAGE))
def test_damage_is_found_reported_in_words_and_left_untouched(tmp_path: Path, shape: str) -> None:
    path = make_history(tmp_path / "data")
    damage, words = DAMAGE[shape]
    damage(path)
    before = fingerprint(path)
    with pytest.raises(HistoryDamaged) as caught:
        open_history(tmp_path / "data")
    assert words in caught.value.reason
    assert caught.value.path == path
    assert fingerprint(path) == before


@pytest.mark.parametrize("shape", list(DAMAGE))
def test_stats_reports_damage_in_one_line(tmp_path: Path, shape: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = make_history(tmp_path / "data")
    DAMAGE[shape][0](path)
    assert print_stats(tmp_path / "data", None) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"quizapp stats: the history file {path} is damaged: ")
    assert "quizapp restore" in captured.err and captured.err.count("\n") == 1


def test_a_folder_in_place_of_the_history(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "quizapp.sqlite3").mkdir()
    with pytest.raises(HistoryDamaged, match="there is a folder where the history file should be"):
        open_history(tmp_path)
    assert print_stats(tmp_path, None) == 1
    assert "a folder where the history file should be" in capsys.readouterr().err


def test_a_data_folder_that_is_a_file_is_not_an_empty_history(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    with pytest.raises(HistoryUnavailable, match="is a file, not a folder"):
        open_history(folder)
    assert print_stats(folder, None) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert folder.read_text() == "not a folder"


def test_a_newer_schema_is_refused_untouched(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = make_history(tmp_path, answers=10)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = fingerprint(path)
    with pytest.raises(HistoryTooNew, match="update quizapp"):
        open_history(tmp_path)
    assert print_stats(tmp_path, None) == 1
    assert "newer than this quizapp understands" in capsys.readouterr().err
    assert fingerprint(path) == before


def test_an_emptied_file_with_backups_is_damage(tmp_path: Path) -> None:
    path = make_history(tmp_path, answers=10)
    make_backup(path, backups_folder(tmp_path))
    path.write_bytes(b"")
    with pytest.raises(HistoryDamaged, match=r"the file is empty \(0 bytes\)"):
        open_history(tmp_path)


def test_an_empty_file_without_backups_becomes_a_new_history(tmp_path: Path) -> None:
    """Nothing could be recovered, and two first starts at once see each other's empty file."""
    (tmp_path / "quizapp.sqlite3").write_bytes(b"")
    opened = open_history(tmp_path)
    assert HistoryStore(opened.db).profiles() == []
    opened.db.close()


def test_set_aside_moves_the_file_and_its_wal_files_and_deletes_nothing(tmp_path: Path) -> None:
    path = make_history(tmp_path, answers=10)
    garbage(path)
    (tmp_path / "quizapp.sqlite3-wal").write_bytes(b"old log")
    kept = set_aside(path, "damaged")
    assert not path.exists() and not (tmp_path / "quizapp.sqlite3-wal").exists()
    assert kept.name.startswith("quizapp.sqlite3.damaged-") and kept.stat().st_size == 8192
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"old log"
    opened = open_history(tmp_path)  # a fresh history, not the old log replayed into it
    assert HistoryStore(opened.db).profiles() == []
    opened.db.close()


def test_stats_on_a_read_only_folder_reads_and_says_why_it_cannot_write(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    make_history(folder, answers=20)
    with read_only_folder(folder):
        assert print_stats(folder, None) == 0
        captured = capsys.readouterr()
        assert '"name": "Ann"' in captured.out
        assert captured.err.startswith("quizapp stats: note: the data folder")
        assert "read-only" in captured.err and "nothing can be saved" in captured.err


def test_a_read_only_history_opens_but_refuses_writes_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_history(folder, answers=20)
    with read_only_folder(folder):
        opened = open_history(folder)
        try:
            assert not opened.writable and "read-only" in str(opened.read_only_reason)
            history = HistoryStore(opened.db)
            ann = history.find_profile("Ann")
            assert ann is not None and len(history.sessions(ann.id)) == 2
            with pytest.raises(StorageError, match="read-only"):
                history.start_session(ann.id, "pack", "Pack", None, 1)
        finally:
            opened.db.close()


def test_stats_never_prints_a_traceback(tmp_path: Path) -> None:
    """End to end, as a teacher's script runs it, on the worst shape."""
    path = make_history(tmp_path / "data", answers=20)
    damaged_page(path)
    result = subprocess.run([sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path / "data"),
                             "stats", "--json"], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.startswith("quizapp stats: ")
