"""The statistics screen: how a learner is doing overall and in each pack, at a glance.

Numbers come from storage's running summaries (no scan of all attempts); the pack in memory turns
them into mastery per section, weakest questions and questions never seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.models import Pack
from quizapp.core.progress import (
    QuestionRecord,
    SectionMastery,
    WeakQuestion,
    average_seconds,
    never_seen,
    pack_mastery,
    section_mastery,
    weakest_questions,
    weakest_sections,
)
from quizapp.core.selection import StudyMode
from quizapp.storage.history import Profile
from quizapp.storage.mode_statistics import statistics_for_mode
from quizapp.storage.statistics import StatisticsStore
from quizapp.ui.core_texts import mode_label
from quizapp.ui.fitting import ContentsHeight, ReflowRow
from quizapp.ui.statistics_charts import (
    MasteryBars,
    make_chart_view,
    show_accuracy_over_time,
    show_mastery_bars,
    show_section_mastery,
)
from quizapp.ui.table_model import RowTableModel
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import QT_TRANSLATE_NOOP, decimal, untranslated_plural

CHART_COLUMNS = 52
"""Characters a chart needs across for its title; narrower windows stack the charts."""
PACK_BOX_CHARACTERS = 48
"""The pack drop-down grows to this many characters of its longest title, and no wider."""


@dataclass
class PackProgress:
    pack: Pack
    records: dict[str, QuestionRecord] = field(default_factory=dict)
    overridden: int = 0
    """Answers to this pack the learner marked right ("I was right")."""

    @property
    def sections(self) -> list[SectionMastery]:
        return section_mastery(self.pack, self.records)


def gather_progress(statistics: StatisticsStore, profile: Profile, pack: Pack) -> PackProgress:
    summaries = statistics.question_summaries(profile.id, pack.id)
    records = {
        question_id: QuestionRecord(s.seen, s.correct, s.last_correct, s.total_seconds)
        for question_id, s in summaries.items()
    }
    return PackProgress(pack, records, sum(s.overridden for s in summaries.values()))


class WeakQuestionModel(RowTableModel[WeakQuestion]):
    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Question"), QT_TRANSLATE_NOOP("Tables", "Right"),
               QT_TRANSLATE_NOOP("Tables", "Accuracy"), QT_TRANSLATE_NOOP("Tables", "Time per answer"))
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def display(self, row: WeakQuestion, column: int) -> object:
        record = row.record
        per_answer = record.total_seconds / record.seen if record.seen else 0.0
        return (row.question.prompt, QCoreApplication.translate("Tables", "%1 of %2").replace(
                    "%1", str(record.correct)).replace("%2", str(record.seen)),
                f"{100 * record.accuracy:.0f} %", decimal(per_answer) + " s")[column]

    def tooltip(self, row: WeakQuestion) -> str | None:
        return row.question.prompt


class StatisticsScreen(QWidget):
    back_requested = Signal()
    export_csv_requested = Signal()
    export_pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsScreen")
        self.packs: list[Pack] = []
        self.progress_by_pack: dict[str, PackProgress] = {}

        self.title = QLabel(self.tr("Statistics"))
        self.title.setObjectName("resultsHeadline")
        self.title.setWordWrap(True)  # a long learner name must not widen the window
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it names the learner
        self.pack_box = QComboBox()
        self.pack_box.setObjectName("statsPackBox")
        self.pack_box.setAccessibleName(self.tr("Pack"))
        self.pack_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_box.setMinimumContentsLength(16)
        self.pack_box.currentIndexChanged.connect(lambda _: self.show_pack())
        back = QPushButton(self.tr("Back (Esc)"))
        back.clicked.connect(self.back_requested)
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("statsModeBox")
        self.mode_box.setAccessibleName(self.tr("Mode"))
        self.mode_box.addItem(self.tr("All modes"), None)
        for mode in StudyMode:
            self.mode_box.addItem(mode_label(mode), mode.value)
        self.mode_box.currentIndexChanged.connect(lambda _: self._show_mode())
        mode_caption = QLabel(self.tr("&Mode:"))
        mode_caption.setBuddy(self.mode_box)
        self._shown: tuple[StatisticsStore, Profile, list[Pack]] | None = None
        # the title, then the filters: on one line when they fit, wrapped when the window is narrow
        top = QVBoxLayout()
        top.addWidget(self.title)
        filters = ReflowRow()
        filters.addWidget(mode_caption)
        filters.addWidget(self.mode_box)
        pack_label = QLabel(self.tr("&Pack:"))
        pack_label.setBuddy(self.pack_box)
        filters.addWidget(pack_label)
        filters.addWidget(self.pack_box)
        filters.addStretch()
        top.addLayout(filters)

        self.overview = QLabel()
        self.overview.setTextFormat(Qt.TextFormat.PlainText)
        self.overview.setObjectName("statsOverview")
        self.overview.setWordWrap(True)
        self.pack_summary = QLabel()
        self.pack_summary.setObjectName("statsPackSummary")
        self.pack_summary.setWordWrap(True)
        self.pack_summary.setTextFormat(Qt.TextFormat.RichText)
        self.accuracy_chart = make_chart_view()
        self.mastery_chart = MasteryBars()
        self.pack_chart = MasteryBars()
        self.weak_model = WeakQuestionModel(self)
        self.weak_table = QTableView()
        self.weak_table.setObjectName("weakQuestions")
        self.weak_table.setAccessibleName(self.tr("Weakest questions"))
        self.weak_table.setModel(self.weak_model)
        self.weak_table.verticalHeader().hide()
        self.weak_table.setWordWrap(True)
        weak_header = self.weak_table.horizontalHeader()
        weak_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # numbers and their headers are never cut off
            weak_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # as tall as its rows (at most ten, prompts wrapped): the page scrolls, not the table
        ContentsHeight(self.weak_table)
        self.weak_sections = QLabel()
        self.weak_sections.setObjectName("weakSections")
        self.weak_sections.setWordWrap(True)
        self.weak_sections.setTextFormat(Qt.TextFormat.RichText)
        self.never_seen_label = QLabel()
        self.never_seen_label.setObjectName("neverSeen")
        self.never_seen_label.setWordWrap(True)
        self.never_seen_label.setTextFormat(Qt.TextFormat.RichText)

        grid = self.chart_grid = QGridLayout()
        self.charts_side_by_side: bool | None = None
        self.arrange_charts(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.overview)
        body_layout.addLayout(grid)
        body_layout.addWidget(self.pack_summary)
        weakest = QLabel(self.tr("Weakest questions"))
        weakest.setObjectName("missedTitle")
        body_layout.addWidget(weakest)
        body_layout.addWidget(self.weak_table)
        body_layout.addWidget(self.weak_sections)
        body_layout.addWidget(self.never_seen_label)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)

        self.csv_button = QPushButton(self.tr("Export history (CSV)…"))
        self.csv_button.clicked.connect(self.export_csv_requested)
        self.pdf_button = QPushButton(self.tr("Progress report (PDF)…"))
        self.pdf_button.clicked.connect(self.export_pdf_requested)
        buttons = ReflowRow()
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(scroller, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit).setWhatsThis(
            self.tr("Statistics: back to the packs"))
        QWidget.setTabOrder(self.mode_box, self.pack_box)  # as they stand, left to right

    def arrange_charts(self, side_by_side: bool) -> None:
        """Two charts side by side where each gets room for its title, else one above the other."""
        if side_by_side == self.charts_side_by_side:
            return
        self.charts_side_by_side = side_by_side
        grid = self.chart_grid
        for chart in (self.accuracy_chart, self.mastery_chart, self.pack_chart):
            grid.removeWidget(chart)
        grid.addWidget(self.accuracy_chart, 0, 0)
        grid.addWidget(self.mastery_chart, *((0, 1) if side_by_side else (1, 0)))
        grid.addWidget(self.pack_chart, 1 if side_by_side else 2, 0, 1, 2 if side_by_side else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if side_by_side else 0)

    def _fit_charts(self) -> None:
        self.arrange_charts(self.width() >= self.fontMetrics().averageCharWidth() * CHART_COLUMNS * 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_charts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_charts()
            self._fit_pack_box()

    def show_profile(self, statistics: StatisticsStore, profile: Profile, packs: list[Pack],
                     current_pack: Pack | None = None) -> None:
        self._shown = (statistics, profile, packs)
        mode = self.mode_box.currentData()  # None: every mode, from the running summaries
        statistics = statistics_for_mode(statistics, None if mode is None else str(mode))
        # read each pack's summaries once: the per-pack chart and the pack view share them
        self.progress_by_pack = {pack.id: gather_progress(statistics, profile, pack)
                                 for pack in packs}
        self.packs = packs
        self.title.setText(self.tr("Statistics — %1").replace("%1", profile.name))
        totals = statistics.totals(profile.id)
        streak = statistics.streak_days(profile.id)
        days = statistics.daily_accuracy(profile.id, days=30)
        accuracy = self.tr("%1 % right").replace(
            "%1", f"{100 * totals.correct / totals.answered:.0f}") if totals.answered \
            else self.tr("no answers yet")
        per_question = (self.tr("%1 s per question").replace(
            "%1", decimal(totals.seconds / totals.answered)) if totals.answered else "")
        parts = [self.tr("%n answer(s)", "", totals.answered) + " "
                 + self.tr("in %n session(s)", "", totals.sessions), accuracy,
                 self.tr("study streak: %n day(s)", "", streak)]
        if per_question:
            parts.append(per_question)
        if totals.overridden:
            parts.append(untranslated_plural(self.tr(
                "%n answer(s) you marked right (“I was right”)", "", totals.overridden),
                totals.overridden))
        self.overview.setText("  ·  ".join(parts))
        show_accuracy_over_time(self.accuracy_chart,
                                [(d.day, d.answered, d.correct) for d in days])
        show_mastery_bars(self.pack_chart, self.tr("Mastery per pack (last answer right)"), [
            (pack.title, pack_mastery(pack, self.progress_by_pack[pack.id].records))
            for pack in packs])
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        for pack in packs:
            self.pack_box.addItem(pack.title, pack.id)
        if current_pack is not None and current_pack.id in [p.id for p in packs]:
            self.pack_box.setCurrentIndex([p.id for p in packs].index(current_pack.id))
        self.pack_box.blockSignals(False)
        self._fit_pack_box()
        self.show_pack()

    def _fit_pack_box(self) -> None:
        """Wide enough for the pack titles (the filter row wraps when the window is narrow),
        up to PACK_BOX_CHARACTERS; a longer title is whole in the popup and the tooltip."""
        longest = max((len(p.title) for p in self.packs), default=0)
        self.pack_box.setMinimumContentsLength(max(16, min(longest, PACK_BOX_CHARACTERS)))
        view = self.pack_box.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        pack = self.current_pack()
        self.pack_box.setToolTip(pack.title if pack is not None else "")

    def _show_mode(self) -> None:
        """Statistics of one study mode only (exams, practice …), or of all of them."""
        if self._shown is not None:
            self.show_profile(*self._shown, self.current_pack())

    def current_pack(self) -> Pack | None:
        index = self.pack_box.currentIndex()
        return self.packs[index] if 0 <= index < len(self.packs) else None

    def show_pack(self) -> None:
        pack = self.current_pack()
        self.pack_box.setToolTip(pack.title if pack is not None else "")
        progress = self.progress_by_pack.get(pack.id) if pack is not None else None
        if pack is None or progress is None:
            self.pack_summary.setText(self.tr("Open a pack to see its statistics."))
            self.weak_model.set_rows([])
            show_section_mastery(self.mastery_chart, [])
            return
        sections = progress.sections
        show_section_mastery(self.mastery_chart, sections)
        unseen = never_seen(pack, progress.records)
        average = average_seconds(progress.records)
        self.pack_summary.setText(
            f"<b>{escape(pack.title)}</b>: " + escape(
                self.tr("mastery %1 %").replace(
                    "%1", f"{100 * pack_mastery(pack, progress.records):.0f}") + " · "
                + self.tr("%1 of %n question(s) seen", "", len(pack.questions)).replace(
                    "%1", str(len(progress.records))) + " · "
                + (self.tr("%1 s per answer").replace("%1", decimal(average))
                   if average is not None else self.tr("no answers yet")))
            + (" · " + escape(untranslated_plural(
                self.tr("%n answer(s) you marked right", "", progress.overridden),
                progress.overridden)) if progress.overridden else "")
        )
        self.weak_model.set_rows(weakest_questions(pack, progress.records))
        self.weak_table.resizeRowsToContents()
        weak = weakest_sections(sections)
        label = "<b>" + escape(self.tr("Weakest sections")) + "</b> " + escape(
            self.tr("(answered questions right last time):")) + " "
        if weak:
            self.weak_sections.setText(label + "; ".join(
                f"{escape(s.title)} (" + escape(self.tr("%1 of %2, %3 %").replace(
                    "%1", str(s.mastered)).replace("%2", str(s.seen)).replace(
                    "%3", f"{100 * s.accuracy:.0f}")) + ")"
                for s in weak))
        elif any(s.seen for s in sections):
            self.weak_sections.setText(
                "<b>" + escape(self.tr("Weakest sections:")) + "</b> "
                + escape(self.tr("none — every answered question was right last time.")))
        else:
            self.weak_sections.setText("<b>" + escape(self.tr("Weakest sections:")) + "</b> "
                                       + escape(self.tr("none studied yet.")))
        # the prompts as a list: joined in a sentence, their own "." and "?" clash with ";"
        examples = "".join(f"<li>{escape(q.prompt)}</li>" for q in unseen[:3])
        self.never_seen_label.setText(
            "<b>" + escape(self.tr("Never seen:")) + "</b> "
            + escape(self.tr("%n question(s)", "", len(unseen)))
            + (escape(self.tr(", for example:")) + f"<ul>{examples}</ul>" if unseen else ".")
        )
