"""``quizapp schema``: the JSON Schema of the pack format, for editors such as VS Code."""

from __future__ import annotations

import argparse
import json
import sys

from quizapp.cli.common import EXIT_OK, ArgumentParser
from quizapp.interop import pack_schema


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    commands.add_parser("schema", help="print the JSON Schema (draft 2020-12) of the pack format")


def run(arguments: argparse.Namespace) -> int:
    json.dump(pack_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
