"""The durable record of a live session, so a crash of the teacher's app loses no answer.

A journal is an append-only file of JSON lines in the data folder: a header naming the pack, the
questions, the seed, the PIN and the address, then every change the session made (a seat taken, a
question opened, an answer, a reveal, the end). Each line is written and fsync'd before the
student hears "answer received". Writes happen on a writer thread that commits whatever has
queued up together (group commit), so sixty answers arriving at once cost one or two fsyncs and
the teacher's window never waits for the disk. A restarted app finds journals without an ``end``
and offers to continue them (``restore``).
"""

from __future__ import annotations

import json
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizapp.classroom.results_file import pack_content_hash
from quizapp.core.diagnostics import PackError
from quizapp.live.state import LiveSession, Record, Refused
from quizapp.packs.loader import load_pack

JOURNAL_FORMAT = "quizapp-live-journal/1"
JOURNAL_SUFFIX = ".jsonl"

Callback = Callable[[], None]


def _run_all(callbacks: list[Callback]) -> None:
    for callback in callbacks:
        callback()


class JournalError(Exception):
    """A journal that cannot be continued; the message says which and why."""


@dataclass(frozen=True)
class SessionHeader:
    session_id: str
    pack_path: str
    pack_hash: str
    question_ids: tuple[str, ...]
    seed: int
    pin: str
    time_limit: float | None
    started_at: str
    address: str
    port: int

    def to_record(self) -> Record:
        return {"event": "session", "format": JOURNAL_FORMAT, "session": self.session_id,
                "pack_path": self.pack_path, "pack_hash": self.pack_hash,
                "questions": list(self.question_ids), "seed": self.seed, "pin": self.pin,
                "time_limit": self.time_limit, "started_at": self.started_at,
                "address": self.address, "port": self.port}

    @classmethod
    def from_record(cls, record: Record, file: str) -> SessionHeader:
        if record.get("event") != "session" or record.get("format") != JOURNAL_FORMAT:
            raise JournalError(f"{file}: not a quizapp live-session journal")
        try:
            limit = record.get("time_limit")
            questions = record["questions"]
            assert isinstance(questions, list)
            return cls(str(record["session"]), str(record["pack_path"]), str(record["pack_hash"]),
                       tuple(str(q) for q in questions), int(str(record["seed"])),
                       str(record["pin"]), float(limit) if isinstance(limit, (int, float)) else None,
                       str(record["started_at"]), str(record["address"]), int(str(record["port"])))
        except (KeyError, ValueError, AssertionError):
            raise JournalError(f"{file}: the journal's header is damaged") from None


class Journal:
    """Appends records to one file; ``append`` returns at once, ``on_durable`` runs once the record
    is on disk. ``deliver`` decides which thread runs those callbacks (the host passes one that
    posts them to the UI thread); by default they run on the writer thread."""

    def __init__(self, path: Path, deliver: Callable[[list[Callback]], None] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._deliver = deliver or _run_all
        self._file = path.open("a", encoding="utf-8")
        self._queue: queue.Queue[tuple[str, Callback | None] | None] = queue.Queue()
        self._failure: OSError | None = None
        self._thread = threading.Thread(target=self._write_loop, name="live-journal", daemon=True)
        self._thread.start()

    @property
    def failure(self) -> OSError | None:
        """The disk error that stopped the journal, if any (the host shows it to the teacher)."""
        return self._failure

    def append(self, record: Record, on_durable: Callback | None = None) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        self._queue.put((line, on_durable))

    def _write_loop(self) -> None:
        while True:
            first = self._queue.get()
            batch = [first]
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = None in batch
            entries = [entry for entry in batch if entry is not None]
            if entries and self._failure is None:
                try:
                    self._file.write("".join(line for line, _ in entries))
                    self._file.flush()
                    os.fsync(self._file.fileno())
                except OSError as error:
                    self._failure = error
                    self._deliver([])  # nothing more becomes durable: let the owner notice
            if self._failure is None:
                callbacks = [callback for _, callback in entries if callback is not None]
                if callbacks:
                    self._deliver(callbacks)
            if stop:
                return

    def close(self) -> None:
        """Write what is queued, then stop; safe to call twice."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if not self._file.closed:
            self._file.close()


def read_records(path: Path) -> list[Record]:
    """Every complete record; a last line cut short by a crash is dropped, damage elsewhere is an
    error."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise JournalError(f"{path}: cannot be read ({error})") from None
    lines = text.split("\n")
    records: list[Record] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            if number >= len(lines) - 1 and not text.endswith("\n"):
                break  # the line being written when the app stopped
            raise JournalError(f"{path}:{number}: damaged line in the journal") from None
        if not isinstance(record, dict):
            raise JournalError(f"{path}:{number}: damaged line in the journal")
        records.append(record)
    if not records:
        raise JournalError(f"{path}: the journal is empty")
    return records


@dataclass(frozen=True)
class UnfinishedSession:
    path: Path
    header: SessionHeader
    students: int
    number: int


def unfinished_sessions(directory: Path) -> list[UnfinishedSession]:
    """Journals in ``directory`` whose session never ended, newest first; unreadable ones skipped."""
    found = []
    if not directory.is_dir():
        return []
    for path in sorted(directory.glob(f"*{JOURNAL_SUFFIX}"), reverse=True):
        try:
            records = read_records(path)
            header = SessionHeader.from_record(records[0], str(path))
        except JournalError:
            continue
        if any(r.get("event") == "end" for r in records):
            continue
        seats = sum(1 for r in records if r.get("event") == "seat")
        opened = [int(str(r["number"])) for r in records if r.get("event") == "open"]
        found.append(UnfinishedSession(path, header, seats, max(opened, default=0)))
    return found


def restore(path: Path, clock: Callable[[], float] = time.monotonic) -> tuple[LiveSession, SessionHeader]:
    """Rebuild a session from its journal: same pack (checked by hash), seats, answers and phase."""
    records = read_records(path)
    header = SessionHeader.from_record(records[0], str(path))
    try:
        pack = load_pack(Path(header.pack_path))
    except (PackError, OSError) as error:
        raise JournalError(f"the pack {header.pack_path} cannot be loaded: {error}") from None
    if pack_content_hash(pack) != header.pack_hash:
        raise JournalError(f"the pack {header.pack_path} has changed since the session began, so "
                           "its answers cannot be graded the same way")
    by_id = {q.id: q for q in pack.questions}
    if any(i not in by_id for i in header.question_ids):
        raise JournalError(f"the pack {header.pack_path} no longer has every question")
    session = LiveSession(pack, [by_id[i] for i in header.question_ids],
                          session_id=header.session_id, seed=header.seed,
                          time_limit=header.time_limit, clock=clock)
    for number, record in enumerate(records[1:], start=2):
        try:
            session.apply(record)
        except (KeyError, ValueError, IndexError, TypeError, Refused) as error:
            raise JournalError(f"{path}:{number}: cannot replay this record ({error})") from None
    return session, header
