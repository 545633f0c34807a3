"""Cyclic garbage holding Qt objects is freed on the UI thread, never by a worker thread's
allocations (which would destroy Qt objects in the wrong thread and crash the event loop later)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from quizapp.ui.main_thread_gc import MainThreadGarbageCollector, installed_collector
from tests.ui.conftest import WindowFactory


class Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector frees it
        self.timer = QTimer(self)
        self.timer.start(10_000)


def test_worker_threads_never_free_qt_objects(main_thread_collector: MainThreadGarbageCollector,
                                              qtbot: QtBot) -> None:
    assert not gc.isenabled()
    garbage = Cyclic()
    alive = weakref.ref(garbage)
    del garbage
    freed_in: list[str] = []

    def allocate() -> None:
        kept = [[object()] for _ in range(gc.get_threshold()[0] * 20)]  # far past the threshold
        assert len(kept) > 0
        freed_in.append("worker" if alive() is None else "")

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_in == [""], "a worker thread's allocations freed a Qt object"
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)  # the UI thread's timer frees it


def test_due_generations_are_collected(main_thread_collector: MainThreadGarbageCollector) -> None:
    gc.collect()
    assert main_thread_collector.collect_due() == 0  # nothing allocated since
    for _ in range(3):
        leftover = Cyclic()
        del leftover
    kept = [[object()] for _ in range(gc.get_threshold()[0] * 2)]
    assert main_thread_collector.collect_due() >= 3
    assert len(kept) > 0


def test_while_big_packs_load_nothing_is_collected_on_the_ui_thread(
        main_thread_collector: MainThreadGarbageCollector,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading holds collections back (walking its objects on the UI thread froze it), and they
    are made as before once the hold is released."""
    collector = installed_collector()
    assert isinstance(collector, MainThreadGarbageCollector)
    collected: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 10_000, 10_000))
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    collector.hold_older()
    collector.collect_due()
    collector.release_older()
    collector.collect_due()
    assert collected == [2]


def test_closing_the_window_while_packs_load_releases_the_collector(
        open_window: WindowFactory, main_thread_collector: MainThreadGarbageCollector,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A load cancelled by closing never reports back; its hold on the collector must not
    outlive the window (collections would stop for good)."""
    collected: list[int] = []
    window = open_window()
    window.refresh_packs()  # under way when the window closes
    window.close()
    window.runner.wait()
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 10_000, 10_000))
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    main_thread_collector.collect_due()
    assert collected == [2]
