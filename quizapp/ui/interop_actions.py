"""File → Import questions… and File → Export pack…: other formats in and out of the app.

Importing asks for a file, imports it off the UI thread, asks where to save the new pack, opens
it, and shows every skipped question with its line in a scrollable report. Exporting offers the
formats of ``quizapp export`` and reports what the chosen format could not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.fitting import fit_text_window
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:  # the formats (genanki, XML, spreadsheets) load when first imported or exported
    from quizapp.core.models import Pack
    from quizapp.interop import ExportResult, ImportResult
    from quizapp.ui.main_window import MainWindow

IMPORT_FILTER = ("Question files (*.gift *.txt *.xml *.csv *.tsv);;GIFT (*.gift *.txt);;"
                 "Moodle XML (*.xml);;Aiken (*.txt);;Spreadsheet (*.csv *.tsv);;All files (*)")
EXPORT_CHOICES = {
    "Moodle XML (every question type)": "moodle-xml",
    "GIFT (Moodle's text format)": "gift",
    "Anki deck (.apkg)": "anki",
    "quizapp bundle (.quizpack) to share": "quizpack",
    "Spreadsheet (CSV)": "csv",
    "Spreadsheet (TSV)": "tsv",
    "Aiken (single choice only)": "aiken",
    "JSON": "json",
}


class ReportDialog(QDialog):
    """A summary line and a long, scrollable, copyable list of located messages."""

    def __init__(self, title: str, summary: str, lines: list[str], parent: QWidget,
                 copied: list[str] | None = None) -> None:
        super().__init__(parent)
        self.copied = copied if copied is not None else lines
        self.setWindowTitle(title)
        self.setObjectName("interopReport")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit("\n\n".join(lines))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setAccessibleName(translate("InteropActions", "Skipped and changed questions"))
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("InteropActions", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setVisible(bool(lines))
        copy.setToolTip(translate("InteropActions", "Copy every message as FILE:LINE: warning: …"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            "\n".join(self.copied) + "\n"))
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes; Copy is one Tab away
        copy.setAutoDefault(False)
        self.details.setTabChangesFocus(True)
        (self.details if lines else close).setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        fit_text_window(self, 90, min(24, 9 + 2 * len(lines)) if lines else 8)


@dataclass
class _Saved:
    result: ImportResult
    path: Path


class InteropActions:
    """The two actions and what they do; owned by the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.report: ReportDialog | None = None
        self.import_action = QAction(translate("InteropActions", "&Import questions…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(translate("InteropActions", "E&xport pack…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.export_action.triggered.connect(self.choose_export)

    def show_report(self, title: str, summary: str, lines: list[str],
                    copied: list[str] | None = None) -> ReportDialog:
        if self.report is not None:
            self.report.close()
        self.report = ReportDialog(title, summary, lines, self.window, copied)
        self.report.open()
        return self.report

    # -- import --------------------------------------------------------------------------------
    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, translate("InteropActions", "Import questions"),
                                              str(Path.home()), IMPORT_FILTER)
        if name:
            self.import_from(Path(name))

    def import_from(self, source: Path) -> None:
        self.window.statusBar().showMessage(
            translate("InteropActions", "Importing %1…").replace("%1", source.name))
        from quizapp.interop import import_file

        self.window.runner.run(lambda: import_file(source), lambda r: self.imported(source, r),
                               lambda error: self.import_failed(source, error))

    def import_failed(self, source: Path, error: BaseException) -> None:
        from quizapp.interop import ImportFailure

        self.window.statusBar().clearMessage()
        reason = str(error) if isinstance(error, ImportFailure) else (f"{type(error).__name__}: {error}")
        QMessageBox.warning(
            self.window,
            translate("InteropActions", "Nothing imported"),
            as_plain_rich_text(
                translate("InteropActions", "%1 could not be imported:").replace("%1", source.name)
                + f"\n\n{reason}"
            ),
        )

    def imported(self, source: Path, result: ImportResult) -> None:
        self.window.statusBar().clearMessage()
        lines = [
            translate("InteropActions", "Line %1: ").replace("%1", str(w.line))
            + w.message[:1].upper()
            + w.message[1:]
            for w in result.warnings
        ]
        located = [str(w) for w in result.warnings]
        if result.pack is None:
            self.show_report(
                translate("InteropActions", "Nothing imported"),
                translate(
                    "InteropActions", "No question of %1 could be imported. The reasons, by line:"
                ).replace("%1", source.name),
                lines,
                located,
            )
            return
        suggested = source.with_name(source.name.split(".")[0] + ".yaml")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("InteropActions", "Save the new pack"),
            str(suggested),
            translate("InteropActions", "Quiz packs (*.yaml)"),
        )
        if not name:
            return
        target = Path(name)
        from quizapp.packs.yaml_writer import write_new_pack

        try:
            write_new_pack(
                self.distinct(result, target),
                target,
                header=f"Imported from {source.name} by quizapp.",
                attachments=result.attachments,
            )
        except OSError as error:
            QMessageBox.warning(
                self.window, translate("InteropActions", "Pack not saved"), as_plain_rich_text(str(error))
            )
            return
        self.window.open_pack_file(target)
        skipped = sum(1 for w in result.warnings if w.skipped_question)
        imported = result.question_count
        summary = translate(
            "InteropActions", "Imported %n question(s) into %1.", None, imported
        ).replace("%1", target.name)
        if skipped:
            summary += " " + translate(
                "InteropActions",
                "%n question(s) could not be imported; the reasons are listed "
                "below with their line in the file.",
                None,
                skipped,
            )
        if len(lines) > skipped:
            summary += " " + translate(
                "InteropActions", "Some questions were changed on the way (see below)."
            )
        self.show_report(translate("InteropActions", "Questions imported"), summary, lines, located)

    def distinct(self, result: ImportResult, target: Path) -> Pack:
        """The imported pack with an id no known pack uses (a new import is never "the same
        pack", so nothing needs asking) and a title that tells it apart in the pack list:
        "Quiz (GIFT)" and "Quiz (CSV)", with the folder added when even that is taken."""
        from quizapp.interop import FORMAT_NAMES
        from quizapp.packs.identity import distinct_title, unused_pack_id

        assert result.pack is not None
        pack = result.pack
        titles = [row.title for row in self.window.home.model.rows if row.usable]
        known = self.window.editors.known_packs()
        pack_id = unused_pack_id(pack.id, [ident for _, ident in known])
        named = f"{pack.title} ({FORMAT_NAMES.get(result.format, result.format)})" \
            if result.format else pack.title
        title = distinct_title(named, target.parent.name, titles)
        return replace(pack, id=pack_id, title=title)

    # -- export --------------------------------------------------------------------------------
    def choose_export(self) -> None:
        from quizapp.interop import EXTENSIONS

        row = self.window.home.current_row()
        if row is None or not row.usable:
            QMessageBox.information(
                self.window, translate("InteropActions", "Export pack"),
                translate("InteropActions", "Choose a pack that opens without errors first."))
            return
        label, ok = QInputDialog.getItem(
            self.window, translate("InteropActions", "Export pack"),
            translate("InteropActions", "Export “%1” as:").replace("%1", row.title),
            list(EXPORT_CHOICES), 0, False)
        if not ok:
            return
        fmt = EXPORT_CHOICES[label]
        suggested = Path.home() / f"{row.pack_id}{EXTENSIONS[fmt]}"
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("InteropActions", "Export pack"), str(suggested))
        if name:
            self.export_to(Path(row.path), fmt, Path(name))

    def export_to(self, pack_path: Path, fmt: str, target: Path) -> None:
        from quizapp.interop import ExportResult, export_pack
        from quizapp.packs import load_pack, pack_to_json
        from quizapp.packs.bundle import BundleError, is_bundle, open_bundle, write_bundle

        cache = self.window.context.bundle_cache

        def work() -> ExportResult:
            pack_file = pack_path
            if is_bundle(pack_file):
                if cache is None:
                    raise BundleError("no folder to unpack bundles into")
                pack_file = open_bundle(pack_file, cache)
            pack = load_pack(pack_file)
            if fmt == "json":
                result = ExportResult(pack_to_json(pack).encode("utf-8"))
            elif fmt == "quizpack":
                result = ExportResult(write_bundle(pack, pack_file))
            else:
                result = export_pack(pack, fmt)
            target.write_bytes(result.data)
            return result

        self.window.runner.run(work, lambda result: self.exported(target, result), self.export_failed)

    def export_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self.window, translate("InteropActions", "Export failed"), as_plain_rich_text(str(error))
        )

    def exported(self, target: Path, result: ExportResult) -> None:
        message = translate("InteropActions", "Exported to %1.").replace("%1", str(target))
        if not result.notes:
            self.window.statusBar().showMessage(message, 6000)
            return
        if result.skipped:
            left_out = len(result.skipped)
            message += " " + translate(
                "InteropActions",
                "%n question(s) could not be written in this format.",
                None,
                left_out,
            )
        self.show_report(
            translate("InteropActions", "Pack exported"),
            message + " " + translate("InteropActions", "What the format could not hold, by question:"),
            [str(n) for n in result.notes],
        )


def install_interop_actions(window: MainWindow) -> InteropActions:
    """Put *Import questions…* and *Export pack…* in the File menu, in a group of their own after
    the entries for opening and making packs (before the first separator)."""
    actions = InteropActions(window)
    menu = menu_named(window, "fileMenu")
    if menu is not None:
        anchor = next((a for a in menu.actions() if a.isSeparator()), None)
        group = [actions.import_action, actions.export_action]
        if anchor is None:
            menu.addSeparator()
            menu.addActions(group)
        else:
            menu.insertActions(anchor, group)
            menu.insertSeparator(actions.import_action)
    return actions
