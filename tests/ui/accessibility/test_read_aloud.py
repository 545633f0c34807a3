"""Read aloud (Ctrl+Shift+S): the question and its choices, then the feedback, spoken by the
engine the window is given; said plainly when the computer has no speech engine."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.study import StudyRun
from quizapp.ui.read_aloud import NO_ENGINE, SpeechEngine
from tests.ui.conftest import WindowFactory
from tests.ui.test_quiz_play import answer_by_keyboard


class FakeSpeech:
    """Records what it is asked to say, as QTextToSpeech would speak it."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1


def read_aloud(qtbot: QtBot) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_question_choices_and_feedback_are_read(open_window: WindowFactory,
                                                qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    speech = FakeSpeech()
    made: list[QObject] = []

    def make(parent: QObject) -> SpeechEngine:
        made.append(parent)
        return speech

    window.read_aloud.make_engine = make
    pack = window.loaded_packs()[0]
    question = next(q for q in pack.questions if q.type is QuestionType.SINGLE)
    window.begin(StudyRun(pack, window.profile, window.history, questions=[question]))
    read_aloud(qtbot)
    spoken = speech.said[-1]
    assert question.prompt.split("*")[0].strip()[:20] in spoken
    for choice in question.choices:
        assert choice.text in spoken
    assert "Question 1 of 1" in spoken
    answer_by_keyboard(qtbot, window)
    read_aloud(qtbot)
    spoken = speech.said[-1]
    assert "✔  Correct" in spoken and "✔ right, your answer" in spoken
    assert question.citations[0].quote.strip()[:30] in spoken
    assert len(made) == 1 and speech.stops == 2  # one engine, made on first use
    assert "Reading aloud" in window.statusBar().currentMessage()


def test_no_speech_engine_is_said_plainly(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    window.activateWindow()
    window.read_aloud.make_engine = lambda parent: None
    window.start_quiz(window.loaded_packs()[0])
    read_aloud(qtbot)
    assert window.statusBar().currentMessage() == NO_ENGINE
    assert "speech-dispatcher" in NO_ENGINE


def test_nothing_to_read_on_the_home_screen_is_said(open_window: WindowFactory,
                                                    qtbot: QtBot) -> None:
    window = open_window()
    window.read_aloud.make_engine = lambda parent: FakeSpeech()
    window.keys.read_screen()
    assert "Nothing to read aloud here" in window.statusBar().currentMessage()


def test_speech_is_imported_on_first_use_only() -> None:
    """Starting the app never loads Qt's speech module; Read aloud does, when first asked."""
    code = ("import sys; import quizapp.ui.main_window; "
            "print('PySide6.QtTextToSpeech' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "False"


def test_an_exam_question_is_read_without_any_verdict(open_window: WindowFactory,
                                                      qtbot: QtBot) -> None:
    """Read aloud is in the Help menu, which a sealed exam leaves working."""
    from quizapp.core.models import ExamPreset

    window = open_window()
    speech = FakeSpeech()
    window.read_aloud.make_engine = lambda parent: speech
    pack = window.loaded_packs()[0]
    window.exams.start(pack, ExamPreset("read", "Read check", time_limit_minutes=10,
                                        shuffle=False))
    assert window.keys.read_action.isEnabled()
    window.keys.read_action.trigger()
    assert speech.said and "Question 1 of" in speech.said[-1]
    assert "Correct" not in speech.said[-1]


def test_qt_s_silent_mock_engine_counts_as_no_engine(qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """PySide6 ships a "mock" engine that says nothing: with only that, the learner is told."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from quizapp.ui.read_aloud import system_speech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    parent = QObject()
    assert system_speech(parent) is None
