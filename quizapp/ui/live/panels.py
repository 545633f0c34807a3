"""The teacher's live-session screens, one widget each: join, question, reveal, results.

Each panel only shows what it is given (the session, the host's address) and offers one primary
button; the window decides what happens next. They are sized for a projector: text is scaled from
the window's height (``widgets.apply_scale``), and no student data but first names is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import cite_passages
from quizapp.core.scoring import correct_answer_text
from quizapp.live.state import LiveSession, Seat
from quizapp.ui.live.widgets import StudentsModel, big_label, qr_pixmap, show_distribution
from quizapp.ui.table_model import RowTableModel


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("LivePanels", text, None, n)


def _primary(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("primaryAction")
    button.setDefault(True)
    return button


class LivePanel(QWidget):
    """A screen with one main action (Space or Enter); ``primary`` is its button."""

    primary_requested = Signal()

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary = _primary(action)
        self.primary.clicked.connect(self.primary_requested)


class JoinPanel(LivePanel):
    """Where to go and the PIN, a QR code of the address, and who has joined so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Start (Space)"), parent)
        self.title = big_label("liveTitle", 1.4, bold=True)
        self.how = big_label("liveHow", 1.0)
        self.how.setText(tr("Open this address on a phone, tablet or computer on this network:"))
        self.address = big_label("liveAddress", 1.6, bold=True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = big_label("livePin", 1.8, bold=True)
        self.qr = QLabel()
        self.qr.setObjectName("liveQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = big_label("liveJoinedCount", 1.0, bold=True)
        self.model = StudentsModel()
        self.students = QListView()
        self.students.setObjectName("liveStudents")
        self.students.setModel(self.model)
        self.students.setViewMode(QListView.ViewMode.IconMode)
        self.students.setFlow(QListView.Flow.LeftToRight)
        self.students.setWrapping(True)
        self.students.setResizeMode(QListView.ResizeMode.Adjust)
        self.students.setSpacing(8)
        self.students.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.students.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.students.setAccessibleName(tr("Joined students"))
        text = QVBoxLayout()
        for widget in (self.title, self.how, self.address, self.pin):
            text.addWidget(widget)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(text, 3)
        top.addWidget(self.qr, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top, 3)
        layout.addWidget(self.count)
        layout.addWidget(self.students, 2)
        layout.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignRight)
        self.url = ""

    def show_session(self, session: LiveSession, url: str, pin: str) -> None:
        self.url = url
        self.title.setText(session.pack.title)
        self.address.setText(url)
        self.address.setAccessibleName(tr("Address: %1").replace("%1", url))
        self.pin.setText(tr("PIN %1").replace("%1", " ".join(pin)))
        self.qr.setAccessibleName(tr("QR code of the address %1").replace("%1", url))
        self.show_students(session)

    def show_students(self, session: LiveSession) -> None:
        self.model.set_seats(session.seats)
        self.count.setText(tr("%n student(s) joined", len(session.seats)))
        self.primary.setEnabled(bool(session.seats))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.url:
            side = max(120, min(self.height() // 2, self.width() // 3))
            self.qr.setPixmap(qr_pixmap(self.url, side))


class QuestionPanel(LivePanel):
    """The open question as the class sees it, the countdown, and how many have answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reveal (Space)"), parent)
        self.counter = big_label("liveCounter", 1.0)
        self.countdown = big_label("liveCountdown", 1.4, bold=True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.prompt = big_label("livePrompt", 1.7, bold=True)
        self.choices = big_label("liveChoices", 1.3)
        self.answered = big_label("liveAnswered", 1.2, bold=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.progress.setAccessibleName(tr("Answers so far"))
        header = QHBoxLayout()
        header.addWidget(self.counter, 1)
        header.addWidget(self.countdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addWidget(self.prompt)
        layout.addSpacing(12)
        layout.addWidget(self.choices, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.answered)
        layout.addWidget(self.progress)
        layout.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignRight)

    def show_question(self, session: LiveSession) -> None:
        message = session.question_message(None)
        self.counter.setText(tr("Question %1 of %2").replace("%1", str(session.number))
                             .replace("%2", str(session.total)))
        self.prompt.setText(str(message["prompt"]))
        shown = message["choices"] or message["items"]
        parts = [str(p) for p in shown] if isinstance(shown, list) else []
        if message["kind"] == "matching":
            lefts, rights = message["lefts"], message["rights"]
            assert isinstance(lefts, list) and isinstance(rights, list)
            parts = [f"{left}   ·   {right}" for left, right in zip(lefts, rights, strict=True)]
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        self.choices.setText("\n".join(f"{letters[i % 26]}.  {text}" for i, text in enumerate(parts))
                             if parts else tr("Type the answer on your device."))
        self.show_count(session)
        self.show_countdown(session.seconds_left())

    def show_count(self, session: LiveSession) -> None:
        answered, total = session.answered_count(), len(session.seats)
        self.answered.setText(tr("%1 of %n answered", total).replace("%1", str(answered)))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(answered)

    def show_countdown(self, seconds: float | None) -> None:
        if seconds is None:
            self.countdown.setText("")
        elif seconds <= 0:
            self.countdown.setText(tr("Time is up"))
        else:
            self.countdown.setText(tr("%n s", round(seconds)))


class RevealPanel(LivePanel):
    """The answers chart, the right answer, why, and the passage that proves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Next question (Space)"), parent)
        self.counter = big_label("liveCounter", 1.0)
        self.prompt = big_label("liveRevealPrompt", 1.2, bold=True)
        self.chart = QChartView()
        self.chart.setMinimumHeight(160)
        self.right = big_label("liveRightAnswer", 1.4, bold=True)
        self.explanation = big_label("liveExplanation", 1.0)
        self.passage = big_label("livePassage", 0.9)
        self.passage.setTextFormat(Qt.TextFormat.RichText)  # only for the highlight; text escaped
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.right, self.explanation, self.passage):
            details_layout.addWidget(widget)
        details_layout.addStretch(1)
        self.details = QScrollArea()  # a long passage scrolls (Up/Down) rather than being cut
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        for widget in (self.counter, self.prompt):
            layout.addWidget(widget)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.details, 3)
        layout.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignRight)

    def show_reveal(self, session: LiveSession) -> None:
        question = session.question
        assert question is not None
        self.counter.setText(tr("Question %1 of %2").replace("%1", str(session.number))
                             .replace("%2", str(session.total)))
        self.prompt.setText(question.prompt)
        show_distribution(self.chart, session.distribution(), lettered=bool(
            question.choices) or question.type.value == "true_false")
        self.right.setText("✔ " + correct_answer_text(question))
        self.explanation.setText(question.explanation)
        self.passage.setText(_passages_html(session))
        last = session.number >= session.total
        self.primary.setText(tr("Finish (Space)") if last else tr("Next question (Space)"))


def _passages_html(session: LiveSession) -> str:
    """The cited passages with the quoted words in bold; all pack text is escaped first."""
    from quizapp.ui.text_rendering import escape

    question = session.question
    assert question is not None
    blocks = []
    for cited in cite_passages(session.pack, question):
        heading = escape(tr("From the source — %1").replace("%1", cited.section_title or ""))
        text = cited.passage_text or cited.quote
        if cited.span and cited.passage_text:
            start, end = cited.span
            body = (escape(text[:start]) + "<b><u>" + escape(text[start:end]) + "</u></b>"
                    + escape(text[end:]))
        else:
            body = "“" + escape(text) + "”"
        blocks.append(f"<p><i>{heading}</i><br>{body}</p>")
    source = session.pack.source
    if source is not None and blocks:
        blocks.append(f"<p><small>{escape(source.attribution)}</small></p>")
    return "".join(blocks)


class SeatTableModel(RowTableModel[Seat]):
    HEADERS = (tr("Student"), tr("Right"), tr("Answered"), tr("Time (s)"))
    RIGHT_ALIGNED = frozenset({1, 2, 3})

    def display(self, row: Seat, column: int) -> object:
        return (row.name, row.score, len(row.answers), f"{row.seconds:.1f}")[column]


class ResultsPanel(LivePanel):
    """Per-student results (and, if the teacher asked for it, a podium), and where they were saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Close"), parent)
        self.title = big_label("liveResultsTitle", 1.4, bold=True)
        self.podium = big_label("livePodium", 1.3, bold=True)
        self.model = SeatTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Results per student"))
        self.saved = big_label("liveSaved", 0.9)
        self.open_folder = QPushButton(tr("Open results folder"))
        self.open_folder.clicked.connect(self._open_folder)
        self.folder: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.open_folder)
        row.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.podium)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_results(self, session: LiveSession, folder: Path | None, saved: int,
                     podium: bool) -> None:
        self.title.setText(tr("Results — %1").replace("%1", session.pack.title))
        ranking = session.ranking()
        self.podium.setVisible(podium and bool(ranking))
        places = (tr("1st"), tr("2nd"), tr("3rd"))
        self.podium.setText("    ".join(f"{place} {seat.name} ({seat.score})"
                                        for place, seat in zip(places, ranking, strict=False)))
        self.model.set_rows(ranking if podium else session.seats)
        self.folder = folder
        self.open_folder.setVisible(folder is not None)
        if folder is None:
            self.saved.setText(tr("The results could not be saved."))
        else:
            self.saved.setText(tr("%n results file(s) saved in %1", saved)
                               .replace("%1", str(folder)))

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
