"""Results files: what the class report and live sessions exchange, checked field by field."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom.results_file import (
    RESULTS_FORMAT,
    ResultAnswer,
    ResultsFileError,
    SessionResults,
    pack_content_hash,
    question_content_hash,
    read_results_file,
    results_from_json,
    results_to_json,
    write_results_file,
)
from quizapp.core.models import Pack


def sample(pack_hash: str = "sha256:abc") -> SessionResults:
    return SessionResults(
        pack_id="mini", pack_version="1", pack_title="Mini", pack_hash=pack_hash,
        learner="Ana", session_id="7", mode="exam",
        started_at="2026-12-01T08:00:00+00:00", finished_at="2026-12-01T08:10:00+00:00",
        answers=(
            ResultAnswer("q1", "single", 2, "Prague", True, 4.5, "2026-12-01T08:01:00+00:00"),
            ResultAnswer("q2", "multiple", [0, 3], "A; D", False, 10.0, "2026-12-01T08:02:00+00:00"),
            ResultAnswer("q3", "numeric", None, "", False),
        ),
    )


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    results = sample()
    path = tmp_path / "ana.json"
    write_results_file(path, results)
    assert read_results_file(path) == results
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == RESULTS_FORMAT
    assert data["questions"][2]["answer"] is None
    assert (results.total, results.answered, results.score) == (3, 2, 1)
    assert not list(tmp_path.glob(".results-*")), "no temporary file is left behind"


def test_content_hash_follows_questions_not_location(mini_pack: Pack) -> None:
    moved = replace(mini_pack, path="/elsewhere/pack.yaml")
    assert pack_content_hash(moved) == pack_content_hash(mini_pack)
    first = mini_pack.questions[0]
    edited = replace(mini_pack, questions=(replace(first, prompt=first.prompt + "?"),
                                           *mini_pack.questions[1:]))
    assert pack_content_hash(edited) != pack_content_hash(mini_pack)
    assert pack_content_hash(mini_pack).startswith("sha256:")


@pytest.mark.parametrize(("text", "expected"), [
    ("{", "x.json:1:2: not valid JSON"),
    ("[]", "x.json: the file: expected an object"),
    ('{"format": "other/1"}', "format is 'other/1'"),
    ('{"format": "quizapp-results/1", "pack": {}, "session": {}, "questions": {}}',
     "questions: expected a list"),
    ('{"format": "quizapp-results/1", "pack": {}, "session": {}, "questions": [{"correct": 1}]}',
     "questions[0].correct: expected true or false"),
    ('{"format": "quizapp-results/1", "pack": {"id": "p", "content_hash": "h"}, "learner": "A",'
     ' "session": {"id": "1", "started_at": "t"}, "questions": [{"id": "q", "type": "single",'
     ' "correct": true, "seconds": -1}]}', "questions[0].seconds: a time cannot be negative"),
    ('{"format": "quizapp-results/1", "pack": {"content_hash": "h"}, "learner": "A",'
     ' "session": {"id": "1", "started_at": "t"}, "questions": []}', "pack.id: expected text"),
])
def test_broken_files_are_named_and_explained(text: str, expected: str) -> None:
    with pytest.raises(ResultsFileError) as caught:
        results_from_json(text, "x.json")
    assert expected in str(caught.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ResultsFileError, match="not a regular file"):
        read_results_file(tmp_path)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ResultsFileError, match="not UTF-8"):
        read_results_file(binary)
    text = results_to_json(sample())
    assert results_from_json(text) == sample()


def test_files_get_the_users_usual_permissions_not_owner_only(tmp_path: Path) -> None:
    """A results file is handed to someone else (often through a shared folder): it is written
    with the umask's permissions, like any file the user saves, not -rw------- of mkstemp."""
    path = tmp_path / "ana.json"
    previous = os.umask(0o022)
    try:
        write_results_file(path, sample())
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.umask(0o077)
        write_results_file(path, sample())  # replacing a file follows the umask too
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        os.umask(0o002)
        write_results_file(tmp_path / "group.json", sample())
        assert stat.S_IMODE((tmp_path / "group.json").stat().st_mode) == 0o664
    finally:
        os.umask(previous)


def test_question_hashes_and_the_class_session_round_trip(mini_pack: Pack) -> None:
    first = mini_pack.questions[0]
    results = replace(sample(), class_session="20261201-080000-ab12", answers=(
        replace(sample().answers[0], content_hash=question_content_hash(first)),))
    text = results_to_json(results)
    data = json.loads(text)
    assert data["session"]["class_session"] == "20261201-080000-ab12"
    assert data["questions"][0]["content_hash"].startswith("sha256:")
    assert results_from_json(text) == results


def test_a_question_hash_follows_what_is_asked_and_graded(mini_pack: Pack) -> None:
    first = mini_pack.questions[0]
    before = question_content_hash(first)
    assert question_content_hash(replace(first, explanation="Mended.", tags=("x",))) == before
    assert question_content_hash(replace(first, prompt=first.prompt + "?")) != before
    assert question_content_hash(mini_pack.questions[1]) != before
    if first.choices:
        flipped = tuple(replace(c, correct=not c.correct) for c in first.choices)
        assert question_content_hash(replace(first, choices=flipped)) != before


def test_files_from_before_question_hashes_and_class_sessions_still_read() -> None:
    data = json.loads(results_to_json(sample()))
    del data["session"]["class_session"]
    for question in data["questions"]:
        del question["content_hash"]
    old = results_from_json(json.dumps(data))
    assert old.class_session is None and old.answers[0].content_hash is None
    # an old live file names its session inside its id
    data["session"].update(id="live-20261201-080000-ab12-3", mode="live")
    assert results_from_json(json.dumps(data)).class_session == "20261201-080000-ab12"
    data["questions"][0]["content_hash"] = 5
    with pytest.raises(ResultsFileError, match=r"questions\[0\].content_hash: expected text"):
        results_from_json(json.dumps(data))
