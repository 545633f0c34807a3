"""Choosing a custom quiz: sections, difficulty, question types, how many, shuffled or not.

What a learner chose for a pack is remembered (in the app's settings, per pack) and offered
again the next time, since the same learner tends to drill the same part of a pack.
"""

from __future__ import annotations

import json
from contextlib import suppress

from PySide6.QtCore import QSettings, Qt
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

SETTINGS_GROUP = "customQuiz"


class CustomQuizDialog(QDialog):
    def __init__(self, pack: Pack, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        """``settings``: where the choices are remembered per pack (none: not remembered)."""
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
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
            text = f"{pack.section_title(section_id) or section_id} ({count})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, section_id)
            item.setToolTip(text)  # the whole title, should a narrow list still cut it
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
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
        self.restore_choices()
        self.sections.itemChanged.connect(lambda _: self.update_count())
        # valueChanged comes with every digit typed, so the summary follows the typing
        self.count.valueChanged.connect(lambda _: self.update_count())
        self.update_count()

    # -- remembered per pack ---------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"{SETTINGS_GROUP}/{self.pack.id}"

    def restore_choices(self) -> None:
        """The choices last started with for this pack; sections and types added to the pack
        since then are ticked, as they would be the first time."""
        if self.settings is None:
            return
        saved: object = None
        with suppress(ValueError, TypeError):
            saved = json.loads(str(self.settings.value(self._settings_key(), "")))
        if not isinstance(saved, dict):
            return
        left_out = saved.get("left_out_sections")
        if isinstance(left_out, list):
            for row in range(self.sections.count()):
                item = self.sections.item(row)
                section = str(item.data(Qt.ItemDataRole.UserRole))
                item.setCheckState(Qt.CheckState.Unchecked if section in left_out
                                   else Qt.CheckState.Checked)
        for key, boxes in (("left_out_difficulties", self.difficulty_boxes),
                           ("left_out_types", self.type_boxes)):
            values = saved.get(key)
            if isinstance(values, list):
                for value, box in boxes.items():
                    box.setChecked(str(getattr(value, "value", value)) not in map(str, values))
        count = saved.get("count")
        if isinstance(count, int) and not isinstance(count, bool):
            self.count.setValue(count)
        if isinstance(saved.get("shuffle"), bool):
            self.shuffle.setChecked(bool(saved["shuffle"]))

    def remember_choices(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue(self._settings_key(), json.dumps({
            "left_out_sections": [
                str(self.sections.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.sections.count())
                if self.sections.item(row).checkState() != Qt.CheckState.Checked],
            "left_out_difficulties": [level for level, box in self.difficulty_boxes.items()
                                      if not box.isChecked()],
            "left_out_types": [kind.value for kind, box in self.type_boxes.items()
                               if not box.isChecked()],
            "count": self.count.value(),
            "shuffle": self.shuffle.isChecked(),
        }))

    def accept(self) -> None:
        self.remember_choices()
        super().accept()

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
        asked = min(available, options.count or available)
        self.matching.setText(self.tr("No question matches these choices.") if nothing else
                              self.tr("%n question(s) match; the quiz asks %1.", "", available)
                              .replace("%1", str(asked)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not nothing)
