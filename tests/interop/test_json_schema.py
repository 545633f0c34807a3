"""The JSON Schema of the pack format accepts the bundled pack and every YAML example in docs/."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizapp.interop import pack_schema
from tests.conftest import BUNDLED_PACK, FIXTURES, REPO

VALIDATOR = jsonschema.Draft202012Validator(pack_schema())
_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)


def errors(data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def doc_examples() -> list[tuple[str, str]]:
    found = []
    for path in sorted((REPO / "docs").glob("*.md")):
        for number, block in enumerate(_YAML_BLOCK.findall(path.read_text(encoding="utf-8"))):
            found.append((f"{path.name}#{number + 1}", block))
    return found


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(pack_schema())


@pytest.mark.parametrize("path", [BUNDLED_PACK, FIXTURES / "mini" / "pack.yaml"],
                         ids=["bundled", "mini"])
def test_packs_are_valid(path: Path) -> None:
    assert errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(("name", "block"), doc_examples(), ids=[n for n, _ in doc_examples()])
def test_every_yaml_example_in_the_docs(name: str, block: str) -> None:
    """Whole packs must be valid; a list of questions is checked as the questions of a pack."""
    data = yaml.safe_load(block.replace("[...]", "[]"))
    if isinstance(data, dict) and "format" in data:
        if data.get("questions") == []:
            data["questions"] = [{"id": "q", "type": "true_false", "prompt": "p", "answer": True,
                                  "explanation": "e", "cite": {"passage": "p", "quote": "q"}}]
        assert errors(data) == [], name
        return
    questions = data if isinstance(data, list) else [data]
    for index, entry in enumerate(questions):
        entry = {"id": f"q{index}", "prompt": "p", **entry}
        assert errors({"format": "quizapp/1", "id": "doc", "title": "Doc",
                       "questions": [entry]}) == [], (name, entry)


def test_mistakes_are_caught() -> None:
    pack = yaml.safe_load((FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8"))
    pack["questions"][0]["promt"] = "typo"
    pack["questions"][2]["accept"] = ["not for true/false"]
    pack["questions"][3]["difficulty"] = 4
    del pack["questions"][4]["explanation"]  # required because the pack has a source
    found = errors(pack)
    assert any("'promt' was unexpected" in e for e in found)
    assert any("'accept' was unexpected" in e for e in found)
    assert any("[questions, 3, 'difficulty']" in e.replace("'questions'", "questions")
               for e in found)
    assert any("'explanation' is a required property" in e for e in found)


def test_quizapp_schema_prints_it() -> None:
    result = subprocess.run([sys.executable, "-m", "quizapp", "schema"], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == pack_schema()
