"""Projector mode: a pack's questions shown to a class, one key at a time.

The teacher shows a question (with a countdown if one is set), the class answers on paper or
aloud, Space reveals the answer, Space again shows why and the cited passage, and Space again
goes on. Nothing about any learner is shown or recorded: the mode is given a pack and its
questions only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication

from quizapp.classroom.countdown import Clock, format_seconds, next_countdown_choice
from quizapp.classroom.presentation import Presentation, Step
from quizapp.core.engine import QuestionView
from quizapp.core.models import Pack
from quizapp.ui.appearance import Appearance
from quizapp.ui.classroom.countdown_timer import CountdownTimer
from quizapp.ui.classroom.projector_window import ProjectorWindow
from quizapp.ui.classroom.theme import ThemeChoice, theme_for
from quizapp.ui.core_texts import source_credit

COUNTDOWN_KEY = "projector/countdown_seconds"
THEME_KEY = "projector/theme"


def stored_countdown(settings: QSettings) -> int:
    value = settings.value(COUNTDOWN_KEY, 0)
    try:
        return max(0, min(3600, int(str(value))))
    except ValueError:
        return 0


def stored_theme(settings: QSettings) -> ThemeChoice:
    try:
        return ThemeChoice(str(settings.value(THEME_KEY, ThemeChoice.SYSTEM.value)))
    except ValueError:
        return ThemeChoice.SYSTEM


class ProjectorMode(QObject):
    left = Signal()  # the projector window was closed (Esc, or by the window manager)

    def __init__(self, pack: Pack, views: tuple[QuestionView, ...], settings: QSettings, *,
                 start: int | None = None, clock: Clock = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.views = views
        self.settings = settings
        self.presentation = Presentation(len(views), start)
        self.countdown_seconds = stored_countdown(settings)
        self.countdown = CountdownTimer(clock, self)
        self.window = ProjectorWindow(theme_for(stored_theme(settings)))
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.stage = self.window.stage
        self._shown_index: int | None = None
        self._notice = ""
        self.window.set_help(self.help_entries())
        self.window.advance_requested.connect(self.advance)
        self.window.next_requested.connect(lambda: self._move(self.presentation.next_question))
        self.window.previous_requested.connect(
            lambda: self._move(self.presentation.previous_question))
        self.window.first_requested.connect(lambda: self._move(lambda: self.presentation.go_to(0)))
        self.window.last_requested.connect(
            lambda: self._move(lambda: self.presentation.go_to(len(self.views) - 1)))
        self.window.leave_requested.connect(self.leave)
        self.window.key_pressed.connect(self._other_key)
        self.window.theme_changed.connect(lambda name: settings.setValue(THEME_KEY, name))
        app = QApplication.instance()
        if isinstance(app, QApplication):  # "follow the app": light or dark as the app turns
            Appearance.of(app).appearance_changed.connect(self._app_theme_changed)
        self.window.closed.connect(self._closed)
        self.countdown.ticked.connect(self.stage.set_countdown)
        self.stage.use_countdown(self.countdown_seconds > 0)
        self.render()

    def _app_theme_changed(self) -> None:
        if stored_theme(self.settings) is ThemeChoice.SYSTEM:
            self.window.set_theme(theme_for(ThemeChoice.SYSTEM))

    def help_entries(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Space, Enter"), self.tr("Reveal the answer, then why and the source (in parts when "
                                    "it is long), then go on")),
            (self.tr("→  ←"), self.tr("Next or previous question")),
            (self.tr("Home  End"), self.tr("First or last question")),
            (self.tr("+  −"), self.tr("Longer or shorter countdown (0 = none)")),
            (self.tr("T"), self.tr("Start the countdown again, or stop it")),
            (self.tr("B"), self.tr("Blank the screen, and back")),
            (self.tr("C"), self.tr("Dark text on white, or light text on black")),
            (self.tr("↑  ↓"), self.tr("Scroll a slide too long for the screen")),
            (self.tr("F1"), self.tr("Show or hide these keys")),
            (self.tr("Esc"), self.tr("Leave the projector")),
        ]

    def open(self, screen: QScreen | None, full_screen: bool = True) -> None:
        self.window.show_on(screen, full_screen)

    def leave(self) -> None:
        self.window.close()

    def _closed(self) -> None:
        self.countdown.stop()
        self.left.emit()

    # -- moving --------------------------------------------------------------------------------
    def advance(self) -> None:
        if self.presentation.step is Step.END:
            self.leave()  # Space on the last card leaves, as a slide show does
            return
        if self.presentation.step is Step.EXPLANATION and self.stage.next_explanation_part():
            self.stage.set_footer(self._footer())  # the next passages of a long why step
            return
        self._move(self.presentation.advance)

    def _move(self, change: Callable[[], Step]) -> None:
        change()
        self._notice = ""
        self.render()

    def render(self) -> None:
        """Show on the stage what the presentation has reached."""
        step = self.presentation.step
        index = self.presentation.index
        if step is Step.TITLE:
            self._stop_countdown()
            self._shown_index = None
            self.stage.show_card(self.pack.title, self._title_body(),
                                 source_credit(self.pack.source))
        elif step is Step.END:
            self._stop_countdown()
            self._shown_index = None
            self.stage.show_card(self.tr("End of the questions"), self.pack.title)
        elif step is Step.QUESTION:
            if self._shown_index != index or self.stage.slide is None:
                self.stage.show_question(self.views[index], self.pack)
                self._shown_index = index
            self._start_countdown()
        elif step is Step.ANSWER:
            self._stop_countdown()
            self.stage.reveal_answer()
        else:
            self.stage.show_explanation()
        self.stage.set_footer(self._footer())

    def _title_body(self) -> str:
        total = len(self.views)
        count = (self.tr("%n question", "", total) if total == 1
                 else self.tr("%n questions", "", total))
        if self.countdown_seconds:
            return count + " · " + self.tr("countdown %1").replace(
                "%1", format_seconds(self.countdown_seconds))
        return count

    def _footer(self) -> str:
        step = self.presentation.step
        last = self.presentation.index == len(self.views) - 1
        hints = {
            Step.TITLE: self.tr("Space: first question"),
            Step.QUESTION: self.tr("Space: reveal the answer"),
            Step.ANSWER: self.tr("Space: why, and the source"),
            Step.EXPLANATION: self.tr("Space: more of the source") if self.stage.more_explanation
            else self.tr("Space: finish") if last else self.tr("Space: next question"),
            Step.END: self.tr("Space: leave"),
        }
        parts = [self._notice] if self._notice else []
        parts += [hints[step], self.tr("→ ←: questions"), self.tr("F1: keys"), self.tr("Esc: leave")]
        return "  ·  ".join(parts)

    # -- the countdown -------------------------------------------------------------------------
    def _start_countdown(self) -> None:
        if self.countdown_seconds > 0:
            self.countdown.start(self.countdown_seconds)
        else:
            self._stop_countdown()

    def _stop_countdown(self) -> None:
        self.countdown.stop()
        self.stage.set_countdown(None)

    def set_countdown_seconds(self, seconds: int) -> None:
        """Change the countdown (remembered for next time); restarts it on a question on screen."""
        self.countdown_seconds = max(0, seconds)
        self.settings.setValue(COUNTDOWN_KEY, self.countdown_seconds)
        self.stage.use_countdown(self.countdown_seconds > 0)
        self._notice = (self.tr("Countdown: %1").replace("%1", format_seconds(seconds))
                        if seconds else self.tr("No countdown"))
        if self.presentation.step is Step.QUESTION:
            self._start_countdown()
        elif self.presentation.step is Step.TITLE:
            self.render()  # the title card names the countdown
        self.stage.set_footer(self._footer())

    def _other_key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_countdown_seconds(next_countdown_choice(self.countdown_seconds, 1))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.set_countdown_seconds(next_countdown_choice(self.countdown_seconds, -1))
        elif key == Qt.Key.Key_T and self.presentation.step is Step.QUESTION:
            if self.countdown.running:
                self._stop_countdown()
            else:
                self._start_countdown()
