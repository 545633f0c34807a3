"""Exams shipped in a pack (``exams:``): read, checked with located errors, exported, in the schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import yaml

from quizapp.core.exam_checks import EXAM_KEYS, preset_to_dict, read_exam_preset
from quizapp.core.models import ExamPreset, QuestionType
from quizapp.interop.json_schema import exam_schema, pack_schema
from quizapp.packs import check_pack_file, pack_to_dict
from tests.conftest import FIXTURES

MINI = (FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8")


def with_exams(block: str) -> str:
    return MINI + "exams:\n" + block


def problems(write_pack: Callable[[str], Path], text: str) -> list[str]:
    return [str(d) for d in check_pack_file(write_pack(text)).diagnostics]


def test_a_pack_ships_exams_with_every_setting(write_pack: Callable[[str], Path]) -> None:
    result = check_pack_file(write_pack(with_exams(
        "  - id: towns-test\n"
        "    title: Towns test\n"
        "    count: 3\n"
        "    sections: [towns]\n"
        "    types: [single, true_false, numeric, multiple]\n"
        "    difficulty: [1, 2]\n"
        "    time_limit_minutes: 2.5\n"
        "    shuffle: false\n"
        "    allow_back: false\n"
        "    seed: 42\n"
        "  - {id: quick, title: Quick}\n")))
    assert result.diagnostics == ()
    assert result.pack is not None
    towns, quick = result.pack.exams
    assert towns == ExamPreset(
        "towns-test", "Towns test", 3, ("towns",),
        (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC,
         QuestionType.MULTIPLE), (1, 2), 2.5, False, False, 42)
    assert quick == ExamPreset("quick", "Quick")  # defaults: all, no limit, shuffled, back


def test_every_mistake_is_reported_where_it_stands(write_pack: Callable[[str], Path]) -> None:
    first = MINI.count("\n") + 2  # the line of the first exam, after "exams:"
    found = problems(write_pack, with_exams(
        "  - id: Bad Id\n"              # first
        "    title: T\n"
        "    cuont: 3\n"                # +2
        "    sections: [town]\n"        # +3
        "    types: single-choice\n"    # +4
        "    difficulty: [1, 4]\n"      # +5
        "    time_limit_minutes: 0\n"   # +6
        "    allow_back: sometimes\n"   # +7
        "    seed: -1\n"                # +8
        "  - {id: big, title: Big, count: 8}\n"   # +9
        "  - {id: big, title: Again}\n"            # +10
        "  - {id: none-left, title: None, types: [ordering], difficulty: 3}\n"  # +11
        "  - title: No id\n"))                     # +12
    text = "\n".join(found)
    expected = [
        (0, 9, "error: exam id 'Bad Id' may only use lowercase letters"),
        (2, 5, "error: unknown key 'cuont' in exam 'Bad Id'; did you mean 'count'?"),
        (3, 16, "error: unknown section 'town'; did you mean 'towns'?"),
        (4, 12, "error: unknown question type 'single-choice'; did you mean 'single'?"),
        (5, 21, "error: difficulty must be 1, 2 or 3 (or a list of them), found 4"),
        (6, 25, "error: 'time_limit_minutes' must be a number of minutes above 0"),
        (7, 17, "error: 'allow_back' must be true or false"),
        (8, 11, "error: 'seed' must be a whole number from 0"),
        (9, 34, "error: exam 'big' asks for 8 questions but only 7 match"),
        (10, 10, "error: duplicate exam id 'big' (also exam 2)"),
        (11, 5, "error: no question of the pack matches exam 'none-left'"),
        (12, 5, "error: exam 5 is missing 'id'"),
    ]
    for offset, column, message in expected:
        assert f"pack.yaml:{first + offset}:{column}: {message}" in text, (message, found)
    assert len(found) == len(expected), found
    assert check_pack_file(write_pack(with_exams("  - {id: a, title: A, count: 8}\n"))).pack is None


def test_same_questions_for_a_class_unless_the_pack_says_otherwise(
        write_pack: Callable[[str], Path]) -> None:
    result = check_pack_file(write_pack(with_exams(
        "  - {id: class, title: Class}\n"
        "  - {id: own, title: Own, count: 3, same_questions: false}\n")))
    assert result.diagnostics == () and result.pack is not None
    shared, own = result.pack.exams
    assert shared.same_questions and not own.same_questions
    assert preset_to_dict(shared).get("same_questions", True) is True
    assert preset_to_dict(own)["same_questions"] is False
    assert read_exam_preset(preset_to_dict(own), None, None)[0] == own
    first = MINI.count("\n") + 2
    found = problems(write_pack, with_exams(
        "  - {id: both, title: Both, seed: 4, same_questions: false}\n"
        "  - {id: odd, title: Odd, same_questions: sometimes}\n"))
    assert found == [
        f"{write_pack(MINI)}:{first}:35: error: exam 'both' has a 'seed', which gives every "
        "learner the same questions, and 'same_questions: false'; remove one of them",
        f"{write_pack(MINI)}:{first + 1}:43: error: 'same_questions' must be true or false, "
        "found text"]


def test_exams_must_be_a_list(write_pack: Callable[[str], Path]) -> None:
    line = MINI.count("\n") + 1
    assert problems(write_pack, MINI + "exams: {id: a}\n") == [
        f"{write_pack(MINI)}:{line}:8: error: 'exams' must be a list of exams, found a mapping"]


def test_json_export_and_saved_presets_round_trip(write_pack: Callable[[str], Path]) -> None:
    pack = check_pack_file(write_pack(with_exams(
        "  - {id: towns-test, title: Towns, sections: towns, time_limit_minutes: 10, seed: 7}\n"
    ))).pack
    assert pack is not None
    exported = pack_to_dict(pack)["exams"]
    assert exported == [{"id": "towns-test", "title": "Towns", "sections": ["towns"],
                         "time_limit_minutes": 10, "shuffle": True, "allow_back": True,
                         "seed": 7}]
    assert json.loads(json.dumps(exported))[0] == preset_to_dict(pack.exams[0])
    sections = {s.id for s in pack.sections}
    again, diagnostics = read_exam_preset(exported[0], sections, pack.questions)
    assert diagnostics == () and again == pack.exams[0]
    broken, diagnostics = read_exam_preset({"id": "x", "title": "X", "count": 99}, sections,
                                           pack.questions)
    assert broken is None
    assert [d.message for d in diagnostics] == [
        "exam 'x' asks for 99 questions but only 7 match its sections, types and difficulty; "
        "lower 'count' or widen the choice"]


def test_the_schema_follows_the_validator(write_pack: Callable[[str], Path]) -> None:
    schema = exam_schema()
    assert tuple(schema["properties"]) == EXAM_KEYS
    assert schema["additionalProperties"] is False
    validator = jsonschema.Draft202012Validator(pack_schema())
    data = yaml.safe_load(with_exams(
        "  - {id: towns-test, title: Towns, count: 3, sections: [towns], types: single,\n"
        "     difficulty: [1, 2], time_limit_minutes: 2.5, shuffle: false, allow_back: false,\n"
        "     seed: 42}\n"))
    assert list(validator.iter_errors(data)) == []
    data["exams"][0]["cuont"] = 3
    data["exams"][0]["difficulty"] = 4
    messages = [e.message for e in validator.iter_errors(data)]
    assert any("'cuont' was unexpected" in m for m in messages), messages
    assert any("4 is not one of" in m or "is not valid under any" in m for m in messages)
