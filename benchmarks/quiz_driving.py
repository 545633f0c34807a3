"""Playing the real quiz screen from a benchmark, through the real event loop.

Shared by ``bench_feedback.py`` (how soon an answer's feedback and the next question are painted)
and ``bench_memory.py`` (what 1,000 answers leave behind). The main window is the app's own, on a
throwaway data folder, offscreen, with the app's style sheet. Answers are set up in the answer
widgets directly (not timed), then Enter is posted as a key event to the focused widget, the way a
key press arrives, and the event loop runs until the window has painted the result and gone idle.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from quizapp.core.models import Pack, QuestionType
from quizapp.storage import HistoryStore, open_database
from quizapp.study import StudyRun
from quizapp.ui.answer_inputs import ChoiceAnswer, MatchingAnswer, OrderingAnswer, TextAnswer
from quizapp.ui.application import make_application
from quizapp.ui.main_window import AppContext, MainWindow

BUNDLED = Path(__file__).resolve().parents[1] / "questions"
IDLE_MS = 60
"""The window counts as settled when this long passes with no paint: longer than any chain of
zero-timers and layout passes an answer starts, shorter than a text cursor's first blink."""


class PaintClock(QObject):
    """Notes when a top-level window last finished painting.

    Qt paints a window's dirty widgets in one pass when the window gets ``UpdateRequest``; the
    filter runs that pass itself so that it can note when it ends (the frame is in the backing
    store then, ready to be shown)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.last_paint_end = 0.0
        self.last_paint_cpu = 0.0  # the UI thread's CPU time then: load on the machine aside
        self.paints = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.UpdateRequest:
            type(self.window).event(self.window, event)
            self.last_paint_end = time.perf_counter()
            self.last_paint_cpu = time.thread_time()
            self.paints += 1
            return True
        return False


def run_until_idle(clock: PaintClock, idle_ms: int = IDLE_MS, limit_ms: int = 5000) -> None:
    """Run the event loop until ``idle_ms`` pass with no paint of ``clock``'s window."""
    loop = QEventLoop()
    idle = QTimer(loop)
    idle.setSingleShot(True)
    idle.setInterval(idle_ms)
    seen = clock.paints
    started = time.perf_counter()

    def check() -> None:
        nonlocal seen
        if clock.paints == seen or 1000 * (time.perf_counter() - started) > limit_ms:
            loop.quit()
        else:
            seen = clock.paints
            idle.start()

    idle.timeout.connect(check)
    idle.start()
    loop.exec()
    idle.timeout.disconnect(check)  # the connection holds ``check``, which holds the timer


@dataclass(frozen=True)
class Timing:
    wall_ms: float
    """From the key press to the last paint: what the learner waits."""
    cpu_ms: float
    """The UI thread's CPU time in that span: the same, less waiting for a busy CPU or disk."""
    paints: int
    """How many times the window painted in that span (one is the least a change needs)."""


def press_key_and_time(clock: PaintClock, target: QWidget, key: Qt.Key, text: str,
                       idle_ms: int = IDLE_MS) -> Timing:
    """Post ``key`` to ``target`` as a key press arrives; the time until the window has painted
    the result (its last paint before going idle)."""
    QApplication.postEvent(target, QKeyEvent(QEvent.Type.KeyPress, key,
                                             Qt.KeyboardModifier.NoModifier, text))
    started, started_cpu = time.perf_counter(), time.thread_time()
    clock.last_paint_end, clock.last_paint_cpu = started, started_cpu
    paints = clock.paints
    run_until_idle(clock, idle_ms)
    return Timing(1000 * (clock.last_paint_end - started),
                  1000 * (clock.last_paint_cpu - started_cpu), clock.paints - paints)


def press_enter_and_time(clock: PaintClock, window: MainWindow,
                         idle_ms: int = IDLE_MS) -> Timing:
    """Enter, to the focused widget (the quiz screen if none has focus)."""
    target = QApplication.focusWidget() or window.quiz
    return press_key_and_time(clock, target, Qt.Key.Key_Return, "\r", idle_ms)


@dataclass
class Baseline:
    """A bare window of the same size with one label, changed by a key press and painted the
    same way: what any Qt update costs here."""

    window: QWidget
    clock: PaintClock

    def time_once(self) -> Timing:
        return press_key_and_time(self.clock, self.window, Qt.Key.Key_A, "a")


class _BareWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("baseline 0")
        self.presses = 0
        QVBoxLayout(self).addWidget(self.label)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.presses += 1
        self.label.setText(f"baseline {self.presses}")


def bare_baseline(width: int, height: int) -> Baseline:
    window = _BareWindow()
    window.resize(width, height)
    window.show()
    clock = PaintClock(window)
    run_until_idle(clock)
    return Baseline(window, clock)


@contextmanager
def quiz_window(data_dir: Path, width: int = 1000, height: int = 720) -> Iterator[MainWindow]:
    """The app's main window on ``data_dir`` with the bundled packs, shown and loaded."""
    make_application(["bench"])
    data_dir.mkdir(parents=True, exist_ok=True)
    history = HistoryStore(open_database(data_dir / "quizapp.sqlite3"))
    from PySide6.QtCore import QSettings
    context = AppContext(history=history,
                         settings=QSettings(str(data_dir / "settings.ini"),
                                            QSettings.Format.IniFormat),
                         bundled_dir=BUNDLED, bundle_cache=data_dir / "bundles")
    window = MainWindow(context)
    loop = QEventLoop()
    window.packs_refreshed.connect(loop.quit)
    window.resize(width, height)
    window.show()
    if not window.loaded_packs():
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
    try:
        yield window
    finally:
        window.runner.wait()
        window.close()
        window.deleteLater()
        history.db.close()


def bundled_pack(window: MainWindow) -> Pack:
    return next(pack for pack in window.loaded_packs() if pack.id == "nato-flashpoint")


def start_run(window: MainWindow, pack: Pack) -> StudyRun:
    run = StudyRun(pack, window.profile, window.history)
    window.begin(run)
    return run


def set_answer(window: MainWindow, right: bool) -> None:
    """Give the question on screen a right or a wrong answer through its answer widget."""
    quiz = window.quiz
    view, given = quiz.view, quiz.input
    assert view is not None and given is not None
    question = view.question
    if isinstance(given, ChoiceAnswer):
        if question.type is QuestionType.TRUE_FALSE:
            given.pick(1 if bool(question.truth) == right else 2)
        else:
            shown = [question.choices[i].correct for i in given.order]
            if question.type is QuestionType.MULTIPLE:
                for number, correct in enumerate(shown, start=1):
                    if correct == right:
                        given.pick(number)
            else:
                given.pick(shown.index(right) + 1 if right in shown else 1)
    elif isinstance(given, TextAnswer):
        if question.type is QuestionType.NUMERIC:
            value = float(question.number or 0)
            if not right:
                value = value * 3 + 1000 + 10 * question.tolerance
            given.edit.setText(f"{value:.0f}" if value == int(value) else f"{value}")
        else:
            given.edit.setText(question.accept[0] if right else "zebra crossing quartet")
    elif isinstance(given, OrderingAnswer):
        wanted = list(range(len(question.items)))
        if not right:
            wanted.reverse()
        for target, original in enumerate(wanted):
            row = given.current_order().index(original)
            given.model.insertRow(target, given.model.takeRow(row))
    elif isinstance(given, MatchingAnswer):
        count = len(given.combos)
        for row, combo in enumerate(given.combos):
            combo.setCurrentIndex(combo.findData(row if right else (row + 1) % count))
    given.answer_changed.emit()
    if quiz.action.isEnabled() is False:
        raise RuntimeError(f"{question.id}: the answer set is not complete")


def verdict_in_view(window: MainWindow) -> bool:
    """Whether the feedback's verdict line is wholly inside the quiz's scrolling area."""
    quiz = window.quiz
    viewport = quiz.scroller.viewport()
    verdict = quiz.feedback.verdict
    where = QRect(verdict.mapTo(viewport, QPoint(0, 0)), verdict.size())
    return viewport.rect().contains(where)


__all__ = [
    "Baseline", "PaintClock", "Timing", "bare_baseline", "bundled_pack", "press_enter_and_time",
    "press_key_and_time", "quiz_window", "run_until_idle", "set_answer", "start_run", "verdict_in_view",
]
