"""The questions learners flagged as looking wrong, listed per pack for a teacher to review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.models import Pack
from quizapp.storage.history import Flag
from quizapp.ui.fitting import fit_text_window
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP


class FlagTableModel(RowTableModel[Flag]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Question"), QT_TRANSLATE_NOOP("Tables", "Comment"),
               QT_TRANSLATE_NOOP("Tables", "Learner"), QT_TRANSLATE_NOOP("Tables", "When"))

    def __init__(self, pack: Pack, flags: list[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.set_rows(flags)

    def display(self, row: Flag, column: int) -> object:
        question = self.pack.question(row.question_id)
        label = (f"{question.prompt}  [{row.question_id}]" if question
                 else f"[{row.question_id}] " + QCoreApplication.translate(
                     "FlagTableModel", "(no longer in the pack)"))
        return (label, self.comment(row), row.profile_name,
                row.created_at.replace("T", " ")[:16])[column]

    @staticmethod
    def comment(row: Flag) -> str:
        if row.is_override:
            return QCoreApplication.translate(
                "FlagTableModel", "“I was right”: marked wrong, answered “%1”; add it to the "
                "accepted answers if it is right").replace("%1", row.overridden_answer or "")
        return row.comment or "—"

    def tooltip(self, row: Flag) -> str | None:
        return self.comment(row) if row.is_override or row.comment else None


class FlagsDialog(QDialog):
    def __init__(self, pack: Pack, flags: list[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flagged questions — %1").replace("%1", pack.title))
        fit_text_window(self, 106, 26)
        count = len(flags)
        overrides = sum(1 for flag in flags if flag.is_override)
        intro = QLabel(
            self.tr("%n flag(s) from learners who thought a question looked wrong", "", count)
            + (", " + self.tr("%n of them “I was right” on a typed answer marked wrong", "",
                              overrides) if overrides else "")
            + ". " + self.tr("Check each against the source and fix the pack file.") if count
            else self.tr("No question of this pack has been flagged."))
        intro.setWordWrap(True)
        self.model = FlagTableModel(pack, flags, self)
        self.table = QTableView()
        self.table.setObjectName("flagTable")
        self.table.setAccessibleName(self.tr("Flagged questions"))
        self.table.setAccessibleDescription(
            self.tr("Question, comment, learner and date of each flag"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # names and dates are never cut off
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()  # the first focus is the list, not Close
