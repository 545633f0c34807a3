"""Run by test_resume_after_kill in a subprocess: answer some questions, then wait to be killed.

    python -m tests.ui.resume_driver DATA_DIR PACKS_DIR ANSWERS
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    data_dir, packs_dir, answers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from quizapp.storage import HistoryStore, open_database
    from quizapp.ui.application import make_application
    from quizapp.ui.main_window import AppContext, MainWindow
    from quizapp.ui.quiz_preferences import QUESTION_ORDER_KEY

    app = make_application(["resume-driver"])
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(QUESTION_ORDER_KEY, "false")  # key 1 answers the mini pack's first three
    context = AppContext(
        history=HistoryStore(open_database(data_dir / "quizapp.sqlite3")),
        settings=settings,
        bundled_dir=packs_dir,
    )
    window = MainWindow(context)
    window.show()
    window.runner.wait()
    app.processEvents()
    window.start_quiz(window.home.current_row().pack)  # type: ignore[union-attr]
    run = window.quiz.run
    assert run is not None
    order = run.session.views_of("river-mouth").choice_order
    print("ORDER", ",".join(map(str, order)), flush=True)
    for _ in range(answers):
        QTest.keyClick(window.quiz, Qt.Key.Key_1)
        if window.quiz.input is not None and window.quiz.input.answer() is None:
            window.quiz.input.pick(1)
        QTest.keyClick(window.quiz, Qt.Key.Key_Return)
        QTest.keyClick(window.quiz, Qt.Key.Key_Return)
    print("ANSWERED", run.session.score, flush=True)
    while True:  # wait for kill -9, like a power cut mid-quiz
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main()
