"""pack → GIFT → pack and pack → Moodle XML → pack keep every question the format holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.models import Pack, Question
from quizapp.interop import export_pack, import_data
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK, FIXTURES

HELD = ("type", "prompt", "choices", "truth", "accept", "close", "number", "tolerance", "items",
        "pairs", "feedback_correct", "feedback_incorrect")


def assert_same(original: Question, again: Question) -> None:
    for name in HELD:
        assert getattr(original, name) == getattr(again, name), (original.id, name)
    # general feedback carries the explanation, then each cited quote with its section
    assert again.explanation.startswith(original.explanation)
    for citation in original.citations:
        assert citation.quote in again.explanation


@pytest.mark.parametrize("path", [FIXTURES / "mini" / "pack.yaml", BUNDLED_PACK],
                         ids=["mini", "bundled"])
@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_round_trip(path: Path, fmt: str) -> None:
    pack: Pack = load_pack(path)
    exported = export_pack(pack, fmt)
    back = import_data(exported.data, f"back.{fmt}", fmt)
    assert back.warnings == ()
    assert back.pack is not None
    held = [q for q in pack.questions if q.id not in exported.skipped]
    assert [q.id for q in back.pack.questions] == [q.id for q in held]
    for original, again in zip(held, back.pack.questions, strict=True):
        assert_same(original, again)
    if fmt == "moodle-xml":
        assert exported.skipped == ()  # Moodle XML holds all seven types
        assert [q.tags for q in back.pack.questions] == [q.tags for q in pack.questions]
    else:
        assert set(exported.skipped) == {q.id for q in pack.questions
                                         if q.type.value == "ordering"}
        assert all("GIFT has no ordering questions" in n.message for n in exported.notes
                   if n.question_id in exported.skipped)


def test_gift_export_escapes_every_control_character() -> None:
    pack = load_pack(FIXTURES / "mini" / "pack.yaml")
    tricky = Question(id="tricky", type=pack.questions[0].type,
                      prompt="a~b=c#d{e}f:g\\h\nnew line", explanation="x: {y}",
                      choices=(type(pack.questions[0].choices[0])("1 = one ~ #1", True),
                               type(pack.questions[0].choices[0])("{two}")))
    odd = Pack(id="odd", title="Odd", questions=(tricky,))
    back = import_data(export_pack(odd, "gift").data, "odd.gift", "gift")
    assert back.pack is not None
    assert_same(tricky, back.pack.questions[0])


def test_gift_general_feedback_names_the_section_of_each_quote() -> None:
    text = export_pack(load_pack(FIXTURES / "mini" / "pack.yaml"), "gift").data.decode()
    assert ("####[markdown]The river runs from the hills to the sea at Port Amber.\\n\\nFrom the "
            "source — The Little Atlas\\: “to the sea at Port Amber”") in text
