"""*File → Class report…*: a class's results files as sortable tables, CSV and a one-page PDF.

When the files hold more than one session (two live sessions in one folder, hand-ins beside a
live session), the report is on one at a time: a warning strip says so and the Session list
chooses another, or every session of a pack together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.classroom.class_report import (
    ClassReport,
    ExcludedFile,
    NoResultsError,
    UnknownSessionError,
    build_class_report,
)
from quizapp.classroom.class_report_export import write_report_csv
from quizapp.core.models import Pack
from quizapp.ui.classroom.class_report_models import (
    ExcludedModel,
    LearnerModel,
    QuestionModel,
    SectionModel,
    SortableTableModel,
    sorting_proxy,
)
from quizapp.ui.classroom.class_report_pdf import write_class_report_pdf
from quizapp.ui.classroom.class_report_summary import (
    headline,
    legend_text,
    session_choices,
    warnings,
)
from quizapp.ui.classroom.sizing import resize_within_screen
from quizapp.ui.fitting import ReflowRow
from quizapp.ui.operations import BackgroundRunner
from quizapp.ui.start_folders import start_folder
from quizapp.ui.text_rendering import escape

FOLDER_KEY = "classroom/results_folder"


def _table(model: SortableTableModel[Any], name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(sorting_proxy(model, view))
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order until clicked
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents, but a long prompt or path never pushes the numbers
    out of sight: it is cut short (the tooltip has it whole) and the column can be widened."""
    view.resizeColumnsToContents()
    widest = view.fontMetrics().averageCharWidth() * 48
    for column in range(view.model().columnCount()):
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)
    view.horizontalHeader().setStretchLastSection(True)


class LegendArea(QScrollArea):
    """The legend under the Questions table: about six lines high whatever the text size, and
    scrolled (by keyboard too) when it needs more, so large text never crowds out the table."""

    LINES = 6

    def __init__(self, legend: QLabel) -> None:
        super().__init__()
        self.setObjectName("classReportLegendArea")
        self.setWidget(legend)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit()

    def _fit(self) -> None:
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * self.LINES + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class ClassReportWindow(QWidget):
    report_shown = Signal(object)  # ClassReport
    report_failed = Signal(str)

    def __init__(self, known_packs: Callable[[], Sequence[Pack]], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.known_packs = known_packs
        self.settings = settings
        self.locations: list[Path] = []
        self.report: ClassReport | None = None
        self.session_choice: tuple[str, bool] | None = None
        """(session key, all of its pack's sessions) chosen in the Session list; None: default."""
        self.runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Class report"))
        self.setAcceptDrops(True)
        resize_within_screen(self, 1100, 680)
        self.headline = QLabel()
        self.headline.setObjectName("classReportHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.warning = QLabel()
        self.warning.setObjectName("classReportWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setMargin(8)
        self.warning.setStyleSheet("#classReportWarning { font-weight: bold; "
                                   "border: 2px solid palette(highlight); }")
        self.session_box = QComboBox()
        self.session_box.setObjectName("classReportSession")
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_label = QLabel(self.tr("&Session:"))
        self.session_label.setBuddy(self.session_box)
        self.legend = QLabel(legend_text())
        self.legend.setObjectName("classReportLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_folder_button = QPushButton(self.tr("Add &folder…"))
        self.add_files_button = QPushButton(self.tr("Add f&iles…"))
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.learner_model = LearnerModel(self)
        self.question_model = QuestionModel(self)
        self.section_model = SectionModel(self)
        self.excluded_model = ExcludedModel(self)
        self.learners = _table(self.learner_model, "learnerTable", self)
        self.questions = _table(self.question_model, "questionTable", self)
        self.sections = _table(self.section_model, "sectionTable", self)
        self.excluded = _table(self.excluded_model, "excludedTable", self)
        self.tabs = QTabWidget()
        questions_page = QWidget()
        questions_layout = QVBoxLayout(questions_page)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.addWidget(self.questions, 1)
        self.legend_area = LegendArea(self.legend)
        questions_layout.addWidget(self.legend_area)
        for page in (self.learners, questions_page, self.sections, self.excluded):
            self.tabs.addTab(page, "")
        self._lay_out()
        self._name_controls()
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.add_files_button.clicked.connect(self.choose_files)
        self.clear_button.clicked.connect(self.clear)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.session_box.activated.connect(self._session_chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.choose_files)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self, self.choose_folder)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._show(None)

    def _lay_out(self) -> None:
        buttons = ReflowRow()  # wraps at large text instead of widening the window
        for button in (self.add_folder_button, self.add_files_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        sessions = QHBoxLayout()
        sessions.addWidget(self.session_label)
        sessions.addWidget(self.session_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.headline)
        layout.addWidget(self.warning)
        layout.addLayout(sessions)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def _name_controls(self) -> None:
        for view, name in ((self.learners, self.tr("Learners")),
                           (self.questions, self.tr("Questions")),
                           (self.sections, self.tr("Sections")),
                           (self.excluded, self.tr("Files left out"))):
            view.setAccessibleName(name)
        self.headline.setAccessibleName(self.tr("Summary"))
        self.warning.setAccessibleName(self.tr("Warning"))
        self.session_box.setAccessibleName(self.tr("Session"))
        self.session_box.setToolTip(self.tr("The report is on one session at a time: a live "
                                            "session, or the learners' hand-ins of a pack"))
        self.legend.setAccessibleName(self.tr("What the numbers mean"))
        self.legend_area.setAccessibleName(self.tr("What the numbers mean"))
        self.add_folder_button.setToolTip(self.tr("Every results file in a folder and its "
                                                  "subfolders (Ctrl+Shift+O)"))
        self.add_files_button.setToolTip(self.tr("Results files one by one (Ctrl+O)"))

    # -- loading ---------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        return str(start_folder(self.settings, FOLDER_KEY))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of results files"),
                                                  self._start_folder())
        if folder:
            self.settings.setValue(FOLDER_KEY, folder)
            self.add([Path(folder)])

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add results files"), self._start_folder(),
            self.tr("Results files (*.json);;All files (*)"))
        if names:
            self.settings.setValue(FOLDER_KEY, str(Path(names[0]).parent))
            self.add([Path(name) for name in names])

    def add(self, locations: Sequence[Path]) -> None:
        """Read these with the ones already open (off the UI thread: a folder may be large)."""
        self.locations += [p for p in locations if p not in self.locations]
        self._build()

    def _build(self) -> None:
        chosen = list(self.locations)
        choice = self.session_choice
        packs = list(self.known_packs())
        self.headline.setText(escape(self.tr("Reading results files…")))

        def build() -> ClassReport:
            key, together = choice or (None, False)
            try:
                return build_class_report(chosen, known_packs=packs, session=key,
                                          all_sessions=together)
            except UnknownSessionError:  # the chosen session's files were cleared away
                return build_class_report(chosen, known_packs=packs)

        def done(report: ClassReport) -> None:
            if (chosen, choice) == (self.locations, self.session_choice):  # not outdated
                self._show(report)

        self.runner.run(build, done, lambda error: self._failed(error, chosen))

    def _session_chosen(self, index: int) -> None:
        key, together = self.session_box.itemData(index)
        if (key, together) != self.session_choice:
            self.session_choice = (key, together)
            self._build()

    def clear(self) -> None:
        self.locations = []
        self.session_choice = None
        self._show(None)

    def _failed(self, error: BaseException, chosen: list[Path]) -> None:
        if chosen != self.locations:
            return
        if isinstance(error, NoResultsError):
            self._show(None, error.excluded)
            reason = self.tr("None of these files could be used; the tab “Files left out” "
                             "says why.")
        else:
            self._show(None)
            reason = f"{type(error).__name__}: {error}"
        self.report_failed.emit(reason)
        QMessageBox.warning(self, self.tr("No class report"), reason)

    def _show(self, report: ClassReport | None, excluded: Sequence[ExcludedFile] = ()) -> None:
        self.report = report
        if report is None:
            for model in (self.learner_model, self.question_model, self.section_model):
                model.set_rows([])
            self.excluded_model.set_rows(excluded)
            self.headline.setText(escape(self.tr(
                "Add the results files your learners saved (Results → Save results for the "
                "teacher…, or quizapp results): a folder of them, or files one by one. Files "
                "can also be dropped on this window.")))
        else:
            self.learner_model.set_rows(report.learners)
            self.question_model.show_report(report)
            self.section_model.show_report(report)
            self.excluded_model.set_rows(report.excluded)
            self.headline.setText(headline(report))
        self._show_sessions(report)
        self.questions.setColumnHidden(QuestionModel.PROMPT_COLUMN,
                                       report is None or not report.prompts)
        counts = (self.learner_model.rowCount(), self.question_model.rowCount(),
                  self.section_model.rowCount(), self.excluded_model.rowCount())
        titles = (self.tr("&Learners (%1)"), self.tr("&Questions (%1)"), self.tr("&Sections (%1)"),
                  self.tr("Files left &out (%1)"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
        for view in (self.learners, self.questions, self.sections, self.excluded):
            _fit_columns(view)
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(report is not None)
        self.clear_button.setEnabled(bool(self.locations))
        if report is not None:
            if not self.session_box.hasFocus():
                self.tabs.setCurrentIndex(0)
                self.learners.setFocus()
            self.report_shown.emit(report)
        else:
            self.add_folder_button.setFocus()

    def _show_sessions(self, report: ClassReport | None) -> None:
        """The warning strip, and the Session list when the files hold more than one."""
        found = warnings(report) if report is not None else []
        self.warning.setText("\n".join(found))
        self.warning.setVisible(bool(found))
        choices = session_choices(report) if report is not None else []
        several = report is not None and len(report.sessions) > 1
        self.session_box.clear()
        for label, key, together in choices:
            self.session_box.addItem(label, (key, together))
        if report is not None:
            current = (report.session_keys[0], len(report.session_keys) > 1)
            index = next((i for i, (_, key, together) in enumerate(choices)
                          if (key, together) == current), 0)
            self.session_box.setCurrentIndex(index)
        for widget in (self.session_label, self.session_box):
            widget.setVisible(several)

    # -- saving ----------------------------------------------------------------------------------
    def _save_name(self, caption: str, suffix: str, kind: str) -> Path | None:
        if self.report is None:
            return None
        default = Path(self._start_folder()) / f"{self.report.pack_id}-class-report{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, caption, str(default), kind)
        if not name:
            return None
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    def export_csv(self) -> None:
        report = self.report
        path = self._save_name(self.tr("Export the class report as CSV"), ".csv",
                               self.tr("CSV files (*.csv)"))
        if path is not None and report is not None:
            self._write(report, lambda: write_report_csv(report, path), path)

    def save_pdf(self) -> None:
        report = self.report
        path = self._save_name(self.tr("Save the class report as PDF"), ".pdf",
                               self.tr("PDF files (*.pdf)"))
        if path is not None and report is not None:
            self._write(report, lambda: write_class_report_pdf(report, path), path)

    def _write(self, report: ClassReport, write: Callable[[], None], path: Path) -> None:
        try:
            write()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "Could not write %1: %2").replace("%1", str(path)).replace(
                "%2", error.strerror or str(error)))
            return
        self.headline.setText(headline(report) + "<br>" + escape(
            self.tr("Saved %1.").replace("%1", str(path))))

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add([Path(QUrl(url).toLocalFile()) for url in event.mimeData().urls()])
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait(5000)
        super().closeEvent(event)
