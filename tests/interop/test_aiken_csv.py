"""Aiken and CSV/TSV import and export."""

from __future__ import annotations

import csv
import io

import pytest

from quizapp.core.models import QuestionType
from quizapp.interop import ImportFailure, export_pack, import_data
from quizapp.packs import load_pack
from tests.conftest import FIXTURES
from tests.interop.conftest import imported, messages


def test_aiken_both_choice_styles_and_located_skips() -> None:
    result = imported("both-styles.aiken.txt")
    assert result.pack is not None
    first, second, third = result.pack.questions
    assert [c.correct for c in first.choices] == [False, False, False, True]
    assert first.prompt == "What is the correct answer to this question?"
    assert [c.text for c in second.choices][:2] == ["Moodle", "ATutor"]  # the A) style
    assert second.choices[0].correct
    assert third.type is QuestionType.MULTIPLE  # ANSWER: A, B
    assert messages(result) == [
        "both-styles.aiken.txt:23: warning: skipped question 'This question forgot its answer "
        "line.': no 'ANSWER:' line after its choices; add e.g. 'ANSWER: B'",
        "both-styles.aiken.txt:30: warning: skipped question 'Which answer is named but "
        "missing?': ANSWER names E, but the choices are A, B",
    ]


def test_aiken_without_answer_lines_imports_nothing() -> None:
    result = imported("broken.aiken.txt")
    assert result.pack is None
    assert [m.split(": warning: ")[0] for m in messages(result)] == [
        "broken.aiken.txt:1", "broken.aiken.txt:6"]


def test_aiken_export_holds_single_choice_only() -> None:
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    result = export_pack(pack, "aiken")
    text = result.data.decode()
    assert text.startswith("Where does the river Vell reach the sea?\nA. Port Amber\n"
                           "B. Hillcross\nC. Dunmoor\nANSWER: A\n")
    assert "Hillcross holds its lantern market in summer.\nA. True\nB. False\nANSWER: B" in text
    assert set(result.skipped) == {"founded-towns", "market-town", "population",
                                   "founding-order", "founding-years"}
    notes = {n.question_id: n.message for n in result.notes}
    assert notes["founded-towns"] == ("left out: Aiken holds only single-choice questions, not "
                                      "multiple choice")
    assert "the explanation, the citations, per-choice feedback left out" in notes["river-mouth"]
    back = import_data(result.data, "back.txt", "aiken")
    assert back.pack is not None and len(back.pack.questions) == 2


def test_csv_every_column_and_type() -> None:
    result = imported("constructs.csv")
    pack = result.pack
    assert pack is not None
    kinds = [q.type.value for q in pack.questions]
    assert kinds == ["single", "multiple", "true_false", "short_answer", "numeric", "numeric",
                     "ordering", "matching", "single"]
    seine, rivers, rhine, loire, danube, lyon, order, capitals, pipe = pack.questions
    assert seine.choices[0].correct and seine.explanation.startswith("It flows")
    assert [c.correct for c in rivers.choices] == [True, True, False]  # by letters
    assert rhine.truth is True and loire.accept == ("Loire", "The Loire")
    assert (danube.number, danube.tolerance) == (2850, 50)
    assert lyon.number == 522000  # "522,000", type guessed from the answer
    assert order.items == ("Oslo", "Paris", "Rome")
    assert capitals.pairs[2].right == "Madrid"
    assert pipe.choices[0].text == "Pipe |" and pipe.choices[0].correct  # by number
    assert [s.title for s in pack.sections] == ["Rivers", "Cities"]
    assert messages(result) == [
        "constructs.csv:11: warning: skipped row 'Which one is right?': the answer 'C' is none "
        "of the choices; name the right choice by its text, letter (A) or number (1)",
        "constructs.csv:12: warning: skipped row 'This row has an unknown type.': unknown type "
        "'essay'; use one of single, multiple, true_false, short_answer, numeric, ordering, "
        "matching (or leave it empty)",
        "constructs.csv:13: warning: skipped a row: the 'question' column is empty",
    ]


def test_tsv_and_semicolons() -> None:
    result = imported("constructs.tsv")
    assert result.question_count == 1
    assert messages(result) == [
        "constructs.tsv:3: warning: skipped row 'How many arms has the Rhine delta?': 'three' is "
        "not a number (write 42, 42 ± 2, 42:2 or 40..44)"]
    semicolons = b"question;answer\nCapital of Italy?;Rome\n"
    assert import_data(semicolons, "s.csv").question_count == 1


def test_csv_without_a_question_column_is_a_located_error() -> None:
    with pytest.raises(ImportFailure) as caught:
        imported("broken.csv")
    assert ":1: error: the header has no 'question' column" in str(caught.value)


def test_csv_export_reads_back(tmp_path: object) -> None:
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    result = export_pack(pack, "csv")
    rows = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"))))
    assert rows[0] == ["question", "type", "choices", "answer", "explanation", "section"]
    assert rows[1][:4] == ["Where does the river Vell reach the sea?", "single",
                           "Port Amber | Hillcross | Dunmoor", "A"]
    assert "From the source — The Little Atlas: “to the sea at Port Amber”" in rows[1][4]
    back = import_data(result.data, "mini.csv")
    assert back.pack is not None
    for original, again in zip(pack.questions, back.pack.questions, strict=True):
        assert (original.type, original.prompt) == (again.type, again.prompt)
        assert [(c.text, c.correct) for c in original.choices] == [
            (c.text, c.correct) for c in again.choices]
        assert (original.truth, original.accept, original.number, original.items,
                original.pairs) == (again.truth, again.accept, again.number, again.items,
                                    again.pairs)
    notes = {n.question_id: n.message for n in result.notes}
    assert notes["market-town"].startswith("'almost' answers left out")
    tsv = export_pack(pack, "tsv").data.decode("utf-8-sig")
    assert tsv.splitlines()[0] == "question\ttype\tchoices\tanswer\texplanation\tsection"
