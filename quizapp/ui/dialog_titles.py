"""Dialogs wide enough for their title.

A small dialog (Qt's own input dialog asking for a new learner's name) is as wide as its
contents, and the window manager then cuts its title: "New le…quizapp". Every dialog that is
shown gets at least the width of its title as the title bar shows it (with the app's name the
window manager adds, and room for the bar's buttons), never more than the screen has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog

FILTER_NAME = "quizappDialogTitles"
TITLE_BAR_BUTTONS = 4
"""Title-bar buttons and the window icon, each about a line of text wide."""


def title_width(dialog: QDialog) -> int:
    """The width the dialog's title needs in a title bar (drawn bold by most window managers)."""
    title = dialog.windowTitle()
    name = QApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"
    font = QFont(dialog.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(title) + metrics.height() * TITLE_BAR_BUTTONS + 32


def widen_for_title(dialog: QDialog) -> None:
    needed = title_width(dialog)
    if dialog.width() >= needed:
        return
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(needed, int(screen.width() * 0.9)), dialog.height())


class DialogTitles(QObject):
    """An event filter on each dialog (not on the application, where it would see every event
    of every widget): ``watch_dialog`` puts it on a dialog as the style polishes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            widen_for_title(watched)
        return False


def watch_dialog(dialog: QDialog) -> None:
    """Called by the app's style (``AccessibleStyle.polish``) for every dialog it polishes."""
    app = QApplication.instance()
    titles = app.findChild(DialogTitles, FILTER_NAME) if app is not None else None
    if isinstance(titles, DialogTitles):
        dialog.removeEventFilter(titles)  # polished again on a theme change: one filter only
        dialog.installEventFilter(titles)


def install_dialog_titles(app: QApplication) -> DialogTitles:
    """Once per application (tests make many windows in one app)."""
    existing = app.findChild(DialogTitles, FILTER_NAME)
    if isinstance(existing, DialogTitles):
        return existing
    titles = DialogTitles(app)
    titles.setObjectName(FILTER_NAME)
    for widget in app.allWidgets():  # dialogs made before
        if isinstance(widget, QDialog):
            watch_dialog(widget)
    return titles
