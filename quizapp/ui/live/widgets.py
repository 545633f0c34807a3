"""Small pieces the teacher's live screens share: the QR code, the joined students, the answers chart.

They are drawn in the projector's colours (``ProjectorTheme``) and sized from the stage's body
text, so they read from the back of the room like the slide beside them.
"""

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
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractListModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap

from quizapp.live.state import Bar, Seat
from quizapp.ui.classroom.theme import ProjectorTheme
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

OTHER_BARS = {"light": ("#e3e3e3", "#4d4d4d"), "dark": ("#333333", "#bdbdbd")}
"""Fill and border of the bars of answers that are not right, per projector theme."""


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
        self._shown: list[tuple[str, bool]] = []

    def set_seats(self, seats: Sequence[Seat]) -> None:
        """Show the seats now; rows only added or changed are told to the view (no reset), so
        a class joining at once costs the view a few new rows, not a full relayout."""
        shown = [(seat.name, seat.connected) for seat in seats]
        old = self._shown
        self.seats = list(seats)
        if shown[:len(old)] != old or len(shown) < len(old):
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
            return
        if len(shown) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(shown) - 1)
            self._shown = shown
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        name, connected = self._shown[index.row()]
        return name if connected else translate("LiveWidgets", "%1 (away)").replace("%1", name)


NO_ANSWER = "No answer"
BAR_LABELS = (QT_TRANSLATE_NOOP("LiveWidgets", "True"), QT_TRANSLATE_NOOP("LiveWidgets", "False"),
              QT_TRANSLATE_NOOP("LiveWidgets", "Right"), QT_TRANSLATE_NOOP("LiveWidgets", "Almost"),
              QT_TRANSLATE_NOOP("LiveWidgets", "Wrong"),
              QT_TRANSLATE_NOOP("LiveWidgets", "No answer"))
"""The live chart's bars that are not letters (quizapp.live.state), shown translated."""


SYMBOLS = {"Right": "✔", "Almost": "≈", "Wrong": "✘"}
"""Typed answers, ordering and matching are counted right, almost (a spelling slip) or wrong:
their bars are labelled with a symbol, explained by ``bar_legend`` under the chart."""
LABEL_SHARE = 0.33
"""The most of the chart's width its labels may take: Qt Charts gives them about 40 % of it,
less its padding, and cuts longer ones to "…"."""


def bar_labels(bars: Sequence[Bar], keys: Sequence[str]) -> list[str]:
    """What each bar is called, short enough never to be cut: the key the question showed (A, B,
    …) for choices, ticked when right; a symbol for right, almost and wrong; else its name."""
    labels = []
    for n, bar in enumerate(bars):
        if n < len(keys) and keys[n]:
            labels.append(("✔ " if bar.right else "") + keys[n])
        elif bar.label in SYMBOLS:
            labels.append(SYMBOLS[bar.label])
        else:
            labels.append(("✔ " if bar.right else "") + translate("LiveWidgets", bar.label))
    return labels


def bar_legend(bars: Sequence[Bar], keys: Sequence[str]) -> str:
    """What the symbols on the bars mean ("✔ right · ✘ wrong"); empty when there are none."""
    words = {
        "Right": translate("LiveWidgets", "right"),
        "Almost": translate("LiveWidgets", "almost (a spelling slip, counted wrong)"),
        "Wrong": translate("LiveWidgets", "wrong"),
    }
    return "  ·  ".join(
        f"{SYMBOLS[bar.label]}\u00a0{words[bar.label]}"  # never cut apart
        for n, bar in enumerate(bars)
        if not (n < len(keys) and keys[n]) and bar.label in SYMBOLS
    )


def label_font(base: QFont, labels: Sequence[str], pixels: int, width: int) -> QFont:
    """Bold labels as large as the slide's small text, smaller if the longest would otherwise be
    cut at this chart width (True/False at a large size)."""
    font = QFont(base)
    font.setBold(True)
    size = max(12, round(pixels * 0.7))
    room = max(1.0, width * LABEL_SHARE)
    while size > 12:
        font.setPixelSize(size)
        if max((QFontMetricsF(font).horizontalAdvance(t) for t in labels), default=0) <= room:
            break
        size -= 1
    font.setPixelSize(size)
    return font


def show_distribution(
    view: QChartView, bars: Sequence[Bar], keys: Sequence[str], theme: ProjectorTheme, pixels: int
) -> None:
    """How the class answered: one horizontal bar per answer with its count at its end; the right
    ones ticked and in the projector's tint (never colour alone). Students who did not answer are
    left out here (the caller says how many), so every label stays short enough to show whole."""
    shown = [bar for bar in bars if bar.label != NO_ANSWER]
    labels = bar_labels(shown, keys)
    chart = QChart()
    chart.setBackgroundBrush(QBrush(QColor(theme.background)))
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    chart.setMargins(QMargins(0, 0, 0, 0))
    font = label_font(view.font(), labels, pixels, view.width())
    counts = QBarSet(translate("LiveWidgets", "Answers"))
    fill, border = OTHER_BARS.get(theme.name, OTHER_BARS["light"])
    counts.setColor(QColor(fill))
    counts.setSelectedColor(QColor(theme.right_background))
    counts.setPen(QPen(QColor(border), max(2, pixels // 12)))
    counts.setLabelFont(font)
    counts.setLabelColor(QColor(theme.text))
    for bar in reversed(shown):  # Qt draws the first category at the bottom
        counts.append(bar.count)
    counts.selectBars([len(shown) - 1 - n for n, bar in enumerate(shown) if bar.right])
    series = QHorizontalBarSeries()
    series.append(counts)
    series.setBarWidth(0.72)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    muted = QColor(theme.muted)
    categories = QBarCategoryAxis()
    categories.append(list(reversed(labels)))
    categories.setLabelsFont(font)
    categories.setLabelsColor(QColor(theme.text))
    categories.setLinePen(QPen(muted, 2))
    categories.setGridLineVisible(False)
    most = max([1] + [bar.count for bar in shown])
    scale = QValueAxis()
    scale.setRange(0, most * 1.3)  # room after the longest bar for its count
    scale.setLabelsVisible(False)
    scale.setGridLineVisible(False)
    scale.setLineVisible(False)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(scale)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setBackgroundBrush(QBrush(QColor(theme.background)))
    view.setAccessibleName(translate("LiveWidgets", "Answers chart"))
    right = translate("LiveWidgets", " (right)")
    view.setAccessibleDescription(
        "; ".join(  # in words: a screen reader says no "✘"
            (keys[n] if n < len(keys) and keys[n] else translate("LiveWidgets", bar.label))
            + f": {bar.count}"
            + (right if bar.right else "")
            for n, bar in enumerate(bars)
        )
    )
