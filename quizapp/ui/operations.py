"""One road for slow work: run it on a worker thread, deliver the result or the error on the UI thread.

Everything that may take noticeable time (loading and validating packs) goes through
``BackgroundRunner.run`` so the window never freezes, and failures arrive in one place.
``cancel`` (on closing the window) stops the work that checks ``runner.cancelled`` and makes sure
nothing is delivered to a window that is going away.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from quizapp.core.cancellation import CancelCheck, Cancelled


class _Relay(QObject):
    """Lives on the UI thread; its signals are emitted from the worker and so arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 finished: Callable[[_Relay], None],
                 on_progress: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._finished = finished
        self.abandoned = False
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_progress(self, step: Any) -> None:
        if not self.abandoned and self._on_progress is not None:
            self._on_progress(step)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._finished(self)
        if not self.abandoned:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._finished(self)
        if not self.abandoned:
            self._on_error(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Cancelled:
            return  # nobody is waiting for it any more
        except Exception as error:  # handed to the caller's error handler, never swallowed
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Runs jobs on a thread pool and keeps each relay alive until its job reports back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._pending: set[_Relay] = set()
        self._stop = threading.Event()
        self.cancelled: CancelCheck = self._stop.is_set
        """Pass to long work so that ``cancel`` can stop it."""

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        relay = _Relay(on_done, on_error, self._pending.discard)
        self._pending.add(relay)
        self.pool.start(_Job(work, relay))

    def run_reporting(self, work: Callable[[Callable[[Any], None]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                      on_progress: Callable[[Any], None]) -> None:
        """Like ``run``, for work that reports steps as it goes: ``work`` is given a function to
        call with each step, and ``on_progress`` receives the steps on the UI thread, in order,
        before ``on_done``."""
        relay = _Relay(on_done, on_error, self._pending.discard, on_progress)
        self._pending.add(relay)
        self.pool.start(_Job(lambda: work(relay.progressed.emit), relay))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel(self, msecs: int = 2000) -> bool:
        """Stop everything: queued jobs never start, running ones stop at their next check, and
        no result or error is delivered. True when every job had ended within ``msecs``."""
        self._stop.set()
        for relay in self._pending:
            relay.abandoned = True
        self.pool.clear()
        return self.pool.waitForDone(msecs)
