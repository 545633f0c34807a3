"""The long fuzz run of the pack reader and validator (CI runs a bounded one: tests/packs/test_fuzz.py).

    .venv/bin/python tools/fuzz_packs.py                      # 100,000 inputs, seed 1
    .venv/bin/python tools/fuzz_packs.py --inputs 20000 --seed 5 --failures /tmp/fuzz

Every input must end in a pack or in errors naming a file, line and column. Inputs that break the
rule are written to ``--failures`` (one file each) to be replayed with ``quizapp validate``. The
report gives the outcomes, the time per input (median, 99th percentile, slowest: "never a hang")
and the largest input. Runs in one process, so it can be left to a couple of minutes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from tests.pack_fuzzing import hostile_pack, read_and_validate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures"),
                        help="folder for inputs that break the rule (made only if needed)")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    outcomes: Counter[str] = Counter()
    times: list[float] = []
    slowest = (0.0, b"")
    largest = 0
    failures = 0
    started = time.perf_counter()
    for number in range(arguments.inputs):
        data = hostile_pack(rng)
        largest = max(largest, len(data))
        began = time.perf_counter()
        try:
            outcomes[read_and_validate(data).kind] += 1
        except Exception:  # the rule is broken: keep the input and go on
            failures += 1
            arguments.failures.mkdir(parents=True, exist_ok=True)
            (arguments.failures / f"input-{number}.yaml").write_bytes(data)
            (arguments.failures / f"input-{number}.txt").write_text(traceback.format_exc())
        spent = time.perf_counter() - began
        times.append(spent)
        if spent > slowest[0]:
            slowest = (spent, data)
    total = time.perf_counter() - started
    times.sort()
    print(f"{arguments.inputs:,} inputs (seed {arguments.seed}) in {total:.0f} s")
    print("outcomes: " + ", ".join(f"{kind} {count:,}" for kind, count in outcomes.most_common()))
    print(f"per input: median {1000 * statistics.median(times):.2f} ms, "
          f"99th percentile {1000 * times[int(0.99 * (len(times) - 1))]:.2f} ms, "
          f"slowest {1000 * slowest[0]:.1f} ms ({len(slowest[1]):,} bytes); "
          f"largest input {largest:,} bytes")
    print(f"rule broken: {failures}" + (f" (inputs in {arguments.failures})" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
