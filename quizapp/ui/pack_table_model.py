"""The packs on the home screen as a Qt table model: title, size, the learner's best, origin."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from quizapp.core.models import Pack
from quizapp.core.pack_summary import PackSummary
from quizapp.packs.pack_labels import distinct_labels
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PackRow:
    """A pack on the home screen: its summary, and the whole pack only when it is small
    (``KEEP_WHOLE_QUESTIONS``). Screens get the whole pack from ``MainWindow.whole_pack``."""

    path: str
    origin: str  # ORIGINS: "Bundled", "Recent" or "Opened", shown translated
    pack: Pack | None = None
    error: str | None = None
    best: float | None = None
    summary: PackSummary | None = None

    @property
    def usable(self) -> bool:
        return self.summary is not None or self.pack is not None

    @property
    def pack_id(self) -> str | None:
        if self.summary is not None:
            return self.summary.id
        return self.pack.id if self.pack is not None else None

    @property
    def title(self) -> str:
        if self.summary is not None:
            return self.summary.title
        if self.pack is not None:
            return self.pack.title
        return self.path

    @property
    def question_count(self) -> int:
        if self.summary is not None:
            return self.summary.question_count
        return len(self.pack.questions) if self.pack else 0


ORIGINS = (QT_TRANSLATE_NOOP("PackTableModel", "Bundled"),
           QT_TRANSLATE_NOOP("PackTableModel", "Recent"),
           QT_TRANSLATE_NOOP("PackTableModel", "Opened"))
"""Where a pack on the home screen comes from (kept in English in the row, shown translated)."""


class PackTableModel(RowTableModel[PackRow]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Pack"), QT_TRANSLATE_NOOP("Tables", "Questions"),
               QT_TRANSLATE_NOOP("Tables", "Your best"), QT_TRANSLATE_NOOP("Tables", "From"))
    RIGHT_ALIGNED = frozenset({1, 2})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}
        """Path → what the Pack column shows: the title, and the end of the path when another
        row has the same title (an original and its copy)."""

    def set_rows(self, rows: Sequence[PackRow]) -> None:
        self.labels = dict(zip((row.path for row in rows),
                               distinct_labels([(row.title, row.path) for row in rows]),
                               strict=True))
        super().set_rows(rows)

    def display(self, row: PackRow, column: int) -> object:
        if column == 0:
            title = self.labels.get(row.path, row.title)
            return title if row.error is None else f"⚠ {title}"
        if column == 1:
            return row.question_count if row.usable else "—"
        if column == 2:
            return "—" if row.best is None else f"{100 * row.best:.0f} %"
        return QCoreApplication.translate("PackTableModel", row.origin)

    def tooltip(self, row: PackRow) -> str | None:
        return row.error or row.path  # shown as plain text by the base model
