"""The CSV export: one row per answer, readable back by any CSV reader."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.storage import HistoryStore
from quizapp.storage.csv_export import HEADER, spreadsheet_safe

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
AWKWARD = 'Kyiv, "Kiev"\nsecond line — ü'


def test_export_round_trips_through_the_csv_module(history: HistoryStore, tmp_path: Path) -> None:
    ann, bob = history.ensure_profile("Ann"), history.ensure_profile("Bob")
    first = history.start_session(ann.id, "nato", "NATO", None, 3)
    history.record_attempt(first, "q1", 0, AWKWARD, True, 2.5, answered_at=T0)
    history.record_attempt(first, "q2", 1, "-5", False, None, answered_at=T0)
    history.finish_session(first)
    second = history.start_session(ann.id, "nato", "NATO", None, 1, "retry")
    history.record_attempt(second, "q2", 1, "=HYPERLINK(\"http://x\")", False, 1.0, answered_at=T0)
    history.record_attempt(history.start_session(bob.id, "nato", "NATO", None, 1), "q9", 0, "B",
                           True, 1.0)

    target = tmp_path / "export" / "ann.csv"
    target.parent.mkdir()
    assert history.export_history_csv(ann.id, target) == 3
    assert sorted(p.name for p in target.parent.iterdir()) == ["ann.csv"]  # no leftovers
    with target.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        assert tuple(next(reader)) == HEADER == (
            "started", "finished", "pack", "mode", "question", "answer", "correct", "seconds",
            "answered_at", "overridden")
        rows = [dict(zip(HEADER, row, strict=True)) for row in reader]
    assert [(r["mode"], r["question"], r["answer"], r["correct"], r["seconds"]) for r in rows] == [
        ("practice", "q1", AWKWARD, "1", "2.5"),
        ("practice", "q2", "-5", "0", ""),
        ("retry", "q2", "'=HYPERLINK(\"http://x\")", "0", "1.0"),
    ]
    assert {r["pack"] for r in rows} == {"nato"}
    assert rows[0]["answered_at"] == "2024-05-01T09:00:00+00:00"
    assert rows[0]["finished"] != "" and rows[2]["finished"] == ""
    assert all(r["started"] for r in rows)


def test_export_with_no_answers_writes_only_the_header(history: HistoryStore,
                                                       tmp_path: Path) -> None:
    ann = history.ensure_profile("Ann")
    target = tmp_path / "empty.csv"
    target.write_text("an older export", encoding="utf-8")
    assert history.export_history_csv(ann.id, target) == 0
    assert target.read_text(encoding="utf-8").splitlines() == [",".join(HEADER)]


def test_a_failed_export_leaves_no_partial_file(history: HistoryStore, tmp_path: Path) -> None:
    ann = history.ensure_profile("Ann")
    history.record_attempt(history.start_session(ann.id, "p", "P", None, 1), "q", 0, "A", True, 1.0)
    in_the_way = tmp_path / "ann.csv"
    in_the_way.mkdir()  # written in full, then cannot be renamed into place
    with pytest.raises(OSError):
        history.export_history_csv(ann.id, in_the_way)
    assert not [p for p in tmp_path.rglob("*.part")]


@pytest.mark.parametrize(("text", "shown"), [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("@cmd", "'@cmd"), ("-x", "'-x"),
    ("-5", "-5"), ("+1,000.5", "+1,000.5"), ("Kyiv", "Kyiv"), ("", ""),
])
def test_spreadsheet_safe(text: str, shown: str) -> None:
    assert spreadsheet_safe(text) == shown
