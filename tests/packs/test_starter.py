"""`quizapp new` and File → New pack: a cited, commented pack that validates from the first minute."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.models import QuestionType
from quizapp.core.starter_text import PLACEHOLDERS
from quizapp.core.validation import ATTRIBUTION
from quizapp.packs import check_pack_file
from quizapp.packs.starter import StarterError, create_pack, yaml_text
from tests.test_cli import run

TEXT = """The Little Atlas
The river Vell runs from the northern hills to the sea at Port Amber.

Towns
- Port Amber was founded in 1802.
- Hillcross holds a "lantern market": every winter.
"""


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "atlas.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_new_pack_has_one_cited_example_per_type_and_validates(tmp_path: Path,
                                                                text_file: Path) -> None:
    made = create_pack(tmp_path / "atlas", text_file, title="Atlas quiz")
    result = check_pack_file(made.pack_path)
    assert result.errors == ()  # it plays, but it is not finished: warnings say what to fill in
    pack = made.pack
    assert (pack.id, pack.title) == ("atlas-quiz", "Atlas quiz")
    assert pack.source is not None and pack.source.title == "The Little Atlas"
    assert {q.type for q in pack.questions} == set(QuestionType)
    assert all(q.citations for q in pack.questions)
    assert pack.document is not None
    assert {c.passage_id for q in pack.questions for c in q.citations} == {
        p.id for p in pack.document.passages}
    text = made.pack_path.read_text(encoding="utf-8")
    assert 'publisher: ""                 # fill in: who wrote or published the text' in text
    assert "# 2 to 9; exactly one is correct" in text
    assert (tmp_path / "atlas" / "source.md").read_text(encoding="utf-8").startswith(
        "# The Little Atlas {#little-atlas}\n")


def test_new_pack_without_a_text_has_uncited_examples(tmp_path: Path) -> None:
    made = create_pack(tmp_path / "blank", title="From scratch")
    result = check_pack_file(made.pack_path)
    assert result.errors == ()
    assert len(result.warnings) == 7  # one per untouched example; no source, no attribution
    assert made.source_path is None and made.pack.source is None
    assert len(made.pack.questions) == 7


def test_nothing_is_overwritten_and_bad_input_is_explained(tmp_path: Path,
                                                           text_file: Path) -> None:
    create_pack(tmp_path / "atlas", text_file)
    with pytest.raises(StarterError, match="already exists; choose an empty folder"):
        create_pack(tmp_path / "atlas", text_file)
    with pytest.raises(StarterError, match=r"may only use lowercase letters"):
        create_pack(tmp_path / "other", text_file, pack_id="Not An Id")
    with pytest.raises(StarterError, match=r"\.md, \.txt and \.html"):
        create_pack(tmp_path / "other", tmp_path / "notes.docx")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(StarterError, match="not UTF-8 text"):
        create_pack(tmp_path / "other", tmp_path / "latin1.txt")
    assert not (tmp_path / "other").exists()


@pytest.mark.parametrize("value", ["plain words", "yes", "1990", "a: b", "#hash", "“quoted”",
                                   "it's", "null", "- dash", "{x}", "tab\there", ""])
def test_yaml_text_reads_back_as_the_same_string(value: str) -> None:
    import yaml

    assert yaml.safe_load(f"key: {yaml_text(value)}") == {"key": value}


def test_cli_new(tmp_path: Path, text_file: Path) -> None:
    result = run("new", str(tmp_path / "p"), "--source", str(text_file), "--id", "atlas")
    assert result.returncode == 0, result.stderr
    assert "3 passages" in result.stdout and "pack id 'atlas'" in result.stdout
    assert run("validate", str(tmp_path / "p")).returncode == 0
    strict = run("validate", "--strict", str(tmp_path / "p"))
    assert strict.returncode == 1  # a pack of example questions is not ready for a class
    assert "still holds the new pack's example text" in strict.stderr
    again = run("new", str(tmp_path / "p"), "--source", str(text_file))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert run("new", str(tmp_path / "q")).returncode == 2


def test_untouched_starter_text_and_missing_attribution_are_warnings(tmp_path: Path,
                                                                     text_file: Path) -> None:
    made = create_pack(tmp_path / "atlas", text_file, title="Atlas quiz")
    warnings = [d.message for d in check_pack_file(made.pack_path).warnings]
    assert warnings[:2] == [ATTRIBUTION["publisher"], ATTRIBUTION["license"]]
    assert warnings[2].startswith("question 'example-single' still holds the new pack's "
                                  "example text (“Example (single choice): write your question "
                                  "here.”) in prompt, choices, explanation; write your own")
    assert len(warnings) == 2 + 7
    # every example word the starter writes is one the validator recognises, and back
    text = made.pack_path.read_text(encoding="utf-8")
    assert all(yaml_text(words) in text for words in PLACEHOLDERS.values())
    filled = (text.replace('publisher: ""', "publisher: Example Press")
              .replace('license: ""', "license: CC BY 4.0"))
    for words in PLACEHOLDERS.values():
        filled = filled.replace(yaml_text(words), yaml_text(f"Own words {len(filled)}."))
    made.pack_path.write_text(filled, encoding="utf-8")
    assert check_pack_file(made.pack_path).diagnostics == ()
