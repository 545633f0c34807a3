"""GIFT import: every construct of Moodle's documentation, and broken files answered by line."""

from __future__ import annotations

import pytest

from quizapp.core.models import Choice, MatchPair, QuestionType
from quizapp.interop import ImportFailure, import_data
from tests.interop.conftest import imported, messages, question


def test_every_construct_is_read() -> None:
    result = imported("constructs.gift")
    pack = result.pack
    assert pack is not None and len(pack.questions) == 20
    assert [(s.id, s.title) for s in pack.sections] == [("rivers", "Rivers"),
                                                         ("mountains", "Mountains")]
    tomb = question(pack, "grant-s-tomb")  # title → id; per-answer and general feedback
    assert tomb.type is QuestionType.SINGLE and tomb.section_id == "rivers"
    assert tomb.choices[2] == Choice("no one", True, "Right: entombed is not buried.")
    assert tomb.explanation == "People are entombed above ground in the tomb."
    blank = question(pack, "grant-is-in-grant-s-tomb")  # the missing-word form
    assert blank.prompt == "Grant is _____ in Grant's tomb."
    assert [c.correct for c in blank.choices] == [False, True, False]
    two = question(pack, "two-people")  # multiple answers by %weights%
    assert two.type is QuestionType.MULTIPLE
    assert [c.correct for c in two.choices] == [False, True, True, False]
    sunrise = question(pack, "sunrise")  # {T#wrong#right####general}
    assert (sunrise.truth, sunrise.feedback_correct, sunrise.feedback_incorrect) == (
        True, "Right, in the east.", "No: it rises in the east.")
    assert sunrise.explanation == "The Earth turns eastward."
    assert question(pack, "grant-is-buried-in-grant-s").truth is False  # {FALSE}
    assert question(pack, "short").accept == ("no one", "nobody")
    assert question(pack, "two-plus-two-equals").prompt == "Two plus two equals _____."
    nazareth = question(pack, "nazareth")
    assert (nazareth.accept, nazareth.close, nazareth.feedback_incorrect) == (
        ("Nazareth",), ("Nazereth",), "No.")
    born = question(pack, "grant-born")
    assert (born.number, born.tolerance) == (1822, 5)  # {#1822:5}
    pi = question(pack, "pi-range")
    assert (pi.number, pi.tolerance) == (3.1415, 0.0005)  # {#3.141..3.142}
    weighted = question(pack, "grant-weighted")
    assert (weighted.number, weighted.tolerance, weighted.feedback_correct,
            weighted.feedback_incorrect) == (1822, 0, "Correct! 100% credit",
                                             "Look at his biography again.")
    capitals = question(pack, "capitals")
    assert capitals.pairs[0] == MatchPair("Canada", "Ottawa") and len(capitals.pairs) == 4
    escapes = question(pack, "escapes")
    assert escapes.prompt == "Which answer equals 5: a sum in {braces}?"
    assert [c.text for c in escapes.choices] == ["= 2 + 2", "= 2 + 3", "= 2 + 4", "# four"]
    assert escapes.choices[1].feedback == "Yes: 5, not ~5."
    assert question(pack, "line-break").prompt == "First line\nsecond line: which is true?"


def test_text_formats_become_plain_text_or_markdown() -> None:
    pack = imported("constructs.gift").pack
    html = question(pack, "html-text")
    assert html.prompt == "Which river flows through **Paris**?"
    assert html.choices[0].text == "The Seine"  # answers are plain words, never markup
    assert question(pack, "markdown-text").prompt == "Which river is the **longest** in France?"
    assert question(pack, "plain-text").prompt == "Is <b> shown as text here?"
    assert question(pack, "moodle-text").section_id == "rivers"
    assert question(pack, "highest").section_id == "mountains"


def test_what_cannot_be_imported_is_reported_at_its_line() -> None:
    found = messages(imported("constructs.gift"))
    assert ("constructs.gift:80: warning: skipped question 'Essay': it is an essay question "
            "(empty { }); quizapp grades answers automatically, and essays need a person to "
            "mark them") in found
    assert any(m.startswith("constructs.gift:82: warning: skipped question 'Description'")
               for m in found)
    assert any(m.startswith("constructs.gift:84: warning: skipped question 'Several blanks': it "
                            "has several answer blanks") for m in found)
    assert ("constructs.gift:86: warning: skipped question 'Picture': it shows an image that is "
            "not in the file (everest.jpg); GIFT files cannot carry images") in found
    assert ("constructs.gift:31: warning: question 'Nazareth': the wrong answer 'Bethlehem' and "
            "its feedback were left out; quizapp lists accepted answers only") in found
    assert ("constructs.gift:44: warning: question 'Grant weighted': the 50% answer 1822:2 was "
            "left out; quizapp has no partial credit") in found


def test_broken_file_gives_a_located_reason_for_each_question() -> None:
    result = imported("broken.gift")
    assert result.pack is None
    assert messages(result) == [
        "broken.gift:2: warning: skipped question 'Unclosed': the '{' that starts its answers "
        "is never closed with '}'",
        "broken.gift:4: warning: skipped question 'Backwards': a '}' comes before any '{'; "
        "write the answers as { ... } (escape a literal brace as \\})",
        "broken.gift:6: warning: skipped question 'Pair without arrow': the matching pair "
        "'Canada Ottawa' has no '->'; write each pair as =left -> right",
        "broken.gift:8: warning: skipped question 'Not a number': 'eighteen' is not a number, a "
        "number:margin or a low..high range",
    ]


def test_rules_of_the_pack_format_apply_to_imported_questions() -> None:
    text = "::Ten::Pick one {=a ~b ~c ~d ~e ~f ~g ~h ~i ~j}\n\n::Ok::Fine? {T}\n"
    result = import_data(text.encode(), "ten.gift", "gift")
    assert result.question_count == 1
    assert messages(result) == ["ten.gift:1: warning: skipped question 'Ten': 'choices' has 10 "
                                "entries; at most 9 fit the keys 1–9"]


def test_unknown_format_is_a_located_error() -> None:
    with pytest.raises(ImportFailure) as caught:
        import_data(b"just some words\n", "notes.txt")
    assert str(caught.value).startswith("notes.txt:1: error: cannot tell which format this is")
