"""A folder holding several sittings: the report is on one session at a time, says so, and
lets the teacher choose another or merge them on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.classroom.class_report import UnknownSessionError, build_class_report
from quizapp.classroom.results_file import write_results_file
from tests.classroom.class_fixtures import CLASS, session

MONDAY = "20261130-080000-aaaa"
TUESDAY = "20261201-080000-bbbb"


def live(learner: str, class_session: str, day: str, seat: int) -> object:
    return session(learner, CLASS[learner if learner in CLASS else "Eve"],
                   session_id=f"live-{class_session}-{seat}", mode="live",
                   started_at=f"{day}T08:00:00+00:00", class_session=class_session)


def two_live_sessions(folder: Path) -> None:
    """Monday: Ana, Ben, Cai. Tuesday (later): Ana again and Dee, in the same folder (one
    --results-dir for the term)."""
    for seat, name in enumerate(("Ana", "Ben", "Cai"), start=1):
        write_results_file(folder / f"mon-{seat:03d}-{name}.json",
                           live(name, MONDAY, "2026-11-30", seat))  # type: ignore[arg-type]
    for seat, name in enumerate(("Ana", "Dee"), start=1):
        write_results_file(folder / f"tue-{seat:03d}-{name}.json",
                           live(name, TUESDAY, "2026-12-01", seat))  # type: ignore[arg-type]


def test_one_live_session_is_reported_whole_and_the_other_is_named(tmp_path: Path) -> None:
    two_live_sessions(tmp_path)
    report = build_class_report([tmp_path])
    # all of Monday's class, none of Tuesday's (not Ana's later Tuesday file instead of Monday's)
    assert [(r.name, Path(r.path).name[:3]) for r in report.learners] == [
        ("Ana", "mon"), ("Ben", "mon"), ("Cai", "mon")]
    assert [s.key for s in report.shown_sessions] == [f"live:{MONDAY}"]
    [other] = report.other_sessions
    assert other.key == f"live:{TUESDAY}" and other.learners == 2 and other.live
    assert other.label.startswith("Live session of 2026-12-01") and "2 learners" in other.label
    reasons = {Path(e.path).name: e.reason for e in report.excluded}
    assert set(reasons) == {"tue-001-Ana.json", "tue-002-Dee.json"}
    assert reasons["tue-002-Dee.json"].startswith("from another session: Live session of 2026-12")
    data = report.to_json()
    assert [(s["key"], s["in_report"]) for s in data["sessions"]] == [
        (f"live:{MONDAY}", True), (f"live:{TUESDAY}", False)]


def test_the_teacher_chooses_a_session_or_merges_them(tmp_path: Path) -> None:
    two_live_sessions(tmp_path)
    tuesday = build_class_report([tmp_path], session=TUESDAY)  # the id alone is enough
    assert [r.name for r in tuesday.learners] == ["Ana", "Dee"]
    assert build_class_report([tmp_path], session=f"live:{TUESDAY}").learners == tuesday.learners
    merged = build_class_report([tmp_path], all_sessions=True)
    assert [(r.name, Path(r.path).name[:3]) for r in merged.learners] == [
        ("Ana", "tue"), ("Ben", "mon"), ("Cai", "mon"), ("Dee", "tue")]
    assert len(merged.session_keys) == 2 and not merged.other_sessions
    with pytest.raises(UnknownSessionError) as caught:
        build_class_report([tmp_path], session="friday")
    assert {s.key for s in caught.value.sessions} == {f"live:{MONDAY}", f"live:{TUESDAY}"}


def test_hand_ins_and_a_live_session_of_one_pack_are_two_sessions(tmp_path: Path) -> None:
    for name in ("Ana", "Ben"):
        write_results_file(tmp_path / f"{name}.json", session(name, CLASS[name]))
    write_results_file(tmp_path / "live.json", live("Cai", MONDAY, "2026-11-30", 1))  # type: ignore[arg-type]
    report = build_class_report([tmp_path])
    assert [r.name for r in report.learners] == ["Ana", "Ben"]
    assert report.shown_sessions[0].key == "handins:mini-class"
    assert report.shown_sessions[0].label.startswith("Hand-ins on “The Mini Class”")
    assert [s.key for s in report.other_sessions] == [f"live:{MONDAY}"]
