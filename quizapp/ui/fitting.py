"""Layouts that fit any window, from 800×600 at normal text to 1280×720 at 200 %.

``ReflowRow`` is a row of buttons that wraps onto more lines instead of making the window wider:
a QHBoxLayout's minimum width is the sum of its buttons, which at large text is wider than the
screen and cuts the window's last buttons off. ``reveal_below`` scrolls feedback into view
without scrolling away the question it answers; ``fit_text_window`` opens a dialog at a size
measured in characters, within the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLayout,
    QLayoutItem,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QTextEdit,
    QWidget,
    QWidgetItem,
)
from shiboken6 import isValid

from quizapp.ui.classroom.sizing import resize_within_screen

Line = list[tuple[QLayoutItem, QSize]]


class ReflowRow(QLayout):
    """Items left to right like a QHBoxLayout; ``addStretch()`` splits them into a group on the
    left and one pushed to the right (the screen's main action last, where the eye ends).

    When the row is too narrow, items wrap onto further lines: the left group first, then the
    right group on lines of its own, aligned right, so the main action stays bottom right.
    Every item keeps at least its minimum width, so no button text is ever cut.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}
        """``heightForWidth`` by width until the layout changes: Qt asks for it many times per
        layout pass, and arranging in Python is not free (it was a tenth of an answer's time)."""
        self.setContentsMargins(0, 0, 0, 0)

    # -- QHBoxLayout's way of filling it -------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def addLayout(self, layout: QLayout) -> None:
        self.addChildLayout(layout)
        self.addItem(layout)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """As QHBoxLayout.insertWidget: ``index`` counts the stretch too."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    # -- sizes ---------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return height

    def invalidate(self) -> None:
        """Qt calls this when an item's size may have changed (a button's new text)."""
        self._heights.clear()
        super().invalidate()

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        widest = max((item.minimumSize().width() for item in self._visible()), default=0)
        tallest = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(widest + margins.left() + margins.right(),
                     tallest + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(0, len(visible) - 1)
        tallest = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     tallest + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- arranging -----------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if not item.isEmpty() and not isinstance(item, QSpacerItem)]

    def _groups(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        split = next((i for i, item in enumerate(self._items) if isinstance(item, QSpacerItem)),
                     len(self._items))
        def shown(items: list[QLayoutItem]) -> list[QLayoutItem]:
            return [item for item in items if not item.isEmpty()]
        return shown(self._items[:split]), shown(self._items[split + 1:])

    def _lines(self, items: list[QLayoutItem], width: int) -> list[Line]:
        lines: list[Line] = []
        line: Line = []
        used = 0
        for item in items:
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(width, item.minimumSize().width())))
            needed = size.width() + (self._spacing if line else 0)
            if line and used + needed > width:
                lines.append(line)
                line, used, needed = [], 0, size.width()
            line.append((item, size))
            used += needed
        if line:
            lines.append(line)
        return lines

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        width = max(1, area.width())
        left, right = self._groups()
        left_lines, right_lines = self._lines(left, width), self._lines(right, width)
        rows: list[tuple[Line, Line]] = [(line, []) for line in left_lines]
        if rows and len(right_lines) == 1 and (
                self._width(rows[-1][0]) + self._spacing + self._width(right_lines[0]) <= width):
            rows[-1] = (rows[-1][0], right_lines[0])  # the right group fits beside the last line
        else:
            rows += [([], line) for line in right_lines]
        y = area.top()
        for start, end in rows:
            height = max((size.height() for _, size in start + end), default=0)
            if place:
                self._place(start, area.left(), y, height, from_right=False)
                self._place(end, area.right() + 1, y, height, from_right=True)
            y += height + self._spacing
        if rows:
            y -= self._spacing
        return y - area.top() + margins.top() + margins.bottom()

    def _width(self, line: Line) -> int:
        return sum(size.width() for _, size in line) + self._spacing * max(0, len(line) - 1)

    def _place(self, line: Line, x: int, y: int, height: int, from_right: bool) -> None:
        ordered = reversed(line) if from_right else iter(line)
        for item, size in ordered:
            if from_right:
                x -= size.width()
            top = y + (height - size.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), size))
            x += -self._spacing if from_right else size.width() + self._spacing


def reveal_below(scroller: QScrollArea, keep: QWidget, show: QWidget, margin: int = 24,
                 must_see: QWidget | None = None) -> None:
    """Scroll ``show`` (the feedback) as far into view as it goes while the top of ``keep`` (the
    question) stays on screen: the learner reads the verdict beside the question it answers.

    ``must_see`` (the verdict, inside ``show``) is never left out of view: when the question and
    its answer are too tall for both (a long ordering or matching question on a small window),
    the question's top gives way and the verdict ends the view, under the marked answer."""
    body = scroller.widget()
    if body is None:
        return
    bar = scroller.verticalScrollBar()
    room = scroller.viewport().height()
    keep_top = keep.mapTo(body, QPoint(0, 0)).y()
    show_top = show.mapTo(body, QPoint(0, 0)).y()
    show_bottom = show_top + show.height()
    whole = show_bottom + margin - room  # all of it, if it fits
    target = min(whole, show_top - margin)  # else its top (the verdict) first
    question_kept = keep_top - margin // 2  # the question's top in view
    if must_see is not None:
        must_bottom = must_see.mapTo(body, QPoint(0, must_see.height())).y()
        question_kept = max(question_kept, must_bottom + margin // 2 - room)
    target = min(target, question_kept)
    bar.setValue(max(0, target))


def settle_layouts() -> None:
    """Carry out the layout passes Qt has queued, now: each pass may queue one in the widget's
    parent (a scroll area resizing its page), so it runs a few rounds.
    Geometry read afterwards is what the next paint shows."""
    for _ in range(4):  # in practice two rounds leave nothing queued
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def scrolling_page(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: a screen's contents scroll when the window is too
    short for them (large text), instead of being squeezed on top of each other. Keep the
    screen's main buttons outside it, so they are always in view."""
    scroller = QScrollArea()
    scroller.setObjectName("pageScroller")
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QScrollArea.Shape.NoFrame)
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroller.setWidget(page)
    return scroller


def fit_text_window(widget: QWidget, columns: int, lines: int) -> None:
    """Open ``widget`` about ``columns`` characters wide and ``lines`` lines high in its font, so
    it grows with the text size, yet never larger than the screen."""
    metrics = widget.fontMetrics()
    resize_within_screen(widget, metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines)


class ContentsHeight(QObject):
    """Keeps a list, table or text view as tall as its contents, at every width and text size.

    Inside a page that scrolls (a screen at 200 % text on a small window), a view that scrolls
    too hides rows behind two scroll bars; sized to its contents, it scrolls with the page.
    ``at_most_lines`` caps the height (the view scrolls beyond it) and ``at_least_lines`` keeps a
    long list from being squeezed to a sliver when the page is short of room.
    """

    EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
              QEvent.Type.Show)

    def __init__(self, view: QAbstractScrollArea, *, at_least_lines: int = 0,
                 at_most_lines: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.at_least_lines = at_least_lines
        self.at_most_lines = at_most_lines
        if not (at_least_lines or at_most_lines):
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.installEventFilter(self)
        if isinstance(view, QTextEdit):
            view.document().contentsChanged.connect(self.refit)
        elif isinstance(view, QAbstractItemView):
            model = view.model()
            for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                           model.dataChanged, model.modelReset, model.layoutChanged):
                signal.connect(self.refit)
        self.refit()

    def contents(self) -> int:
        view = self.view
        if isinstance(view, QTextEdit):
            document = view.document()
            document.setTextWidth(view.viewport().width())
            return int(document.size().height()) + 1
        if isinstance(view, QTableView):
            view.resizeRowsToContents()
            header = view.horizontalHeader()
            bar = view.horizontalScrollBar()
            return (view.verticalHeader().length()
                    + (header.height() if not header.isHidden() else 0)
                    + (bar.sizeHint().height() if bar.isVisible() else 0))
        if isinstance(view, QListView):
            rows = view.model().rowCount()
            if not rows:
                return 0
            view.doItemsLayout()
            last = view.visualRect(view.model().index(rows - 1, 0))
            return last.bottom() + 1 + view.verticalOffset() + view.spacing()
        return view.sizeHint().height()

    def refit(self, *_: object) -> None:
        view = self.view
        if not isValid(view):  # its model's last signals come while the view is being deleted
            return
        height = self.contents() + 2 * view.frameWidth()
        line = view.fontMetrics().lineSpacing()
        if self.at_most_lines:
            height = min(height, self.at_most_lines * line)
        if self.at_least_lines and not self.at_most_lines:  # a floor only: room above it stretches
            view.setMinimumHeight(min(height, self.at_least_lines * line))
            return
        if view.minimumHeight() != height or view.maximumHeight() != height:
            view.setMinimumHeight(height)
            view.setMaximumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in self.EVENTS:
            self.refit()
        return False
