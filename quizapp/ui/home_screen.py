"""The home screen: pick a learner, pick a pack (bundled, recent, opened or dropped), start."""

from __future__ import annotations

from PySide6.QtCore import (
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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.pack_table_model import PackRow, PackTableModel
from quizapp.ui.source_viewer import attribution_html


class HomeScreen(QWidget):
    start_requested = Signal(object)  # PackRow
    open_requested = Signal()
    source_requested = Signal(object)  # PackRow
    profile_chosen = Signal(str)
    new_profile_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        title = QLabel("quizapp")
        title.setObjectName("appTitle")
        tagline = QLabel("Every answer explained, every explanation proved by its source.")
        tagline.setObjectName("tagline")
        self.profile_model = QStringListModel(self)
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("profileBox")
        self.profile_box.setModel(self.profile_model)
        self.profile_box.setMinimumContentsLength(12)
        self.profile_box.activated.connect(
            lambda row: self.profile_chosen.emit(self.profile_model.stringList()[row]))
        profile_label = QLabel("&Learner:")
        profile_label.setBuddy(self.profile_box)
        self.new_profile = QPushButton("New learner…")
        self.new_profile.clicked.connect(self.new_profile_requested)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top.addLayout(heading, 1)
        top.addWidget(profile_label)
        top.addWidget(self.profile_box)
        top.addWidget(self.new_profile)

        self.model = PackTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("packTable")
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

        self.status = QLabel("Loading packs…")
        self.status.setObjectName("homeStatus")
        self.status.setWordWrap(True)
        self.attribution = QLabel()
        self.attribution.setObjectName("attribution")
        self.attribution.setWordWrap(True)
        self.attribution.setTextFormat(Qt.TextFormat.RichText)
        self.attribution.setOpenExternalLinks(True)
        drop_hint = QLabel("Drop a pack file (.yaml) anywhere on this window, or use "
                           "Open pack… (Ctrl+O).")
        drop_hint.setObjectName("dropHint")
        drop_hint.setWordWrap(True)

        self.open_button = QPushButton("Open pack…")
        self.open_button.clicked.connect(self.open_requested)
        self.source_button = QPushButton("Read the source")
        self.source_button.clicked.connect(self._source)
        self.start_button = QPushButton("Start quiz  ⏎")
        self.start_button.setObjectName("primaryAction")
        self.start_button.clicked.connect(lambda: self._start(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.source_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(drop_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.attribution)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    # -- content -------------------------------------------------------------------------------
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
            f"{count} pack{'s' if count != 1 else ''} ready."
            + (f" {broken} could not be loaded (hover for why)." if broken else "")
        )
        self._selection_changed()

    def current_row(self) -> PackRow | None:
        return self.model.row(self.proxy.mapToSource(self.table.currentIndex()))

    def _selection_changed(self) -> None:
        row = self.current_row()
        usable = row is not None and row.pack is not None
        self.start_button.setEnabled(usable)
        has_source = usable and row is not None and row.pack is not None and (
            row.pack.document is not None)
        self.source_button.setEnabled(bool(has_source))
        if row is not None and row.pack is not None and row.pack.source is not None:
            self.attribution.setText(attribution_html(row.pack))
        elif row is not None and row.error:
            self.attribution.setText(f"<b>This pack cannot be used:</b> {row.error}")
        else:
            self.attribution.setText("")

    def _start(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index))
        if row is not None and row.pack is not None:
            self.start_requested.emit(row)

    def _source(self) -> None:
        row = self.current_row()
        if row is not None and row.pack is not None:
            self.source_requested.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._start(self.table.currentIndex())
            return True
        return False

    def focus_packs(self) -> None:
        self.table.setFocus()
