"""``quizapp backup``: copy the learner's history now, or list the backups that exist."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, ArgumentParser, print_error
from quizapp.core.wording import counted
from quizapp.storage import StorageError
from quizapp.storage.backups import Backup, backups_folder, list_backups, make_backup
from quizapp.storage.health import history_path


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("backup", help="copy the learner's history now (or --list)")
    parser.add_argument("--list", action="store_true", dest="list_backups",
                        help="list the backups with their date, learners and answers")


def run(arguments: argparse.Namespace) -> int:
    folder = data_dir(arguments.data_dir)
    if arguments.list_backups:
        return print_backups(backups_folder(folder))
    database = history_path(folder)
    if not database.is_file():
        print_error("backup", f"there is no history to back up in {folder}")
        return EXIT_INVALID
    try:
        made = make_backup(database, backups_folder(folder))
    except StorageError as error:
        print_error("backup", str(error))
        return EXIT_INVALID
    print(made)
    return EXIT_OK


def describe(backup: Backup) -> str:
    """One line per backup: local date and time, what it holds, its file name."""
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    if backup.problem is not None:
        held = f"cannot be restored: {backup.problem}"
    else:
        held = (f"{counted(backup.learners or 0, 'learner')}, "
                f"{counted(backup.answers or 0, 'answer')}")
    note = " (kept before a restore)" if backup.before_restore else ""
    return f"{when}  {held}{note}  {backup.path.name}"


def print_backups(folder: Path) -> int:
    backups = list_backups(folder)
    if not backups:
        print(f"No backups yet in {folder}.")
    for backup in backups:
        print(describe(backup))
    return EXIT_OK
