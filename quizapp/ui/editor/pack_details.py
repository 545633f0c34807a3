"""Pack details: title, id, authors and the source's attribution, edited in one dialog.

The attribution (publisher, license, its address) is shown with every quote, and most licenses
require it, so the dialog says so and shows the live checks' findings about it.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.findings import Finding
from quizapp.ui.editor.question_fields import tag_list
from quizapp.ui.editor.question_model import severity_mark
from quizapp.ui.translation import QT_TRANSLATE_NOOP

PACK_FIELDS = (("title", QT_TRANSLATE_NOOP("PackDetailsDialog", "&Title")),
               ("id", QT_TRANSLATE_NOOP("PackDetailsDialog", "&Id (history is kept under it)")),
               ("language", QT_TRANSLATE_NOOP("PackDetailsDialog", "&Language")),
               ("version", QT_TRANSLATE_NOOP("PackDetailsDialog", "&Version")))
SOURCE_FIELDS = (
    ("text", QT_TRANSLATE_NOOP("PackDetailsDialog", "Source &file (beside the pack)")),
    ("title", QT_TRANSLATE_NOOP("PackDetailsDialog", "Source t&itle")),
    ("publisher", QT_TRANSLATE_NOOP("PackDetailsDialog", "&Publisher or author")),
    ("license", QT_TRANSLATE_NOOP("PackDetailsDialog", "Li&cense")),
    ("url", QT_TRANSLATE_NOOP("PackDetailsDialog", "License &address")),
    ("article_url", QT_TRANSLATE_NOOP("PackDetailsDialog", "Where it was &published")))
"""Header keys with their labels (English, marked for lupdate; shown translated)."""


class PackDetailsDialog(QDialog):
    def __init__(self, header: dict[str, Any], findings: tuple[Finding, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pack details"))
        self.header = copy.deepcopy(header)
        self.edits: dict[str, QLineEdit] = {}
        self.source_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, english in PACK_FIELDS:
            label = self.tr(english)
            edit = self._line(str(header.get(key) or ""), label)
            self.edits[key] = edit
            form.addRow(label, edit)
        authors = header.get("authors")
        self.authors = self._line(", ".join(map(str, authors)) if isinstance(authors, list)
                                  else str(authors or ""), self.tr("&Authors (comma-separated)"))
        form.addRow(self.tr("&Authors (comma-separated)"), self.authors)
        self.description = QPlainTextEdit(str(header.get("description") or ""))
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("&Description"), self.description)
        source = header.get("source") if isinstance(header.get("source"), dict) else {}
        assert isinstance(source, dict)
        note = QLabel(self.tr("The attribution below is shown with every quote; most licenses "
                              "(Creative Commons among them) require it."))
        note.setWordWrap(True)
        form.addRow(note)
        for key, english in SOURCE_FIELDS:
            label = self.tr(english)
            edit = self._line(str(source.get(key) or ""), label)
            self.source_edits[key] = edit
            form.addRow(label, edit)
        problems = QLabel("\n".join(f"{severity_mark(f.severity)} {f.message}" for f in findings))
        problems.setObjectName("fieldProblem")
        problems.setWordWrap(True)
        problems.setTextFormat(Qt.TextFormat.PlainText)
        problems.setVisible(bool(findings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(problems)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _line(self, text: str, label: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(label.replace("&", ""))
        edit.setMinimumWidth(360)
        return edit

    def changes(self) -> dict[str, Any]:
        """The top-level keys whose value the author changed (None: remove the key)."""
        wanted: dict[str, Any] = {}
        for key, edit in self.edits.items():
            wanted[key] = edit.text().strip() or None
        wanted["authors"] = tag_list(self.authors.text())
        if wanted["authors"] is None and self.header.get("authors") == []:
            wanted["authors"] = []
        wanted["description"] = self.description.toPlainText().strip() or None
        old_source = self.header.get("source")
        source = copy.deepcopy(old_source) if isinstance(old_source, dict) else {}
        for key, edit in self.source_edits.items():
            text = edit.text().strip()
            if text:
                source[key] = text
            elif key in source and source[key] not in (None, ""):
                del source[key]
        wanted["source"] = source or None
        return {key: value for key, value in wanted.items() if value != self.header.get(key)}
