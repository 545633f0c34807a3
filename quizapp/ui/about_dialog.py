"""Help → About: the version, quizapp's license, the bundled article's attribution (its CC BY-NC-ND
4.0 license asks for it wherever the source is credited) and the licenses of the software inside.

Everything shown comes from ``quizapp.credits`` and the running interpreter; no pack text is ever
shown here, so nothing a stranger wrote can reach this rich-text view. Links open in the browser.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp import __version__
from quizapp.credits import (
    APP_COPYRIGHT,
    APP_LICENSE,
    APP_LICENSE_URL,
    BUNDLED_ARTICLE,
    Component,
    shown_components,
)
from quizapp.ui.core_texts import core_text
from quizapp.ui.text_rendering import escape


def link(url: str, text: str) -> str:
    return f"<a href='{escape(url)}'>{escape(text)}</a>"


class AboutDialog(QDialog):
    """Keyboard usable: Close has focus (Enter and Esc close), Tab reaches
    the text, where Tab walks the links and Enter opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About quizapp"))
        self.setAccessibleName(self.tr("About quizapp"))

        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(self.tr("quizapp icon"))
        title = QLabel(self.tr("quizapp %1").replace("%1", __version__))
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(self.tr("Offline quizzes whose every explanation shows the passage of the "
                                 "source text that proves it. Your scores stay on this computer."))
        tagline.setTextFormat(Qt.TextFormat.PlainText)
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(True)
        self.text.setStyleSheet("QTextBrowser:focus { border: 2px solid palette(highlight); }")
        self.text.setAccessibleName(self.tr("Licenses and credits"))
        self.text.setAccessibleDescription(self.tr("Tab moves between links; Enter opens a link "
                                                   "in your web browser."))
        self.text.setHtml(self.credits_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.close_button, self.text)
        self.close_button.setFocus()
        self.resize(self.fitting_size())

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the links are coloured again (Qt colours them when the text is set)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "text"):
            self.text.setHtml(self.credits_html())

    def fitting_size(self) -> QSize:
        """Roomy on a desktop, never larger than the screen (a 1024×768 projector at 200 %)."""
        wanted = QSize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 32)
        room = self.screen().availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    # -- the text ------------------------------------------------------------------------------
    def credits_html(self) -> str:
        return "".join((self.license_html(), self.article_html(), self.components_html(),
                        self.running_on_html()))

    def license_html(self) -> str:
        heading = escape(self.tr("License"))
        return (f"<h3>{heading}</h3><p>"
                + escape(self.tr("quizapp is free software under the %1 license: use, change and "
                                 "share it as you like. %2."))
                .replace("%1", link(APP_LICENSE_URL, APP_LICENSE))
                .replace("%2", escape(APP_COPYRIGHT))
                + "</p>")

    def article_html(self) -> str:
        article = BUNDLED_ARTICLE
        credit = (escape(self.tr("The bundled pack’s source text is “%1” by %2, %3, licensed under "
                                 "%4. It is shipped verbatim, unaltered and non-commercially. The "
                                 "questions and explanations are quizapp’s own writing."))
                  .replace("%1", link(article.url, article.title))
                  .replace("%2", escape(article.author))
                  .replace("%3", escape(article.publisher))
                  .replace("%4", link(article.license_url, article.license)))
        heading = escape(self.tr("The bundled article"))
        return f"<h3>{heading}</h3><p>{credit}</p>"

    def components_html(self) -> str:
        header = "".join(f"<th align='left'>{escape(text)}</th>" for text in (
            self.tr("Software"), self.tr("Version"), self.tr("License"), self.tr("Used for")))
        rows = "".join(self.component_row(component, installed)
                       for component, installed in shown_components())
        lgpl = escape(self.tr(
            "Qt and PySide6 are used under the GNU LGPL 3.0. They stay separate libraries in "
            "every build of quizapp, so you may replace them with versions you built yourself; "
            "their source code is at %1."
        )).replace("%1", link("https://code.qt.io/", "code.qt.io"))
        heading = escape(self.tr("Third-party software"))
        return (f"<h3>{heading}</h3>"
                f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{rows}</table>"
                f"<p>{lgpl}</p>")

    def component_row(self, component: Component, installed: str | None) -> str:
        version = installed or (platform.python_version() if component.name == "Python" else
                                qVersion() if component.name == "Qt" else "")
        cells = (link(component.url, component.name), escape(version),
                 link(component.license_url, component.license),
                 escape(core_text(component.used_for)))
        return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"

    def running_on_html(self) -> str:
        details = (self.tr("quizapp %1 on Python %2, Qt %3, PySide6 %4, %5")
                   .replace("%1", __version__).replace("%2", platform.python_version())
                   .replace("%3", qVersion()).replace("%4", pyside_version)
                   .replace("%5", platform.platform(terse=True)))
        heading = escape(self.tr("Running on"))
        return f"<h3>{heading}</h3><p>{escape(details)}</p>"
