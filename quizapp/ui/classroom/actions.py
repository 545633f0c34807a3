"""The classroom's menu entries and buttons, installed on the main window in one call.

*File → Print worksheet…*, *File → Class report…*, *Results → Save results for the teacher…*
and the same hand-in button on the results screen. The window only calls
``install_classroom_actions``; everything else about these features lives in this package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from quizapp.ui.classroom.sizing import place_within_screen
from quizapp.ui.window_actions import menu_named

if TYPE_CHECKING:  # the report, the worksheet and PDF printing load when first used
    from quizapp.core.models import Pack
    from quizapp.ui.classroom.class_report_window import ClassReportWindow
    from quizapp.ui.classroom.worksheet_dialog import WorksheetDialog
    from quizapp.ui.main_window import MainWindow

STATUS_MILLISECONDS = 8000


class ClassroomActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report_window: ClassReportWindow | None = None
        self.worksheet_dialog: WorksheetDialog | None = None
        self.print_action = self._action(self.tr("Print &worksheet…"),
                                         QKeySequence(QKeySequence.StandardKey.Print),
                                         self.print_worksheet)
        self.report_action = self._action(self.tr("C&lass report…"), QKeySequence("Ctrl+Shift+R"),
                                          self.show_class_report)
        self.handin_action = self._action(self.tr("&Save results for the teacher…"),
                                          QKeySequence("Ctrl+Shift+H"), self.save_for_teacher)
        self.handin_button = QPushButton(self.tr("Save results for the teacher…"))
        self.handin_button.setObjectName("saveForTeacher")
        self.handin_button.setToolTip(self.tr("A file the teacher reads into the class report "
                                              "(Ctrl+Shift+H)"))
        self.handin_button.clicked.connect(self.save_for_teacher)

    def _action(self, text: str, shortcut: QKeySequence,
                handler: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(handler)
        return action

    def install(self) -> None:
        file_menu = menu_named(self.window, "fileMenu")
        if file_menu is not None:
            # a group of their own just above the menu's last entry (Quit) and its separator
            entries = file_menu.actions()
            anchor = entries[-1] if entries else None
            if len(entries) >= 2 and entries[-2].isSeparator():
                anchor = entries[-2]
            if anchor is None:
                file_menu.addActions([self.print_action, self.report_action])
            else:
                file_menu.insertActions(anchor, [self.print_action, self.report_action])
                file_menu.insertSeparator(self.print_action)
        results_menu = QMenu(self.tr("&Results"), self.window)
        results_menu.setObjectName("resultsMenu")
        results_menu.addAction(self.handin_action)
        help_menu = menu_named(self.window, "helpMenu")
        if help_menu is not None:
            self.window.menuBar().insertMenu(help_menu.menuAction(), results_menu)
        else:
            self.window.menuBar().addMenu(results_menu)
        self.window.on_results_made.append(
            lambda screen: screen.add_action_button(self.handin_button))

    # -- the actions ---------------------------------------------------------------------------
    def _current_pack(self) -> Pack | None:
        window = self.window
        if (window.stack.currentWidget() is window.quiz or window.showing_results()) \
                and window.quiz.run:
            return window.quiz.run.pack
        return window.whole_pack(window.home.current_row())

    def print_worksheet(self) -> None:
        from quizapp.ui.classroom.worksheet_dialog import WorksheetDialog

        packs = self.window.loaded_packs()
        self.worksheet_dialog = WorksheetDialog(packs, self._current_pack(),
                                                self.window.context.settings, self.window)
        self.worksheet_dialog.written.connect(
            lambda message: self.window.statusBar().showMessage(message, STATUS_MILLISECONDS))
        self.worksheet_dialog.open()

    def show_class_report(self) -> ClassReportWindow:
        if self.report_window is None:
            from quizapp.ui.classroom.class_report_window import ClassReportWindow

            self.report_window = ClassReportWindow(self.window.loaded_packs,
                                                   self.window.context.settings, self.window)
        self.report_window.show()
        place_within_screen(self.report_window)
        self.report_window.raise_()
        self.report_window.activateWindow()
        return self.report_window

    def save_for_teacher(self) -> None:
        from quizapp.ui.classroom.results_handin import save_results_for_teacher

        window = self.window
        run = window.results.run if window.showing_results() else None
        message = save_results_for_teacher(
            window, window.history, window.profile, window.loaded_packs(),
            window.context.settings, session_id=run.session_id if run else None,
            guest=window.learners.is_guest)
        if message:
            window.statusBar().showMessage(message, STATUS_MILLISECONDS)


def install_classroom_actions(window: MainWindow) -> ClassroomActions:
    actions = ClassroomActions(window)
    actions.install()
    return actions
