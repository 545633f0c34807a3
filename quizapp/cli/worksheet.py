"""``quizapp worksheet``: a printable worksheet (PDF) from a pack, with its answer key."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from quizapp.classroom.worksheet_layout import (
    MAX_SEED,
    WorksheetError,
    WorksheetOptions,
    build_worksheet,
    parse_types,
)
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.core.wording import counted
from quizapp.packs import load_pack, resolve_pack

NAME = "worksheet"


def _words(values: list[str] | None) -> list[str]:
    """``--sections a b`` and ``--sections a,b`` both work."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        NAME, help="write a worksheet for pen and paper as PDF, and its answer key",
        description="Lay out questions of a pack for printing: a name and date line, numbered "
        "questions, boxes to tick, lines to write on. The seed decides which questions (with "
        "--count) and the order of choices; the same seed gives the same worksheet.")
    parser.add_argument("worksheet_pack", metavar="PACK", help="pack file, folder or bundled id")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", type=Path,
                        help="the worksheet (default: PACK-ID-worksheet.pdf here)")
    parser.add_argument("--count", type=int, metavar="N", help="how many questions (default all)")
    parser.add_argument("--sections", nargs="+", metavar="SECTION", help="section ids to ask from")
    parser.add_argument("--types", nargs="+", metavar="TYPE",
                        help="question types: single multiple true_false short_answer numeric "
                        "ordering matching")
    parser.add_argument("--seed", type=int, metavar="S",
                        help=f"version of the worksheet, 0 to {MAX_SEED} (default: a new one, "
                        "printed on the sheet)")
    parser.add_argument("--answer-key", metavar="KEY.pdf", type=Path,
                        help="also write the answer key: answers, explanations, cited passages")
    parser.add_argument("--title", metavar="T", help="title printed on top (default: the pack's)")


def run(arguments: argparse.Namespace) -> int:
    try:
        pack = load_pack(resolve_pack(arguments.worksheet_pack))
    except FileNotFoundError as error:
        print_error(NAME, str(error))
        return EXIT_USAGE
    except PackError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    seed = arguments.seed if arguments.seed is not None else random.randint(0, MAX_SEED)
    if not 0 <= seed <= MAX_SEED:
        print_error(NAME, f"--seed must be between 0 and {MAX_SEED}")
        return EXIT_USAGE
    try:
        options = WorksheetOptions(seed=seed, count=arguments.count,
                                   sections=frozenset(_words(arguments.sections)),
                                   types=parse_types(_words(arguments.types)),
                                   title=arguments.title)
        sheet = build_worksheet(pack, options)
    except WorksheetError as error:
        print_error(NAME, str(error))
        return EXIT_USAGE
    output = arguments.output or Path(f"{pack.id}-worksheet.pdf")
    from quizapp.ui.classroom.headless import gui_application
    from quizapp.ui.classroom.worksheet_pdf import PdfJob

    with gui_application():
        try:
            pages = PdfJob(output, sheet).run()
            message = (f"wrote {output}: {counted(len(sheet.questions), 'question')} on "
                       f"{counted(pages, 'page')}, version {seed}")
            if arguments.answer_key is not None:
                key_pages = PdfJob(arguments.answer_key, sheet, key=True).run()
                message += f"; answer key {arguments.answer_key} ({counted(key_pages, 'page')})"
        except OSError as error:
            print_error(NAME, f"cannot write the PDF: {error}")
            return EXIT_USAGE
    print_error(NAME, message)
    return EXIT_OK
