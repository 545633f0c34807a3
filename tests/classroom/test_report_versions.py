"""Files of two versions of a pack are merged question by question: a mended prompt leaves out
that one question for the files that asked the old wording, not the whole files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom.class_report import build_class_report
from quizapp.classroom.results_file import (
    pack_content_hash,
    question_content_hash,
    write_results_file,
)
from quizapp.core.models import Pack
from tests.classroom.class_fixtures import CLASS, session

OLD = {f"q{n}": f"sha256:q{n}" for n in range(1, 6)}
NEW = {**OLD, "q3": "sha256:q3-mended"}


def two_versions(folder: Path) -> None:
    """Ana, Ben and Cai took version 2 (q3 mended); Dee and Eve took version 1 before it."""
    for name in ("Ana", "Ben", "Cai"):
        write_results_file(folder / f"{name}.json", session(
            name, CLASS[name], version="2", pack_hash="sha256:v2", hashes=NEW))
    for name in ("Dee", "Eve"):
        write_results_file(folder / f"{name}.json", session(
            name, CLASS[name], version="1", pack_hash="sha256:v1", hashes=OLD))


def test_only_the_changed_question_is_left_out_for_the_older_files(tmp_path: Path) -> None:
    two_versions(tmp_path)
    report = build_class_report([tmp_path])
    assert report.pack_version == "2"
    assert [r.name for r in report.learners] == ["Ana", "Ben", "Cai", "Dee", "Eve"]
    assert not report.excluded
    dee = next(r for r in report.learners if r.name == "Dee")
    assert (dee.left_out, dee.total, dee.pack_version) == (("q3",), 4, "1")
    items = {q.question_id: q for q in report.questions}
    assert items["q3"].asked == 3  # version 2's learners only
    assert items["q3"].facility == pytest.approx(2 / 3)  # Ana and Cai of Ana, Ben, Cai
    assert items["q2"].asked == 5 and items["q2"].facility == pytest.approx(0.4)
    [changed] = report.changed
    assert changed.question_id == "q3" and not changed.removed
    assert [Path(f).name for f in changed.files] == ["Dee.json", "Eve.json"]
    data = report.to_json()
    assert data["changed_questions"][0]["id"] == "q3"
    assert data["learners"][3]["questions_left_out"] == ["q3"]


def test_files_without_question_versions_are_left_out_whole_as_before(tmp_path: Path) -> None:
    two_versions(tmp_path)
    write_results_file(tmp_path / "zed-old.json", session(
        "Zed", CLASS["Ana"], version="0.9", pack_hash="sha256:v0"))
    report = build_class_report([tmp_path])
    [left] = report.excluded
    assert Path(left.path).name == "zed-old.json"
    assert left.reason.startswith("from another version of the pack: version 0.9")
    assert "written before quizapp recorded each question's version" in left.reason


def test_the_pack_at_hand_decides_the_version_and_names_removed_questions(
        tmp_path: Path, mini_pack: Pack) -> None:
    first, second, *rest = mini_pack.questions
    mended = replace(mini_pack, questions=(replace(first, prompt=first.prompt + " (mended)"),
                                           second, *rest))
    ids = [q.id for q in mini_pack.questions[:3]]
    old_hashes = {q.id: question_content_hash(q) for q in mini_pack.questions}
    old_hashes["gone"] = "sha256:gone"
    for name in ("Ana", "Ben"):
        write_results_file(tmp_path / f"{name}.json", session(
            name, [(True, "a"), (True, "b"), (False, "c"), (True, "d")], pack_id=mini_pack.id,
            pack_hash=pack_content_hash(mini_pack), question_ids=[*ids, "gone"],
            hashes=old_hashes))
    report = build_class_report([tmp_path], pack=mended)
    assert report.pack_hash == pack_content_hash(mended)
    assert [r.left_out for r in report.learners] == [(first.id, "gone")] * 2
    assert {c.question_id: c.removed for c in report.changed} == {first.id: False, "gone": True}
    assert [q.question_id for q in report.questions] == ids[1:]
    assert report.prompts[second.id] == second.prompt


def test_another_pack_is_never_merged_even_with_matching_questions(tmp_path: Path) -> None:
    two_versions(tmp_path)
    write_results_file(tmp_path / "other.json", session(
        "Max", CLASS["Ben"], pack_id="other-pack", hashes=NEW))
    report = build_class_report([tmp_path])
    [left] = report.excluded
    assert left.reason.startswith("for another pack: 'other-pack'")


def test_another_pack_is_never_merged_even_with_the_same_live_session(tmp_path: Path) -> None:
    """A live session's files are grouped by its id; a file of another pack under that id (a
    hand-edited one) is still left out, and says why."""
    for name in ("Ana", "Ben", "Cai"):
        write_results_file(tmp_path / f"{name}.json", session(
            name, CLASS[name], hashes=NEW, class_session="live-7"))
    write_results_file(tmp_path / "other.json", session(
        "Max", CLASS["Ben"], pack_id="other-pack", hashes=NEW, class_session="live-7"))
    report = build_class_report([tmp_path])
    assert [r.name for r in report.learners] == ["Ana", "Ben", "Cai"]
    [left] = report.excluded
    assert left.path.endswith("other.json")
    assert left.reason.startswith("for another pack: 'other-pack'")
