"""Starting a live session, or continuing one after a crash, the same way from the CLI and the app.

A new session gets a PIN, an id, its questions and a seed for the order of choices, writes its
journal header, and starts listening. A continued one is rebuilt from its journal and listens on
the same address and port as before, so the students' pages find it again by themselves.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from quizapp.classroom.results_file import pack_content_hash
from quizapp.core.models import Pack, Question
from quizapp.live.folders import JOURNAL_FOLDER as JOURNAL_FOLDER  # where callers look for it
from quizapp.live.folders import RESULTS_FOLDER as RESULTS_FOLDER
from quizapp.live.host import HostError, LiveHost
from quizapp.live.journal import JOURNAL_SUFFIX, SessionHeader, restore
from quizapp.live.protocol import PIN_DIGITS
from quizapp.live.results import write_session_results
from quizapp.live.state import LiveSession


def new_pin() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))


def valid_pin(pin: str) -> bool:
    return len(pin) == PIN_DIGITS and pin.isascii() and pin.isdigit()


def choose_questions(pack: Pack, count: int | None, rng: random.Random) -> list[Question]:
    """All questions in the pack's order, or ``count`` of them picked at random, still in order."""
    questions = list(pack.questions)
    if count is None or count >= len(questions):
        return questions
    chosen = set(rng.sample(range(len(questions)), max(1, count)))
    return [q for i, q in enumerate(questions) if i in chosen]


def new_host(pack: Pack, journal_dir: Path, *, address: str, port: int, pin: str | None = None,
             count: int | None = None, time_limit: float | None = None, seed: int | None = None,
             now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> LiveHost:
    """A listening host for a new session of ``pack``; raises ``HostError`` if it cannot listen."""
    pin = pin if pin is not None else new_pin()
    if not valid_pin(pin):
        raise HostError(f"the PIN must be {PIN_DIGITS} digits")
    seed = seed if seed is not None else secrets.randbelow(2**31)
    started = now()
    session_id = started.strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)
    questions = choose_questions(pack, count, random.Random(seed))
    session = LiveSession(pack, questions, session_id=session_id, seed=seed, time_limit=time_limit)
    host = LiveHost(session, pin, journal_dir / f"{session_id}{JOURNAL_SUFFIX}")
    try:
        host.listen(address, port)
    except HostError:
        host.stop()
        host.journal.path.unlink(missing_ok=True)
        raise
    header = SessionHeader(session_id, str(Path(pack.path).resolve()) if pack.path else "",
                           pack_content_hash(pack), tuple(q.id for q in questions), seed, pin,
                           session.time_limit, started.isoformat(timespec="seconds"),
                           address, host.port)
    host.header = header
    host.journal.append(header.to_record())
    return host


def continue_host(journal_path: Path) -> tuple[LiveHost, str | None]:
    """The host of an interrupted session, listening again; the second value is a note for the
    teacher when the old port was taken and students must open a new address."""
    session, header = restore(journal_path)
    host = LiveHost(session, header.pin, journal_path)
    host.header = header
    note = None
    try:
        host.listen(header.address, header.port)
    except HostError:
        try:
            host.listen(header.address, 0)
        except HostError:
            host.stop()
            raise
        note = (f"Port {header.port} is in use now, so students must open the new address "
                f"{host.url}")
    host.resume()
    return host, note


def save_results(host: LiveHost, directory: Path,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> list[Path]:
    """Write one results file per student of ``host``'s session into ``directory``."""
    started = host.header.started_at if host.header else now().isoformat(timespec="seconds")
    return write_session_results(host.session, directory, started,
                                 now().isoformat(timespec="seconds"))
