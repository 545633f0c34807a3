"""The main window's screens, one on view at a time, without one screen resizing the window for
the others.

A plain ``QStackedWidget`` asks for the largest minimum size of all its screens, shown or not:
once an exam's palette (or any screen at a large text size) needed a wider window, the home screen
kept that width ever after. Here only the screen on view counts, and when a screen had to widen
the window, going to a screen that fits gives the window back the size the learner gave it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class ScreenStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policies: dict[int, QSizePolicy] = {}
        self.learner_size: QSize | None = None
        """The window's size as the learner (or the app's opening size) set it, not as a screen's
        minimum forced it."""
        self.currentChanged.connect(self._shown)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.learner_size is None:  # the opening size counts until the learner resizes
            self.learner_size = self.window().size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        minimum = self.minimumSizeHint()
        forced = ((new.width() > old.width() >= 0 and new.width() <= minimum.width())
                  or (new.height() > old.height() >= 0 and new.height() <= minimum.height()))
        if not forced and self.window().isVisible():
            self.learner_size = self.window().size()

    def addWidget(self, widget: QWidget) -> int:
        index = super().addWidget(widget)
        self._set_policies(self.currentIndex())
        return index

    def insertWidget(self, index: int, widget: QWidget) -> int:
        placed = super().insertWidget(index, widget)
        self._set_policies(self.currentIndex())
        return placed

    def _shown(self, index: int) -> None:
        self._set_policies(index)
        QTimer.singleShot(0, self, self._give_back)  # once the window's layout has settled

    def _set_policies(self, index: int) -> None:
        for number in range(self.count()):
            page = self.widget(number)
            if page is None:
                continue
            key = id(page)
            if key not in self._policies:
                self._policies[key] = QSizePolicy(page.sizePolicy())
            if number == index:
                page.setSizePolicy(self._policies[key])
            else:  # a screen out of view sets no minimum for the window
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.updateGeometry()

    def _give_back(self) -> None:
        window = self.window()
        wanted = self.learner_size
        if (wanted is None or window.size() == wanted or window.isMaximized()
                or window.isFullScreen()):
            return
        minimum = window.minimumSizeHint()
        if minimum.width() <= wanted.width() and minimum.height() <= wanted.height():
            window.resize(wanted)
