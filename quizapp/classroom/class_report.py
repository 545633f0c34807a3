"""A class report: a folder of results files read into one table per learner, question and section.

Only files that can be compared are merged: the same sitting (``results_sessions``), the same
pack, the same version of each question (``version_matching``), one session per learner. Every
other file is kept in ``excluded`` with the reason, and every question left out for some files
in ``changed``, so a teacher always sees what was left out and why; nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.classroom.class_report_json import report_json
from quizapp.classroom.item_analysis import (
    ItemStatistics,
    SectionAverage,
    analyse_items,
    section_averages,
)
from quizapp.classroom.results_file import (
    ResultsFileError,
    SessionResults,
    pack_content_hash,
    read_results_file,
)
from quizapp.classroom.results_sessions import (
    ResultsSession,
    default_session,
    find_session,
    find_sessions,
    learner_key,
    session_key,
)
from quizapp.classroom.version_matching import (
    ChangedQuestion,
    Compared,
    changed_questions,
    compare,
    reference_hashes,
)
from quizapp.core.models import Pack

RESULTS_SUFFIX = ".json"


@dataclass(frozen=True)
class ExcludedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class LearnerResult:
    name: str
    score: int
    answered: int
    total: int
    """Questions counted for this learner: those asked, less any left out as changed since."""
    seconds: float
    mode: str
    session_id: str
    started_at: str
    path: str
    pack_version: str | None = None
    left_out: tuple[str, ...] = ()
    """Questions this learner was asked in another version of them, so not counted."""

    @property
    def share(self) -> float:
        return self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class ClassReport:
    pack_id: str
    pack_title: str
    pack_version: str | None
    pack_hash: str
    learners: tuple[LearnerResult, ...]
    questions: tuple[ItemStatistics, ...]
    sections: tuple[SectionAverage, ...]
    excluded: tuple[ExcludedFile, ...]
    prompts: dict[str, str] = field(default_factory=dict)
    """Question id → prompt, when the pack is at hand (files do not carry prompts)."""
    section_titles: dict[str, str] = field(default_factory=dict)
    sessions: tuple[ResultsSession, ...] = ()
    """Every session found among the files, the report's and the others."""
    session_keys: tuple[str, ...] = ()
    """The sessions this report is on (one, unless every session of the pack was asked for)."""
    changed: tuple[ChangedQuestion, ...] = ()

    @property
    def mean_share(self) -> float:
        return sum(r.share for r in self.learners) / len(self.learners) if self.learners else 0.0

    @property
    def shown_sessions(self) -> tuple[ResultsSession, ...]:
        return tuple(s for s in self.sessions if s.key in self.session_keys)

    @property
    def other_sessions(self) -> tuple[ResultsSession, ...]:
        """Sessions among the files that this report leaves out (they are reported on their own)."""
        return tuple(s for s in self.sessions if s.key not in self.session_keys)

    def section_title(self, section_id: str | None) -> str:
        if section_id is None:
            return "Other questions"
        return self.section_titles.get(section_id, section_id)

    def to_json(self) -> dict[str, Any]:
        """The shape ``quizapp class-report --json`` prints (docs/classroom.md): the issue's
        ``learners`` and ``questions`` keys first, then everything the other outputs show."""
        return report_json(self)


class NoResultsError(ValueError):
    """Nothing usable was found; ``excluded`` says what was looked at and why it was left out."""

    def __init__(self, message: str, excluded: Sequence[ExcludedFile]) -> None:
        super().__init__(message)
        self.excluded = tuple(excluded)


class UnknownSessionError(ValueError):
    """The session asked for is not among the files; ``sessions`` are the ones that are."""

    def __init__(self, wanted: str, sessions: Sequence[ResultsSession]) -> None:
        super().__init__(f"no session {wanted!r} among these files")
        self.sessions = tuple(sessions)


def result_paths(locations: Iterable[Path]) -> tuple[list[Path], list[ExcludedFile]]:
    """Files named directly, plus every ``*.json`` in named folders and their subfolders.

    A file named directly is read whatever its name; in a folder, other files (notes, the pack
    itself) are not results and are passed over.
    """
    found: dict[Path, None] = {}
    missing = []
    for location in locations:
        if location.is_dir():
            for path in sorted(location.rglob(f"*{RESULTS_SUFFIX}")):
                if path.is_file() and not any(part.startswith(".") for part in
                                               path.relative_to(location).parts):
                    found.setdefault(path, None)
        elif location.exists():
            found.setdefault(location, None)
        else:
            missing.append(ExcludedFile(str(location), "no such file or folder"))
    return list(found), missing


def _reason(error: ResultsFileError, path: Path) -> str:
    """The reader's message without the file name, which the report shows in its own column."""
    reason = str(error).removeprefix(f"{path}: ")
    position = re.match(rf"{re.escape(str(path))}:(\d+):(\d+): ", reason)
    if position:
        reason = f"line {position[1]}, column {position[2]}: {reason[position.end():]}"
    return reason


def _completeness(results: SessionResults) -> tuple[int, bool, str]:
    return (results.answered, results.finished_at is not None, results.finished_at or "")


def build_class_report(locations: Sequence[Path], pack: Pack | None = None,
                       known_packs: Sequence[Pack] = (), session: str | None = None,
                       all_sessions: bool = False) -> ClassReport:
    """Read, sort out and analyse.

    The report is on one session (``results_sessions``): ``session`` names it, else the one with
    the most files (of ``pack`` when given). ``all_sessions`` merges every session of that pack
    instead. Within it, ``pack`` decides the version the report is about, else the version with
    the most files; files of other versions of the pack are merged for the questions that are
    the same in both. ``known_packs`` only lend prompts and section titles (and question
    versions) to a report whose pack and version they match.
    """
    paths, excluded = result_paths(locations)
    loaded: list[tuple[Path, SessionResults]] = []
    for path in paths:
        try:
            loaded.append((path, read_results_file(path)))
        except ResultsFileError as error:
            excluded.append(ExcludedFile(str(path), _reason(error, path)))
    if not loaded:
        raise NoResultsError("no results files could be read", excluded)
    sessions = find_sessions(results for _, results in loaded)
    chosen = _chosen_sessions(sessions, pack, session, all_sessions, excluded)
    keys = {s.key for s in chosen}
    in_report = []
    for path, results in loaded:
        if session_key(results) in keys:
            in_report.append((path, results))
        else:
            excluded.append(ExcludedFile(str(path), _elsewhere(results, chosen[0], sessions)))
    wanted = _reference(in_report, pack)
    for path, results in in_report:  # a live session's id does not vouch for its pack
        if results.pack_id != wanted.pack_id:
            excluded.append(ExcludedFile(str(path), f"for another pack: {results.pack_id!r}"))
    in_report = [(path, r) for path, r in in_report if r.pack_id == wanted.pack_id]
    text_pack = pack or next((p for p in known_packs if p.id == wanted.pack_id
                              and pack_content_hash(p) == wanted.pack_hash), None)
    same_version = [(path, r) for path, r in in_report if r.pack_hash == wanted.pack_hash]
    reference = reference_hashes(text_pack, [r for _, r in same_version])
    merged = list(same_version)
    compared: dict[str, Compared] = {}
    for path, results in in_report:
        if results.pack_hash == wanted.pack_hash:
            continue
        match = compare(results, reference)
        if match is None:
            excluded.append(ExcludedFile(str(path), _other_version(results, wanted)))
        else:
            merged.append((path, match.results))
            compared[str(path)] = match
    if not merged:
        raise NoResultsError(f"no results file is for {wanted.pack_id!r} in this version",
                             excluded)
    kept, left_out = _one_session_per_learner(merged)
    excluded.extend(left_out)
    sessions_kept = [results for _, results in kept]
    reference_files = [r for _, r in same_version] or [r for _, r in in_report]
    first = max(reference_files, key=lambda r: r.started_at)
    items = analyse_items(sessions_kept)
    order = ([q.id for q in text_pack.questions] if text_pack is not None else list(reference))
    position = {question_id: index for index, question_id in enumerate(order)}
    items.sort(key=lambda item: position.get(item.question_id, len(position)))
    titles = {ident: title for s in sessions_kept for ident, title in s.sections}
    if text_pack is not None:
        titles.update({s.id: s.title for s in text_pack.sections})
    learners = sorted((LearnerResult(r.learner, r.score, r.answered, r.total, r.seconds, r.mode,
                                     r.session_id, r.started_at, str(path), r.pack_version,
                                     compared[str(path)].left_out if str(path) in compared
                                     else ())
                       for path, r in kept), key=lambda row: (learner_key(row.name), row.path))
    kept_paths = {str(path) for path, _ in kept}
    return ClassReport(
        pack_id=wanted.pack_id,
        pack_title=first.pack_title,
        pack_version=wanted.version,
        pack_hash=wanted.pack_hash,
        learners=tuple(learners),
        questions=tuple(items),
        sections=tuple(section_averages(sessions_kept)),
        excluded=tuple(sorted(excluded, key=lambda e: e.path)),
        prompts={q.id: q.prompt for q in text_pack.questions} if text_pack else {},
        section_titles=titles,
        sessions=tuple(sessions),
        session_keys=tuple(s.key for s in chosen),
        changed=tuple(changed_questions(
            [(path, match) for path, match in compared.items() if path in kept_paths],
            text_pack)),
    )


def _chosen_sessions(sessions: Sequence[ResultsSession], pack: Pack | None, wanted: str | None,
                     all_sessions: bool, excluded: Sequence[ExcludedFile]) -> list[ResultsSession]:
    if wanted is not None:
        named = find_session(sessions, wanted)
        if named is None:
            raise UnknownSessionError(wanted, sessions)
        if pack is not None and named.pack_id != pack.id:
            raise NoResultsError(f"the session {wanted!r} is on pack {named.pack_id!r}, not "
                                 f"{pack.id!r}", excluded)
    else:
        named = default_session(sessions, pack.id if pack is not None else None)
        if named is None:
            assert pack is not None
            raise NoResultsError(f"no results file is for {pack.id!r}", [
                *excluded, *(ExcludedFile(s.label, f"for another pack: {s.pack_id!r}")
                             for s in sessions)])
    if all_sessions:
        return [s for s in sessions if s.pack_id == named.pack_id]
    return [named]


def _elsewhere(results: SessionResults, shown: ResultsSession,
               sessions: Sequence[ResultsSession]) -> str:
    if results.pack_id != shown.pack_id:
        return (f"for another pack: {results.pack_id!r} ({results.pack_title}), "
                f"not {shown.pack_id!r}")
    own = next(s for s in sessions if s.key == session_key(results))
    return (f"from another session: {own.label}; the report is on one session at a time "
            f"({shown.label})")


@dataclass(frozen=True)
class _Wanted:
    pack_id: str
    pack_hash: str
    version: str | None


def _reference(loaded: Sequence[tuple[Path, SessionResults]], pack: Pack | None) -> _Wanted:
    if pack is not None:
        return _Wanted(pack.id, pack_content_hash(pack), pack.version)
    counts = Counter((r.pack_id, r.pack_hash) for _, r in loaded)
    latest: dict[tuple[str, str], str] = {}
    for _, results in loaded:
        key = (results.pack_id, results.pack_hash)
        latest[key] = max(latest.get(key, ""), results.started_at)
    # most files first; among equals the most recently taken, then by id so runs agree
    pack_id, pack_hash = max(counts, key=lambda key: (counts[key], latest[key], key))
    version = next(r.pack_version for _, r in loaded if r.pack_hash == pack_hash)
    return _Wanted(pack_id, pack_hash, version)


def _short(content_hash: str) -> str:
    return content_hash.removeprefix("sha256:")[:12]


def _other_version(results: SessionResults, wanted: _Wanted) -> str:
    """Why a file of another version could not be merged even question by question."""
    versions = (f"version {results.pack_version or 'unnumbered'} (content "
                f"{_short(results.pack_hash)}), but this report is on version "
                f"{wanted.version or 'unnumbered'} (content {_short(wanted.pack_hash)})")
    if not any(a.content_hash for a in results.answers):
        return (f"from another version of the pack: {versions}; it was written before quizapp "
                "recorded each question's version, so its answers cannot be compared")
    return (f"from another version of the pack: {versions}; none of its questions is the same "
            "in both versions, so its answers cannot be compared")


def _one_session_per_learner(
        files: Sequence[tuple[Path, SessionResults]],
) -> tuple[list[tuple[Path, SessionResults]], list[ExcludedFile]]:
    """The same session twice keeps its most complete copy; two sessions of one learner keep
    the later one, so every learner counts once in the item analysis."""
    excluded = []
    sessions: dict[tuple[str, str], tuple[Path, SessionResults]] = {}
    for path, results in files:
        key = (learner_key(results.learner), results.session_id)
        kept = sessions.get(key)
        if kept is None:
            sessions[key] = (path, results)
            continue
        better, worse = ((path, results), kept) if _completeness(results) > _completeness(
            kept[1]) else (kept, (path, results))
        sessions[key] = better
        excluded.append(ExcludedFile(str(worse[0]), f"duplicate of {better[0]}: the same session "
                                     f"({results.session_id}) of {better[1].learner}"))
    learners: dict[str, tuple[Path, SessionResults]] = {}
    for path, results in sessions.values():
        learner = learner_key(results.learner)
        previous = learners.get(learner)
        if previous is None:
            learners[learner] = (path, results)
            continue
        later, earlier = ((path, results), previous) if (results.started_at, str(path)) > (
            previous[1].started_at, str(previous[0])) else (previous, (path, results))
        learners[learner] = later
        excluded.append(ExcludedFile(
            str(earlier[0]), f"an earlier session of {results.learner} (session "
            f"{earlier[1].session_id}); the later one in {later[0]} counts, one per learner"))
    return list(learners.values()), excluded
