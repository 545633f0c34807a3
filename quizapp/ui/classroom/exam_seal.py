"""Sealing the window while an exam is on screen: nothing in the app may show the pack's questions,
answers or source until it is handed in.

Deny by default: every action of the window is disabled except a short allow-list (text size,
theme, the *Help* menu, Quit), so an action another feature adds later is sealed too without
anyone remembering to. An action re-enabled by its owner while the seal is on (a selection
changing behind the exam) is disabled again, and gets the state its owner last gave it when the
seal comes off. A sealed action's shortcut key says so in the status bar instead of doing nothing
silently. Windows already open (the editor, the class report, a projector, a live session)
are hidden until then; dialogs are closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


def help_menu_actions(window: MainWindow) -> list[QAction]:
    """The actions of the *Help* menu and its submenus: about the app, never about a pack."""
    found: list[QAction] = []
    menus: list[object] = [menu_named(window, "helpMenu")]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            found.append(action)
            menus.append(action.menu())
    return found


def allowed_actions(window: MainWindow) -> set[QAction]:
    """What a learner may use during an exam: text size, theme, help, about and quit."""
    view = window.view
    allowed = {view.larger, view.smaller, view.normal, *view.theme_actions.values(),
               *help_menu_actions(window)}
    allowed |= {a for a in window.findChildren(QAction)
                if a.menuRole() == QAction.MenuRole.QuitRole}
    return allowed


class ExamSeal(QObject):
    def __init__(self, window: MainWindow, exam_pages: Iterable[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.exam_pages = tuple(exam_pages)
        """Pages whose own controls (an answer box's clear button) are the exam's: left alone."""
        self._wanted: dict[QAction, bool] = {}
        self._hidden: list[QWidget] = []
        self._accepted_drops = False
        self._explainers: list[QShortcut] = []
        self.sealed = False

    def _sealable(self) -> list[QAction]:
        allowed = allowed_actions(self.window)
        # a menu's own action (File, View → Theme) stays: the allowed entries must be reachable,
        # and a menu of sealed entries shows them disabled
        return [a for a in self.window.findChildren(QAction)
                if a not in allowed and not a.isSeparator() and a.menu() is None
                and not self._in_exam_pages(a)]

    def _in_exam_pages(self, action: QAction) -> bool:
        owner = action.parent()
        return isinstance(owner, QWidget) and any(
            page is owner or page.isAncestorOf(owner) for page in self.exam_pages)

    def seal(self) -> None:
        if self.sealed:
            return
        self.sealed = True
        for action in self._sealable():
            self._wanted[action] = action.isEnabled()
            action.enabledChanged.connect(self._enabled_meanwhile)
            action.setEnabled(False)
        self._explain_sealed_keys()
        self._accepted_drops = self.window.acceptDrops()
        self.window.setAcceptDrops(False)  # a dropped pack would open in the window
        self._put_away_other_windows()

    def _explain_sealed_keys(self) -> None:
        """A key of a sealed action (F5, Ctrl+P) answers in the status bar: a key that does
        nothing at all looks broken. Keys an enabled action still uses are left to it."""
        in_use = {seq.toString() for a in self.window.findChildren(QAction) if a.isEnabled()
                  for seq in a.shortcuts()}
        keys = {seq.toString() for action in self._wanted for seq in action.shortcuts()
                if not seq.isEmpty()} - in_use
        for text in sorted(keys):
            shortcut = QShortcut(QKeySequence(text), self.window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._say_not_available)
            self._explainers.append(shortcut)

    def _say_not_available(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Not available during an exam: hand it in first."), 6000)

    def _enabled_meanwhile(self, enabled: bool) -> None:
        action = self.sender()
        if self.sealed and enabled and isinstance(action, QAction) and action in self._wanted:
            self._wanted[action] = True
            action.setEnabled(False)

    def _put_away_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (widget is self.window or not widget.isVisible()
                    or widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog)):
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # a dialog is asked again after the exam, never left half-done
            else:
                widget.hide()
                self._hidden.append(widget)

    def unseal(self) -> None:
        if not self.sealed:
            return
        self.sealed = False
        for action, enabled in self._wanted.items():
            try:
                action.enabledChanged.disconnect(self._enabled_meanwhile)
                action.setEnabled(enabled)
            except RuntimeError:  # deleted meanwhile (a window closed)
                continue
        self._wanted.clear()
        explainers, self._explainers = self._explainers, []
        for shortcut in explainers:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.window.setAcceptDrops(self._accepted_drops)
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            try:
                widget.show()
            except RuntimeError:
                continue
