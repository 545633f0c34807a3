"""``quizapp backup`` and ``quizapp restore``, run as a teacher at a shared PC would run them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.faults import history_with
from tests.test_cli import run


def learners(data: Path) -> list[str]:
    result = run("stats", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return [p["name"] for p in json.loads(result.stdout)["profiles"]]


def test_backup_then_restore_latest_brings_the_history_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    history_with(data, ["Ann"])
    made = run("backup", data_dir=data)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == data / "backups" and backup.is_file()
    listed = run("backup", "--list", data_dir=data)
    assert "1 learner, 1 answer" in listed.stdout and backup.name in listed.stdout

    history_with(data, ["Bob"])
    assert learners(data) == ["Ann", "Bob"]
    restored = run("restore", "latest", data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored the backup of ")
    assert "The history as it was is kept in " in restored.stdout
    assert learners(data) == ["Ann"]
    kept = list((data / "backups").glob("*-before-restore.sqlite3"))
    assert len(kept) == 1
    assert run("restore", kept[0].name, data_dir=data).returncode == 0  # undo the restore
    assert learners(data) == ["Ann", "Bob"]


def test_restore_without_a_name_lists_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    history_with(data, ["Ann"])
    run("backup", data_dir=data)
    result = run("restore", data_dir=data)
    assert result.returncode == 0
    assert "1 learner, 1 answer" in result.stdout and "quizapp restore latest" in result.stdout
    assert not list((data / "backups").glob("*-before-restore.sqlite3"))


def test_restore_over_a_damaged_history_keeps_the_damaged_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    history_with(data, ["Ann"])
    run("backup", data_dir=data)
    (data / "quizapp.sqlite3").write_bytes(b"garbage" * 500)
    assert run("stats", "--json", data_dir=data).returncode == 1
    result = run("restore", "latest", data_dir=data)
    assert result.returncode == 0, result.stderr
    [damaged] = data.glob("quizapp.sqlite3.damaged-*[0-9]")  # without its -wal and -shm
    assert damaged.read_bytes() == b"garbage" * 500
    assert learners(data) == ["Ann"]


def test_backup_and_restore_explain_what_is_missing(tmp_path: Path) -> None:
    data = tmp_path / "empty"
    nothing = run("backup", data_dir=data)
    assert nothing.returncode == 1 and "there is no history to back up" in nothing.stderr
    assert run("restore", "latest", data_dir=data).returncode == 1
    unknown = run("restore", "nope.sqlite3", data_dir=data)
    assert unknown.returncode == 2 and "no backup called 'nope.sqlite3'" in unknown.stderr
