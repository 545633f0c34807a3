"""Validation grows in proportion to the pack, never with its square.

Time is not measured (it varies); the number of function calls is, which is exact: a pack four
times larger must take at most about four times the calls. These shapes took 12 s to 195 s at
a few thousand questions when a per-question step scanned all earlier diagnostics, every
passage, or every id.
"""

from __future__ import annotations

import sys
from types import FrameType

import pytest

from benchmarks.bench_validation import (
    Build,
    many_questions,
    many_warnings,
    unknown_passages,
    wrong_quotes,
)
from quizapp.core.validation import validate_pack_data


def calls_to_validate(build: Build, n: int) -> int:
    data, source = build(n)
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        result = validate_pack_data(data, file="scaling.yaml", read_source=lambda _: source)
    finally:
        sys.setprofile(None)
    assert result.diagnostics  # every shape here has problems to report
    return count


@pytest.mark.parametrize("build", [many_warnings, many_questions, wrong_quotes,
                                   unknown_passages])
def test_four_times_the_pack_costs_about_four_times_the_work(build: Build) -> None:
    small, large = calls_to_validate(build, 250), calls_to_validate(build, 1000)
    assert large / small < 4.6, f"{large:,} calls for 4n against {small:,} for n"
