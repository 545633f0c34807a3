"""``quizapp validate``: check pack files and list every problem with its position."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp.answer_reading import answer_language
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, ArgumentParser
from quizapp.core.wording import counted
from quizapp.packs import check_pack_file, resolve_pack


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("validate", help="check pack files and list every problem")
    parser.add_argument("paths", nargs="+", metavar="PACK",
                        help="pack file, folder or bundled pack id")
    parser.add_argument("--strict", action="store_true",
                        help="treat warnings and item-writing flaws (see 'quizapp lint') as errors")


def run(arguments: argparse.Namespace) -> int:
    return validate_paths(arguments.paths, arguments.strict)


def validate_paths(paths: Sequence[str], strict: bool) -> int:
    """``strict`` also fails on warnings and on item-writing flaws (the lint's findings)."""
    status = EXIT_OK
    for name in paths:
        try:
            path = resolve_pack(name)  # a file, a pack folder, or the id of a bundled pack
        except FileNotFoundError:  # reported below as "no such file"
            path = Path(name) / "pack.yaml" if Path(name).is_dir() else Path(name)
        result = check_pack_file(path, lint=strict, languages=answer_language)
        for diagnostic in result.diagnostics:
            print(diagnostic, file=sys.stderr)
        errors, warnings, lint = len(result.errors), len(result.warnings), len(result.lint)
        failed = errors > 0 or (strict and warnings + lint > 0)
        if failed:
            status = EXIT_INVALID
        verdict = "invalid" if failed else "valid"
        findings = f", {counted(lint, 'lint finding')}" if strict and result.pack else ""
        count = f", {counted(len(result.pack.questions), 'question')}" if result.pack else ""
        print(f"{path}: {verdict} ({counted(errors, 'error')}, "
              f"{counted(warnings, 'warning')}{findings}{count})")
    return status
