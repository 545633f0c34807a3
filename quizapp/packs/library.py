"""Finding packs: the ones bundled with quizapp, and a pack named by path or by id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.core.diagnostics import Diagnostic, PackError
from quizapp.core.models import Pack
from quizapp.packs.loader import check_pack_file, load_pack
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
    """A pack file and either the loaded pack or why it could not be loaded."""

    path: Path
    pack: Pack | None
    problems: tuple[Diagnostic, ...] = ()

    @property
    def error_text(self) -> str | None:
        """Why the pack could not be loaded, in plain words: 'line 38: a colon is missing…'."""
        if self.pack is not None:
            return None
        lines = [plain_problem(d, self.path) for d in self.problems if d.is_error]
        return "\n".join(lines) or "could not be loaded"


def load_many(paths: list[Path], bundle_cache: Path | None = None) -> list[LoadOutcome]:
    """Load several packs (or bundles), collecting failures instead of stopping at the first."""
    outcomes = []
    for path in paths:
        result = check_pack_file(path, bundle_cache)
        outcomes.append(LoadOutcome(path, result.pack, result.diagnostics))
    return outcomes
