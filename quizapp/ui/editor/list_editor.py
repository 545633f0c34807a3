"""One small table editor for every list in a question: choices, answers, items, pairs, cites.

Columns are text or a check box (a choice's "correct"). Rows are added, removed and moved with
buttons or keys (Ctrl+Return adds, Ctrl+Delete removes, Alt+↑/↓ move); every finished edit is
reported once as the whole list, which the form turns into one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Cell = str | bool
Row = list[Cell]


@dataclass(frozen=True)
class Column:
    title: str
    check: bool = False
    read_only: bool = False
    stretch: bool = True
    tip: str = ""


class ListEditor(QWidget):
    rows_edited = Signal(object)  # list[Row]: the whole list after the author's edit

    def __init__(self, name: str, columns: list[Column], parent: QWidget | None = None,
                 key: str = "") -> None:
        """``name`` is shown (translated); ``key`` names the table's object (``choicesTable``)."""
        super().__init__(parent)
        self.columns = columns
        self.name = name
        self._loading = False
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels([column.title for column in columns])
        for number, column in enumerate(columns):
            if column.tip:
                self.model.setHeaderData(number, Qt.Orientation.Horizontal, column.tip,
                                         Qt.ItemDataRole.ToolTipRole)
        self.table = QTableView()
        self.table.setObjectName(f"{key or name}Table")
        self.table.setAccessibleName(name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        self.table.setWordWrap(True)
        self.table.installEventFilter(self)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        for number, column in enumerate(columns):
            mode = (QHeaderView.ResizeMode.Stretch if column.stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(number, mode)
        self.model.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        for button, what, tip in (
                (self.add_button, self.tr("Add a row to %1"), "Ctrl+Return"),
                (self.remove_button, self.tr("Remove the selected row of %1"), "Ctrl+Delete"),
                (self.up_button, self.tr("Move up the selected row of %1"), "Alt+Up"),
                (self.down_button, self.tr("Move down the selected row of %1"), "Alt+Down")):
            button.setAccessibleName(what.replace("%1", name))
            button.setToolTip(what.replace("%1", name) + f" ({tip})")
            button.setAutoDefault(True)  # Enter presses the focused button
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()

    # -- content -------------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        result: list[Row] = []
        for row in range(self.model.rowCount()):
            cells: Row = []
            for number, column in enumerate(self.columns):
                item = self.model.item(row, number)
                if column.check:
                    cells.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    cells.append(item.text() if item is not None else "")
            result.append(cells)
        return result

    def set_rows(self, rows: list[Row]) -> None:
        """Show ``rows`` (without reporting an edit); untouched when they are already shown."""
        if rows == self.rows():
            return
        current = self.table.currentIndex()
        self._loading = True
        try:
            self.model.setRowCount(0)
            for cells in rows:
                self.model.appendRow([self._item(column, cell)
                                      for column, cell in zip(self.columns, cells, strict=False)])
        finally:
            self._loading = False
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._fit_height()

    def set_cell_tooltip(self, row: int, column: int, text: str) -> None:
        item = self.model.item(row, column)
        if item is not None:
            item.setToolTip(text)

    def _item(self, column: Column, cell: Cell) -> QStandardItem:
        item = QStandardItem()
        if column.check:
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if cell else Qt.CheckState.Unchecked)
            item.setText(self.tr("correct") if cell else "")
            item.setData(column.title, Qt.ItemDataRole.AccessibleTextRole)
        else:
            item.setText(str(cell))
            item.setEditable(not column.read_only)
        return item

    def _fit_height(self) -> None:
        """As tall as its rows (up to a limit, then it scrolls), so short lists stay short."""
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        empty = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(min(header + max(rows, empty) + frame, 340))

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        column = self.columns[item.column()]
        if column.check:
            self._loading = True
            item.setText(self.tr("correct") if item.checkState() == Qt.CheckState.Checked else "")
            self._loading = False
        self.rows_edited.emit(self.rows())

    # -- changing the list ---------------------------------------------------------------------
    def _blank(self) -> Row:
        return [False if column.check else "" for column in self.columns]

    def add_row(self) -> None:
        rows = self.rows()
        position = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() \
            else len(rows)
        rows.insert(position, self._blank())
        self.set_rows(rows)
        self.rows_edited.emit(self.rows())
        first = next((n for n, c in enumerate(self.columns) if not c.check and not c.read_only), 0)
        index = self.model.index(position, first)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_row(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        rows = self.rows()
        del rows[row]
        self.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(min(row, len(rows) - 1), 0))
        self.rows_edited.emit(self.rows())

    def move_row(self, step: int) -> None:
        current = self.table.currentIndex()
        row, target = current.row(), current.row() + step
        rows = self.rows()
        if row < 0 or not 0 <= target < len(rows):
            return
        rows.insert(target, rows.pop(row))
        self.set_rows(rows)
        self.table.setCurrentIndex(self.model.index(target, current.column()))
        self.rows_edited.emit(self.rows())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            control = modifiers & Qt.KeyboardModifier.ControlModifier
            if control and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_row()
                return True
            if control and key == Qt.Key.Key_Delete:
                self.remove_row()
                return True
            if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up,
                                                                        Qt.Key.Key_Down):
                self.move_row(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if self.model.rowCount() == 0 and self._typed(event):
                self.add_row()  # typing into an empty list starts its first row
                editor = QApplication.focusWidget()
                if isinstance(editor, QLineEdit):
                    editor.insert(event.text())
                return True
        return False

    @staticmethod
    def _typed(event: QKeyEvent) -> bool:
        """A key that types text (not a shortcut, not Tab or Enter)."""
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
            | Qt.KeyboardModifier.MetaModifier
        return bool(text) and text.isprintable() and not event.modifiers() & commands
