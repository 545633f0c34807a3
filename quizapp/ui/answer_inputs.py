"""The widgets a learner answers with, one per family of question types.

Each input only collects an answer in the engine's terms (see ``quizapp.core.scoring.Answer``)
and, once the engine has graded it, marks which parts were right. No scoring happens here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
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


class AnswerInput(QWidget):
    """Base class: ``answer()`` is None until the learner has given a complete answer."""

    answer_changed = Signal()
    locked = False

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
        for child in self.findChildren(QWidget):
            if isinstance(child, (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)):
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if isinstance(child, QLineEdit):
                child.setReadOnly(True)
            if isinstance(child, QAbstractItemView):
                child.setDragEnabled(False)
                child.clearSelection()
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
        self.key_label = QLabel(str(number))
        self.key_label.setObjectName("choiceKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(text)
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
        self.spoken = f"{number}. {text}"
        self.setAccessibleName(self.spoken)

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
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class ChoiceAnswer(AnswerInput):
    """single, multiple and true_false: numbered buttons; keys 1–9 pick or toggle."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = view.question
        self.kind = question.type
        if self.kind is QuestionType.TRUE_FALSE:
            self.labels = [core_text("True"), core_text("False")]
            self.order: tuple[int, ...] = (0, 1)
        else:
            self.order = view.choice_order or tuple(range(len(question.choices)))
            self.labels = [question.choices[i].text for i in self.order]
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.kind is not QuestionType.MULTIPLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: list[ChoiceButton] = []
        single = self.kind is not QuestionType.MULTIPLE
        for shown, label in enumerate(self.labels):
            button = ChoiceButton(shown + 1, label)
            # checkable + auto-exclusive is what Qt's accessibility calls a radio button (one of
            # several); check boxes for "choose all that apply". The group keeps the exclusivity.
            button.setAutoExclusive(single)
            button.setAccessibleDescription(
                self.tr("one answer of several") if single
                else self.tr("choose every answer that applies"))
            self.group.addButton(button, shown)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.answer_changed.emit())

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
        self.numeric = view.question.type is QuestionType.NUMERIC
        self.edit = QLineEdit()
        self.edit.setObjectName("answerEdit")
        self.edit.setPlaceholderText(self.tr("Type a number, e.g. 1994") if self.numeric
                                     else self.tr("Type your answer"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Your answer, a number") if self.numeric
                                    else self.tr("Your answer"))
        self.edit.setAccessibleDescription(self.hint())
        self.problem = QLabel("")
        self.problem.setObjectName("inputProblem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._changed)

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
        self.items = view.question.items
        self.model = QStandardItemModel(self)
        for original in view.item_order:
            item = QStandardItem(self.items[original])
            item.setData(original, ORIGINAL_INDEX)
            item.setEditable(False)
            item.setDropEnabled(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("orderingList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(3)
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setAccessibleName(self.tr("Items to put in order"))
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
        self.model.rowsMoved.connect(lambda *_: self.answer_changed.emit())
        self.model.rowsInserted.connect(lambda *_: self.answer_changed.emit())

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
        return tuple(int(self.model.item(row).data(ORIGINAL_INDEX))
                     for row in range(self.model.rowCount()))

    def hint(self) -> str:
        return self.tr("Put the items in order: drag them, or select one and press Alt+↑ / "
                       "Alt+↓. Press Enter when done.")

    def answer(self) -> Answer | None:
        return self.current_order()

    def focus_first(self) -> None:
        self.list.setFocus()

    def spoken(self) -> str:
        return "\n".join(self.model.item(row).text() if self.locked
                         else f"{row + 1}. {self.model.item(row).text()}"
                         for row in range(self.model.rowCount()))

    def show_result(self, result: AnswerResult) -> None:
        super().show_result(result)
        for row, right in enumerate(result.grade.marks):
            item = self.model.item(row)
            text = self.items[int(item.data(ORIGINAL_INDEX))]
            if right:
                item.setText(f"{RIGHT_MARK} {row + 1}. {text}")
            else:
                belongs = self.tr("(belongs at: %1)").replace(
                    "%1", str(int(item.data(ORIGINAL_INDEX)) + 1))
                item.setText(f"{WRONG_MARK} {row + 1}. {text}   {belongs}")
        self.list.setAccessibleName(self.tr("Your order, marked: %1").replace("%1", "; ".join(
            self.model.item(row).text() for row in range(self.model.rowCount()))))


class MatchingAnswer(AnswerInput):
    """matching: each left gets a dropdown of the (shuffled) rights; Tab and arrows work."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = view.question.pairs
        self.right_order = view.right_order or tuple(range(len(self.pairs)))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.combos: list[QComboBox] = []
        self.marks: list[QLabel] = []
        for row, pair in enumerate(self.pairs):
            left = QLabel(pair.left)
            left.setWordWrap(True)
            left.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.setObjectName(f"matchCombo{row}")
            combo.addItem(self.tr("Choose…"), -1)
            for original in self.right_order:
                combo.addItem(self.pairs[original].right, original)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.currentIndexChanged.connect(lambda *_: self.answer_changed.emit())
            left.setBuddy(combo)
            combo.setAccessibleName(self.tr("Match for: %1").replace("%1", pair.left))
            combo.setAccessibleDescription(
                self.tr("Item %1 of %2; arrow keys choose its match, Tab goes to the next item")
                .replace("%1", str(row + 1)).replace("%2", str(len(self.pairs))))
            mark = QLabel("")
            mark.setWordWrap(True)
            mark.setTextFormat(Qt.TextFormat.PlainText)  # a wrong answer shows the right pair
            grid.addWidget(left, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(mark, row, 2)
            self.combos.append(combo)
            self.marks.append(mark)
        for before, after in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(before, after)

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


def make_answer_input(view: QuestionView, parent: QWidget | None = None, *,
                      read_number: NumberReader = parse_number) -> AnswerInput:
    """``read_number`` is the session's (``QuizSession.read_number``), so what the input accepts
    as a number is what the engine grades as one."""
    kind = view.question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
        return ChoiceAnswer(view, parent)
    if kind in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC):
        return TextAnswer(view, parent, read_number=read_number)
    if kind is QuestionType.ORDERING:
        return OrderingAnswer(view, parent)
    return MatchingAnswer(view, parent)


__all__ = [
    "AnswerInput", "ChoiceAnswer", "ChoiceButton", "MatchingAnswer", "OrderingAnswer",
]
