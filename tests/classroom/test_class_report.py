"""The class report reads a folder of results; what it cannot merge is listed, never mixed in."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom.class_report import NoResultsError, build_class_report
from quizapp.classroom.class_report_export import write_report_csv
from quizapp.classroom.class_report_text import report_text
from quizapp.classroom.results_file import pack_content_hash, write_results_file
from quizapp.core.models import Pack
from tests.classroom.class_fixtures import CLASS, session, write_class


def messy_folder(folder: Path) -> dict[str, Path]:
    """The hand-computed class plus every kind of file that must be left out."""
    write_class(folder)
    odd = {
        "broken": folder / "broken.json",
        "old-version": folder / "zed-old.json",
        "duplicate": folder / "copies" / "ana-copy.json",
        "other-pack": folder / "other.json",
        "earlier": folder / "ben-monday.json",
    }
    odd["broken"].write_text('{"format": "quizapp-results/1", "pack": ', encoding="utf-8")
    write_results_file(odd["old-version"], session("Zed", CLASS["Ana"], version="0.9",
                                                   pack_hash="sha256:" + "cd" * 32))
    # the same session of Ana handed in twice, the copy saved before she finished
    write_results_file(odd["duplicate"], session("ana", [*CLASS["Ana"][:2], None, None, None]))
    write_results_file(odd["other-pack"], session("Max", CLASS["Ben"], pack_id="other-pack"))
    write_results_file(odd["earlier"], session("Ben", CLASS["Eve"], session_id="0",
                                               started_at="2026-11-30T08:00:00+00:00"))
    (folder / "notes.txt").write_text("not results", encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.json").write_text("{}", encoding="utf-8")
    return odd


def test_only_comparable_files_are_merged_and_the_rest_are_listed(tmp_path: Path) -> None:
    odd = messy_folder(tmp_path / "class")
    report = build_class_report([tmp_path / "class", tmp_path / "missing"])
    assert [(r.name, r.score, r.answered, r.total) for r in report.learners] == [
        ("Ana", 3, 5, 5), ("Ben", 3, 5, 5), ("Cai", 2, 5, 5), ("Dee", 1, 4, 5), ("Eve", 1, 5, 5)]
    assert report.learners[0].seconds == 10 + 20 + 30 + 40 + 50
    assert {e.path for e in report.excluded} == {str(p) for p in odd.values()} | {
        str(tmp_path / "missing")}
    reasons = {Path(e.path).name: e.reason for e in report.excluded}
    assert reasons["broken.json"].startswith("line 1, column 41: not valid JSON")
    assert reasons["zed-old.json"].startswith("from another version of the pack: version 0.9")
    assert "this report is on version 1" in reasons["zed-old.json"]
    assert reasons["ana-copy.json"].startswith(
        f"duplicate of {tmp_path / 'class' / 'ana.json'}: the same session (1)")
    assert reasons["other.json"] == "for another pack: 'other-pack' (The Mini Class), " \
                                    "not 'mini-class'"
    assert "an earlier session of Ben (session 0)" in reasons["ben-monday.json"]
    assert reasons["missing"] == "no such file or folder"
    # the hand-computed statistics are untouched by the files left out
    items = {q.question_id: q for q in report.questions}
    assert items["q2"].facility == pytest.approx(0.4)
    assert items["q2"].discrimination == pytest.approx(2 / 3)
    assert {s.section_id: round(s.average, 2) for s in report.sections} == {"early": 0.7,
                                                                           "late": 0.2}
    assert report.section_title("early") == "Early towns"
    data = report.to_json()
    assert {key: data["learners"][3][key] for key in ("name", "score", "answered")} == {
        "name": "Dee", "score": 1, "answered": 4}
    assert {key: data["questions"][2][key] for key in (
        "id", "facility", "discrimination", "most_chosen_wrong")} == {
        "id": "q3", "facility": 0.4, "discrimination": -0.1021, "most_chosen_wrong": "1901"}


def test_the_more_complete_copy_of_a_session_is_kept_whatever_the_file_order(
        tmp_path: Path) -> None:
    folder = tmp_path / "class"
    write_results_file(folder / "a-partial.json", session("Ana", [CLASS["Ana"][0], None]))
    write_results_file(folder / "b-full.json", session("Ana", CLASS["Ana"][:2]))
    report = build_class_report([folder])
    [learner] = report.learners
    assert (Path(learner.path).name, learner.answered) == ("b-full.json", 2)
    [excluded] = report.excluded
    assert Path(excluded.path).name == "a-partial.json"


def test_a_pack_chooses_the_version_and_names_the_questions(tmp_path: Path,
                                                            mini_pack: Pack) -> None:
    folder = tmp_path / "class"
    ids = [q.id for q in mini_pack.questions[:2]]
    for name in ("Ana", "Ben"):
        write_results_file(folder / f"{name}.json", session(
            name, [(True, "a"), (False, "b")], pack_id=mini_pack.id,
            pack_hash=pack_content_hash(mini_pack), question_ids=list(reversed(ids))))
    for name in ("Cai", "Dee", "Eve"):
        write_results_file(folder / f"{name}.json", session(
            name, [(True, "a"), (True, "b")], pack_id=mini_pack.id, pack_hash="sha256:old",
            question_ids=ids))
    by_count = build_class_report([folder], known_packs=[mini_pack])
    assert [r.name for r in by_count.learners] == ["Cai", "Dee", "Eve"]
    assert by_count.prompts == {}  # the pack at hand is another version: no borrowed prompts
    chosen = build_class_report([folder], pack=mini_pack)
    assert [r.name for r in chosen.learners] == ["Ana", "Ben"]
    assert [q.question_id for q in chosen.questions] == ids  # pack order, not the order asked
    assert chosen.prompts[ids[0]] == mini_pack.questions[0].prompt
    lent = build_class_report([folder / "Ana.json", folder / "Ben.json"],
                              known_packs=[replace(mini_pack, path="/x"), mini_pack])
    assert lent.prompts[ids[1]] == mini_pack.questions[1].prompt


def test_nothing_usable_says_what_was_looked_at(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[]", encoding="utf-8")
    with pytest.raises(NoResultsError) as caught:
        build_class_report([tmp_path])
    assert [Path(e.path).name for e in caught.value.excluded] == ["a.json"]
    with pytest.raises(NoResultsError):
        build_class_report([tmp_path / "nowhere"])


def test_csv_has_notes_and_tables_with_numbers_as_numbers(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    messy_folder(folder)
    write_results_file(folder / "evil.json", session("=HYPERLINK(1)", CLASS["Cai"],
                                                     session_id="9"))
    report = build_class_report([folder])
    out = tmp_path / "report.csv"
    write_report_csv(report, out)
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["Class report", "The Mini Class"]
    titles = [row[0] for row, before in zip(rows[1:], rows, strict=False) if before == [] and row]
    assert titles == ["Notes", "Learners", "Questions", "Sections", "Excluded files"]
    notes = [row[0] for row in rows[3:rows.index([], 3)]]
    assert notes[0].startswith("Session: Hand-ins on “The Mini Class” (2026-1")
    assert any(n.startswith("Facility: the share of learners who got the question right")
               for n in notes)
    assert any(n.startswith("Discrimination: did learners who did well overall get this one "
                            "right more often?") and "below 0" in n for n in notes)
    learners_header = rows[rows.index(["Learners"]) + 1]
    assert learners_header[4:6] == ["Percent (%)", "Time (seconds)"]
    # numbers a spreadsheet reads as numbers: no "40 %", no "2:00"
    assert next(r for r in rows if r and r[0].startswith("'="))[:6] == [
        "'=HYPERLINK(1)", "2", "5", "5", "40", "150"]
    dee = next(r for r in rows if r[:1] == ["Dee"])
    assert dee[4:6] == ["20", "120"]
    questions_header = rows[rows.index(["Questions"]) + 1]
    assert questions_header[7:10] == ["Asked", "Answered", "Right"]
    assert questions_header[-1] == "Why flagged"
    question = next(r for r in rows if r and r[0] == "q3")
    # a sixth learner (Cai's answers again) makes q3 right 3 times in 6
    assert question[2] == "0.5" and question[5:7] == ["1901", "2"]
    assert question[7:12] == ["6", "5", "3", "Single choice", "Later towns"]
    assert next(r for r in rows if r and r[0] == "q1")[3] == ""  # undefined: an empty cell
    assert next(r for r in rows if r and r[0] == "q1")[4] == "too few learners to judge"
    sections_header = rows[rows.index(["Sections"]) + 1]
    assert sections_header == ["Section", "Questions", "Learners", "Average (%)"]
    assert not list(tmp_path.glob("*.part"))
    text = report_text(report)
    assert "q1" in text and "[too few learners to judge]" in text and "Later towns:" in text
    assert "6 learners" in text and "(2 questions)" in text
    json.dumps(report.to_json())


def test_plain_english_counts_in_the_text_summary(tmp_path: Path) -> None:
    write_results_file(tmp_path / "ana.json", session("Ana", [(True, "a")]))
    text = report_text(build_class_report([tmp_path]))
    assert "1 learner," in text and "(1 question)" in text
    assert "1 learners" not in text and "(1 questions)" not in text
