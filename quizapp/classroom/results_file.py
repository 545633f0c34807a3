"""A learner's results for one session as a JSON file a teacher can collect (format ``quizapp-results/1``).

The file is the meeting point of everything that produces answers away from the teacher's own
history (a learner's computer, a live session) and everything that reads a class's answers (the
class report and its item analysis). It names the pack by id, version and a hash of the pack's
content, so results from a different version of the questions are never merged by mistake.
The full schema is in ``docs/results-format.md``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.core.limits import MAX_RESULTS_BYTES
from quizapp.core.models import Pack, Question
from quizapp.packs.json_export import pack_to_dict, question_to_dict
from quizapp.packs.safe_files import UnreadableFile, read_limited

RESULTS_FORMAT = "quizapp-results/1"
"""A results file holds one session; anything larger is not one."""


class ResultsFileError(ValueError):
    """A results file that cannot be used; the message names the file and says what is wrong."""


@dataclass(frozen=True)
class ResultAnswer:
    """One question of the session. ``answer`` is None when the learner left it unanswered.

    ``answer`` is the stored form of the answer (choice indexes in the pack's order, never screen
    positions); ``answer_text`` is the answer in words, which item analysis counts.
    """

    question_id: str
    question_type: str
    answer: object | None
    answer_text: str
    correct: bool
    seconds: float | None = None
    answered_at: str | None = None
    section_id: str | None = None
    content_hash: str | None = None
    """The question's own content hash (``question_content_hash``) when the file was written;
    None in files from before it was recorded."""

    @property
    def answered(self) -> bool:
        return self.answer is not None


@dataclass(frozen=True)
class SessionResults:
    pack_id: str
    pack_version: str | None
    pack_title: str
    pack_hash: str
    learner: str
    session_id: str
    mode: str
    started_at: str
    finished_at: str | None
    answers: tuple[ResultAnswer, ...]
    app_version: str = __version__
    sections: tuple[tuple[str, str], ...] = ()
    """(id, title) of the pack's sections, so a report can name them without the pack."""
    class_session: str | None = None
    """The id every file of one class sitting shares (a live session's id); None for a learner's
    own session."""

    @property
    def total(self) -> int:
        return len(self.answers)

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.answered)

    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def seconds(self) -> float:
        return sum(a.seconds or 0.0 for a in self.answers)


def pack_content_hash(pack: Pack) -> str:
    """A hash of what a learner is asked and what counts as right, independent of file layout.

    Comments, key order and the pack's location do not change it; any change to a question does.
    """
    canonical = json.dumps(pack_to_dict(pack), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_NOT_ASKED_OR_GRADED = frozenset({"section", "difficulty", "tags", "explanation", "feedback",
                                  "cite"})
"""Question keys that change neither what a learner is asked nor what counts as right."""


def question_content_hash(question: Question) -> str:
    """A hash of one question as a learner meets it: its id, type, prompt, choices, items or
    pairs, and its key. Explanations, citations, tags, difficulty and section are left out, so
    mending an explanation does not make earlier answers incomparable; a changed word in the
    prompt or a choice does."""
    data = {key: value for key, value in question_to_dict(question).items()
            if key not in _NOT_ASKED_OR_GRADED}
    if "choices" in data:
        data["choices"] = [{"text": c["text"], "correct": c["correct"]} for c in data["choices"]]
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def results_to_dict(results: SessionResults) -> dict[str, Any]:
    return {
        "format": RESULTS_FORMAT,
        "app": f"quizapp {results.app_version}",
        "pack": {"id": results.pack_id, "version": results.pack_version,
                 "title": results.pack_title, "content_hash": results.pack_hash,
                 "sections": [{"id": ident, "title": title} for ident, title in results.sections]},
        "learner": results.learner,
        "session": {"id": results.session_id, "mode": results.mode,
                    "class_session": results.class_session,
                    "started_at": results.started_at, "finished_at": results.finished_at},
        "questions": [
            {"id": a.question_id, "type": a.question_type, "answer": a.answer,
             "answer_text": a.answer_text, "correct": a.correct, "seconds": a.seconds,
             "answered_at": a.answered_at, "section": a.section_id,
             "content_hash": a.content_hash}
            for a in results.answers
        ],
    }


def results_to_json(results: SessionResults) -> str:
    return json.dumps(results_to_dict(results), ensure_ascii=False, indent=2) + "\n"


def _current_umask() -> int:
    """The process's umask. Linux shows it in /proc without changing it; elsewhere it is read
    by setting it and putting it straight back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_results_file(path: Path, results: SessionResults) -> None:
    """Write atomically (temporary file, fsync, rename): a teacher never collects half a file.

    The file gets the permissions any new file of the user gets (0666 less the umask), not the
    owner-only ones of a temporary file: results are meant to be handed to someone else, often
    through a shared folder.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".results-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(results_to_json(results))
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Reader:
    """Pulls typed fields out of parsed JSON, naming the field that is wrong."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, problem: str) -> ResultsFileError:
        return ResultsFileError(f"{self.file}: {where}: {problem}; this is not a quizapp "
                                "results file, or it was damaged")

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def text(self, value: object, where: str, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(where, "expected text")
        return value

    def required_text(self, value: object, where: str) -> str:
        text = self.text(value, where)
        assert text is not None
        return text

    def number(self, value: object, where: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(where, "expected a number of seconds")
        if value < 0:
            raise self.fail(where, "a time cannot be negative")
        return float(value)


def results_from_json(text: str, file: str = "<results>") -> SessionResults:
    """Parse and check a results file; raises ``ResultsFileError`` naming the file and the fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ResultsFileError(f"{file}:{error.lineno}:{error.colno}: not valid JSON "
                               f"({error.msg}); this is not a quizapp results file, or it was "
                               "cut short") from None
    read = _Reader(file)
    top = read.mapping(data, "the file")
    if top.get("format") != RESULTS_FORMAT:
        raise ResultsFileError(f"{file}: format is {top.get('format')!r}, expected "
                               f"{RESULTS_FORMAT!r}; this is not a quizapp results file, or a "
                               "newer quizapp wrote it")
    pack = read.mapping(top.get("pack"), "pack")
    session = read.mapping(top.get("session"), "session")
    questions = top.get("questions")
    if not isinstance(questions, list):
        raise read.fail("questions", "expected a list")
    answers = []
    for index, entry in enumerate(questions):
        where = f"questions[{index}]"
        item = read.mapping(entry, where)
        correct = item.get("correct")
        if not isinstance(correct, bool):
            raise read.fail(f"{where}.correct", "expected true or false")
        answers.append(ResultAnswer(
            question_id=read.required_text(item.get("id"), f"{where}.id"),
            question_type=read.required_text(item.get("type"), f"{where}.type"),
            answer=item.get("answer"),
            answer_text=read.required_text(item.get("answer_text", ""), f"{where}.answer_text"),
            correct=correct,
            seconds=read.number(item.get("seconds"), f"{where}.seconds"),
            answered_at=read.text(item.get("answered_at"), f"{where}.answered_at", optional=True),
            section_id=read.text(item.get("section"), f"{where}.section", optional=True),
            content_hash=read.text(item.get("content_hash"), f"{where}.content_hash",
                                   optional=True),
        ))
    app = read.text(top.get("app"), "app", optional=True) or ""
    return SessionResults(
        pack_id=read.required_text(pack.get("id"), "pack.id"),
        pack_version=read.text(pack.get("version"), "pack.version", optional=True),
        pack_title=read.required_text(pack.get("title", ""), "pack.title"),
        pack_hash=read.required_text(pack.get("content_hash"), "pack.content_hash"),
        learner=read.required_text(top.get("learner"), "learner"),
        session_id=read.required_text(session.get("id"), "session.id"),
        mode=read.required_text(session.get("mode", "practice"), "session.mode"),
        started_at=read.required_text(session.get("started_at"), "session.started_at"),
        finished_at=read.text(session.get("finished_at"), "session.finished_at", optional=True),
        answers=tuple(answers),
        app_version=app.removeprefix("quizapp ") or "unknown",
        sections=_read_sections(read, pack.get("sections")),
        class_session=read.text(session.get("class_session"), "session.class_session",
                                optional=True) or _old_live_session(session),
    )


def _old_live_session(session: dict[str, Any]) -> str | None:
    """Live files written before ``class_session`` existed name their session inside their id
    (``live-SESSION-SEAT``), so their sitting is still known."""
    ident = session.get("id")
    if session.get("mode") != "live" or not isinstance(ident, str):
        return None
    match = re.fullmatch(r"live-(.+)-\d+", ident)
    return match[1] if match else None


def _read_sections(read: _Reader, value: object) -> tuple[tuple[str, str], ...]:
    """``pack.sections`` came after the first files were written: absent means none."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise read.fail("pack.sections", "expected a list")
    sections = []
    for index, entry in enumerate(value):
        where = f"pack.sections[{index}]"
        item = read.mapping(entry, where)
        sections.append((read.required_text(item.get("id"), f"{where}.id"),
                         read.required_text(item.get("title"), f"{where}.title")))
    return tuple(sections)


def read_results_file(path: Path) -> SessionResults:
    """Read one results file; anything wrong (missing, too big, not UTF-8, not results) is a
    ``ResultsFileError`` that names the file."""
    file = str(path)
    try:
        data = read_limited(path, limit=MAX_RESULTS_BYTES, what="results")
    except UnreadableFile as error:  # a folder, a pipe, a device, too large
        raise ResultsFileError(f"{file}: {error}; a results file holds one session") from None
    except OSError as error:
        raise ResultsFileError(f"{file}: cannot be read ({error.strerror or error})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResultsFileError(f"{file}: not UTF-8 text; this is not a quizapp results file") from None
    return results_from_json(text, file)
