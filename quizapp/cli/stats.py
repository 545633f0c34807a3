"""``quizapp stats``: a learner's sessions, as a readable table or (``--json``) for scripts.

Each session shows its number, which ``quizapp results --session N`` takes.

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
from typing import Any

from quizapp.appdirs import data_dir
from quizapp.classroom.results_sessions import local_time_text
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.core.wording import counted
from quizapp.storage import HistoryDamaged, HistoryStore, StorageError, open_history
from quizapp.storage.errors import plain_reason
from quizapp.storage.health import history_path


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "stats", help="print a learner's sessions",
        description="List every learner's sessions (or one learner's with --profile): number, "
        "pack, mode, start, questions, answered and right. The number is what 'quizapp results "
        "--session N' takes.")
    parser.add_argument("--profile", dest="stats_profile", metavar="NAME")
    parser.add_argument("--json", action="store_true",
                        help="print JSON for scripts instead of a table")


def run(arguments: argparse.Namespace) -> int:
    return print_stats(data_dir(arguments.data_dir), arguments.stats_profile, arguments.json)


def print_stats(data_directory: Path, profile_name: str | None, as_json: bool = True) -> int:
    folder_is_file = data_directory.exists() and not data_directory.is_dir()
    if not folder_is_file and not os.path.lexists(history_path(data_directory)):
        if profile_name is not None:
            print_error("stats", f"no profile called {profile_name!r} (no history yet)")
            return EXIT_USAGE
        return _print({"profiles": []}, as_json)
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
    return _print({"profiles": profiles}, as_json)


def _print(data: dict[str, list[dict[str, Any]]], as_json: bool) -> int:
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(stats_text(data["profiles"]))
    return EXIT_OK


_COLUMNS = (("Session", "id", ">"), ("Pack", "pack", "<"), ("Mode", "mode", "<"),
            ("Started", "started", "<"), ("Questions", "questions", ">"),
            ("Answered", "answered", ">"), ("Right", "correct", ">"))


def stats_text(profiles: list[dict[str, Any]]) -> str:
    """One table per learner; the Session column is the number ``quizapp results`` takes."""
    if not profiles:
        return "No learners yet: nothing has been answered in this history.\n"
    blocks = []
    for profile in profiles:
        sessions = profile["sessions"]
        heading = f"{profile['name']}: {counted(len(sessions), 'session')}"
        if not sessions:
            blocks.append(heading + "\n")
            continue
        rows = [tuple(_cell(session, key) for _, key, _ in _COLUMNS) for session in sessions]
        widths = [max(len(title), *(len(row[i]) for row in rows))
                  for i, (title, _, _) in enumerate(_COLUMNS)]
        lines = [heading, "  ".join(f"{title:{align}{width}}" for (title, _, align), width
                                    in zip(_COLUMNS, widths, strict=True))]
        lines += ["  ".join(f"{cell:{align}{width}}" for cell, (_, _, align), width
                            in zip(row, _COLUMNS, widths, strict=True)) for row in rows]
        blocks.append("\n".join(line.rstrip() for line in lines) + "\n")
    footer = ("\nSave a session for the teacher with: quizapp results --profile NAME "
              "--session NUMBER -o FILE.json\n")
    return "\n".join(blocks) + footer


def _cell(session: dict[str, Any], key: str) -> str:
    value = session[key]
    if key == "started":
        return local_time_text(str(value))
    return str(value)


def _profiles(history: HistoryStore, profile_name: str | None) -> list[dict[str, Any]]:
    profiles = history.profiles()
    if profile_name is not None:
        profiles = [p for p in profiles if p.name.casefold() == profile_name.casefold()]
        if not profiles:
            raise LookupError(profile_name)
    return [
        {"name": profile.name, "sessions": [
            {"id": s.id, "pack": s.pack_id, "mode": s.mode, "started": s.started_at,
             "finished": s.finished_at, "questions": s.question_count,
             "answered": s.answered, "correct": s.correct}
            for s in history.sessions(profile.id)
        ]}
        for profile in profiles
    ]
