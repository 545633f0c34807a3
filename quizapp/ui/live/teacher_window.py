"""The teacher's window of a live session: join screen, each question, the reveal, the results.

Space or Enter does what the big button says (start, reveal, next, finish); Esc ends the session
after asking; F11 fills the screen for a projector. The window only shows the session and tells
the host what the teacher decided; grading, limits and saving live in ``quizapp.live``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from quizapp.live.host import LiveHost
from quizapp.live.room import Change
from quizapp.live.session_setup import save_results
from quizapp.live.state import Phase
from quizapp.ui.live.panels import JoinPanel, LivePanel, QuestionPanel, ResultsPanel, RevealPanel
from quizapp.ui.live.widgets import apply_scale

ADVANCE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("LiveWindow", text, None, n)


class LiveWindow(QWidget):
    session_closed = Signal()
    count_shown = Signal(int)
    """Emitted each time the live answer count on screen changes (the benchmark listens)."""

    def __init__(self, host: LiveHost, results_dir: Path, *, podium: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        self.session = host.session
        self.results_dir = results_dir
        self.podium = podium
        self.saved: list[Path] = []
        self.setObjectName("liveWindow")
        self.setWindowTitle(tr("Live session — %1").replace("%1", self.session.pack.title))
        self.join = JoinPanel()
        self.question = QuestionPanel()
        self.reveal = RevealPanel()
        self.results = ResultsPanel()
        self.stack = QStackedWidget()
        for panel in (self.join, self.question, self.reveal, self.results):
            self.stack.addWidget(panel)
            panel.primary_requested.connect(self.advance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(
            lambda: self.question.show_countdown(self.session.seconds_left()))
        self.students_refresh = QTimer(self)  # a class joining at once redraws the list once
        self.students_refresh.setSingleShot(True)
        self.students_refresh.setInterval(100)
        self.students_refresh.timeout.connect(lambda: self.join.show_students(self.session))
        host.changed.connect(self._changed)
        host.journal_failed.connect(self._journal_failed)
        self.join.show_session(self.session, host.url, host.pin)
        self.resize(1280, 800)
        self._show_phase()

    # -- what is on screen ---------------------------------------------------------------------
    @property
    def panel(self) -> LivePanel:
        current = self.stack.currentWidget()
        assert isinstance(current, LivePanel)
        return current

    def _show(self, panel: LivePanel) -> None:
        self.stack.setCurrentWidget(panel)
        panel.primary.setFocus()

    def _show_phase(self) -> None:
        phase = self.session.phase
        if phase is Phase.LOBBY:
            self._show(self.join)
        elif phase is Phase.QUESTION:
            self.question.show_question(self.session)
            self.ticker.start()
            self._show(self.question)
        elif phase is Phase.REVEALED:
            self.ticker.stop()
            self.reveal.show_reveal(self.session)
            self._show(self.reveal)
        else:
            self.ticker.stop()
            self._show(self.results)

    def _changed(self, change: str) -> None:
        if change == Change.STUDENTS:
            if not self.students_refresh.isActive():
                self.students_refresh.start()
            if self.session.phase is Phase.QUESTION:
                self.question.show_count(self.session)
        elif change == Change.ANSWER:
            self.question.show_count(self.session)
            self.count_shown.emit(self.session.answered_count())
        elif self.session.phase is Phase.QUESTION:
            self.question.show_countdown(self.session.seconds_left())

    # -- the teacher's moves -------------------------------------------------------------------
    def advance(self) -> None:
        phase = self.session.phase
        if phase is Phase.LOBBY and self.session.seats:
            self.host.next_question()
        elif phase is Phase.QUESTION:
            self.host.reveal()
        elif phase is Phase.REVEALED:
            if self.session.number < self.session.total:
                self.host.next_question()
            else:
                self.finish()
                return
        elif phase is Phase.ENDED:
            self.close()
            return
        self._show_phase()

    def finish(self) -> None:
        """End the session, save one results file per student, show the results."""
        self.host.end()
        folder: Path | None = self.results_dir
        try:
            self.saved = save_results(self.host, self.results_dir)
        except OSError as error:
            folder = None
            QMessageBox.warning(self, tr("Results not saved"),
                                tr("The results could not be saved in %1: %2")
                                .replace("%1", str(self.results_dir)).replace("%2", str(error)))
        self.host.stop()
        self.results.show_results(self.session, folder, len(self.saved), self.podium)
        self._show_phase()

    def ask_to_end(self) -> bool:
        if self.session.phase is Phase.ENDED:
            return True
        answer = QMessageBox.question(
            self, tr("End the live session?"),
            tr("Students will not be able to answer any more. Their results are saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.finish()
        return True

    def _journal_failed(self, error: str) -> None:
        QMessageBox.critical(self, tr("Answers cannot be saved"),
                             tr("The session's answers can no longer be written to disk (%1). "
                                "End the session to save the results you have.")
                             .replace("%1", error))

    # -- keys and window -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ADVANCE_KEYS:
            if self.panel.primary.isEnabled():
                self.panel.primary.click()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self.session.phase is Phase.ENDED:
                self.close()
            else:
                self.ask_to_end()
            return
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        base = max(11.0, min(self.height() / 36, self.width() / 60))
        apply_scale(self, base)
        font = self.join.students.font()
        font.setPointSizeF(base)
        self.join.students.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_to_end():
            event.ignore()
            return
        self.host.stop()
        self.session_closed.emit()
        super().closeEvent(event)
