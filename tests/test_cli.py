"""The command line, run as a learner or teacher would run it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import quizapp
from quizapp.storage import HistoryStore, open_database
from tests.conftest import BUNDLED_PACK, FIXTURES


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["QUIZAPP_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "quizapp", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"quizapp {quizapp.__version__}"


def test_validate_a_bundled_pack_by_its_id_from_any_folder(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "quizapp", "validate", "nato-flashpoint"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(BUNDLED_PACK)) and ": valid (0 errors" in result.stdout
    missing = run("validate", str(tmp_path / "no-such-pack"))
    assert missing.returncode == 1
    assert "no-such-pack:1:1: error: no such file; check the path" in missing.stderr


def test_validate_exit_codes(tmp_path: Path) -> None:
    good = run("validate", str(FIXTURES / "mini" / "pack.yaml"), str(BUNDLED_PACK))
    assert good.returncode == 0, good.stderr
    assert good.stderr == ""
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: quizapp/1\nid: x\ntitel: X\nquestions: []\n")
    bad = run("validate", str(FIXTURES / "mini" / "pack.yaml"), str(broken))
    assert bad.returncode == 1
    assert f"{broken}:3:1: error: unknown key 'titel' in the pack; did you mean 'title'?" \
        in bad.stderr
    assert run("validate").returncode == 2
    assert run("validate", "--bogus", "x").returncode == 2


def test_export_json_normalizes_cites_to_lists(tmp_path: Path) -> None:
    out = tmp_path / "pack.json"
    result = run("export", str(FIXTURES / "mini"), "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["id"] == "mini-atlas"
    assert all(isinstance(q["cite"], list) for q in data["questions"])
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["river-mouth"]["cite"] == [{"passage": "atlas-1",
                                             "quote": "to the sea at Port Amber"}]
    assert by_id["population"]["answer"] == 12500
    assert by_id["founding-order"]["items"] == ["Port Amber", "Hillcross", "Dunmoor"]
    stdout = run("export", "nato-flashpoint", "--format", "json")
    assert stdout.returncode == 0 and json.loads(stdout.stdout)["id"] == "nato-flashpoint"
    assert run("export", "no-such-pack", "--format", "json").returncode == 2
    assert run("export", str(FIXTURES / "mini"), "--format", "xml").returncode == 2


def test_stats_json(tmp_path: Path) -> None:
    history = HistoryStore(open_database(tmp_path / "quizapp.sqlite3"))
    ann = history.ensure_profile("Ann")
    session = history.start_session(ann.id, "mini-atlas", "The Little Atlas", None, 7)
    history.record_attempt(session, "river-mouth", 0, "Port Amber", True, 2.0)
    history.record_attempt(session, "founded-towns", [0], "Port Amber", False, 2.0)
    history.ensure_profile("Bob")
    result = run("stats", "--profile", "ann", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    [profile] = data["profiles"]
    assert profile["name"] == "Ann"
    [entry] = profile["sessions"]
    assert (entry["pack"], entry["answered"], entry["correct"]) == ("mini-atlas", 2, 1)
    assert "T" in entry["started"]
    everyone = json.loads(run("stats", "--json", data_dir=tmp_path).stdout)
    assert [p["name"] for p in everyone["profiles"]] == ["Ann", "Bob"]
    assert run("stats", "--profile", "zed", "--json", data_dir=tmp_path).returncode == 2
    explicit = run("--data-dir", str(tmp_path / "empty"), "stats", "--json")
    assert json.loads(explicit.stdout) == {"profiles": []}


def test_counts_of_one_are_singular(tmp_path: Path) -> None:
    """'1 question', '1 error': every count the command line prints is plain English."""
    text = (FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8")
    one = tmp_path / "one"
    one.mkdir()
    (one / "source.md").write_text((FIXTURES / "mini" / "source.md").read_text(encoding="utf-8"),
                                   encoding="utf-8")
    (one / "pack.yaml").write_text(text[:text.index("  - id: founded-towns")], encoding="utf-8")
    result = run("validate", str(one / "pack.yaml"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("valid (0 errors, 0 warnings, 1 question)")
    broken = one / "broken.yaml"
    broken.write_text((one / "pack.yaml").read_text(encoding="utf-8").replace(
        "type: single", "type: singel"), encoding="utf-8")
    assert "(1 error, 0 warnings" in run("validate", str(broken)).stdout
