"""``quizapp import``: questions from GIFT, Aiken, Moodle XML or CSV turned into a new pack file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.cli.common import EXIT_INVALID, EXIT_OK, ArgumentParser, print_error
from quizapp.core.wording import counted
from quizapp.interop import IMPORT_FORMATS, ImportFailure, import_file
from quizapp.packs.yaml_writer import write_new_pack


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import", help="turn GIFT, Aiken, Moodle XML or CSV questions into a pack",
        description="Every question that cannot be imported is listed as FILE:LINE: warning: "
                    "skipped ...: why. Exit 0 when at least one question was imported.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", dest="import_format", choices=IMPORT_FORMATS,
                        help="the file's format (default: guessed from its content)")
    parser.add_argument("-o", "--output", metavar="PACK.yaml",
                        help="the new pack file (default: FILE's name with .yaml, beside it)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing pack file")


def default_output(source: Path) -> Path:
    return source.with_name(source.name.split(".")[0] + ".yaml")


def run(arguments: argparse.Namespace) -> int:
    source = Path(arguments.file)
    try:
        result = import_file(source, arguments.import_format)
    except ImportFailure as failure:
        print(failure, file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if result.pack is None:
        print_error("import", f"no question of {source} could be imported")
        return EXIT_INVALID
    output = Path(arguments.output) if arguments.output else default_output(source)
    if output.exists() and not arguments.force:
        print_error("import", f"{output} exists; choose another name with -o or add --force")
        return EXIT_INVALID
    try:
        write_new_pack(result.pack, output, header=f"Imported from {source.name} by quizapp "
                       "import.\nAdd a source text and cite it to explain every answer.",
                       attachments=result.attachments)
    except OSError as error:
        print_error("import", f"cannot write {output}: {error.strerror or error}")
        return EXIT_INVALID
    skipped = sum(1 for w in result.warnings if w.skipped_question)
    print(f"{output}: {counted(result.question_count, 'question')} imported, {skipped} skipped, "
          f"{counted(len(result.warnings) - skipped, 'other warning')}")
    return EXIT_OK
