"""Every limit quizapp puts on what it reads, in one place.

Packs and imported files come from strangers, so each limit says how much the app reads before it
refuses, with a clear message, rather than freezing or running out of memory. They are set by
what the app handles safely on a modest computer (2 cores, a few GB of memory), measured with
``benchmarks/bench_limits.py``: a pack at the byte or the question limit loads in about 2.5 s
and under 260 MB. Raise one only together with that measurement. ``docs/reliability.md`` explains
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

MAX_TYPED_ANSWER = 300
"""Characters of a typed answer that grading reads; the rest is ignored."""

# -- bundles (.quizpack zip files) -------------------------------------------------------------
MAX_BUNDLE_BYTES = 200 * MEGABYTE
"""The ``.quizpack`` file itself."""

MAX_BUNDLE_ENTRIES = 2000
"""Files in one bundle: a pack, its source and its images."""

MAX_BUNDLE_FILE_BYTES = MAX_PACK_BYTES
"""One file unpacked from a bundle, counted while unpacking: a pack or source at its own limit
fits."""

MAX_BUNDLE_TOTAL_BYTES = 200 * MEGABYTE
"""All the files of one bundle unpacked."""

MAX_COMPRESSION_RATIO = 200
"""Unpacked to packed size of a file over 1 MB; only zip bombs go beyond (text reaches ~10)."""

# -- imported and classroom files --------------------------------------------------------------
MAX_IMPORT_BYTES = 20 * MEGABYTE
"""A GIFT, Aiken, Moodle XML or CSV file to import."""

MAX_IMPORTED_IMAGE_BYTES = 5 * MEGABYTE
"""One image embedded in a Moodle XML file; larger ones are left out of the import."""

MAX_RESULTS_BYTES = 10 * MEGABYTE
"""A class results file; one session's results are far smaller."""

# -- live sessions (what students' browsers may send) -------------------------------------------
MAX_LIVE_MESSAGE_BYTES = 4096
"""One message from a student; the longest real one (a typed answer) is far smaller."""

MAX_LIVE_TEXT_ANSWER = 200
"""Characters of a typed answer sent in a live session."""

MAX_LIVE_LIST_ANSWER = 40
"""Items of an ordering or matching answer sent in a live session."""

MAX_LIVE_NAME = 30
"""Characters of a student's name in a live session."""

MAX_LIVE_SEATS = 200
"""Students in one live session."""

MAX_LIVE_CONNECTIONS = 400
"""Open connections to one live session (students reconnect, so more than seats)."""

MAX_LIVE_WAITING = 64
"""Connections that have not yet sent their request; more are refused (a slow-loris guard)."""

MAX_LIVE_BAD_MESSAGES = 5
"""Malformed messages before a connection is closed."""

MAX_LIVE_WRONG_PINS = 3
"""Wrong session PINs one connection may try."""

# -- history -----------------------------------------------------------------------------------
MAX_PROFILE_NAME = 60
"""Characters in a learner's name."""

# -- the app's own files ------------------------------------------------------------------------
MAX_PACK_CACHE_BYTES = 512 * MEGABYTE
"""The pack cache (validated packs, in the app's cache folder): about 170 packs of 10,000
questions; the entries used longest ago are removed first."""

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

KEEP_WHOLE_QUESTIONS = 2_000
"""A listed pack of up to this many questions is kept whole beside its summary (a few hundred
kB, and starting it reads nothing); a bigger one is held as a summary only and loaded whole
(from the pack cache: about 55 ms for 10,000 questions) when it is opened."""
