"""The JSON export carries every type's answer key, with the YAML's key names."""

from __future__ import annotations

import json

from quizapp.core.models import Pack
from quizapp.packs import pack_to_json

ANSWER_KEYS = {
    "single": {"choices"}, "multiple": {"choices"}, "true_false": {"answer"},
    "short_answer": {"accept", "close"}, "numeric": {"answer", "tolerance"},
    "ordering": {"items"}, "matching": {"pairs"},
}


def test_every_type_exports_its_answer_key(mini_pack: Pack) -> None:
    data = json.loads(pack_to_json(mini_pack))
    by_type = {q["type"]: q for q in data["questions"]}
    assert set(by_type) == set(ANSWER_KEYS)
    for kind, keys in ANSWER_KEYS.items():
        assert keys <= set(by_type[kind]), kind
        assert isinstance(by_type[kind]["cite"], list) and by_type[kind]["cite"], kind
    assert by_type["single"]["choices"][0] == {"text": "Port Amber", "correct": True}
    assert by_type["multiple"]["choices"][2]["feedback"] == "Dunmoor dates from 1901."
    assert by_type["true_false"]["answer"] is False
    assert by_type["short_answer"]["accept"] == ["Hillcross"]
    assert by_type["short_answer"]["close"] == ["Hilcross", "Hillcros"]
    assert (by_type["numeric"]["answer"], by_type["numeric"]["tolerance"]) == (12500, 0)
    assert by_type["matching"]["pairs"][1] == {"left": "Hillcross", "right": "1850"}
    assert by_type["true_false"]["feedback"] == {"correct": "Well spotted.",
                                                 "incorrect": "Look at the season again."}
    assert data["source"]["license"] == "CC BY 4.0"


def test_export_round_trips_through_the_validator(mini_pack: Pack) -> None:
    """What we export is itself a valid pack (JSON is YAML), so teachers can edit and re-import."""
    from pathlib import Path

    from quizapp.core.validation import validate_pack_data

    data = json.loads(pack_to_json(mini_pack))
    source = Path(mini_pack.path).parent / "source.md"
    result = validate_pack_data(data, read_source=lambda name: source.read_text(encoding="utf-8"))
    assert result.diagnostics == ()
    assert result.pack is not None
    assert [q.id for q in result.pack.questions] == [q.id for q in mini_pack.questions]
