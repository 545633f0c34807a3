"""The Anki export, opened back as Anki would: a zip holding an SQLite collection."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

from quizapp.interop import export_pack
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK, FIXTURES


def notes(data: bytes, tmp_path: Path) -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert "collection.anki2" in package.namelist()
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return [row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes ORDER BY id")]
    finally:
        db.close()


def test_cards_show_question_answer_explanation_passage_and_attribution(tmp_path: Path) -> None:
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    found = notes(export_pack(pack, "anki").data, tmp_path)
    assert len(found) == len(pack.questions)
    question, answer, explanation, source, credit = found[0]
    assert question.startswith("<div class=prompt>Where does the river Vell reach the sea?</div>")
    assert all(f"<li>{town}</li>" in question for town in ("Port Amber", "Hillcross", "Dunmoor"))
    assert answer == "Port Amber"
    assert explanation == "The river runs from the hills to the sea at Port Amber."
    assert source == ("<div class=where>From the source — The Little Atlas</div><div class="
                      "passage>The river Vell runs from the northern hills <b>to the sea at Port "
                      "Amber</b>.</div>")
    assert credit == ("“The Little Atlas” by Example Press. Licensed under CC BY 4.0 "
                      "(https://creativecommons.org/licenses/by/4.0/).")
    ordering = found[5]
    assert ordering[1] == "<ol><li>Port Amber</li><li>Hillcross</li><li>Dunmoor</li></ol>"
    matching = found[6]
    assert "<li>Port Amber → 1802</li>" in matching[1]
    assert matching[3].count("From the source — Towns") == 2  # two citations, both shown


def test_pack_text_is_escaped_never_rendered(tmp_path: Path) -> None:
    pack = load_pack(BUNDLED_PACK)
    found = notes(export_pack(pack, "anki").data, tmp_path)
    assert len(found) == 121
    assert all("<script" not in field for note in found for field in note)
    quoted = [note for note in found if "“" in note[3] or "<b>" in note[3]]
    assert len(quoted) == 121  # every bundled question cites, and every citation is shown
