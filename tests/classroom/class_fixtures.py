"""A small class whose item statistics are worked out by hand in test_item_analysis.py.

Five learners, five questions (1 = right, 0 = wrong, · = not answered, which counts as wrong):

            q1  q2  q3  q4  q5   total
    Ana      1   1   1   0   0     3
    Ben      1   1   0   1   0     3
    Cai      1   0   1   0   0     2
    Dee      1   0   ·   0   0     1
    Eve      1   0   0   0   0     1
"""

from __future__ import annotations

from pathlib import Path

from quizapp.classroom.results_file import (
    ResultAnswer,
    SessionResults,
    write_results_file,
)

PACK_ID = "mini-class"
PACK_HASH = "sha256:" + "ab" * 32
SECTIONS = {"q1": "early", "q2": "early", "q3": "late", "q4": "late", "q5": "late"}

# learner → per question (right?, answer text); None = not answered
CLASS: dict[str, list[tuple[bool, str] | None]] = {
    "Ana": [(True, "Port Amber"), (True, "1802"), (True, "1850"), (False, "Dunmoor"),
            (False, "12")],
    "Ben": [(True, "Port Amber"), (True, "1802"), (False, "1901"), (True, "Hillcross"),
            (False, "12")],
    "Cai": [(True, "Port Amber"), (False, "Hillcross"), (True, "1850"), (False, "Dunmoor"),
            (False, "13")],
    "Dee": [(True, "Port Amber"), (False, "Dunmoor"), None, (False, "dunmoor."),
            (False, "14")],
    "Eve": [(True, "Port Amber"), (False, "hillcross "), (False, "1901."), (False, "Amber"),
            (False, "12")],
}


def session(learner: str, marks: list[tuple[bool, str] | None], *, session_id: str = "1",
            pack_id: str = PACK_ID, pack_hash: str = PACK_HASH, version: str = "1",
            started_at: str = "2026-12-01T08:00:00+00:00",
            question_ids: list[str] | None = None, hashes: dict[str, str] | None = None,
            class_session: str | None = None, mode: str = "exam") -> SessionResults:
    ids = question_ids or [f"q{i}" for i in range(1, len(marks) + 1)]
    answers = tuple(
        ResultAnswer(question_id, "single", None if mark is None else mark[1],
                     "" if mark is None else mark[1], mark is not None and mark[0],
                     None if mark is None else 10.0 * (index + 1),
                     section_id=SECTIONS.get(question_id),
                     content_hash=(hashes or {}).get(question_id))
        for index, (question_id, mark) in enumerate(zip(ids, marks, strict=True))
    )
    return SessionResults(
        pack_id=pack_id, pack_version=version, pack_title="The Mini Class", pack_hash=pack_hash,
        learner=learner, session_id=session_id, mode=mode, started_at=started_at,
        finished_at="2026-12-01T08:20:00+00:00", answers=answers,
        sections=(("early", "Early towns"), ("late", "Later towns")), class_session=class_session)


def class_sessions() -> list[SessionResults]:
    return [session(name, marks) for name, marks in CLASS.items()]


def write_class(folder: Path) -> list[Path]:
    paths = []
    for results in class_sessions():
        path = folder / f"{results.learner.lower()}.json"
        write_results_file(path, results)
        paths.append(path)
    return paths
