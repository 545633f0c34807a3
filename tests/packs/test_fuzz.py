"""Any file a stranger sends becomes a pack or located errors: never a traceback, never a hang.

A bounded run for every test session (Hypothesis, shrinking any failure to a small input); the
long run of 100,000+ inputs is ``tools/fuzz_packs.py`` (its last result is in the README).
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.packs import check_pack_file
from tests.pack_fuzzing import SOURCE, hostile_pack, read_and_validate

# a few seconds on a busy CI machine; "never a hang" is the per-input deadline
BOUNDED = settings(max_examples=4000, deadline=timedelta(seconds=5),
                   suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(st.randoms(use_true_random=False))
def test_hostile_packs_end_in_a_pack_or_located_errors(rng: random.Random) -> None:
    read_and_validate(hostile_pack(rng))


@settings(max_examples=100, deadline=timedelta(seconds=5))
@given(st.randoms(use_true_random=False))
def test_the_whole_road_from_the_file(tmp_path_factory: pytest.TempPathFactory,
                                      rng: random.Random) -> None:
    """Through ``check_pack_file``, file reading and source lookup included."""
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "source.md").write_text(SOURCE, encoding="utf-8")
    (folder / "pack.yaml").write_bytes(hostile_pack(rng))
    result = check_pack_file(folder / "pack.yaml")
    assert result.pack is not None or (result.errors and all(
        d.line >= 1 and d.column >= 1 for d in result.diagnostics))


def test_the_generator_reaches_every_outcome() -> None:
    """A fuzzer that only ever produced YAML errors would test nothing past the parser."""
    rng = random.Random(7)
    kinds = {read_and_validate(hostile_pack(rng)).kind for _ in range(400)}
    assert kinds == {"pack", "yaml error", "invalid", "unreadable"}
