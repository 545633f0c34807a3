"""The projector's own window: full screen on the chosen screen, driven by keys alone.

It holds a ``ProjectorStage`` and turns keys into requests (signals) for whoever drives it —
projector mode here, a live session elsewhere — so the same window and keys serve both. It
handles by itself only what concerns the window: the help overlay (F1), a blank screen (B) and
the colour scheme (C).

Keys: Space, Enter, Page Down or a click go on; Right and Left move between questions (Page Up
goes back, as presentation remotes send it); Home and End jump to the first and last; Up and
Down scroll a slide too long for the screen; Esc leaves (or closes the help or the blank screen).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from quizapp.ui.classroom.stage import ProjectorStage
from quizapp.ui.classroom.stage_parts import Role, make_label, retire, role_font, set_plain
from quizapp.ui.classroom.theme import DARK, LIGHT, ProjectorTheme, ThemeChoice, stage_style_sheet

ADVANCE_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown}
HelpEntries = Sequence[tuple[str, str]]


class HelpOverlay(QFrame):
    """The keys, over the slide, in type that scales with the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("projectorHelp")
        self.title = make_label(Role.PROMPT, "projectorHelpTitle", wrap=False)
        set_plain(self.title, self.tr("Keys"))
        self.grid = QGridLayout()
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.title)
        self.box.addLayout(self.grid)
        self.entries: list[tuple[QLabel, QLabel]] = []
        self.hide()

    def set_entries(self, entries: HelpEntries) -> None:
        for key, description in self.entries:
            retire(key)
            retire(description)
        self.entries = []
        for row, (keys, what) in enumerate(entries):
            key_label = make_label(Role.BODY, "projectorHelpKey", wrap=False)
            set_plain(key_label, keys)
            what_label = make_label(Role.BODY, "projectorHelpText")
            set_plain(what_label, what)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(what_label, row, 1)
            self.entries.append((key_label, what_label))
        self.setAccessibleDescription("; ".join(f"{k}: {w}" for k, w in entries))

    def fit_into(self, area: QWidget) -> None:
        """Take the largest type at which the list fits in 80 % of the window, and centre it."""
        width, height = round(area.width() * 0.8), round(area.height() * 0.8)
        pixels = max(10, round(area.height() / 22))
        while pixels > 10:
            self._size(pixels)
            hint = self.box.totalSizeHint()
            if hint.width() <= width and hint.height() <= height:
                break
            pixels -= 1
        hint = self.box.totalSizeHint()
        self.setGeometry((area.width() - hint.width()) // 2, (area.height() - hint.height()) // 2,
                         min(hint.width(), area.width()), min(hint.height(), area.height()))

    def _size(self, pixels: int) -> None:
        base = self.font()
        self.title.setFont(role_font(base, Role.PROMPT, pixels))
        for key, what in self.entries:
            key.setFont(role_font(base, Role.KEY, pixels))
            what.setFont(role_font(base, Role.BODY, pixels))
        self.box.setContentsMargins(pixels, pixels, pixels, pixels)
        self.box.setSpacing(round(pixels * 0.6))
        self.grid.setHorizontalSpacing(pixels)
        self.grid.setVerticalSpacing(round(pixels * 0.35))
        self.box.invalidate()
        self.grid.invalidate()


class ProjectorWindow(QWidget):
    advance_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    first_requested = Signal()
    last_requested = Signal()
    leave_requested = Signal()
    key_pressed = Signal(QKeyEvent)  # any other key, for the driver's own commands
    theme_changed = Signal(str)  # ThemeChoice value
    closed = Signal()

    def __init__(self, theme: ProjectorTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Projector — quizapp"))
        self.setAccessibleName(self.tr("Projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stage = ProjectorStage(theme, self)
        self.help = HelpOverlay(self)
        self.blank = QWidget(self)
        self.blank.setObjectName("projectorBlank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank.setAccessibleName(self.tr("Blank screen (B to show the slide again)"))
        self.blank.hide()
        self.set_theme(theme)

    # -- showing -------------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None, full_screen: bool = True) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def set_theme(self, theme: ProjectorTheme) -> None:
        self.theme = theme
        self.setStyleSheet(stage_style_sheet(theme))
        self.stage.set_theme(theme)

    def toggle_theme(self) -> None:
        self.set_theme(DARK if self.theme is LIGHT else LIGHT)
        self.theme_changed.emit(ThemeChoice.DARK if self.theme is DARK else ThemeChoice.LIGHT)

    def set_help(self, entries: HelpEntries) -> None:
        self.help.set_entries(entries)

    def toggle_help(self) -> None:
        self.help.setVisible(not self.help.isVisible())
        if self.help.isVisible():
            self.help.fit_into(self)
            self.help.raise_()

    def toggle_blank(self) -> None:
        self.blank.setVisible(not self.blank.isVisible())
        self.blank.raise_()

    # -- events --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.stage.setGeometry(self.rect())
        self.blank.setGeometry(self.rect())
        if self.help.isVisible():
            self.help.fit_into(self)

    def event(self, event: QEvent) -> bool:
        """F1 is this window's help even while the main window's F1 (its keyboard shortcuts)
        would qualify: claiming the key here keeps the main window's shortcut from firing."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F1:
            self.toggle_help()
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blank()
        elif key == Qt.Key.Key_Escape:
            if self.help.isVisible():
                self.help.hide()
            elif self.blank.isVisible():
                self.blank.hide()
            else:
                self.leave_requested.emit()
        elif key == Qt.Key.Key_C:
            self.toggle_theme()
        elif self.blank.isVisible():
            return  # a blank screen shows nothing until it is lifted
        else:
            self.help.hide()
            self._navigate(event)

    def _navigate(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ADVANCE_KEYS:
            self.advance_requested.emit()
        elif key == Qt.Key.Key_Right:
            self.next_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_requested.emit()
        elif key == Qt.Key.Key_Home:
            self.first_requested.emit()
        elif key == Qt.Key.Key_End:
            self.last_requested.emit()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.stage.scroll_by(1 if key == Qt.Key.Key_Down else -1)
        else:
            self.key_pressed.emit(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.blank.isVisible():
            self.help.hide()
            self.advance_requested.emit()
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
