"""Run by test_exam_resumes_after_a_kill in a subprocess: sit part of an exam, then wait to be
killed (like a crash or a power cut).

    python -m tests.ui.classroom.exam_resume_driver DATA_DIR PACKS_DIR

The exam runs on a clock this driver moves by hand: 125 seconds pass, then one more moment that
the screen's timer has not saved yet when the process dies.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    data_dir, packs_dir = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from quizapp.core.models import ExamPreset
    from quizapp.storage import HistoryStore, open_database
    from quizapp.ui.application import make_application
    from quizapp.ui.main_window import AppContext, MainWindow
    from tests.fake_clock import FakeClock
    from tests.ui.conftest import key_for_correct_choice

    app = make_application(["exam-resume-driver"])
    context = AppContext(
        history=HistoryStore(open_database(data_dir / "quizapp.sqlite3")),
        settings=QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat),
        bundled_dir=packs_dir,
    )
    window = MainWindow(context)
    window.show()
    window.runner.wait()
    app.processEvents()
    clock = FakeClock()
    window.exams.clock = clock
    pack = window.home.current_row().pack  # type: ignore[union-attr]
    assert pack is not None
    window.exams.start(pack, ExamPreset("check", "Atlas check", time_limit_minutes=10,
                                        shuffle=False))
    screen = window.exams.screen
    run = screen.run
    assert run is not None
    QTest.keyClick(screen, key_for_correct_choice(run.session.current()))  # question 1
    QTest.keyClick(screen, Qt.Key.Key_Return)
    QTest.keyClick(screen, Qt.Key.Key_1)  # question 2, one choice ticked
    QTest.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    clock.advance(125)
    screen.tick()
    clock.advance(0.5)  # not saved: the process dies before the next tick
    print("ORDER", ",".join(map(str, run.session.views[1].choice_order)), flush=True)
    print("LEFT", screen.countdown.text(), flush=True)
    while True:  # wait for kill -9
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main()
