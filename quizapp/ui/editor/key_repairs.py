"""Keys the form has no field for (a typo, a key of another question type, a line whose colon is
missing), each with a button that removes it, or puts a colon-less line back together.

Without them a pack whose only mistake is such a key opened in the form editor and stayed broken:
nothing in the form could reach the key. Each repair is one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from quizapp.core.data_checks import colon_repair

SHOWN_KEY = 40
"""Characters of an unknown key shown on its button; a colon-less line can be long."""


def _short(key: str) -> str:
    return key if len(key) <= SHOWN_KEY else key[: SHOWN_KEY - 1] + "…"


def unknown_keys(data: dict[Any, Any], allowed: tuple[str, ...]) -> list[Any]:
    return [key for key in data if key not in allowed]


def without_key(data: dict[Any, Any], key: Any) -> dict[Any, Any]:
    return {k: v for k, v in data.items() if k != key}


def with_colon(data: dict[Any, Any], key: str, meant: str, text: str) -> dict[Any, Any]:
    """``data`` with the colon-less ``key`` replaced, in its place, by ``meant: text``."""
    return {(meant if k == key else k): (text if k == key else v) for k, v in data.items()}


class KeyRepairs(QWidget):
    repaired = Signal(object, str)  # the mapping after the repair, what was done

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.data: dict[Any, Any] = {}
        self.allowed: tuple[str, ...] = ()
        self.keys: list[Any] = []
        self.buttons: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.hide()

    def show_keys(self, data: dict[Any, Any], allowed: tuple[str, ...]) -> None:
        """Offer a repair for each key of ``data`` not in ``allowed`` (none: hidden)."""
        self.data, self.allowed = data, allowed
        keys = unknown_keys(data, allowed)
        if keys == self.keys:
            return
        self.keys = keys
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        for number, key in enumerate(keys):
            row = 2 * number  # the words above, the buttons below them on the right
            name = _short(str(key))
            label = QLabel(self.tr("“%1” is not a key of %2.").replace("%1", name)
                           .replace("%2", self.what))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0, 1, 3)
            repair = colon_repair(str(key), data[key], allowed, data) \
                if isinstance(key, str) else None
            if repair is not None:
                meant = repair[0]
                fix = QPushButton(self.tr("Add the colon: %1: …").replace("%1", meant))
                fix.setAccessibleName(self.tr("Add the missing colon after %1").replace("%1", meant))
                fix.clicked.connect(lambda *_, k=key, r=repair: self.repaired.emit(
                    with_colon(self.data, k, *r), self.tr("Add the colon after %1")
                    .replace("%1", r[0])))
                self.grid.addWidget(fix, row + 1, 1)
                self.buttons.append(fix)
            remove = QPushButton(self.tr("Remove this key"))
            remove.setAccessibleName(self.tr("Remove the key %1").replace("%1", name))
            remove.clicked.connect(lambda *_, k=key, n=name: self.repaired.emit(
                without_key(self.data, k), self.tr("Remove the key %1").replace("%1", n)))
            self.grid.addWidget(remove, row + 1, 2)
            self.buttons.append(remove)
        self.setVisible(bool(keys))
