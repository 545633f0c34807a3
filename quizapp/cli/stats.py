"""``quizapp stats``: a learner's sessions as JSON, for scripts and teachers.

A damaged, newer or unreadable history gives a one-line reason and exit code 1, never a
traceback; a read-only one is read, with a note on standard error that nothing can be saved.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.storage import HistoryDamaged, HistoryStore, StorageError, open_history
from quizapp.storage.errors import plain_reason
from quizapp.storage.health import history_path


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("stats", help="print a learner's sessions")
    parser.add_argument("--profile", dest="stats_profile", metavar="NAME")
    parser.add_argument("--json", action="store_true", required=True,
                        help="print JSON (the only output format so far)")


def run(arguments: argparse.Namespace) -> int:
    return print_stats(data_dir(arguments.data_dir), arguments.stats_profile)


def print_stats(data_directory: Path, profile_name: str | None) -> int:
    folder_is_file = data_directory.exists() and not data_directory.is_dir()
    if not folder_is_file and not os.path.lexists(history_path(data_directory)):
        if profile_name is not None:
            print_error("stats", f"no profile called {profile_name!r} (no history yet)")
            return EXIT_USAGE
        return _print({"profiles": []})
    try:
        opened = open_history(data_directory)
    except HistoryDamaged as error:
        print_error("stats", f"{error}. Nothing was changed; start quizapp to restore a backup, "
                    "or run 'quizapp restore'.")
        return EXIT_INVALID
    except StorageError as error:
        print_error("stats", str(error))
        return EXIT_INVALID
    if opened.read_only_reason:
        print_error("stats", f"note: {opened.read_only_reason}; showing what is stored "
                    "(nothing can be saved there)")
    try:
        profiles = _profiles(HistoryStore(opened.db), profile_name)
    except sqlite3.Error as error:
        print_error("stats", f"the history could not be read: {plain_reason(error)}")
        return EXIT_INVALID
    except LookupError:
        print_error("stats", f"no profile called {profile_name!r}")
        return EXIT_USAGE
    finally:
        opened.db.close()
    return _print({"profiles": profiles})


def _print(data: dict[str, object]) -> int:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _profiles(history: HistoryStore, profile_name: str | None) -> list[dict[str, object]]:
    profiles = history.profiles()
    if profile_name is not None:
        profiles = [p for p in profiles if p.name.casefold() == profile_name.casefold()]
        if not profiles:
            raise LookupError(profile_name)
    return [
        {"name": profile.name, "sessions": [
            {"pack": s.pack_id, "mode": s.mode, "started": s.started_at,
             "finished": s.finished_at, "questions": s.question_count,
             "answered": s.answered, "correct": s.correct}
            for s in history.sessions(profile.id)
        ]}
        for profile in profiles
    ]
