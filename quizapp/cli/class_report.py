"""``quizapp class-report``: a class's results files read into one report with item analysis."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.classroom.class_report import (
    ClassReport,
    NoResultsError,
    UnknownSessionError,
    build_class_report,
)
from quizapp.classroom.class_report_export import write_report_csv
from quizapp.classroom.class_report_text import report_text
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.core.models import Pack
from quizapp.core.wording import counted
from quizapp.packs import load_pack, resolve_pack
from quizapp.packs.library import bundled_pack_paths
from quizapp.storage import HistoryStore, StorageError, open_history
from quizapp.storage.health import history_path

NAME = "class-report"


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        NAME, help="read a class's results files: scores, item analysis, section averages",
        description="Read results files (and folders of them) and report per learner, per "
        "question (facility, discrimination, most chosen wrong answer) and per section. The "
        "report is on one session at a time (a live session, or the learners' hand-ins of a "
        "pack); files of other sessions and files that cannot be merged are listed on standard "
        "error with the reason.")
    parser.add_argument("locations", nargs="+", metavar="FILES_OR_DIRS", type=Path)
    parser.add_argument("-o", "--output", metavar="report.csv", type=Path,
                        help="also write the whole report as CSV")
    parser.add_argument("--json", action="store_true",
                        help="print the report as JSON instead of a text summary")
    parser.add_argument("--pack", dest="report_pack", metavar="PATH_OR_ID",
                        help="the pack the report is about (default: the pack and version with "
                        "the most files); also names the questions")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--session", dest="report_session", metavar="KEY",
                        help="the session to report on, as listed when the files hold several "
                        "(default: the one with the most files)")
    chosen.add_argument("--all-sessions", action="store_true",
                        help="merge every session of the pack into one report (each learner "
                        "still counts once: their latest session)")


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
        report = build_class_report(arguments.locations, pack, session=arguments.report_session,
                                    all_sessions=arguments.all_sessions)
        if pack is None and not report.prompts:
            known = _packs_with_id(report.pack_id, data_dir(arguments.data_dir))
            if known:  # the same files again, now with the prompts of a pack found at hand
                report = build_class_report(arguments.locations, known_packs=known,
                                            session=arguments.report_session,
                                            all_sessions=arguments.all_sessions)
    except UnknownSessionError as error:
        print_error(NAME, f"{error}; the sessions are:")
        for session in error.sessions:
            print(f"  {session.key}  {session.label}", file=sys.stderr)
        return EXIT_USAGE
    except NoResultsError as error:
        for excluded in error.excluded:
            print_error(NAME, f"left out {excluded.path}: {excluded.reason}")
        print_error(NAME, f"{error}; nothing to report")
        return EXIT_INVALID
    for excluded in report.excluded:
        print_error(NAME, f"left out {excluded.path}: {excluded.reason}")
    warnings = session_warnings(report)
    for warning in warnings:
        print_error(NAME, f"warning: {warning}")
    if arguments.output is not None:
        try:
            write_report_csv(report, arguments.output)
        except OSError as error:
            print_error(NAME, f"cannot write {arguments.output}: {error.strerror or error}")
            return EXIT_USAGE
        print_error(NAME, f"wrote {arguments.output}")
    if arguments.json:
        data = report.to_json()
        data["warnings"] = warnings
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(f"WARNING: {w}\n" for w in warnings) + ("\n" if warnings else ""))
        sys.stdout.write(report_text(report))
    return EXIT_OK


def session_warnings(report: ClassReport) -> list[str]:
    """What a teacher must not miss: other sessions among the files were left out (and how to
    see them), or several sessions were merged on request."""
    warnings = []
    others = report.other_sessions
    if others:
        listed = "; ".join(f"{s.label} (--session {s.key})" for s in others)
        merge = ", or --all-sessions to merge a pack's sessions" if any(
            s.pack_id == report.pack_id for s in others) else ""
        warnings.append(
            f"these files hold {counted(len(report.sessions), 'session')}; this report is on "
            f"{'; '.join(s.label for s in report.shown_sessions)}. Left out: {listed}. Use "
            f"--session KEY to report on another{merge}.")
    if len(report.session_keys) > 1:
        warnings.append(f"{counted(len(report.session_keys), 'session')} merged into one "
                        "report (--all-sessions); a learner in several counts once, with their "
                        "latest session.")
    return warnings


def _packs_with_id(pack_id: str, data_directory: Path) -> list[Pack]:
    """Bundled and recently opened packs with this id: one of the same version lends the report
    its prompts and section titles, as an open pack does in the app."""
    paths = bundled_pack_paths()
    if os.path.lexists(history_path(data_directory)):
        with contextlib.suppress(StorageError, sqlite3.Error):
            opened = open_history(data_directory)
            try:
                paths += [Path(r.path) for r in HistoryStore(opened.db).recent_packs(limit=20)
                          if r.pack_id == pack_id]
            finally:
                opened.db.close()
    packs = []
    for path in paths:
        with contextlib.suppress(OSError, PackError):
            pack = load_pack(path)
            if pack.id == pack_id:
                packs.append(pack)
    return packs
