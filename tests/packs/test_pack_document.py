"""Saving an edited pack keeps the author's file: untouched parts byte for byte, comments, order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.diagnostics import PackError
from quizapp.packs import check_pack_file
from quizapp.packs.pack_document import DocumentShapeError, PackDocument
from tests.conftest import BUNDLED_PACK

COMMENTED = """\
# My pack — header comment
format: quizapp/1
id: demo   # the id
title: Demo
questions:
  # ---- part one ----
  - id: first
    type: true_false
    prompt: First?      # a comment on the prompt
    answer: true
    explanation: Because.

  - id: second
    type: short_answer
    # the accepted forms, most common first
    accept:
    - Paris
    - paris france
    prompt: "Capital of France?"
    explanation: It is Paris.
  - {id: third, type: numeric, prompt: How many, answer: 3, explanation: Three.}
# trailing comment
"""


def lines_of(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def test_untouched_document_is_written_back_byte_for_byte() -> None:
    document = PackDocument(BUNDLED_PACK.read_text(encoding="utf-8"), str(BUNDLED_PACK))
    assert document.layout_kept
    assert document.text() == BUNDLED_PACK.read_text(encoding="utf-8")
    assert PackDocument(COMMENTED).text() == COMMENTED


def test_editing_one_question_leaves_every_other_byte_alone() -> None:
    original = BUNDLED_PACK.read_text(encoding="utf-8")
    document = PackDocument(original, str(BUNDLED_PACK))
    question = document.question(5)
    question["prompt"] = "A new prompt: with a colon"
    document.set_question(5, question)
    saved = document.text()
    before, after = lines_of(original), lines_of(saved)
    start = next(i for i, line in enumerate(before) if line.startswith(f"  - id: {question['id']}"))
    end = next(i for i in range(start + 1, len(before)) if before[i].startswith("  - id: "))
    assert after[:start] == before[:start]
    new_end = next(i for i in range(start + 1, len(after)) if after[i].startswith("  - id: "))
    assert after[new_end:] == before[end:]
    assert "    prompt: 'A new prompt: with a colon'\n" in after[start:new_end]
    assert yaml.safe_load(saved)["questions"][5] == question


def test_comments_and_key_order_inside_an_edited_question_survive() -> None:
    document = PackDocument(COMMENTED)
    second = document.question(1)
    second["accept"] = ["Paris", "Paris, France"]
    second["close"] = ["Pariss"]
    document.set_question(1, second)
    saved = document.text()
    assert "    # the accepted forms, most common first\n" in saved
    assert list(yaml.safe_load(saved)["questions"][1]) == [
        "id", "type", "accept", "close", "prompt", "explanation"]
    assert "prompt: \"Capital of France?\"" in saved  # the author's quotes stay
    assert saved.startswith("# My pack — header comment\nformat: quizapp/1\nid: demo   # the id\n")
    assert "    prompt: First?      # a comment on the prompt\n" in saved
    assert saved.endswith("  - {id: third, type: numeric, prompt: How many, answer: 3, "
                          "explanation: Three.}\n# trailing comment\n")


def test_text_that_yaml_would_read_as_something_else_is_quoted() -> None:
    document = PackDocument(COMMENTED)
    second = document.question(1)
    second["accept"] = ["yes", "1990", "null", "- dash", "#hash", "a: b", "  spaced  "]
    document.set_question(1, second)
    assert yaml.safe_load(document.text())["questions"][1]["accept"] == second["accept"]


def test_insert_remove_move_and_header_fields() -> None:
    document = PackDocument(COMMENTED)
    document.insert_question(0, {"id": "zero", "type": "true_false", "prompt": "Zero?",
                                 "answer": False, "explanation": "Two\nlines."})
    document.move_question(3, 1)
    removed = document.remove_question(2)
    assert removed["id"] == "first"
    document.set_field("title", "Demo: the sequel")
    document.set_field("description", "Added after the title.")
    data = yaml.safe_load(document.text())
    assert [q["id"] for q in data["questions"]] == ["zero", "third", "second"]
    assert data["questions"][0]["explanation"] == "Two\nlines."
    assert list(data)[:5] == ["format", "id", "title", "description", "questions"]
    assert "id: demo   # the id\n" in document.text()
    assert data == document.data()


def test_every_question_removed_writes_an_empty_list() -> None:
    document = PackDocument(COMMENTED)
    for _ in range(3):
        document.remove_question(0)
    assert yaml.safe_load(document.text())["questions"] == []


def test_flow_style_question_lists_are_rewritten_whole_keeping_comments() -> None:
    text = "# top\nformat: quizapp/1  # fmt\nid: x\nquestions: [{id: a, prompt: A}]\n"
    document = PackDocument(text)
    assert not document.layout_kept
    assert document.text() == text or yaml.safe_load(document.text()) == yaml.safe_load(text)
    question = document.question(0)
    question["prompt"] = "B"
    document.set_question(0, question)
    saved = document.text()
    assert "# top" in saved and "# fmt" in saved
    assert yaml.safe_load(saved)["questions"] == [{"id": "a", "prompt": "B"}]


def test_broken_files_and_other_shapes_are_refused_in_plain_words() -> None:
    with pytest.raises(PackError, match="a colon is missing after `prompt`"):
        PackDocument("questions:\n  - id: a\n    prompt What\n    type: x\n")
    with pytest.raises(DocumentShapeError, match="not a mapping"):
        PackDocument("- just\n- a list\n")
    with pytest.raises(DocumentShapeError, match="'questions' is not a list"):
        PackDocument("questions: many\n")


def test_locate_finds_the_question_and_key_of_a_line() -> None:
    document = PackDocument(COMMENTED)
    assert document.locate(9) == (0, "prompt")
    assert document.locate(16) == (1, "accept")
    assert document.locate(2) == (None, None)


def test_save_is_atomic_and_keeps_permissions(mini_dir: Path) -> None:
    path = mini_dir / "pack.yaml"
    os.chmod(path, 0o640)
    document = PackDocument.load(path)
    question = document.question(0)
    question["explanation"] = "Rewritten."
    document.set_question(0, question)
    document.save()
    assert check_pack_file(path).pack is not None
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert [p.name for p in mini_dir.iterdir() if p.name.startswith(".")] == []
    assert document.text() == path.read_text(encoding="utf-8")


TEXTS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=30)
QUESTION = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z]{1,8}", fullmatch=True), "prompt": TEXTS},
    optional={"accept": st.lists(TEXTS, max_size=3), "answer": st.integers() | st.booleans(),
              "choices": st.lists(st.fixed_dictionaries({"text": TEXTS},
                                                        optional={"correct": st.booleans()}),
                                  max_size=3)})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["set", "insert", "remove", "move", "title"]),
                          st.integers(0, 10), st.integers(0, 10), QUESTION), max_size=6))
def test_any_sequence_of_edits_reads_back_as_the_editors_data(
        edits: list[tuple[str, int, int, dict[str, object]]]) -> None:
    document = PackDocument(COMMENTED)
    for action, first, second, question in edits:
        count = len(document)
        if action == "set" and count:
            document.set_question(first % count, question)
        elif action == "insert":
            document.insert_question(first % (count + 1), question)
        elif action == "remove" and count:
            document.remove_question(first % count)
        elif action == "move" and count:
            document.move_question(first % count, second % count)
        elif action == "title":
            document.set_field("title", question["prompt"] or None)
    saved = document.text()  # raises if the text would not read back as the data
    assert yaml.safe_load(saved)["questions"] == document.questions()
