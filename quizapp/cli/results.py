"""``quizapp results``: save one of a learner's sessions as a results file for the teacher."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.classroom.results_file import SessionResults, results_to_json, write_results_file
from quizapp.classroom.session_results import SessionConversionError, session_results
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.diagnostics import PackError
from quizapp.core.models import Pack
from quizapp.packs import load_pack, resolve_pack
from quizapp.storage import DATABASE_FILE, HistoryStore, open_database
from quizapp.storage.session_records import SessionRecord, SessionRecords


class _Refused(Exception):
    """Why the file cannot be written, and the exit code that says so."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "results", help="save a learner's session as a results file for the teacher",
        description="Write one session of a learner as a quizapp-results/1 JSON file "
        "(docs/results-format.md) that a teacher opens with 'quizapp class-report'.")
    parser.add_argument("--profile", dest="results_profile", metavar="NAME",
                        help="the learner (required)")
    parser.add_argument("--pack", dest="results_pack", metavar="PATH_OR_ID",
                        help="the pack the session was on (default: the session's own pack)")
    parser.add_argument("--session", default="latest", metavar="latest|ID",
                        help="the learner's most recent session (of --pack if given), or a "
                        "number from the Session column of 'quizapp stats --profile NAME' "
                        "(default: latest)")
    parser.add_argument("-o", "--output", metavar="FILE.json", required=True,
                        help="where to write the file, or - for standard output")


def run(arguments: argparse.Namespace) -> int:
    profile_name = arguments.results_profile or arguments.profile
    if not profile_name:
        print_error("results", "name the learner with --profile NAME")
        return EXIT_USAGE
    try:
        pack_given = _load(arguments.results_pack) if arguments.results_pack else None
        results = _session_results(data_dir(arguments.data_dir), profile_name, pack_given,
                                   arguments.session)
    except _Refused as refusal:
        print_error("results", str(refusal))
        return refusal.code
    if arguments.output == "-":
        sys.stdout.write(results_to_json(results))
        return EXIT_OK
    output = Path(arguments.output)
    try:
        write_results_file(output, results)
    except OSError as error:
        print_error("results", f"cannot write {output}: {error.strerror or error}")
        return EXIT_USAGE
    print(f"Saved {results.learner}'s results ({results.score} of {results.total} right) "
          f"to {output}", file=sys.stderr)
    return EXIT_OK


def _session_results(directory: Path, profile_name: str, pack: Pack | None,
                     session: str) -> SessionResults:
    database = directory / DATABASE_FILE
    if not database.exists():
        raise _Refused(f"no profile called {profile_name!r} (no history in {directory})")
    db = open_database(database)
    try:
        history = HistoryStore(db)
        profile = history.find_profile(profile_name)
        if profile is None:
            raise _Refused(f"no profile called {profile_name!r}")
        records = SessionRecords(db)
        record = _chosen_session(records, profile.id, profile.name, pack, session)
    finally:
        db.close()
    try:
        return session_results(record, pack or _session_pack(record))
    except SessionConversionError as error:
        raise _Refused(str(error), EXIT_INVALID) from None


def _chosen_session(records: SessionRecords, profile_id: int, name: str, pack: Pack | None,
                    session: str) -> SessionRecord:
    if session == "latest":
        session_id = records.latest_session_id(profile_id, pack.id if pack else None)
        if session_id is None:
            on_pack = f" on {pack.id!r}" if pack else ""
            raise _Refused(f"{name} has no session with answers{on_pack} yet")
    elif session.isdigit():
        session_id = int(session)
    else:
        raise _Refused(f"--session must be 'latest' or a session number, not {session!r}")
    record = records.session(session_id)
    if record is None or record.profile_id != profile_id:
        raise _Refused(f"{name} has no session number {session_id} ('quizapp stats --profile "
                       f"{name}' lists them in its Session column)")
    return record


def _session_pack(record: SessionRecord) -> Pack:
    """The pack file the session was played from, else the bundled pack with its id."""
    if record.pack_path and Path(record.pack_path).is_file():
        try:
            pack = load_pack(record.pack_path)
        except PackError:
            pack = None
        if pack is not None and pack.id == record.pack_id:
            return pack
    try:
        return _load(record.pack_id)
    except _Refused:
        raise _Refused(f"the pack of session {record.session_id} ({record.pack_id!r}) was not "
                       "found; name its file with --pack") from None


def _load(name: str) -> Pack:
    try:
        return load_pack(resolve_pack(name))
    except FileNotFoundError as error:
        raise _Refused(str(error)) from None
    except PackError as error:
        raise _Refused(f"the pack {name!r} has problems ('quizapp validate' lists them): "
                       f"{error.diagnostics[0]}", EXIT_INVALID) from None
