"""The classroom's slow paths: a big class report and a whole-pack worksheet with its key.

    python benchmarks/bench_classroom.py                 # 200 learners, the bundled pack
    python benchmarks/bench_classroom.py --learners 40

Class report: results files of the bundled pack's 121 questions for every learner, read, sorted
out and analysed; the baseline is reading and parsing the same files with json.loads alone, so the
ratio is what checking and item analysis add. Worksheet: the whole bank (121 questions) laid out
and painted to PDF, with and without its key; the baseline is a one-page PDF with one line of text,
so the ratio is the cost per worksheet over the fixed cost of a PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizapp.classroom.class_report import build_class_report
from quizapp.classroom.results_file import (
    ResultAnswer,
    SessionResults,
    pack_content_hash,
    write_results_file,
)
from quizapp.classroom.worksheet_layout import WorksheetOptions, build_worksheet
from quizapp.packs import load_pack

PACK = Path(__file__).resolve().parents[1] / "questions" / "nato-flashpoint" / "pack.yaml"


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(1000 * (time.perf_counter() - start))
    return statistics.median(timings)


def write_class(folder: Path, learners: int) -> None:
    pack = load_pack(PACK)
    content_hash = pack_content_hash(pack)
    rng = random.Random(1)
    for number in range(learners):
        ability = rng.random()
        answers = tuple(
            ResultAnswer(q.id, q.type.value, 0, rng.choice("ABCD"), rng.random() < ability,
                         rng.uniform(3, 40), "2026-12-01T08:00:00+00:00", q.section_id)
            for q in pack.questions)
        write_results_file(folder / f"{number:04d}.json", SessionResults(
            pack.id, pack.version, pack.title, content_hash, f"Learner {number}", str(number),
            "exam", "2026-12-01T08:00:00+00:00", "2026-12-01T08:30:00+00:00", answers))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

    from quizapp.ui.classroom.worksheet_pdf import PdfJob

    app = QGuiApplication(["bench"])
    work = Path(tempfile.mkdtemp(prefix="bench-classroom-"))
    write_class(work / "class", args.learners)
    files = sorted((work / "class").glob("*.json"))

    def parse_only() -> None:
        for path in files:
            json.loads(path.read_text(encoding="utf-8"))

    baseline = median_ms(parse_only, args.runs)
    report = median_ms(lambda: build_class_report([work / "class"]), args.runs)
    print(f"class report, {args.learners} learners x 121 questions:")
    print(f"  json.loads of every file (baseline) {baseline:8.1f} ms   1.0")
    print(f"  build_class_report                  {report:8.1f} ms  {report / baseline:5.1f}")

    sheet = build_worksheet(load_pack(PACK), WorksheetOptions(seed=1))

    def one_line_pdf() -> None:
        writer = QPdfWriter(str(work / "line.pdf"))
        painter = QPainter(writer)
        painter.drawText(100, 100, "quizapp")
        painter.end()

    pdf_baseline = median_ms(one_line_pdf, args.runs)
    worksheet = median_ms(lambda: PdfJob(work / "sheet.pdf", sheet).run(), args.runs)
    key = median_ms(lambda: PdfJob(work / "key.pdf", sheet, key=True).run(), args.runs)
    print("worksheet of the whole bank (121 questions):")
    print(f"  one-line PDF (baseline)             {pdf_baseline:8.1f} ms   1.0")
    print(f"  worksheet PDF                       {worksheet:8.1f} ms  {worksheet / pdf_baseline:5.1f}")
    print(f"  answer key PDF                      {key:8.1f} ms  {key / pdf_baseline:5.1f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
