"""The teacher's screen of a live session: projector mode's window and stage, driven by the session.

The join card (address, PIN; QR code and joined students beside it), each question as the
projector shows it (with the countdown, and the live count of answers beside it), the reveal in
projector mode's sequence — Space or Enter shows the answer with the chart of how the class
answered, again shows why and the cited passage, again goes on — and the results at the end. Esc
ends the session (after asking), F1 lists the keys, F11 switches between a window on the
teacher's own screen and full screen; B (blank) and C (colours) are the projector's own.

The window only shows the session and tells the host what the teacher decided; grading, limits
and saving live in ``quizapp.live``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp.classroom.presentation import Step
from quizapp.classroom.slides import SlideKind, answer_keys
from quizapp.core.engine import QuestionView
from quizapp.live.host import LiveHost
from quizapp.live.room import Change
from quizapp.live.session_setup import save_results
from quizapp.live.state import LiveSession, Phase
from quizapp.ui.appearance import Appearance
from quizapp.ui.classroom.countdown_timer import CountdownTimer
from quizapp.ui.classroom.projector_mode import THEME_KEY, stored_theme
from quizapp.ui.classroom.projector_window import ProjectorWindow
from quizapp.ui.classroom.stage import ExtraSide
from quizapp.ui.classroom.stage_parts import set_plain
from quizapp.ui.classroom.theme import ProjectorTheme, ThemeChoice, theme_for
from quizapp.ui.live.extras import (
    AnswerChart,
    AnswerCount,
    Extra,
    JoinExtra,
    QuestionExtra,
    ResultsExtra,
    announce,
)
from quizapp.ui.operations import BackgroundRunner
from quizapp.ui.translation import translate

JOIN_SHARE = 0.4
QUESTION_SHARE = 0.27
"""The count beside a question and the chart beside its answer take the same share, so the
slide keeps one text size from question to answer."""
RESULTS_SHARE = 0.6
STUDENTS_REFRESH_MS = 100
WINDOWED_SHARE = 0.85
"""How much of the teacher's screen the window takes when it is not full screen."""


def live_view(session: LiveSession) -> QuestionView:
    """The open question as the students' devices show it (same order of choices and items)."""
    question = session.question
    assert question is not None
    shown = session.arrangements[session.number - 1]
    return QuestionView(question, session.number, session.total, shown.choices, shown.items,
                        shown.rights)


class LiveWindow(ProjectorWindow):
    session_closed = Signal()
    count_shown = Signal(int)
    """Emitted each time the live answer count on screen changes (the benchmark listens)."""

    def __init__(self, host: LiveHost, results_dir: Path, *, podium: bool = False,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        choice = stored_theme(settings) if settings is not None else ThemeChoice.SYSTEM
        super().__init__(theme_for(choice), parent)
        self.host = host
        self.session = host.session
        self.results_dir = results_dir
        self.podium = podium
        self.settings = settings
        self.saved: list[Path] = []
        self.saved_in: Path | None = None
        self.saving = False
        self.runner = BackgroundRunner(self)
        self.setWindowTitle(
            translate("LiveWindow", "Live session — %1").replace("%1", self.session.pack.title)
        )
        self.setAccessibleName(translate("LiveWindow", "Live session"))
        self.join = JoinExtra()
        self.count = AnswerCount()
        self.chart = AnswerChart()
        self.results = ResultsExtra()
        self.question_extra = QuestionExtra(self.count, self.chart)
        self.extras: tuple[Extra, ...] = (self.join, self.question_extra, self.results)
        self.shown_extra: Extra | None = None
        self.countdown = CountdownTimer(self.session.clock, self)
        self.countdown.ticked.connect(self.stage.set_countdown)
        self.students_refresh = QTimer(self)  # a class joining at once redraws the list once
        self.students_refresh.setSingleShot(True)
        self.students_refresh.setInterval(STUDENTS_REFRESH_MS)
        self.students_refresh.timeout.connect(lambda: self.join.show_students(self.session.seats))
        self.stage.text_size_changed.connect(self._size_extras)
        self.stage.use_countdown(self.session.time_limit is not None)
        self.advance_requested.connect(self.advance)
        self.leave_requested.connect(self._leave)
        self.key_pressed.connect(self._other_key)
        self.theme_changed.connect(self._theme_changed)
        self.set_help(self.help_entries())
        self.set_theme(self.theme)
        host.changed.connect(self._changed)
        host.journal_failed.connect(self._journal_failed)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # "follow the app": light or dark as the app turns
            Appearance.of(app).appearance_changed.connect(self._app_theme_changed)
        self.join.show_address(host.url)
        self.join.show_students(self.session.seats)
        self.resize(1280, 800)
        self.show_phase()

    def help_entries(self) -> list[tuple[str, str]]:
        return [
            (
                translate("LiveWindow", "Space, Enter"),
                translate(
                    "LiveWindow",
                    "Start; reveal the answer and how the class answered; then "
                    "why and the source; then the next question",
                ),
            ),
            (
                translate("LiveWindow", "F11"),
                translate("LiveWindow", "Full screen, or a window on this screen"),
            ),
            (translate("LiveWindow", "B"), translate("LiveWindow", "Blank the screen, and back")),
            (
                translate("LiveWindow", "C"),
                translate("LiveWindow", "Dark text on white, or light text on black"),
            ),
            (
                translate("LiveWindow", "↑  ↓"),
                translate("LiveWindow", "Scroll a slide too long for the screen, or the results"),
            ),
            (
                translate("LiveWindow", "O"),
                translate("LiveWindow", "Open the folder of results files (at the end)"),
            ),
            (translate("LiveWindow", "F1"), translate("LiveWindow", "Show or hide these keys")),
            (
                translate("LiveWindow", "Esc"),
                translate("LiveWindow", "End the session (after asking); close it at the end"),
            ),
        ]

    # -- what is on screen ---------------------------------------------------------------------
    def set_theme(self, theme: ProjectorTheme) -> None:
        super().set_theme(theme)
        for extra in getattr(self, "extras", ()):
            extra.set_theme(theme)

    def _app_theme_changed(self) -> None:
        if self.settings is None or stored_theme(self.settings) is ThemeChoice.SYSTEM:
            self.set_theme(theme_for(ThemeChoice.SYSTEM))

    def _theme_changed(self, name: str) -> None:
        if self.settings is not None:
            self.settings.setValue(THEME_KEY, name)

    def _size_extras(self, pixels: int) -> None:
        if self.stage.step is Step.EXPLANATION:
            return  # the chart keeps the size it had beside the answer
        for extra in self.extras:
            extra.set_text_size(pixels)

    def show_phase(self) -> None:
        """Show what the session has reached (also after continuing an interrupted one)."""
        phase = self.session.phase
        step = {Phase.LOBBY: Step.TITLE, Phase.QUESTION: Step.QUESTION, Phase.ENDED: Step.END}.get(
            phase, Step.EXPLANATION if self.stage.step is Step.EXPLANATION else Step.ANSWER
        )
        # the hints first, so the slide is fitted with them in place; a question is fitted with
        # the longer hints of its answer step too, as the two steps share one type size
        hints = self._footer(step)
        if step is Step.QUESTION:
            set_plain(self.stage.footer, max(hints, self._footer(Step.ANSWER), key=len))
        else:
            set_plain(self.stage.footer, hints)
        if phase is Phase.LOBBY:
            self._show_join()
        elif phase is Phase.QUESTION:
            self._show_question()
        elif phase is Phase.REVEALED:
            self._show_answer()
        else:
            self._show_results()
        if self.stage.footer.accessibleName() != hints:
            set_plain(self.stage.footer, hints)

    def _extra(self, extra: Extra, share: float) -> None:
        if self.shown_extra is extra:
            return
        self.shown_extra = extra
        extra.set_text_size(self.stage.body_pixels or extra.pixels)
        # the stage lays its slide out again for the new share of the screen: an empty page,
        # not the slide about to be replaced (tens of milliseconds for an explanation)
        self.stage.show_card("")
        self.stage.set_extra(extra, ExtraSide.RIGHT, share)

    def _show_join(self) -> None:
        self._extra(self.join, JOIN_SHARE)
        total = self.session.total
        limit = self.session.time_limit
        seconds = round(limit or 0)
        details = translate("LiveWindow", "%n question(s)", None, total) + (
            " · " + translate("LiveWindow", "%n s per question", None, seconds) if limit else ""
        )
        address = typed_address(self.host.url)
        title = address + "\n" + translate("LiveWindow", "PIN %1").replace("%1", _spaced(self.host.pin))
        self.stage.show_card(
            title,
            translate(
                "LiveWindow",
                "Open this address in the browser of a phone, tablet or computer on this "
                "network (or scan the code), then type the PIN and your name.",
            ),
            details,
            heading=self.session.pack.title,
        )
        # the address whole on its line: the type shrinks rather than break it where a reader
        # would type a line break
        self.stage.card_title.setText(title)
        self.stage.card_title.setAccessibleName(
            translate("LiveWindow", "Address %1, PIN %2")
            .replace("%1", self.host.url)
            .replace("%2", self.host.pin)
        )
        self.stage.refit()

    def _show_question(self) -> None:
        self.count.reset()
        self.question_extra.show_page(self.count)
        self._extra(self.question_extra, QUESTION_SHARE)
        if self.stage.slide is None or self.stage.slide.number != self.session.number:
            self.stage.show_question(live_view(self.session), self.session.pack)
        else:
            self.stage.refit()
        self._show_count()
        left = self.session.seconds_left()
        if left is None:
            self.countdown.stop()
            self.stage.set_countdown(None)
        else:
            self.countdown.start(left)

    def _show_count(self) -> None:
        self.count.show_count(self.session.answered_count(), len(self.session.seats))
        self.count_shown.emit(self.session.answered_count())

    def _show_answer(self) -> None:
        self.countdown.stop()
        self.stage.set_countdown(None)
        if self.stage.slide is None or self.stage.slide.number != self.session.number:
            self.stage.show_question(live_view(self.session), self.session.pack)
        slide = self.stage.slide
        assert slide is not None
        bars = self.session.distribution()
        keys = [row.key for row in slide.rows] if slide.kind is SlideKind.CHOICES else []
        right = sum(
            1
            for seat in self.session.seats
            if (answer := seat.answers.get(self.session.number)) and answer.correct
        )
        self.chart.show_bars(bars, keys, right, len(self.session.seats))
        self.question_extra.show_page(self.chart)
        self._extra(self.question_extra, QUESTION_SHARE)
        if self.stage.step is not Step.EXPLANATION:
            self.stage.reveal_answer()
            keys_text = answer_keys(slide)
            texts = "; ".join(row.text for row in slide.answer_rows)
            said = keys_text if keys_text == texts else f"{keys_text} — {texts}"
            announce(
                self,
                translate("LiveWindow", "Answer: %1. %2")
                .replace("%1", said)
                .replace("%2", self.chart.summary.accessibleName().replace("\n", ". ")),
            )

    def _show_results(self) -> None:
        self.countdown.stop()
        self.stage.set_countdown(None)
        self.results.show_results(self.session, self.podium)
        seats = self.session.seats
        ranking = self.session.ranking() if self.podium else []
        places = (
            translate("LiveWindow", "1st"),
            translate("LiveWindow", "2nd"),
            translate("LiveWindow", "3rd"),
        )
        if ranking:
            lines = []
            for place, seat in zip(places, ranking, strict=False):
                score = seat.score
                lines.append(translate("LiveWindow", "%1  %2 — %n right", None, score)
                             .replace("%1", place).replace("%2", seat.name))
            body = "\n".join(lines)
        else:
            asked = max(1, self.session.number)
            average = sum(seat.score for seat in seats) / len(seats) if seats else 0.0
            took_part = len(seats)
            body = (
                translate("LiveWindow", "%n student(s) took part", None, took_part)
                + "\n"
                + translate("LiveWindow", "On average %1 of %n right", None, asked).replace(
                    "%1", f"{average:.1f}"
                )
            )
        self._extra(self.results, RESULTS_SHARE)
        self.stage.show_card(
            translate("LiveWindow", "Results"), body, self._saved_note(), heading=self.session.pack.title
        )

    def _saved_note(self) -> str:
        count = len(self.session.seats) if self.saving else len(self.saved)
        if self.saving:
            return translate("LiveWindow", "Saving %n results file(s) in %1…", None, count).replace(
                "%1", str(self.results_dir)
            )
        if self.saved_in is None:
            return translate("LiveWindow", "The results could not be saved.")
        return translate("LiveWindow", "%n results file(s) saved in %1", None, count).replace(
            "%1", str(self.saved_in)
        )

    def _footer(self, step: Step) -> str:
        """The key hints of a step (the phase of the session follows from it)."""
        last = self.session.number >= self.session.total
        if step is Step.END:
            return "  ·  ".join(
                (
                    translate("LiveWindow", "Space, Esc: close"),
                    translate("LiveWindow", "O: open the results folder"),
                    translate("LiveWindow", "F1: keys"),
                )
            )
        hint = {
            Step.TITLE: translate("LiveWindow", "Space: start")
            if self.session.seats
            else translate("LiveWindow", "Waiting for students"),
            Step.QUESTION: translate("LiveWindow", "Space: reveal the answer"),
            Step.ANSWER: translate("LiveWindow", "Space: why, and the source"),
            Step.EXPLANATION: translate("LiveWindow", "Space: more of the source")
            if self.stage.more_explanation
            else translate("LiveWindow", "Space: finish")
            if last
            else translate("LiveWindow", "Space: next question"),
        }[step]
        return "  ·  ".join(
            (hint, translate("LiveWindow", "F1: keys"), translate("LiveWindow", "Esc: end the session"))
        )

    def _changed(self, change: str) -> None:
        phase = self.session.phase
        if change == Change.STUDENTS:
            if phase is Phase.LOBBY:
                if not self.students_refresh.isActive():
                    self.students_refresh.start()
                if len(self.session.seats) == 1:
                    self.stage.set_footer(self._footer(Step.TITLE))  # "Space: start" now
            elif phase is Phase.QUESTION:
                self._show_count()
        elif change == Change.ANSWER and phase is Phase.QUESTION:
            self._show_count()

    # -- the teacher's moves -------------------------------------------------------------------
    def advance(self) -> None:
        phase = self.session.phase
        if phase is Phase.LOBBY:
            if not self.session.seats:
                return
            self.host.next_question()
        elif phase is Phase.QUESTION:
            self.host.reveal()
        elif phase is Phase.REVEALED and self.stage.step is not Step.EXPLANATION:
            set_plain(self.stage.footer, self._footer(Step.EXPLANATION))
            self.stage.show_explanation()
            if self.stage.more_explanation:  # a long why step comes in parts
                self.stage.set_footer(self._footer(Step.EXPLANATION))
            return
        elif phase is Phase.REVEALED and self.stage.next_explanation_part():
            self.stage.set_footer(self._footer(Step.EXPLANATION))
            return
        elif phase is Phase.REVEALED and self.session.number < self.session.total:
            self.host.next_question()
        elif phase is Phase.REVEALED:
            self.finish()
            return
        else:
            self.close()
            return
        self.show_phase()

    def finish(self) -> None:
        """End the session and show the results; one results file per student is written on a
        worker thread (sixty files, each synced to disk, take about half a second)."""
        self.host.end()
        self.saving = True
        self.runner.run(lambda: save_results(self.host, self.results_dir), self._saved, self._not_saved)
        self.show_phase()

    def _saved(self, paths: list[Path]) -> None:
        self.saving = False
        self.saved, self.saved_in = paths, self.results_dir
        self.host.stop()
        # a few words shorter than "Saving …" in the same place: no new layout needed
        set_plain(self.stage.card_note, self._saved_note())
        announce(self, self.stage.card_note.accessibleName())

    def _not_saved(self, error: BaseException) -> None:
        self.saving = False
        self.host.stop()
        self.show_phase()
        QMessageBox.warning(
            self,
            translate("LiveWindow", "Results not saved"),
            translate("LiveWindow", "The results could not be saved in %1: %2")
            .replace("%1", str(self.results_dir))
            .replace("%2", str(error)),
        )

    def ask_to_end(self) -> bool:
        if self.session.phase is Phase.ENDED:
            return True
        answer = QMessageBox.question(
            self,
            translate("LiveWindow", "End the live session?"),
            translate("LiveWindow", "Students will not be able to answer any more. Their results are saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.finish()
        return True

    def _leave(self) -> None:
        if self.session.phase is Phase.ENDED:
            self.close()
        else:
            self.ask_to_end()

    def open_results_folder(self) -> None:
        if self.saved_in is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_in)))

    def _journal_failed(self, error: str) -> None:
        QMessageBox.critical(
            self,
            translate("LiveWindow", "Answers cannot be saved"),
            translate(
                "LiveWindow",
                "The session's answers can no longer be written to disk (%1). "
                "End the session to save the results you have.",
            ).replace("%1", error),
        )

    # -- keys and window -----------------------------------------------------------------------
    def show_on(self, screen: QScreen | None, full_screen: bool = True) -> None:
        """Full screen on ``screen``, or a window on it: the window (also what F11 returns to)
        takes most of the screen's free area, title bar and all, so it fits beside the taskbar."""
        target = screen or self.screen()
        area = target.availableGeometry()
        self.setScreen(target)
        size = QSize(round(area.width() * WINDOWED_SHARE), round(area.height() * WINDOWED_SHARE))
        self.resize(size)
        self.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def _other_key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif key == Qt.Key.Key_O and self.session.phase is Phase.ENDED:
            self.open_results_folder()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.session.phase is Phase.ENDED and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.results.scroll_by(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_to_end():
            event.ignore()
            return
        self.runner.wait()  # the results files are written before the window goes
        self.countdown.stop()
        self.host.stop()
        self.session_closed.emit()
        super().closeEvent(event)


def typed_address(url: str) -> str:
    """The address as a student types it: browsers add the ``http://`` and the final slash."""
    return url.removeprefix("http://").rstrip("/")


def _spaced(pin: str) -> str:
    """A PIN in groups of three, as people read it out: 271 828."""
    return " ".join(pin[i : i + 3] for i in range(0, len(pin), 3))
