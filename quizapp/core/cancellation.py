"""Stopping long work whose result is no longer wanted (the window was closed mid-validation).

Long loops (reading YAML, checking questions, parsing a source) call ``check`` now and then with
a function that says whether to stop; Python threads cannot be stopped from outside, so this is
how closing the window ends a validation at once instead of waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable

CancelCheck = Callable[[], bool]
"""Returns True once the work should stop."""


class Cancelled(Exception):
    """The work stopped early because ``CancelCheck`` said so; there is no result."""


def check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
