"""Theme and text size, applied to the whole app at once and remembered in the settings.

One ``Appearance`` lives on the QApplication. Applying sets, in this order, the style (Fusion with
the accessible touches of :class:`~quizapp.ui.focus_style.AccessibleStyle`), the theme's palette,
the font and the style sheet rendered for both: re-setting the app's style sheet is what makes Qt
re-polish every widget on screen, open dialogs included, so a new text size or theme shows at
once rather than only in widgets made later. Widgets that paint with colours of their own
(charts, the source text) redraw on the ``PaletteChange`` / ``FontChange`` events this causes.

"System" follows the desktop's light or dark scheme (``QStyleHints.colorScheme``) and changes
with it while the app runs.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QTemporaryDir,
    Signal,
)
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from quizapp.ui.focus_style import AccessibleStyle
from quizapp.ui.themes import Theme, arrow_svgs, load_themes, style_sheet
from quizapp.ui.translation import QT_TRANSLATE_NOOP


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Appearance", {
            ThemeChoice.SYSTEM: QT_TRANSLATE_NOOP("Appearance", "Follow the system (light or dark)"),
            ThemeChoice.LIGHT: QT_TRANSLATE_NOOP("Appearance", "Light"),
            ThemeChoice.DARK: QT_TRANSLATE_NOOP("Appearance", "Dark"),
            ThemeChoice.HIGH_CONTRAST: QT_TRANSLATE_NOOP("Appearance", "High contrast"),
        }[self])


THEME_KEY = "appearance/theme"
TEXT_SIZE_KEY = "appearance/text_size"
SMALLEST_TEXT, LARGEST_TEXT = 100, 200
ZOOM_STEPS = (100, 110, 125, 150, 175, 200)
"""Where Ctrl++ and Ctrl+- stop; any whole percentage in between can be set in Settings."""
MINIMUM_POINT_SIZE = 11.0
"""Body text never starts smaller than this, whatever the desktop's font (readable on a projector)."""

SchemeReader = Callable[[], Qt.ColorScheme]


def next_zoom_step(percent: int, direction: int) -> int:
    """The next of :data:`ZOOM_STEPS` above (direction 1) or below (-1) ``percent``."""
    if direction > 0:
        return next((step for step in ZOOM_STEPS if step > percent), LARGEST_TEXT)
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), SMALLEST_TEXT)


def clamp_text_size(percent: int) -> int:
    return max(SMALLEST_TEXT, min(LARGEST_TEXT, percent))


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    for role_name, colour in theme.palette.items():
        role = getattr(QPalette.ColorRole, role_name, None)
        if role is None:  # a role this Qt does not have (Accent before 6.6)
            continue
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role,
                         QColor(theme.disabled_colour(role_name)))
    return palette


class Appearance(QObject):
    """The app-wide theme and text size. Get it with :meth:`of`; give it the learner's
    settings with :meth:`use_settings` (until then it shows the defaults)."""

    appearance_changed = Signal()

    def __init__(self, app: QApplication, scheme: SchemeReader | None = None) -> None:
        super().__init__(app)
        self.setObjectName("quizappAppearance")
        self.app = app
        self.settings: QSettings | None = None
        self.themes = load_themes()
        self.system_scheme: SchemeReader = scheme or app.styleHints().colorScheme
        fonts = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.base_point_size = max(MINIMUM_POINT_SIZE, fonts.pointSizeF())
        self.images = QTemporaryDir()  # the arrows, drawn in each theme's colours
        self.current_theme = self.theme()
        self.accessible_style = AccessibleStyle(QStyleFactory.create("Fusion"),
                                                lambda: self.current_theme)
        app.setStyle(self.accessible_style)
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    @classmethod
    def of(cls, app: QApplication) -> Appearance:
        found = app.findChild(Appearance, "quizappAppearance")
        return found if isinstance(found, Appearance) else cls(app)

    def use_settings(self, settings: QSettings | None) -> None:
        self.settings = settings
        self.apply()

    # -- choices -------------------------------------------------------------------------------
    @property
    def theme_choice(self) -> ThemeChoice:
        stored = self.settings.value(THEME_KEY, ThemeChoice.SYSTEM.value) if self.settings else ""
        try:
            return ThemeChoice(str(stored))
        except ValueError:
            return ThemeChoice.SYSTEM

    @property
    def text_size(self) -> int:
        stored = self.settings.value(TEXT_SIZE_KEY, SMALLEST_TEXT) if self.settings else 100
        try:
            return clamp_text_size(int(str(stored)))
        except ValueError:
            return SMALLEST_TEXT

    @property
    def point_size(self) -> float:
        return round(self.base_point_size * self.text_size / 100, 1)

    def set_theme_choice(self, choice: ThemeChoice) -> None:
        if self.settings is not None:
            self.settings.setValue(THEME_KEY, choice.value)
        self.apply()

    def set_text_size(self, percent: int) -> None:
        if self.settings is not None:
            self.settings.setValue(TEXT_SIZE_KEY, clamp_text_size(percent))
        self.apply()

    def zoom(self, direction: int) -> int:
        """Ctrl++ (1), Ctrl+- (-1), Ctrl+0 (0): the new text size in percent."""
        self.set_text_size(SMALLEST_TEXT if direction == 0
                           else next_zoom_step(self.text_size, direction))
        return self.text_size

    def theme(self) -> Theme:
        choice = self.theme_choice
        if choice is ThemeChoice.SYSTEM:
            dark = self.system_scheme() == Qt.ColorScheme.Dark
            return self.themes["dark" if dark else "light"]
        return self.themes[choice.value]

    # -- applying ------------------------------------------------------------------------------
    def apply(self) -> None:
        theme = self.current_theme = self.theme()
        font = self.app.font()
        font.setPointSizeF(self.point_size)
        sheet = style_sheet(theme, self.point_size, self._images(theme))
        if (sheet == self.app.styleSheet() and font == self.app.font()
                and self.app.palette() == palette_for(theme)):
            return
        self.app.setPalette(palette_for(theme))
        self.app.setFont(font)
        self.app.setStyleSheet(sheet)  # re-polishes every widget: fonts and colours update now
        recolour_links()
        self.appearance_changed.emit()

    def _images(self, theme: Theme) -> dict[str, str]:
        paths = {}
        for name, svg in arrow_svgs(theme).items():
            path = Path(self.images.path()) / f"{theme.id}-{name}.svg"
            if not path.exists():
                path.write_text(svg, encoding="utf-8")
            paths[name] = path.as_posix()
        return paths

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme_choice is ThemeChoice.SYSTEM:
            self.apply()


def recolour_links() -> None:
    """Qt colours a rich-text link when the text is set, from the palette of that moment; a
    label keeps that colour through a change of theme (a light theme's blue link on high
    contrast's black). Setting the text again takes the new palette's link colour."""
    for widget in QApplication.allWidgets():
        if (isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText
                and "href" in widget.text()):
            text = widget.text()
            widget.clear()  # setText with the same text would do nothing
            widget.setText(text)


def active_theme() -> Theme:
    """The theme on screen, for widgets that paint colours the palette has no role for."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return Appearance.of(app).current_theme
    return load_themes()["light"]
