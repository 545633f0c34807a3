"""The form for one question, fitted to its type, with the live checks shown beside each field.

The form never changes the pack itself: each edit is reported as ``edited(field, data)`` with the
whole question as it would be after the edit, and the editor turns that into an undoable command.
Only the key that was edited changes in the data, so keys the form does not show survive.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.findings import Finding
from quizapp.core.models import QuestionType, SourceDocument
from quizapp.core.question_checks import ALL_TYPE_KEYS, COMMON_QUESTION_KEYS, TYPE_KEYS
from quizapp.core.typed_numbers import parse_digits
from quizapp.ui.core_texts import type_label
from quizapp.ui.editor.finding_label import FindingLabel
from quizapp.ui.editor.key_repairs import KeyRepairs, question_places
from quizapp.ui.editor.list_editor import Column, ListEditor, Row
from quizapp.ui.editor.question_fields import (
    choice_rows,
    choices_from_rows,
    cite_rows,
    cites_from_rows,
    feedback_value,
    number_text,
    pair_rows,
    pairs_from_rows,
    tag_list,
    text_list,
)
from quizapp.ui.editor.question_model import severity_mark
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

DIFFICULTIES = ((1, QT_TRANSLATE_NOOP("QuestionForm", "1 — recall")),
                (2, QT_TRANSLATE_NOOP("QuestionForm", "2 — understanding")),
                (3, QT_TRANSLATE_NOOP("QuestionForm", "3 — inference across passages")))
TYPE_PAGES = {QuestionType.SINGLE: 0, QuestionType.MULTIPLE: 0, QuestionType.TRUE_FALSE: 1,
              QuestionType.SHORT_ANSWER: 2, QuestionType.NUMERIC: 3, QuestionType.ORDERING: 4,
              QuestionType.MATCHING: 5}


def _problem_label(name: str) -> FindingLabel:
    return FindingLabel(translate("QuestionForm", "Problems with %1").replace("%1", name))


class TypePages(QWidget):
    """The fields of each question type, one set shown at a time.

    Unlike a QStackedWidget, which is as tall as its tallest page (two tables for short answers),
    this takes only the height of the page shown: no gap under a single-choice question.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QWidget] = []
        self.current = 0
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self.pages.append(page)
        self.column.addWidget(page)
        page.setVisible(len(self.pages) - 1 == self.current)

    def setCurrentIndex(self, index: int) -> None:
        self.current = index
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)

    def currentIndex(self) -> int:
        return self.current

    def currentWidget(self) -> QWidget:
        return self.pages[self.current]


class QuestionForm(QWidget):
    edited = Signal(str, object)  # field, the whole question after the edit
    type_change_requested = Signal(str)  # the new type's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionForm")
        self.data: dict[str, Any] = {}
        self.document: SourceDocument | None = None
        self._loading = False
        self.problems: dict[str, FindingLabel] = {}
        self.general = _problem_label("this question")
        self.key_repairs = KeyRepairs()
        self.key_repairs.repaired.connect(self._replace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.general)
        layout.addWidget(self.key_repairs)

        self.id_edit = QLineEdit()
        self.type_box = QComboBox()
        for kind in QuestionType:
            self.type_box.addItem(type_label(kind), kind.value)
        self.section_box = QComboBox()
        self.difficulty_box = QComboBox()
        for value, text in DIFFICULTIES:
            self.difficulty_box.addItem(self.tr(text), value)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. chapter 2, dates, key terms"))
        for box in (self.type_box, self.section_box, self.difficulty_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for number, (label, widget, key) in enumerate((
                (self.tr("&Id"), self.id_edit, "id"), (self.tr("T&ype"), self.type_box, "type"),
                (self.tr("Se&ction"), self.section_box, "section"),
                (self.tr("&Difficulty"), self.difficulty_box, "difficulty"))):
            self._add_field(grid, number // 2 * 3, number % 2, label, widget, key)
        layout.addLayout(grid)
        self.prompt_edit = self._text_area(4)
        self._add_stacked(layout, self.tr("&Prompt"), self.prompt_edit, "prompt")

        self.pages = TypePages()
        self.choices = ListEditor(self.tr("choices"), key="choices",
                                  columns=[Column(self.tr("Choice")),
                                           Column(self.tr("Correct"), check=True, stretch=False),
                                           Column(self.tr("Feedback if chosen"))])
        self.truth_box = QComboBox()
        self.truth_box.addItem(self.tr("True"), True)
        self.truth_box.addItem(self.tr("False"), False)
        self.accept = ListEditor(self.tr("accepted answers"), key="accepted answers",
                                 columns=[Column(self.tr("Accepted answer"))])
        self.almost = ListEditor(self.tr("almost-right forms"), key="almost-right forms",
                                 columns=[Column(self.tr("Almost (a spelling slip)"))])
        self.number_edit, self.tolerance_edit = QLineEdit(), QLineEdit()
        self.items = ListEditor(self.tr("items"), key="items",
                                columns=[Column(self.tr("Item, in the correct order"))])
        self.pairs = ListEditor(self.tr("pairs"), key="pairs",
                                columns=[Column(self.tr("Left")),
                                         Column(self.tr("Matches (right)"))])
        for widgets in ((("choices", self.tr("C&hoices"), self.choices),),
                        (("answer:true_false", self.tr("The statement is"), self.truth_box),),
                        (("accept", self.tr("Accepted &answers"), self.accept),
                         ("close", self.tr("\"Almost\" forms"), self.almost)),
                        (("answer:numeric", self.tr("The &number"), self.number_edit),
                         ("tolerance", self.tr("&Tolerance (how far off still counts)"),
                          self.tolerance_edit)),
                        (("items", self.tr("&Items"), self.items),),
                        (("pairs", self.tr("&Pairs"), self.pairs),)):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            for key, label, widget in widgets:
                self._add_stacked(page_layout, label, widget, key)
            self.pages.addWidget(page)
        layout.addWidget(self.pages)

        self.explanation_edit = self._text_area(3)
        self._add_stacked(layout, self.tr("E&xplanation (why the answer is right)"),
                          self.explanation_edit, "explanation")
        self.tags_label = self._add_stacked(layout, self.tr("T&ags"), self.tags_edit, "tags")
        self.feedback_right, self.feedback_wrong = QLineEdit(), QLineEdit()
        self.feedback_right.setPlaceholderText(self.tr("optional: shown after a right answer"))
        self.feedback_wrong.setPlaceholderText(self.tr("optional: shown after a wrong answer"))
        feedback = QGridLayout()
        feedback.addWidget(self.feedback_right, 0, 0)
        feedback.addWidget(self.feedback_wrong, 0, 1)
        feedback_holder = QWidget()
        feedback_holder.setLayout(feedback)
        feedback.setContentsMargins(0, 0, 0, 0)
        self.feedback_right.setAccessibleName(self.tr("Feedback after a right answer"))
        self.feedback_wrong.setAccessibleName(self.tr("Feedback after a wrong answer"))
        self._add_stacked(layout, self.tr("General &feedback"), feedback_holder, "feedback",
                          buddy=self.feedback_right)
        self.cites = ListEditor(self.tr("citations"), key="citations", columns=[
            Column(self.tr("Passage"), stretch=False),
            Column(self.tr("Quote"), tip=self.tr("The source's exact words")),
            Column(self.tr("Found"), read_only=True, stretch=False)])
        self._add_stacked(layout, self.tr("Ci&tations (select words in the source, then Ctrl+E)"),
                          self.cites, "cite")
        layout.addStretch(1)
        self._connect()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------------------
    def _text_area(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _add_field(self, grid: QGridLayout, row: int, column: int, text: str, widget: QWidget,
                   key: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row + 1, column)
        problem = _problem_label(text.replace("&", ""))
        grid.addWidget(problem, row + 2, column)
        self.problems[key] = problem

    def _add_stacked(self, layout: QVBoxLayout, text: str, widget: QWidget, key: str,
                     buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy or widget)
        if not widget.accessibleName():
            widget.setAccessibleName(text.replace("&", ""))
        problem = _problem_label(text.replace("&", ""))
        layout.addWidget(label)
        layout.addWidget(widget)
        layout.addWidget(problem)
        self.problems[key] = problem
        return label

    def _connect(self) -> None:
        def on(signal: Any, field: str, value: Callable[[], Any]) -> None:
            signal.connect(lambda *_: self._set(field, value()))

        on(self.id_edit.textEdited, "id", lambda: self.id_edit.text())
        on(self.prompt_edit.textChanged, "prompt", lambda: self.prompt_edit.toPlainText())
        on(self.explanation_edit.textChanged, "explanation",
           lambda: self.explanation_edit.toPlainText())
        on(self.tags_edit.textEdited, "tags", lambda: tag_list(self.tags_edit.text()))
        on(self.section_box.activated, "section", lambda: self.section_box.currentData())
        on(self.difficulty_box.activated, "difficulty", lambda: self.difficulty_box.currentData())
        on(self.truth_box.activated, "answer", lambda: bool(self.truth_box.currentData()))
        on(self.number_edit.textEdited, "answer", lambda: number_text(self.number_edit.text()))
        on(self.tolerance_edit.textEdited, "tolerance",
           lambda: number_text(self.tolerance_edit.text()))
        for edit in (self.feedback_right, self.feedback_wrong):
            on(edit.textEdited, "feedback", lambda: feedback_value(self.feedback_right.text(),
                                                                   self.feedback_wrong.text()))
        self.type_box.activated.connect(
            lambda *_: self.type_change_requested.emit(str(self.type_box.currentData())))
        self.choices.rows_edited.connect(
            lambda rows: self._set("choices", choices_from_rows(rows, self.data.get("choices"))))
        self.accept.rows_edited.connect(lambda rows: self._set("accept", text_list(rows)))
        self.almost.rows_edited.connect(lambda rows: self._set("close", text_list(rows) or None))
        self.items.rows_edited.connect(lambda rows: self._set("items", text_list(rows)))
        self.pairs.rows_edited.connect(
            lambda rows: self._set("pairs", pairs_from_rows(rows, self.data.get("pairs"))))
        self.cites.rows_edited.connect(
            lambda rows: self._set("cite", cites_from_rows(rows, self.data.get("cite"))))

    def _replace(self, data: dict[str, Any], what: str) -> None:
        """A repair of the whole question (an unknown key removed or mended)."""
        self.data = copy.deepcopy(data)
        self.edited.emit(what, copy.deepcopy(data))

    def _set(self, field: str, value: Any) -> None:
        """One field changed by the author: report the whole question as it is now."""
        if self._loading:
            return
        data = copy.deepcopy(self.data)
        if value is None or (value == "" and field in ("section", "feedback")):
            data.pop(field, None)
        else:
            data[field] = value
        if data == self.data:
            return
        self.data = data
        self.edited.emit(field, copy.deepcopy(data))

    # -- showing a question --------------------------------------------------------------------
    def set_sections(self, sections: list[tuple[str, str]]) -> None:
        current = self.section_box.currentData()
        self.section_box.clear()
        self.section_box.addItem(self.tr("(no section)"), "")
        for ident, title in sections:
            self.section_box.addItem(f"{title}  [{ident}]" if title != ident else ident, ident)
        index = self.section_box.findData(current)
        self.section_box.setCurrentIndex(max(index, 0))

    def load(self, data: dict[str, Any], document: SourceDocument | None,
             fresh: bool = False) -> None:
        """Show ``data``; widgets already showing the right value are left alone (cursor kept).

        ``fresh``: another question than before, so the room kept for findings starts afresh.
        """
        self._loading = True
        try:
            self.setEnabled(True)
            self.data = copy.deepcopy(data)
            self.document = document
            kind = self._kind()
            if fresh:
                for label in (self.general, *self.problems.values()):
                    label.reset()
            self.key_repairs.show_keys(self.data, question_places(
                self.data, COMMON_QUESTION_KEYS + (TYPE_KEYS[kind] if kind else ALL_TYPE_KEYS)))
            _set_line(self.id_edit, str(data.get("id", "")))
            _select(self.type_box, kind.value if kind else None)
            section = str(data.get("section") or "")
            if section and self.section_box.findData(section) < 0:
                self.section_box.addItem(section, section)
            _select(self.section_box, section)
            difficulty = data.get("difficulty", 2)
            _select(self.difficulty_box, difficulty if difficulty in (1, 2, 3) else 2)
            tags = data.get("tags") or []
            _set_line(self.tags_edit, ", ".join(map(str, tags)) if isinstance(tags, list)
                      else str(tags))
            _set_text(self.prompt_edit, str(data.get("prompt") or ""))
            _set_text(self.explanation_edit, str(data.get("explanation") or ""))
            right, wrong = _feedback_texts(data.get("feedback"))
            _set_line(self.feedback_right, right)
            _set_line(self.feedback_wrong, wrong)
            self.pages.setCurrentIndex(TYPE_PAGES.get(kind, 0) if kind else 0)
            self.choices.set_rows(choice_rows(data.get("choices")))
            _select(self.truth_box, bool(data.get("answer")))
            self.accept.set_rows([[t] for t in _texts(data.get("accept"))])
            self.almost.set_rows([[t] for t in _texts(data.get("close"))])
            if kind is QuestionType.NUMERIC:
                _set_number(self.number_edit, data.get("answer"))
                _set_number(self.tolerance_edit, data.get("tolerance", 0))
            self.items.set_rows([[t] for t in _texts(data.get("items"))])
            self.pairs.set_rows(pair_rows(data.get("pairs")))
            self.show_cites()
        finally:
            self._loading = False

    def show_cites(self) -> None:
        rows: list[Row] = cite_rows(self.data.get("cite"), self.document)
        self.cites.set_rows(rows)
        for number, row in enumerate(rows):
            self.cites.set_cell_tooltip(number, 2, str(row[2]))

    def _kind(self) -> QuestionType | None:
        try:
            return QuestionType(str(self.data.get("type")))
        except ValueError:
            return None

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        grouped: dict[str, list[str]] = {}
        kind = self._kind()
        for finding in findings:
            key = finding.field
            if key == "answer":
                key = f"answer:{kind.value if kind else 'numeric'}"
            if key not in self.problems:
                key = ""
            grouped.setdefault(key, []).append(f"{severity_mark(finding.severity)} "
                                               f"{finding.message}")
        for key, label in [("", self.general), *self.problems.items()]:
            label.set_findings("\n".join(grouped.get(key, [])))

    def focus_prompt(self) -> None:
        self.prompt_edit.setFocus()

    def focus_field(self, key: str | None) -> None:
        """Put the cursor in the widget of ``key`` (a pack key such as 'choices'), else the prompt."""
        numeric = self._kind() is QuestionType.NUMERIC
        widgets: dict[str, QWidget] = {
            "id": self.id_edit, "type": self.type_box, "section": self.section_box,
            "difficulty": self.difficulty_box, "tags": self.tags_edit,
            "explanation": self.explanation_edit, "feedback": self.feedback_right,
            "choices": self.choices.table, "accept": self.accept.table,
            "close": self.almost.table, "items": self.items.table, "pairs": self.pairs.table,
            "cite": self.cites.table, "tolerance": self.tolerance_edit,
            "answer": self.number_edit if numeric else self.truth_box}
        widgets.get(key or "", self.prompt_edit).setFocus()


def _texts(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if not isinstance(v, (dict, list))]
    return [str(value)] if isinstance(value, (str, int, float)) else []


def _feedback_texts(value: object) -> tuple[str, str]:
    if isinstance(value, str):
        return value, value
    if isinstance(value, dict):
        return str(value.get("correct") or ""), str(value.get("incorrect") or "")
    return "", ""


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _set_number(edit: QLineEdit, value: object) -> None:
    shown = edit.text().strip()
    parsed = parse_digits(shown) if shown else None
    if value is None:
        _set_line(edit, "")
    elif parsed is None or parsed != value:
        _set_line(edit, str(value))


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0 and box.currentIndex() != index:
        box.setCurrentIndex(index)
