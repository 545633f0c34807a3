"""``quizapp import``, ``export`` to every format and bundles, run as a teacher would."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from quizapp.packs import load_pack
from tests.conftest import FIXTURES
from tests.interop.conftest import fixture
from tests.test_cli import run


def test_import_writes_a_valid_pack_and_lists_what_was_skipped(tmp_path: Path) -> None:
    out = tmp_path / "rivers" / "pack.yaml"
    result = run("import", str(fixture("constructs.gift")), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"{out}: 20 questions imported, 4 skipped, 4 other warnings" in result.stdout
    assert f"{fixture('constructs.gift')}:80: warning: skipped question 'Essay'" in result.stderr
    pack = load_pack(out)
    assert len(pack.questions) == 20 and pack.source is None
    assert out.read_text(encoding="utf-8").startswith("# Imported from constructs.gift")
    again = run("import", str(fixture("constructs.gift")), "-o", str(out))
    assert again.returncode == 1 and "exists; choose another name" in again.stderr
    assert run("validate", "--strict", str(out)).returncode == 1  # its duplicate prompt warns


def test_import_format_is_guessed_or_given(tmp_path: Path) -> None:
    for name in ("constructs.moodle.xml", "both-styles.aiken.txt", "constructs.csv"):
        out = tmp_path / f"{name}.yaml"
        result = run("import", str(fixture(name)), "-o", str(out))
        assert result.returncode == 0, (name, result.stderr)
        assert load_pack(out).questions
    images = tmp_path / "constructs.moodle.xml.yaml"
    assert (images.parent / "images" / "dot.png").is_file()
    given = run("import", str(fixture("constructs.tsv")), "--format", "csv", "-o",
                str(tmp_path / "t.yaml"))
    assert given.returncode == 0, given.stderr


def test_import_exits_1_when_nothing_or_unreadable(tmp_path: Path) -> None:
    nothing = run("import", str(fixture("broken.aiken.txt")), "-o", str(tmp_path / "a.yaml"))
    assert nothing.returncode == 1
    assert "broken.aiken.txt:1: warning: skipped question" in nothing.stderr
    assert "no question of" in nothing.stderr and not (tmp_path / "a.yaml").exists()
    malformed = run("import", str(fixture("broken.moodle.xml")), "-o", str(tmp_path / "b.yaml"))
    assert malformed.returncode == 1
    assert "broken.moodle.xml:6: error: not well-formed XML" in malformed.stderr
    missing = run("import", str(tmp_path / "none.gift"))
    assert missing.returncode == 1 and "none.gift:1: error: no such file" in missing.stderr
    assert "Traceback" not in nothing.stderr + malformed.stderr + missing.stderr


def test_export_every_format_with_notes(tmp_path: Path) -> None:
    mini = str(FIXTURES / "mini")
    gift = run("export", mini, "--format", "gift")
    assert gift.returncode == 0 and "::river-mouth::" in gift.stdout
    # as for import: FILE:LINE: warning:, the line where the question starts
    pack_file = FIXTURES / "mini" / "pack.yaml"
    line = 1 + pack_file.read_text().splitlines().index("  - id: founding-order")
    assert (f"{pack_file}:{line}: warning: founding-order: left out: GIFT has no ordering "
            "questions") in gift.stderr
    xml = run("export", mini, "--format", "moodle-xml", "-o", str(tmp_path / "m.xml"))
    assert xml.returncode == 0 and (tmp_path / "m.xml").read_text().startswith("<?xml")
    for fmt in ("aiken", "csv"):
        assert run("export", mini, "--format", fmt).returncode == 0
    assert run("export", mini, "--format", "anki").returncode == 2  # binary needs -o
    anki = run("export", mini, "--format", "anki", "-o", str(tmp_path / "m.apkg"))
    assert anki.returncode == 0 and zipfile.is_zipfile(tmp_path / "m.apkg")


def test_bundles_work_with_every_command(tmp_path: Path) -> None:
    bundle = tmp_path / "mini.quizpack"
    made = run("export", str(FIXTURES / "mini"), "--format", "quizpack", "-o", str(bundle))
    assert made.returncode == 0, made.stderr
    checked = run("validate", str(bundle))
    assert checked.returncode == 0 and f"{bundle}: valid (0 errors, 0 warnings, 7 questions)" \
        in checked.stdout
    as_json = run("export", str(bundle), "--format", "json")
    assert json.loads(as_json.stdout)["id"] == "mini-atlas"
    evil = tmp_path / "evil.quizpack"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("pack.yaml", "x")
        archive.writestr("../escape.txt", "x")
    refused = run("validate", str(evil))
    assert refused.returncode == 1
    assert "this bundle cannot be opened: it holds the path '../escape.txt'" in refused.stderr
    assert not (tmp_path.parent / "escape.txt").exists()
