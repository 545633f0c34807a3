"""What a live session adds beside the projector's slide, in the stage's extra area.

The slide itself (the join card, the question, its answer, why and the source, the results card)
is the projector's ``ProjectorStage``; these widgets go beside it: where to join and who has
joined, how many have answered, how the class answered, and each student's results. Each is told
the stage's body text size (``set_text_size``) and colours (``set_theme``) so it reads like the
slide, and none takes the keyboard focus: the window's keys drive the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleValueChangeEvent,
    QFontMetrics,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.live.state import Bar, LiveSession, Seat
from quizapp.ui.classroom.stage_parts import Role, make_label, role_font, set_plain
from quizapp.ui.classroom.theme import LIGHT, ProjectorTheme
from quizapp.ui.live.widgets import (
    NO_ANSWER,
    StudentsModel,
    bar_legend,
    qr_pixmap,
    show_distribution,
)
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` without moving the focus (the count, the reveal)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def extras_style_sheet(theme: ProjectorTheme) -> str:
    """The projector's colours for the item views and the bar the stage itself never shows."""
    c = theme.colours()
    return f"""
QListView, QTableView {{ background-color: {c['background']}; color: {c['text']};
    border: none; gridline-color: {c['muted']}; }}
QHeaderView::section {{ background-color: {c['background']}; color: {c['muted']};
    border: none; border-bottom: 2px solid {c['muted']}; padding: 2px 6px; }}
QTableView::item {{ padding: 0 6px; }}
QProgressBar {{ background-color: {c['background']}; border: 2px solid {c['text']};
    border-radius: 4px; }}
QProgressBar::chunk {{ background-color: {c['right_border']}; }}
"""


class Extra(QWidget):
    """A widget for the stage's extra area, themed and sized along with the slide."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.pixels = 20
        self.theme = LIGHT
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def set_theme(self, theme: ProjectorTheme) -> None:
        self.theme = theme
        self.setStyleSheet(extras_style_sheet(theme))

    def set_text_size(self, pixels: int) -> None:
        self.pixels = pixels
        for label in self.findChildren(QLabel):
            role = label.property("sizeRole")
            if isinstance(role, str):
                label.setFont(role_font(self.font(), Role(role), pixels))
        self.box.setSpacing(round(pixels * 0.4))


def _quiet(view: QAbstractItemView) -> None:
    """A view that only shows: no focus (Space stays the window's), no editing, no selection."""
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)


class JoinExtra(Extra):
    """The address as a QR code, how many have joined, and their names as they arrive."""

    def __init__(self) -> None:
        super().__init__("liveJoin")
        self.url = ""
        self.qr = QLabel()
        self.qr.setObjectName("liveQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = make_label(Role.BODY, "liveJoinedCount")
        self.model = StudentsModel()
        self.students = QListView()
        self.students.setObjectName("liveStudents")
        self.students.setModel(self.model)
        self.students.setViewMode(QListView.ViewMode.IconMode)
        self.students.setFlow(QListView.Flow.LeftToRight)
        self.students.setWrapping(True)
        self.students.setResizeMode(QListView.ResizeMode.Adjust)
        self.students.setUniformItemSizes(False)
        self.students.setMovement(QListView.Movement.Static)
        self.students.setAccessibleName(translate("LiveExtras", "Joined students"))
        _quiet(self.students)
        self.box.addWidget(self.qr, 0)
        self.box.addWidget(self.count)
        self.box.addWidget(self.students, 1)

    def show_address(self, url: str) -> None:
        self.url = url
        self.qr.setAccessibleName(translate("LiveExtras", "QR code of the address %1").replace("%1", url))
        self._draw_qr()

    def show_students(self, seats: Sequence[Seat]) -> None:
        self.model.set_seats(seats)
        joined = len(seats)
        set_plain(self.count, translate("LiveExtras", "%n student(s) joined", None, joined))
        if seats:
            self.students.scrollToBottom()

    def set_text_size(self, pixels: int) -> None:
        super().set_text_size(pixels)
        font = role_font(self.font(), Role.SMALL, pixels)
        self.students.setFont(font)
        self.students.setSpacing(max(4, pixels // 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw_qr()

    def _draw_qr(self) -> None:
        if self.url:
            side = max(96, min(self.width(), round(self.height() * 0.55)))
            self.qr.setPixmap(qr_pixmap(self.url, side))


class AnswerCount(Extra):
    """How many have answered the open question, in numbers and as a bar; a screen reader hears
    it every few answers and when everyone has answered."""

    ANNOUNCE_EVERY = 5

    def __init__(self) -> None:
        super().__init__("liveAnswerCount")
        self.number = make_label(Role.TITLE, "liveAnswered", wrap=False)
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.caption = make_label(Role.BODY, "liveAnsweredOf", muted=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("LiveExtras", "Answers so far"))
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box.addStretch(1)
        for widget in (self.number, self.caption, self.progress):
            self.box.addWidget(widget)
        self.box.addStretch(2)
        self.answered = -1
        self.total = -1

    def show_count(self, answered: int, total: int) -> None:
        if (answered, total) == (self.answered, self.total):
            return
        told = self.answered
        self.answered, self.total = answered, total
        set_plain(self.number, str(answered))
        text = translate("LiveExtras", "of %n answered", None, total)
        set_plain(self.caption, text)
        self.setAccessibleName(f"{answered} {text}")
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(answered)
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self.progress, answered))
        if answered > told >= 0 and (answered == total or answered % self.ANNOUNCE_EVERY == 0):
            announce(self, translate("LiveExtras", "Everyone has answered") if answered == total
                     else translate("LiveExtras", "%1 of %n answered", None, total).replace(
                         "%1", str(answered)))

    def reset(self) -> None:
        self.answered = self.total = -1

    def set_text_size(self, pixels: int) -> None:
        super().set_text_size(pixels)
        font = role_font(self.font(), Role.TITLE, pixels)
        font.setPixelSize(round(pixels * 2.4))
        self.number.setFont(font)
        self.progress.setFixedHeight(max(10, pixels // 2))


class AnswerChart(Extra):
    """How the class answered, after the reveal: how many were right, and a bar per answer."""

    def __init__(self) -> None:
        super().__init__("liveAnswerChart")
        self.summary = make_label(Role.BODY, "liveRightCount")
        self.chart = QChartView()
        self.chart.setObjectName("liveChart")
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart.setFrameShape(QChartView.Shape.NoFrame)
        self.legend = make_label(Role.SMALL, "liveChartLegend", muted=True)
        self.box.addWidget(self.summary)
        self.box.addWidget(self.chart, 1)
        self.box.addWidget(self.legend)
        self.bars: list[Bar] = []
        self.keys: list[str] = []

    def show_bars(self, bars: Sequence[Bar], keys: Sequence[str], right: int, total: int) -> None:
        self.bars, self.keys = list(bars), list(keys)
        unanswered = sum(bar.count for bar in bars if bar.label == NO_ANSWER)
        summary = translate("LiveExtras", "%1 of %n right", None, total).replace("%1", str(right))
        if unanswered:
            summary += "\n" + translate("LiveExtras", "%n did not answer", None, unanswered)
        set_plain(self.summary, summary)
        legend = bar_legend([bar for bar in bars if bar.label != NO_ANSWER], keys)
        set_plain(self.legend, legend)
        self.legend.setVisible(bool(legend))
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._draw()  # the labels' size follows the room the chart has

    def set_theme(self, theme: ProjectorTheme) -> None:
        super().set_theme(theme)
        self._draw()

    def set_text_size(self, pixels: int) -> None:
        super().set_text_size(pixels)
        self._draw()

    def _draw(self) -> None:
        if self.bars:
            show_distribution(self.chart, self.bars, self.keys, self.theme, self.pixels)


class QuestionExtra(Extra):
    """Beside a question: the count while answers come in, then the chart of them. One widget
    for both, so the stage never lays the slide out again between question and answer (the fit
    costs tens of milliseconds) and the slide keeps its type size."""

    def __init__(self, count: AnswerCount, chart: AnswerChart) -> None:
        super().__init__("liveQuestionExtra")
        self.count, self.chart = count, chart
        self.pages = QStackedWidget()
        self.pages.addWidget(count)
        self.pages.addWidget(chart)
        self.box.addWidget(self.pages)

    @property
    def current(self) -> QWidget | None:
        return self.pages.currentWidget()

    def show_page(self, page: Extra) -> None:
        self.pages.setCurrentWidget(page)

    def set_theme(self, theme: ProjectorTheme) -> None:
        super().set_theme(theme)
        self.count.set_theme(theme)
        self.chart.set_theme(theme)

    def set_text_size(self, pixels: int) -> None:
        super().set_text_size(pixels)
        self.count.set_text_size(pixels)
        self.chart.set_text_size(pixels)


class SeatTableModel(RowTableModel[Seat]):
    HEADER_CONTEXT = "LiveExtras"
    HEADERS = (
        QT_TRANSLATE_NOOP("LiveExtras", "Student"),
        QT_TRANSLATE_NOOP("LiveExtras", "Right"),
        QT_TRANSLATE_NOOP("LiveExtras", "Answered"),
        QT_TRANSLATE_NOOP("LiveExtras", "Time (s)"),
    )
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def display(self, row: Seat, column: int) -> object:
        return (row.name, row.score, len(row.answers), f"{row.seconds:.0f}")[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            side = (
                Qt.AlignmentFlag.AlignRight if section in self.RIGHT_ALIGNED else (Qt.AlignmentFlag.AlignLeft)
            )
            return side | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


class ResultsExtra(Extra):
    """Each student's results at the end: right answers, answered, time."""

    def __init__(self) -> None:
        super().__init__("liveResults")
        self.model = SeatTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("liveResultsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("LiveExtras", "Columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # sized from the font, not by measuring every row's cells
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(translate("LiveExtras", "Results per student"))
        _quiet(self.table)
        self.box.addWidget(self.table, 1)

    def show_results(self, session: LiveSession, podium: bool) -> None:
        self.model.set_rows(session.ranking() if podium else session.seats)

    def set_text_size(self, pixels: int) -> None:
        super().set_text_size(pixels)
        font = role_font(self.font(), Role.SMALL, pixels)
        self.table.setFont(font)
        header_font = role_font(self.font(), Role.SMALL, round(pixels * 0.8))
        header = self.table.horizontalHeader()
        header.setFont(header_font)
        self.table.verticalHeader().setDefaultSectionSize(round(font.pixelSize() * 1.6))
        digits = QFontMetrics(font).horizontalAdvance("0000") + pixels
        for column in (1, 2, 3):  # the heading as the style draws it, or four digits
            header.resizeSection(column, max(digits, header.sectionSizeFromContents(column).width()))

    def scroll_by(self, steps: int) -> None:
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.value() + steps * max(1, bar.pageStep() // 2))
