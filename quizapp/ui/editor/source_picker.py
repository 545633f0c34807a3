"""The passage picker: the source text beside the form, where selecting words makes a citation.

The text is laid out block by block (one block per heading or passage, plain text, never HTML),
so the block the selection is in names its passage: the author selects words and presses
*Cite selection* (Ctrl+E); the quote is exactly the words selected. The citations of the question
being edited are highlighted, and the caret's passage is named below the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.models import Pack, SourceDocument
from quizapp.core.quotes import pinpoint, quote_span, whole_words, word_count
from quizapp.ui.editor.finding_label import show_note
from quizapp.ui.source_viewer import attribution_html

CITED_BACKGROUND = QColor("#ffe066")
CITED_TEXT = QColor("#000000")


class SelectionError(ValueError):
    """The selection cannot be cited; the message says what to select instead."""


class SourcePicker(QWidget):
    cite_requested = Signal(str, str)  # passage id, quote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePicker")
        self.document: SourceDocument | None = None
        self.block_passages: dict[int, str] = {}
        self.passage_blocks: dict[str, int] = {}
        self.widened = False  # the last cite needed words around the selection to be unique
        self.title = QLabel(self.tr("Source text"))
        self.title.setObjectName("pickerTitle")
        self.title.setWordWrap(True)  # else its one line keeps the form too narrow at 1024 px
        self.attribution = QLabel()
        self.attribution.setObjectName("attribution")
        self.attribution.setWordWrap(True)
        self.attribution.setTextFormat(Qt.TextFormat.RichText)
        self.attribution.setOpenExternalLinks(True)
        self.text = QTextBrowser()
        self.text.setObjectName("pickerText")
        self.text.setAccessibleName(self.tr("Source text: select words to cite"))
        self.text.setOpenLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.cursorPositionChanged.connect(self._caret_moved)
        self.text.selectionChanged.connect(self._caret_moved)
        self.where = QLabel()
        self.where.setObjectName("pickerWhere")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.cite_button = QPushButton(self.tr("&Cite selection (Ctrl+E)"))
        self.cite_button.setObjectName("citeButton")
        self.cite_button.setAccessibleName(self.tr("Cite selection"))
        self.cite_button.setAutoDefault(True)
        self.cite_button.setToolTip(self.tr("Add the selected words as a citation of this "
                                            "question; the passage is found for you"))
        self.cite_button.clicked.connect(self.cite_selection)
        self.message = QLabel()
        self.message.setObjectName("fieldNote")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        buttons = QHBoxLayout()  # the passage's name above: a long one wraps, the button stays whole
        buttons.addStretch(1)
        buttons.addWidget(self.cite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.attribution)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.set_source(None, None)

    # -- content -------------------------------------------------------------------------------
    def set_source(self, pack: Pack | None, document: SourceDocument | None) -> None:
        """Lay out the source text as plain-text blocks, remembering which passage each is."""
        self.document = document
        self.block_passages, self.passage_blocks = {}, {}
        self.attribution.setText(attribution_html(pack) if pack is not None else "")
        text = QTextDocument(self.text)
        text.setDefaultFont(self.text.font())
        self.text.setDocument(text)
        cursor = QTextCursor(text)
        if document is None:
            cursor.insertText(self.tr("This pack has no source text. Add a 'source' to the pack "
                                      "(Pack details…) to cite passages."))
            self.cite_button.setEnabled(False)
            self.title.setText(self.tr("Source text"))
            return
        self.title.setText(self.tr("Source text — select words, then Cite selection"))
        self.cite_button.setEnabled(True)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.text.font().pointSizeF() * 1.15)
        body = QTextCharFormat()
        current_section: str | None = "\0"
        first = True
        for passage in document.passages:
            if passage.section_id != current_section:
                current_section = passage.section_id
                section = document.section(current_section)
                if section is not None:
                    self._block(cursor, first, heading, section.title, spacing=10)
                    first = False
            number = self._block(cursor, first, body, passage.text, spacing=6)
            first = False
            if passage.is_list_item:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                cursor.createList(list_format)
            self.block_passages[number] = passage.id
            self.passage_blocks[passage.id] = number
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _block(self, cursor: QTextCursor, first: bool, char_format: QTextCharFormat, text: str,
               spacing: int) -> int:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(spacing)
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)
        return cursor.blockNumber()

    # -- citing --------------------------------------------------------------------------------
    def selected_cite(self) -> tuple[str, str]:
        """The passage and the words selected, widened to whole words and, when those words
        occur more than once in the passage, to the few words around them that occur once
        (the selection shows what is cited); raises ``SelectionError`` saying what to do."""
        cursor = self.text.textCursor()
        if self.document is None:
            raise SelectionError(self.tr("This pack has no source text to cite."))
        if not cursor.hasSelection():
            raise SelectionError(self.tr("Select the words that prove the answer first (drag "
                                         "with the mouse, or Shift+arrow keys in the text)."))
        text = self.text.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first, last = text.findBlock(start), text.findBlock(end)
        if last.blockNumber() > first.blockNumber() and end == last.position():
            last = last.previous()  # a selection ending at the very start of the next block
            end = last.position() + last.length() - 1
        if first.blockNumber() != last.blockNumber():
            raise SelectionError(self.tr("Select words within one paragraph: a quote comes from "
                                         "one passage. Cite the other paragraph separately."))
        passage_id = self.block_passages.get(first.blockNumber())
        if passage_id is None:
            raise SelectionError(self.tr("Headings cannot be cited; select words in a paragraph."))
        words = first.text()
        start, end = whole_words(words, start - first.position(), end - first.position())
        if start == end:
            raise SelectionError(self.tr("Only spaces are selected; select words."))
        if word_count(words[start:end]) == 0:
            raise SelectionError(self.tr("“%1” has no words to prove anything; select the words "
                                         "that prove the answer.").replace("%1", words[start:end]))
        selected = (start, end)
        start, end = pinpoint(words, start, end)
        self.widened = (start, end) != selected
        self._select(first.position() + start, first.position() + end)
        return passage_id, words[start:end]

    def cite_selection(self) -> None:
        try:
            passage_id, quote = self.selected_cite()
        except SelectionError as error:
            show_note(self.message, str(error), problem=True)
            return
        if self.widened:
            show_note(self.message, self.tr("Cited “%1”: the words selected occur more than "
                                            "once in this passage, so the words around them "
                                            "say which place is meant.").replace("%1", quote))
        else:
            show_note(self.message, "")
        self.cite_requested.emit(passage_id, quote)

    def _select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def select_words(self, passage_id: str, quote: str) -> bool:
        """Select ``quote`` in its passage, as an author would (used by Show in source and tests)."""
        number = self.passage_blocks.get(passage_id)
        if number is None or self.document is None:
            return False
        block = self.text.document().findBlockByNumber(number)
        span = quote_span(quote, block.text())
        if span is None:
            return False
        self._select(block.position() + span[0], block.position() + span[1])
        self.text.ensureCursorVisible()
        return True

    def scroll_to(self, passage_id: str) -> None:
        """Bring a passage into view without touching the author's selection."""
        number = self.passage_blocks.get(passage_id)
        if number is None:
            return
        block = self.text.document().findBlockByNumber(number)
        layout = self.text.document().documentLayout()
        top = int(layout.blockBoundingRect(block).top())
        bar = self.text.verticalScrollBar()
        if not bar.value() <= top <= bar.value() + self.text.viewport().height() - 40:
            bar.setValue(max(0, top - 24))

    def highlight(self, cites: list[tuple[str, str]]) -> None:
        """Mark the current question's cited words, so the author sees what is already cited."""
        selections = []
        for passage_id, quote in cites:
            number = self.passage_blocks.get(passage_id)
            if number is None:
                continue
            block = self.text.document().findBlockByNumber(number)
            span = quote_span(quote, block.text())
            if span is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + span[0])
            cursor.setPosition(block.position() + span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(CITED_BACKGROUND)
            selection.format.setForeground(CITED_TEXT)
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def _caret_moved(self) -> None:
        if self.document is None:
            self.where.setText("")
            return
        block = self.text.textCursor().block()
        passage_id = self.block_passages.get(block.blockNumber())
        if passage_id is None:
            self.where.setText(self.tr("A heading (not citable)"))
            return
        passage = self.document.passage(passage_id)
        section = self.document.section(passage.section_id) if passage else None
        where = f" — {section.title}" if section is not None else ""
        self.where.setText(self.tr("Passage %1").replace("%1", passage_id) + where)

