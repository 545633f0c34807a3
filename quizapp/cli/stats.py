"""``quizapp stats``: a learner's sessions as JSON, for scripts and teachers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.cli.common import EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.storage import DATABASE_FILE, HistoryStore, open_database


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("stats", help="print a learner's sessions")
    parser.add_argument("--profile", dest="stats_profile", metavar="NAME")
    parser.add_argument("--json", action="store_true", required=True,
                        help="print JSON (the only output format so far)")


def run(arguments: argparse.Namespace) -> int:
    return print_stats(data_dir(arguments.data_dir), arguments.stats_profile)


def print_stats(data_directory: Path, profile_name: str | None) -> int:
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
                    print_error("stats", f"no profile called {profile_name!r}")
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
        print_error("stats", f"no profile called {profile_name!r} (no history yet)")
        return EXIT_USAGE
    json.dump({"profiles": profiles_out}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
