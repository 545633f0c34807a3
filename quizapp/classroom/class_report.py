"""A class report: a folder of results files read into one table per learner, question and section.

Only files that can be compared are merged: the same pack, the same version of it (content hash),
one session per learner. Every other file is kept in ``excluded`` with the reason, so a teacher
always sees what was left out and why; nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    seconds: float
    mode: str
    session_id: str
    started_at: str
    path: str

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

    @property
    def mean_share(self) -> float:
        return sum(r.share for r in self.learners) / len(self.learners) if self.learners else 0.0

    def section_title(self, section_id: str | None) -> str:
        if section_id is None:
            return "Other questions"
        return self.section_titles.get(section_id, section_id)

    def to_json(self) -> dict[str, Any]:
        """The shape ``quizapp class-report --json`` prints (docs/classroom.md)."""
        return {
            "learners": [{"name": r.name, "score": r.score, "answered": r.answered}
                         for r in self.learners],
            "questions": [{"id": q.question_id, "facility": round(q.facility, 4),
                           "discrimination": None if q.discrimination is None
                           else round(q.discrimination, 4),
                           "most_chosen_wrong": q.most_chosen_wrong}
                          for q in self.questions],
        }


class NoResultsError(ValueError):
    """Nothing usable was found; ``excluded`` says what was looked at and why it was left out."""

    def __init__(self, message: str, excluded: Sequence[ExcludedFile]) -> None:
        super().__init__(message)
        self.excluded = tuple(excluded)


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


def _learner_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _completeness(results: SessionResults) -> tuple[int, bool, str]:
    return (results.answered, results.finished_at is not None, results.finished_at or "")


def build_class_report(locations: Sequence[Path], pack: Pack | None = None,
                       known_packs: Sequence[Pack] = ()) -> ClassReport:
    """Read, sort out and analyse. ``pack`` decides which pack and version the report is about;
    without it, the pack and version with the most files. ``known_packs`` only lend prompts and
    section titles to a report whose pack and version they match."""
    paths, excluded = result_paths(locations)
    loaded: list[tuple[Path, SessionResults]] = []
    for path in paths:
        try:
            loaded.append((path, read_results_file(path)))
        except ResultsFileError as error:
            excluded.append(ExcludedFile(str(path), _reason(error, path)))
    if not loaded:
        raise NoResultsError("no results files could be read", excluded)
    wanted = _reference(loaded, pack)
    same_pack = []
    for path, results in loaded:
        reason = _mismatch(results, wanted)
        if reason:
            excluded.append(ExcludedFile(str(path), reason))
        else:
            same_pack.append((path, results))
    if not same_pack:
        raise NoResultsError(f"no results file is for {wanted.pack_id!r} in this version",
                             excluded)
    kept, left_out = _one_session_per_learner(same_pack)
    excluded.extend(left_out)
    sessions = [results for _, results in kept]
    reference = sessions[0]
    text_pack = pack or next((p for p in known_packs if p.id == wanted.pack_id
                              and pack_content_hash(p) == wanted.pack_hash), None)
    items = analyse_items(sessions)
    if text_pack is not None:
        position = {q.id: index for index, q in enumerate(text_pack.questions)}
        items.sort(key=lambda item: position.get(item.question_id, len(position)))
    titles = {ident: title for s in sessions for ident, title in s.sections}
    if text_pack is not None:
        titles.update({s.id: s.title for s in text_pack.sections})
    learners = sorted((LearnerResult(r.learner, r.score, r.answered, r.total, r.seconds, r.mode,
                                     r.session_id, r.started_at, str(path))
                       for path, r in kept), key=lambda row: (_learner_key(row.name), row.path))
    return ClassReport(
        pack_id=reference.pack_id,
        pack_title=reference.pack_title,
        pack_version=reference.pack_version,
        pack_hash=reference.pack_hash,
        learners=tuple(learners),
        questions=tuple(items),
        sections=tuple(section_averages(sessions)),
        excluded=tuple(sorted(excluded, key=lambda e: e.path)),
        prompts={q.id: q.prompt for q in text_pack.questions} if text_pack else {},
        section_titles=titles,
    )


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


def _mismatch(results: SessionResults, wanted: _Wanted) -> str | None:
    if results.pack_id != wanted.pack_id:
        return (f"for another pack: {results.pack_id!r} ({results.pack_title}), "
                f"not {wanted.pack_id!r}")
    if results.pack_hash != wanted.pack_hash:
        return (f"from another version of the pack: version {results.pack_version or 'unnumbered'}"
                f" (content {_short(results.pack_hash)}), but this report is on version "
                f"{wanted.version or 'unnumbered'} (content {_short(wanted.pack_hash)}); its "
                "questions differ, so its answers cannot be compared")
    return None


def _one_session_per_learner(
        files: Sequence[tuple[Path, SessionResults]],
) -> tuple[list[tuple[Path, SessionResults]], list[ExcludedFile]]:
    """The same session twice keeps its most complete copy; two sessions of one learner keep
    the later one, so every learner counts once in the item analysis."""
    excluded = []
    sessions: dict[tuple[str, str], tuple[Path, SessionResults]] = {}
    for path, results in files:
        key = (_learner_key(results.learner), results.session_id)
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
        learner = _learner_key(results.learner)
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
