"""The left pane of the editor: the questions, filtered by section, type and check status.

A proxy model filters the question model; the rows are the questions of the pack, and the
buttons below add, duplicate and delete (the editor turns them into undoable commands).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.models import QuestionType
from quizapp.ui.core_texts import type_label
from quizapp.ui.editor.question_model import QuestionFilter, QuestionListModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP

STATUS_FILTERS = (("", QT_TRANSLATE_NOOP("QuestionListPanel", "Any status")),
                  ("error", QT_TRANSLATE_NOOP("QuestionListPanel", "✘ With errors")),
                  ("warning", QT_TRANSLATE_NOOP("QuestionListPanel", "⚠ With warnings")),
                  ("lint", QT_TRANSLATE_NOOP("QuestionListPanel", "• With item-writing flaws")),
                  ("ok", QT_TRANSLATE_NOOP("QuestionListPanel", "✔ No problems")))


class QuestionListPanel(QWidget):
    filters_changed = Signal()

    def __init__(self, model: QuestionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.section_filter, self.type_filter, self.status_filter = (QComboBox(), QComboBox(),
                                                                     QComboBox())
        self.type_filter.addItem(self.tr("Any type"), "")
        for kind in QuestionType:
            self.type_filter.addItem(type_label(kind), kind.value)
        for value, text in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(text), value)
        for box, name in ((self.section_filter, self.tr("Show questions of section")),
                          (self.type_filter, self.tr("Show questions of type")),
                          (self.status_filter, self.tr("Show questions by check status"))):
            box.setAccessibleName(name)
            box.activated.connect(lambda *_: self.apply_filters())
        self.proxy = QuestionFilter(self)
        self.proxy.setSourceModel(model)
        self.questions = QListView()
        self.questions.setObjectName("questionList")
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setModel(self.proxy)
        self.questions.setUniformItemSizes(True)  # two lines each: fast for thousands
        self.questions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setAlternatingRowColors(True)
        self.questions.setSpacing(2)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questions.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.questions.setDragDropOverwriteMode(False)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button, name in ((self.add_button, self.tr("Add a question")),
                             (self.duplicate_button, self.tr("Duplicate the question")),
                             (self.delete_button, self.tr("Delete the question"))):
            button.setAutoDefault(True)  # Enter presses the focused button
            button.setAccessibleName(name)
            buttons.addWidget(button)
        self.count_label = QLabel()
        self.count_label.setObjectName("answerHint")
        panel = QVBoxLayout(self)
        panel.setContentsMargins(6, 6, 6, 6)
        title = QLabel(self.tr("&Questions"))
        title.setBuddy(self.questions)
        panel.addWidget(title)
        for box in (self.section_filter, self.type_filter, self.status_filter):
            panel.addWidget(box)
        panel.addWidget(self.questions, 1)
        panel.addWidget(self.count_label)
        panel.addLayout(buttons)
        chain = [self.section_filter, self.type_filter, self.status_filter, self.questions,
                 self.add_button, self.duplicate_button, self.delete_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)


    def set_sections(self, sections: list[tuple[str, str]]) -> None:
        current = self.section_filter.currentData()
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("Any section"), "")
        for ident, title in sections:
            self.section_filter.addItem(title, ident)
        self.section_filter.setCurrentIndex(max(0, self.section_filter.findData(current)))

    def apply_filters(self) -> None:
        self.proxy.set_filters(str(self.section_filter.currentData() or ""),
                               str(self.type_filter.currentData() or ""),
                               str(self.status_filter.currentData() or ""))
        self.update_count()
        self.filters_changed.emit()

    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("Questions: %n", "", total) if shown == total else \
            self.tr("Shown: %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
