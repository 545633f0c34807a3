"""A live session's answers as results files (``quizapp-results/1``), one per student.

The class report reads these like any other results files, so a live quiz feeds the same item
analysis as exams and homework. Every question the session opened while a student was there is
listed for that student, answered or not, in the order asked; questions asked before a late
joiner came are left out, not counted wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.classroom.results_file import (
    ResultAnswer,
    ResultsFileError,
    SessionResults,
    pack_content_hash,
    question_content_hash,
    read_results_file,
    write_results_file,
)
from quizapp.live.state import LiveSession, Seat, stored_answer


def seat_results(session: LiveSession, seat: Seat, started_at: str,
                 finished_at: str | None) -> SessionResults:
    answers = []
    for number, question in enumerate(session.questions[:session.number], start=1):
        if number < seat.first_number:
            continue
        recorded = seat.answers.get(number)
        answers.append(ResultAnswer(
            question_id=question.id,
            question_type=question.type.value,
            answer=stored_answer(recorded) if recorded else None,
            answer_text=recorded.text if recorded else "",
            correct=recorded.correct if recorded else False,
            seconds=recorded.seconds if recorded else None,
            answered_at=recorded.answered_at if recorded else None,
            section_id=question.section_id,
            content_hash=question_content_hash(question),
        ))
    pack = session.pack
    return SessionResults(
        pack_id=pack.id, pack_version=pack.version, pack_title=pack.title,
        pack_hash=pack_content_hash(pack), learner=seat.name,
        session_id=f"live-{session.session_id}-{seat.number}", mode="live",
        started_at=started_at, finished_at=finished_at, answers=tuple(answers),
        sections=tuple((s.id, s.title) for s in pack.sections),
        class_session=session.session_id,
    )


def _file_name(seat: Seat) -> str:
    safe = re.sub(r"[^\w-]+", "-", seat.name, flags=re.UNICODE).strip("-")[:40] or "student"
    return f"{seat.number:03d}-{safe}.json"


def _free_path(directory: Path, seat: Seat, session_id: str) -> Path:
    """``001-Ann.json``, unless that file holds another session's results (one results folder
    kept for a whole term): then ``001-Ann-SESSION.json``, so no earlier class is overwritten.
    The same session saved again (after a crash) replaces its own files."""
    path = directory / _file_name(seat)
    if not path.exists():
        return path
    try:
        if read_results_file(path).class_session == session_id:
            return path
    except ResultsFileError:
        pass
    return path.with_name(f"{path.stem}-{session_id}.json")


def write_session_results(session: LiveSession, directory: Path, started_at: str,
                          finished_at: str | None) -> list[Path]:
    """One file per student in ``directory`` (created if needed); returns the paths written."""
    paths = []
    for seat in session.seats:
        path = _free_path(directory, seat, session.session_id)
        write_results_file(path, seat_results(session, seat, started_at, finished_at))
        paths.append(path)
    return paths
