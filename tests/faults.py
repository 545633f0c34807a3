"""Making the machine misbehave for a test: a full disk, a read-only folder (and a small history
to misbehave on).

Real faults where the test can make them (a tiny tmpfs, a read-only bind mount: both need root
and a kernel that allows mounts, as CI's container does), else the test is skipped; ``full_disk``
works everywhere by capping the database's size, which SQLite reports exactly as a full disk.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, open_database


def _mount(*args: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def _unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextmanager
def tiny_filesystem(path: Path, kilobytes: int) -> Iterator[Path]:
    """A tmpfs of ``kilobytes`` mounted at ``path`` (skips the test if mounting is not allowed)."""
    path.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(path)):
        pytest.skip("needs root and permission to mount a tmpfs")
    try:
        yield path
    finally:
        _unmount(path)


def fill(path: Path) -> None:
    """Fill the filesystem holding ``path`` (a folder) to the last byte."""
    descriptor = os.open(path / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only for everyone, root included (a read-only bind mount as root,
    permissions otherwise); restored afterwards."""
    if os.name == "posix" and os.geteuid() == 0:
        if not (_mount("--bind", str(folder), str(folder))
                and _mount("-o", "remount,bind,ro", str(folder))):
            _unmount(folder)
            pytest.skip("needs permission to make a read-only bind mount")
        try:
            yield folder
        finally:
            _unmount(folder)
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    try:
        yield folder
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))


def history_with(data: Path, names: list[str]) -> Path:
    """A history in ``data`` with one answer by each learner named; returns its file."""
    db = open_database(data / "quizapp.sqlite3")
    history = HistoryStore(db)
    for name in names:
        profile = history.ensure_profile(name)
        session = history.start_session(profile.id, "pack", "Pack", None, 1)
        history.record_attempt(session, "q1", 1, "A", True, 1.0)
    db.close()
    return data / "quizapp.sqlite3"


def full_disk(db: sqlite3.Connection) -> None:
    """Every write that needs a new page now fails as on a full disk (SQLITE_FULL)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
