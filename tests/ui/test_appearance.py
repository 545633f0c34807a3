"""Text size and theme: applied at once to everything on screen, remembered, followed from the
system; every control shows keyboard focus in every theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.appearance import (
    TEXT_SIZE_KEY,
    THEME_KEY,
    Appearance,
    ThemeChoice,
    next_zoom_step,
)
from quizapp.ui.main_window import MainWindow
from quizapp.ui.themes import load_themes
from tests.ui.conftest import WindowFactory


@pytest.fixture(autouse=True)
def default_look_afterwards() -> Iterator[None]:
    """The app's look is shared by every test in the process: put the defaults back."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    Appearance.of(app).use_settings(None)


def appearance() -> Appearance:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Appearance.of(app)


def menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no action {text!r}")


def test_larger_text_grows_what_is_already_on_screen(open_window: WindowFactory,
                                                     qtbot: QtBot) -> None:
    window = open_window()
    window.start_quiz(window.loaded_packs()[0])
    prompt, button, edit_font = window.quiz.prompt, window.quiz.action, window.font()
    before = (prompt.font().pointSizeF(), button.font().pointSizeF(), edit_font.pointSizeF())
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert appearance().text_size == 110
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance().text_size == 100
    about = window.show_about()  # a dialog open while the size changes
    title = about.findChild(QLabel, "aboutTitle")
    assert isinstance(title, QLabel)
    title_before = title.font().pointSizeF()
    menu_action(window, "Larger text").trigger()
    menu_action(window, "Larger text").trigger()
    assert appearance().text_size == 125
    # the widgets made before the change grew at once, style sheet sizes (the prompt's 16 pt) too
    assert prompt.font().pointSizeF() == pytest.approx(before[0] * 1.25, abs=0.2)
    assert button.font().pointSizeF() == pytest.approx(before[1] * 1.25, abs=0.2)
    assert window.font().pointSizeF() == pytest.approx(before[2] * 1.25, abs=0.2)
    assert title.font().pointSizeF() == pytest.approx(title_before * 1.25, abs=0.2)  # a dialog
    assert "125 %" in window.statusBar().currentMessage()
    menu_action(window, "Normal text size").trigger()
    assert prompt.font().pointSizeF() == pytest.approx(before[0], abs=0.1)
    about.close()


def test_text_size_is_remembered_and_bounded(open_window: WindowFactory) -> None:
    window = open_window()
    view = window.view
    for _ in range(10):
        view.zoom(1)
    assert appearance().text_size == 200
    assert window.context.settings.value(TEXT_SIZE_KEY) in (200, "200")
    for _ in range(10):
        view.zoom(-1)
    assert appearance().text_size == 100
    view.zoom(1)
    window.close()
    again = open_window()  # the same settings file: a new start of the app
    assert appearance().text_size == 110
    assert again.font().pointSizeF() == pytest.approx(appearance().base_point_size * 1.1, abs=0.1)
    assert next_zoom_step(115, 1) == 125 and next_zoom_step(115, -1) == 110


def test_settings_change_text_size_and_theme_live(open_window: WindowFactory,
                                                  qtbot: QtBot) -> None:
    window = open_window()
    dialog = window.view.show_settings()
    size_box = dialog.findChild(QSpinBox, "textSizeBox")
    theme_box = dialog.findChild(QComboBox, "themeBox")
    assert isinstance(size_box, QSpinBox) and isinstance(theme_box, QComboBox)
    before = dialog.font().pointSizeF()
    size_box.setValue(150)
    assert appearance().text_size == 150
    assert dialog.font().pointSizeF() == pytest.approx(before * 1.5, abs=0.2)  # itself, too
    theme_box.setCurrentIndex(theme_box.findData(ThemeChoice.HIGH_CONTRAST.value))
    assert window.context.settings.value(THEME_KEY) == "high-contrast"
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    menu_action(window, "Smaller text").trigger()  # Ctrl+- while the dialog is open
    assert size_box.value() == 125
    dialog.close()


def test_system_theme_follows_the_desktop_while_running(open_window: WindowFactory,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    scheme = [Qt.ColorScheme.Light]
    look = appearance()
    monkeypatch.setattr(look, "system_scheme", lambda: scheme[0])  # the desktop's, as it changes
    look.set_theme_choice(ThemeChoice.SYSTEM)
    themes = load_themes()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(
        themes["light"].palette["Window"])
    scheme[0] = Qt.ColorScheme.Dark
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(
        themes["dark"].palette["Window"])
    assert window.view.theme_actions[ThemeChoice.SYSTEM].isChecked()
    look.set_theme_choice(ThemeChoice.LIGHT)  # an explicit choice no longer follows
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(
        themes["light"].palette["Window"])


def test_theme_menu_switches_every_screen_at_once(open_window: WindowFactory) -> None:
    window = open_window()
    pack = window.loaded_packs()[0]
    window.start_quiz(pack)
    viewer = window.show_source(pack, None)
    assert viewer is not None
    window.view.theme_actions[ThemeChoice.DARK].trigger()
    dark = load_themes()["dark"]
    assert window.quiz.palette().color(QPalette.ColorRole.Window) == QColor(dark.palette["Window"])
    assert dark.colours["focus"] in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    viewer.show_passage(pack.document.passages[0].id,  # type: ignore[union-attr]
                        pack.document.passages[0].text[:20])  # type: ignore[union-attr]
    assert dark.colours["quote_background"] in viewer.browser.toHtml()
    window.view.theme_actions[ThemeChoice.HIGH_CONTRAST].trigger()  # the open viewer follows
    assert load_themes()["high-contrast"].colours["quote_background"] in viewer.browser.toHtml()
    viewer.close()


def test_statistics_charts_follow_the_theme(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_statistics()
    for choice in (ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST, ThemeChoice.LIGHT):
        window.view.theme_actions[choice].trigger()
        theme = load_themes()[choice.value]
        chart = window.statistics.accuracy_chart.chart()
        assert chart.backgroundBrush().color() == QColor(theme.palette["Base"])
        assert chart.titleBrush().color() == QColor(theme.palette["Text"])
        bars = window.statistics.pack_chart  # labelled bars drawn in the series colour
        assert colour_pixels(bars, theme.colours["chart_series"]) > 20


def colour_pixels(widget: QWidget, colour: str) -> int:
    """How many pixels of ``colour`` the widget shows."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    wanted = QColor(colour).rgba().to_bytes(4, "little")
    return bytes(image.constBits()).count(wanted)  # type: ignore[arg-type]


FOCUSABLE = (QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QCheckBox, QTableView,
             QTextBrowser)


@pytest.mark.parametrize("choice", [c for c in ThemeChoice if c is not ThemeChoice.SYSTEM])
def test_every_control_shows_keyboard_focus(open_window: WindowFactory, qtbot: QtBot,
                                            choice: ThemeChoice) -> None:
    """Push buttons showed no focus at all before; now every kind of control on the home screen,
    the quiz and the settings shows a ring in the theme's focus colour when it has focus."""
    window = open_window()
    window.view.theme_actions[choice].trigger()
    focus = load_themes()[choice.value].colours["focus"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    checked: set[str] = set()

    def check(root: QWidget) -> None:
        for kind in FOCUSABLE:
            for widget in root.findChildren(kind):
                if (not widget.isVisible() or not widget.isEnabled()
                        or widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                        or isinstance(widget.parentWidget(), (QSpinBox, QComboBox))):
                    continue  # a spin box's own line edit: the spin box shows the focus
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(widget.hasFocus)
                focused = colour_pixels(widget, focus)
                widget.clearFocus()
                unfocused = colour_pixels(widget, focus)
                assert focused >= unfocused + 2 * widget.height(), (
                    f"{type(widget).__name__} {widget.objectName()} shows no focus in {choice}: "
                    f"{focused} focus-coloured pixels focused, {unfocused} not")
                checked.add(f"{kind.__name__} {widget.objectName()}".strip())

    check(window.home)
    window.start_quiz(window.loaded_packs()[0])  # the choice buttons
    check(window.quiz)
    dialog = window.view.show_settings()
    check(dialog)
    dialog.close()
    kinds = {name.split()[0] for name in checked}
    assert kinds >= {"QPushButton", "QToolButton", "QComboBox", "QSpinBox", "QCheckBox",
                     "QTableView"}
    assert "QPushButton choiceButton" in checked


def test_the_projector_follows_the_app_unless_told_otherwise(open_window: WindowFactory,
                                                            qtbot: QtBot) -> None:
    from quizapp.ui.classroom.theme import DARK, LIGHT

    window = open_window()
    window.view.theme_actions[ThemeChoice.LIGHT].trigger()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    mode = window.projector.mode
    assert mode is not None and mode.window.theme is LIGHT
    window.view.theme_actions[ThemeChoice.HIGH_CONTRAST].trigger()  # while it is showing
    assert mode.window.theme is DARK and mode.stage.theme is DARK
    qtbot.keyClick(mode.window, Qt.Key.Key_C)  # the teacher picks light for this room
    window.view.theme_actions[ThemeChoice.DARK].trigger()
    assert mode.window.theme is LIGHT
    mode.window.close()


def test_links_take_the_new_themes_colour(open_window: WindowFactory) -> None:
    """Links keep the colour of the palette their text was set under; after a change of theme
    they are coloured again (a light theme's blue on high contrast's black was 2.4:1)."""
    window = open_window()
    window.view.theme_actions[ThemeChoice.LIGHT].trigger()
    about = window.show_about()
    window.view.theme_actions[ThemeChoice.HIGH_CONTRAST].trigger()
    link = load_themes()["high-contrast"].palette["Link"]
    assert "href" in window.home.attribution.text()
    assert colour_pixels(window.home.attribution, link) > 20
    assert colour_pixels(about.text.viewport(), link) > 20
    about.close()


def test_disabled_buttons_scroll_bars_and_close_buttons_read_in_every_theme(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    """High contrast showed a disabled button in bright green with a dashed white border
    (more "go" than the enabled ones), scroll bars almost invisible, and dialog buttons' "×"
    icons vanished on dark themes."""
    from PySide6.QtWidgets import QDialogButtonBox, QScrollBar

    from quizapp.ui.contrast import contrast_ratio
    window = open_window()
    for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST):
        appearance().set_theme_choice(choice)
        theme = appearance().current_theme
        enabled, disabled = QPushButton("Go", window), QPushButton("Check answer", window)
        disabled.setEnabled(False)
        for button in (enabled, disabled):
            button.resize(160, 40)
            button.show()
        # the disabled button's border and text are dimmer than the enabled one's, and never
        # in the colour of "right"
        dim = theme.disabled_colour("ButtonText")
        assert dim != theme.colours["right"], choice
        assert colour_pixels(disabled, theme.colours["border"]) * 10 < colour_pixels(
            enabled, theme.colours["border"]), choice  # (a few anti-aliased corners)
        assert contrast_ratio(dim, theme.palette["Button"]) < contrast_ratio(
            theme.palette["ButtonText"], theme.palette["Button"]), choice
        # a scroll bar's handle stands out from its track
        bar = QScrollBar(Qt.Orientation.Vertical, window)
        bar.setRange(0, 100)
        bar.setPageStep(20)
        bar.resize(16, 200)
        bar.show()
        assert colour_pixels(bar, theme.colours["border"]) > 200, choice
        # dialog buttons say what they do in words, with no icon drawn in one fixed colour
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, window)
        box.show()
        close = box.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None and close.icon().isNull(), choice
        for widget in (enabled, disabled, bar, box):
            widget.deleteLater()
