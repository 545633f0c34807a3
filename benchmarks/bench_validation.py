"""Validation time as a pack grows: it must grow in proportion (linear), never with the square.

    python benchmarks/bench_validation.py              # sizes n and 4n of each case
    python benchmarks/bench_validation.py --scale 0.2  # a quick run

Each case builds pack data in memory (no YAML, so the validator alone is measured) at a size n
and at 4n, and reports both times and their ratio: about 4 means linear, about 16 quadratic.
The cases are the shapes that used to be quadratic: many warnings, many questions, many quotes
that are not in their passage, many passage ids that do not exist.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from quizapp.core.validation import validate_pack_data

Build = Callable[[int], tuple[dict[str, object], str]]


def source_text(passages: int) -> str:
    lines = ["# Atlas {#atlas}", ""]
    for number in range(passages):
        lines += [f"Town {number} lies on the river and trades wool and salt with its "
                  f"neighbours every market day of the year. {{#p-{number}}}", ""]
    return "\n".join(lines)


def question(number: int, *, prompt: str | None = None, passage: str = "p-0",
             quote: str = "lies on the river") -> dict[str, object]:
    return {
        "id": f"q-{number}", "type": "single", "prompt": prompt or f"Where is town {number}?",
        "choices": [{"text": "On the river", "correct": True}, {"text": "In the hills"}],
        "explanation": "The source says so.", "cite": {"passage": passage, "quote": quote},
    }


def pack(questions: list[dict[str, object]]) -> dict[str, object]:
    return {"format": "quizapp/1", "id": "bench", "title": "Bench",
            "source": {"text": "source.md", "title": "Atlas"}, "questions": questions}


def many_warnings(n: int) -> tuple[dict[str, object], str]:
    """Every question repeats the first one's prompt: n - 1 warnings."""
    return pack([question(i, prompt="Where?") for i in range(n)]), source_text(50)


def many_questions(n: int) -> tuple[dict[str, object], str]:
    """Valid questions, one warning in ten (a realistic pack being written)."""
    return pack([question(i, prompt="Same?" if i % 10 == 0 else None, passage=f"p-{i % 500}")
                  for i in range(n)]), source_text(500)


def wrong_quotes(n: int) -> tuple[dict[str, object], str]:
    """Every quote is missing from its passage and from every other one; a source of n passages."""
    return pack([question(i, passage=f"p-{i}", quote=f"words that are nowhere {i}")
                  for i in range(n)]), source_text(n)


def unknown_passages(n: int) -> tuple[dict[str, object], str]:
    """Every question cites a passage id that does not exist, among n real ones."""
    return pack([question(i, passage=f"p-{i}-typo") for i in range(n)]), source_text(n)


CASES: dict[str, tuple[Build, int]] = {
    "5,000 warnings": (many_warnings, 5000),
    "20,000 questions": (many_questions, 20000),
    "1,000 wrong quotes": (wrong_quotes, 1000),
    "1,000 unknown passage ids": (unknown_passages, 1000),
}


def seconds(build: Build, n: int) -> float:
    data, source = build(n)
    started = time.perf_counter()
    validate_pack_data(data, file="bench.yaml", read_source=lambda _: source)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--only", help="run only the case whose name contains this")
    arguments = parser.parse_args()
    print(f"{'case':28} {'n':>7} {'time n':>9} {'time 4n':>9} {'ratio':>6}")
    for name, (build, size) in CASES.items():
        if arguments.only and arguments.only not in name:
            continue
        n = max(10, int(size * arguments.scale) // 4)
        small, large = seconds(build, n), seconds(build, 4 * n)
        print(f"{name:28} {n:>7} {small:>8.2f}s {large:>8.2f}s {large / small:>6.1f}")


if __name__ == "__main__":
    main()
