"""Drawing a worksheet and its answer key for pen and paper, on a PDF file or a printer.

``quizapp.classroom.worksheet_layout`` decides what is printed; this module decides how it looks:
a name and date line, numbered questions, a box for each choice, lines to write on, numbered
blanks for ordering, letters for matching. It paints with QPainter on any paged device, so the
same code writes a PDF (also headless, for the command line) and prints through the system
print dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from quizapp.classroom.worksheet_layout import (
    AnswerSpace,
    KeyEntry,
    Labelled,
    Worksheet,
    WorksheetQuestion,
)
from quizapp.core.models import QuestionType
from quizapp.ui.classroom.paged_painter import (
    Canvas,
    PagedDocument,
    PageFrame,
    Row,
    Spacer,
    TextRow,
)
from quizapp.ui.translation import translate

NUMBER_MM = 9.0
"""The margin where question numbers hang, so prompts and choices line up down the page."""
LABEL_MM = 7.0
WRITING_LINE_MM = 10.0
"""Room for handwriting above each line."""


def instruction(question: WorksheetQuestion) -> str:
    kind = question.question_type
    if kind is QuestionType.SINGLE:
        return translate("Worksheet", "Tick one box.")
    if kind is QuestionType.MULTIPLE:
        return translate("Worksheet", "Tick every right answer.")
    if kind is QuestionType.TRUE_FALSE:
        return translate("Worksheet", "Tick True or False.")
    if kind is QuestionType.SHORT_ANSWER:
        return translate("Worksheet", "Write your answer on the line.")
    if kind is QuestionType.NUMERIC:
        return translate("Worksheet", "Write the number on the line.")
    if kind is QuestionType.ORDERING:
        return translate("Worksheet", "Write the letters in the right order, one in each numbered blank.")
    return translate("Worksheet", "Write the letter of the matching item in each box.")


@dataclass
class BoxRow(Row):
    """A box to tick, the choice's letter, and its text wrapped beside them."""

    option: Labelled
    margin_mm: float = NUMBER_MM

    def _text_x(self, canvas: Canvas) -> float:
        return canvas.mm(self.margin_mm + 6.0 + (LABEL_MM if self.option.label else 0.0))

    def measure(self, canvas: Canvas, width: float) -> float:
        text = canvas.text_height(self.option.text, canvas.fonts.body, width - self._text_x(canvas))
        return max(text, canvas.mm(5.0)) + canvas.mm(1.2)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        side = canvas.mm(3.8)
        line = canvas.line_height(canvas.fonts.body)
        canvas.box(x + canvas.mm(self.margin_mm), y + (line - side) / 2, side)
        if self.option.label:
            canvas.draw_text(x + canvas.mm(self.margin_mm + 6.0), y, canvas.mm(LABEL_MM),
                             f"{self.option.label}.", canvas.fonts.bold)
        text_x = self._text_x(canvas)
        canvas.draw_text(x + text_x, y, width - text_x, self.option.text, canvas.fonts.body)


@dataclass
class InlineBoxesRow(Row):
    """Short options side by side (True / False)."""

    options: tuple[Labelled, ...]
    margin_mm: float = NUMBER_MM

    def measure(self, canvas: Canvas, width: float) -> float:
        return canvas.mm(7.0)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        side = canvas.mm(3.8)
        line = canvas.line_height(canvas.fonts.body)
        left = x + canvas.mm(self.margin_mm)
        for option in self.options:
            canvas.box(left, y + (line - side) / 2, side)
            left += side + canvas.mm(2.0)
            canvas.draw_text(left, y, canvas.mm(30), option.text, canvas.fonts.body)
            left += canvas.text_width(option.text, canvas.fonts.body) + canvas.mm(12.0)


@dataclass
class WritingLineRow(Row):
    """A line to write on; ``share`` of the width (a number needs less room than a phrase)."""

    share: float = 1.0
    count: int = 1
    margin_mm: float = NUMBER_MM

    def measure(self, canvas: Canvas, width: float) -> float:
        return canvas.mm(WRITING_LINE_MM) * self.count + canvas.mm(1.0)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        left = x + canvas.mm(self.margin_mm)
        length = (width - canvas.mm(self.margin_mm)) * self.share
        for index in range(1, self.count + 1):
            canvas.rule(left, y + canvas.mm(WRITING_LINE_MM) * index, length)


@dataclass
class BlanksRow(Row):
    """Numbered blanks (``1. ____  2. ____``), as many to a line as fit."""

    count: int
    margin_mm: float = NUMBER_MM
    _per_line: int = field(default=1, init=False)

    def _cell(self, canvas: Canvas) -> float:
        return canvas.mm(24.0)

    def measure(self, canvas: Canvas, width: float) -> float:
        usable = width - canvas.mm(self.margin_mm)
        self._per_line = max(1, int(usable // self._cell(canvas)))
        lines = -(-self.count // self._per_line)
        return lines * canvas.mm(WRITING_LINE_MM) + canvas.mm(1.5)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        cell = self._cell(canvas)
        label_width = canvas.mm(LABEL_MM)
        line = canvas.line_height(canvas.fonts.body)
        for index in range(self.count):
            row, column = divmod(index, self._per_line)
            left = x + canvas.mm(self.margin_mm) + column * cell
            base = y + (row + 1) * canvas.mm(WRITING_LINE_MM)
            canvas.draw_text(left, base - line, label_width, f"{index + 1}.", canvas.fonts.bold)
            canvas.rule(left + label_width, base, cell - label_width - canvas.mm(4.0))


@dataclass
class PairRow(Row):
    """Matching: a numbered left item with the box for its letter right after its number
    (``1. ☐ Port Amber``), and a lettered right item in a column of its own beyond a gutter, so
    the box reads as item 1's and never as belonging to the letter beside it."""

    left: Labelled | None
    right: Labelled | None
    margin_mm: float = NUMBER_MM

    BOX_MM = 6.0
    GUTTER_MM = 12.0

    def _columns(self, canvas: Canvas, width: float) -> tuple[float, float]:
        usable = width - canvas.mm(self.margin_mm + self.GUTTER_MM)
        return usable * 0.55, usable * 0.45

    def _left_text_x(self, canvas: Canvas) -> float:
        return canvas.mm(LABEL_MM + self.BOX_MM + 2.5)

    def measure(self, canvas: Canvas, width: float) -> float:
        left_width, right_width = self._columns(canvas, width)
        heights = [canvas.mm(self.BOX_MM + 1.0)]
        if self.left:
            heights.append(canvas.text_height(self.left.text, canvas.fonts.body,
                                              left_width - self._left_text_x(canvas)))
        if self.right:
            heights.append(canvas.text_height(self.right.text, canvas.fonts.body,
                                              right_width - canvas.mm(LABEL_MM)))
        return max(heights) + canvas.mm(1.5)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        left_width, right_width = self._columns(canvas, width)
        start = x + canvas.mm(self.margin_mm)
        label = canvas.mm(LABEL_MM)
        line = canvas.line_height(canvas.fonts.body)
        if self.left:
            canvas.draw_text(start, y, label, f"{self.left.label}.", canvas.fonts.bold)
            side = canvas.mm(self.BOX_MM)
            canvas.box(start + label, y + (line - side) / 2, side)
            text_x = self._left_text_x(canvas)
            canvas.draw_text(start + text_x, y, left_width - text_x, self.left.text,
                             canvas.fonts.body)
        if self.right:
            right_x = start + left_width + canvas.mm(self.GUTTER_MM)
            canvas.draw_text(right_x, y, label, f"{self.right.label}.", canvas.fonts.bold)
            canvas.draw_text(right_x + label, y, right_width - label, self.right.text,
                             canvas.fonts.body)


@dataclass
class GlanceRow(Row):
    """One line of the key's answers at a glance: ``12. B`` cells side by side."""

    cells: tuple[tuple[str, str], ...]
    columns: int

    def _cell(self, width: float) -> float:
        return width / self.columns

    def measure(self, canvas: Canvas, width: float) -> float:
        cell, label = self._cell(width), canvas.mm(LABEL_MM + 2.0)
        return max(canvas.text_height(text, canvas.fonts.body, cell - label - canvas.mm(3.0))
                   for _, text in self.cells) + canvas.mm(1.2)

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        cell, label = self._cell(width), canvas.mm(LABEL_MM + 2.0)
        for column, (number, text) in enumerate(self.cells):
            left = x + column * cell
            canvas.draw_text(left, y, label, f"{number}.", canvas.fonts.bold)
            canvas.draw_text(left + label, y, cell - label - canvas.mm(3.0), text,
                             canvas.fonts.body)


def glance_block(key: tuple[KeyEntry, ...]) -> list[Row]:
    """Every answer in a few lines at the top of the key, for marking a pile of sheets; the
    explanations follow. Short answers get more to a line than typed ones."""
    longest = max((len(entry.at_a_glance) for entry in key), default=0)
    columns = 6 if longest <= 8 else 4 if longest <= 24 else 3 if longest <= 40 else 2
    rows: list[Row] = [TextRow(translate("Worksheet", "Answers at a glance"), "bold"), Spacer(1.5)]
    cells = [(str(entry.number), entry.at_a_glance) for entry in key]
    rows += [GlanceRow(tuple(cells[i:i + columns]), columns)
             for i in range(0, len(cells), columns)]
    rows += [Spacer(2.0), TextRow(translate("Worksheet", "Answers explained"), "bold")]
    return rows


def number_margin(count: int) -> float:
    """Millimetres for the hanging numbers: "9." needs less room than "120." in bold."""
    return max(NUMBER_MM, 3.0 + 2.6 * len(str(max(count, 1))))


def question_block(question: WorksheetQuestion, margin: float = NUMBER_MM) -> list[Row]:
    rows: list[Row] = [
        TextRow(question.prompt, label=f"{question.number}.", label_mm=margin),
        TextRow(instruction(question), "italic", indent_mm=margin, faint=True),
        Spacer(1.5),
    ]
    if question.space is AnswerSpace.BOXES and question.question_type is QuestionType.TRUE_FALSE:
        rows.append(InlineBoxesRow(question.options, margin))
    elif question.space is AnswerSpace.BOXES:
        rows += [BoxRow(option, margin) for option in question.options]
    elif question.space is AnswerSpace.LINE:
        rows.append(WritingLineRow(margin_mm=margin))
    elif question.space is AnswerSpace.NUMBER:
        rows.append(WritingLineRow(share=0.4, margin_mm=margin))
    elif question.space is AnswerSpace.ORDERING:
        rows += [TextRow(o.text, indent_mm=margin, label=f"{o.label}.", label_mm=LABEL_MM)
                 for o in question.options]
        rows += [Spacer(1.0), BlanksRow(question.blanks, margin)]
    else:
        count = max(len(question.options), len(question.targets))
        rows += [PairRow(question.options[i] if i < len(question.options) else None,
                         question.targets[i] if i < len(question.targets) else None, margin)
                 for i in range(count)]
    return rows


def key_block(entry: KeyEntry, margin: float = NUMBER_MM) -> list[Row]:
    rows: list[Row] = [
        TextRow(entry.prompt, "bold", label=f"{entry.number}.", label_mm=margin),
        TextRow("\n".join(entry.answer), indent_mm=margin, label=translate("Worksheet", "Answer:")),
        Spacer(1.0),
        TextRow(entry.explanation, indent_mm=margin),
    ]
    for citation in entry.citations:
        where = f"{citation.section_title} " if citation.section_title else ""
        rows.append(TextRow(f"“{citation.quote}”", "italic", indent_mm=margin + 4.0))
        rows.append(TextRow(f"— {where}(passage {citation.passage_id})", "small",
                            indent_mm=margin + 4.0, faint=True))
    return rows


def _version(sheet: Worksheet) -> str:
    return translate("Worksheet", "version %1").replace("%1", str(sheet.seed))


def _footer(title: str, sheet: Worksheet) -> Callable[[int, int], str]:
    """What each page says at its foot, so loose pages find their way back in order."""
    def footer(page: int, pages: int) -> str:
        return translate("Worksheet", "%1 · %2 · page %3 of %4").replace("%1", title).replace(
            "%2", _version(sheet)).replace("%3", str(page)).replace("%4", str(pages))

    return footer


def worksheet_document(device: QPagedPaintDevice, sheet: Worksheet) -> PagedDocument:
    header: list[Row] = [TextRow(sheet.title, "title")]
    if sheet.title != sheet.pack_title:
        header.append(TextRow(sheet.pack_title, "small", faint=True))
    header += [
        Spacer(4.0),
        TextRow(translate("Worksheet", "Name: ______________________________   Date: ______________")),
        Spacer(8.0),
    ]

    margin = number_margin(len(sheet.questions))
    return PagedDocument(device, [question_block(q, margin) for q in sheet.questions],
                         PageFrame(header, _footer(sheet.title, sheet)))


def key_document(device: QPagedPaintDevice, sheet: Worksheet) -> PagedDocument:
    header: list[Row] = [
        TextRow(translate("Worksheet", "Answer key: %1").replace("%1", sheet.title), "title"),
        TextRow(f"{sheet.pack_title} · {_version(sheet)}", "small", faint=True),
    ]
    if sheet.attribution:
        credit = translate("Worksheet", "Quotes from %1").replace("%1", sheet.attribution)
        if sheet.article_url:
            credit += f" {sheet.article_url}"
        header.append(TextRow(credit, "small"))
    header.append(Spacer(6.0))

    margin = number_margin(len(sheet.key))
    glance = [glance_block(sheet.key)] if sheet.key else []
    return PagedDocument(device, [*glance, *(key_block(entry, margin) for entry in sheet.key)],
                         PageFrame(header, _footer(translate("Worksheet", "Answer key · %1").replace(
                             "%1", sheet.title), sheet)))


def default_page_size() -> QPageSize:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(default_page_size(), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 14), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("quizapp")
    return writer


class PdfJob:
    """Writing the worksheet (or its key) to a PDF file, step by step for a progress bar.

    An unfinished file is removed if the steps are abandoned (cancel) or fail.
    """

    def __init__(self, path: Path, sheet: Worksheet, *, key: bool = False) -> None:
        self.path = path
        self.sheet = sheet
        self.key = key
        self.pages = 0

    def steps(self) -> Generator[tuple[int, int], None, None]:
        title = (translate("Worksheet", "Answer key: %1").replace("%1", self.sheet.title) if self.key
                 else self.sheet.title)
        writer = pdf_writer(self.path, title)
        document = (key_document if self.key else worksheet_document)(writer, self.sheet)
        finished = False
        try:
            for step in document.steps():
                self.pages = document.pages
                yield step
            finished = True
        finally:
            del document, writer  # the file is complete only once the writer is gone
            if not finished:
                self.path.unlink(missing_ok=True)
        if not self.path.exists() or self.path.stat().st_size == 0:
            raise OSError(f"the PDF could not be written to {self.path}")

    def run(self) -> int:
        """Write it all at once (the command line); returns the number of pages."""
        for _ in self.steps():
            pass
        return self.pages
