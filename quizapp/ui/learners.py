"""Who is studying: the learner profiles of this computer, plus a Guest who keeps nothing.

The Guest's history lives in an in-memory database that is dropped when the app closes, so the
rest of the app treats Guest like any learner and nothing of a guest's work reaches the disk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from quizapp.storage import HistoryStore, Profile, ProfileNameError, StorageError, open_database
from quizapp.storage.statistics import StatisticsStore
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

GUEST_NAME = "Guest"
GUEST_LABEL = QT_TRANSLATE_NOOP("Learners", "Guest (keeps nothing)")
"""How the list of learners names the Guest (shown translated: ``guest_label()``)."""
DEFAULT_PROFILE = QT_TRANSLATE_NOOP("Learners", "Learner")
"""The first learner's name, given in the interface language when the history is new."""
LAST_PROFILE_KEY = "profile/last"


def guest_label() -> str:
    return QCoreApplication.translate("Learners", GUEST_LABEL)


class Learners:
    def __init__(self, history: HistoryStore, settings: QSettings) -> None:
        self.saved_history = history
        self.settings = settings
        self._guest_history: HistoryStore | None = None
        self.is_guest = False
        self.current = self._initial()

    def _initial(self) -> Profile:
        last = str(self.settings.value(LAST_PROFILE_KEY, "", type=str) or "")
        if last == GUEST_NAME:
            return self._become_guest()
        if last:
            found = self.saved_history.find_profile(last)
            if found is not None:
                return found
        profiles = self.saved_history.profiles()
        try:
            return profiles[0] if profiles else self.saved_history.ensure_profile(
                QCoreApplication.translate("Learners", DEFAULT_PROFILE))
        except StorageError:  # nothing can be saved (read-only, full disk): the Guest keeps nothing
            return self._become_guest()

    def reload(self) -> Profile:
        """After the saved history was replaced (a restore): the remembered learner if still
        there, else the first one."""
        self.current = self._initial()
        return self.current

    @property
    def history(self) -> HistoryStore:
        """The store the current learner's work goes to."""
        if self.is_guest and self._guest_history is not None:
            return self._guest_history
        return self.saved_history

    @property
    def statistics(self) -> StatisticsStore:
        return StatisticsStore(self.history.db)

    def labels(self) -> list[str]:
        return [p.name for p in self.saved_history.profiles()] + [guest_label()]

    def current_label(self) -> str:
        return guest_label() if self.is_guest else self.current.name

    def _become_guest(self) -> Profile:
        if self._guest_history is None:
            self._guest_history = HistoryStore(open_database(":memory:"))
        self.is_guest = True
        return self._guest_history.ensure_profile(GUEST_NAME)

    def _remember(self) -> None:
        self.settings.setValue(LAST_PROFILE_KEY, GUEST_NAME if self.is_guest else self.current.name)

    def switch(self, label: str) -> Profile:
        """Switch to an existing learner (or Guest); a new name creates that learner."""
        if label in (GUEST_LABEL, GUEST_NAME, guest_label()):
            self.current = self._become_guest()
        else:
            self._check_not_reserved(label)
            self.current = self.saved_history.ensure_profile(label)
            self.is_guest = False
        self._remember()
        return self.current

    def rename(self, new_name: str) -> Profile:
        if self.is_guest:
            raise ProfileNameError("the Guest cannot be renamed; create a new learner instead")
        self._check_not_reserved(new_name)
        self.current = self.saved_history.rename_profile(self.current.id, new_name)
        self._remember()
        return self.current

    def delete_current(self) -> Profile:
        """Delete the current learner and all their history; returns the learner now current."""
        if self.is_guest:
            raise ProfileNameError("the Guest keeps nothing, so there is nothing to delete")
        self.saved_history.delete_profile(self.current.id)
        remaining = self.saved_history.profiles()
        self.current = remaining[0] if remaining else self.saved_history.ensure_profile(
            QCoreApplication.translate("Learners", DEFAULT_PROFILE))
        self._remember()
        return self.current

    @staticmethod
    def _check_not_reserved(name: str) -> None:
        if " ".join(name.split()).casefold() in (GUEST_NAME.casefold(), GUEST_LABEL.casefold()):
            raise ProfileNameError(f"'{GUEST_NAME}' is reserved for the learner who keeps nothing")


def ask_rename_learner(parent: QWidget, learners: Learners) -> bool:
    """Ask for a new name and rename the current learner; True when renamed."""
    if learners.is_guest:
        return False
    name, ok = QInputDialog.getText(parent, translate("Learners", "Rename learner"),
                                    translate("Learners", "New name:"),
                                    text=learners.current.name)
    if not ok or not name.strip():
        return False
    try:
        learners.rename(name)
    except ProfileNameError as error:
        QMessageBox.warning(parent, translate("Learners", "Cannot rename"),
                            as_plain_rich_text(str(error)))
        return False
    return True


def ask_delete_learner(parent: QWidget, learners: Learners) -> str | None:
    """Confirm, then delete the current learner with all their data; returns the deleted name."""
    if learners.is_guest:
        return None
    name = learners.current.name
    answer = QMessageBox.question(
        parent, translate("Learners", "Delete learner?"), as_plain_rich_text(
            translate("Learners", "Delete “%1” and all of their history, statistics and review "
                      "schedule? This cannot be undone.").replace("%1", name)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    learners.delete_current()
    return name
