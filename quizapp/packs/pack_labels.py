"""Names that tell packs apart in a list where two of them have the same title.

A teacher who copies a pack to adapt it has the original and the copy open side by side, both
called "Why NATO Has Become a Flash Point…": a list of titles alone shows two identical lines.
Those entries get the shortest end of their path that differs — the file name when the files
are named differently, else the folder and file (``nato-copy/pack.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath


def distinct_labels(entries: Sequence[tuple[str, str]]) -> list[str]:
    """For each ``(title, path)``, the title, followed by ``(end of its path)`` when another
    entry has the same title."""
    by_title: dict[str, list[int]] = {}
    for index, (title, _) in enumerate(entries):
        by_title.setdefault(title, []).append(index)
    labels = [title for title, _ in entries]
    for indexes in by_title.values():
        if len(indexes) < 2:
            continue
        parts = [PurePath(entries[i][1]).parts for i in indexes]
        depth = 1
        longest = max(len(p) for p in parts)
        while depth < longest and len({p[-depth:] for p in parts}) < len(parts):
            depth += 1
        for index, path_parts in zip(indexes, parts, strict=True):
            labels[index] = f"{entries[index][0]} ({'/'.join(path_parts[-depth:])})"
    return labels
