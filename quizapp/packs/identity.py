"""Pack identity: the id is what history is filed under, so two files with one id share history.

A teacher who copies a pack folder to adapt it gets two files with the same id. Whether that is
the same pack (a moved or updated copy, whose history should carry on) or a new pack (whose
learners start afresh) only the teacher knows, so the app asks; these helpers find the clash and
make a new id for a copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def same_file(first: str | Path, second: str | Path) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return str(first) == str(second)


def other_files_with_id(pack_id: str, path: str | Path,
                        known: Iterable[tuple[str | Path, str]]) -> list[str]:
    """The known pack files (``(path, id)`` pairs) other than ``path`` that use ``pack_id``."""
    result: list[str] = []
    for other_path, other_id in known:
        if other_id == pack_id and not same_file(other_path, path):
            text = str(Path(other_path).resolve())
            if text not in result:
                result.append(text)
    return result


def fresh_pack_id(pack_id: str, taken: Iterable[str]) -> str:
    """``nato-flashpoint`` → ``nato-flashpoint-copy`` (or ``-copy-2``…), not used by any pack."""
    used = set(taken)
    base = pack_id.removesuffix("-copy") if pack_id.endswith("-copy") else pack_id
    candidate, number = f"{base}-copy", 2
    while candidate in used or candidate == pack_id:
        candidate, number = f"{base}-copy-{number}", number + 1
    return candidate


def unused_pack_id(pack_id: str, taken: Iterable[str]) -> str:
    """``quiz`` if no known pack uses it, else ``quiz-2``, ``quiz-3``…: for a new pack (an
    import), which is never the same pack as one already known."""
    used = set(taken)
    candidate, number = pack_id, 2
    while candidate in used:
        candidate, number = f"{pack_id}-{number}", number + 1
    return candidate


def distinct_title(title: str, where: str, taken: Iterable[str]) -> str:
    """``title``, or ``title — where`` (then numbered) when a known pack already has it, so two
    packs never look the same in the list."""
    used = set(taken)
    if title not in used:
        return title
    candidate, number = f"{title} — {where}" if where else title, 2
    base = candidate
    while candidate in used:
        candidate, number = f"{base} {number}", number + 1
    return candidate
