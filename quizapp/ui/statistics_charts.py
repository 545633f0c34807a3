"""Charts for the statistics screen, in the colours and text size of the app's theme: accuracy
over time with QtCharts, mastery as labelled bars whose labels wrap instead of being cut."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.progress import SectionMastery
from quizapp.ui.appearance import active_theme


class ChartView(QChartView):
    """A chart drawn in the app's theme, redrawn when the theme or the text size changes."""

    RESTYLE = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_height()

    def fit_height(self) -> None:
        """Room for the title, the axes and the plot at the current text size."""
        self.setMinimumHeight(14 * self.fontMetrics().lineSpacing())

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
    if not days:  # an empty axis would read "1 Jan – 1 Jan": say so in words instead
        chart.setTitle(QCoreApplication.translate("StatisticsCharts",
                                                  "Accuracy per study day: no answers yet"))
        _show(view, chart, QCoreApplication.translate("StatisticsCharts",
                                                      "No answers in the last 30 days yet."))
        return
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
    _show(view, chart, "; ".join(said))


class MasteryMeter(QWidget):
    """One share (0..1) as a bar: the outline in the theme's series colour, filled as far as the
    share goes, so a 0 % bar is still seen to be there."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(1.0, share))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(12 * line, line)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(4 * line, line)

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = QColor(active_theme().colours["chart_series"])
        painter = QPainter(self)
        track = self.rect().adjusted(0, 2, -1, -3)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(track)
        filled = QRect(track.left(), track.top(), round(track.width() * self.share),
                       track.height())
        painter.fillRect(filled, colour)
        painter.end()


class MasteryBars(QFrame):
    """Shares (0..1) as horizontal bars, each under or beside its whole label.

    A chart axis elides long labels ("What is the source o…"), and section titles are often
    whole questions; here every label wraps instead, is a real label a screen reader reads, and
    the bar and its percentage follow it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masteryBars")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rows)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.shown: list[tuple[str, float]] = []

    def show_bars(self, title: str, bars: Sequence[tuple[str, float]], empty: str = "") -> None:
        """``bars``: (label, share) from top to bottom; ``empty`` is said when there are none."""
        self.title.setText(title)
        self.shown = list(bars)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row, (label, share) in enumerate(bars):
            name = QLabel(label)
            name.setTextFormat(Qt.TextFormat.PlainText)  # pack text is never rich text
            name.setWordWrap(True)
            percent = f"{round(100 * share)} %"
            meter = MasteryMeter(share)
            meter.setAccessibleName(f"{label}: {percent}")
            value = QLabel(percent)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(meter, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(value, row, 2)
        self.empty.setText(empty)
        self.empty.setVisible(not bars and bool(empty))


def show_mastery_bars(view: MasteryBars, title: str, bars: Sequence[tuple[str, float]]) -> None:
    """Bars of shares (0..1), listed top to bottom in the given order."""
    view.show_bars(title, bars, QCoreApplication.translate("StatisticsCharts",
                                                           "Nothing to show yet."))


def show_section_mastery(view: MasteryBars, sections: Sequence[SectionMastery]) -> None:
    """How much of each section the learner currently gets right (last answer right)."""
    view.show_bars(QCoreApplication.translate("StatisticsCharts",
                                              "Mastery per section (last answer right)"),
                   [(s.title, s.mastery) for s in sections],
                   QCoreApplication.translate("StatisticsCharts",
                                              "Open a pack to see its sections."))
