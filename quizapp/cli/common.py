"""What every subcommand shares: exit codes, the parser frame, and the shape of a command module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Protocol

from quizapp import __version__
from quizapp.appdirs import DATA_DIR_VARIABLE
from quizapp.core.diagnostics import PackError
from quizapp.core.models import Pack
from quizapp.packs import load_pack, resolve_pack

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class Command(Protocol):
    """A subcommand module: ``register`` adds its parser, ``run`` carries it out."""

    def register(self, commands: argparse._SubParsersAction[ArgumentParser]) -> None: ...

    def run(self, arguments: argparse.Namespace) -> int: ...


class ArgumentParser(argparse.ArgumentParser):
    """Usage errors exit with 2 and a one-line message, like every other command-line tool."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser(commands: Mapping[str, Command]) -> ArgumentParser:
    parser = ArgumentParser(
        prog="quizapp",
        description="Quizzes whose every explanation shows the passage of the source that proves it.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"where history is kept (default: ${DATA_DIR_VARIABLE} or the "
                        "platform's app-data folder)")
    parser.add_argument("--pack", metavar="PATH_OR_ID", help="start straight into this pack")
    parser.add_argument("--profile", metavar="NAME",
                        help="learner profile to use (created if new)")
    parser.add_argument("--mode", choices=("practice", "review", "due", "exam"),
                        help="with --pack: how to start (default practice; exam starts the "
                        "pack's first exam, or 20 questions in 30 minutes if it has none)")
    parser.add_argument("--exam", metavar="ID", help="with --pack: start this exam of the pack "
                        "(implies --mode exam)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for command in commands.values():
        command.register(subparsers)
    return parser


def print_error(command: str, message: str) -> None:
    print(f"quizapp {command}: {message}", file=sys.stderr)


def load_named_pack(command: str, name: str) -> Pack | int:
    """The pack named on the command line (file, folder or bundled id), or the exit code after
    saying why not: 2 when there is no such pack, 1 when it is invalid (its problems printed)."""
    try:
        return load_pack(resolve_pack(name))
    except FileNotFoundError as error:
        print_error(command, str(error))
        return EXIT_USAGE
    except PackError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
