"""``quizapp export``: write a validated pack in another format, reporting what it cannot hold."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.core.wording import counted
from quizapp.interop import EXPORT_FORMATS, ExportResult, export_pack
from quizapp.packs import load_pack, pack_to_json, resolve_pack
from quizapp.packs.bundle import BundleError, is_bundle, open_bundle, write_bundle
from quizapp.packs.safe_files import UnreadableFile, read_text_file
from quizapp.packs.yaml_reader import read_yaml_text

FORMATS = ("json", *EXPORT_FORMATS, "quizpack")
BINARY = ("anki", "quizpack")


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export", help="write a validated pack in another format",
        description="What a format cannot hold is listed per question on standard error.")
    parser.add_argument("pack", metavar="PACK",
                        help="pack file, folder, .quizpack bundle or bundled pack id")
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="output file, or - for standard output (default; not for anki and "
                        "quizpack)")


def exported(pack_file: Path, fmt: str, cache: Path) -> tuple[ExportResult, dict[str, int]]:
    """The pack at ``pack_file`` (a bundle is unpacked into ``cache``) in format ``fmt``, and
    the line where each question starts in the pack file (for the notes)."""
    shown_file = pack_file
    if is_bundle(pack_file):
        pack_file = open_bundle(pack_file, cache)
    pack = load_pack(pack_file)
    if fmt == "json":
        return ExportResult(pack_to_json(pack).encode("utf-8")), {}
    if fmt == "quizpack":
        return ExportResult(write_bundle(pack, pack_file)), {}
    lines = {} if shown_file != pack_file else question_lines(pack_file)
    return export_pack(pack, fmt), lines


def question_lines(pack_file: Path) -> dict[str, int]:
    """The line of each question's entry, so that export notes read ``FILE:LINE: warning:``
    like import's; empty when the file cannot be read again (the notes then name no line)."""
    file = pack_file / "pack.yaml" if pack_file.is_dir() else pack_file
    try:
        data, positions = read_yaml_text(read_text_file(file), str(file))
    except (OSError, UnreadableFile, PackError):
        return {}
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list):
        return {}
    lines: dict[str, int] = {}
    for index, question in enumerate(questions):
        if isinstance(question, dict) and isinstance(question.get("id"), str):
            lines[question["id"]] = positions.of_value(("questions", index))[0]
    return lines


def _note_file(pack_file: Path) -> Path:
    return pack_file / "pack.yaml" if pack_file.is_dir() else pack_file


def run(arguments: argparse.Namespace) -> int:
    fmt = arguments.format
    if fmt in BINARY and arguments.output == "-":
        print_error("export", f"the {fmt} format is a binary file; name it with -o FILE")
        return EXIT_USAGE
    try:
        with tempfile.TemporaryDirectory(prefix="quizapp-export-") as temporary:
            pack_file = resolve_pack(arguments.pack)
            result, lines = exported(pack_file, fmt, Path(temporary))
    except FileNotFoundError as error:
        print_error("export", str(error))
        return EXIT_USAGE
    except BundleError as error:
        print_error("export", f"{arguments.pack}: this bundle cannot be opened: {error}")
        return EXIT_INVALID
    except PackError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    for note in result.notes:
        line = lines.get(note.question_id)
        where = f"{_note_file(pack_file)}:{line}" if line else f"{pack_file}"
        print(f"{where}: warning: {note}", file=sys.stderr)
    try:
        if arguments.output == "-":
            sys.stdout.buffer.write(result.data)
            sys.stdout.flush()
        else:
            Path(arguments.output).write_bytes(result.data)
    except OSError as error:
        print_error("export", f"cannot write {arguments.output}: {error.strerror or error}")
        return EXIT_INVALID
    if arguments.output != "-":
        held = f" ({counted(len(result.skipped), 'question')} left out)" if result.skipped else ""
        print(f"{arguments.output}: written as {fmt}{held}", file=sys.stderr)
    return EXIT_OK
