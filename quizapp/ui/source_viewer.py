"""The source text, opened at a cited passage with the quote highlighted.

The attribution and license are always shown above the text, as the CC BY-NC-ND license of the
bundled article requires. Passage ids are anchors only; the reader never sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from quizapp.core.models import Pack, Passage
from quizapp.core.pack_summary import PackSummary
from quizapp.core.source import quote_span
from quizapp.ui.appearance import active_theme
from quizapp.ui.fitting import fit_text_window
from quizapp.ui.text_rendering import escape
from quizapp.ui.themes import Theme


def attribution_html(pack: Pack | PackSummary) -> str:
    """The source's title, publisher and licence, from a whole pack or its summary."""
    source = pack.source
    if source is None:
        return ""
    text = "<b>" + escape(QCoreApplication.translate("SourceViewer", "Source:")) + \
        f"</b> “{escape(source.title)}”"
    if source.publisher:
        text += f", {escape(source.publisher)}"
    text += "."
    if source.license:
        license_text = escape(source.license)
        if source.license_url:
            license_text = f"<a href='{escape(source.license_url)}'>{license_text}</a>"
        text += " " + escape(QCoreApplication.translate(
            "SourceViewer", "Licensed under %1; shown verbatim.")).replace("%1", license_text)
    return text


def _passage_html(passage: Passage, quote: str | None, focused: bool, theme: Theme) -> str:
    text = passage.text
    span = quote_span(quote, text) if quote else None
    if span is not None:
        start, end = span
        highlight = (f"background-color:{theme.colours['quote_background']}; "
                     f"color:{theme.colours['quote_text']};")
        body = (escape(text[:start]) + f"<span style='{highlight}'>"
                + escape(text[start:end]) + "</span>" + escape(text[end:]))
    else:
        body = escape(text)
    anchor = f"<a name='{escape(passage.id)}'></a>"
    style = (f" style='border-left: 4px solid {theme.colours['citation']}; padding-left: 8px;'"
             if focused else "")
    if passage.is_list_item:
        return f"<ul style='margin-top:0;margin-bottom:0'><li{style}>{anchor}{body}</li></ul>"
    return f"<p{style}>{anchor}{body}</p>"


def source_html(pack: Pack, focus_passage: str | None = None, quote: str | None = None,
                theme: Theme | None = None) -> str:
    """The source as HTML; the quote highlighted in ``theme``'s colours (the one on screen)."""
    theme = theme or active_theme()
    document = pack.document
    if document is None:
        return "<p>" + escape(QCoreApplication.translate(
            "SourceViewer", "This pack has no source text.")) + "</p>"
    parts: list[str] = []
    current_section: str | None = "\0"
    for passage in document.passages:
        if passage.section_id != current_section:
            current_section = passage.section_id
            section = document.section(current_section)
            if section is not None:
                level = 1 if section.title == document.title else 2
                parts.append(f"<h{level}><a name='{escape(section.id)}'></a>"
                             f"{escape(section.title)}</h{level}>")
        focused = passage.id == focus_passage
        parts.append(_passage_html(passage, quote if focused else None, focused, theme))
    return "\n".join(parts)


class SourceViewer(QDialog):
    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.focused_passage: str | None = None
        self.quote: str | None = None
        self.setObjectName("sourceViewer")
        self.setWindowTitle(self.tr("Source — %1").replace(
            "%1", pack.source.title if pack.source else pack.title))
        fit_text_window(self, 96, 38)
        self.attribution = QLabel(attribution_html(pack))
        self.attribution.setObjectName("attribution")
        self.attribution.setWordWrap(True)
        self.attribution.setTextFormat(Qt.TextFormat.RichText)
        self.attribution.setOpenExternalLinks(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("sourceText")
        self.browser.setAccessibleName(self.tr("Source text"))
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attribution)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_passage(None)

    def show_passage(self, passage_id: str | None, quote: str | None = None) -> None:
        self.browser.setHtml(source_html(self.pack, passage_id, quote))
        if passage_id:
            self.browser.scrollToAnchor(passage_id)
        self.focused_passage = passage_id
        self.quote = quote
        self.browser.setAccessibleDescription(
            self.tr("Opened at the passage quoted, highlighted: “%1”").replace("%1", quote)
            if quote else self.tr("The whole text; arrow keys and Page Down scroll"))
        self.browser.setFocus()  # the text is what this window is for: keys scroll it at once

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the highlight is redrawn in its colours, the reader kept where they were."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            position = self.browser.verticalScrollBar().value()
            self.browser.setHtml(source_html(self.pack, self.focused_passage, self.quote))
            self.browser.verticalScrollBar().setValue(position)
