"""Asking whether a pack file that shares another's id is the same pack or a copy.

History is filed under the pack id, so a copied folder that keeps its id would silently mix its
learners' history with the original's. Only the teacher knows which it is; the answer "same" is
remembered for those files, and "copy" gives this file a new id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.packs.identity import fresh_pack_id, other_files_with_id
from quizapp.ui.translation import translate

SAME, COPY = "same", "copy"
CONFIRMED_KEY = "packs/same-identity/"


def ask_pack_identity(parent: QWidget | None, title: str, pack_id: str,
                      others: list[str]) -> str | None:
    """SAME, COPY, or None when the author cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles and paths come from strangers' files
    box.setWindowTitle(translate("PackIdentity", "Same pack or a copy?"))
    box.setText(
        translate("PackIdentity", "Another pack file already uses the id “%1”.").replace("%1", pack_id)
    )
    box.setInformativeText(
        translate(
            "PackIdentity",
            "Is this the same pack, moved or updated? Then learners' history carries on. Or is "
            "it a copy to adapt? Then it gets its own id and its own history.",
        )
        + "\n\n"
        + translate("PackIdentity", "This pack: %1").replace("%1", title)
        + "\n"
        + translate("PackIdentity", "The other file: %1").replace("%1", ", ".join(others))
    )
    same = box.addButton(
        translate("PackIdentity", "&Same pack — share history"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(
        translate("PackIdentity", "A &copy — give it a new id"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    return SAME if clicked is same else COPY if clicked is copy else None


class PackIdentity:
    """Settles which id a pack file should have when another known file uses the same one."""

    def __init__(self, settings: QSettings, known: Callable[[], list[tuple[str, str]]]) -> None:
        self.settings = settings
        self.known = known

    def _confirmed(self, pack_id: str) -> set[str]:
        value = self.settings.value(CONFIRMED_KEY + pack_id, [])
        if isinstance(value, str):
            return {value}
        return {str(item) for item in value} if isinstance(value, list) else set()

    def settle(self, parent: QWidget | None, path: Path, pack_id: str, title: str) -> str | None:
        """The id the file at ``path`` should have: its own, a new one for a copy, or None."""
        known = self.known()
        others = other_files_with_id(pack_id, path, known)
        if not others:
            return pack_id
        here = str(Path(path).resolve())
        confirmed = self._confirmed(pack_id)
        if here in confirmed and all(other in confirmed for other in others):
            return pack_id
        answer = ask_pack_identity(parent, title, pack_id, others)
        if answer == SAME:
            self.settings.setValue(CONFIRMED_KEY + pack_id, sorted(confirmed | {here, *others}))
            return pack_id
        if answer == COPY:
            return fresh_pack_id(pack_id, {ident for _, ident in known})
        return None
