"""Opening the learner's history when the app starts, and telling the learner what was found.

``quizapp.storage.health.open_history`` finds what is wrong; this module asks the learner what
to do about it, in plain words: restore the newest good backup or start a new history (the
damaged file is kept either way), quit when the history is from a newer quizapp or cannot be
opened, and carry on read-only (saying so) when nothing can be written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from quizapp.storage import HistoryDamaged, OpenedHistory, StorageError, open_history
from quizapp.storage.backups import Backup, backups_folder, newest_good_backup, restore_backup
from quizapp.storage.database import set_aside
from quizapp.storage.errors import plain_reason
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate


class DamageChoice(Enum):
    RESTORE = "restore"
    START_NEW = "start new"
    QUIT = "quit"


def describe_backup(backup: Backup) -> str:
    """"Monday 3 June 2024, 14:05 — 2 learners, 340 answers": what a learner needs to choose."""
    when = backup.created.astimezone().strftime("%A %d %B %Y, %H:%M").replace(" 0", " ")
    learner_count, answer_count = backup.learners or 0, backup.answers or 0
    learners = translate("Startup", "%n learner(s)", None, learner_count)
    answers = translate("Startup", "%n answer(s)", None, answer_count)
    return f"{when} — {learners}, {answers}"


def damage_message_box(damage: HistoryDamaged, backup: Backup | None,
                       parent: QWidget | None = None) -> tuple[QMessageBox, dict[object, DamageChoice]]:
    """The question asked when the history is damaged, and which button means what."""
    text = (translate("Startup", "quizapp could not read your learning history, because the file is damaged: "
                "%1.").replace("%1", damage.reason) + "\n\n"
            + translate("Startup", "Nothing has been deleted: whatever you choose, the damaged file is kept "
                  "beside the new one, renamed.") + "\n\n")
    if backup is not None:
        text += translate("Startup", "The newest good backup is from %1. Restore it?").replace(
            "%1", describe_backup(backup))
    else:
        text += translate("Startup", "There is no good backup to restore, so a new, empty history can be "
                    "started.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Startup", "Your history needs attention"),
                      as_plain_rich_text(text), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damagedHistoryBox")
    choices: dict[object, DamageChoice] = {}
    if backup is not None:
        restore = box.addButton(
            translate("Startup", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        choices[restore] = DamageChoice.RESTORE
        box.setDefaultButton(restore)
    start_new = box.addButton(
        translate("Startup", "&Start a new history"), QMessageBox.ButtonRole.DestructiveRole
    )
    choices[start_new] = DamageChoice.START_NEW
    quit_button = box.addButton(translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    choices[quit_button] = DamageChoice.QUIT
    if backup is None:
        box.setDefaultButton(start_new)
    box.setEscapeButton(quit_button)
    return box, choices


def ask_about_damage(damage: HistoryDamaged, backup: Backup | None) -> DamageChoice:
    box, choices = damage_message_box(damage, backup)
    box.exec()
    return choices.get(box.clickedButton(), DamageChoice.QUIT)


AskAboutDamage = Callable[[HistoryDamaged, Backup | None], DamageChoice]


@dataclass
class StartedHistory:
    """The history the app runs on, and what the learner should be told about it."""

    opened: OpenedHistory
    notices: list[str] = field(default_factory=list)


def open_history_for_app(
    data_directory: Path, ask: AskAboutDamage = ask_about_damage
) -> StartedHistory | None:
    """The learner's history, after asking what to do if it is damaged; None means quit.

    Errors that leave nothing to choose (a newer schema, a data folder that cannot be used) are
    shown and end the start.
    """
    notices: list[str] = []
    offered_backup = True
    while True:
        try:
            opened = open_history(data_directory)
        except HistoryDamaged as damage:
            backup = newest_good_backup(backups_folder(data_directory)) if offered_backup else None
            choice = ask(damage, backup)
            if choice is DamageChoice.QUIT:
                return None
            try:
                if choice is DamageChoice.RESTORE and backup is not None:
                    kept = restore_backup(backup.path, damage.path)
                    notices.append(
                        translate("Startup", "Restored the backup of %1.").replace(
                            "%1", describe_backup(backup)
                        )
                    )
                else:
                    kept = set_aside(damage.path, "damaged")
                    notices.append(translate("Startup", "Started a new, empty history."))
            except (StorageError, OSError) as error:
                offered_backup = False  # offer only a new history next time round
                QMessageBox.critical(
                    None,
                    translate("Startup", "quizapp could not repair the history"),
                    as_plain_rich_text(plain_reason(error)),
                )
                continue
            if kept is not None:
                notices.append(
                    translate("Startup", "The damaged file is kept as %1.").replace("%1", str(kept))
                )
            continue
        except StorageError as error:  # too new, or the folder cannot be used at all
            QMessageBox.critical(
                None,
                translate("Startup", "quizapp cannot start"),
                as_plain_rich_text(
                    translate("Startup", "Your learning history in %1 cannot be used: %2.")
                    .replace("%1", str(data_directory))
                    .replace("%2", str(error))
                ),
            )
            return None
        if opened.read_only_reason is not None:
            QMessageBox.warning(
                None,
                translate("Startup", "Nothing will be saved"),
                as_plain_rich_text(
                    translate(
                        "Startup",
                        "quizapp can show your history but cannot save anything new: %1. Answers "
                        "given now will not be kept. To save them, start quizapp with a data folder "
                        "you can write to (--data-dir).",
                    ).replace("%1", opened.read_only_reason)
                ),
            )
        return StartedHistory(opened, notices)


def show_startup_state(window: QMainWindow, started: StartedHistory) -> None:
    """What was repaired at start, said once the window is up; a read-only history marked for
    as long as the window is open."""
    if started.opened.read_only_reason is not None:
        marker = QLabel(translate("Startup", "Read-only: nothing is saved"))
        marker.setObjectName("readOnlyMarker")
        marker.setToolTip(as_plain_rich_text(started.opened.read_only_reason))
        window.statusBar().addPermanentWidget(marker)
    if started.notices:
        QMessageBox.information(
            window,
            translate("Startup", "Your history was repaired"),
            as_plain_rich_text("\n\n".join(started.notices)),
        )
