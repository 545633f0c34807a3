"""Long painting (a worksheet of a hundred questions, a print job) in small steps with a progress bar.

QPainter on a printer belongs to the UI thread, so instead of a worker thread the work is cut
into steps (one question each) run from the event loop: between two steps the window repaints
and the Cancel button answers.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Steps = Generator[tuple[int, int], None, None]


def chained(parts: Iterable[tuple[Steps, int]]) -> Steps:
    """Several step iterators as one, counted over all (each given with its number of steps)."""
    listed = list(parts)
    total = sum(count for _, count in listed)
    offsets = [0, *accumulate(count for _, count in listed)]
    try:
        for (steps, _), offset in zip(listed, offsets, strict=False):
            for done, _ in steps:
                yield offset + done, total
    finally:  # a cancelled job ends every painter it started and removes unfinished files
        for steps, _ in listed:
            steps.close()


class SteppedJob(QObject):
    completed = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, steps: Steps, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._steps = steps
        self.progress = QProgressDialog(label, QCoreApplication.translate("Worksheet", "Cancel"),
                                        0, 0, parent)
        self.progress.setWindowTitle(label)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._timer.start()

    def cancel(self) -> None:
        if not self.running:
            return
        self._stop()
        self._steps.close()  # ends the painter; the unfinished file is removed
        self.cancelled.emit()

    def _stop(self) -> None:
        self.running = False
        self._timer.stop()
        self.progress.close()

    def _step(self) -> None:
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._stop()
            self.completed.emit()
            return
        except OSError as error:
            self._stop()
            self.failed.emit(str(error))
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
