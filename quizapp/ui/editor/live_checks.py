"""Live checks: the pack is checked a moment after the author stops typing, off the UI thread when
it is big, and the findings are shown beside the fields they concern.

Checks that finish after a newer edit are dropped (each run carries a generation number), so what
is shown always belongs to the latest text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.answer_reading import answer_language
from quizapp.core.findings import Findings, collect_findings
from quizapp.core.validation import SourceReader
from quizapp.ui.operations import BackgroundRunner

DEBOUNCE_MS = 350
BACKGROUND_FROM = 150
"""Packs with at least this many questions are checked on a worker thread."""


class LiveChecker(QObject):
    findings_ready = Signal(object)  # Findings
    check_failed = Signal(str)

    def __init__(self, data: Callable[[], dict[str, Any]], file: str,
                 read_source: SourceReader | None, parent: QObject | None = None,
                 background_from: int = BACKGROUND_FROM) -> None:
        super().__init__(parent)
        self.data = data
        self.file = file
        self.read_source = read_source
        self.background_from = background_from
        self.runner = BackgroundRunner(self)
        self.generation = 0
        self.latest: Findings | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)

    def schedule(self) -> None:
        """Check again once the author pauses."""
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        self.generation += 1
        generation = self.generation
        data = self.data()
        file, read_source = self.file, self.read_source

        code = data.get("language")
        language = answer_language(code if isinstance(code, str) else "en")

        def work() -> Findings:
            return collect_findings(data, file=file, read_source=read_source, language=language)

        def done(findings: Findings) -> None:
            if generation == self.generation:
                self.latest = findings
                self.findings_ready.emit(findings)

        questions = data.get("questions")
        if isinstance(questions, list) and len(questions) >= self.background_from:
            self.runner.run(work, done, self._failed)
        else:
            done(work())

    def _failed(self, error: BaseException) -> None:
        self.check_failed.emit(f"{type(error).__name__}: {error}")

    def wait(self) -> None:
        self.runner.wait()
