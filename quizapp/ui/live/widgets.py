"""Small pieces the live-session panels share: big labels, the QR code, the answers chart."""

from __future__ import annotations

import io
from collections.abc import Sequence

import segno
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractListModel, QMargins, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.live.state import Bar, Seat

RIGHT_COLOUR = "#2e8b47"
OTHER_COLOUR = "#6f7c91"


def big_label(object_name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    """A plain-text, wrapping label whose font is ``scale`` times the window's base size."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("scale", scale)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)
    return label


def apply_scale(root: QWidget, base_points: float) -> None:
    """Size every scaled label under ``root`` from one base size, so a projector window reads
    from the back of the room and a small window still fits."""
    for label in root.findChildren(QLabel):
        scale = label.property("scale")
        if isinstance(scale, float):
            font = label.font()
            font.setPointSizeF(max(9.0, base_points * scale))
            label.setFont(font)


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code of ``text`` (the join address), black on white so every phone camera reads it."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    scale = max(1, size // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class StudentsModel(QAbstractListModel):
    """Joined students in joining order; the ones whose device is away are marked."""

    def __init__(self) -> None:
        super().__init__()
        self.seats: list[Seat] = []

    def set_seats(self, seats: Sequence[Seat]) -> None:
        self.beginResetModel()
        self.seats = list(seats)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.seats)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        seat = self.seats[index.row()]
        return seat.name if seat.connected else f"{seat.name} (away)"


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def bar_labels(bars: Sequence[Bar], lettered: bool) -> list[str]:
    """Short names for the chart's bars: the letters the question screen showed (A, B, …) for
    choices, so long choice texts never need cutting; the right ones ticked."""
    labels = []
    for number, bar in enumerate(bars):
        name = LETTERS[number % 26] if lettered and bar.label != "No answer" else bar.label
        labels.append(("✔ " if bar.right else "") + name)
    return labels


def show_distribution(view: QChartView, bars: Sequence[Bar], lettered: bool = False) -> None:
    """How the class answered: one horizontal bar per choice, the right ones green and ticked."""
    chart = QChart()
    dark = view.palette().color(QPalette.ColorRole.Window).lightness() < 128
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    right_set, other_set = QBarSet("Right"), QBarSet("Other")
    right_set.setColor(QColor(RIGHT_COLOUR))
    other_set.setColor(QColor(OTHER_COLOUR))
    text_colour = view.palette().color(QPalette.ColorRole.WindowText)
    categories = list(reversed(bar_labels(bars, lettered)))  # Qt draws the first at the bottom
    for bar in reversed(bars):
        right_set.append(bar.count if bar.right else 0)
        other_set.append(0 if bar.right else bar.count)
    series = QHorizontalStackedBarSeries()
    for bar_set in (right_set, other_set):
        bar_set.setLabelColor(text_colour)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append(categories)
    font = y_axis.labelsFont()
    font.setPointSizeF(max(font.pointSizeF(), view.font().pointSizeF()))
    font.setBold(True)
    y_axis.setLabelsFont(font)
    x_axis = QValueAxis()
    x_axis.setRange(0, max([1] + [b.count for b in bars]))
    x_axis.setLabelFormat("%d")
    x_axis.setTickCount(min(11, max(2, max([1] + [b.count for b in bars]) + 1)))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName("Answers chart")
    view.setAccessibleDescription("; ".join(
        f"{b.label}: {b.count}{' (right)' if b.right else ''}" for b in bars))
