"""Worksheets and answer keys as printed: read back with pdftotext, rendered with pdftoppm."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.classroom.worksheet_layout import (
    AnswerSpace,
    Worksheet,
    WorksheetOptions,
    build_worksheet,
)
from quizapp.core.models import Pack
from quizapp.packs import load_pack
from quizapp.ui.classroom.worksheet_pdf import PdfJob, worksheet_document
from tests.conftest import BUNDLED_PACK
from tests.ui.classroom.pdf_reading import ink_share, pdf_pages, printed, render_page, squash


@pytest.fixture(scope="module")
def bank() -> Pack:
    return load_pack(BUNDLED_PACK)


def page_of(squashed_pages: list[str], text: str) -> int:
    found = [i for i, page in enumerate(squashed_pages) if squash(text) in page]
    assert found, f"not printed: {text!r}"
    return found[0]


def test_the_whole_bank_prints_every_question_and_the_key_every_answer(
        qtbot: QtBot, bank: Pack, tmp_path: Path) -> None:
    sheet = build_worksheet(bank, WorksheetOptions(seed=42, title="Unit test: NATO"))
    job = PdfJob(tmp_path / "sheet.pdf", sheet)
    assert job.run() == job.pages > 10
    PdfJob(tmp_path / "key.pdf", sheet, key=True).run()
    pages = pdf_pages(tmp_path / "sheet.pdf")
    assert len(pages) == job.pages
    assert pages[0].startswith("Unit test: NATO Why NATO Has Become a Flash Point")
    assert "Name: ____" in pages[0] and "Date: ____" in pages[0]
    assert f"page {job.pages} of {job.pages}" in pages[-1]
    squashed = [squash(page) for page in pages]
    for question in sheet.questions:
        where = page_of(squashed, question.prompt)
        assert f"{question.number}." in pages[where].split()
        for option in (*question.options, *question.targets):
            # a question is never split: its choices are on the page of its prompt
            assert squash(option.text) in squashed[where], (question.question_id, option.text)
            if option.label and question.space is not AnswerSpace.MATCHING:
                assert squash(f"{option.label}. {option.text}") in squashed[where]
        if question.space is AnswerSpace.ORDERING:
            words = pages[where].split()
            assert all(f"{n}." in words for n in range(1, question.blanks + 1))
    key = " ".join(pdf_pages(tmp_path / "key.pdf"))
    assert key.startswith("Answer key: Unit test: NATO")
    assert printed(sheet.attribution or "", key)
    assert key.count("Answer:") == len(sheet.key)
    squashed_key = squash(key)
    for entry in sheet.key:
        assert squash(entry.prompt) in squashed_key
        assert squash(" ".join(entry.answer)) in squashed_key, entry.question_id
        assert squash(entry.explanation) in squashed_key
        for citation in entry.citations:
            assert squash(f"“{citation.quote}”") in squashed_key
            assert f"(passage {citation.passage_id})" in key


def test_no_question_block_is_split_across_pages(qtbot: QtBot, bank: Pack,
                                                 tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    sheet = build_worksheet(bank, WorksheetOptions(seed=3))
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    document = worksheet_document(writer, sheet)
    for _ in document.steps():
        pass
    pages_per_block: dict[int, set[int]] = {}
    for placed in document.placement:
        pages_per_block.setdefault(placed.block, set()).add(placed.page)
    assert len(pages_per_block) == len(sheet.questions)
    assert all(len(pages) == 1 for pages in pages_per_block.values())
    assert len({min(p) for p in pages_per_block.values()}) == document.pages > 1


def test_pages_have_ink_and_the_text_is_plain(qtbot: QtBot, mini_pack: Pack,
                                              tmp_path: Path) -> None:
    hostile = Worksheet(title="<b>Bold?</b> & <script>x</script>", pack_title="P", seed=1,
                        questions=build_worksheet(mini_pack, WorksheetOptions(seed=1)).questions,
                        key=())
    PdfJob(tmp_path / "sheet.pdf", hostile).run()
    [page] = pdf_pages(tmp_path / "sheet.pdf")
    assert page.startswith("<b>Bold?</b> & <script>x</script>")  # shown as typed, never as HTML
    assert ink_share(render_page(tmp_path / "sheet.pdf", 1, tmp_path)) > 0.005


def test_an_abandoned_job_leaves_no_file(qtbot: QtBot, bank: Pack, tmp_path: Path) -> None:
    sheet = build_worksheet(bank, WorksheetOptions(seed=1))
    path = tmp_path / "cancelled.pdf"
    steps = PdfJob(path, sheet).steps()
    assert next(steps) == (0, len(sheet.questions))
    assert next(steps) == (1, len(sheet.questions))
    steps.close()
    assert not path.exists()


def test_a_chain_cancelled_half_way_removes_what_it_started(qtbot: QtBot, bank: Pack,
                                                            tmp_path: Path) -> None:
    from quizapp.ui.classroom.stepped_job import chained

    sheet = build_worksheet(bank, WorksheetOptions(seed=1))
    first, second = tmp_path / "sheet.pdf", tmp_path / "key.pdf"
    steps = chained([(PdfJob(first, sheet).steps(), len(sheet.questions) + 1),
                     (PdfJob(second, sheet, key=True).steps(), len(sheet.key) + 1)])
    total = 2 * len(sheet.questions) + 2
    seen = [next(steps) for _ in range(len(sheet.questions) + 5)]
    assert seen[-1] == (len(sheet.questions) + 4, total)  # into the key
    assert first.stat().st_size > 0
    steps.close()
    assert first.exists() and not second.exists()  # the finished worksheet stays


def test_a_question_taller_than_a_page_breaks_between_its_lines(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    from quizapp.classroom.worksheet_layout import Labelled, WorksheetQuestion
    from quizapp.core.models import QuestionType

    long_options = tuple(Labelled(f"L{n}", f"Choice {n}: " + "a long choice text " * 12)
                         for n in range(40))
    giant = WorksheetQuestion(1, "giant", QuestionType.SINGLE, "Which one?", AnswerSpace.BOXES,
                              long_options)
    small = WorksheetQuestion(2, "small", QuestionType.NUMERIC, "How many?", AnswerSpace.NUMBER)
    sheet = Worksheet("Giant", "Giant", 1, (small, giant), ())
    job = PdfJob(tmp_path / "giant.pdf", sheet)
    assert job.run() >= 3
    pages = pdf_pages(tmp_path / "giant.pdf")
    assert printed("How many?", pages[0]) and printed("Which one?", pages[1])  # not squeezed
    text = " ".join(pages)
    assert all(printed(option.text, text) for option in long_options)  # nothing lost


def test_the_key_opens_with_every_answer_at_a_glance(qtbot: QtBot, mini_pack: Pack,
                                                     tmp_path: Path) -> None:
    import re
    import subprocess

    sheet = build_worksheet(mini_pack, WorksheetOptions(seed=5))
    PdfJob(tmp_path / "key.pdf", sheet, key=True).run()
    key = " ".join(pdf_pages(tmp_path / "key.pdf"))
    assert key.index("Answers at a glance") < key.index("Answers explained") < key.index(
        sheet.key[0].prompt)
    laid_out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8",
                               str(tmp_path / "key.pdf"), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout
    glance = laid_out[laid_out.index("Answers at a glance"):laid_out.index("Answers explained")]
    cells = {number: squash(text) for number, text in
             re.findall(r"(\d+)\.\s+(.+?)(?=\s{2,}\d+\.|\n|$)", glance)}
    assert cells == {str(entry.number): squash(entry.at_a_glance) for entry in sheet.key}


class RecordingCanvas:
    """Where a row draws its boxes and text, in device pixels."""

    def __init__(self, canvas: object) -> None:
        self.canvas = canvas
        self.boxes: list[tuple[float, float]] = []
        self.texts: list[tuple[float, str]] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.canvas, name)

    def box(self, x: float, y: float, side: float) -> None:
        self.boxes.append((x, side))

    def draw_text(self, x: float, y: float, width: float, text: str, *args: object) -> float:
        self.texts.append((x, text))
        return 0.0


def test_a_matching_box_belongs_to_its_numbered_item_not_to_the_letter_beside_it(
        qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage, QPainter

    from quizapp.classroom.worksheet_layout import Labelled
    from quizapp.ui.classroom.paged_painter import Canvas, Fonts
    from quizapp.ui.classroom.worksheet_pdf import PairRow

    image = QImage(2400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        canvas = RecordingCanvas(Canvas(painter, 300, Fonts.standard()))
        row = PairRow(Labelled("1", "Czech Republic"), Labelled("A", "Late 1990s"))
        row.measure(canvas, 2000.0)  # type: ignore[arg-type]
        row.draw(canvas, 0.0, 0.0, 2000.0)  # type: ignore[arg-type]
    finally:
        painter.end()
    [(box_x, side)] = canvas.boxes
    where = {text: x for x, text in canvas.texts}
    mm = 300 / 25.4
    # number, then its box, then its text: "1. ☐ Czech Republic"
    assert where["1."] < box_x < box_x + side < where["Czech Republic"]
    # and a wide gutter before the letters' column
    assert where["A."] - (box_x + side) > 40 * mm
