"""Python's cycle collector, run on the UI thread only.

CPython collects cyclic garbage in whichever thread happens to allocate when a threshold is crossed:
often a worker thread (loading packs, writing the live journal). When the garbage holds Qt objects,
their C++ destructors then run in that worker thread, where Qt cannot unregister their timers, and
the next timer event is delivered to freed memory: the app crashes at random, later, in the event
loop. So automatic collection is switched off while the application runs, and this object does the
same collections from a timer on the UI thread (the approach calibre takes).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    """Collects the generations whose thresholds were crossed, as CPython would, but on this thread."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("mainThreadGarbageCollector")
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._holds = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)
        self.destroyed.connect(self._restore)

    def collect_due(self) -> int:
        """Collect the youngest generation (cheap), and the older ones when CPython would have;
        returns the number of objects freed.

        The youngest is collected on every tick rather than at its threshold: the threshold counts
        allocations minus frees, so garbage left by a burst of work in a worker thread could
        otherwise wait for the next burst."""
        if self._holds:
            return 0
        counts = gc.get_count()
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        return gc.collect(generation)

    def hold_older(self) -> None:
        """Collect nothing until ``release_older``: while a worker builds big packs, every
        generation fills with their objects (hundreds of thousands a second), and collecting
        them on this thread walks all of them (pauses of 50–100 ms for the youngest alone, far
        more for the older ones). Loading makes next to no cyclic garbage, and a big load ends
        with ``settle_after_loading``. Holds nest."""
        self._holds += 1

    def release_older(self) -> None:
        self._holds = max(0, self._holds - 1)

    def _restore(self) -> None:
        if self._was_enabled:
            gc.enable()


def installed_collector() -> MainThreadGarbageCollector | None:
    """The collector of the running application, if it has one (tools and some tests do not)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    return app.findChild(MainThreadGarbageCollector, "mainThreadGarbageCollector")


def collect_garbage_on_main_thread(app: QCoreApplication) -> MainThreadGarbageCollector:
    """Install the collector on ``app`` once (later calls return the one installed)."""
    existing = app.findChild(MainThreadGarbageCollector, "mainThreadGarbageCollector")
    if existing is not None:
        return existing
    return MainThreadGarbageCollector(app)


BIG_LOAD_QUESTIONS = 2000
"""Questions read at once above which the objects alive are frozen (see ``settle_after_loading``)."""


def settle_after_loading(questions: int) -> bool:
    """After reading big packs, leave the objects alive now out of future collections.

    The collector above runs on the UI thread, and a full collection walks every object tracked:
    with 20 packs of 10,000 questions that is millions of objects and a pause of a good part of a
    second. Packs are immutable and hold no reference cycles, so they are freed by reference
    counting alone when dropped; ``gc.freeze`` moves them (and whatever else is alive) to the
    permanent generation, which collections skip. The price is that a cycle alive at this moment
    and dropped later is never collected, so this is done only after big loads (returns whether
    it was done).
    """
    if questions < BIG_LOAD_QUESTIONS:
        return False
    gc.freeze()
    return True
