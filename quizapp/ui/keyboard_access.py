"""Keyboard rules that hold in every window, installed once on the application.

Three rules a keyboard-only learner relies on, kept in one place so that screens, dialogs and
widgets made later (feedback citations, editor rows) cannot forget them:

- **Enter does what the focused button says.** Outside dialogs Qt's push buttons ignore Enter,
  so it reached the screen's default action: on a focused *Read in context* the quiz skipped to
  the next question. Enter on a focused, enabled push or tool button now clicks it. Checkable
  buttons (a quiz's answer choices) keep Enter for the screen's default action, like a radio
  button in a form: Enter checks the answer.
- **Tab always leaves.** Tables and lists take arrows, never Tab (``tabKeyNavigation`` off; Qt
  turns it on for tables and Tab then walked cell by cell and never left); multi-line text fields
  give Tab to focus (``tabChangesFocus``); Ctrl+Tab still inserts a tab where a field needs one.
- **A page that scrolls is not a stop of its own.** A ``QScrollArea`` that holds a screen takes
  no focus: Tab goes to the controls inside it, and whatever gets focus inside it is scrolled
  into view (Qt did so only for Tab from inside the area: from a filter above the page, a chart
  got focus out of sight).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

FILTER_NAME = "quizappKeyboardAccess"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MARGIN = 16
"""Pixels of page shown around a control scrolled into view."""


def apply_keyboard_rules(widget: QWidget) -> None:
    """The Tab rules for one widget (called for every widget as Qt polishes it)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QScrollArea) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def bring_into_view(widget: QWidget) -> None:
    """Scroll every page ``widget`` sits in so that it shows (its top first when too tall).

    A control that fits in view with the page scrolled to its very top is shown that way: the
    first control of a dialog keeps the heading above it in view (Settings at 200 % opened with
    "Appearance" cut off)."""
    area = widget.parentWidget()
    while area is not None:
        page = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and page is not None and page.isAncestorOf(widget):
            bottom = widget.mapTo(page, QPoint(0, widget.height())).y()
            if bottom + MARGIN <= area.viewport().height():
                area.verticalScrollBar().setValue(0)
            area.ensureWidgetVisible(widget, MARGIN, MARGIN)
        area = area.parentWidget()


def presses_button(watched: QObject, event: QEvent) -> QPushButton | QToolButton | None:
    """The button an Enter key event should click, if any."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    if event.key() not in ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    if not isinstance(watched, (QPushButton, QToolButton)):
        return None
    if watched.isCheckable() or not watched.isEnabled() or not watched.hasFocus():
        return None
    return watched


class KeyboardAccess(QObject):
    """Applies the rules above with as little Python per event as possible.

    An application-wide event filter saw every event of every widget (about a thousand per
    step of a live session, 12 % of the teacher window's time) only to act on three kinds. So:
    polishing goes through the app's style (``AccessibleStyle.polish`` calls
    ``apply_keyboard_rules``), scrolling into view follows the application's ``focusChanged``,
    and the Enter rule is an event filter on the focused button alone, moved as focus moves.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None

    def focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is None:
            return
        bring_into_view(new)
        if isinstance(new, (QPushButton, QToolButton)):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        button = presses_button(watched, event)
        if button is not None:
            button.click()
            return True
        return False


def install_keyboard_access(app: QApplication) -> KeyboardAccess:
    """Once per application (tests make many windows in one app)."""
    existing = app.findChild(KeyboardAccess, FILTER_NAME)
    if isinstance(existing, KeyboardAccess):
        return existing
    access = KeyboardAccess(app)
    access.setObjectName(FILTER_NAME)
    app.focusChanged.connect(access.focus_moved)
    for widget in app.allWidgets():  # widgets made before the style's polish rule
        apply_keyboard_rules(widget)
    focused = app.focusWidget()
    if focused is not None:
        access.focus_moved(None, focused)
    return access
