"""One question played in the real window, to check that a build works: ``quizapp smoke-test``.

``packaging/build.py`` runs it on the frozen app (offscreen) and the tests run it on the checkout
and on an installed wheel. It checks what a broken build typically loses — a module or a Qt
library left out, the style sheet, the icon (needs Qt's SVG plugin), the bundled pack and its
source text — and then does what a learner does first: start the bundled pack, answer a question,
read the feedback and the cited passage, see the results. The learner's data goes to a temporary
folder that is removed afterwards; nothing of the real profile is touched.
"""

from __future__ import annotations

import importlib
import pkgutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSize
from PySide6.QtWidgets import QApplication

import quizapp
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.resources import APP_ICON, asset, bundled_packs_dir
from quizapp.study import StudyRun
from quizapp.ui.application import make_application, open_context
from quizapp.ui.main_window import MainWindow

BUNDLED_PACK_ID = "nato-flashpoint"
NOT_IMPORTED = {"quizapp.__main__"}  # importing it would start the app


class SmokeTestFailed(Exception):
    """A check failed; the message says which and what was found instead."""


def check(condition: object, failure: str) -> None:
    if not condition:
        raise SmokeTestFailed(failure)


def import_every_module() -> int:
    """Import all of quizapp, so that a module (or a Qt module it uses) left out of a build shows."""
    names = [info.name for info in pkgutil.walk_packages(quizapp.__path__, "quizapp.")
             if info.name not in NOT_IMPORTED]
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise SmokeTestFailed(f"{name} cannot be imported: {error}") from error
    check(len(names) > 20, f"only {len(names)} quizapp modules found: {names}")
    return len(names)


def wait_until(app: QApplication, condition: Callable[[], bool], what: str,
               timeout_ms: int = 30000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        check(timer.elapsed() < timeout_ms, f"gave up waiting for {what}")
        app.processEvents()


def first_choice_question(pack: Pack) -> Question:
    question = next((q for q in pack.questions if q.type is QuestionType.SINGLE and q.citations), None)
    check(question is not None, f"{pack.id} has no single-choice question with a citation")
    assert question is not None
    return question


def play_one_question(app: QApplication, window: MainWindow) -> str:
    """Start the bundled pack on one question, answer it right, open its source, see results."""
    loaded = window.loaded_packs()
    pack = next((p for p in loaded if p.id == BUNDLED_PACK_ID), None)
    check(pack is not None, f"the bundled pack {BUNDLED_PACK_ID} is not among the packs shown "
          f"({[p.id for p in loaded]}); bundled packs are looked for in {bundled_packs_dir()}")
    assert pack is not None
    question = first_choice_question(pack)
    window.begin(StudyRun(pack, window.profile, window.history, questions=[question]))
    quiz = window.quiz
    check(quiz.view is not None and quiz.input is not None, "the quiz screen shows no question")
    assert quiz.view is not None and quiz.input is not None
    correct = next(i for i, choice in enumerate(question.choices) if choice.correct)
    check(quiz.input.pick(quiz.view.choice_order.index(correct) + 1), "could not pick a choice")
    quiz.activate()
    result = quiz.result
    check(result is not None and result.correct, f"the right answer was not graded right: {result}")
    assert result is not None
    check(quiz.feedback.isVisible(), "no feedback shown after the answer")
    quiz.open_first_citation()
    viewer = window.source_viewers.get(pack.path)
    check(viewer is not None and viewer.isVisible(), "Read in context opened no source viewer")
    assert viewer is not None
    quote = result.citations[0].quote or ""
    check(quote[:40] in viewer.browser.toPlainText(), "the source viewer lacks the cited quote")
    viewer.close()
    quiz.activate()
    check(window.stack.currentWidget() is window.results, "Next did not lead to the results")
    saved = window.history.seen_question_ids(window.profile.id, pack.id)
    check(saved == {question.id}, f"the answer was not saved to the history: {saved}")
    check(not window.grab().isNull(), "the window cannot be drawn")
    return question.id


def run_smoke_test(report: Callable[[str], None] = print) -> int:
    """Exit code 0 when everything worked, 1 (with the reason reported) when not."""
    try:
        report(f"ok: imported {import_every_module()} quizapp modules")
        app = make_application(["quizapp"])
        check(app.styleSheet(), f"style sheet not loaded from {asset('themes', 'quizapp.qss')}")
        report("ok: style sheet")
        check(not app.windowIcon().pixmap(QSize(32, 32)).isNull(),
              f"the icon {asset(APP_ICON)} cannot be drawn (Qt's SVG plugin missing?)")
        report("ok: icon")
        with tempfile.TemporaryDirectory(prefix="quizapp-smoke-") as folder:
            context = open_context(Path(folder))
            window = MainWindow(context)  # starts loading the packs in the background
            refreshed: list[bool] = []
            window.packs_refreshed.connect(lambda: refreshed.append(True))
            try:
                window.show()
                wait_until(app, lambda: bool(refreshed), "the packs to load")
                question_id = play_one_question(app, window)
                report(f"ok: answered {BUNDLED_PACK_ID}/{question_id}, saw its source and results")
            finally:
                window.close()
                window.runner.wait()
                context.history.db.close()
    except SmokeTestFailed as failure:
        report(f"smoke test FAILED: {failure}")
        return 1
    report("smoke test passed")
    return 0
