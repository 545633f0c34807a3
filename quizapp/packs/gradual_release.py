"""Letting go of a big pack's intermediate data a little at a time, in the worker that read it.

Freeing a container frees everything only it holds in one C call, holding the interpreter lock
throughout: the parsed YAML of a 10,000-question pack (a list of 10,000 dicts) and its position
maps (a million entries) took 20–50 ms each on a quiet machine and 100–300 ms on a busy one,
during which the UI thread could not run (``bench_big_folder.py``'s longest freezes while a
folder of big packs is read for the first time). Emptied in steps, with the lock offered to
other threads between them, the same work costs about the same time but never freezes the UI.
"""

from __future__ import annotations

import time

STEP = 250
"""Items freed between two offers of the interpreter lock (a millisecond or two of work)."""


def release_list(items: list[object]) -> None:
    """Empty ``items`` from the end, ``STEP`` at a time."""
    while items:
        del items[-STEP:]
        time.sleep(0)  # releases the lock: a waiting thread (the UI) runs now


def release_dict(mapping: dict[object, object]) -> None:
    """Empty ``mapping``, ``STEP`` × 20 small entries at a time."""
    while mapping:
        for _ in range(min(len(mapping), STEP * 20)):
            mapping.popitem()
        time.sleep(0)


def release_parsed(parsed: object) -> None:
    """Empty the big lists of a parsed pack (its questions, or any top-level list)."""
    if isinstance(parsed, dict):
        for value in parsed.values():
            if isinstance(value, list) and len(value) > STEP:
                release_list(value)


def release_positions(positions: object) -> None:
    """Empty the YAML reader's position maps (``YamlPositions.values`` and ``.keys``)."""
    for name in ("values", "keys"):
        found = getattr(positions, name, None)
        if isinstance(found, dict):
            release_dict(found)
