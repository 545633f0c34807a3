"""*Help → Keyboard shortcuts* (F1): every key the app answers to, read from the app itself.

The list is built when it opens from the window's actions (menus, with the menu they are in) and
its screens' ``QShortcut``s (described by their ``whatsThis``), so it cannot drift from what the
keys do; ``SCREEN_KEYS`` adds the keys screens handle themselves (Enter, Esc, 1–9, arrows),
which are no action. *Read aloud* (Ctrl+Shift+S) lives in the same menu, so that an exam, which
leaves only the *Help* menu working, keeps both.

F1 is a window shortcut of the main window: the projector's window keeps F1 for its own keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.fitting import fit_text_window
from quizapp.ui.read_aloud import ReadAloud
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow

SHORTCUTS_KEY = "F1"
READ_ALOUD_KEY = "Ctrl+Shift+S"


@dataclass(frozen=True)
class KeyEntry:
    keys: str
    what: str
    where: str


# In English, marked for lupdate; the list shows them translated (KeyTableModel)
EVERYWHERE = QT_TRANSLATE_NOOP("KeyboardHelp", "Everywhere")
GENERAL_KEYS = (
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Tab / Shift+Tab"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Next / previous control"), EVERYWHERE),
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Enter"),
         QT_TRANSLATE_NOOP("KeyboardHelp",
                           "Press the focused button; elsewhere the screen's main action"),
         EVERYWHERE),
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Space"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Press the focused button, tick the focused box"),
         EVERYWHERE),
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Esc"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Close a dialog; leave the quiz (answers are saved); "
                                           "back to the packs"), EVERYWHERE),
    KeyEntry("↑ ↓ ← →", QT_TRANSLATE_NOOP("KeyboardHelp",
                                      "Move inside a table, list or drop-down list"), EVERYWHERE),
)
SCREEN_KEYS = GENERAL_KEYS + (
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Enter"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Start the selected pack in the chosen mode"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Home")),
    KeyEntry("1 – 9", QT_TRANSLATE_NOOP("KeyboardHelp",
                                    "Pick a choice (toggle one for \"choose all that apply\")"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Quiz")),
    KeyEntry(QT_TRANSLATE_NOOP("KeyboardHelp", "Enter"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Check the answer; Enter again goes on"),
         QT_TRANSLATE_NOOP("KeyboardHelp", "Quiz")),
    KeyEntry("Alt+↑ / Alt+↓",
         QT_TRANSLATE_NOOP("KeyboardHelp", "Move the selected item up or down (ordering "
                                           "questions)"), QT_TRANSLATE_NOOP("KeyboardHelp", "Quiz")),
)


def menu_path(action: QAction) -> str:
    """'File' for an action of the File menu, 'View → Theme' in a submenu, '' if in none."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            path = [owner.title().replace("&", "")]
            parent = owner.menuAction().associatedObjects()
            menus = [m for m in parent if isinstance(m, QMenu) and m.title()]  # not the bar's »
            if menus:
                path.insert(0, menus[0].title().replace("&", ""))
            return " → ".join(path)
    return ""


def shortcut_entries(window: QWidget, screen_keys: tuple[KeyEntry, ...] = SCREEN_KEYS
                     ) -> list[KeyEntry]:
    """Every key of ``window``'s actions and shortcuts, then ``screen_keys``: the keys its
    screens handle themselves."""
    entries: list[KeyEntry] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                if not s.isEmpty()]
        if not keys or action.isSeparator():
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        where = menu_path(action) or EVERYWHERE
        if (" / ".join(keys), what) not in seen:
            seen.add((" / ".join(keys), what))
            entries.append(KeyEntry(" / ".join(keys), what, where))
    actions = list(entries)
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty():
            continue
        key = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        said = shortcut.whatsThis() or ""
        where, _, what = said.partition(": ") if ": " in said else ("", "", said)
        what = what[:1].upper() + what[1:]
        parent = shortcut.parent()
        if not where and isinstance(parent, QWidget):
            where = parent.objectName() or type(parent).__name__
        if (key, what) not in seen:
            seen.add((key, what))
            entries.append(KeyEntry(key, what or translate("KeyboardHelp", "(undescribed)"),
                                    where))
    menus = {name: number for number, name in enumerate(
        a.text().replace("&", "") for a in window.findChildren(QAction) if a.menu())}
    entries.sort(key=lambda e: (e not in actions, menus.get(e.where.split(" → ")[0], 99),
                                e.where))  # the menus in their order, then each screen's keys
    return entries + list(screen_keys)


class KeyTableModel(RowTableModel[KeyEntry]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Keys"), QT_TRANSLATE_NOOP("Tables", "What they do"),
               QT_TRANSLATE_NOOP("Tables", "Where"))

    def display(self, row: KeyEntry, column: int) -> object:
        """The list's own entries are English until shown; the others came translated."""
        return translate("KeyboardHelp", (row.keys, row.what, row.where)[column])


class ShortcutsDialog(QDialog):
    def __init__(self, entries: list[KeyEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit_text_window(self, 100, 30)
        intro = QLabel(self.tr("Every key quizapp answers to. Tab moves between controls and "
                               "leaves every table; arrow keys move inside it. The menus (Alt, "
                               "or F10) show the same keys beside their entries."))
        intro.setWordWrap(True)
        self.model = KeyTableModel(self)
        self.model.set_rows(entries)
        self.table = QTableView()
        self.table.setObjectName("shortcutTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Three columns: keys, what they do, where"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCurrentIndex(self.model.index(0, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()


def show_shortcuts_of(window: QWidget, screen_keys: tuple[KeyEntry, ...] = GENERAL_KEYS
                      ) -> ShortcutsDialog:
    """The list for a window of its own (the pack editor), closed by Esc."""
    dialog = ShortcutsDialog(shortcut_entries(window, screen_keys), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class KeyboardHelp(QObject):
    """The *Help* menu's *Keyboard shortcuts* and *Read aloud*, installed on the main window."""

    def __init__(self, window: MainWindow, menu: QMenu, read_aloud: ReadAloud) -> None:
        super().__init__(window)
        self.window = window
        self.read_aloud = read_aloud
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence(SHORTCUTS_KEY))
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.read_action = QAction(self.tr("&Read aloud"), window)
        self.read_action.setShortcut(QKeySequence(READ_ALOUD_KEY))
        self.read_action.setToolTip(
            self.tr("Read the question, its choices and the feedback aloud (%1)").replace(
                "%1", QKeySequence(READ_ALOUD_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.read_action.triggered.connect(self.read_screen)
        first = menu.actions()[0]  # About quizapp: these two come before it
        menu.insertActions(first, [self.shortcuts_action, self.read_action])
        menu.insertSeparator(first)
        self.dialog: ShortcutsDialog | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ShortcutsDialog(shortcut_entries(self.window), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def read_screen(self) -> str:
        """Read what the screen on show offers to be read (its ``spoken()``), if anything."""
        screen = self.window.stack.currentWidget()
        spoken = getattr(screen, "spoken", None)
        text = spoken() if callable(spoken) else ""
        return self.read_aloud.read(str(text))
