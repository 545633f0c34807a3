"""Capture the classroom screens: a class report of a simulated class, the worksheet dialog, and
a worksheet page and answer-key page (run under Xvfb; pdftoppm renders the PDF pages).

    Xvfb :15 -screen 0 1280x800x24 & DISPLAY=:15 openbox &
    DISPLAY=:15 .venv/bin/python tools/classroom_screenshots.py OUTDIR [--scale 2]

The class is played through the same code a learner's quiz uses (StudyRun, history, results
files), each learner with their own chance of a right answer, so the report shows real spread.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NAMES = ("Ana", "Ben", "Chloé", "Dmytro", "Ede", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Kasia", "Liam", "Mona", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tess",
         "Uma", "Vik", "Wen", "Yara")


def answer_for(question: object, right: bool, rng: random.Random) -> object:
    """A right answer, or a plausible wrong one, in the form the engine grades."""
    from quizapp.core.models import Question, QuestionType

    assert isinstance(question, Question)
    kind = question.type
    if kind is QuestionType.SINGLE:
        indexes = [i for i, c in enumerate(question.choices) if c.correct == right]
        return rng.choice(indexes)
    if kind is QuestionType.MULTIPLE:
        keys = {i for i, c in enumerate(question.choices) if c.correct}
        return frozenset(keys if right else keys ^ {rng.randrange(len(question.choices))})
    if kind is QuestionType.TRUE_FALSE:
        return bool(question.truth) == right
    if kind is QuestionType.SHORT_ANSWER:
        return question.accept[0] if right else rng.choice(["Kharkiv", "Minsk", "no idea"])
    if kind is QuestionType.NUMERIC:
        number = question.number or 0.0
        return f"{number:g}" if right else f"{number * rng.choice((2, 3)) + 1:g}"
    count = len(question.items) if kind is QuestionType.ORDERING else len(question.pairs)
    order = list(range(count))
    if not right:
        order[0], order[1] = order[1], order[0]
    return tuple(order)


def simulate_class(pack_path: Path, folder: Path) -> None:
    from quizapp.classroom.results_file import write_results_file
    from quizapp.classroom.session_results import session_results
    from quizapp.packs import load_pack
    from quizapp.storage import HistoryStore, open_database
    from quizapp.storage.session_records import SessionRecords
    from quizapp.study import StudyRun

    pack = load_pack(pack_path)
    rng = random.Random(2026)
    history = HistoryStore(open_database(":memory:"))
    questions = [q for q in pack.questions if q.section_id in {"dispute", "promise",
                                                               "diplomacy"}][:30]
    for name in NAMES:
        ability = rng.uniform(0.35, 0.95)
        ticks = iter(range(0, 100_000, 17))  # seconds per answer vary with the learner's pace
        pace = rng.uniform(0.5, 2.0)
        run = StudyRun(pack, history.ensure_profile(name), history, questions=questions,
                       clock=lambda ticks=ticks, pace=pace: next(ticks) * pace)
        for question in questions:
            easy = 0.25 if question.difficulty == 1 else -0.15 if question.difficulty == 3 else 0
            run.submit(answer_for(question, rng.random() < ability + easy, rng))  # type: ignore[arg-type]
            run.advance()
        record = SessionRecords(history.db).session(run.session_id)
        assert record is not None
        write_results_file(folder / f"{name}.json", session_results(record, pack))
    (folder / "notes.json").write_text('{"not": "results"}', encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from quizapp.classroom.worksheet_layout import WorksheetOptions, build_worksheet
    from quizapp.packs import load_pack
    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.classroom.sizing import resize_within_screen
    from quizapp.ui.classroom.worksheet_pdf import PdfJob
    from quizapp.ui.main_window import MainWindow

    app = make_application(["quizapp"])
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="quizapp-classroom-"))
    pack_path = Path(__file__).resolve().parents[1] / "questions" / "nato-flashpoint" / "pack.yaml"
    simulate_class(pack_path, work / "class")

    def settle() -> None:
        for _ in range(6):  # the window manager maps and paints windows in its own time
            app.processEvents()
            time.sleep(0.05)

    def grab(widget: QWidget, name: str) -> None:
        """The window alone, as the user sees it (widget.grab paints it as shown)."""
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    window = MainWindow(open_context(work / "data"))
    window.show()
    while not window.loaded_packs():  # the report names questions from the packs at hand
        window.runner.wait()
        settle()
    report = window.classroom.show_class_report()
    resize_within_screen(report, 1240, 720)
    report.move(10, 10)
    report.add([work / "class"])
    window.runner.wait()
    report.runner.wait()
    settle()
    report.tabs.setCurrentIndex(1)
    report.questions.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    grab(report, "class-report.png")
    report.tabs.setCurrentIndex(0)
    grab(report, "class-report-learners.png")
    report.tabs.setCurrentIndex(3)
    grab(report, "class-report-left-out.png")
    report.close()
    window.classroom.print_worksheet()
    dialog = window.classroom.worksheet_dialog
    assert dialog is not None
    dialog.raise_()
    grab(dialog, "worksheet-dialog.png")
    dialog.reject()
    pack = load_pack(pack_path)
    sheet = build_worksheet(pack, WorksheetOptions(seed=4821, count=16, title="NATO and Russia: "
                                                   "quiz 2"))
    PdfJob(out / "worksheet.pdf", sheet).run()
    PdfJob(out / "worksheet-key.pdf", sheet, key=True).run()
    for name in ("worksheet", "worksheet-key"):
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2",
                        str(out / f"{name}.pdf"), str(out / name)], check=True)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
