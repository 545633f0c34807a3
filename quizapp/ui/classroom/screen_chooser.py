"""Which screen the projector uses, asked only when there is more than one.

A classroom laptop usually mirrors or extends to one projector: the projector is then the
screen the main window is not on, and the teacher's last choice is remembered by screen name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SCREEN_KEY = "projector/screen"


def default_screen_index(names: Sequence[str], remembered: str, window_screen: str) -> int:
    """The remembered screen if it is still there, else the first one the window is not on."""
    if remembered in names:
        return list(names).index(remembered)
    return next((i for i, name in enumerate(names) if name != window_screen), 0)


def screen_label(screen: QScreen, number: int, is_window_screen: bool) -> str:
    size = screen.geometry()
    name = " ".join(part for part in (screen.manufacturer(), screen.model()) if part)
    label = f"{number}: {screen.name() or name or 'Screen'} — {size.width()} × {size.height()}"
    if name and screen.name():
        label += f" ({name})"
    if is_window_screen:
        label += QCoreApplication.translate("ScreenChooser", " — where this window is")
    return label


class ScreenChooser(QDialog):
    def __init__(self, screens: Sequence[QScreen], default: int, window_screen: QScreen | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Projector"))
        self.screens = list(screens)
        self.box = QComboBox()
        self.box.setAccessibleName(self.tr("Screen for the projector"))
        for number, screen in enumerate(self.screens, start=1):
            self.box.addItem(screen_label(screen, number, screen is window_screen))
        self.box.setCurrentIndex(default)
        label = QLabel(self.tr("Show the questions full screen on:"))
        label.setBuddy(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        show = buttons.button(QDialogButtonBox.StandardButton.Ok)
        show.setText(self.tr("Show"))
        show.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.box.setFocus()

    def chosen(self) -> QScreen:
        return self.screens[self.box.currentIndex()]


def choose_screen(parent: QWidget, settings: QSettings, screens: Sequence[QScreen]) -> QScreen | None:
    """The screen to use, asking only when there are several; None if the teacher cancels."""
    if len(screens) <= 1:
        return screens[0] if screens else None
    window_screen = parent.screen()
    default = default_screen_index([s.name() for s in screens],
                                   str(settings.value(SCREEN_KEY, "")),
                                   window_screen.name() if window_screen else "")
    dialog = ScreenChooser(screens, default, window_screen, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    settings.setValue(SCREEN_KEY, chosen.name())
    return chosen
