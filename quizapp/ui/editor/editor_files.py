"""Saving the pack being edited, and never losing an edit: recovery file, unsaved-changes guard.

A moment after every change the text that Save would write goes to a recovery file in the data
folder; saving or discarding removes it, so whatever is left at the next start was interrupted.
Saving first settles the pack's identity when another known pack file uses the same id.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from shiboken6 import isValid

from quizapp.packs.pack_document import DocumentWriteError
from quizapp.packs.recovery import RecoveryStore
from quizapp.packs.starter import StarterError, attach_source
from quizapp.ui.editor import save_prompt
from quizapp.ui.editor.commands import EditPackField
from quizapp.ui.editor.identity_prompt import PackIdentity
from quizapp.ui.editor.pack_details import PackDetailsDialog

if TYPE_CHECKING:
    from quizapp.ui.editor.editor_window import PackEditor

AUTOSAVE_MS = 1000


class EditorFiles(QObject):
    def __init__(self, editor: PackEditor, recovery: RecoveryStore,
                 identity: PackIdentity | None, recovered: bool) -> None:
        super().__init__(editor)
        self.editor = editor
        self.recovery = recovery
        self.identity = identity
        self.recovered = recovered
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        editor.undo_stack.indexChanged.connect(self._changed)

    def _changed(self) -> None:
        if isValid(self):  # the undo stack also reports while the window is destroyed
            self.autosave_timer.start()

    @property
    def path(self) -> Path:
        document = self.editor.document
        return document.path or Path(document.file)

    def is_modified(self) -> bool:
        return self.recovered or not self.editor.undo_stack.isClean()

    def autosave_now(self) -> None:
        """Write the unsaved state to the recovery file (or remove it when nothing is unsaved)."""
        self.autosave_timer.stop()
        if self.is_modified():
            self.recovery.save(self.path, self.editor.document.text(verify=False))
        else:
            self.recovery.discard(self.path)

    def _settle_identity(self) -> bool:
        if self.identity is None:
            return True
        header = self.editor.document.header()
        pack_id = str(header.get("id") or "")
        if not pack_id:
            return True
        settled = self.identity.settle(self.editor, self.path, pack_id,
                                       str(header.get("title") or pack_id))
        if settled is None:
            return False
        if settled != pack_id:
            self.editor.undo_stack.push(EditPackField(self.editor.model, "id", settled))
            self.editor.statusBar().showMessage(
                self.tr("This copy now has its own id: %1").replace("%1", settled), 8000)
        return True

    def save(self) -> bool:
        if not self._settle_identity():
            return False
        try:
            path = self.editor.document.save(self.path)
        except (OSError, DocumentWriteError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            QMessageBox.critical(self.editor, self.tr("The pack was not saved"),
                                 self.tr("The pack could not be written. Your changes are kept in "
                                         "the editor; try Save as… another folder.\n\n%1: %2")
                                 .replace("%1", str(self.path)).replace("%2", reason))
            return False
        self.editor.undo_stack.setClean()
        self.recovered = False
        self.recovery.discard(path)
        self.editor.update_title()
        self.editor.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 6000)
        self.editor.pack_saved.emit(path)
        return True

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self.editor, self.tr("Save the pack as"),
                                              str(self.path), self.tr("Quiz packs (*.yaml *.yml)"))
        return bool(name) and self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        """Save under a new name; the source text is copied beside it when it is not there."""
        document = self.editor.document
        source = document.header().get("source")
        relative = source.get("text") if isinstance(source, dict) else None
        if isinstance(relative, str) and not (target.parent / relative).exists():
            original = self.editor.source.folder / relative
            if original.is_file():
                (target.parent / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(original, target.parent / relative)
        old = self.path
        document.path, document.file = target, str(target)
        self.editor.source.move_to(target.parent)
        if self.save():
            self.recovery.discard(old)
            self.editor.refresh_source()
            return True
        return False

    def choose_source(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.editor, self.tr("The text your questions will cite"), str(self.path.parent),
            self.tr("Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)"))
        if name:
            self.attach_source(Path(name))

    def attach_source(self, text_file: Path) -> bool:
        """Give the pack a source text (with passage ids) to cite, keeping its attribution."""
        try:
            name, title = attach_source(self.path.parent, text_file)
        except StarterError as error:
            QMessageBox.warning(self.editor, self.tr("The text cannot be used"),
                                self.tr("The text cannot become a source.") + f"\n\n{error}")
            return False
        old = self.editor.document.header().get("source")
        source = dict(old) if isinstance(old, dict) else {}
        source.update({"text": name, "title": title})
        for key in ("publisher", "license", "url"):
            source.setdefault(key, "")
        self.apply_details({"source": source})
        self.editor.statusBar().showMessage(
            self.tr("%1 is the source now: select words in it to cite them.").replace("%1", name),
            8000)
        return True

    def edit_details(self) -> None:
        findings = self.editor.checker.latest
        dialog = PackDetailsDialog(self.editor.document.header(),
                                   findings.pack_level if findings else (), self.editor)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_details(dialog.changes())

    def apply_details(self, changes: dict[str, Any], what: str | None = None) -> None:
        if not changes:
            return
        stack = self.editor.undo_stack
        stack.beginMacro(what or self.tr("Edit pack details"))
        for key, value in changes.items():
            stack.push(EditPackField(self.editor.model, key, value))
        stack.endMacro()

    def may_close(self) -> bool:
        """Ask about unsaved changes: save them, discard them, or keep editing."""
        if not self.is_modified():
            return True
        Button = QMessageBox.StandardButton
        answer = save_prompt.ask_to_save(
            self.editor, self.tr("Save your changes?"),
            self.tr("This pack has changes that are not saved. Save them before closing?\n\n%1")
            .replace("%1", self.editor.windowTitle().split("[*]")[0]))
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.recovery.discard(self.path)
            self.recovered = False
            return True
        return False

    def closing(self) -> None:
        self.autosave_timer.stop()
