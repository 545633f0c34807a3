"""The command line: start the app, or check, convert and report without a window.

Each subcommand lives in its own module under ``quizapp.cli`` with two functions, ``register``
(adds its parser) and ``run`` (does the work, returns the exit code), listed once in ``COMMANDS``.
Exit codes follow the usual convention: 0 success, 1 a checked thing failed (invalid pack),
2 the command itself was used wrongly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from quizapp.cli import (
    class_report,
    export,
    grade,
    import_questions,
    lint,
    live,
    new,
    results,
    schema,
    smoke_test,
    stats,
    validate,
    worksheet,
)
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, Command, build_parser

COMMANDS: dict[str, Command] = {
    "validate": validate,
    "export": export,
    "stats": stats,
    "import": import_questions,
    "schema": schema,
    "grade": grade,
    "lint": lint,
    "results": results,
    "class-report": class_report,
    "worksheet": worksheet,
    "live": live,
    "smoke-test": smoke_test,
    "new": new,
}
"""Subcommand name → its module. Add a command by writing a module and listing it here."""

__all__ = ["COMMANDS", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "build_parser", "main", "main_gui"]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser(COMMANDS).parse_args(argv)
    if arguments.command is not None:
        return COMMANDS[arguments.command].run(arguments)
    from quizapp.appdirs import data_dir
    from quizapp.ui.application import run_gui

    return run_gui(
        data_directory=data_dir(arguments.data_dir),
        pack=arguments.pack,
        profile=arguments.profile,
        mode=arguments.mode,
        exam=arguments.exam,
    )


def main_gui(argv: Sequence[str] | None = None) -> int:
    """Desktop launchers pass a double-clicked pack or bundle as the only argument
    (``Exec=quizapp-gui %f``); it is opened as if given with ``--pack``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 1 and not args[0].startswith("-") and args[0] not in COMMANDS:
        args = ["--pack", args[0]]
    return main(args)
