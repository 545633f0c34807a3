"""Moodle XML import: every question type, text formats, images; hostile and broken files."""

from __future__ import annotations

import pytest

from quizapp.core.models import Choice, MatchPair, QuestionType
from quizapp.interop import ImportFailure, import_data
from tests.interop.conftest import imported, messages, question


def test_every_construct_is_read() -> None:
    result = imported("constructs.moodle.xml")
    pack = result.pack
    assert pack is not None and len(pack.questions) == 9
    assert [(s.id, s.title) for s in pack.sections] == [("rivers", "Rivers"),
                                                         ("capitals", "Capitals")]
    seine = question(pack, "seine-city")  # CDATA HTML, per-answer and general feedback
    assert seine.prompt == "Which city does the **Seine** flow through?"
    assert seine.choices == (Choice("Paris", True, "Yes, Paris."),
                             Choice("Lyon", False, "Lyon lies on the *Rhône* & Saône."),
                             Choice("Marseille", False, None))
    assert seine.explanation == "The Seine crosses Paris."
    assert (seine.feedback_correct, seine.feedback_incorrect) == ("Your answer is correct.",
                                                                  "Your answer is incorrect.")
    assert seine.tags == ("france", "rivers")
    rivers = question(pack, "north-sea-rivers")  # several right answers by fraction
    assert rivers.type is QuestionType.MULTIPLE
    assert [c.correct for c in rivers.choices] == [True, True, False]
    rhine = question(pack, "rhine-source")
    assert (rhine.truth, rhine.feedback_correct, rhine.feedback_incorrect) == (
        True, "Right: in Graubünden.", "It does rise in the Alps.")
    loire = question(pack, "longest-river")
    assert (loire.accept, loire.close, loire.feedback_incorrect) == (
        ("Loire", "The Loire"), ("Lore",), "No: it is the Loire.")
    danube = question(pack, "danube-length")
    assert (danube.number, danube.tolerance) == (2850, 50)
    capitals = question(pack, "capitals")
    assert capitals.pairs == (MatchPair("France", "Paris"), MatchPair("Italy", "Rome"),
                              MatchPair("Spain", "Madrid"))
    assert question(pack, "north-to-south").items == ("Oslo", "Paris", "Rome")
    cloze = question(pack, "one-blank")
    assert (cloze.prompt, cloze.accept, cloze.close) == ("The capital of France is _____.",
                                                         ("Paris",), ("Lyon",))


def test_embedded_images_are_kept_and_missing_ones_reported() -> None:
    result = imported("constructs.moodle.xml")
    picture = question(result.pack, "embedded-picture")
    assert picture.prompt == "This dot is red: ![a dot](images/dot.png)"
    assert result.attachments["images/dot.png"].startswith(b"\x89PNG")
    found = messages(result)
    assert ("constructs.moodle.xml:122: warning: skipped question 'Missing picture': it shows an "
            "image that is not in the file (flag.png)") in found


def test_unsupported_types_are_reported_at_their_line() -> None:
    found = messages(imported("constructs.moodle.xml"))
    for line, name, reason in (
            (102, "Two blanks", "it is a cloze text with 2 blanks"),
            (107, "Essay", "essay questions need a person to mark them"),
            (112, "Calculated", "calculated questions draw random numbers"),
            (117, "Drag and drop", "drag-and-drop questions")):
        prefix = f"constructs.moodle.xml:{line}: warning: skipped question '{name}': {reason}"
        assert any(m.startswith(prefix) for m in found), (prefix, found)
    assert ("constructs.moodle.xml:66: warning: question 'Danube length': its units (km) were "
            "left out; quizapp expects a bare number") in found


@pytest.mark.parametrize(("name", "line", "reason"), [
    ("broken.moodle.xml", 6, "not well-formed XML (mismatched tag); check the file is complete "
                             "and every tag is closed"),
    ("entity-bomb.moodle.xml", 2, "the file has a document type declaration (<!DOCTYPE ...>); "
                                  "quizapp refuses it for safety"),
    ("xxe.moodle.xml", 2, "the file has a document type declaration"),
    ("external-dtd.moodle.xml", 2, "the file has a document type declaration"),
])
def test_malformed_and_hostile_xml_is_refused_at_its_line(name: str, line: int,
                                                          reason: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        imported(name)
    assert caught.value.line == line
    assert caught.value.message.startswith(reason)


def test_entity_declarations_are_refused_even_without_a_doctype_line_of_their_own() -> None:
    data = b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY x "y">]><quiz>&x;</quiz>'
    with pytest.raises(ImportFailure):
        import_data(data, "x.xml", "moodle-xml")


def test_a_file_that_is_not_a_question_bank() -> None:
    with pytest.raises(ImportFailure) as caught:
        import_data(b"<html><body>hi</body></html>", "page.xml")
    assert str(caught.value) == ("page.xml:1: error: not a Moodle XML question file: it starts "
                                 "with <html>, where Moodle writes <quiz>")


def test_two_images_of_the_same_name_are_both_kept() -> None:
    def question(answer: str, content: str) -> str:
        return (f'<question type="truefalse"><name><text>{answer}</text></name><questiontext '
                f'format="html"><text>&lt;img src="@@PLUGINFILE@@/a.png"&gt;</text><file '
                f'name="a.png" encoding="base64">{content}</file></questiontext><answer '
                f'fraction="100"><text>{answer}</text></answer><answer fraction="0"><text>'
                f'{"false" if answer == "true" else "true"}</text></answer></question>')
    data = f"<quiz>{question('true', 'QUFB')}{question('false', 'QkJC')}</quiz>".encode()
    result = import_data(data, "two.xml", "moodle-xml")
    assert result.attachments == {"images/a.png": b"AAA", "images/a-2.png": b"BBB"}
    assert result.pack is not None
    assert result.pack.questions[1].prompt == "![a.png](images/a-2.png)"
