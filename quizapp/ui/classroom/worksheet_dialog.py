"""*File → Print worksheet…*: the same choices as ``quizapp worksheet``, then print or save as PDF."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.classroom.worksheet_layout import (
    MAX_SEED,
    Worksheet,
    WorksheetError,
    WorksheetOptions,
    build_worksheet,
    select_questions,
)
from quizapp.core.models import Pack, QuestionType
from quizapp.packs.pack_labels import distinct_labels
from quizapp.ui.classroom.stepped_job import SteppedJob, Steps, chained
from quizapp.ui.classroom.worksheet_pdf import PdfJob, key_document, worksheet_document
from quizapp.ui.core_texts import type_label
from quizapp.ui.fitting import ContentsHeight, ReflowRow, fit_text_window
from quizapp.ui.start_folders import start_folder
from quizapp.ui.text_rendering import as_plain_rich_text

FOLDER_KEY = "classroom/worksheet_folder"


def key_path_for(path: Path) -> Path:
    """``sheet.pdf`` → ``sheet-key.pdf``, beside it."""
    return path.with_name(f"{path.stem}-key{path.suffix or '.pdf'}")


class WorksheetDialog(QDialog):
    written = Signal(str)  # a message saying what was saved or printed

    def __init__(self, packs: Sequence[Pack], current: Pack | None, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packs = list(packs)
        self.settings = settings
        self.job: SteppedJob | None = None
        self.setWindowTitle(self.tr("Print a worksheet"))
        fit_text_window(self, 86, 34)  # grows with the text size, within the screen
        self.pack_box = QComboBox()
        # a long pack title is cut short in the box rather than widening the dialog
        self.pack_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_box.setMinimumContentsLength(16)
        labels = distinct_labels([(pack.title, str(pack.path or "")) for pack in self.packs])
        for index, (pack, label) in enumerate(zip(self.packs, labels, strict=True)):
            self.pack_box.addItem(label)  # a copy beside its original: "Title (folder/file)"
            self.pack_box.setItemData(index, str(pack.path or pack.title),
                                      Qt.ItemDataRole.ToolTipRole)
        self.title = QLineEdit()
        self.section_model = QStandardItemModel(self)
        self.sections = QListView()
        self.sections.setModel(self.section_model)
        self.sections.setWordWrap(True)  # section titles are questions, often long
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.type_boxes = {kind: QCheckBox(type_label(kind)) for kind in QuestionType}
        self.count = QSpinBox()
        self.count.setRange(0, 999)
        self.count.setSpecialValueText(self.tr("All"))
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(random.randint(0, MAX_SEED))
        self.new_seed = QPushButton(self.tr("&New version"))
        self.new_seed.setAutoDefault(False)  # Enter saves the worksheet, wherever the focus is
        self.with_key = QCheckBox(self.tr("Also make the answer &key"))
        self.with_key.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("worksheetSummary")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save as PDF…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = self.buttons.addButton(self.tr("&Print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self._lay_out()
        self._name_controls()
        self.pack_box.currentIndexChanged.connect(self._pack_changed)
        self.section_model.itemChanged.connect(lambda _: self.update_summary())
        for box in self.type_boxes.values():
            box.toggled.connect(self.update_summary)
        self.count.valueChanged.connect(self.update_summary)
        self.seed.valueChanged.connect(self.update_summary)
        self.new_seed.clicked.connect(lambda: self.seed.setValue(random.randint(0, MAX_SEED)))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        self.buttons.rejected.connect(self.reject)
        if current is not None and current in self.packs:
            self.pack_box.setCurrentIndex(self.packs.index(current))
        self._pack_changed()
        self.pack_box.setFocus()

    def _lay_out(self) -> None:
        types = ReflowRow()  # as many columns as fit
        for box in self.type_boxes.values():
            types.addWidget(box)
        version = QHBoxLayout()
        version.addWidget(self.seed, 1)
        version.addWidget(self.new_seed)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        form.addRow(self.tr("P&ack:"), self.pack_box)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("S&ections:"), self.sections)
        form.addRow(self.tr("Question types:"), types)
        form.addRow(self.tr("How &many:"), self.count)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.seed)
        form.addRow(version_label, version)
        form.addRow("", self.with_key)
        # at large text sizes the choices scroll; the summary and buttons always stay in view
        choices = QWidget()
        choices.setLayout(form)
        scroller = QScrollArea()
        scroller.setWidget(choices)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ContentsHeight(self.sections, at_least_lines=5)  # never squeezed to a sliver at 200 %
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _name_controls(self) -> None:
        for widget, name in ((self.pack_box, self.tr("Pack")), (self.title, self.tr("Title")),
                             (self.sections, self.tr("Sections")),
                             (self.count, self.tr("How many questions")),
                             (self.seed, self.tr("Version number")),
                             (self.new_seed, self.tr("New version")),
                             (self.with_key, self.tr("Also make the answer key"))):
            widget.setAccessibleName(name)
        self.seed.setToolTip(self.tr("The same version number prints the same questions in the "
                                     "same order, so a key can be made again later."))

    @property
    def pack(self) -> Pack | None:
        index = self.pack_box.currentIndex()
        return self.packs[index] if 0 <= index < len(self.packs) else None

    def _pack_changed(self) -> None:
        pack = self.pack
        self.section_model.clear()
        if pack is None:
            self.update_summary()
            return
        self.title.setPlaceholderText(pack.title)
        section_ids = list(dict.fromkeys(q.section_id for q in pack.questions if q.section_id))
        for section_id in section_ids:
            count = sum(1 for q in pack.questions if q.section_id == section_id)
            item = QStandardItem(f"{pack.section_title(section_id) or section_id} ({count})")
            item.setData(section_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            self.section_model.appendRow(item)
        present = {q.type for q in pack.questions}
        for kind, box in self.type_boxes.items():
            box.setEnabled(kind in present)
            box.setChecked(kind in present)
        self.update_summary()

    def _checked_sections(self) -> tuple[set[str], int]:
        items = [self.section_model.item(row) for row in range(self.section_model.rowCount())]
        return ({str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                 if i.checkState() == Qt.CheckState.Checked}, len(items))

    def _nothing_ticked(self) -> str | None:
        """Unlike the command line, where naming nothing means everything, nothing ticked here
        selects nothing: say so rather than print the whole pack."""
        sections, listed = self._checked_sections()
        if listed and not sections:
            return self.tr("Tick at least one section.")
        if not any(box.isChecked() for box in self.type_boxes.values()):
            return self.tr("Tick at least one question type.")
        return None

    def options(self) -> WorksheetOptions:
        sections, listed = self._checked_sections()
        types = {kind for kind, box in self.type_boxes.items() if box.isChecked()}
        all_types = all(box.isChecked() for box in self.type_boxes.values() if box.isEnabled())
        return WorksheetOptions(
            seed=self.seed.value(),
            count=self.count.value() or None,
            sections=frozenset() if len(sections) == listed else frozenset(sections),
            types=frozenset() if all_types else frozenset(types),
            title=self.title.text(),
        )

    def worksheet(self) -> Worksheet | None:
        pack = self.pack
        if pack is None or self._nothing_ticked():
            return None
        try:
            return build_worksheet(pack, self.options())
        except WorksheetError:
            return None

    def update_summary(self) -> None:
        pack = self.pack
        problem = self.tr("Open a pack first.") if pack is None else self._nothing_ticked()
        count = 0
        if pack is not None and problem is None:
            try:
                count = len(select_questions(pack, self.options()))
            except WorksheetError as error:
                problem = str(error)
        if problem:
            self.summary.setText(problem)
        else:
            self.summary.setText(self.tr(
                "Questions on the worksheet: %n, in the pack's order; choices shuffled for "
                "version %1.", "", count).replace("%1", str(self.seed.value())))
        self.save_button.setEnabled(problem is None)
        self.print_button.setEnabled(problem is None)

    # -- writing -----------------------------------------------------------------------------
    def save_pdf(self) -> None:
        sheet = self.worksheet()
        pack = self.pack
        if sheet is None or pack is None:
            return
        folder = start_folder(self.settings, FOLDER_KEY)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the worksheet as PDF"),
            str(Path(folder) / f"{pack.id}-worksheet-{sheet.seed}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        parts = [(PdfJob(path, sheet).steps(), len(sheet.questions) + 1)]
        message = self.tr("Saved the worksheet to %1.").replace("%1", str(path))
        if self.with_key.isChecked():
            key = key_path_for(path)
            parts.append((PdfJob(key, sheet, key=True).steps(), len(sheet.key) + 1))
            message = self.tr("Saved the worksheet to %1 and its answer key to %2.").replace(
                "%1", str(path)).replace("%2", str(key))
        self._run(chained(parts), self.tr("Writing the worksheet…"), message)

    def print_sheet(self) -> None:
        sheet = self.worksheet()
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(sheet.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the worksheet"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        parts = [(worksheet_document(printer, sheet).steps(), len(sheet.questions) + 1)]
        if self.with_key.isChecked():  # a second print job, so it comes out as its own stack
            parts.append((key_document(printer, sheet).steps(), len(sheet.key) + 1))
        self.printer = printer  # painted step by step: it must live until the job is done
        self._run(chained(parts), self.tr("Printing the worksheet…"),
                  self.tr("Sent the worksheet to the printer."))

    def _run(self, steps: Steps, label: str, message: str) -> None:
        self.job = SteppedJob(steps, label, self)
        self.job.completed.connect(lambda: self._finished(message))
        self.job.failed.connect(lambda error: QMessageBox.warning(
            self, self.tr("The worksheet was not written"), as_plain_rich_text(error)))
        self.job.start()

    def _finished(self, message: str) -> None:
        self.written.emit(message)
        self.accept()
