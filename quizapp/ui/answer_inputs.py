"""The widgets a learner answers with, one per family of question types.

Each input only collects an answer in the engine's terms (see ``quizapp.core.scoring.Answer``)
and, once the engine has graded it, marks which parts were right. No scoring happens here.

An input is built once and reused: ``load`` puts the next question of its family in it. The quiz
screen keeps one input per family, so going on to the next question changes texts instead of
creating, polishing and laying out fresh widgets (which took several frames; see
docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import AnswerResult, QuestionView
from quizapp.core.models import QuestionType
from quizapp.core.scoring import Answer, parse_number
from quizapp.ui.core_texts import core_text
from quizapp.ui.fitting import ContentsHeight
from quizapp.ui.translation import QT_TRANSLATE_NOOP

NumberReader = Callable[[str], float | None]
RIGHT_MARK = "✔"
WRONG_MARK = "✘"
MARK_WORDS = {  # the marks in words, for a screen reader (shown translated)
    "right": QT_TRANSLATE_NOOP("ChoiceButton", "✔ right, your answer"),
    "missed": QT_TRANSLATE_NOOP("ChoiceButton", "✔ right answer, not chosen"),
    "wrong": QT_TRANSLATE_NOOP("ChoiceButton", "✘ wrong, your answer"),
}
"""What a screen reader says after a choice once it is marked, after its number and text."""


def _set_answered(combo: QComboBox, answered: bool) -> None:
    """Style a drop-down as a given answer (``answered``: the theme draws it without its arrow
    and with a dotted border) or as a choice still open; its text stays readable either way."""
    combo.setProperty("answered", answered)
    combo.style().unpolish(combo)
    combo.style().polish(combo)


class AnswerInput(QWidget):
    """Base class: ``answer()`` is None until the learner has given a complete answer."""

    answer_changed = Signal()
    locked = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frozen: list[tuple[QWidget, Qt.FocusPolicy]] = []
        """The controls ``show_result`` froze, with the focus policy each had before."""

    def load(self, view: QuestionView) -> None:
        """Show ``view``'s question, unanswered: the input is reused from question to question."""
        raise NotImplementedError

    def _unlock(self) -> None:
        """Undo ``show_result``'s freezing, for the next question."""
        if not self.locked:
            return
        self.locked = False
        for child, policy in self._frozen:
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
            child.setFocusPolicy(policy)
            if isinstance(child, QLineEdit):
                child.setReadOnly(False)
            if isinstance(child, QAbstractItemView):
                child.setDragEnabled(True)
            if isinstance(child, QComboBox):
                _set_answered(child, False)
        for child in self.findChildren(QPushButton):
            child.setEnabled(True)
        self._frozen = []

    def answer(self) -> Answer | None:
        raise NotImplementedError

    def hint(self) -> str:
        return ""

    def pick(self, number: int) -> bool:
        """Keys 1–9; returns True when the key meant something here."""
        return False

    def show_result(self, result: AnswerResult) -> None:
        """Freeze the answer without greying it out: the learner still needs to read it."""
        self.locked = True
        self._frozen = []
        for child in self.findChildren(QWidget):
            if isinstance(child, (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)):
                self._frozen.append((child, child.focusPolicy()))
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if isinstance(child, QLineEdit):
                child.setReadOnly(True)
            if isinstance(child, QAbstractItemView):
                child.setDragEnabled(False)
                child.clearSelection()
            if isinstance(child, QComboBox):
                _set_answered(child, True)  # no drop-down arrow: it is an answer now, not a choice
        for child in self.findChildren(QPushButton):
            if child.objectName() != "choiceButton":
                child.setEnabled(False)

    def focus_first(self) -> None:
        self.setFocus()

    def spoken(self) -> str:
        """The choices or items as read aloud (Ctrl+Shift+S), marks included once graded."""
        return ""

    def try_again(self) -> None:
        """The engine allows one more try (typed answers with a typo)."""


class ChoiceButton(QPushButton):
    """A large, checkable button whose text wraps instead of being cut off."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setObjectName("choiceButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.key_label = QLabel()
        self.key_label.setObjectName("choiceKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mark_label = QLabel("")
        self.mark_label.setObjectName("choiceMark")
        for label in (self.key_label, self.text_label, self.mark_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 10, 12, 10)
        self.row.setSpacing(12)
        self.row.addWidget(self.key_label)
        self.row.addWidget(self.text_label, 1)
        self.row.addWidget(self.mark_label)
        self.set_choice(number, text)

    def set_choice(self, number: int, text: str) -> None:
        """Show choice ``number`` with ``text``, unmarked: buttons are reused across questions."""
        self.key_label.setText(str(number))
        self.text_label.setText(text)
        self.spoken = f"{number}. {text}"
        self.setAccessibleName(self.spoken)
        self.mark_label.setText("")
        self._set_state(None)

    def sizeHint(self) -> QSize:
        hint = self.row.sizeHint()
        return QSize(hint.width(), max(hint.height(), 48))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.row.totalHeightForWidth(width), 48)

    def set_mark(self, right: bool, state: str) -> None:
        """The mark shown beside the choice, and said as part of its name (never colour alone)."""
        self.mark_label.setText(RIGHT_MARK if right else WRONG_MARK)
        self.setAccessibleName(f"{self.spoken} {self.tr(MARK_WORDS[state])}")
        self._set_state(state)

    def _set_state(self, state: str | None) -> None:
        """Restyle for ``state`` only when it changes: a style sheet polish is not free."""
        if self.property("state") == state:
            return
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class ChoiceAnswer(AnswerInput):
    """single, multiple and true_false: numbered buttons; keys 1–9 pick or toggle."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.pool: list[ChoiceButton] = []
        """Every button made so far; the first ``len(self.buttons)`` are this question's."""
        self.buttons: list[ChoiceButton] = []
        self.group.buttonToggled.connect(self._toggled)
        self.load(view)

    def _toggled(self) -> None:
        self.answer_changed.emit()

    def load(self, view: QuestionView) -> None:
        self._unlock()
        question = view.question
        self.kind = question.type
        if self.kind is QuestionType.TRUE_FALSE:
            self.labels = [core_text("True"), core_text("False")]
            self.order: tuple[int, ...] = (0, 1)
        else:
            self.order = view.choice_order or tuple(range(len(question.choices)))
            self.labels = [question.choices[i].text for i in self.order]
        blocked = self.group.blockSignals(True)
        self.group.setExclusive(False)  # an exclusive group keeps one button checked
        for button in self.buttons:
            button.setChecked(False)
        while len(self.pool) < len(self.labels):
            button = ChoiceButton(len(self.pool) + 1, "", self)
            self.group.addButton(button, len(self.pool))
            self.column.addWidget(button)
            self.pool.append(button)
        self.buttons = self.pool[:len(self.labels)]
        single = self.kind is not QuestionType.MULTIPLE
        for shown, (button, label) in enumerate(zip(self.buttons, self.labels, strict=True)):
            button.set_choice(shown + 1, label)
            # checkable + auto-exclusive is what Qt's accessibility calls a radio button (one of
            # several); check boxes for "choose all that apply". The group keeps the exclusivity.
            button.setAutoExclusive(single)
            button.setAccessibleDescription(
                self.tr("one answer of several") if single
                else self.tr("choose every answer that applies"))
            button.setVisible(True)
        for button in self.pool[len(self.labels):]:
            button.setVisible(False)
        self.group.setExclusive(self.kind is not QuestionType.MULTIPLE)
        self.group.blockSignals(blocked)

    def hint(self) -> str:
        if self.kind is QuestionType.MULTIPLE:
            text = self.tr("Choose every answer that applies (keys 1–%1 toggle), then press Enter.")
        else:
            text = self.tr("Choose one answer (keys 1–%1), then press Enter.")
        return text.replace("%1", str(len(self.buttons)))

    def _checked_positions(self) -> list[int]:
        return [i for i, button in enumerate(self.buttons) if button.isChecked()]

    def answer(self) -> Answer | None:
        checked = self._checked_positions()
        if self.kind is QuestionType.MULTIPLE:
            return frozenset(self.order[i] for i in checked) if checked else None
        if not checked:
            return None
        if self.kind is QuestionType.TRUE_FALSE:
            return checked[0] == 0
        return self.order[checked[0]]

    def pick(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons) or self.locked:
            return False
        button = self.buttons[number - 1]
        button.setChecked(not button.isChecked() if self.kind is QuestionType.MULTIPLE else True)
        button.setFocus()
        return True

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()

    def spoken(self) -> str:
        return "\n".join(button.accessibleName() for button in self.buttons)

    def show_result(self, result: AnswerResult) -> None:
        super().show_result(result)
        question = result.question
        for shown, button in enumerate(self.buttons):
            if self.kind is QuestionType.TRUE_FALSE:
                is_correct = (shown == 0) == bool(question.truth)
            else:
                is_correct = question.choices[self.order[shown]].correct
            chosen = button.isChecked()
            if is_correct:
                button.set_mark(True, "right" if chosen else "missed")
                if not chosen and self.kind is QuestionType.MULTIPLE:  # one of several to choose
                    button.mark_label.setText(f"{RIGHT_MARK} " + self.tr("(missed)"))
            elif chosen:
                button.set_mark(False, "wrong")


class TextAnswer(AnswerInput):
    """short_answer and numeric: one line to type in."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None, *,
                 read_number: NumberReader = parse_number) -> None:
        super().__init__(parent)
        self.read_number = read_number
        """How the session reads a number: set again for each quiz (the pack's language)."""
        self.edit = QLineEdit()
        self.edit.setObjectName("answerEdit")
        self.edit.setClearButtonEnabled(True)
        self.problem = QLabel("")
        self.problem.setObjectName("inputProblem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._changed)
        self.load(view)

    def load(self, view: QuestionView) -> None:
        self._unlock()
        self.numeric = view.question.type is QuestionType.NUMERIC
        self.edit.setPlaceholderText(self.tr("Type a number, e.g. 1994") if self.numeric
                                     else self.tr("Type your answer"))
        self.edit.setAccessibleName(self.tr("Your answer, a number") if self.numeric
                                    else self.tr("Your answer"))
        self.edit.setAccessibleDescription(self.hint())
        blocked = self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(blocked)
        self.problem.setText("")

    def _changed(self) -> None:
        text = self.edit.text().strip()
        if self.numeric and text and self.read_number(text) is None:
            self.problem.setText(self.tr("That is not one number yet: write it like 1994, "
                                         "100,000 or eight."))
        else:
            self.problem.setText("")
        self.answer_changed.emit()

    def hint(self) -> str:
        if self.numeric:
            return self.tr("Type a number (digits or words), then press Enter.")
        return self.tr("Type your answer (case and accents do not matter), then press Enter.")

    def answer(self) -> Answer | None:
        text = self.edit.text().strip()
        if not text or (self.numeric and self.read_number(text) is None):
            return None
        return text

    def focus_first(self) -> None:
        self.edit.setFocus()

    def spoken(self) -> str:
        text = self.edit.text().strip()
        return self.tr("Your answer: %1").replace("%1", text) if text else ""

    def try_again(self) -> None:
        self.problem.setText(self.tr("Almost: check the spelling, then press Enter to try once "
                                     "more."))
        self.edit.setFocus()
        self.edit.selectAll()

    def show_result(self, result: AnswerResult) -> None:
        super().show_result(result)
        self.problem.setText("")


ORIGINAL_INDEX = Qt.ItemDataRole.UserRole + 1


class OrderingAnswer(AnswerInput):
    """ordering: a list to reorder by drag and drop, or with Alt+Up / Alt+Down and buttons."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("orderingList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(3)
        self.list.setAccessibleDescription(self.hint())
        ContentsHeight(self.list)  # as tall as its items at any text size: feedback stays in reach
        self.up = QPushButton(self.tr("Move up (Alt+↑)"))
        self.down = QPushButton(self.tr("Move down (Alt+↓)"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.installEventFilter(self)
        self.load(view)
        self._dropped_at: int | None = None
        self.model.rowsMoved.connect(self._changed)
        self.model.rowsInserted.connect(self._inserted)
        self.model.rowsRemoved.connect(self._removed)
        self.model.dataChanged.connect(self._changed)

    def _complete(self) -> bool:
        """A drag moves an item in steps: an empty row is inserted, filled, then the old one
        removed. Only before and after that is the list an order to read."""
        return self.model.rowCount() == len(self.items) and all(
            (item := self.model.item(row)) is not None and item.data(ORIGINAL_INDEX) is not None
            for row in range(self.model.rowCount()))

    def _changed(self) -> None:
        if self._complete():
            self.answer_changed.emit()

    def _inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if self.model.rowCount() > len(self.items):  # a drop, until its source row goes
            self._dropped_at = first
        self._changed()

    def _removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        dropped, self._dropped_at = self._dropped_at, None
        if dropped is not None and self._complete():
            # the highlight follows the dragged item to where it landed (it stayed on the row
            # number it was dragged from, now another item)
            row = dropped - 1 if first < dropped else dropped
            QTimer.singleShot(0, self, lambda: self._select(row))
        self._changed()

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def load(self, view: QuestionView) -> None:
        self._unlock()
        for button in (self.up, self.down):
            button.show()
        self.items = view.question.items
        rows = []
        for original in view.item_order:
            item = QStandardItem(self.items[original])
            item.setData(original, ORIGINAL_INDEX)
            item.setEditable(False)
            item.setDropEnabled(False)
            rows.append(item)
        blocked = self.blockSignals(True)  # a new question is no answer yet
        self.model.clear()
        self.model.appendColumn(rows)  # all rows in one insertion: the list is laid out once
        self.blockSignals(blocked)
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setAccessibleName(self.tr("Items to put in order"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount() or self.locked:
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.list.setCurrentIndex(self.model.index(target, 0))

    def current_order(self) -> tuple[int, ...]:
        """The items' original positions as they stand (a row half-way through a drag, still
        empty, is not one of them)."""
        order = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            original = item.data(ORIGINAL_INDEX) if item is not None else None
            if original is not None:
                order.append(int(original))
        return tuple(order)

    def hint(self) -> str:
        return self.tr("Put the items in order: drag them, or select one and press Alt+↑ / "
                       "Alt+↓. Press Enter when done.")

    def answer(self) -> Answer | None:
        return self.current_order() if self._complete() else None

    def focus_first(self) -> None:
        self.list.setFocus()

    def spoken(self) -> str:
        return "\n".join(self.model.item(row).text() if self.locked
                         else f"{row + 1}. {self.model.item(row).text()}"
                         for row in range(self.model.rowCount()))

    def show_result(self, result: AnswerResult) -> None:
        super().show_result(result)
        for button in (self.up, self.down):  # of no more use: room for the verdict instead
            button.hide()
        blocked = self.model.blockSignals(True)  # one change for the list, not one per row:
        for row, right in enumerate(result.grade.marks):  # each makes it lay out and refit
            item = self.model.item(row)
            text = self.items[int(item.data(ORIGINAL_INDEX))]
            if right:
                item.setText(f"{RIGHT_MARK} {row + 1}. {text}")
            else:
                belongs = self.tr("(belongs at: %1)").replace(
                    "%1", str(int(item.data(ORIGINAL_INDEX)) + 1))
                item.setText(f"{WRONG_MARK} {row + 1}. {text}   {belongs}")
        self.model.blockSignals(blocked)
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, 0))
        self.list.setAccessibleName(self.tr("Your order, marked: %1").replace("%1", "; ".join(
            self.model.item(row).text() for row in range(rows))))


class WholeTextComboBox(QComboBox):
    """A drop-down whose popup list is as wide as its longest entry (at the text size in force
    when it opens), so an entry cut in the closed drop-down is whole in the list."""

    def showPopup(self) -> None:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        view = self.view()
        view.setMinimumWidth(longest + metrics.height() * 2 + 2 * view.frameWidth())
        super().showPopup()


class MatchingRow:
    """One left item, the dropdown of rights beside it and the mark after answering."""

    def __init__(self, number: int, grid: QGridLayout, changed: Callable[[], None]) -> None:
        self.left = QLabel()
        self.left.setWordWrap(True)
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.combo = WholeTextComboBox()
        self.combo.setObjectName(f"matchCombo{number}")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.currentIndexChanged.connect(changed)
        self.left.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._show_whole_choice)
        self.mark = QLabel("")
        self.mark.setWordWrap(True)
        self.mark.setTextFormat(Qt.TextFormat.PlainText)  # a wrong answer shows the right pair
        self.number = number
        self.stacked: bool | None = None
        self.place(grid, stacked=False)

    def place(self, grid: QGridLayout, stacked: bool) -> None:
        """Beside each other, or (narrow, large text) the left item above its drop-down so the
        drop-down gets the whole width for its text."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for widget in (self.left, self.combo, self.mark):
            grid.removeWidget(widget)
        if stacked:  # the mark (a wrong answer names the right match) under the drop-down
            grid.addWidget(self.left, 3 * self.number, 0)
            grid.addWidget(self.combo, 3 * self.number + 1, 0)
            grid.addWidget(self.mark, 3 * self.number + 2, 0)
        else:
            grid.addWidget(self.left, self.number, 0)
            grid.addWidget(self.combo, self.number, 1)
            grid.addWidget(self.mark, self.number, 2)

    def _show_whole_choice(self) -> None:
        """A drop-down narrower than its text cuts it ("Led Russia's government in 1…"): the
        tooltip has it whole, as the popup list does."""
        self.combo.setToolTip(self.combo.currentText())

    def set_visible(self, visible: bool) -> None:
        for widget in (self.left, self.combo, self.mark):
            widget.setVisible(visible)


class MatchingAnswer(AnswerInput):
    """matching: each left gets a dropdown of the (shuffled) rights; Tab and arrows work."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.rows: list[MatchingRow] = []
        """Every row made so far; the first ``len(self.combos)`` are this question's."""
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        self.load(view)

    def _changed(self) -> None:
        self.answer_changed.emit()

    def load(self, view: QuestionView) -> None:
        self._unlock()
        self.pairs = view.question.pairs
        self.right_order = view.right_order or tuple(range(len(self.pairs)))
        while len(self.rows) < len(self.pairs):
            row = MatchingRow(len(self.rows), self.grid, self._changed)
            if self.rows:
                QWidget.setTabOrder(self.rows[-1].combo, row.combo)
            self.rows.append(row)
        shown = self.rows[:len(self.pairs)]
        rights = [self.pairs[original].right for original in self.right_order]
        for number, (row, pair) in enumerate(zip(shown, self.pairs, strict=True)):
            row.left.setText(pair.left)
            row.mark.setText("")
            row.combo.setAccessibleName(self.tr("Match for: %1").replace("%1", pair.left))
            row.combo.setAccessibleDescription(
                self.tr("Item %1 of %2; arrow keys choose its match, Tab goes to the next item")
                .replace("%1", str(number + 1)).replace("%2", str(len(self.pairs))))
            blocked = row.combo.blockSignals(True)  # a new question is no answer yet
            row.combo.clear()
            row.combo.addItem(self.tr("Choose…"), -1)
            for original, right in zip(self.right_order, rights, strict=True):
                row.combo.addItem(right, original)
            row.combo.blockSignals(blocked)
            row.set_visible(True)
        for row in self.rows[len(self.pairs):]:
            row.set_visible(False)
        self.combos = [row.combo for row in shown]
        self.marks = [row.mark for row in shown]
        for combo in self.combos:
            combo.setToolTip(combo.currentText())
        self._arrange()

    def _arrange(self) -> None:
        """Stack each left item above its drop-down when, side by side, the drop-down would be
        narrower than its longest choice (200 % text, or a narrow window)."""
        if not self.combos or self.width() <= 0:
            return
        metrics = self.combos[0].fontMetrics()
        longest = max((metrics.horizontalAdvance(self.combos[0].itemText(i))
                       for i in range(self.combos[0].count())), default=0)
        arrow = metrics.height() * 3  # the arrow, padding and frame
        beside = (self.width() - 2 * self.grid.horizontalSpacing()) * 3 // 6
        stacked = longest + arrow > beside
        for row in self.rows:
            row.place(self.grid, stacked)
        self.grid.setColumnStretch(0, 1 if stacked else 2)
        self.grid.setColumnStretch(1, 0 if stacked else 3)
        self.grid.setVerticalSpacing(6 if stacked else -1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def hint(self) -> str:
        return self.tr("Match each item on the left: Tab between the lists, arrow keys choose. "
                       "Then Enter.")

    def choose(self, row: int, original_right: int) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(original_right))

    def answer(self) -> Answer | None:
        chosen = tuple(int(combo.currentData()) for combo in self.combos)
        return None if -1 in chosen else chosen

    def focus_first(self) -> None:
        if self.combos:
            self.combos[0].setFocus()

    def spoken(self) -> str:
        lines = [f"{pair.left}: {combo.currentText()}" for pair, combo in
                 zip(self.pairs, self.combos, strict=True)]
        choices = [self.pairs[original].right for original in self.right_order]
        return "\n".join(lines + [self.tr("Matches to choose from: %1").replace(
            "%1", "; ".join(choices))])

    def show_result(self, result: AnswerResult) -> None:
        super().show_result(result)
        for row, right in enumerate(result.grade.marks):
            if right:
                self.marks[row].setText(RIGHT_MARK)
                said = f"{RIGHT_MARK} " + self.tr("right")
            else:
                self.marks[row].setText(f"{WRONG_MARK} {self.pairs[row].right}")
                said = f"{WRONG_MARK} " + self.tr("wrong, the right match is %1").replace(
                    "%1", self.pairs[row].right)
            self.combos[row].setAccessibleName(
                self.tr("Match for: %1").replace("%1", self.pairs[row].left)
                + f": {self.combos[row].currentText()} {said}")


def input_family(kind: QuestionType) -> type[AnswerInput]:
    """The input class that answers questions of ``kind``; one instance answers them all."""
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
        return ChoiceAnswer
    if kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
        return TextAnswer
    if kind is QuestionType.ORDERING:
        return OrderingAnswer
    return MatchingAnswer


def make_answer_input(view: QuestionView, parent: QWidget | None = None, *,
                      read_number: NumberReader = parse_number) -> AnswerInput:
    """``read_number`` is the session's (``QuizSession.read_number``), so what the input accepts
    as a number is what the engine grades as one."""
    family = input_family(view.question.type)
    if family is ChoiceAnswer:
        return ChoiceAnswer(view, parent)
    if family is TextAnswer:
        return TextAnswer(view, parent, read_number=read_number)
    if family is OrderingAnswer:
        return OrderingAnswer(view, parent)
    return MatchingAnswer(view, parent)


__all__ = [
    "AnswerInput", "ChoiceAnswer", "ChoiceButton", "MatchingAnswer", "OrderingAnswer",
    "TextAnswer", "input_family", "make_answer_input",
]
