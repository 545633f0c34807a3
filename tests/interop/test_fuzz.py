"""Any input to any importer gives a valid pack (or none) with located warnings, or a located
error; never another exception. Bounded to a few seconds per importer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.validation import validate_pack_data
from quizapp.interop import ImportFailure, import_data
from quizapp.packs.yaml_reader import read_yaml_text
from quizapp.packs.yaml_writer import pack_to_yaml

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GIFT_PIECES = st.sampled_from(["{", "}", "~", "=", "#", "####", "::", "->", "%50%", "%-100%",
                               "\\", "\\:", "\n", "\n\n", " ", "T", "FALSE", "1..5", "3:2", "*",
                               "[html]", "<b>", "<img src=x>", "$CATEGORY: a/b", "//", "é"])
AIKEN_PIECES = st.sampled_from(["Question?", "A. one", "B) two", "C. three", "ANSWER: A",
                                "ANSWER: C", "ANSWER:", "ANSWER: A, B", "\n", "\n\n", "Z) x"])
XML_PIECES = st.sampled_from([
    "<quiz>", "</quiz>", '<question type="multichoice">', '<question type="truefalse">',
    '<question type="shortanswer">', '<question type="numerical">', '<question type="matching">',
    '<question type="ordering">', '<question type="cloze">', '<question type="category">',
    "</question>", "<questiontext format=\"html\"><text>", "</text></questiontext>",
    '<answer fraction="100"><text>', '<answer fraction="0"><text>', '<answer fraction="x">',
    "</text></answer>", "<subquestion><text>", "</text><answer><text>r</text></answer>"
    "</subquestion>", "<single>false</single>", "<![CDATA[<p>hi</p>]]>", "true", "5", "*",
    "{1:SHORTANSWER:=a}", "&amp;", "&bogus;", "<category><text>$course$/x</text></category>",
    "<tolerance>2</tolerance>", "<name><text>n</text></name>", "\n"])
CSV_PIECES = st.sampled_from(["question", "type", "choices", "answer", ",", ";", "\t", "\n", '"',
                              "|", "\\|", "->", "single", "multiple", "true", "42 ± 2", "A", "x",
                              "ordering", "matching", "numeric", "1..5", "12,500"])


def check(data: bytes, name: str, fmt: str | None) -> None:
    try:
        result = import_data(data, name, fmt)
    except ImportFailure as failure:
        assert failure.file == name and failure.line >= 1 and failure.message
        return
    for warning in result.warnings:
        assert warning.file == name and warning.line >= 1
    if result.pack is None:
        return
    # whatever was imported is a pack quizapp accepts, also after writing and reading it back
    written, _ = read_yaml_text(pack_to_yaml(result.pack), "again.yaml")
    assert validate_pack_data(written).errors == ()


@FUZZ
@given(st.lists(GIFT_PIECES | st.text(max_size=8), max_size=40).map("".join))
def test_gift(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"), "f.gift", "gift")


@FUZZ
@given(st.lists(AIKEN_PIECES | st.text(max_size=6), max_size=30).map("\n".join))
def test_aiken(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"), "f.txt", "aiken")


@FUZZ
@given(st.lists(XML_PIECES | st.text(max_size=5), max_size=40).map("".join))
def test_moodle_xml(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"), "f.xml", "moodle-xml")


@FUZZ
@given(st.lists(CSV_PIECES | st.text(max_size=6), max_size=40).map("".join))
def test_csv(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"), "f.csv", "csv")


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_with_a_guessed_format(data: bytes) -> None:
    check(data, "f.bin", None)
