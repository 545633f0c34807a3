"""``quizapp results``: a learner hands in a session as a file, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from quizapp.packs import load_pack
from quizapp.storage import HistoryStore, open_database
from quizapp.study import StudyRun
from tests.conftest import FIXTURES
from tests.test_cli import run

MINI = FIXTURES / "mini" / "pack.yaml"


def record_sessions(data_dir: Path) -> tuple[int, int]:
    history = HistoryStore(open_database(data_dir / "quizapp.sqlite3"))
    pack = load_pack(MINI)
    ann = history.ensure_profile("Ann")
    first = StudyRun(pack, ann, history, clock=lambda: 0.0)
    first.submit(0)
    second = StudyRun(pack, ann, history, clock=lambda: 0.0)
    second.submit(2)
    history.ensure_profile("Bob")
    history.db.close()
    return first.session_id, second.session_id


def test_latest_session_is_written_as_a_results_file(tmp_path: Path) -> None:
    first, second = record_sessions(tmp_path)
    out = tmp_path / "handed-in" / "ann.json"
    result = run("results", "--profile", "ann", "-o", str(out), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Saved Ann's results (0 of 7 right)" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "quizapp-results/1"
    assert (data["learner"], data["session"]["id"], data["pack"]["id"]) == (
        "Ann", str(second), "mini-atlas")
    assert data["questions"][0]["answer"] == 2
    assert data["questions"][0]["answer_text"] == "Dunmoor"
    chosen = run("results", "--profile", "Ann", "--pack", str(MINI.parent), "--session",
                 str(first), "-o", "-", data_dir=tmp_path)
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["questions"][0]["correct"] is True


def test_mistakes_are_explained_with_usage_exit_codes(tmp_path: Path) -> None:
    assert "no profile called 'Ann'" in run("results", "--profile", "Ann", "-o", "x.json",
                                            data_dir=tmp_path).stderr
    first, _ = record_sessions(tmp_path)
    cases = [
        (("--profile", "Zed"), "no profile called 'Zed'"),
        (("--profile", "Bob"), "Bob has no session with answers yet"),
        (("--profile", "Bob", "--session", str(first)), "Bob has no session number"),
        (("--profile", "Ann", "--session", "first"), "must be 'latest' or a session number"),
        (("--profile", "Ann", "--pack", "no-such-pack"), "no pack file or bundled pack"),
        ((), "name the learner with --profile"),
    ]
    for arguments, message in cases:
        result = run("results", *arguments, "-o", str(tmp_path / "x.json"), data_dir=tmp_path)
        assert result.returncode == 2, (arguments, result.stderr)
        assert message in result.stderr, (arguments, result.stderr)
    assert not (tmp_path / "x.json").exists()
    assert run("results", "--profile", "Ann", data_dir=tmp_path).returncode == 2  # no -o


def test_a_pack_edited_since_the_session_is_refused(tmp_path: Path) -> None:
    record_sessions(tmp_path)
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "source.md").write_text((MINI.parent / "source.md").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    text = MINI.read_text(encoding="utf-8")
    (edited / "pack.yaml").write_text(
        text.replace("- {text: Dunmoor}", "- {text: Dunmoor, correct: true}", 1)
        .replace("type: single", "type: multiple", 1), encoding="utf-8")
    result = run("results", "--profile", "Ann", "--pack", str(edited), "-o",
                 str(tmp_path / "x.json"), data_dir=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "graded differently" in result.stderr


def test_a_handed_in_file_can_be_read_by_the_teacher(tmp_path: Path) -> None:
    """Saved with the user's umask (here 022: -rw-r--r--), not owner-only like a temporary file,
    so a teacher collecting from a shared folder can read it."""
    import os
    import stat

    record_sessions(tmp_path)
    out = tmp_path / "handed-in" / "ann.json"
    previous = os.umask(0o022)
    try:
        result = run("results", "--profile", "ann", "-o", str(out), data_dir=tmp_path)
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
