"""Charts for the statistics screen (QtCharts), in the colours and text size of the app's theme."""

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
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from quizapp.core.progress import SectionMastery
from quizapp.ui.appearance import active_theme
from quizapp.ui.text_rendering import escape


class ChartView(QChartView):
    """A chart drawn in the app's theme, redrawn when the theme or the text size changes."""

    RESTYLE = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = 0  # a bar chart's number of bars, which sets its height
        self.fit_height()

    def fit_height(self) -> None:
        """Room for the title, the axis and each bar's label at the current text size."""
        line = self.fontMetrics().lineSpacing()
        if self.bars:
            height = max(8 * line, 5 * line + 2 * line * self.bars)
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
        else:
            self.setMinimumHeight(14 * line)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in self.RESTYLE and self.chart() is not None:
            style_chart(self.chart(), self)
            self.fit_height()


def style_chart(chart: QChart, view: QWidget) -> None:
    """Colours from the theme on screen (text ≥ 4.5:1, bars and lines ≥ 3:1 on the chart's
    background, measured in tests/ui/test_themes.py) and fonts at the app's text size."""
    theme = active_theme()
    text = QColor(theme.palette["Text"])
    chart.setBackgroundBrush(QColor(theme.palette["Base"]))
    chart.setBackgroundPen(QPen(QColor(theme.colours["border"])))
    chart.setTitleBrush(text)
    font = view.font()
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    for axis in chart.axes():
        axis.setLabelsBrush(text)
        axis.setLabelsFont(font)
        axis.setLinePenColor(QColor(theme.colours["border"]))
        axis.setGridLineColor(QColor(theme.colours["chart_grid"]))
    series_colour = QColor(theme.colours["chart_series"])
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                bar_set.setColor(series_colour)
                bar_set.setBorderColor(series_colour)
                bar_set.setLabelColor(text)
                bar_set.setLabelFont(font)
        elif isinstance(series, QScatterSeries):
            series.setColor(series_colour)
            series.setBorderColor(text)
        elif isinstance(series, QLineSeries):
            series.setPen(QPen(series_colour, 2))


def _new_chart(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    return chart


def _show(view: QChartView, chart: QChart, said: str) -> None:
    """Show ``chart``; a screen reader hears its title as the name and ``said`` (the data in
    words, since it cannot see the bars) as the description."""
    style_chart(chart, view)
    view.setChart(chart)
    view.setAccessibleName(chart.title())
    view.setAccessibleDescription(said or QCoreApplication.translate("StatisticsCharts",
                                                                     "No data yet."))


def make_chart_view(parent: QWidget | None = None) -> ChartView:
    view = ChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def show_accuracy_over_time(view: QChartView, days: Sequence[tuple[date, int, int]]) -> None:
    """Daily share of right answers; a dot per study day, the line shows the trend."""
    chart = _new_chart(view, QCoreApplication.translate(
        "StatisticsCharts", "Accuracy per study day (last 30 days)"))
    line = QLineSeries()
    dots = QScatterSeries()
    dots.setMarkerSize(9)
    said = []
    for day, answered, correct in days:
        if not answered:
            continue
        said.append(QCoreApplication.translate("StatisticsCharts", "%1: %2 % of %3").replace(
            "%1", QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")).replace(
            "%2", f"{100 * correct / answered:.0f}").replace("%3", str(answered)))
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
        chart.setTitle(QCoreApplication.translate(
            "StatisticsCharts", "Accuracy per study day — no answers in the last 30 days yet"))
    _show(view, chart, "; ".join(said))


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def show_mastery_bars(view: QChartView, title: str,
                      bars: Sequence[tuple[str, float]]) -> None:
    """Horizontal bars of shares (0..1), listed top to bottom in the given order."""
    chart = _new_chart(view, title)
    bar_set = QBarSet(QCoreApplication.translate("StatisticsCharts", "Mastery"))
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
    if isinstance(view, ChartView):
        view.bars = len(bars)
        view.fit_height()
    _show(view, chart, "; ".join(f"{label}: {round(100 * share)} %" for label, share in bars))


def show_section_mastery(view: QChartView, sections: Sequence[SectionMastery]) -> None:
    """How much of each section the learner currently gets right (last answer right)."""
    show_mastery_bars(view, QCoreApplication.translate(
        "StatisticsCharts", "Mastery per section (last answer right)"),
                      [(s.title, s.mastery) for s in sections])
