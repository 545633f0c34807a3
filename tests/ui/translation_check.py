"""A pseudo-translation, and what on screen it failed to reach.

The pseudo translation is built at test time from the shipped German ``.ts`` (which a test keeps
equal to the code's texts): every message becomes ``⟦text⟧``. With it installed, a text that is
visible but has letters outside ``⟦…⟧`` never went through Qt's translation — unless it is pack
text (the test packs are written in fullwidth letters, ``ｌｉｋｅ ｔｈｉｓ``), a number, or a
piece of user data the test names.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tools.update_translations import TRANSLATIONS, tool

OPEN, CLOSE = "⟦", "⟧"
WIDE = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})
"""ASCII letters to fullwidth ones: pack text that no check can mistake for the app's own."""

KEY_NAMES = re.compile(r"\b(Ctrl|Shift|Alt|Meta|Enter|Return|Esc|Space|Tab|Backspace|Delete|Del|Ins|"
                       r"Home|End|PgUp|PgDown|Up|Down|Left|Right|Zoom In|Zoom Out|F\d+)\b")
"""Key names inside shortcuts, which Qt's own translation (qtbase) names."""
WORD = re.compile(r"[A-Za-z]{2,}")
PATH = re.compile(r"(?:[A-Za-z]+://|/)[^\s]+")
LANGUAGE_NAMES = ("English", "Deutsch")
"""Each language is named in its own language in the language list, never translated."""
PACK_KEYS_KEPT = {"id", "type", "section", "passage", "format", "version", "url", "tags",
                  "license"}


def build_pseudo_qm(folder: Path, source: Path | None = None) -> Path:
    """``quizapp_xx.qm`` in ``folder`` with every message of ``source`` as ⟦message⟧."""
    tree = ET.parse(source or TRANSLATIONS / "quizapp_de.ts")
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = OPEN + text + CLOSE
        else:
            translation.text = OPEN + text + CLOSE
    ts = folder / "quizapp_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "quizapp_xx.qm"
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@contextmanager
def pseudo_translation(folder: Path) -> Iterator[None]:
    """The pseudo-translation installed in the running app while the block runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    translator = QTranslator()
    assert translator.load(str(build_pseudo_qm(folder)))
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


class Walk:
    """Collects what each screen failed to translate, by screen."""

    def __init__(self, allowed: list[str], exempt: list[str] | None = None) -> None:
        self.allowed = allowed
        self.exempt = exempt or []
        self.found: dict[str, list[str]] = {}
        self.screens: list[str] = []
        self.seen: set[str] = set()

    def look(self, screen: str, root: QWidget) -> None:
        """Note what ``root`` shows untranslated (each text once, where it is first seen)."""
        root.grab()
        self.screens.append(screen)
        missed = [line for line in untranslated(root, self.allowed, self.exempt)
                  if line not in self.seen]
        self.seen.update(missed)
        if missed:
            self.found.setdefault(screen, []).extend(missed)

    def report(self) -> str:
        return "\n".join(f"{screen}:\n  " + "\n  ".join(sorted(set(lines)))
                         for screen, lines in self.found.items())


def widen(data: object, key: str = "") -> object:
    if isinstance(data, dict):
        return {k: v if k in PACK_KEYS_KEPT or (k == "text" and key == "source") else widen(v, k)
                for k, v in data.items()}
    if isinstance(data, list):
        return [widen(v, key) for v in data]
    return data.translate(WIDE) if isinstance(data, str) else data


def widen_pack(folder: Path) -> None:
    """Rewrite the pack in ``folder`` (pack.yaml, source.md) in fullwidth letters, ids kept."""
    pack = folder / "pack.yaml"
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    pack.write_text(yaml.safe_dump(widen(data), allow_unicode=True), encoding="utf-8")
    source = folder / "source.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(re.sub(r"(\{#[^}]*\})|([^{]+)",
                             lambda m: m.group(1) or m.group(2).translate(WIDE), text),
                      encoding="utf-8")


def plain(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def leftover(text: str, allowed: Iterable[str] = ()) -> str:
    """The words of ``text`` that no translation reached ("" when there are none)."""
    rest = text
    while True:
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if shorter == rest:
            break
        rest = shorter
    # a translated message the app cut in two ("Quiz: flag…" → where, what) shows its halves
    rest = re.sub(f"{OPEN}[^{CLOSE}]*$|^[^{OPEN}]*{CLOSE}", " ", rest)
    for known in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(known, " ")
    rest = PATH.sub(" ", rest)  # file paths and addresses are the user's, not the app's words
    rest = KEY_NAMES.sub(" ", rest.replace("quizapp", " "))
    return " ".join(WORD.findall(rest))


def model_texts(model: QAbstractItemModel | None, where: str, rows: int = 40
                ) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        yield (f"{where} header {column}",
               str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} cell {row},{column}", plain(value)


def actions_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} › {action.text()!r}", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} › {action.text()!r} tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} › {action.text()!r} title", menu.title()
            yield from actions_texts(menu.actions(), f"{where} › {action.text()}")


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__} {widget.objectName()}".strip()
    if widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", plain(widget.toolTip())
    yield f"{name} accessible name", widget.accessibleName()
    yield f"{name} accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield f"{name} text", plain(widget.text(), widget.textFormat())
    elif isinstance(widget, QAbstractButton):
        box = widget.parent()
        standard = isinstance(box, QDialogButtonBox) and isinstance(widget, QPushButton) and \
            box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        if not standard:  # Qt's own translation (qtbase) names the standard buttons
            yield f"{name} text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield f"{name} text", widget.toPlainText()
    elif isinstance(widget, QPlainTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{name} item {index}", widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{name} tab {index}", widget.tabText(index)
            yield f"{name} tab {index} tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from model_texts(widget.model(), name)
    if isinstance(widget, QSpinBox):
        yield f"{name} suffix", widget.suffix()
        yield f"{name} prefix", widget.prefix()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{name} special value", widget.specialValueText()
    if not isinstance(widget, QMenu | QMenuBar):  # menus: from the menu bar, once
        yield from actions_texts(widget.actions(), f"{name} actions")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything ``root`` shows or names: its visible widgets' texts,
    tooltips, accessible names, window titles, table headers and cells, and its menus."""
    if isinstance(root, QMainWindow):
        yield from actions_texts(root.menuBar().actions(), "menu")
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisibleTo(root):
            yield from widget_texts(widget)


QT_OWN = ("ScrollLeftButton", "ScrollRightButton")
"""Widgets Qt makes itself (a tab bar's scroll buttons), named by Qt's own translation."""


def untranslated(root: QWidget, allowed: Iterable[str] = (),
                 exempt: Iterable[str] = ()) -> list[str]:
    """What ``root`` shows that no translation reached; ``exempt`` names places (a part of the
    "where", e.g. "excludedTable cell") whose text is known to come from elsewhere."""
    allowed = [*allowed, *LANGUAGE_NAMES]
    exempt = [*exempt, *QT_OWN]
    found = []
    for where, text in shown_texts(root):
        if any(place in where for place in exempt):
            continue
        words = leftover(text, allowed)
        if words:
            found.append(f"{where}: {text!r} ({words})")
    return found
