"""Capture every screen and dialog of the app in one theme and text size (run under Xvfb, with the
screen set to the size to check, e.g. 800×600 or 1280×720).

    Xvfb :23 -screen 0 800x600x24 & DISPLAY=:23 openbox &
    DISPLAY=:23 .venv/bin/python tools/appearance_screenshots.py OUTDIR --theme dark --text-size 200
    DISPLAY=:23 .venv/bin/python tools/appearance_screenshots.py OUTDIR --language de   # German

The whole screen is captured each time, so a window or dialog larger than the screen shows up
cut off, as a learner would see it. Home, a question of every type and its feedback, results,
statistics, the flags dialog, the custom quiz dialog, the source viewer, the class report, the
worksheet dialog, an import report, About and Settings.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.classroom_screenshots import answer_for, simulate_class


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--text-size", type=int, default=100)
    parser.add_argument("--language", default="", help="de, uk…: the app in that language")
    parser.add_argument("--only", default="", help="comma-separated shot names to take")
    args = parser.parse_args()
    import random

    from PySide6.QtCore import QLocale, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from quizapp.core.models import QuestionType
    from quizapp.study import StudyRun
    from quizapp.ui.appearance import TEXT_SIZE_KEY, THEME_KEY
    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
    from quizapp.ui.flags_dialog import FlagsDialog
    from quizapp.ui.languages import LANGUAGE_KEY, install_translation
    from quizapp.ui.main_window import MainWindow

    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="quizapp-appearance-"))
    data = work / "data"
    data.mkdir()
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(THEME_KEY, args.theme)
    settings.setValue(TEXT_SIZE_KEY, args.text_size)
    if args.language:
        settings.setValue(LANGUAGE_KEY, args.language)
    settings.sync()
    wanted = set(filter(None, args.only.split(",")))

    app = make_application(["quizapp"])
    install_translation(app, settings)  # as the app does at start: the language, else English
    if args.language:
        QLocale.setDefault(QLocale(args.language))
    window = MainWindow(open_context(data))
    window.showMaximized()

    def settle() -> None:
        for _ in range(8):
            app.processEvents()
            time.sleep(0.05)

    def shot(name: str) -> None:
        if wanted and name not in wanted:
            return
        settle()
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def close(widget: QWidget) -> None:
        widget.close()
        settle()

    while not window.loaded_packs():
        window.runner.wait()
        settle()
    shot("01-home")
    pack = window.loaded_packs()[0]
    by_type = {}
    for question in pack.questions:
        by_type.setdefault(question.type, question)
    window.begin(StudyRun(pack, window.profile, window.history, questions=list(by_type.values())))
    quiz = window.quiz
    rng = random.Random(3)
    for number, kind in enumerate(by_type, start=1):
        assert quiz.view is not None and quiz.input is not None and quiz.run is not None
        question = quiz.view.question
        shot(f"02-question-{number}-{kind.value}")
        right = number % 2 == 0  # every other one wrong, to show both verdicts
        answer = answer_for(question, right, rng)
        if kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
            quiz.input.edit.setText(str(answer))  # type: ignore[attr-defined]
            QTest.keyClick(quiz, Qt.Key.Key_Return)
        else:
            submit_through_screen(quiz, question, answer)
        shot(f"03-feedback-{number}-{kind.value}")
        if number == 1:
            quiz.open_first_citation()
            shot("04-source-viewer")
            for viewer in window.source_viewers.values():
                close(viewer)
            window.activateWindow()
        QTest.keyClick(quiz, Qt.Key.Key_Return)
    shot("05-results")
    window.go_home()
    window.runner.wait()
    window.show_statistics()
    shot("06-statistics")
    window.go_home()
    window.history.flag_question(window.profile.id, pack.id, pack.questions[0].id,
                                 "The date in the explanation looks wrong to me.")
    flags = FlagsDialog(pack, window.history.flags(pack.id), window)
    flags.show()
    shot("07-flags-dialog")
    close(flags)
    custom = CustomQuizDialog(pack, window)
    custom.show()
    shot("08-custom-quiz-dialog")
    close(custom)
    simulate_class(Path(pack.path), work / "class")
    report = window.classroom.show_class_report()
    report.add([work / "class"])
    report.runner.wait()
    report.tabs.setCurrentIndex(1)
    shot("09-class-report")
    close(report)
    window.classroom.print_worksheet()
    if window.classroom.worksheet_dialog is not None:
        shot("10-worksheet-dialog")
        close(window.classroom.worksheet_dialog)
    lines = [f"questions.gift:{12 * n}: warning: question {n} skipped: Moodle's "
             "'essay' type has no answer quizapp can check" for n in range(1, 9)]
    report_dialog = window.interop.show_report("Imported 42 questions", "42 questions imported "
                                               "into “Biology 3”; 8 skipped (listed below).",
                                               lines)
    shot("11-import-report")
    close(report_dialog)
    about = window.show_about()
    shot("12-about")
    close(about)
    settings_dialog = window.view.show_settings()
    shot("13-settings")
    close(settings_dialog)
    window.close()
    QApplication.processEvents()
    return 0


def submit_through_screen(quiz: object, question: object, answer: object) -> None:
    """Give ``answer`` with the widgets (choice keys, list moves, drop-downs), then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.core.models import Question, QuestionType

    assert isinstance(question, Question)
    view, answer_input = quiz.view, quiz.input  # type: ignore[attr-defined]
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        picked = answer if isinstance(answer, frozenset) else {answer}
        for index in sorted(picked):  # type: ignore[arg-type]
            answer_input.pick(view.choice_order.index(index) + 1)
    elif kind is QuestionType.TRUE_FALSE:
        answer_input.pick(1 if answer else 2)
    elif kind is QuestionType.ORDERING:
        for target, original in enumerate(answer):  # type: ignore[arg-type]
            row = answer_input.current_order().index(original)
            answer_input.list.setCurrentIndex(answer_input.model.index(row, 0))
            for _ in range(row - target):
                answer_input.move_current(-1)
    else:
        for row, original in enumerate(answer):  # type: ignore[arg-type]
            answer_input.choose(row, original)
    QTest.keyClick(quiz, Qt.Key.Key_Return)  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
