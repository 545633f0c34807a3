"""Painting blocks of rows onto pages (PDF or printer) without ever splitting a block.

A document is a list of blocks (a question, an answer-key entry), each a list of rows (a line of
text, a choice with its box, lines to write on). Every row measures itself for the page width;
blocks are then placed on pages so that none is cut in two, unless a single block is taller than
a whole page, and only then is it broken between rows. Painting goes one block per step, so a
caller can show progress and keep the window responsive between steps.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
INK = QColor("#000000")
FAINT = QColor("#555555")


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    italic: QFont
    small: QFont
    title: QFont

    @classmethod
    def standard(cls, size: float = 11.0) -> Fonts:
        def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
            result = QFont()
            result.setPointSizeF(points)
            result.setBold(bold)
            result.setItalic(italic)
            # "ff", "fi" drawn as one glyph would be read back (copied, searched, read aloud)
            # as a ligature character instead of the letters
            result.setFeature(QFont.Tag("liga"), 0)
            return result

        return cls(font(size), font(size, bold=True), font(size, italic=True),
                   font(size * 0.8), font(size * 1.5, bold=True))


class Canvas:
    """A painter plus the units of its device: everything is laid out in device pixels."""

    def __init__(self, painter: QPainter, resolution: int, fonts: Fonts) -> None:
        self.painter = painter
        self.resolution = resolution
        self.fonts = fonts

    def mm(self, millimetres: float) -> float:
        return millimetres * self.resolution / 25.4

    def text_height(self, text: str, font: QFont, width: float) -> float:
        self.painter.setFont(font)
        return self.painter.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), WRAP, text).height()

    def text_width(self, text: str, font: QFont) -> float:
        self.painter.setFont(font)
        return self.painter.boundingRect(QRectF(0, 0, 1e7, 1e7), 0, text).width()

    def draw_text(self, x: float, y: float, width: float, text: str, font: QFont,
                  colour: QColor = INK) -> float:
        """Plain text (never HTML: pack text comes from strangers), wrapped; returns its height."""
        self.painter.setFont(font)
        self.painter.setPen(colour)
        height = self.text_height(text, font, width)
        self.painter.drawText(QRectF(x, y, max(width, 1.0), height), WRAP, text)
        return height

    def line_height(self, font: QFont) -> float:
        return self.text_height("Xg", font, 1e6)

    def box(self, x: float, y: float, side: float) -> None:
        self.painter.setPen(QPen(INK, self.mm(0.3)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(QRectF(x, y, side, side))

    def rule(self, x: float, y: float, length: float, colour: QColor = INK) -> None:
        self.painter.setPen(QPen(colour, self.mm(0.25)))
        self.painter.drawLine(QPointF(x, y), QPointF(x + length, y))


class Row:
    """One piece of a block. ``measure`` is called once with the width before any ``draw``."""

    def measure(self, canvas: Canvas, width: float) -> float:
        raise NotImplementedError

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError


@dataclass
class TextRow(Row):
    """A wrapped paragraph, with an optional label hanging in the margin (``12.`` or ``A.``)."""

    text: str
    font_name: str = "body"
    indent_mm: float = 0.0
    label: str = ""
    label_mm: float | None = None
    """Width of the label's margin; None fits the label itself (a translated "Answer:")."""
    faint: bool = False
    _label_width: float = field(default=0.0, init=False)

    def _font(self, canvas: Canvas) -> QFont:
        font: QFont = getattr(canvas.fonts, self.font_name)
        return font

    def _label_font(self, canvas: Canvas) -> QFont:
        return canvas.fonts.bold if self.font_name == "body" else self._font(canvas)

    def measure(self, canvas: Canvas, width: float) -> float:
        if self.label_mm is not None:
            self._label_width = canvas.mm(self.label_mm)
        elif self.label:
            self._label_width = canvas.text_width(self.label, self._label_font(canvas)) \
                + canvas.mm(1.5)
        offset = canvas.mm(self.indent_mm) + self._label_width
        return canvas.text_height(self.text, self._font(canvas), width - offset)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        font = self._font(canvas)
        colour = FAINT if self.faint else INK
        if self.label:
            canvas.draw_text(x + canvas.mm(self.indent_mm), y, self._label_width, self.label,
                             self._label_font(canvas), colour)
        offset = canvas.mm(self.indent_mm) + self._label_width
        canvas.draw_text(x + offset, y, width - offset, self.text, font, colour)


@dataclass
class Spacer(Row):
    millimetres: float

    def measure(self, canvas: Canvas, width: float) -> float:
        return canvas.mm(self.millimetres)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        return None


Block = Sequence[Row]


@dataclass(frozen=True)
class Placed:
    block: int
    row: Row
    page: int
    y: float


@dataclass
class PageFrame:
    """What every page carries besides its blocks: a first-page header and a footer line."""

    header: Block = ()
    footer: Callable[[int, int], str] = lambda page, pages: f"{page} / {pages}"


class PagedDocument:
    def __init__(self, device: QPagedPaintDevice, blocks: Sequence[Block], frame: PageFrame,
                 fonts: Fonts | None = None, gap_mm: float = 6.0) -> None:
        self.device = device
        self.blocks = blocks
        self.frame = frame
        self.fonts = fonts or Fonts.standard()
        self.gap_mm = gap_mm
        self.pages = 0
        self.placement: list[Placed] = []
        """Where each row went, known once painting has started."""

    def steps(self) -> Generator[tuple[int, int], None, None]:
        """Paint block by block, yielding (blocks painted, blocks in all) after each.

        Closing the iterator early (a cancelled print) still ends the painter, so the device is
        released; the caller deletes the unfinished file.
        """
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError("the printer or PDF file could not be opened for writing")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            canvas = Canvas(painter, self.device.logicalDpiY(), self.fonts)
            area = self.device.pageLayout().paintRectPixels(self.device.logicalDpiY())
            width, height = float(area.width()), float(area.height())
            footer_height = canvas.line_height(self.fonts.small) + canvas.mm(3)
            self.placement = self._place(canvas, width, height - footer_height)
            self.pages = max((p.page for p in self.placement), default=0) + 1
            by_block: dict[int, list[Placed]] = {}
            for item in self.placement:
                by_block.setdefault(item.block, []).append(item)
            yield 0, len(self.blocks)
            page = 0
            self._start_page(canvas, page, width, height)
            for index in range(len(self.blocks)):
                for item in by_block.get(index, []):
                    while item.page > page:
                        self.device.newPage()
                        page += 1
                        self._start_page(canvas, page, width, height)
                    item.row.draw(canvas, 0.0, item.y, width)
                yield index + 1, len(self.blocks)
        finally:
            painter.end()

    def _place(self, canvas: Canvas, width: float, bottom: float) -> list[Placed]:
        top_of_first = sum(row.measure(canvas, width) for row in self.frame.header)
        gap = canvas.mm(self.gap_mm)
        placed: list[Placed] = []
        page, y = 0, top_of_first
        for index, block in enumerate(self.blocks):
            heights = [row.measure(canvas, width) for row in block]
            total = sum(heights)
            if y > 0 and y + total > bottom:
                page, y = page + 1, 0.0
            for row, row_height in zip(block, heights, strict=True):
                if y > 0 and y + row_height > bottom:  # only a block taller than a page
                    page, y = page + 1, 0.0
                placed.append(Placed(index, row, page, y))
                y += row_height
            y += gap
        return placed

    def _start_page(self, canvas: Canvas, page: int, width: float, height: float) -> None:
        if page == 0:
            y = 0.0
            for row in self.frame.header:
                row.draw(canvas, 0.0, y, width)
                y += row.measure(canvas, width)
        text = self.frame.footer(page + 1, self.pages)
        line = canvas.line_height(self.fonts.small)
        canvas.rule(0.0, height - line - canvas.mm(1.5), width, FAINT)
        canvas.draw_text(0.0, height - line, width, text, self.fonts.small, FAINT)
