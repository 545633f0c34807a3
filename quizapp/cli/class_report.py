"""``quizapp class-report``: a class's results files read into one report with item analysis."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quizapp.classroom.class_report import NoResultsError, build_class_report
from quizapp.classroom.class_report_export import report_text, write_report_csv
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.packs import load_pack, resolve_pack

NAME = "class-report"


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        NAME, help="read a class's results files: scores, item analysis, section averages",
        description="Read results files (and folders of them) and report per learner, per "
        "question (facility, discrimination, most chosen wrong answer) and per section. Files "
        "that cannot be merged are listed on standard error with the reason.")
    parser.add_argument("locations", nargs="+", metavar="FILES_OR_DIRS", type=Path)
    parser.add_argument("-o", "--output", metavar="report.csv", type=Path,
                        help="also write the whole report as CSV")
    parser.add_argument("--json", action="store_true",
                        help="print learners and questions as JSON instead of a text summary")
    parser.add_argument("--pack", dest="report_pack", metavar="PATH_OR_ID",
                        help="the pack the report is about (default: the pack and version with "
                        "the most files); also names the questions")


def run(arguments: argparse.Namespace) -> int:
    pack = None
    name = arguments.report_pack or arguments.pack
    if name:
        try:
            pack = load_pack(resolve_pack(name))
        except FileNotFoundError as error:
            print_error(NAME, str(error))
            return EXIT_USAGE
        except PackError as error:
            print_error(NAME, f"the pack {name!r} has problems: {error.diagnostics[0]}")
            return EXIT_INVALID
    try:
        report = build_class_report(arguments.locations, pack)
    except NoResultsError as error:
        for excluded in error.excluded:
            print_error(NAME, f"left out {excluded.path}: {excluded.reason}")
        print_error(NAME, f"{error}; nothing to report")
        return EXIT_INVALID
    for excluded in report.excluded:
        print_error(NAME, f"left out {excluded.path}: {excluded.reason}")
    if arguments.output is not None:
        try:
            write_report_csv(report, arguments.output)
        except OSError as error:
            print_error(NAME, f"cannot write {arguments.output}: {error.strerror or error}")
            return EXIT_USAGE
        print_error(NAME, f"wrote {arguments.output}")
    if arguments.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(report))
    return EXIT_OK
