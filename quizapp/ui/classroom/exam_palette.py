"""The exam's question palette: every question's number and state, to go to any of them.

States are shown by symbol and said in words to screen readers, never by colour alone:
● answered, ○ not answered, ⚑ flagged for review. Arrow keys move, Enter or a click opens the
question; questions an exam without going back no longer allows are shown but disabled.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from quizapp.classroom.exam import ExamSession

Index = QModelIndex | QPersistentModelIndex
ANSWERED, UNANSWERED, FLAGGED = "●", "○", "⚑"
VISIBLE_ROWS = 2
"""Rows of the palette shown at once; longer exams scroll."""


class PaletteModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: ExamSession | None = None
        self.cell = QSize()
        """Each cell's size, set by the view from its font: a large target for the mouse."""

    def set_session(self, session: ExamSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self.endResetModel()

    def refresh(self) -> None:
        """Answers, flags or the current question changed."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.session is None else self.session.total

    def state_words(self, row: int) -> str:
        session = self.session
        if session is None:
            return ""
        words = [self.tr("answered") if session.answer_of(row) is not None
                 else self.tr("not answered")]
        if session.is_flagged(row):
            words.append(self.tr("flagged for review"))
        if row == session.position:
            words.append(self.tr("on screen"))
        return self.tr("Question %1: %2").replace("%1", str(row + 1)).replace(
            "%2", ", ".join(words))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        session = self.session
        if session is None or not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ANSWERED if session.answer_of(row) is not None else UNANSWERED
            return f"{row + 1}\n{mark}{' ' + FLAGGED if session.is_flagged(row) else ''}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.state_words(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.SizeHintRole and self.cell.isValid():
            return self.cell
        if role == Qt.ItemDataRole.FontRole and row == session.position:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.session is None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.session.can_visit(index.row()) or index.row() == self.session.position:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags


class PaletteView(QListView):
    """A grid of numbered cells that wraps to the window's width."""

    question_chosen = Signal(int)

    def __init__(self, model: PaletteModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = model
        self.setObjectName("examPalette")
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(self.tr(
            "Every question of the exam: answered, not answered or flagged for review. "
            "Arrow keys move, Enter opens the question."))
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.clicked.connect(lambda index: self.question_chosen.emit(index.row()))
        model.modelReset.connect(self.fit_height)

    def cell_size(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = max(metrics.horizontalAdvance("888"),
                    metrics.horizontalAdvance(f"{ANSWERED} {FLAGGED}"))
        return QSize(width + 22, metrics.lineSpacing() * 3)

    def fit_height(self) -> None:
        """Tall enough for every row up to ``VISIBLE_ROWS``; more rows scroll."""
        cell = self.cell_size()
        self.setGridSize(cell)
        self.cells.cell = QSize(cell.width() - 4, cell.height() - 4)
        count = self.model().rowCount()
        per_row = max(1, (self.viewport().width() - 4) // cell.width())
        # a short window (large text on a small screen) keeps its height for the question
        visible = VISIBLE_ROWS if self.window().height() >= 14 * cell.height() else 1
        rows = max(1, min(visible, math.ceil(count / per_row) if count else 1))
        self.setFixedHeight(rows * cell.height() + 2 * self.frameWidth() + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space opens the question; the key goes no further (Enter on the exam screen
        would also move on)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.question_chosen.emit(index.row())
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def show_position(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            index = model.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)
