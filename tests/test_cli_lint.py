"""``quizapp lint`` and ``validate --strict``, run as a teacher would: in a subprocess."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES
from tests.test_cli import run

FLAWED = """format: quizapp/1
id: flawed
title: Flawed
questions:
  - id: q
    type: single
    prompt: Which town is not on the river?
    choices:
      - {text: Dunmoor, correct: true}
      - {text: Port Amber}
    explanation: Because.
"""
CLEAN = FLAWED.replace("is not on", "is NOT on")


def write(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return folder / "pack.yaml"


def test_lint_prints_findings_and_exits_1(tmp_path: Path) -> None:
    flawed = write(tmp_path / "flawed", FLAWED)
    clean = write(tmp_path / "clean", CLEAN)
    result = run("lint", str(clean), str(flawed.parent))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{flawed}:7:13: lint: the negative “not” is easy to read past; write it in capitals "
        "(NOT) or bold (**not**), or ask the question positively"]
    assert result.stderr == ""
    quiet = run("lint", str(clean))
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_lint_usage_errors_and_invalid_packs(tmp_path: Path) -> None:
    assert run("lint").returncode == 2
    missing = run("lint", str(tmp_path / "nowhere.yaml"))
    assert missing.returncode == 2 and "no pack file" in missing.stderr
    broken = write(tmp_path / "broken", "format: quizapp/1\nid: x\n")
    invalid = run("lint", str(broken))
    assert invalid.returncode == 1 and "is not a valid pack" in invalid.stderr
    assert f"{broken}:1:1: error:" in invalid.stderr


def test_validate_strict_includes_the_lint(tmp_path: Path) -> None:
    flawed = write(tmp_path / "flawed", FLAWED)
    plain = run("validate", str(flawed))
    assert plain.returncode == 0 and "lint" not in plain.stderr
    strict = run("validate", "--strict", str(flawed))
    assert strict.returncode == 1
    assert f"{flawed}:7:13: lint: the negative “not”" in strict.stderr
    assert "invalid (0 errors, 0 warnings, 1 lint finding, 1 question)" in strict.stdout
    clean = write(tmp_path / "clean", CLEAN)
    assert run("validate", "--strict", str(clean)).returncode == 0


def test_lint_reads_a_pack_with_its_source(tmp_path: Path) -> None:
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    result = run("lint", str(target))
    assert result.returncode == 1
    assert all(": lint: " in line for line in result.stdout.splitlines())
    assert "only “Hillcross” is accepted" in result.stdout
