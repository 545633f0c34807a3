"""Choosing a custom quiz: sections, difficulty, question types, how many, shuffled or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import selection
from quizapp.core.models import Pack, QuestionType
from quizapp.core.selection import CustomOptions
from quizapp.ui.core_texts import type_label
from quizapp.ui.fitting import ContentsHeight, ReflowRow, fit_text_window, scrolling_page


class CustomQuizDialog(QDialog):
    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.setWindowTitle(self.tr("Custom quiz — %1").replace("%1", pack.title))
        fit_text_window(self, 76, 30)
        self.sections = QListWidget()
        self.sections.setObjectName("customSections")
        self.sections.setWordWrap(True)  # section titles are questions, often long
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        section_ids: list[str | None] = []
        for question in pack.questions:
            if question.section_id not in section_ids:
                section_ids.append(question.section_id)
        for section_id in section_ids:
            count = sum(1 for q in pack.questions if q.section_id == section_id)
            item = QListWidgetItem(f"{pack.section_title(section_id) or section_id} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, section_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(item)
        self.difficulty_boxes = {
            level: QCheckBox(name) for level, name in (
                (1, self.tr("1 recall")), (2, self.tr("2 understanding")), (3, self.tr("3 inference")))
        }
        difficulty_row = ReflowRow()  # the boxes wrap onto more lines in a narrow dialog
        for box in self.difficulty_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self.update_count)
            difficulty_row.addWidget(box)
        present = {q.type for q in pack.questions}
        self.type_boxes = {kind: QCheckBox(type_label(kind)) for kind in QuestionType if kind in present}
        type_grid = ReflowRow()  # as many columns as fit: seven types in a short window too
        for box in self.type_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self.update_count)
            type_grid.addWidget(box)
        self.count = QSpinBox()
        self.count.setObjectName("customCount")
        self.count.setRange(1, max(1, len(pack.questions)))
        self.count.setValue(min(20, len(pack.questions)))
        self.shuffle = QCheckBox(self.tr("Shuffle the questions"))
        self.shuffle.setChecked(True)
        self.matching = QLabel()
        self.matching.setObjectName("customMatching")
        self.matching.setWordWrap(True)
        form = self.form = QFormLayout()  # the exam dialog adds its rows to it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Sections:"), self.sections)
        form.addRow(self.tr("Difficulty:"), difficulty_row)
        form.addRow(self.tr("Question types:"), type_grid)
        form.addRow(self.tr("How many:"), self.count)
        form.addRow("", self.shuffle)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(form)
        page_layout.addWidget(self.matching)
        ContentsHeight(self.sections, at_least_lines=5)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling_page(page), 1)
        layout.addWidget(self.buttons)
        self.sections.itemChanged.connect(lambda _: self.update_count())
        self.update_count()

    def options(self) -> CustomOptions:
        sections = frozenset(
            str(self.sections.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        )
        return CustomOptions(
            sections=sections,
            difficulties=frozenset(level for level, box in self.difficulty_boxes.items()
                                   if box.isChecked()),
            types=frozenset(kind for kind, box in self.type_boxes.items() if box.isChecked()),
            count=self.count.value(),
            shuffle=self.shuffle.isChecked(),
        )

    def update_count(self) -> None:
        options = self.options()
        unlimited = CustomOptions(options.sections, options.difficulties, options.types,
                                  None, False)
        available = len(selection.custom(self.pack, unlimited))
        nothing = (not options.sections or not options.difficulties or not options.types
                   or available == 0)
        self.matching.setText(self.tr("No question matches these choices.") if nothing else
                              self.tr("%n question(s) match; the quiz asks %1.", "", available)
                              .replace("%1", str(min(available, options.count or available))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not nothing)
