"""``quizapp stats``: readable by default, and its session numbers are what ``results`` takes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_results_command import record_sessions
from tests.test_cli import run


def test_the_session_number_in_stats_is_the_one_results_takes(tmp_path: Path) -> None:
    first, second = record_sessions(tmp_path)
    data = json.loads(run("stats", "--profile", "ann", "--json", data_dir=tmp_path).stdout)
    [ann] = data["profiles"]
    assert [s["id"] for s in ann["sessions"]] == [first, second]
    out = tmp_path / "first.json"
    taken = run("results", "--profile", "Ann", "--session", str(ann["sessions"][0]["id"]),
                "-o", str(out), data_dir=tmp_path)
    assert taken.returncode == 0, taken.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["session"]["id"] == str(first)


def test_stats_prints_a_table_without_json(tmp_path: Path) -> None:
    first, _second = record_sessions(tmp_path)
    result = run("stats", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Ann: 2 sessions"
    assert lines[1].split() == ["Session", "Pack", "Mode", "Started", "Questions", "Answered",
                                "Right"]
    assert lines[2].split()[:3] == [str(first), "mini-atlas", "practice"]
    assert lines[2].split()[-3:] == ["7", "1", "1"]  # submit(0) is the right choice
    assert "Bob: 0 sessions" in lines
    assert "quizapp results --profile NAME --session NUMBER" in result.stdout
    one = run("stats", "--profile", "ann", data_dir=tmp_path)
    assert one.stdout.startswith("Ann: 2 sessions") and "Bob" not in one.stdout
    empty = run("--data-dir", str(tmp_path / "empty"), "stats")
    assert empty.returncode == 0 and "No learners yet" in empty.stdout


def test_results_points_to_the_stats_table(tmp_path: Path) -> None:
    record_sessions(tmp_path)
    result = run("results", "--profile", "Ann", "--session", "999", "-o", "-", data_dir=tmp_path)
    assert result.returncode == 2
    assert "'quizapp stats --profile Ann' lists them" in result.stderr
