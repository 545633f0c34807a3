"""Qt for the command line: painting PDFs needs a GUI application, but never a display."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QGuiApplication


@contextmanager
def gui_application() -> Iterator[QGuiApplication]:
    """The running application, or an offscreen one for as long as the block lasts."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        yield existing
        return
    app = QGuiApplication(["quizapp", "-platform", "offscreen"])
    try:
        yield app
    finally:
        app.shutdown()
