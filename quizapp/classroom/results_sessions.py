"""Which sitting a results file comes from, so a class report never mixes two of them unasked.

A folder of results often holds more than one sitting: every live session writes one file per
student, and a teacher who keeps them in one folder (or points the report at the folder above
the sessions) has Monday's class and Tuesday's class side by side. Merged, the same learner who
came to both would count once with whichever session was later, and two classes would blur into
one set of numbers. So files are grouped into *sessions*:

- every file of one live session (the same ``class_session``) is one session;
- learners' own hand-ins of a pack (no sitting in common) are one session per pack.

A report is on one session at a time (the one with the most files, unless the teacher picks
another), or on every session of one pack together when the teacher asks for that explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from quizapp.classroom.results_file import SessionResults
from quizapp.core.wording import counted

LIVE_PREFIX = "live:"
HANDIN_PREFIX = "handins:"


def session_key(results: SessionResults) -> str:
    """``live:ID`` for a live session's files, ``handins:PACK`` for learners' own sessions."""
    if results.class_session:
        return LIVE_PREFIX + results.class_session
    return HANDIN_PREFIX + results.pack_id


def learner_key(name: str) -> str:
    """Names compared as a teacher reads them: case and spacing do not make a new learner."""
    return " ".join(name.split()).casefold()


def local_time_text(instant: str, with_time: bool = True) -> str:
    """``2026-12-01 09:20`` in this computer's time zone; the text as it is if it is not a time."""
    try:
        moment = datetime.fromisoformat(instant)
    except ValueError:
        return instant
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


@dataclass(frozen=True)
class ResultsSession:
    """One sitting found among the files: what a teacher needs to recognise it."""

    key: str
    pack_id: str
    pack_title: str
    files: int
    learners: int
    first_started: str
    last_started: str

    @property
    def live(self) -> bool:
        return self.key.startswith(LIVE_PREFIX)

    @property
    def label(self) -> str:
        """"Live session of 2026-12-01 09:20 on “Title”, 24 learners"."""
        learners = counted(self.learners, "learner")
        if self.live:
            return (f"Live session of {local_time_text(self.first_started)} on "
                    f"“{self.pack_title}”, {learners}")
        first = local_time_text(self.first_started, with_time=False)
        last = local_time_text(self.last_started, with_time=False)
        days = first if first == last else f"{first} to {last}"
        return f"Hand-ins on “{self.pack_title}” ({days}), {learners}"


def find_sessions(files: Iterable[SessionResults]) -> list[ResultsSession]:
    """Every session among ``files``, the one with the most files first (then the latest)."""
    grouped: dict[str, list[SessionResults]] = {}
    for results in files:
        grouped.setdefault(session_key(results), []).append(results)
    sessions = [
        ResultsSession(
            key=key,
            pack_id=members[0].pack_id,
            pack_title=max(members, key=lambda r: r.started_at).pack_title,
            files=len(members),
            learners=len({learner_key(r.learner) for r in members}),
            first_started=min(r.started_at for r in members),
            last_started=max(r.started_at for r in members),
        )
        for key, members in grouped.items()
    ]
    sessions.sort(key=lambda s: (s.files, s.last_started, s.key), reverse=True)
    return sessions


def default_session(sessions: Sequence[ResultsSession],
                    pack_id: str | None = None) -> ResultsSession | None:
    """The session a report is on when the teacher has not chosen: the most files (of
    ``pack_id`` when given), ties going to the latest."""
    return next((s for s in sessions if pack_id is None or s.pack_id == pack_id), None)


def find_session(sessions: Sequence[ResultsSession], wanted: str) -> ResultsSession | None:
    """The session named by its key (``live:20261201-080000-ab12``), by a live session's id
    alone, or by a pack id for its hand-ins."""
    for session in sessions:
        if wanted in (session.key, session.key.split(":", 1)[1]):
            return session
    return None
