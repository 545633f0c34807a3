"""The pack's questions as a Qt list model, and the one road by which the editor changes the pack.

Every change goes through these methods (called by undo commands), which edit the
``PackDocument`` and tell the views. The list shows each question's id, type and prompt, marked
✘ or ⚠ by the live checks; a proxy filters it by section, type and status. Dragging a question
does not move it directly: it asks for a move, which the editor makes an undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication

from quizapp.core.diagnostics import Severity
from quizapp.core.findings import Findings
from quizapp.core.models import QuestionType
from quizapp.packs.pack_document import PackDocument
from quizapp.ui import core_texts
from quizapp.ui.text_rendering import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
ROWS_MIME = "application/x-quizapp-question-rows"
PROMPT_SHOWN = 70
STATUS_MARKS = {Severity.ERROR: "✘", Severity.WARNING: "⚠", Severity.LINT: "•"}


def severity_mark(severity: Severity | None) -> str:
    """✘ for errors, ⚠ for warnings, • for any other kind of finding (item-writing lint)."""
    if severity is None:
        return ""
    return STATUS_MARKS.get(severity, "•")


def type_label(value: object) -> str:
    try:
        return core_texts.type_label(QuestionType(str(value)))
    except ValueError:
        return str(value) if value else QCoreApplication.translate("QuestionListModel", "no type")


def as_mapping(data: Any) -> dict[str, Any]:
    """A question's data as a mapping, even when the file holds something else at its place."""
    return data if isinstance(data, dict) else {}


class QuestionListModel(QAbstractListModel):
    question_edited = Signal(int)
    questions_rearranged = Signal()
    header_edited = Signal()
    move_requested = Signal(int, int)  # from row, to row (a drag); the editor makes it a command
    row_touched = Signal(int)  # the row an edit, undo or redo changed: the editor shows it

    def __init__(self, document: PackDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.findings: Findings | None = None

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.document)

    def question(self, row: int) -> dict[str, Any]:
        return as_mapping(self.document.question(row))

    def question_ids(self) -> list[str]:
        return [str(as_mapping(q).get("id", "")) for q in self.document.questions()]

    def status(self, row: int) -> Severity | None:
        return self.findings.status(row) if self.findings is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.document):
            return None
        row = index.row()
        question = self.question(row)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = severity_mark(self.status(row))
            prompt = " ".join(str(question.get("prompt") or "(no prompt yet)").split())
            if len(prompt) > PROMPT_SHOWN:
                prompt = prompt[: PROMPT_SHOWN - 1].rstrip() + "…"
            head = f"{mark} {row + 1}. {question.get('id') or '(no id)'}".strip()
            return f"{head} · {type_label(question.get('type'))}\n{prompt}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            status = {Severity.ERROR: self.tr("has errors"),
                      Severity.WARNING: self.tr("has warnings"),
                      Severity.LINT: self.tr("has item-writing flaws")}.get(
                self.status(row), "")  # type: ignore[arg-type]
            return (self.tr("Question %1").replace("%1", str(row + 1))
                    + f", {question.get('id', '')}, "
                    f"{type_label(question.get('type'))} {status}: {question.get('prompt', '')}")
        if role == Qt.ItemDataRole.SizeHintRole:  # two lines, as wide as the list: long text elides
            spacing = QFontMetrics(QGuiApplication.font()).lineSpacing()
            return QSize(1, 2 * spacing + 8)
        if role == TYPE_ROLE:
            return str(question.get("type", ""))
        if role == SECTION_ROLE:
            return str(question.get("section") or "")
        if role == STATUS_ROLE:
            worst = self.status(row)
            return worst.value if worst else "ok"
        return None

    def _tooltip(self, row: int) -> str:
        if self.findings is None:
            return ""
        return plain_tooltip("\n".join(f"{severity_mark(f.severity)} {f.message}"
                                        for f in self.findings.for_question(row)))

    def set_findings(self, findings: Findings) -> None:
        self.findings = findings
        if len(self.document):
            self.dataChanged.emit(self.index(0), self.index(len(self.document) - 1))

    # -- changing (called by undo commands only) -------------------------------------------------
    def set_question(self, row: int, data: dict[str, Any]) -> None:
        self.document.set_question(row, data)
        self.dataChanged.emit(self.index(row), self.index(row))
        self.question_edited.emit(row)
        self.row_touched.emit(row)

    def insert_question(self, row: int, data: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.document.insert_question(row, data)
        self.endInsertRows()
        self.questions_rearranged.emit()
        self.row_touched.emit(row)

    def remove_question(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self.document.remove_question(row)
        self.endRemoveRows()
        self.questions_rearranged.emit()
        self.row_touched.emit(min(row, len(self.document) - 1))
        return removed

    def move_question(self, source: int, target: int) -> None:
        """Move row ``source`` so that it ends up at row ``target``."""
        if source == target:
            return
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.document.move_question(source, target)
        self.endMoveRows()
        self.questions_rearranged.emit()
        self.row_touched.emit(target)

    def set_field(self, key: str, value: Any) -> None:
        self.document.set_field(key, value)
        self.header_edited.emit()

    # -- drag to reorder -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(ROWS_MIME, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Turn a drop into a move request; returns False so the view removes nothing itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME):
            return False
        raw = bytes(data.data(ROWS_MIME).data()).decode("ascii")
        rows = [int(part) for part in raw.split(",") if part.strip().isdigit()]
        if len(rows) != 1:
            return False
        drop_row = parent.row() if parent.isValid() else (row if row >= 0 else self.rowCount())
        source = rows[0]
        target = drop_row - 1 if drop_row > source else drop_row
        if 0 <= source < self.rowCount() and source != target:
            self.move_requested.emit(source, max(0, min(target, self.rowCount() - 1)))
        return False


class QuestionFilter(QSortFilterProxyModel):
    """Shows the questions of one section, one type and one check status ("" = any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = ""
        self.kind = ""
        self.status = ""

    def set_filters(self, section: str, kind: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.section, self.kind, self.status = section, kind, status
            self.endFilterChange()
        else:
            self.section, self.kind, self.status = section, kind, status
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.section and model.data(index, SECTION_ROLE) != self.section:
            return False
        if self.kind and model.data(index, TYPE_ROLE) != self.kind:
            return False
        return not (self.status and model.data(index, STATUS_ROLE) != self.status)
