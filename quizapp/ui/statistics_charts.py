"""Charts for the statistics screen (QtCharts), readable in light and dark palettes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from quizapp.core.progress import SectionMastery
from quizapp.ui.text_rendering import escape


def _theme_for(widget: QWidget) -> QChart.ChartTheme:
    window = widget.palette().color(QPalette.ColorRole.Window)
    return (QChart.ChartTheme.ChartThemeDark if window.lightness() < 128
            else QChart.ChartTheme.ChartThemeLight)


def _new_chart(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTheme(_theme_for(view))
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    title_font = chart.titleFont()
    title_font.setPointSizeF(max(title_font.pointSizeF(), 11.0))
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    return chart


def make_chart_view(parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def show_accuracy_over_time(view: QChartView, days: Sequence[tuple[date, int, int]]) -> None:
    """Daily share of right answers; a dot per study day, the line shows the trend."""
    chart = _new_chart(view, "Accuracy per study day (last 30 days)")
    line = QLineSeries()
    dots = QScatterSeries()
    dots.setMarkerSize(9)
    for day, answered, correct in days:
        if not answered:
            continue
        moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch()
        percent = 100.0 * correct / answered
        line.append(moment, percent)
        dots.append(moment, percent)
    chart.addSeries(line)
    chart.addSeries(dots)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("d MMM")
    x_axis.setTickCount(min(max(2, len(days)), 7))
    if days:
        first = QDateTime(QDate(days[0][0].year, days[0][0].month, days[0][0].day), QTime(0, 0))
        last = QDateTime(QDate(days[-1][0].year, days[-1][0].month, days[-1][0].day),
                         QTime(23, 59))
        if days[0][0] == days[-1][0]:
            first = first.addDays(-1)
            last = last.addDays(1)
        x_axis.setRange(first, last)
    y_axis = QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setLabelFormat("%d %%")
    y_axis.setTickCount(6)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots):
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    if not days:
        chart.setTitle("Accuracy per study day — no answers in the last 30 days yet")
    view.setChart(chart)


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def show_mastery_bars(view: QChartView, title: str,
                      bars: Sequence[tuple[str, float]]) -> None:
    """Horizontal bars of shares (0..1), listed top to bottom in the given order."""
    chart = _new_chart(view, title)
    bar_set = QBarSet("Mastery")
    bar_set.setColor(QColor("#3b82c4"))
    bar_set.setLabelColor(view.palette().color(QPalette.ColorRole.WindowText))
    categories = []
    for label, share in reversed(bars):  # Qt draws the first bar at the bottom
        bar_set.append(round(100 * share))
        categories.append(escape(_short(label)))  # Qt draws axis labels as HTML
    series = QHorizontalBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)  # small bars too
    series.setBarWidth(0.6)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append(categories)
    x_axis = QValueAxis()
    x_axis.setRange(0, 100)
    x_axis.setLabelFormat("%d %%")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    height = max(150, 90 + 32 * len(bars))
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)
    view.setChart(chart)


def show_section_mastery(view: QChartView, sections: Sequence[SectionMastery]) -> None:
    """How much of each section the learner currently gets right (last answer right)."""
    show_mastery_bars(view, "Mastery per section (last answer right)",
                      [(s.title, s.mastery) for s in sections])
