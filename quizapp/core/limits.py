"""Every limit quizapp puts on what it reads, in one place.

Packs and imported files come from strangers, so each limit says how much the app reads before it
refuses, with a clear message, rather than freezing or running out of memory. They are set by
what the app handles safely on a modest computer (2 cores, a few GB of memory), measured with
``benchmarks/bench_limits.py``: a pack at the byte or the question limit loads in 3–4 s and
under 260 MB. Raise one only together with that measurement. ``docs/reliability.md`` explains
each to users.
"""

from __future__ import annotations

import math

MEGABYTE = 1024 * 1024

# -- files -------------------------------------------------------------------------------------
MAX_PACK_BYTES = 64 * MEGABYTE
"""A pack file. The bundled pack is 0.1 MB; 10,000 typical questions take about 10 MB."""

MAX_SOURCE_BYTES = 64 * MEGABYTE
"""A pack's source text (Markdown). Read only up to this many bytes, even from a device file."""

# -- pack structure ----------------------------------------------------------------------------
MAX_QUESTIONS = 20_000
"""Questions in one pack. Validation is linear in the pack, so this bounds time and memory."""

MAX_YAML_NODES = 1_500_000
"""Values (texts, numbers, lists, mappings, keys) in one YAML file: 75 per question at the
question limit (a plain question has about 40, one of nine choices with feedback about 85). A
64 MB file of one-character list items would otherwise hold 32 million; refusing at this limit
takes about 5 s and 360 MB (``benchmarks/bench_limits.py``)."""

MAX_YAML_DEPTH = 50
"""Nesting of lists and mappings. Packs need five or six levels."""

MAX_NUMBER_CHARACTERS = 100
"""Characters of one number as written. Longer integers overflow a float (400+ digits) or hit
Python's integer-conversion limit (4,301+ digits)."""

MAX_CHOICES = 9
"""Choices, ordering items or matching pairs per question: what the keys 1–9 can pick."""

# -- history -----------------------------------------------------------------------------------
MAX_PROFILE_NAME = 60
"""Characters in a learner's name."""

# -- what the app shows -------------------------------------------------------------------------
MAX_SHOWN_PROBLEMS = 200
"""Problems listed in the "pack cannot be opened" dialog; the rest are counted, and all of them
can be copied or listed with ``quizapp validate``."""

MAX_SUGGESTIONS = 200
""""Did you mean …?" searches per validation. Each compares a word with every id, so an
unlimited number would make validating a pack of many wrong ids quadratic."""

MAX_ELSEWHERE_SEARCHES = 200
"""Searches of the whole source for a misquoted quote ("it does occur in passage …")."""


def megabytes(size: int, *, round_up: bool = False) -> str:
    """A size in MB as a person reads it; ``round_up`` so a file over a limit never reads as equal
    to it ("5.1 MB; the limit is 5 MB", not "5.0 MB; the limit is 5 MB")."""
    if size < MEGABYTE // 10:
        return f"{size:,} bytes"
    value = size / MEGABYTE
    if round_up:
        value = math.ceil(value * 10) / 10
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
