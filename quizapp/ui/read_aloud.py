"""Read aloud (Ctrl+Shift+S): the question, its choices and the feedback, spoken.

Speech comes from Qt's text-to-speech module, imported on first use so that a start of the app
never pays for it (and the app runs where it is missing). Where the system has no speech engine
the learner is told so in words, in the status bar and to the screen reader; nothing fails.
The engine is made by a factory handed in (tests give a fake one); no engine is kept anywhere
but in the ``ReadAloud`` object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from quizapp.ui.translation import QT_TRANSLATE_NOOP

NO_ENGINE = QT_TRANSLATE_NOOP("ReadAloud",
                              "Read aloud needs a speech engine, and none was found on this "
                              "computer. On Debian or Ubuntu, install speech-dispatcher and "
                              "espeak-ng; a screen reader (Orca, NVDA) also reads every screen.")
NOTHING = QT_TRANSLATE_NOOP("ReadAloud",
                            "Nothing to read aloud here: Read aloud reads a question and its "
                            "feedback.")


class SpeechEngine(Protocol):
    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...


SpeechFactory = Callable[[QObject], SpeechEngine | None]
"""Makes the engine (its parent given), or returns None when the system has none."""


def system_speech(parent: QObject) -> SpeechEngine | None:
    """Qt's default text-to-speech engine, or None when there is no working one."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # a build without the module
        return None
    # PySide6's wheels ship a silent "mock" engine for Qt's own tests: it is no speech engine
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        return None
    engine = QTextToSpeech(engines[0], parent)
    if engine.state() == QTextToSpeech.State.Error or not engine.availableVoices():
        engine.deleteLater()
        return None
    return engine


class ReadAloud(QObject):
    def __init__(self, tell: Callable[[str], None], make_engine: SpeechFactory = system_speech,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tell = tell
        self.make_engine = make_engine
        self.engine: SpeechEngine | None = None
        self.looked = False  # for an engine: once, on first use

    def read(self, text: str) -> str:
        """Speak ``text`` (stopping what was being said); returns what was said, or why not."""
        text = text.strip()
        if not text:
            self.tell(self.tr(NOTHING))
            return self.tr(NOTHING)
        if not self.looked:
            self.looked = True
            self.engine = self.make_engine(self)
        if self.engine is None:
            self.tell(self.tr(NO_ENGINE))
            return self.tr(NO_ENGINE)
        self.engine.stop()
        self.engine.say(text)
        self.tell(self.tr("Reading aloud… (Ctrl+Shift+S again starts over)"))
        return text
