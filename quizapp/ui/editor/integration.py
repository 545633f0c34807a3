"""The editor inside the app: menu entries, the pack list's context menu, broken packs, identity,
recovery at start-up and the unsaved-changes guard when the app closes.

``install_editor(window)`` is the one call the main window makes; everything the editor adds to
the app is wired here, so the main window stays a thin frame.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from quizapp.core.diagnostics import PackError
from quizapp.core.limits import MAX_PACK_BYTES
from quizapp.core.models import Pack
from quizapp.packs.library import LoadOutcome, load_many
from quizapp.packs.recovery import Recovered, RecoveryStore
from quizapp.ui.classroom.sizing import place_within_screen, resize_within_screen
from quizapp.ui.editor.identity_prompt import PackIdentity
from quizapp.ui.pack_table_model import PackRow
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:  # the editor's windows and the YAML round trip load when first used
    from quizapp.ui.editor.broken_pack import BrokenPackDialog
    from quizapp.ui.main_window import MainWindow

REMOVABLE_ORIGINS = ("Recent", "Opened")


def data_folder(window: MainWindow) -> Path:
    """The learner's data folder: where the app keeps its settings file (see open_context)."""
    return Path(window.context.settings.fileName()).resolve().parent


class EditorService(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editors: dict[str, QWidget] = {}
        self.recovery = RecoveryStore(data_folder(window) / "recovery")
        self.identity = PackIdentity(window.context.settings, self.known_packs)
        self.recovery_offered = False
        self.dialog: QDialog | None = None
        self.menu: QMenu | None = None
        self._add_menu_entries()
        table = window.home.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        window.installEventFilter(self)
        window.packs_refreshed.connect(self.offer_recovery)

    def _add_menu_entries(self) -> None:
        file_menu = menu_named(self.window, "fileMenu")
        assert isinstance(file_menu, QMenu)
        first_separator = next(a for a in file_menu.actions() if a.isSeparator())
        entries = ((self.tr("&New pack…"), "Ctrl+N", lambda: self.new_pack(with_text=False)),
                   (self.tr("New pack from a &text…"), "Ctrl+Shift+N",
                    lambda: self.new_pack(with_text=True)),
                   (self.tr("&Edit pack…"), "Ctrl+Shift+E", self.edit_current_pack))
        self.actions: list[QAction] = []
        for text, shortcut, handler in entries:
            action = QAction(text, self.window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda *_, run=handler: run())
            file_menu.insertAction(first_separator, action)  # right after *Open pack…*
            self.actions.append(action)

    # -- what the app knows ----------------------------------------------------------------------
    def known_packs(self) -> list[tuple[str, str]]:
        """Every pack file the app knows of, with its id: the list on the home screen and recents."""
        known = [(row.path, row.pack_id) for row in self.window.home.model.rows
                 if row.pack_id is not None]
        known += [(recent.path, recent.pack_id)
                  for recent in self.window.context.history.recent_packs(limit=50)]
        return known

    def _register(self, path: Path) -> None:
        """Put a pack the author made or saved into the app's list (under Recent)."""
        from quizapp.packs.pack_document import PackDocument

        try:
            header = PackDocument.load(path).header()
        except PackError:
            header = {}
        resolved = path.resolve()
        self.window.context.history.remember_pack(str(resolved), str(header.get("id") or ""),
                                                  str(header.get("title") or path.parent.name))
        if resolved not in [p.resolve() for p in self.window.context.extra_pack_paths]:
            self.window.context.extra_pack_paths.append(resolved)
        self.window.refresh_packs(select=resolved)

    # -- opening editors -------------------------------------------------------------------------
    def open_editor(self, path: Path, line: int | None = None,
                    recovered: Recovered | None = None) -> QWidget:
        """The editor for ``path``: the form editor when the file reads, else its text view."""
        from quizapp.packs.pack_document import PackDocument
        from quizapp.ui.editor.broken_pack import YamlTextEditor
        from quizapp.ui.editor.editor_window import PackEditor

        key = str(path.resolve())
        existing = self.editors.get(key)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            if recovered is not None:
                document = PackDocument(recovered.text, str(path), path)
            else:
                document = PackDocument.load(path)
        except PackError as error:
            text = recovered.text if recovered is not None else _read_anyway(path)
            first = error.diagnostics[0] if error.diagnostics else None
            saved = _read_anyway(path) if recovered is not None else None
            view = YamlTextEditor(path, text, error.diagnostics,
                                  line or (first.line if first else 1), self.window,
                                  self.recovery, saved)
            view.form_requested.connect(lambda p: self.open_editor(p))
            view.pack_saved.connect(self._register)
            view.editor_closed.connect(lambda *_: self.editors.pop(key, None))
            return self._show(key, view)
        editor = PackEditor(document, self.recovery, self.identity,
                            recovered=recovered is not None, parent=self.window)
        editor.pack_saved.connect(self._register)
        editor.editor_closed.connect(lambda *_: self.editors.pop(key, None))
        shown = self._show(key, editor)
        if line is not None:
            row, field = document.locate(line)
            if row is not None:
                editor.select_row(row)
                editor.form.focus_field(field)
        return shown

    def _show(self, key: str, window: QWidget) -> QWidget:
        self.editors[key] = window
        resize_within_screen(window, window.width(), window.height())
        window.show()
        place_within_screen(window)
        window.raise_()
        window.activateWindow()
        return window

    def edit_current_pack(self) -> None:
        row = self.window.home.current_row()
        if row is None:
            self.window.statusBar().showMessage(self.tr("Select a pack to edit first."), 5000)
            return
        self.open_editor(Path(row.path))

    def new_pack(self, with_text: bool) -> None:
        from quizapp.ui.editor.new_pack_dialog import NewPackDialog

        dialog = NewPackDialog(self.window, with_text=with_text)
        if with_text:
            dialog.choose_text()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.made is not None:
            self.created(dialog.made.pack_path)

    def created(self, pack_path: Path) -> QWidget:
        self._register(pack_path)
        return self.open_editor(pack_path)

    # -- opening packs in the app ----------------------------------------------------------------
    def explain_broken_pack(self, path: Path, outcome: LoadOutcome) -> BrokenPackDialog:
        """The plain-words problem at its line, with *Open in editor* (shown without blocking)."""
        from quizapp.ui.editor.broken_pack import BrokenPackDialog

        dialog = BrokenPackDialog(path, list(outcome.problems), self.window)
        dialog.open_requested.connect(lambda p, line: self.open_editor(p, line))
        self.dialog = dialog
        dialog.open()
        return dialog

    def settle_identity(self, path: Path, pack: Pack) -> Pack | None:
        """Ask "same pack or a copy?" when another known file uses this pack's id.

        A copy gets a new id written into its file (nothing else in it changes) and is loaded
        again; None means the author cancelled opening it.
        """
        settled = self.identity.settle(self.window, path, pack.id, pack.title)
        if settled is None or settled == pack.id:
            return None if settled is None else pack
        from quizapp.packs.pack_document import PackDocument

        document = PackDocument.load(path)
        document.set_field("id", settled)
        document.save()
        self.window.statusBar().showMessage(
            self.tr("The copy now has its own id, %1, and its own history.")
            .replace("%1", settled), 8000)
        return load_many([path])[0].pack

    # -- the pack list's context menu ------------------------------------------------------------
    def context_menu(self, row: PackRow) -> QMenu:
        menu = QMenu(self.window.home.table)
        path = Path(row.path)
        edit = menu.addAction(self.tr("Open in editor") if not row.usable
                              else self.tr("&Edit pack…"))
        edit.triggered.connect(lambda: self.open_editor(path))
        remove = menu.addAction(self.tr("&Remove from the list"))
        remove.setEnabled(row.origin in REMOVABLE_ORIGINS)
        remove.triggered.connect(lambda: self.remove_from_list(row))
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        """For the current pack: a right-click makes the clicked row current, the Menu key
        (or Shift+F10) uses the row already current."""
        table = self.window.home.table
        index = table.currentIndex()
        if not table.visualRect(index).contains(position):
            position = table.visualRect(index).center()
        row = self.window.home.model.row(self.window.home.proxy.mapToSource(index))
        if row is not None:
            self.menu = self.context_menu(row)
            self.menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.menu.popup(table.viewport().mapToGlobal(position))

    def remove_from_list(self, row: PackRow) -> None:
        """Forget a recent or opened pack (the file itself is left alone)."""
        resolved = Path(row.path).resolve()
        self.window.context.history.forget_pack(str(resolved))
        self.window.context.history.forget_pack(row.path)
        self.window.context.extra_pack_paths[:] = [
            p for p in self.window.context.extra_pack_paths if p.resolve() != resolved]
        self.window.refresh_packs()
        self.window.statusBar().showMessage(
            self.tr("Removed %1 from the list; the file is still there.").replace("%1", row.path),
            6000)

    # -- recovery and closing --------------------------------------------------------------------
    def offer_recovery(self) -> None:
        """Once per start: offer back the edits a crash or power cut left unsaved."""
        if self.recovery_offered:
            return
        self.recovery_offered = True
        for entry in self.recovery.entries():
            when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            answer = QMessageBox.question(
                self.window, self.tr("Recover unsaved changes?"),
                self.tr("Changes to a pack were not saved when quizapp last closed. Open them "
                        "in the editor to review and save them?\n\n%1\nLast change: %2")
                .replace("%1", str(entry.pack_path)).replace("%2", when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.open_editor(entry.pack_path, recovered=entry)
            else:
                entry.file.unlink(missing_ok=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The app closing closes every editor first; one with unsaved changes may say no."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            for editor in list(self.editors.values()):
                if not editor.close():
                    event.ignore()
                    return True
        return False


def _read_anyway(path: Path) -> str:
    """The text of a file too broken to read as a pack (undecodable bytes shown as �)."""
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            return ""
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return ""


def install_editor(window: MainWindow) -> EditorService:
    """Adds pack creation and editing to the app; returns the service the window keeps."""
    return EditorService(window)
