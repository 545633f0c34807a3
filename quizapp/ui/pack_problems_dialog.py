"""Why a pack cannot be opened: a short summary, then the problems in a scrollable, copyable list.

A pack with thousands of problems once made a message box 210,112 pixels tall. This dialog keeps
a fixed size, lists the first ``MAX_SHOWN_PROBLEMS`` (problems are sorted by line, so the first
ones are where fixing starts) and copies all of them. Everything is plain text: the problems
quote the pack, which may contain markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.diagnostics import Diagnostic
from quizapp.core.limits import MAX_SHOWN_PROBLEMS
from quizapp.ui.text_rendering import fit_to_screen


def folder_and_name(path: Path) -> str:
    """"rivers/pack.yaml": most packs are called pack.yaml, so the name alone says little."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


class PackProblemsDialog(QDialog):
    """``describe`` words each problem (the editor's says "line 38: a colon is missing…");
    *Copy all* always copies the full ``FILE:LINE:COLUMN: error: …`` lines."""

    def __init__(self, path: Path, problems: Sequence[Diagnostic],
                 parent: QWidget | None = None,
                 describe: Callable[[Diagnostic], str] = str) -> None:
        super().__init__(parent)
        self.setObjectName("packProblemsDialog")
        self.setWindowTitle(self.tr("This pack cannot be opened"))
        errors = [d for d in problems if d.is_error] or list(problems)
        self.all_text = "\n".join(str(d) for d in errors)
        summary = self.summary = QLabel(
            self.tr("%n problem(s) in %1 must be fixed before it can be used. Fix them in the "
                    "file and open it again; 'quizapp validate' lists them too.", "", len(errors))
            .replace("%1", folder_and_name(path)) + "\n" + str(path.absolute()))
        summary.setObjectName("problemsSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        shown = errors[:MAX_SHOWN_PROBLEMS]
        lines = [describe(d) for d in shown]
        if len(errors) > len(shown):
            lines.append(self.tr("… and %n more: 'Copy all' copies every one.", "",
                                 len(errors) - len(shown)))
        self.list = QPlainTextEdit("\n".join(lines))
        self.list.setObjectName("problemsList")
        self.list.setReadOnly(True)
        self.list.setTabChangesFocus(True)  # Tab reaches the buttons
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.setAccessibleName(self.tr("Problems in the pack"))
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy all"))
        self.copy_button.clicked.connect(self.copy_all)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 420)
        self.list.setFocus()

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.all_text)


def show_pack_problems(parent: QWidget, path: Path,
                       problems: Sequence[Diagnostic]) -> PackProblemsDialog:
    """Open the dialog without blocking (window-modal), as every other background result."""
    dialog = PackProblemsDialog(path, problems, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
