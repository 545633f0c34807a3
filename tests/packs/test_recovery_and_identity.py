"""Recovery files for unsaved edits; finding packs that share an id and making a copy's new id."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quizapp.packs.identity import fresh_pack_id, other_files_with_id
from quizapp.packs.recovery import RecoveryStore


def test_recovery_round_trip_newest_first_and_discard(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    assert store.entries() == []
    first, second = tmp_path / "a" / "pack.yaml", tmp_path / "b" / "pack.yaml"
    store.save(first, "text of a", datetime(2024, 1, 1, tzinfo=UTC))
    store.save(second, "text of b — ünïcode", datetime(2024, 1, 2, tzinfo=UTC))
    store.save(first, "newer text of a", datetime(2024, 1, 3, tzinfo=UTC))
    entries = store.entries()
    assert [(e.pack_path, e.text) for e in entries] == [
        (first.resolve(), "newer text of a"), (second.resolve(), "text of b — ünïcode")]
    store.discard(first)
    assert [e.pack_path for e in store.entries()] == [second.resolve()]
    assert store.find(second) is not None and store.find(first) is None


def test_damaged_recovery_files_are_skipped(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"format": "something-else"}', encoding="utf-8")
    (tmp_path / "half.json").write_text('{"format": "quizapp-recovery/1"}', encoding="utf-8")
    assert store.entries() == []


def test_other_files_with_the_same_id(tmp_path: Path) -> None:
    here = tmp_path / "mine" / "pack.yaml"
    there = tmp_path / "theirs" / "pack.yaml"
    known = [(here, "atlas"), (there, "atlas"), (there, "atlas"), (tmp_path / "x.yaml", "other")]
    assert other_files_with_id("atlas", here, known) == [str(there.resolve())]
    assert other_files_with_id("atlas", there, [(here, "other")]) == []


def test_fresh_ids_for_copies() -> None:
    assert fresh_pack_id("atlas", {"atlas"}) == "atlas-copy"
    assert fresh_pack_id("atlas", {"atlas", "atlas-copy"}) == "atlas-copy-2"
    assert fresh_pack_id("atlas-copy", {"atlas", "atlas-copy"}) == "atlas-copy-2"
