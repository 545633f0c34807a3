"""A full disk: every write fails with "the disk is full" in words, and nothing half-written stays.

``full_disk`` caps the database (SQLite's own SQLITE_FULL) and runs everywhere; the tmpfs tests
fill a real filesystem, where the test may mount one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.storage import HistoryStore, HistoryUnavailable, StorageError, open_history
from quizapp.storage.database import quick_check
from tests.faults import fill, full_disk, tiny_filesystem

FULL = "the disk is full; free some space and try again"


def counts(history: HistoryStore) -> tuple[int, ...]:
    return tuple(int(history.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                 for table in ("attempts", "question_stats", "daily_activity", "review_cards"))


def test_an_answer_on_a_full_disk_is_refused_in_words_and_leaves_no_trace(tmp_path: Path) -> None:
    opened = open_history(tmp_path)
    history = HistoryStore(opened.db)
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "pack", "Pack", None, 500)
    full_disk(history.db)
    saved = 0
    with pytest.raises(StorageError) as caught:
        for number in range(500):
            history.record_attempt(session, f"q{number}", 1, "an answer " * 50, True, 1.0)
            saved += 1
    assert str(caught.value) == f"the history database refused the answer: {FULL}"
    assert counts(history) == (saved, saved, 1, saved)
    assert not history.db.in_transaction
    history.db.execute("PRAGMA max_page_count = 1000000")  # space again
    history.record_attempt(session, "again", 1, "A", True, 1.0)
    assert counts(history)[0] == saved + 1
    opened.db.close()


def test_the_first_start_on_a_full_disk_says_so(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "small", 64) as small:
        fill(small)
        with pytest.raises(HistoryUnavailable, match=FULL):
            open_history(small / "data")


def test_every_write_on_a_full_disk_is_a_storage_error_in_words(tmp_path: Path) -> None:
    with tiny_filesystem(tmp_path / "small", 256) as small:
        opened = open_history(small / "data")
        history = HistoryStore(opened.db)
        ann = history.ensure_profile("Ann")
        session = history.start_session(ann.id, "pack", "Pack", None, 10_000)
        history.record_attempt(session, "first", 1, "A", True, 1.0)
        fill(small)
        writes = [
            lambda number: history.record_attempt(session, f"q{number}", 1, "x" * 2000, True, 1.0),
            lambda number: history.ensure_profile(f"Learner {number} " + "n" * 40),
            lambda number: history.start_session(ann.id, f"p{number}" * 300, "P", None, 1),
            lambda number: history.remember_pack(f"/packs/{number}" * 300, "p", "P"),
        ]
        for write in writes:
            with pytest.raises(StorageError, match=FULL):
                for number in range(10_000):  # until the last free page is used
                    write(number)
        assert quick_check(history.db) is None
        assert history.db.execute("SELECT question_id FROM attempts ORDER BY id LIMIT 1"
                                  ).fetchone()[0] == "first"
        opened.db.close()
