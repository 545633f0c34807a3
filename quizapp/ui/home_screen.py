"""The home screen: pick a learner, pick a pack (bundled, recent, opened or dropped), start."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.pack_summary import summarize
from quizapp.core.selection import StudyMode
from quizapp.study import StudyPlan
from quizapp.ui.fitting import ContentsHeight, ReflowRow, scrolling_page
from quizapp.ui.pack_table_model import PackRow, PackTableModel
from quizapp.ui.source_viewer import attribution_html
from quizapp.ui.text_rendering import escape


def _when(moment: datetime | None, now: datetime | None = None) -> str:
    """'in 3 hours' / 'tomorrow' style wording for the next review."""
    if moment is None:
        return QCoreApplication.translate("HomeScreen", "none scheduled")
    delta = moment - (now or datetime.now(UTC))
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("HomeScreen", "in under a minute")
    if minutes < 60:
        return QCoreApplication.translate("HomeScreen", "in %n min", None, minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("HomeScreen", "in %n h", None, hours)
    days = hours // 24
    return QCoreApplication.translate("HomeScreen", "in %n day(s)", None, days)


class HomeScreen(QWidget):
    start_requested = Signal(object, object)  # PackRow, StudyMode
    open_requested = Signal()
    source_requested = Signal(object)  # PackRow
    statistics_requested = Signal()
    flags_requested = Signal(object)  # PackRow
    selection_changed = Signal(object)  # PackRow | None
    profile_chosen = Signal(str)
    new_profile_requested = Signal()
    rename_profile_requested = Signal()
    delete_profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        title = QLabel("quizapp")  # the app's name is not translated
        title.setObjectName("appTitle")
        tagline = QLabel(self.tr("Every answer explained, every explanation proved by its source."))
        tagline.setObjectName("tagline")
        tagline.setWordWrap(True)
        self.profile_model = QStringListModel(self)
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("profileBox")
        self.profile_box.setModel(self.profile_model)
        self.profile_box.setMinimumContentsLength(12)
        self.profile_box.activated.connect(
            lambda row: self.profile_chosen.emit(self.profile_model.stringList()[row]))
        profile_label = QLabel(self.tr("&Learner:"))
        profile_label.setBuddy(self.profile_box)
        self.new_profile = QPushButton(self.tr("New learner…"))
        self.new_profile.clicked.connect(self.new_profile_requested)
        self.profile_menu_button = QToolButton()
        self.profile_menu_button.setText("⋯")
        self.profile_menu_button.setToolTip(self.tr("Rename or delete this learner"))
        self.profile_menu_button.setAccessibleName(self.tr("Learner actions"))
        self.profile_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        profile_menu = QMenu(self.profile_menu_button)
        self.rename_action = profile_menu.addAction(self.tr("Rename learner…"))
        self.rename_action.triggered.connect(self.rename_profile_requested)
        self.delete_action = profile_menu.addAction(self.tr("Delete learner…"))
        self.delete_action.triggered.connect(self.delete_profile_requested)
        self.profile_menu_button.setMenu(profile_menu)
        # the learner controls beside the title when they fit, else on a line of their own
        # (at 200 % text they pushed the page wider than the window, behind a scroll bar)
        top = ReflowRow()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top.addLayout(heading)
        top.addStretch()
        top.addWidget(profile_label)
        top.addWidget(self.profile_box)
        top.addWidget(self.new_profile)
        top.addWidget(self.profile_menu_button)

        self.model = PackTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("packTable")
        self.table.setAccessibleName(self.tr("Packs"))
        self.table.setAccessibleDescription(self.tr("Arrow keys choose a pack; Enter starts it "
                                                    "in the chosen mode"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self._start(index))
        self.table.installEventFilter(self)

        self.status = QLabel(self.tr("Loading packs…"))
        self.loading_text = self.status.text()
        """Said in the status bar too until the packs are in; then the count under the table."""
        self.status.setObjectName("homeStatus")
        self.status.setWordWrap(True)
        self.attribution = QLabel()
        self.attribution.setObjectName("attribution")
        self.attribution.setWordWrap(True)
        self.attribution.setTextFormat(Qt.TextFormat.RichText)
        self.attribution.setOpenExternalLinks(True)
        drop_hint = QLabel(self.tr("Drop a pack file (.yaml or .quizpack) anywhere on this window, "
                                   "or use Open pack… (Ctrl+O)."))
        drop_hint.setObjectName("dropHint")
        drop_hint.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open pack…"))
        self.open_button.setToolTip(self.tr("Open a pack file (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)
        self.source_button = QPushButton(self.tr("Read the source"))
        self.source_button.clicked.connect(self._source)
        self.stats_button = QPushButton(self.tr("Statistics"))
        self.stats_button.setToolTip(self.tr("Your progress (Ctrl+T)"))
        self.stats_button.clicked.connect(self.statistics_requested)
        self.flags_button = QPushButton(self.tr("Flagged questions"))
        self.flags_button.clicked.connect(self._flags)
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("modeBox")
        self.mode_box.setAccessibleName(self.tr("Mode"))
        self.mode_box.setMinimumContentsLength(26)
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode_box)
        self.start_button = QPushButton(self.tr("Start") + "  ⏎")
        self.start_button.setObjectName("primaryAction")
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start the selected pack in the chosen mode (Enter)"))
        self.start_button.clicked.connect(lambda: self._start(self.table.currentIndex()))
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planLabel")
        self.plan_label.setWordWrap(True)
        self.set_plan(None)
        # the pack's other actions scroll with the page, under the packs; the mode and Start
        # stay in view below it (all of them there left the packs two lines at 200 % text)
        actions = ReflowRow()  # wraps onto more lines in a narrow window or at large text
        actions.addWidget(self.open_button)
        actions.addWidget(self.source_button)
        actions.addWidget(self.stats_button)
        actions.addWidget(self.flags_button)
        buttons = ReflowRow()
        buttons.addStretch()
        mode_row = QHBoxLayout()
        mode_row.addWidget(mode_label)
        mode_row.addWidget(self.mode_box)
        buttons.addLayout(mode_row)
        buttons.addWidget(self.start_button)

        # everything but the buttons scrolls when the window is short (200 % text)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(12)
        page_layout.addLayout(top)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.status)
        page_layout.addLayout(actions)
        page_layout.addWidget(drop_hint)
        page_layout.addWidget(self.plan_label)
        page_layout.addWidget(self.attribution)
        ContentsHeight(self.table, at_least_lines=6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(scrolling_page(page), 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        # Tab follows what the eye reads: the learner row at the top, the packs, the buttons
        # under them, then the mode and Start (the first focus stays on the packs)
        chain = [self.profile_box, self.new_profile, self.profile_menu_button, self.table,
                 self.open_button, self.source_button, self.stats_button, self.flags_button,
                 self.mode_box, self.start_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- content -------------------------------------------------------------------------------
    def set_plan(self, plan: StudyPlan | None) -> None:
        """Fill the mode list with what each mode would ask now."""
        current = self.mode_box.currentData()
        self.mode_box.clear()
        if plan is None:
            self.mode_box.addItem(self.tr("Practice"), StudyMode.PRACTICE.value)
            self.plan_label.setText("")
            return
        due_total = plan.due + plan.new
        entries = [
            (self.tr("Practice — all %n question(s)", "", plan.total), StudyMode.PRACTICE, True),
            (self.tr("Review mistakes — %1").replace("%1", str(plan.missed)),
             StudyMode.REVIEW_MISTAKES, plan.missed > 0),
            (self.tr("Due today — %1 due, %2 new").replace("%1", str(plan.due)).replace(
                "%2", str(plan.new)), StudyMode.DUE_TODAY, due_total > 0),
            (self.tr("Custom…"), StudyMode.CUSTOM, True),
            (self.tr("Exam…"), StudyMode.EXAM, True),
        ]
        for text, mode, enabled in entries:
            self.mode_box.addItem(text, mode.value)
            item = self.mode_box.model().index(self.mode_box.count() - 1, 0)
            if not enabled:
                self.mode_box.model().setData(item, 0, Qt.ItemDataRole.UserRole - 1)
        index = self.mode_box.findData(current)
        self.mode_box.setCurrentIndex(index if index >= 0 else 0)
        self.plan_label.setText(
            self.tr("Spaced repetition: %1 due now, %2 new today; next review %3. Mistakes to "
                    "review: %4.").replace("%1", str(plan.due)).replace("%2", str(plan.new))
            .replace("%3", _when(plan.next_due)).replace("%4", str(plan.missed)))

    def set_flag_count(self, count: int) -> None:
        self.flags_button.setText(self.tr("Flagged questions (%1)").replace("%1", str(count))
                                  if count else self.tr("Flagged questions"))

    def chosen_mode(self) -> StudyMode:
        data = self.mode_box.currentData()  # Qt hands a StrEnum back as plain text
        try:
            return StudyMode(str(data))
        except ValueError:
            return StudyMode.PRACTICE

    def set_profiles(self, names: list[str], current: str) -> None:
        self.profile_model.setStringList(names)
        if current in names:
            self.profile_box.setCurrentIndex(names.index(current))

    def set_packs(self, rows: list[PackRow], select_path: str | None = None) -> None:
        current = self.current_row()
        previous = select_path or (current.path if current else None)
        self.model.set_rows(rows)
        target = 0
        for number, row in enumerate(rows):
            if row.path == previous:
                target = number
        if rows:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(target, 0)))
        broken = sum(1 for row in rows if row.error)
        count = len(rows) - broken
        self.status.setText(
            self.tr("%n pack(s) ready.", "", count)
            + (" " + self.tr("%n could not be loaded (hover for why).", "", broken) if broken else "")
        )
        self._selection_changed()

    def current_row(self) -> PackRow | None:
        return self.model.row(self.proxy.mapToSource(self.table.currentIndex()))

    def _selection_changed(self) -> None:
        row = self.current_row()
        usable = row is not None and row.usable
        self.start_button.setEnabled(usable)
        summary = row.summary if row is not None else None
        if summary is None and row is not None and row.pack is not None:
            summary = summarize(row.pack)
        self.source_button.setEnabled(summary is not None and summary.has_document)
        if summary is not None and summary.source is not None:
            self.attribution.setText(attribution_html(summary))
        elif row is not None and row.error:
            self.attribution.setText(
                "<b>" + escape(self.tr("This pack cannot be used:")) + "</b> " + escape(row.error))
        else:
            self.attribution.setText("")
        self.flags_button.setEnabled(usable)
        self.selection_changed.emit(row if usable else None)

    def _start(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index))
        if row is not None and row.usable:
            self.start_requested.emit(row, self.chosen_mode())

    def _flags(self) -> None:
        row = self.current_row()
        if row is not None and row.usable:
            self.flags_requested.emit(row)

    def _source(self) -> None:
        row = self.current_row()
        if row is not None and row.usable:
            self.source_requested.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._start(self.table.currentIndex())
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere a button does not take it (the mode list, the learner list): Start."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.start_button.isEnabled():
            self._start(self.table.currentIndex())
            return
        super().keyPressEvent(event)

    def focus_packs(self) -> None:
        self.table.setFocus()
