"""The main window's size, position and maximized state, remembered for each screen.

A laptop used alone and at a classroom projector needs two different windows: the geometry is
saved under the name and size of the screen it was on (``window/geometry/<screen>``), and on the
next start the one saved for the screen the window opens on is restored. ``restoreGeometry``
itself moves a window that would be off screen back onto it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from quizapp.ui.classroom.sizing import resize_within_screen

GEOMETRY_GROUP = "window/geometry"
LAST_SCREEN_KEY = "window/last_screen"


def screen_key(screen: QScreen) -> str:
    """'HDMI-1 1920x1080': a name that also tells a changed resolution apart."""
    size = screen.size()
    name = screen.name() or "screen"
    return f"{name} {size.width()}x{size.height()}".replace("/", "-")


class WindowGeometry(QObject):
    """Restores the window's geometry when made and saves it when the window closes."""

    def __init__(self, window: QWidget, settings: QSettings, default_width: int = 1000,
                 default_height: int = 720) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        if not self.restore():
            resize_within_screen(window, default_width, default_height)
        window.installEventFilter(self)

    def _screen(self) -> QScreen | None:
        """The screen saved last, if it is still connected; else the window's own."""
        last = str(self.settings.value(LAST_SCREEN_KEY, ""))
        for screen in QGuiApplication.screens():
            if screen_key(screen) == last:
                return screen
        return self.window.screen() or QGuiApplication.primaryScreen()

    def restore(self) -> bool:
        screen = self._screen()
        if screen is None:
            return False
        saved = self.settings.value(f"{GEOMETRY_GROUP}/{screen_key(screen)}")
        if not isinstance(saved, QByteArray) or saved.isEmpty():
            return False
        return self.window.restoreGeometry(saved)

    def save(self) -> None:
        key = screen_key(self.window.screen())
        self.settings.setValue(f"{GEOMETRY_GROUP}/{key}", self.window.saveGeometry())
        self.settings.setValue(LAST_SCREEN_KEY, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False
