"""Finding packs: the ones bundled with quizapp, and a pack named by path or by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.cancellation import CancelCheck, check
from quizapp.core.diagnostics import Diagnostic, PackError
from quizapp.core.limits import KEEP_WHOLE_QUESTIONS
from quizapp.core.models import Pack
from quizapp.core.pack_summary import PackSummary, summarize
from quizapp.packs.gradual_release import release_list
from quizapp.packs.loader import cached_summary, check_pack_file, load_pack
from quizapp.packs.pack_cache import PackCache
from quizapp.resources import bundled_packs_dir

PACK_FILE = "pack.yaml"


def bundled_pack_paths(directory: Path | None = None) -> list[Path]:
    root = directory or bundled_packs_dir()
    if not root.is_dir():
        return []
    return sorted(path for path in root.glob(f"*/{PACK_FILE}") if path.is_file())


def resolve_pack(name: str, directory: Path | None = None) -> Path:
    """A pack given as a path to a file or folder, or as the id of a bundled pack."""
    candidate = Path(name).expanduser()
    if candidate.is_dir() and (candidate / PACK_FILE).is_file():
        return candidate / PACK_FILE
    if candidate.is_file():
        return candidate
    for path in bundled_pack_paths(directory):
        if path.parent.name == name:
            return path
        try:
            if load_pack(path).id == name:
                return path
        except PackError:
            continue
    raise FileNotFoundError(f"no pack file or bundled pack called {name!r}")


def plain_problem(problem: Diagnostic, pack_path: Path | str) -> str:
    """'line 38: a colon is missing…', naming the file only when it is not the pack itself."""
    where = f"line {problem.line}"
    if Path(problem.path).name != Path(pack_path).name:
        where = f"{Path(problem.path).name} {where}"
    return f"{where}: {problem.message}"


@dataclass(frozen=True)
class LoadOutcome:
    """A pack file and either the loaded pack or why it could not be loaded.

    A listed pack (``load_for_list``) always has its ``summary``; its whole ``pack`` only when
    it is small (``KEEP_WHOLE_QUESTIONS``): the home screen holds summaries of big packs."""

    path: Path
    pack: Pack | None
    problems: tuple[Diagnostic, ...] = ()
    summary: PackSummary | None = None

    @property
    def usable(self) -> bool:
        return self.pack is not None or self.summary is not None

    @property
    def error_text(self) -> str | None:
        """Why the pack could not be loaded, in plain words: 'line 38: a colon is missing…'."""
        if self.usable:
            return None
        lines = [plain_problem(d, self.path) for d in self.problems if d.is_error]
        return "\n".join(lines) or "could not be loaded"


def load_many(paths: list[Path], bundle_cache: Path | None = None,
              cancelled: CancelCheck | None = None,
              pack_cache: PackCache | None = None) -> list[LoadOutcome]:
    """Load several packs (or bundles), collecting failures instead of stopping at the first.

    ``cancelled`` is asked between packs and during each (raising ``Cancelled``); ``pack_cache``
    gives unchanged packs back without reading them again.
    """
    outcomes = []
    for path in paths:
        check(cancelled)
        result = check_pack_file(path, bundle_cache, cancelled=cancelled, pack_cache=pack_cache)
        outcomes.append(LoadOutcome(path, result.pack, result.diagnostics))
    return outcomes


def load_for_list(path: Path, bundle_cache: Path | None = None,
                  cancelled: CancelCheck | None = None,
                  pack_cache: PackCache | None = None) -> LoadOutcome:
    """A pack as the home screen lists it: its summary, and the whole pack only when small.

    A big pack the cache knows is not unpickled at all (its summary is stored beside it); one
    read from its file is summarized and let go, so a worker holds one big pack at a time."""
    found = cached_summary(path, pack_cache)
    if found is not None and found[0].question_count > KEEP_WHOLE_QUESTIONS:
        summary, result = found
        return LoadOutcome(path, None, result.diagnostics, summary)
    outcome = load_many([path], bundle_cache, cancelled, pack_cache)[0]
    if outcome.pack is None:
        return outcome
    summary = summarize(outcome.pack)
    if summary.question_count <= KEEP_WHOLE_QUESTIONS:
        return LoadOutcome(path, outcome.pack, outcome.problems, summary)
    questions: list[object] = list(outcome.pack.questions)
    problems = outcome.problems
    del outcome  # the pack goes; its questions are let go in steps (gradual_release)
    release_list(questions)
    return LoadOutcome(path, None, problems, summary)


FileSignature = tuple[tuple[int, int, int, int, int] | None, ...]
"""What identifies the files a pack was read from, as they stand: device, inode, size and
modification and change times of the pack file and of its source text."""


def _stat(path: Path) -> tuple[int, int, int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
            status.st_ctime_ns)


def file_signature(path: Path, outcome: LoadOutcome | None = None) -> FileSignature:
    """The signature of ``path`` and, when ``outcome`` read a source text, of that text too."""
    source = None
    if outcome is not None and outcome.pack is not None:
        source = outcome.pack.source
    elif outcome is not None and outcome.summary is not None:
        source = outcome.summary.source
    if source is None:
        return (_stat(path),)
    return (_stat(path), _stat(path.resolve().parent / source.text_path))


Known = dict[str, tuple[FileSignature, LoadOutcome]]
"""Packs loaded before, by path, with the signature of their files at the time."""


def refresh_many(paths: list[Path], known: Known, bundle_cache: Path | None = None,
                 cancelled: CancelCheck | None = None, pack_cache: PackCache | None = None,
                 loaded: Callable[[LoadOutcome, int], None] | None = None) -> Known:
    """The packs at ``paths``: those unchanged since ``known`` as they were, the others loaded
    (``loaded`` is told of each, with how many were loaded so far, so the list can fill in).

    Coming back to the home screen therefore reads no file that has not changed; a changed pack
    or source text is read again.
    """
    result: Known = {}
    count = 0
    for path in paths:
        check(cancelled)
        before = known.get(str(path))
        if before is not None and file_signature(path, before[1]) == before[0]:
            result[str(path)] = before
            continue
        signature = file_signature(path)  # before reading: a change while reading shows next time
        outcome = load_for_list(path, bundle_cache, cancelled, pack_cache)
        if outcome.usable:
            signature = signature + file_signature(path, outcome)[1:]
        result[str(path)] = signature, outcome
        count += 1
        if loaded is not None:
            loaded(outcome, count)
    return result
