"""Walk through the app's screens and save a screen capture of each (run under Xvfb).

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshots.py OUTDIR [--dark] [--scale 2]

Used to look at every UI change and to make the README screenshot. Drives the real window with
key presses, so what is captured is what a learner would see.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def apply_dark_palette(app: object) -> None:
    """A dark desktop palette, to check every screen reads in dark mode too."""
    from PySide6.QtGui import QPalette

    app.setStyle("Fusion")  # type: ignore[attr-defined]
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.AlternateBase, "#232427"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#2d2e31"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.Link, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#202124")):
        palette.setColor(role, colour)
    app.setPalette(palette)  # type: ignore[attr-defined]
    app.setStyleSheet(app.styleSheet())  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--whole-pack", action="store_true",
                        help="also play the whole first pack, right answers by keyboard, "
                        "capturing every 15th feedback panel")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.main_window import MainWindow

    app = make_application(["quizapp"])
    if args.dark:
        apply_dark_palette(app)
    args.outdir.mkdir(parents=True, exist_ok=True)
    context = open_context(Path(tempfile.mkdtemp()))
    window = MainWindow(context)
    window.resize(1100, 780)
    window.show()
    window.runner.wait()
    QTest.qWait(300)

    def shot(name: str) -> None:
        capture(window, args.outdir / f"{name}.png")

    shot("1-home")
    QTest.keyClick(window.home.table, Qt.Key.Key_Return)
    QTest.qWait(200)
    quiz = window.quiz
    run = quiz.run
    assert run is not None
    # one question of each type, answered wrongly first time round to show the marks
    from quizapp.study import StudyRun

    by_type = {}
    for question in run.pack.questions:
        by_type.setdefault(question.type, question)
    window.begin(StudyRun(run.pack, window.profile, window.history,
                          questions=list(by_type.values())))
    for number in range(len(by_type)):
        assert quiz.input is not None and quiz.view is not None
        kind = quiz.view.question.type.value
        shot(f"2-question-{number + 1}-{kind}")
        quiz.input.pick(2)
        if hasattr(quiz.input, "edit"):
            quiz.input.edit.setText("1990")
        if hasattr(quiz.input, "combos"):
            for combo in quiz.input.combos:
                combo.setCurrentIndex(1)
        QTest.keyClick(quiz, Qt.Key.Key_Return)
        shot(f"3-feedback-{number + 1}-{kind}")
        if number == 0:
            quiz.open_first_citation()
            QTest.qWait(300)
            shot("4-source")
            for viewer in window.source_viewers.values():
                viewer.close()
            window.activateWindow()
        QTest.keyClick(quiz, Qt.Key.Key_Return)
    shot("5-results")
    window.go_home()
    window.runner.wait()
    QTest.qWait(200)
    shot("6-home-after")
    window.show_statistics()
    QTest.qWait(300)
    shot("7-statistics")
    if args.whole_pack:
        play_whole_pack(window, quiz, shot)
    window.close()
    return 0


def capture(window: object, path: Path) -> None:
    """The active window (a dialog, or else ``window``) with its frame, as the screen shows it."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.qWait(250)
    screen = QGuiApplication.primaryScreen()
    target = QApplication.activeWindow() or window
    pixmap = screen.grabWindow(0, target.x(), target.y(),  # type: ignore[attr-defined]
                               target.frameGeometry().width(),  # type: ignore[attr-defined]
                               target.frameGeometry().height())  # type: ignore[attr-defined]
    pixmap.save(str(path))
    print(path)


def play_whole_pack(window: object, quiz: object, shot: object) -> None:
    """Answer every question right, as a learner would by keyboard, and look at some panels."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.core.models import QuestionType

    window.go_home()  # type: ignore[attr-defined]
    window.runner.wait()  # type: ignore[attr-defined]
    window.start_quiz(window.home.current_row().pack)  # type: ignore[attr-defined]
    number = 0
    while quiz.view is not None and quiz.run is not None and not quiz.run.session.finished:  # type: ignore[attr-defined]
        view, answer_input = quiz.view, quiz.input  # type: ignore[attr-defined]
        question = view.question
        kind = question.type
        if kind is QuestionType.SINGLE:
            correct = next(i for i, c in enumerate(question.choices) if c.correct)
            answer_input.pick(view.choice_order.index(correct) + 1)
        elif kind is QuestionType.MULTIPLE:
            for i, choice in enumerate(question.choices):
                if choice.correct:
                    answer_input.pick(view.choice_order.index(i) + 1)
        elif kind is QuestionType.TRUE_FALSE:
            answer_input.pick(1 if question.truth else 2)
        elif kind is QuestionType.SHORT_ANSWER:
            answer_input.edit.setText(question.accept[0])
        elif kind is QuestionType.NUMERIC:
            answer_input.edit.setText(f"{question.number:,.0f}")
        elif kind is QuestionType.ORDERING:
            for target in range(len(question.items)):
                row = answer_input.current_order().index(target)
                answer_input.list.setCurrentIndex(answer_input.model.index(row, 0))
                for _ in range(row - target):
                    answer_input.move_current(-1)
        else:
            for row in range(len(question.pairs)):
                answer_input.choose(row, row)
        QTest.keyClick(quiz, Qt.Key.Key_Return)
        result = quiz.result  # type: ignore[attr-defined]
        assert result is not None and result.correct, question.id
        number += 1
        if number % 15 == 0:
            shot(f"8-whole-pack-{number:03d}-{kind.value}")  # type: ignore[operator]
        QTest.keyClick(quiz, Qt.Key.Key_Return)
    shot("9-whole-pack-results")  # type: ignore[operator]
    print(f"played {number} questions, all answered right")


if __name__ == "__main__":
    sys.exit(main())
