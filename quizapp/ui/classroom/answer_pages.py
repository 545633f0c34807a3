"""The exam's answer inputs, one per question, kept while the exam is on screen, one shown at a time.

A ``QStackedWidget`` is as tall as its tallest page, so after an ordering question (a tall list)
the next question's choice buttons were stretched to fill its height (True and False 120 px tall).
Here a hidden page takes no room at all: the page shown is as tall as it needs, and the spare
space goes below it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class AnswerPages(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPages")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def add(self, page: QWidget) -> None:
        page.hide()
        self._layout.addWidget(page)
        self._pages.append(page)

    def remove(self, page: QWidget) -> None:
        if page in self._pages:
            self._pages.remove(page)
            self._layout.removeWidget(page)
            page.hide()
        if page is self._current:
            self._current = None

    def current(self) -> QWidget | None:
        return self._current

    def show_page(self, page: QWidget) -> None:
        page.show()  # first, so that focus never falls out of the exam meanwhile
        for other in self._pages:
            if other is not page:
                other.hide()
        self._current = page
