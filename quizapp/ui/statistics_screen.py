"""The statistics screen: how a learner is doing overall and in each pack, at a glance.

Numbers come from storage's running summaries (no scan of all attempts); the pack in memory turns
them into mastery per section, weakest questions and questions never seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
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
from quizapp.core.wording import counted
from quizapp.storage.history import Profile
from quizapp.storage.mode_statistics import statistics_for_mode
from quizapp.storage.statistics import StatisticsStore
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

CHART_COLUMNS = 52
"""Characters a chart needs across for its title; narrower windows stack the charts."""
PACK_BOX_CHARACTERS = 48
"""The pack drop-down grows to this many characters of its longest title, and no wider."""


def untranslated_plural(text: str, count: int) -> str:
    """English plural for a ``tr("%n thing(s)", "", n)`` text that no translation has replaced."""
    return text.replace("(s)", "" if count == 1 else "s")


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
    HEADERS = ("Question", "Right", "Accuracy", "Time per answer")
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def display(self, row: WeakQuestion, column: int) -> object:
        record = row.record
        per_answer = record.total_seconds / record.seen if record.seen else 0.0
        return (row.question.prompt, f"{record.correct} of {record.seen}",
                f"{100 * record.accuracy:.0f} %", f"{per_answer:.1f} s")[column]

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

        self.title = QLabel("Statistics")
        self.title.setObjectName("resultsHeadline")
        self.title.setWordWrap(True)  # a long learner name must not widen the window
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it names the learner
        self.pack_box = QComboBox()
        self.pack_box.setObjectName("statsPackBox")
        self.pack_box.setAccessibleName("Pack")
        self.pack_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_box.setMinimumContentsLength(16)
        self.pack_box.currentIndexChanged.connect(lambda _: self.show_pack())
        back = QPushButton("Back (Esc)")
        back.clicked.connect(self.back_requested)
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("statsModeBox")
        self.mode_box.setAccessibleName("Mode")
        self.mode_box.addItem(self.tr("All modes"), None)
        for mode in StudyMode:
            self.mode_box.addItem(mode.label, mode.value)
        self.mode_box.currentIndexChanged.connect(lambda _: self._show_mode())
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode_box)
        self._shown: tuple[StatisticsStore, Profile, list[Pack]] | None = None
        # the title, then the filters: on one line when they fit, wrapped when the window is narrow
        top = QVBoxLayout()
        top.addWidget(self.title)
        filters = ReflowRow()
        filters.addWidget(mode_label)
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
        self.weak_table.setAccessibleName("Weakest questions")
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
        weakest = QLabel("Weakest questions")
        weakest.setObjectName("missedTitle")
        body_layout.addWidget(weakest)
        body_layout.addWidget(self.weak_table)
        body_layout.addWidget(self.weak_sections)
        body_layout.addWidget(self.never_seen_label)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)

        self.csv_button = QPushButton("Export history (CSV)…")
        self.csv_button.clicked.connect(self.export_csv_requested)
        self.pdf_button = QPushButton("Progress report (PDF)…")
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
            "Statistics: back to the packs")
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
        self.title.setText(f"Statistics — {profile.name}")
        totals = statistics.totals(profile.id)
        streak = statistics.streak_days(profile.id)
        days = statistics.daily_accuracy(profile.id, days=30)
        accuracy = f"{100 * totals.correct / totals.answered:.0f} % right" if totals.answered \
            else "no answers yet"
        per_question = (f"{totals.seconds / totals.answered:.1f} s per question"
                        if totals.answered else "")
        parts = [f"{counted(totals.answered, 'answer')} in {counted(totals.sessions, 'session')}",
                 accuracy, f"study streak: {counted(streak, 'day')}"]
        if per_question:
            parts.append(per_question)
        if totals.overridden:
            parts.append(untranslated_plural(self.tr(
                "%n answer(s) you marked right (“I was right”)", "", totals.overridden),
                totals.overridden))
        self.overview.setText("  ·  ".join(parts))
        show_accuracy_over_time(self.accuracy_chart,
                                [(d.day, d.answered, d.correct) for d in days])
        show_mastery_bars(self.pack_chart, "Mastery per pack (last answer right)", [
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
            self.pack_summary.setText("Open a pack to see its statistics.")
            self.weak_model.set_rows([])
            show_section_mastery(self.mastery_chart, [])
            return
        sections = progress.sections
        show_section_mastery(self.mastery_chart, sections)
        unseen = never_seen(pack, progress.records)
        average = average_seconds(progress.records)
        self.pack_summary.setText(
            f"<b>{escape(pack.title)}</b>: mastery {100 * pack_mastery(pack, progress.records):.0f} % · "
            f"{len(progress.records)} of {counted(len(pack.questions), 'question')} seen · "
            + (f"{average:.1f} s per answer" if average is not None else "no answers yet")
            + (" · " + escape(untranslated_plural(
                self.tr("%n answer(s) you marked right", "", progress.overridden),
                progress.overridden)) if progress.overridden else "")
        )
        self.weak_model.set_rows(weakest_questions(pack, progress.records))
        self.weak_table.resizeRowsToContents()
        weak = weakest_sections(sections)
        label = "<b>Weakest sections</b> (answered questions right last time): "
        if weak:
            self.weak_sections.setText(label + "; ".join(
                f"{escape(s.title)} ({s.mastered} of {s.seen}, {100 * s.accuracy:.0f} %)"
                for s in weak))
        elif any(s.seen for s in sections):
            self.weak_sections.setText("<b>Weakest sections:</b> none — every answered "
                                       "question was right last time.")
        else:
            self.weak_sections.setText("<b>Weakest sections:</b> none studied yet.")
        # the prompts as a list: joined in a sentence, their own "." and "?" clash with ";"
        examples = "".join(f"<li>{escape(q.prompt)}</li>" for q in unseen[:3])
        self.never_seen_label.setText(
            f"<b>Never seen:</b> {counted(len(unseen), 'question')}"
            + (f", for example:<ul>{examples}</ul>" if unseen else ".")
        )
