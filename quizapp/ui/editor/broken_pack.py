"""A pack that cannot be opened: the problem in plain words at its line, and a way to fix it.

*Open in editor* opens the form editor at the question the line belongs to when the YAML can be
read, or a plain-text view of the file with the cursor on the line when it cannot. The text view
checks again as the author fixes it and hands over to the form editor once the file reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.diagnostics import Diagnostic, PackError
from quizapp.packs.atomic_write import write_text_atomically
from quizapp.packs.library import plain_problem
from quizapp.packs.pack_document import PackDocument
from quizapp.packs.recovery import RecoveryStore
from quizapp.ui.editor import save_prompt
from quizapp.ui.editor.editor_files import AUTOSAVE_MS
from quizapp.ui.editor.finding_label import show_note
from quizapp.ui.pack_problems_dialog import PackProblemsDialog, folder_and_name

PROBLEM_LINE = QColor("#ffe3a3")


class BrokenPackDialog(PackProblemsDialog):
    """The problems in plain words at their lines (scrollable, copyable); *Open in editor* goes
    to the first problem's line."""

    open_requested = Signal(object, int)  # Path, line

    def __init__(self, path: Path, problems: list[Diagnostic],
                 parent: QWidget | None = None) -> None:
        super().__init__(path, problems, parent, describe=lambda d: plain_problem(d, path))
        self.path = path
        self.problems = [d for d in problems if d.is_error] or problems
        self.details = self.list
        self.open_button = self.buttons.addButton(self.tr("&Open in editor"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self._open)
        self.open_button.setFocus()

    def _open(self) -> None:
        first = self.problems[0] if self.problems else None
        line = first.line if first is not None and Path(first.path).name == self.path.name else 1
        self.accept()
        self.open_requested.emit(self.path, line)


class YamlTextEditor(QMainWindow):
    """The pack file as plain text, for mistakes that keep it from being read at all."""

    form_requested = Signal(object)  # Path: the file reads now; open it in the form editor
    pack_saved = Signal(object)  # Path, saved and reading as a pack: the app lists it
    editor_closed = Signal(object)  # Path

    def __init__(self, path: Path, text: str, problems: list[Diagnostic], line: int,
                 parent: QWidget | None = None, recovery: RecoveryStore | None = None,
                 saved_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.path = path
        self.saved_text = text if saved_text is None else saved_text
        self.recovery = recovery
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.setWindowTitle(self.tr("%1[*] — fix the pack — quizapp")
                            .replace("%1", folder_and_name(path)))
        self.resize(900, 680)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("yamlText")
        self.text.setAccessibleName(self.tr("Pack file text"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = self.text.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.cursorPositionChanged.connect(self._show_position)
        self.text.textChanged.connect(self._changed)
        self.form_button = QPushButton(self.tr("Open in the form &editor"))  # Alt+F: File
        self.form_button.setEnabled(False)
        self.form_button.clicked.connect(self._to_form)
        check = QAction(self.tr("&Check again"), self)
        check.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Return")])
        check.triggered.connect(self.check)
        save = QAction(self.tr("&Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addActions([save, check])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.problem)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setCentralWidget(central)
        self._show_problems(problems)
        self.go_to(line)
        self.setWindowModified(self.is_modified())

    def is_modified(self) -> bool:
        return self.text.toPlainText() != self.saved_text

    def _changed(self) -> None:
        self.setWindowModified(self.is_modified())
        self.autosave_timer.start()

    def autosave_now(self) -> None:
        """Keep unsaved text in the recovery file, as the form editor does."""
        self.autosave_timer.stop()
        if self.recovery is None:
            return
        if self.is_modified():
            self.recovery.save(self.path, self.text.toPlainText())
        else:
            self.recovery.discard(self.path)

    def go_to(self, line: int, column: int = 1) -> None:
        """Put the cursor on the problem and mark its whole line, so the eye finds it."""
        block = self.text.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=max(0, column - 1))
        self.text.setTextCursor(cursor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(block)
        mark.format.setBackground(PROBLEM_LINE)
        mark.format.setForeground(QColor("#000000"))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.text.setExtraSelections([mark])
        self.text.centerCursor()
        self.text.setFocus()

    def _show_position(self) -> None:
        cursor = self.text.textCursor()
        self.statusBar().showMessage(self.tr("Line %1, column %2")
                                     .replace("%1", str(cursor.blockNumber() + 1))
                                     .replace("%2", str(cursor.positionInBlock() + 1)))

    def _show_problems(self, problems: list[Diagnostic]) -> None:
        errors = [d for d in problems if d.is_error] or problems
        show_note(self.problem, "\n".join(plain_problem(d, self.path) for d in errors[:6]),
                  problem=True)
        self.form_button.setEnabled(not errors)

    def check(self) -> bool:
        """Read the text again; True (and the form editor offered) once it reads as a pack."""
        try:
            PackDocument(self.text.toPlainText(), str(self.path), self.path)
        except PackError as error:
            self._show_problems(error.diagnostics)
            first = error.diagnostics[0]
            self.go_to(first.line, first.column)
            return False
        self._show_problems([])
        show_note(self.problem, self.tr("The file reads as a pack now. Save it, then open it in "
                                        "the form editor.") if self.is_modified() else
                  self.tr("Saved: the pack opens now, and it is in the app's list of packs. "
                          "Open it in the form editor to go on."))
        return True

    def save(self) -> bool:
        try:
            write_text_atomically(self.path, self.text.toPlainText())
        except OSError as error:
            QMessageBox.critical(self, self.tr("Not saved"),
                                 self.tr("The file could not be written.") +
                                 f"\n\n{self.path}: {error.strerror}")
            return False
        self.saved_text = self.text.toPlainText()
        self.setWindowModified(False)
        self.autosave_now()
        if self.check():
            self.pack_saved.emit(self.path)
        return True

    def _to_form(self) -> None:
        if self.check() and self.save():
            self.close()
            self.form_requested.emit(self.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified():
            Button = QMessageBox.StandardButton
            answer = save_prompt.ask_to_save(self, self.tr("Save your changes?"),
                                             self.tr("Save your changes to this file?\n\n%1")
                                             .replace("%1", str(self.path)))
            kept = answer == Button.Discard or (answer == Button.Save and self.save())
            if not kept:
                event.ignore()
                return
            if self.recovery is not None:
                self.recovery.discard(self.path)
        self.autosave_timer.stop()
        self.editor_closed.emit(self.path)
        super().closeEvent(event)
