"""The *Class* menu's live-session actions, installed on the main window with one call.

Also, when the app starts, it looks for a live session that the app's last run left unfinished
(a crash, a power cut) and offers to continue it, so the students' pages reconnect by themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QMessageBox

from quizapp.live.folders import JOURNAL_FOLDER, RESULTS_FOLDER
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:  # the server, the journal and the live windows load when a session starts
    from quizapp.live.host import LiveHost
    from quizapp.ui.live.join_window import JoinWindow
    from quizapp.ui.live.teacher_window import LiveWindow
    from quizapp.ui.main_window import MainWindow


def class_menu(window: MainWindow) -> QMenu:
    """The window's *Class* menu, made (before *Help*) if no other feature has made it yet."""
    bar = window.menuBar()
    found = menu_named(window, "classMenu")
    if found is not None:
        return found
    menu = QMenu(translate("LiveActions", "&Class"), window)
    menu.setObjectName("classMenu")
    help_menu = menu_named(window, "helpMenu")
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    return menu


class LiveActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = Path(window.context.settings.fileName()).parent
        self.open_windows: list[LiveWindow | JoinWindow] = []
        self.screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens
        self.full_screen_after_crash = True
        menu = class_menu(window)
        self.host_action = QAction(translate("LiveActions", "&Host a live session…"), window)
        self.host_action.triggered.connect(self.host_session)
        self.join_action = QAction(translate("LiveActions", "&Join a live session…"), window)
        self.join_action.triggered.connect(self.join_session)
        menu.addAction(self.host_action)
        menu.addAction(self.join_action)

    @property
    def journal_dir(self) -> Path:
        return self.data_dir / JOURNAL_FOLDER

    def results_dir(self, session_id: str) -> Path:
        return self.data_dir / RESULTS_FOLDER / session_id

    def _keep(self, opened: LiveWindow | JoinWindow) -> None:
        """Keep a reference while the window is open (it is a top-level window of its own)."""
        from quizapp.ui.live.join_window import JoinWindow

        self.open_windows = [w for w in self.open_windows if w.isVisible()]
        self.open_windows.append(opened)
        if isinstance(opened, JoinWindow):
            opened.show()
        opened.raise_()
        opened.activateWindow()

    def _screen(self) -> tuple[bool, QScreen | None]:
        """The screen for the teacher's window, asked when there are several (as projector mode
        does); the first value is False if the teacher cancelled."""
        from quizapp.ui.classroom.screen_chooser import choose_screen

        screens = self.screens()
        screen = choose_screen(self.window, self.window.context.settings, screens)
        return not (screen is None and len(screens) > 1), screen

    def _open(self, host: LiveHost, podium: bool, screen: QScreen | None,
              full_screen: bool) -> LiveWindow:
        from quizapp.ui.live.teacher_window import LiveWindow

        live = LiveWindow(host, self.results_dir(host.session.session_id), podium=podium,
                          settings=self.window.context.settings)
        live.show_on(screen, full_screen)
        self._keep(live)
        return live

    def host_session(self) -> LiveWindow | None:
        from quizapp.live.host import HostError, lan_addresses, prepare_sockets_in_background
        from quizapp.live.session_setup import new_host
        from quizapp.ui.live.setup_dialog import HostDialog

        row = self.window.home.current_row()
        prepare_sockets_in_background()  # while the teacher fills in the dialog
        dialog = HostDialog(self.window.loaded_packs(), self.window.whole_pack(row), lan_addresses(),
                            self.window, self.window.context.settings)
        if dialog.exec() != HostDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        chosen, screen = self._screen()
        if not chosen:
            return None
        try:
            host = new_host(options.pack, self.journal_dir, address=options.address,
                            port=options.port, count=options.count, time_limit=options.time_limit)
        except HostError as error:
            QMessageBox.warning(
                self.window,
                translate("LiveActions", "The live session cannot start"),
                as_plain_rich_text(
                    translate("LiveActions", "%1\n\nChoose another port or network and try again.").replace(
                        "%1", str(error)
                    )
                ),
            )
            return None
        return self._open(host, options.podium, screen, options.full_screen)

    def join_session(self) -> JoinWindow:
        from quizapp.ui.live.join_window import JoinWindow

        joining = JoinWindow()
        self._keep(joining)
        return joining

    def offer_to_continue(self) -> LiveWindow | None:
        """After a crash: continue the newest unfinished session, or close it and save results.

        Runs at every start, so it looks for the journal folder before loading the live code."""
        if not self.journal_dir.is_dir():
            return None
        from quizapp.live.host import HostError
        from quizapp.live.journal import JournalError, restore, unfinished_sessions
        from quizapp.live.results import write_session_results
        from quizapp.live.session_setup import continue_host

        found = unfinished_sessions(self.journal_dir)
        if not found:
            return None
        latest = found[0]
        students = latest.students
        answer = QMessageBox.question(
            self.window,
            translate("LiveActions", "Continue the live session?"),
            translate(
                "LiveActions",
                "A live session was interrupted at question %1 with %n "
                "student(s). Continue it? The students' pages reconnect by themselves.\n\n"
                "Choose No to end it and save its results.",
                None,
                students,
            ).replace("%1", str(latest.number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        try:
            if answer == QMessageBox.StandardButton.Yes:
                host, note = continue_host(latest.path)
                _, screen = self._screen()  # (cancelled: on the app's screen)
                live = self._open(host, False, screen, self.full_screen_after_crash)
                if note:
                    QMessageBox.information(live, translate("LiveActions", "New address"), note)
                return live
            session, header = restore(latest.path)
            folder = self.results_dir(session.session_id)
            write_session_results(session, folder, header.started_at, None)
            with latest.path.open("a", encoding="utf-8") as journal:
                journal.write('{"event":"end"}\n')
            self.window.statusBar().showMessage(
                translate("LiveActions", "The interrupted live session's results are saved in %1").replace(
                    "%1", str(folder)
                ),
                8000,
            )
        except (JournalError, HostError, OSError) as error:
            QMessageBox.warning(
                self.window,
                translate("LiveActions", "The live session cannot be continued"),
                as_plain_rich_text(str(error)),
            )
        return None


def install_live_actions(window: MainWindow) -> LiveActions:
    """Add *Host a live session…* and *Join a live session…* to the *Class* menu."""
    actions = LiveActions(window)
    # with the actions as context: a window closed before the timer fires cancels it
    QTimer.singleShot(0, actions, actions.offer_to_continue)
    return actions
