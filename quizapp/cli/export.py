"""``quizapp export``: write a validated pack in another format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli.common import EXIT_OK, ArgumentParser, load_named_pack
from quizapp.packs import pack_to_json


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="write a validated pack in another format")
    parser.add_argument("pack", metavar="PACK", help="pack file, folder or bundled pack id")
    parser.add_argument("--format", choices=["json"], required=True)
    parser.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="output file, or - for standard output (default)")


def run(arguments: argparse.Namespace) -> int:
    pack = load_named_pack("export", arguments.pack)
    if isinstance(pack, int):
        return pack
    text = pack_to_json(pack)
    if arguments.output == "-":
        sys.stdout.write(text)
    else:
        Path(arguments.output).write_text(text, encoding="utf-8")
    return EXIT_OK
