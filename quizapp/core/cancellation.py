"""Stopping long work whose result is no longer wanted (the window was closed mid-validation).

Long loops (reading YAML, checking questions, parsing a source) call ``check`` now and then with
a function that says whether to stop; Python threads cannot be stopped from outside, so this is
how closing the window ends a validation at once instead of waiting for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

CancelCheck = Callable[[], bool]
"""Returns True once the work should stop."""


class Cancelled(Exception):
    """The work stopped early because ``CancelCheck`` said so; there is no result."""


def check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


def yielding(cancelled: CancelCheck, every: float = 0.010, pause: float = 0.0005) -> CancelCheck:
    """``cancelled``, which also steps aside for ``pause`` seconds every ``every`` seconds.

    A worker reading a big pack runs Python without pause; the UI thread then waits for the
    interpreter lock, and on a loaded machine it lost the race for it again and again: the
    window froze for up to 1.4 s while a folder of big packs was first read
    (``bench_big_folder.py``). Sleeping lets the lock go with nobody else taking it first.
    The long loops call their cancel check often (per question, every 4,096 YAML values), so
    this is where the worker yields: about 5 % of its time."""
    last = [time.perf_counter()]

    def check_and_yield() -> bool:
        now = time.perf_counter()
        if now - last[0] >= every:
            time.sleep(pause)
            last[0] = time.perf_counter()
        return cancelled()

    return check_and_yield
