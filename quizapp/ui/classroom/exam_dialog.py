"""*Exam…*: pick an exam the pack ships or one saved here, or set one up, then start it.

The question choice (sections, difficulty, types, how many, shuffled) is the custom quiz's own
dialog; this adds what makes an exam: a title, the time limit, going back, the same questions for
every learner of a class (the default: one draw per exam, so the class report compares like with
like) or a draw of their own, and presets saved per pack.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QWidget,
)

from quizapp.classroom.exam import default_preset, matching_questions
from quizapp.core.models import ExamPreset, Pack, QuestionType
from quizapp.ui.classroom.saved_exams import SavedExamPresets
from quizapp.ui.custom_quiz_dialog import CustomQuizDialog
from quizapp.ui.fitting import ReflowRow, fit_text_window

OWN_SETTINGS = "__own__"
SEED_MAXIMUM = 2 ** 31 - 1
"""A spin box holds 32 bits; presets written in a pack may use larger seeds."""
AUTOMATIC_DRAW = -1
"""The seed box's value for "no seed": the draw comes from the pack's and the exam's ids."""
TITLE_ROOM = 120
"""Pixels a window title needs beside its text: the window manager's icon and buttons."""


def title_width(widget: QWidget, title: str) -> int:
    """How wide a window must be for the window manager to show ``title`` whole: as it shows
    it (bold, with the app's name after it), beside its icon and buttons."""
    font = QFont(widget.font())
    font.setBold(True)
    shown = f"{title} — {QApplication.applicationDisplayName()}"
    return QFontMetrics(font).horizontalAdvance(shown) + TITLE_ROOM


def ask_preset_name(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    """``QInputDialog.getText``, wide enough for its title (the window manager cut it off)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    # the dialog's layout sets its minimum size, so the room goes to the line it asks for
    field = dialog.findChild(QLineEdit)
    margin = dialog.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
    if field is not None:
        field.setMinimumWidth(title_width(dialog, title) - 2 * margin)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), accepted


def preset_id_for(title: str) -> str:
    """'Unit 3 — final!' → 'unit-3-final', a valid preset id."""
    words = re.findall(r"[a-z0-9]+", title.casefold())
    return "-".join(words) or "exam"


class ExamSetupDialog(CustomQuizDialog):
    def __init__(self, pack: Pack, saved: SavedExamPresets, parent: QWidget | None = None) -> None:
        super().__init__(pack, parent)
        self.saved = saved
        self._filling = False
        self.setWindowTitle(self.tr("Exam — %1").replace("%1", pack.title))
        fit_text_window(self, 76, 36)
        self.choice = QComboBox()
        self.choice.setObjectName("examPresetBox")
        self.choice.setAccessibleName(self.tr("Exam"))
        self.title = QLineEdit()
        self.title.setObjectName("examTitle")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("examMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time limit in minutes"))
        self.untimed = QCheckBox(self.tr("No time limit"))
        time_row = QHBoxLayout()
        time_row.addWidget(self.minutes)
        time_row.addWidget(self.untimed)
        time_row.addStretch(1)
        # short words on the boxes (they cannot wrap: the dialog fits 800 px at 200 % text)
        self.allow_back = QCheckBox(self.tr("Learners may go back and change answers"))
        self.allow_back.setToolTip(self.tr(
            "Until they hand in. Unticked, each question is answered once, in turn."))
        self.same_paper = QCheckBox(self.tr("The same questions for every learner"))
        self.same_paper.setToolTip(self.tr(
            "Every learner of the class draws the same questions, on any computer, so the class "
            "report compares like with like; each learner still gets their own order. Untick it "
            "for a draw of each learner's own."))
        self.seed = QSpinBox()
        self.seed.setRange(AUTOMATIC_DRAW, SEED_MAXIMUM)
        self.seed.setSpecialValueText(self.tr("Automatic"))
        self.seed.setAccessibleName(self.tr("Draw of questions"))
        self.seed.setToolTip(self.tr(
            "Automatic: one draw for this exam, the same on every computer. A number gives "
            "another draw (for a second class, or a second sitting)."))
        self.shuffle.setText(self.tr("Each learner's own question order"))
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_button = QPushButton(self.tr("Save as preset…"))
        self.delete_button = QPushButton(self.tr("Delete preset"))
        preset_row = ReflowRow()
        preset_row.addWidget(self.save_button)
        preset_row.addWidget(self.delete_button)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(16)  # long preset names are elided, not cut
        self.form.insertRow(0, self.tr("&Exam:"), self.choice)
        self.form.insertRow(1, "", preset_row)
        self.form.insertRow(2, self.tr("&Title:"), self.title)
        time_label = QLabel(self.tr("Time &limit:"))
        time_label.setBuddy(self.minutes)
        self.form.addRow(time_label, time_row)
        self.form.addRow("", self.allow_back)
        self.form.addRow("", self.same_paper)
        draw_label = QLabel(self.tr("&Draw:"))
        draw_label.setBuddy(self.seed)
        self.form.addRow(draw_label, self.seed)
        self.save_button.clicked.connect(self.save_preset)
        self.delete_button.clicked.connect(self.delete_preset)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start exam"))

        self._fill_choices(None)
        self.choice.currentIndexChanged.connect(lambda _: self._chosen())
        for box in (self.untimed, self.allow_back, self.same_paper, self.shuffle,
                    *self.difficulty_boxes.values(), *self.type_boxes.values()):
            box.toggled.connect(self._edited)
        for spin in (self.minutes, self.seed, self.count):
            spin.valueChanged.connect(self._edited)
        self.title.textEdited.connect(self._edited)
        self.sections.itemChanged.connect(lambda _: self._edited())
        self.untimed.toggled.connect(lambda off: self.minutes.setEnabled(not off))
        self.same_paper.toggled.connect(self._same_paper_toggled)
        self.count.valueChanged.connect(lambda _: self.update_count())
        self._chosen()
        self.choice.setFocus()

    # -- the presets ---------------------------------------------------------------------------
    def presets(self) -> list[tuple[str, ExamPreset]]:
        """(origin, preset): the pack's exams first, then those saved for it here."""
        shipped = [("pack", p) for p in self.pack.exams]
        ids = {p.id for p in self.pack.exams}
        return shipped + [("saved", p) for p in self.saved.load(self.pack) if p.id not in ids]

    def _fill_choices(self, select: str | None) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for origin, preset in self.presets():
            where = self.tr("in the pack") if origin == "pack" else self.tr("saved here")
            self.choice.addItem(f"{preset.title} — {self._summary(preset)} ({where})",
                                f"{origin}:{preset.id}")
        self.choice.addItem(self.tr("Your own settings"), OWN_SETTINGS)
        index = self.choice.findData(select) if select else 0
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(False)

    def _summary(self, preset: ExamPreset) -> str:
        count = preset.count or len(matching_questions(self.pack, preset))
        minutes = preset.time_limit_minutes
        timing = (self.tr("no time limit") if minutes is None
                  else self.tr("%1 min").replace("%1", f"{minutes:g}"))
        return self.tr("%1 questions, %2").replace("%1", str(count)).replace("%2", timing)

    def _chosen_preset(self) -> tuple[str, ExamPreset] | None:
        data = str(self.choice.currentData())
        for origin, preset in self.presets():
            if data == f"{origin}:{preset.id}":
                return origin, preset
        return None

    def _chosen(self) -> None:
        chosen = self._chosen_preset()
        if chosen is not None:
            self._fill(chosen[1])
        elif not self.title.text():
            self._fill(default_preset(self.pack))
        self.delete_button.setEnabled(chosen is not None and chosen[0] == "saved")

    def _fill(self, preset: ExamPreset) -> None:
        self._filling = True
        try:
            self.title.setText(preset.title)
            for row in range(self.sections.count()):
                item = self.sections.item(row)
                section = item.data(Qt.ItemDataRole.UserRole)
                wanted = not preset.sections or section in preset.sections
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            for level, box in self.difficulty_boxes.items():
                box.setChecked(not preset.difficulty or level in preset.difficulty)
            for kind, box in self.type_boxes.items():
                box.setChecked(not preset.types or kind in preset.types)
            self.count.setValue(preset.count or self.count.maximum())
            self.shuffle.setChecked(preset.shuffle)
            self.untimed.setChecked(preset.time_limit_minutes is None)
            if preset.time_limit_minutes is not None:
                self.minutes.setValue(max(1, round(preset.time_limit_minutes)))
            self.allow_back.setChecked(preset.allow_back)
            self.same_paper.setChecked(preset.same_questions)
            self.seed.setEnabled(preset.same_questions)
            self.seed.setValue(AUTOMATIC_DRAW if preset.seed is None
                               else preset.seed % (SEED_MAXIMUM + 1))
        finally:
            self._filling = False
        self.update_count()

    def _same_paper_toggled(self, on: bool) -> None:
        self.seed.setEnabled(on)

    def _edited(self) -> None:
        """A changed setting is no longer the preset: the settings become the learner's own."""
        if self._filling or self.choice.currentData() == OWN_SETTINGS:
            return
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(OWN_SETTINGS))
        self.choice.blockSignals(False)
        self.delete_button.setEnabled(False)

    # -- what the dialog says ------------------------------------------------------------------
    def preset(self) -> ExamPreset:
        """The exam as set: the chosen preset itself, or the settings on screen."""
        chosen = self._chosen_preset()
        return chosen[1] if chosen is not None else self.settings_preset()

    def settings_preset(self) -> ExamPreset:
        """The settings on screen as an exam."""
        options = self.options()
        all_sections = {self.sections.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.sections.count())}
        present = set(self.type_boxes)
        title = " ".join(self.title.text().split()) or self.tr("Exam")
        preset = ExamPreset(
            id=preset_id_for(title), title=title, count=options.count,
            sections=() if options.sections >= all_sections else tuple(
                s for s in self._section_order() if s in options.sections),
            types=() if set(options.types) >= present else tuple(
                t for t in QuestionType if t in options.types),
            difficulty=() if options.difficulties >= {1, 2, 3} else tuple(
                sorted(options.difficulties)),
            time_limit_minutes=None if self.untimed.isChecked() else float(self.minutes.value()),
            shuffle=self.shuffle.isChecked(), allow_back=self.allow_back.isChecked(),
            seed=(self.seed.value() if self.same_paper.isChecked()
                  and self.seed.value() != AUTOMATIC_DRAW else None),
            same_questions=self.same_paper.isChecked())
        # never more than match: such a preset could not be saved or shipped
        pool = len(matching_questions(self.pack, preset))
        return replace(preset, count=min(preset.count, pool) if preset.count and pool else None)

    def _section_order(self) -> list[str]:
        return [str(self.sections.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.sections.count())]

    def update_count(self) -> None:
        if not hasattr(self, "save_button"):  # the base dialog counts before this one is built
            super().update_count()
            return
        options = self.options()
        nothing = not options.sections or not options.difficulties or not options.types
        available = 0 if nothing else len(matching_questions(self.pack, self.settings_preset()))
        asks = min(available, options.count or available)
        self.matching.setText(self.tr("No question matches these choices.") if not available
                              else self.tr("Matching questions: %1 — the exam asks %2.")
                              .replace("%1", str(available)).replace("%2", str(asks)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(available > 0)
        self.save_button.setEnabled(available > 0)

    # -- saving presets ------------------------------------------------------------------------
    def save_preset(self) -> None:
        preset = self.preset()
        title, ok = ask_preset_name(self, self.tr("Save as preset"),
                                    self.tr("Name of this exam:"), preset.title)
        title = " ".join(title.split())
        if not ok or not title:
            return
        if preset_id_for(title) in {p.id for p in self.pack.exams}:
            title += self.tr(" (own)")  # never shadow an exam the pack ships
        preset = replace(preset, id=preset_id_for(title), title=title)
        self.saved.save(self.pack, preset)
        self._fill_choices(f"saved:{preset.id}")
        self._chosen()

    def delete_preset(self) -> None:
        chosen = self._chosen_preset()
        if chosen is not None and chosen[0] == "saved":
            self.saved.delete(self.pack, chosen[1].id)
            self._fill_choices(None)
            self._chosen()
