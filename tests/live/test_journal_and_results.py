"""The journal survives a crash (a torn last line included) and rebuilds the session; a session's
answers become one results file per student that the class-report reader accepts."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from quizapp.classroom.results_file import (
    pack_content_hash,
    question_content_hash,
    read_results_file,
)
from quizapp.core.models import Pack
from quizapp.live.journal import (
    Journal,
    JournalError,
    SessionHeader,
    read_records,
    restore,
    unfinished_sessions,
)
from quizapp.live.results import write_session_results
from quizapp.live.state import LiveSession, Phase
from tests.live.test_state import make_session, right_value


def header(pack: Pack, questions: tuple[str, ...]) -> SessionHeader:
    return SessionHeader("s1", pack.path, pack_content_hash(pack), questions, 7, "123456", None,
                         "2026-12-01T08:00:00+00:00", "127.0.0.1", 8765)


def play(pack: Pack, journal: Journal) -> None:
    session = make_session(pack)
    journal.append(header(pack, tuple(q.id for q in session.questions)).to_record())
    ann, record = session.join("Ann")
    journal.append(record)
    journal.append(session.open_next())
    journal.append(session.submit(ann, 1, right_value(session))[1])  # type: ignore[arg-type]
    journal.append(session.reveal())
    journal.append(session.open_next())


def test_answers_are_on_disk_before_they_are_acknowledged(tmp_path: Path, mini_pack: Pack) -> None:
    done = threading.Event()
    journal = Journal(tmp_path / "s1.jsonl")
    journal.append({"event": "seat", "seat": 1, "name": "Ann", "token": "t" * 32}, done.set)
    assert done.wait(5)
    assert read_records(tmp_path / "s1.jsonl")[0]["name"] == "Ann"
    journal.close()
    journal.close()


def test_a_crashed_session_is_found_and_restored(tmp_path: Path, mini_pack: Pack) -> None:
    path = tmp_path / "live" / "s1.jsonl"
    journal = Journal(path)
    play(mini_pack, journal)
    journal.close()
    with path.open("a", encoding="utf-8") as stream:  # the app died in the middle of a line
        stream.write('{"event":"answer","seat":1,"numb')
    [found] = unfinished_sessions(tmp_path / "live")
    assert (found.students, found.number, found.header.pin) == (1, 2, "123456")
    session, restored_header = restore(path)
    assert restored_header.port == 8765
    assert (session.phase, session.number) == (Phase.QUESTION, 2)
    [ann] = session.seats
    assert ann.answers[1].correct and ann.name == "Ann"
    with path.open("a", encoding="utf-8") as stream:
        stream.write('\n{"event":"end"}\n')
    assert unfinished_sessions(tmp_path / "live") == []


def test_a_changed_pack_or_damaged_journal_is_refused(tmp_path: Path, mini_dir: Path,
                                                       mini_pack: Pack) -> None:
    path = tmp_path / "s1.jsonl"
    journal = Journal(path)
    play(mini_pack, journal)
    journal.close()
    pack_file = mini_dir / "pack.yaml"
    changed = pack_file.read_text(encoding="utf-8").replace("About how many", "Roughly how many")
    pack_file.write_text(changed, encoding="utf-8")
    with pytest.raises(JournalError, match="has changed"):
        restore(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = "{broken"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(JournalError, match=":3: damaged"):
        read_records(path)
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(JournalError, match="empty"):
        read_records(tmp_path / "empty.jsonl")


def test_results_files_are_read_by_the_class_report_reader(tmp_path: Path,
                                                           mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann / Lee")
    session.join("Bob")
    session.open_next()
    session.submit(ann, 1, right_value(session))  # type: ignore[arg-type]
    session.reveal()
    session.open_next()
    session.submit(ann, 2, (0,))
    session.reveal()
    session.end()
    paths = write_session_results(session, tmp_path / "out", "2026-12-01T08:00:00+00:00",
                                  "2026-12-01T08:10:00+00:00")
    assert [p.name for p in paths] == ["001-Ann-Lee.json", "002-Bob.json"]
    first, second = (read_results_file(p) for p in paths)
    assert (first.learner, first.mode, first.total, first.score) == ("Ann / Lee", "live", 2, 1)
    assert first.pack_hash == pack_content_hash(mini_pack)
    assert first.answers[0].answer == 0 and first.answers[0].answer_text == "Port Amber"
    assert first.answers[1].answer == [session.arrangements[1].choices[0]]
    assert first.session_id != second.session_id
    assert (second.answered, second.answers[0].answer) == (0, None)
    assert json.loads(paths[1].read_text(encoding="utf-8"))["format"] == "quizapp-results/1"


def test_a_late_joiner_is_not_scored_on_questions_asked_before_they_came(
        tmp_path: Path, mini_pack: Pack) -> None:
    session = make_session(mini_pack)
    ann, _ = session.join("Ann")
    session.open_next()
    session.submit(ann, 1, right_value(session))  # type: ignore[arg-type]
    session.reveal()
    bob, _ = session.join("Bob")  # after question 1's reveal: starts at question 2
    session.open_next()
    session.join("Cai")  # while question 2 is open: can still answer it
    session.submit(bob, 2, right_value(session))  # type: ignore[arg-type]
    session.reveal()
    session.end()
    journal_again = make_session(mini_pack)
    for record in [{"event": "seat", "seat": 1, "name": "Ann", "token": ann.token},
                   {"event": "open", "number": 1}, {"event": "reveal", "number": 1},
                   {"event": "seat", "seat": 2, "name": "Bob", "token": bob.token}]:
        journal_again.apply(record)
    assert journal_again.seats[1].first_number == 2  # a crash's replay agrees
    paths = write_session_results(session, tmp_path / "out", "2026-12-01T08:00:00+00:00",
                                  "2026-12-01T08:10:00+00:00")
    ann_file, bob_file, cai_file = (read_results_file(p) for p in paths)
    assert (ann_file.total, ann_file.score) == (2, 1)
    assert (bob_file.total, bob_file.score) == (1, 1)
    assert [a.question_id for a in bob_file.answers] == [mini_pack.questions[1].id]
    assert (cai_file.total, cai_file.answered) == (1, 0)


def test_live_results_carry_sections_question_hashes_and_the_session(
        tmp_path: Path, mini_pack: Pack) -> None:
    """Like a learner's hand-in: every question names its section and the pack lists them, so
    the class report's section table is not one "Other questions" row."""
    session = make_session(mini_pack)
    session.join("Ann")
    session.open_next()
    session.reveal()
    session.open_next()
    previous = os.umask(0o022)
    try:
        [path] = write_session_results(session, tmp_path, "2026-12-01T08:00:00+00:00", None)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # the teacher's others may read it
    results = read_results_file(path)
    assert results.sections == tuple((s.id, s.title) for s in mini_pack.sections)
    assert [a.section_id for a in results.answers] == [
        q.section_id for q in mini_pack.questions[:2]]
    assert None not in [a.section_id for a in results.answers]
    assert [a.content_hash for a in results.answers] == [
        question_content_hash(q) for q in mini_pack.questions[:2]]
    assert results.class_session == "s1"


def test_a_second_session_in_the_same_folder_overwrites_no_one(tmp_path: Path,
                                                               mini_pack: Pack) -> None:
    monday = make_session(mini_pack)
    monday.join("Ann")
    [first] = write_session_results(monday, tmp_path, "2026-11-30T08:00:00+00:00", None)
    assert write_session_results(monday, tmp_path, "2026-11-30T08:00:00+00:00", None) == [first]
    tuesday = LiveSession(mini_pack, mini_pack.questions, session_id="s2", seed=7)
    tuesday.join("Ann")
    [second] = write_session_results(tuesday, tmp_path, "2026-12-01T08:00:00+00:00", None)
    assert (first.name, second.name) == ("001-Ann.json", "001-Ann-s2.json")
    assert read_results_file(first).class_session == "s1"
    assert read_results_file(second).class_session == "s2"
