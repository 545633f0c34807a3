"""Help → About: version, licenses and credits, by keyboard, with links that open in the browser."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp import __version__
from quizapp.credits import BUNDLED_ARTICLE, COMPONENTS
from quizapp.ui.about_dialog import AboutDialog
from quizapp.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui.conftest import WindowFactory


class OpenedUrls(QObject):
    """Stands in for the web browser: records what would have been opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Iterator[OpenedUrls]:
    opened = OpenedUrls()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    yield opened
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def open_about(window: MainWindow, qtbot: QtBot) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "&About quizapp")
    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # what the window manager does; offscreen there is none
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_about_names_version_licenses_and_the_article(open_window: WindowFactory,
                                                       qtbot: QtBot) -> None:
    window = open_window()
    assert window.home.current_row() is not None  # a pack is selected: its text must stay out
    dialog = open_about(window, qtbot)
    text = dialog.text.toPlainText()
    html = dialog.text.toHtml()
    assert dialog.windowTitle() == "About quizapp"
    assert dialog.accessibleName() == "About quizapp"
    assert f"quizapp {__version__}" in text
    assert "free software under the MIT license" in text
    article = BUNDLED_ARTICLE
    for part in (article.title, article.author, article.publisher, "CC BY-NC-ND 4.0"):
        assert part in text
    assert article.url in html and article.license_url in html
    assert "Little Atlas" not in text and "Little Atlas" not in html  # the selected pack's title


def test_every_runtime_dependency_is_listed_with_its_license(open_window: WindowFactory,
                                                             qtbot: QtBot) -> None:
    dialog = open_about(open_window(), qtbot)
    lines = dialog.text.toPlainText().splitlines()  # a table row reads name, version, license, use
    by_distribution = {c.distribution.lower(): c for c in COMPONENTS if c.distribution}
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in map(Requirement, project["dependencies"]):
        component = by_distribution[requirement.name.lower()]
        assert component.name in lines, f"{requirement.name} is missing from About"
        row = lines.index(component.name)
        assert lines[row + 2] == component.license, f"{requirement.name}: {lines[row:row + 4]}"
    for always in ("Python", "Qt"):
        assert always in lines


def test_about_by_keyboard_and_links_open_in_the_browser(open_window: WindowFactory, qtbot: QtBot,
                                                        browser: OpenedUrls) -> None:
    dialog = open_about(open_window(), qtbot)
    assert QApplication.focusWidget() is dialog.close_button  # Enter or Esc closes at once
    focusable = [w for w in dialog.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()]
    assert focusable and all(w.accessibleName() or getattr(w, "text", lambda: "")()
                             for w in focusable)

    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # the first link
    assert dialog.text.textCursor().hasSelection()
    first_link = dialog.text.textCursor().charFormat().anchorHref()
    assert first_link.startswith("https://")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert browser.urls == [first_link]

    for _ in range(200):  # Tab walks the links and then leaves the text: never trapped
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is dialog.close_button:
            break
    assert QApplication.focusWidget() is dialog.close_button
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_fits_a_small_screen_at_large_text(open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    font = QApplication.font()
    font.setPointSize(font.pointSize() * 2)
    QApplication.setFont(font)
    try:
        dialog = open_about(window, qtbot)
        room = dialog.screen().availableGeometry()
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
    finally:
        font.setPointSize(font.pointSize() // 2)
        QApplication.setFont(font)
