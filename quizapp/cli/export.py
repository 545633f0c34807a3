"""``quizapp export``: write a validated pack in another format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.packs import load_pack, pack_to_json, resolve_pack


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="write a validated pack in another format")
    parser.add_argument("pack", metavar="PACK", help="pack file, folder or bundled pack id")
    parser.add_argument("--format", choices=["json"], required=True)
    parser.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="output file, or - for standard output (default)")


def run(arguments: argparse.Namespace) -> int:
    try:
        pack = load_pack(resolve_pack(arguments.pack))
    except FileNotFoundError as error:
        print_error("export", str(error))
        return EXIT_USAGE
    except PackError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    text = pack_to_json(pack)
    if arguments.output == "-":
        sys.stdout.write(text)
    else:
        Path(arguments.output).write_text(text, encoding="utf-8")
    return EXIT_OK
