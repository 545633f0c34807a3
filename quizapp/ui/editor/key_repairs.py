"""Keys the form has no field for (a typo, a key of another question type, a line whose colon is
missing), each with a button that removes it, or puts a colon-less line back together.

Without them a pack whose only mistake is such a key opened in the form editor and stayed broken:
nothing in the form could reach the key. The keys looked for are those of the question (or the
pack) and of the mappings inside it: each choice, pair and cite, the feedback, the source and
each section. Each repair is one undoable edit.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from quizapp.core.data_checks import colon_repair
from quizapp.core.question_checks import CHOICE_KEYS, CITE_KEYS, FEEDBACK_KEYS, PAIR_KEYS
from quizapp.core.validation import SECTION_KEYS, SOURCE_KEYS

SHOWN_KEY = 40
"""Characters of an unknown key shown on its button; a colon-less line can be long."""

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Place:
    """A mapping that may hold unknown keys: where it is in the data, what to call it, and the
    keys it may have."""

    path: Path
    what: str
    allowed: tuple[str, ...]


@dataclass(frozen=True)
class UnknownKey:
    place: Place
    key: Any


def _short(key: str) -> str:
    return key if len(key) <= SHOWN_KEY else key[: SHOWN_KEY - 1] + "…"


def _at(data: Any, path: Path) -> Any:
    for step in path:
        found = (isinstance(data, dict) and step in data) or (
            isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data))
        if not found:
            return None
        data = data[step]
    return data


def _entries(data: dict[Any, Any], key: str, what: str,
             allowed: tuple[str, ...]) -> Iterator[Place]:
    value = data.get(key)
    if isinstance(value, dict):
        yield Place((key,), what.replace(" %1", ""), allowed)
    for number, entry in enumerate(value if isinstance(value, list) else []):
        if isinstance(entry, dict):
            yield Place((key, number), what.replace("%1", str(number + 1)), allowed)


def question_places(data: dict[Any, Any], allowed: tuple[str, ...]) -> list[Place]:
    """The question and the mappings inside it that the form does not show key by key."""
    return [Place((), "a question", allowed),
            *_entries(data, "choices", "choice %1", CHOICE_KEYS),
            *_entries(data, "pairs", "pair %1", PAIR_KEYS),
            *_entries(data, "cite", "citation %1", CITE_KEYS),
            *_entries(data, "feedback", "the feedback", FEEDBACK_KEYS)]


def pack_places(header: dict[Any, Any], allowed: tuple[str, ...]) -> list[Place]:
    """The pack's own keys, its source's and its sections'."""
    return [Place((), "a pack", allowed),
            *_entries(header, "source", "the source", SOURCE_KEYS),
            *_entries(header, "sections", "section %1", SECTION_KEYS)]


def unknown_keys(data: dict[Any, Any], places: list[Place]) -> list[UnknownKey]:
    found = []
    for place in places:
        mapping = _at(data, place.path)
        if isinstance(mapping, dict):
            found += [UnknownKey(place, key) for key in mapping if key not in place.allowed]
    return found


def without_key(data: dict[Any, Any], path: Path, key: Any) -> dict[Any, Any]:
    result = copy.deepcopy(data)
    mapping = _at(result, path)
    if isinstance(mapping, dict):
        mapping.pop(key, None)
    return result


def with_colon(data: dict[Any, Any], path: Path, key: str, meant: str,
               text: str) -> dict[Any, Any]:
    """``data`` with the colon-less ``key`` replaced, in its place, by ``meant: text``."""
    result = copy.deepcopy(data)
    mapping = _at(result, path)
    if isinstance(mapping, dict):
        mended = {(meant if k == key else k): (text if k == key else v)
                  for k, v in mapping.items()}
        mapping.clear()
        mapping.update(mended)
    return result


class KeyRepairs(QWidget):
    repaired = Signal(object, str)  # the data after the repair, what was done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[Any, Any] = {}
        self.unknown: list[UnknownKey] = []
        self.buttons: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.hide()

    def show_keys(self, data: dict[Any, Any], places: list[Place]) -> None:
        """Offer a repair for each key not allowed at its place (none: hidden)."""
        self.data = data
        unknown = unknown_keys(data, places)
        if unknown == self.unknown:
            return
        self.unknown = unknown
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        for number, found in enumerate(unknown):
            self._offer(2 * number, found)  # the words above, the buttons below on the right
        self.setVisible(bool(unknown))

    def _offer(self, row: int, found: UnknownKey) -> None:
        place, key = found.place, found.key
        name = _short(str(key))
        label = QLabel(self.tr("“%1” is not a key of %2.").replace("%1", name)
                       .replace("%2", place.what))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.grid.addWidget(label, row, 0, 1, 3)
        mapping = _at(self.data, place.path)
        repair = colon_repair(key, mapping[key], place.allowed, mapping) \
            if isinstance(key, str) and isinstance(mapping, dict) else None
        if repair is not None:
            fix = QPushButton(self.tr("Add the colon: %1: …").replace("%1", repair[0]))
            fix.setAccessibleName(self.tr("Add the missing colon after %1").replace("%1", repair[0]))
            fix.clicked.connect(lambda *_: self.repaired.emit(
                with_colon(self.data, place.path, key, *repair),
                self.tr("Add the colon after %1").replace("%1", repair[0])))
            self.grid.addWidget(fix, row + 1, 1)
            self.buttons.append(fix)
        remove = QPushButton(self.tr("Remove this key"))
        remove.setAccessibleName(self.tr("Remove the key %1").replace("%1", name))
        remove.clicked.connect(lambda *_: self.repaired.emit(
            without_key(self.data, place.path, key),
            self.tr("Remove the key %1").replace("%1", name)))
        self.grid.addWidget(remove, row + 1, 2)
        self.buttons.append(remove)
