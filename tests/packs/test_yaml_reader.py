"""Hostile YAML: refused with a clear, positioned message, never a traceback, freeze or code run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.diagnostics import PackError
from quizapp.packs import check_pack_file
from quizapp.packs.yaml_reader import read_yaml_text

BILLION_LAUGHS = """
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def message(text: str) -> str:
    with pytest.raises(PackError) as caught:
        read_yaml_text(text, "evil.yaml")
    assert len(caught.value.diagnostics) == 1
    return str(caught.value.diagnostics[0])


def test_alias_bomb_is_refused_at_the_first_alias() -> None:
    assert message(BILLION_LAUGHS).startswith("evil.yaml:2:4: error: YAML anchors and aliases")


def test_python_object_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"x: !!python/object/apply:os.system ['touch {marker}']\n"
    assert message(text) == ("evil.yaml:1:4: error: the tag 'tag:yaml.org,2002:python/object/"
                             "apply:os.system' is not allowed; packs hold plain data only")
    assert not marker.exists()
    assert "is not allowed" in message("x: !!binary aGVsbG8=\n")
    assert "is not allowed" in message("x: !custom {a: 1}\n")
    assert "is not allowed" in message("when: 2024-01-01\n")


def test_merge_keys_duplicates_and_depth() -> None:
    assert "merge keys ('<<') are not allowed" in message("a: &x {k: 1}\nb:\n  <<: *x\n")
    assert "anchors and aliases" in message("a: &x {k: 1}\nb: *x\n")
    assert "merge keys" in message("b:\n  <<: {k: 1}\n")
    assert "the key 'a' appears twice" in message("a: 1\na: 2\n")
    assert "nested more than" in message("x: " + "[" * 60 + "]" * 60 + "\n")


def test_syntax_errors_name_line_and_column() -> None:
    text = "format: quizapp/1\nquestions:\n  - id: a\n   type: single\n"
    assert message(text).startswith("evil.yaml:4:")
    assert "the `[` opened here is not closed" in message("a: [1, 2\n")


def test_huge_files_are_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"a: " + b"x" * (6 * 1024 * 1024) + b"\n")
    result = check_pack_file(path)
    assert result.pack is None
    assert "the pack file is 6.0 MB; the limit is 5 MB" in str(result.diagnostics[0])


def test_binary_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"a: 1\n\xff\xfe\n")
    assert "not UTF-8 text (bad byte on line 2)" in str(check_pack_file(path).diagnostics[0])
    assert "no such file" in str(check_pack_file(tmp_path / "nope.yaml").diagnostics[0])
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert "the file is empty" in str(check_pack_file(empty).diagnostics[0])


def test_source_outside_the_pack_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text("format: quizapp/1\nid: p\ntitle: P\nsource: {text: ../../etc/passwd, "
                    "title: x}\nquestions: [{id: q, type: true_false, prompt: '?', "
                    "explanation: '!', answer: true}]\n")
    found = [str(d) for d in check_pack_file(path).diagnostics]
    assert any("the source must be a file in the pack's folder" in f for f in found), found


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_escapes_as_anything_but_a_pack_error(text: str) -> None:
    try:
        read_yaml_text(text, "fuzz.yaml")
    except PackError as error:
        assert error.diagnostics and all(d.path == "fuzz.yaml" for d in error.diagnostics)


@settings(max_examples=200, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
))
def test_validator_survives_any_shape_of_data(data: object) -> None:
    from quizapp.core.validation import validate_pack_data

    result = validate_pack_data({"format": "quizapp/1", "id": "x", "title": "X",
                                 "questions": [data]})
    assert result.pack is None or result.pack.questions
