"""View → Projector (F5): project the pack chosen on the home screen, or the running quiz's.

Installed into the main window by one call, so the window itself only knows that there is a
projector. From a running quiz the projector shows that quiz's questions in the same order,
starting at the question on screen; it never shows the learner's answers or score.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen

from quizapp.ui.translation import translate
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:  # projector mode's windows load when F5 is first pressed
    from quizapp.classroom.countdown import Clock
    from quizapp.core.engine import QuestionView
    from quizapp.core.models import Pack
    from quizapp.ui.classroom.projector_mode import ProjectorMode
    from quizapp.ui.main_window import MainWindow

SHORTCUT = "F5"


class ProjectorLauncher(QObject):
    opened = Signal(object)  # ProjectorMode

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mode: ProjectorMode | None = None
        self.clock: Clock = time.monotonic
        self.screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens
        self.full_screen = True
        self.action = QAction(self.tr("&Projector"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(self.tr("Show the pack's questions full screen for a class"))
        self.action.triggered.connect(self.open)

    def material(self) -> tuple[Pack, tuple[QuestionView, ...], int | None] | None:
        """What to project: the running quiz's questions, else the chosen pack's, else nothing."""
        from quizapp.classroom.slides import session_views
        from quizapp.core.engine import QuizSession

        window = self.window
        run = window.quiz.run
        if window.stack.currentWidget() is window.quiz and run is not None:
            views = session_views(run.session)
            return run.pack, views, min(run.session.position, len(views) - 1)
        pack = window.whole_pack(window.home.current_row())
        if pack is None or not pack.questions:
            return None
        return pack, session_views(QuizSession(pack)), None

    def open(self) -> ProjectorMode | None:
        if self.mode is not None:
            self.mode.window.raise_()
            self.mode.window.activateWindow()
            return self.mode
        material = self.material()
        if material is None:
            self.window.statusBar().showMessage(
                self.tr("Choose a pack on the home screen first, then press F5."), 6000)
            return None
        from quizapp.ui.classroom.projector_mode import ProjectorMode
        from quizapp.ui.classroom.screen_chooser import choose_screen

        screen = choose_screen(self.window, self.window.context.settings, self.screens())
        if screen is None and len(self.screens()) > 1:
            return None  # the teacher cancelled the choice of screen
        pack, views, start = material
        mode = ProjectorMode(pack, views, self.window.context.settings, start=start,
                             clock=self.clock, parent=self)
        mode.left.connect(self._left)
        self.mode = mode
        mode.open(screen, self.full_screen)
        self.opened.emit(mode)
        return mode

    def _left(self) -> None:
        if self.mode is not None:
            self.mode.deleteLater()
        self.mode = None
        window = self.window
        window.activateWindow()
        window.raise_()
        if window.stack.currentWidget() is window.home:
            window.home.focus_packs()
        elif window.stack.currentWidget() is window.quiz and window.quiz.input is not None:
            window.quiz.input.focus_first()

    def close(self) -> None:
        if self.mode is not None:
            self.mode.leave()


def install_projector(window: MainWindow) -> ProjectorLauncher:
    """Add View → Projector (F5) to the window's menu bar."""
    launcher = ProjectorLauncher(window)
    view_menu = menu_named(window, "viewMenu")
    if view_menu is None:
        view_menu = window.menuBar().addMenu(translate("ProjectorLauncher", "&View"))
        view_menu.setObjectName("viewMenu")
    view_menu.addSeparator()
    view_menu.addAction(launcher.action)
    window.addAction(launcher.action)
    return launcher
