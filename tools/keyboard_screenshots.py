"""Use the app by keyboard alone and capture what a learner sees: focus on each screen, the
feedback with focus on its verdict, *Read in context* focused and its source, results,
statistics and Help → Keyboard shortcuts (F1). Every key goes to the focused widget, as typed.
Run under Xvfb at the size to check:

    Xvfb :21 -screen 0 1280x800x24 & DISPLAY=:21 openbox &
    DISPLAY=:21 .venv/bin/python tools/keyboard_screenshots.py OUTDIR

It also prints, for each screen, the Tab order as a screen reader names it (role, name).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from quizapp.core.models import QuestionType
    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.main_window import MainWindow

    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="quizapp-keys-")) / "data"
    data.mkdir()
    app = make_application(["quizapp"])
    window = MainWindow(open_context(data))
    window.showMaximized()

    def settle(rounds: int = 8) -> None:
        for _ in range(rounds):
            app.processEvents()
            time.sleep(0.05)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def key(code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(focused(), code, modifier)
            settle(2)

    def shot(name: str) -> None:
        settle()
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def said(widget: QWidget) -> str:
        face = QAccessible.queryAccessibleInterface(widget)
        role = face.role().name if face else "?"
        return f"{role}: {face.text(QAccessible.Text.Name) if face else ''}"

    def tab_order(title: str) -> None:
        start = focused()
        names = [said(start)]
        for _ in range(40):
            key(Qt.Key.Key_Tab)
            if focused() is start:
                break
            names.append(said(focused()))
        print(f"== {title}\n  " + "\n  ".join(names))

    while not window.loaded_packs():
        window.runner.wait()
        settle()
    settle()
    shot("keys-home")
    tab_order("home")
    key(Qt.Key.Key_Return)  # the bundled pack, Practice
    for _ in range(40):
        quiz = window.quiz
        if quiz.view is None or quiz.input is None:
            break
        kind = quiz.view.question.type
        if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
            key(Qt.Key.Key_2)
            shot("keys-question")
            tab_order("single choice question")
            key(Qt.Key.Key_Return)
            shot("keys-feedback-verdict")
            tab_order("feedback")
            for _ in range(12):
                if focused().objectName() == "readInContext":
                    break
                key(Qt.Key.Key_Tab)
            shot("keys-read-in-context")
            key(Qt.Key.Key_Return)
            settle(20)
            shot("keys-source")
            key(Qt.Key.Key_Escape)
            window.activateWindow()
            settle()
            break
        key(Qt.Key.Key_Escape)
        break
    key(Qt.Key.Key_F1)
    settle(10)
    shot("keys-f1")
    tab_order("keyboard shortcuts")
    key(Qt.Key.Key_Escape)
    window.go_home()  # (Esc would ask whether to leave: the answers are saved either way)
    settle()
    key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(10)
    tab_order("statistics")
    for _ in range(10):
        if focused() is window.statistics.accuracy_chart:
            break
        key(Qt.Key.Key_Tab)
    shot("keys-statistics-chart")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
