"""``quizapp class-report`` run as a teacher runs it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from quizapp.classroom.results_file import pack_content_hash, write_results_file
from quizapp.packs import load_pack
from quizapp.storage import HistoryStore, open_database
from tests.classroom.class_fixtures import session
from tests.classroom.test_class_report import messy_folder
from tests.classroom.test_report_sessions import MONDAY, TUESDAY, two_live_sessions
from tests.conftest import BUNDLED_PACK, FIXTURES
from tests.test_cli import run


def test_json_has_the_documented_shape_and_left_out_files_go_to_stderr(tmp_path: Path) -> None:
    odd = messy_folder(tmp_path / "class")
    result = run("class-report", str(tmp_path / "class"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data)[:2] == ["learners", "questions"]  # the keys first, as they were
    assert {k: data["learners"][0][k] for k in ("name", "score", "answered")} == {
        "name": "Ana", "score": 3, "answered": 5}
    assert all({"id", "facility", "discrimination", "most_chosen_wrong"} <= set(q)
               for q in data["questions"])
    q2 = data["questions"][1]
    assert {k: q2[k] for k in ("id", "facility", "discrimination", "most_chosen_wrong")} == {
        "id": "q2", "facility": 0.4, "discrimination": 0.6667, "most_chosen_wrong": "Hillcross"}
    assert data["questions"][0]["discrimination"] is None
    # what the shape lacked: counts, flags and why, sections, files left out
    assert {k: q2[k] for k in ("asked", "answered", "right", "flags", "too_few_to_judge")} == {
        "asked": 5, "answered": 5, "right": 2, "flags": [], "too_few_to_judge": True}
    assert [(s["title"], s["average"]) for s in data["sections"]] == [("Early towns", 0.7),
                                                                      ("Later towns", 0.2)]
    assert {Path(e["file"]) for e in data["left_out"]} == set(odd.values())
    assert data["pack"]["id"] == "mini-class"
    # the other pack's file is a session of its own, named with the way to see it
    [warning] = data["warnings"]
    assert "--session handins:other-pack" in warning and "--all-sessions" not in warning
    for path in odd.values():
        assert f"quizapp class-report: left out {path}: " in result.stderr


def test_csv_output_and_text_summary(tmp_path: Path) -> None:
    messy_folder(tmp_path / "class")
    out = tmp_path / "report.csv"
    files = sorted(str(p) for p in (tmp_path / "class").glob("[a-e]*.json"))
    result = run("class-report", *files, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "The Mini Class (version 1): 5 learners, average 40 %" in result.stdout
    assert "Facility: the share of learners who got the question right" in result.stdout
    assert f"wrote {out}" in result.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert next(r[:6] for r in rows if r[:1] == ["Ana"]) == ["Ana", "3", "5", "5", "60", "150"]


def test_nothing_to_report_and_bad_pack_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    nothing = run("class-report", str(tmp_path))
    assert nothing.returncode == 1
    assert "left out" in nothing.stderr and "nothing to report" in nothing.stderr
    assert run("class-report", str(tmp_path), "--pack", "no-such-pack").returncode == 2
    assert run("class-report").returncode == 2


def test_files_of_several_sessions_are_reported_one_at_a_time_with_a_warning(
        tmp_path: Path) -> None:
    two_live_sessions(tmp_path)
    result = run("class-report", str(tmp_path))
    assert result.returncode == 0, result.stderr
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith("WARNING: these files hold 2 sessions; this report is on Live "
                                 "session of 2026-11-30")
    assert f"--session live:{TUESDAY}" in first_line and "--all-sessions" in first_line
    assert "quizapp class-report: warning: these files hold 2 sessions" in result.stderr
    as_json = json.loads(run("class-report", str(tmp_path), "--json").stdout)
    assert as_json["warnings"][0].startswith("these files hold 2 sessions")
    assert [r["name"] for r in as_json["learners"]] == ["Ana", "Ben", "Cai"]
    tuesday = json.loads(run("class-report", str(tmp_path), "--json", "--session",
                             f"live:{TUESDAY}").stdout)
    assert [r["name"] for r in tuesday["learners"]] == ["Ana", "Dee"]
    merged = run("class-report", str(tmp_path), "--all-sessions")
    assert "WARNING: 2 sessions merged into one report" in merged.stdout
    unknown = run("class-report", str(tmp_path), "--session", "friday")
    assert unknown.returncode == 2
    assert "no session 'friday' among these files; the sessions are:" in unknown.stderr
    assert f"live:{MONDAY}" in unknown.stderr


def test_prompts_come_from_a_bundled_or_recently_opened_pack_of_the_same_version(
        tmp_path: Path) -> None:
    bundled = load_pack(BUNDLED_PACK)
    first = bundled.questions[0]
    for name in ("Ana", "Ben"):
        write_results_file(tmp_path / "bundled" / f"{name}.json", session(
            name, [(True, "a")], pack_id=bundled.id, pack_hash=pack_content_hash(bundled),
            question_ids=[first.id]))
    data = json.loads(run("class-report", str(tmp_path / "bundled"), "--json").stdout)
    assert data["questions"][0]["prompt"] == first.prompt
    out = tmp_path / "bundled.csv"
    run("class-report", str(tmp_path / "bundled"), "-o", str(out))
    with out.open(encoding="utf-8", newline="") as stream:
        row = next(r for r in csv.reader(stream) if r[:1] == [first.id])
    assert row[1] == first.prompt

    mini = load_pack(FIXTURES / "mini" / "pack.yaml")
    write_results_file(tmp_path / "mini" / "ana.json", session(
        "Ana", [(True, "a")], pack_id=mini.id, pack_hash=pack_content_hash(mini),
        question_ids=[mini.questions[0].id]))
    unknown = json.loads(run("class-report", str(tmp_path / "mini"), "--json",
                             data_dir=tmp_path / "data").stdout)
    assert unknown["questions"][0]["prompt"] is None  # not bundled, never opened
    history = HistoryStore(open_database(tmp_path / "data" / "quizapp.sqlite3"))
    history.remember_pack(str(FIXTURES / "mini" / "pack.yaml"), mini.id, mini.title)
    history.db.close()
    known = json.loads(run("class-report", str(tmp_path / "mini"), "--json",
                           data_dir=tmp_path / "data").stdout)
    assert known["questions"][0]["prompt"] == mini.questions[0].prompt
