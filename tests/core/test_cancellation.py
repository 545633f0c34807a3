"""A yielding cancel check still stops the work when asked to."""

from __future__ import annotations

import pytest

from quizapp.core.cancellation import Cancelled, check, yielding


def test_a_yielding_check_passes_the_answer_on() -> None:
    stop = [False]
    polite = yielding(lambda: stop[0], every=0.0, pause=0.0)
    check(polite)  # not cancelled: nothing happens
    stop[0] = True
    with pytest.raises(Cancelled):
        check(polite)
