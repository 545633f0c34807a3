"""The command line: start the app, or validate, export and report without a window.

Exit codes follow the usual convention: 0 success, 1 a checked thing failed (invalid pack),
2 the command itself was used wrongly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__
from quizapp.appdirs import DATA_DIR_VARIABLE, data_dir
from quizapp.core.diagnostics import PackError
from quizapp.packs import check_pack_file, load_pack, pack_to_json, resolve_pack
from quizapp.storage import DATABASE_FILE, HistoryStore, open_database

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="check pack files and list every problem")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")

    export = commands.add_parser("export", help="write a validated pack in another format")
    export.add_argument("pack", metavar="PACK", help="pack file, folder or bundled pack id")
    export.add_argument("--format", choices=["json"], required=True)
    export.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="output file, or - for standard output (default)")

    stats = commands.add_parser("stats", help="print a learner's sessions")
    stats.add_argument("--profile", dest="stats_profile", metavar="NAME")
    stats.add_argument("--json", action="store_true", required=True,
                       help="print JSON (the only output format so far)")
    return parser


def _validate(paths: Sequence[str], strict: bool) -> int:
    status = EXIT_OK
    for name in paths:
        path = Path(name)
        if path.is_dir():
            path = path / "pack.yaml"
        result = check_pack_file(path)
        for diagnostic in result.diagnostics:
            print(diagnostic, file=sys.stderr)
        errors, warnings = len(result.errors), len(result.warnings)
        failed = errors > 0 or (strict and warnings > 0)
        if failed:
            status = EXIT_INVALID
        verdict = "invalid" if failed else "valid"
        count = f", {len(result.pack.questions)} questions" if result.pack else ""
        print(f"{path}: {verdict} ({errors} errors, {warnings} warnings{count})")
    return status


def _export(pack_name: str, output: str) -> int:
    try:
        pack = load_pack(resolve_pack(pack_name))
    except FileNotFoundError as error:
        print(f"quizapp export: {error}", file=sys.stderr)
        return EXIT_USAGE
    except PackError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_INVALID
    text = pack_to_json(pack)
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")
    return EXIT_OK


def _stats(data_directory: Path, profile_name: str | None) -> int:
    database = data_directory / DATABASE_FILE
    profiles_out: list[dict[str, object]] = []
    if database.exists():
        db = open_database(database)
        try:
            history = HistoryStore(db)
            profiles = history.profiles()
            if profile_name is not None:
                profiles = [p for p in profiles if p.name.casefold() == profile_name.casefold()]
                if not profiles:
                    print(f"quizapp stats: no profile called {profile_name!r}", file=sys.stderr)
                    return EXIT_USAGE
            for profile in profiles:
                sessions = [
                    {"pack": s.pack_id, "mode": s.mode, "started": s.started_at,
                     "finished": s.finished_at, "questions": s.question_count,
                     "answered": s.answered, "correct": s.correct}
                    for s in history.sessions(profile.id)
                ]
                profiles_out.append({"name": profile.name, "sessions": sessions})
        finally:
            db.close()
    elif profile_name is not None:
        print(f"quizapp stats: no profile called {profile_name!r} (no history yet)",
              file=sys.stderr)
        return EXIT_USAGE
    json.dump({"profiles": profiles_out}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    if arguments.command == "validate":
        return _validate(arguments.paths, arguments.strict)
    if arguments.command == "export":
        return _export(arguments.pack, arguments.output)
    if arguments.command == "stats":
        return _stats(data_dir(arguments.data_dir), arguments.stats_profile)
    from quizapp.ui.application import run_gui

    return run_gui(
        data_directory=data_dir(arguments.data_dir),
        pack=arguments.pack,
        profile=arguments.profile,
    )


def main_gui() -> int:
    return main()
