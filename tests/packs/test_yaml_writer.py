"""New pack files: block-style YAML that PyYAML's C loader and a YAML 1.2 reader read alike."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.validation import validate_pack_data
from quizapp.packs import load_pack, pack_to_dict
from quizapp.packs.yaml_reader import read_yaml_text
from quizapp.packs.yaml_writer import dump_pack_data, pack_to_yaml, write_new_pack
from tests.conftest import BUNDLED_PACK, FIXTURES

TRICKY = ["yes", "No", "on", "y", "n", "null", "~", "1e3", "0o17", "0x1F", "1_000", "+1", ".5",
          "- a", "a: b", "a #b", "#c", ": x", "'q'", '"d"', "[x]", "{y}", "&a", "*b", "!t", "%p",
          "@at", "`bt", "|", ">", "  lead", "trail  ", "tab\there", "two\nlines", "end\n",
          "", "true", "False", ".inf", ".NaN", "2001-12-14", "12:30", "=", "<<", "?", "é ü ’"]


def test_the_bundled_pack_reads_back_identically(tmp_path: Path) -> None:
    for path in (BUNDLED_PACK, FIXTURES / "mini" / "pack.yaml"):
        pack = load_pack(path)
        copy = tmp_path / path.parent.name / "pack.yaml"
        write_new_pack(pack, copy)
        if pack.source is not None:
            (copy.parent / pack.source.text_path).write_bytes(
                (path.parent / pack.source.text_path).read_bytes())
        assert pack_to_dict(load_pack(copy)) == {**pack_to_dict(pack)}


def test_block_style_and_defaults_left_out() -> None:
    text = pack_to_yaml(load_pack(FIXTURES / "mini" / "pack.yaml"), "made by a test")
    assert text.startswith("# made by a test\nformat: quizapp/1\nid: mini-atlas\n")
    assert "{" not in text and "\n    choices:\n      - text: Port Amber\n        correct: true" \
        in text
    assert "correct: false" not in text and "difficulty: 2" not in text


def test_strings_that_parsers_disagree_on_are_quoted() -> None:
    data = {"questions": TRICKY}
    text = dump_pack_data(data)
    assert read_yaml_text(text, "x")[0] == data
    for word in ("yes", "y", "1e3", "0o17", "1_000", "+1", "true", "12:30", "2001-12-14"):
        assert f'\n  - "{word}"\n' in text, word


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=5))
def test_any_text_reads_back_as_written(texts: list[str]) -> None:
    question = {"id": "q", "type": "short_answer", "prompt": texts[0], "accept": texts}
    data = {"format": "quizapp/1", "id": "p", "title": "T", "questions": [question]}
    text = dump_pack_data(data)
    assert read_yaml_text(text, "x")[0] == data
    validate_pack_data(read_yaml_text(text, "x")[0])  # never raises
