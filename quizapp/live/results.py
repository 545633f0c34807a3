"""A live session's answers as results files (``quizapp-results/1``), one per student.

The class report reads these like any other results files, so a live quiz feeds the same item
analysis as exams and homework. Every question the session opened is listed for every student,
answered or not, in the order asked.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.classroom.results_file import (
    ResultAnswer,
    SessionResults,
    pack_content_hash,
    write_results_file,
)
from quizapp.live.state import LiveSession, Seat, stored_answer


def seat_results(session: LiveSession, seat: Seat, started_at: str,
                 finished_at: str | None) -> SessionResults:
    answers = []
    for number, question in enumerate(session.questions[:session.number], start=1):
        recorded = seat.answers.get(number)
        answers.append(ResultAnswer(
            question_id=question.id,
            question_type=question.type.value,
            answer=stored_answer(recorded) if recorded else None,
            answer_text=recorded.text if recorded else "",
            correct=recorded.correct if recorded else False,
            seconds=recorded.seconds if recorded else None,
            answered_at=recorded.answered_at if recorded else None,
        ))
    pack = session.pack
    return SessionResults(
        pack_id=pack.id, pack_version=pack.version, pack_title=pack.title,
        pack_hash=pack_content_hash(pack), learner=seat.name,
        session_id=f"live-{session.session_id}-{seat.number}", mode="live",
        started_at=started_at, finished_at=finished_at, answers=tuple(answers),
    )


def _file_name(seat: Seat) -> str:
    safe = re.sub(r"[^\w-]+", "-", seat.name, flags=re.UNICODE).strip("-")[:40] or "student"
    return f"{seat.number:03d}-{safe}.json"


def write_session_results(session: LiveSession, directory: Path, started_at: str,
                          finished_at: str | None) -> list[Path]:
    """One file per student in ``directory`` (created if needed); returns the paths written."""
    paths = []
    for seat in session.seats:
        path = directory / _file_name(seat)
        write_results_file(path, seat_results(session, seat, started_at, finished_at))
        paths.append(path)
    return paths
