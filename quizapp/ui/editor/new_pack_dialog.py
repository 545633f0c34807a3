"""File → New pack…: a title, a folder and (optionally) the teacher's own text to cite.

The pack is made by the same code as ``quizapp new`` (passage ids on every paragraph, seven cited
example questions) and opened in the editor at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.packs.starter import NewPack, StarterError, create_pack, pack_id_for, text_title
from quizapp.ui.translation import QT_TRANSLATE_NOOP

TEXT_FILTER = QT_TRANSLATE_NOOP("NewPackDialog",
                                "Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)")


def default_packs_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "quizapp packs"


class NewPackDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, with_text: bool = True,
                 packs_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New pack from a text") if with_text else self.tr("New pack"))
        self.packs_folder = packs_folder or default_packs_folder()
        self.made: NewPack | None = None
        self._folder_edited = False
        self._id_edited = False
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("Text to cite"))
        self.text_edit.setPlaceholderText(self.tr("optional: a .md, .txt or .html file"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder for the new pack"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Pack id"))
        self.title_edit.textEdited.connect(self._title_changed)
        self.folder_edit.textEdited.connect(lambda: setattr(self, "_folder_edited", True))
        self.id_edit.textEdited.connect(lambda: setattr(self, "_id_edited", True))
        form = QFormLayout()
        form.addRow(self.tr("&Text to cite"), self._with_browse(self.text_edit, self.choose_text))
        form.addRow(self.tr("T&itle"), self.title_edit)
        form.addRow(self.tr("&Folder"), self._with_browse(self.folder_edit, self.choose_folder))
        form.addRow(self.tr("Pack &id"), self.id_edit)
        explain = QLabel(self.tr("quizapp copies the text into the folder as source.md, with an id "
                                 "on every paragraph, and starts the pack with one cited example "
                                 "question of each type for you to rewrite."))
        explain.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("&Create and edit"),
                                   QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.accepted.connect(self.create_pack)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
        (self.text_edit if with_text else self.title_edit).setFocus()

    def _with_browse(self, edit: QLineEdit, handler: Callable[[], None]) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.setAccessibleName(self.tr("Browse for %1").replace("%1", edit.accessibleName()))
        button.clicked.connect(handler)
        row.addWidget(button)
        return holder

    def _title_changed(self) -> None:
        slug = pack_id_for(self.title_edit.text()) if self.title_edit.text().strip() else ""
        if not self._id_edited:
            self.id_edit.setText(slug)
        if not self._folder_edited and slug:
            self.folder_edit.setText(str(self.packs_folder / slug))

    def choose_text(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The text your questions will cite"),
                                              str(Path.home()), self.tr(TEXT_FILTER))
        if name:
            self.set_text_file(Path(name))

    def set_text_file(self, path: Path) -> None:
        self.text_edit.setText(str(path))
        if not self.title_edit.text().strip():
            self.title_edit.setText(text_title(path))
            self._title_changed()

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new pack"),
                                                str(self.packs_folder))
        if name:
            self.folder_edit.setText(name)
            self._folder_edited = True

    def create_pack(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self._fail(self.tr("Choose a folder for the new pack."))
            return
        text = self.text_edit.text().strip()
        try:
            self.made = create_pack(Path(folder).expanduser(),
                                    Path(text).expanduser() if text else None,
                                    title=self.title_edit.text().strip() or None,
                                    pack_id=self.id_edit.text().strip() or None)
        except (StarterError, OSError) as error:
            self._fail(str(error))
            return
        self.accept()

    def _fail(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
