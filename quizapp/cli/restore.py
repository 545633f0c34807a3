"""``quizapp restore``: put a backup in place of the learner's history; the old one is kept."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizapp.appdirs import data_dir
from quizapp.cli.backup import describe, print_backups
from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ArgumentParser, print_error
from quizapp.storage import StorageError
from quizapp.storage.backups import (
    backup_at,
    backups_folder,
    describe_backup,
    newest_good_backup,
)
from quizapp.storage.backups import restore_backup as restore_file
from quizapp.storage.health import history_path


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore", help="replace the history with a backup (the current one is kept)")
    parser.add_argument("backup", nargs="?", metavar="BACKUP",
                        help="'latest' (the newest sound backup), a backup's file name, or a "
                        "path; without it, the backups are listed")


def run(arguments: argparse.Namespace) -> int:
    folder = data_dir(arguments.data_dir)
    backups = backups_folder(folder)
    if arguments.backup is None:
        print_backups(backups)
        print("Name one to restore it: quizapp restore latest | quizapp restore FILE")
        return EXIT_OK
    if arguments.backup == "latest":
        newest = newest_good_backup(backups)
        if newest is None:
            print_error("restore", f"there is no sound backup in {backups}")
            return EXIT_INVALID
        chosen = newest.path
    else:
        chosen = Path(arguments.backup)
        if not chosen.exists() and (backups / arguments.backup).exists():
            chosen = backups / arguments.backup
        if not chosen.is_file():
            print_error("restore", f"no backup called {arguments.backup!r}; "
                        "'quizapp restore' lists them")
            return EXIT_USAGE
    try:
        kept = restore_file(chosen, history_path(folder))
    except StorageError as error:
        print_error("restore", str(error))
        return EXIT_INVALID
    print(f"Restored the backup of {describe(describe_backup(backup_at(chosen)))}")
    if kept is not None:
        print(f"The history as it was is kept in {kept}")
    return EXIT_OK

