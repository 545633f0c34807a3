"""Fixtures for storage tests: a fresh database per test, and a fixed, non-UTC local time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, StatisticsStore, open_database


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(open_database(tmp_path / "quizapp.sqlite3"))
    yield store
    store.db.close()


@pytest.fixture
def statistics(history: HistoryStore) -> StatisticsStore:
    return StatisticsStore(history.db)


@pytest.fixture
def five_hours_behind_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days that differ from UTC days, so code that mixes the two is caught.

    A POSIX rule (no tzdata needed); tzset makes both Python and SQLite's 'localtime' see it.
    """
    monkeypatch.setenv("TZ", "EST5")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
