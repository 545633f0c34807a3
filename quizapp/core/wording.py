"""Counts in plain English for text that Qt does not translate (the command line, CSV notes).

Qt code writes counts with ``tr("%n learner(s)", "", n)`` and gets its English forms from the
shipped English translation; code without Qt says "1 learner" and "2 learners" with this.
"""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``counted(1, "learner")`` → "1 learner"; ``counted(0, "file")`` → "0 files"."""
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number} {noun}"
