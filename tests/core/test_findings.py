"""Problems found while editing are pinned to the question and field they concern."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from quizapp.core.diagnostics import Severity
from quizapp.core.findings import collect_findings, one_question_pack
from quizapp.packs.loader import source_reader


def mini_data(mini_dir: Path) -> dict[str, Any]:
    data = yaml.safe_load((mini_dir / "pack.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_valid_pack_has_no_errors_or_warnings(mini_dir: Path) -> None:
    findings = collect_findings(mini_data(mini_dir), file="pack.yaml",
                                read_source=source_reader(mini_dir))
    assert findings.pack is not None
    assert {f.severity for f in findings.all} <= {Severity.LINT}  # the mini pack's own flaws
    assert findings.status(4) is None


def test_each_problem_names_its_question_and_field(mini_dir: Path) -> None:
    data = mini_data(mini_dir)
    data["questions"][0]["choices"][0]["correct"] = False
    data["questions"][2]["cite"]["quote"] = "words that are not there"
    data["questions"][4]["tolerance"] = -1
    data["questions"][5]["items"] = ["same", "same"]
    del data["questions"][6]["explanation"]
    data["source"]["license"] = ["not", "text"]
    findings = collect_findings(data, file="pack.yaml", read_source=source_reader(mini_dir))
    assert findings.pack is None
    where = {(f.question, f.field) for f in findings.all}
    assert where == {(0, "choices"), (2, "cite"), (4, "tolerance"), (5, "items"), (6, ""),
                     (None, "source")}
    cite = next(f for f in findings.for_question(2))
    assert cite.path == ("questions", 2, "cite", "quote")
    assert "does not occur verbatim in passage 'towns-2'" in cite.message
    assert findings.status(2) is Severity.ERROR and findings.status(1) is None
    assert findings.pack_level[0].path == ("source", "license")


def test_warnings_do_not_stop_the_pack(mini_dir: Path) -> None:
    data = mini_data(mini_dir)
    data["questions"][1]["choices"][2]["correct"] = True
    findings = collect_findings(data, file="pack.yaml", read_source=source_reader(mini_dir))
    assert findings.pack is not None
    assert findings.status(1) is Severity.WARNING
    assert findings.for_question(1)[0].field == "choices"


def test_one_question_can_be_previewed_while_others_are_broken(mini_dir: Path) -> None:
    data = mini_data(mini_dir)
    broken = copy.deepcopy(data)
    broken["questions"][0]["type"] = "nonsense"
    result = one_question_pack(broken, 3, file="pack.yaml", read_source=source_reader(mini_dir))
    assert result.pack is not None and result.pack.questions[0].id == "market-town"
    assert result.pack.document is not None
    assert one_question_pack(broken, 0, file="pack.yaml").pack is None


def test_item_writing_flaws_show_beside_their_field(mini_dir: Path) -> None:
    data = mini_data(mini_dir)
    data["questions"][0]["prompt"] = "Which town is not where the river Vell reaches the sea?"
    findings = collect_findings(data, file="pack.yaml", read_source=source_reader(mini_dir))
    assert findings.pack is not None  # lint never stops a pack
    flaws = [f for f in findings.for_question(0) if f.field == "prompt"]
    assert [f.severity for f in flaws] == [Severity.LINT]
    assert "the negative “not” is easy to read past" in flaws[0].message
    assert findings.status(0) is Severity.LINT
