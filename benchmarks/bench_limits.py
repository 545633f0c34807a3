"""What a pack at quizapp's limits costs: time and memory, against libyaml alone on the same file.

    python benchmarks/bench_limits.py            # the three cases below
    python benchmarks/bench_limits.py --quick    # a tenth of each size

Cases (see ``quizapp/core/limits.py``): ``MAX_QUESTIONS`` questions; a file just under
``MAX_PACK_BYTES`` of long texts; a list of more than ``MAX_YAML_NODES`` one-character values,
which must be refused without building it. Each is measured in a fresh process (so peak memory
is the case's own) as the time of ``check_pack_file`` and, as the baseline of the same run,
``yaml.load(..., CSafeLoader)`` of the same file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from quizapp.core.limits import MAX_PACK_BYTES, MAX_QUESTIONS, MAX_YAML_NODES, megabytes

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "tests" / "fixtures" / "mini" / "source.md"

MEASURE = """
import json, resource, sys, time
from pathlib import Path
path, how = Path(sys.argv[1]), sys.argv[2]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
if how == "libyaml":
    import yaml
    try:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        outcome = "loaded"
    except yaml.YAMLError as error:
        outcome = type(error).__name__
else:
    from quizapp.packs import check_pack_file
    result = check_pack_file(path)
    outcome = (f"{len(result.pack.questions):,} questions" if result.pack else
               "refused: " + result.errors[0].message[:60])
seconds = time.perf_counter() - started
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"seconds": seconds, "megabytes": grown, "outcome": outcome}))
"""


def question(number: int, filler: str = "") -> str:
    return (f"  - id: q-{number}\n    type: single\n    prompt: Where does question {number} "
            f"point?{filler}\n    choices:\n      - {{text: Port Amber, correct: true}}\n"
            "      - {text: Hillcross}\n      - {text: Dunmoor}\n"
            f"    explanation: The river runs to the sea at Port Amber.{filler}\n"
            "    cite: {passage: atlas-1, quote: to the sea at Port Amber}\n")


HEAD = ("format: quizapp/1\nid: limits\ntitle: Limits\n"
        "source: {text: source.md, title: The Little Atlas}\nquestions:\n")


def write_cases(folder: Path, scale: float) -> dict[str, Path]:
    shutil.copy(SOURCE, folder / "source.md")
    questions = int(MAX_QUESTIONS * scale)
    many = folder / "many-questions.yaml"
    many.write_text(HEAD + "".join(question(n) for n in range(questions)), encoding="utf-8")
    filler = " " + "long words of explanation " * 120
    big = folder / "largest-file.yaml"
    limit = int(MAX_PACK_BYTES * scale) - 10_000
    with big.open("w", encoding="utf-8") as stream:
        stream.write(HEAD)
        size, number = len(HEAD), 0
        while size < limit:
            text = question(number, filler)
            stream.write(text)
            size += len(text.encode())
            number += 1
    nodes = folder / "too-many-values.yaml"
    nodes.write_text("[" + "1," * int((MAX_YAML_NODES + 1) * max(scale, 1.0)) + "]\n")
    return {f"{questions:,} questions ({megabytes(many.stat().st_size)})": many,
            f"{number:,} long questions ({megabytes(big.stat().st_size)})": big,
            f"more than {MAX_YAML_NODES:,} values ({megabytes(nodes.stat().st_size)})": nodes}


def measure(path: Path, how: str) -> dict[str, object]:
    output = subprocess.run([sys.executable, "-c", MEASURE, str(path), how], check=True,
                            capture_output=True, text=True, cwd=REPO).stdout
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each size")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cases = write_cases(Path(folder), 0.1 if arguments.quick else 1.0)
        print(f"{'case':44} {'quizapp':>9} {'libyaml':>9} {'ratio':>6} {'memory':>8}  outcome")
        for name, path in cases.items():
            ours, baseline = measure(path, "quizapp"), measure(path, "libyaml")
            ratio = float(ours["seconds"]) / max(float(baseline["seconds"]), 1e-9)  # type: ignore[arg-type]
            print(f"{name:44} {ours['seconds']:>8.2f}s {baseline['seconds']:>8.2f}s "
                  f"{ratio:>5.2f}x {ours['megabytes']:>6.0f}MB  {ours['outcome']}")


if __name__ == "__main__":
    main()
