"""``quizapp class-report`` run as a teacher runs it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.classroom.test_class_report import messy_folder
from tests.test_cli import run


def test_json_has_the_documented_shape_and_left_out_files_go_to_stderr(tmp_path: Path) -> None:
    odd = messy_folder(tmp_path / "class")
    result = run("class-report", str(tmp_path / "class"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"learners", "questions"}
    assert data["learners"][0] == {"name": "Ana", "score": 3, "answered": 5}
    assert [set(q) for q in data["questions"]] == [
        {"id", "facility", "discrimination", "most_chosen_wrong"}] * 5
    assert data["questions"][1] == {"id": "q2", "facility": 0.4, "discrimination": 0.6667,
                                    "most_chosen_wrong": "Hillcross"}
    assert data["questions"][0]["discrimination"] is None
    for path in odd.values():
        assert f"quizapp class-report: left out {path}: " in result.stderr


def test_csv_output_and_text_summary(tmp_path: Path) -> None:
    messy_folder(tmp_path / "class")
    out = tmp_path / "report.csv"
    files = sorted(str(p) for p in (tmp_path / "class").glob("[a-e]*.json"))
    result = run("class-report", *files, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "The Mini Class (version 1): 5 learners, average 40 %" in result.stdout
    assert f"wrote {out}" in result.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert next(r[:6] for r in rows if r[:1] == ["Ana"]) == ["Ana", "3", "5", "5", "60 %", "2:30"]


def test_nothing_to_report_and_bad_pack_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    nothing = run("class-report", str(tmp_path))
    assert nothing.returncode == 1
    assert "left out" in nothing.stderr and "nothing to report" in nothing.stderr
    assert run("class-report", str(tmp_path), "--pack", "no-such-pack").returncode == 2
    assert run("class-report").returncode == 2
