"""Sit an exam on the bundled pack and capture each of its screens (run under Xvfb).

    DISPLAY=:N .venv/bin/python tools/exam_screenshots.py OUTDIR [--dark] [--scale 2]
        [--size 1280x800] [--points 11]

The exam runs on a clock this script moves by hand, so the 5-minute warning and the end of time
are shown without waiting. Keys are sent as a learner would press them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.screenshots import apply_dark_palette, capture


class HandClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--points", type=int, default=0, help="the app's text size (0: default)")
    parser.add_argument("--exam-pages-only", action="store_true",
                        help="take the other screens out of the window, so that it can be as "
                        "narrow as the exam's own screens allow")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from quizapp.core.models import ExamPreset
    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.main_window import MainWindow

    app = make_application(["quizapp"])
    if args.dark:
        apply_dark_palette(app)
    if args.points:
        font = app.font()
        font.setPointSize(args.points)
        app.setFont(font)
    args.outdir.mkdir(parents=True, exist_ok=True)
    context = open_context(Path(tempfile.mkdtemp()))
    window = MainWindow(context)
    if args.exam_pages_only:
        for page in (window.home, window.quiz, window.results, window.statistics):
            window.stack.removeWidget(page)
    width, height = (int(n) for n in args.size.split("x"))
    scale = float(args.scale)
    window.resize(int(width / scale), int(height / scale) - 40)
    window.show()
    window.runner.wait()
    QTest.qWait(300)

    def shot(name: str) -> None:
        capture(window, args.outdir / f"{name}.png")

    def key(code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or window, code, modifier)
        QTest.qWait(50)

    row = window.home.current_row()
    assert row is not None and row.pack is not None
    pack = row.pack
    clock = HandClock()
    window.exams.clock = clock
    exams = window.exams
    exams.start(pack, ExamPreset("unit", "Unit test", count=12, time_limit_minutes=20,
                                 seed=7))
    screen = exams.screen
    run = screen.run
    assert run is not None
    for number in range(6):  # six answered by keyboard, the third one wrong, the second flagged
        view = run.session.current()
        question = view.question
        kind = question.type.value
        if kind == "single":
            correct = next(i for i, c in enumerate(question.choices) if c.correct)
            pick = view.choice_order.index(correct) + (1 if number == 2 else 0)
            key(Qt.Key(Qt.Key.Key_1 + pick % len(question.choices)))
        elif kind == "multiple":
            for index, choice in enumerate(question.choices):
                if choice.correct:
                    key(Qt.Key(Qt.Key.Key_1 + view.choice_order.index(index)))
        elif kind == "true_false":
            key(Qt.Key.Key_1 if bool(question.truth) != (number == 2) else Qt.Key.Key_2)
        elif kind == "short_answer":
            QTest.keyClicks(QApplication.focusWidget(), question.accept[0])
        elif kind == "numeric":
            QTest.keyClicks(QApplication.focusWidget(), f"{question.number:g}")
        if number == 1:
            key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        clock.now += 40
        key(Qt.Key.Key_Return)
    shot("exam-1-question")
    clock.now = 15 * 60 + 1
    screen.tick()
    shot("exam-2-five-minutes-warning")
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Left)
    shot("exam-3-palette-focused")
    key(Qt.Key.Key_Return)
    shot("exam-4-back-to-question")
    screen.hand_in(timed_out=False)
    QTest.qWait(200)
    shot("exam-5-results")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    shot("exam-6-review-unanswered")
    if not args.exam_pages_only:
        window.go_home()
        window.runner.wait()
        QTest.qWait(200)
        window.home.mode_box.setCurrentIndex(window.home.mode_box.count() - 1)
        shot("exam-7-home-mode")
    from quizapp.ui.classroom.exam_dialog import ExamSetupDialog

    dialog = ExamSetupDialog(pack, exams.saved, window)
    dialog.show()
    dialog.activateWindow()
    QTest.qWait(300)
    shot("exam-8-dialog")
    dialog.close()
    exams.start(pack, ExamPreset("quick", "Quick check", count=5, time_limit_minutes=2))
    clock.now += 121
    screen.tick()
    QTest.qWait(200)
    shot("exam-9-time-up-results")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
