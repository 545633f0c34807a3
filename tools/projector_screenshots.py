"""Capture projector mode under Xvfb, the way a teacher drives it (keys only).

    Xvfb :NN -screen 0 1920x1080x24 & DISPLAY=:NN openbox &
    DISPLAY=:NN .venv/bin/python tools/projector_screenshots.py OUTDIR [--dark] [--question ID ...]

Opens the main window, presses F5 with the bundled pack chosen, and captures the whole screen at
each step: the title card, then question, answer and explanation of each chosen question (by
default one of every type), the help overlay and the end card. ``--dark`` gives the app a dark
palette, as a dark desktop theme does. ``--countdown S`` sets a countdown first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--question", action="append", default=[])
    parser.add_argument("--countdown", type=int, default=0)
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.classroom.projector_mode import COUNTDOWN_KEY
    from quizapp.ui.main_window import MainWindow
    from tools.screenshots import apply_dark_palette

    app = make_application(["quizapp"])
    if args.dark:
        apply_dark_palette(app)
    args.outdir.mkdir(parents=True, exist_ok=True)
    context = open_context(Path(tempfile.mkdtemp()))
    context.settings.setValue(COUNTDOWN_KEY, args.countdown)
    window = MainWindow(context)
    window.show()
    window.runner.wait()
    QTest.qWait(300)
    size = QGuiApplication.primaryScreen().geometry()
    tag = f"{size.width()}x{size.height()}-{'dark' if args.dark else 'light'}"

    def shot(name: str) -> None:
        QTest.qWait(300)
        pixmap = QGuiApplication.primaryScreen().grabWindow(0)
        path = args.outdir / f"{tag}-{name}.png"
        pixmap.save(str(path))
        print(path)

    QTest.keyClick(window.home.table, Qt.Key.Key_F5)
    mode = window.projector.mode
    assert mode is not None
    target = mode.window
    shot("0-title")
    wanted = args.question or _one_of_each_type(mode)
    for number, view in enumerate(mode.views):
        if view.question.id not in wanted:
            continue
        QTest.keyClick(target, Qt.Key.Key_Home)
        for _ in range(number):
            QTest.keyClick(target, Qt.Key.Key_Right)
        name = f"{number + 1:03d}-{view.question.type.value}"
        shot(f"{name}-1-question")
        QTest.keyClick(target, Qt.Key.Key_Space)
        shot(f"{name}-2-answer")
        QTest.keyClick(target, Qt.Key.Key_Space)
        shot(f"{name}-3-explanation")
        print(view.question.id, "body text px:", mode.stage.body_pixels)
    QTest.keyClick(target, Qt.Key.Key_F1)
    shot("8-help")
    QTest.keyClick(target, Qt.Key.Key_Escape)
    QTest.keyClick(target, Qt.Key.Key_End)
    for _ in range(3):
        QTest.keyClick(target, Qt.Key.Key_Space)
    shot("9-end")
    QTest.keyClick(target, Qt.Key.Key_Escape)
    QApplication.processEvents()
    shot("10-home-after")
    window.close()
    return 0


def _one_of_each_type(mode: object) -> list[str]:
    seen: dict[str, str] = {}
    for view in mode.views:  # type: ignore[attr-defined]
        seen.setdefault(view.question.type.value, view.question.id)
    return list(seen.values())


if __name__ == "__main__":
    sys.exit(main())
