"""``quizapp lint``: report item-writing flaws, one ``FILE:LINE:COL: lint: message`` per line."""

from __future__ import annotations

import argparse
import sys

from quizapp.answer_reading import answer_language
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.lint import CHECKS
from quizapp.packs import check_pack_file, resolve_pack


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    checks = "; ".join(CHECKS.values())
    parser = commands.add_parser(
        "lint", help="report item-writing flaws that let learners guess",
        description=f"Report item-writing flaws (after Haladyna, Downing & Rodriguez): {checks}. "
        "Exit 1 when there is any finding, 0 when none, 2 on usage errors.")
    parser.add_argument("packs", nargs="+", metavar="PACK",
                        help="pack file, folder or bundled pack id")


def run(arguments: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in arguments.packs:
        try:
            path = resolve_pack(name)
        except FileNotFoundError as error:
            print_error("lint", str(error))
            return EXIT_USAGE
        result = check_pack_file(path, lint=True, languages=answer_language)
        if result.pack is None:
            for diagnostic in result.errors:
                print(diagnostic, file=sys.stderr)
            print_error("lint", f"{path} is not a valid pack; fix the errors above first "
                        "('quizapp validate')")
            status = EXIT_INVALID
            continue
        for finding in result.lint:
            print(finding)
        if result.lint:
            status = EXIT_INVALID
    return status
