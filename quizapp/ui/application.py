"""Starting the GUI: the QApplication, the learner's database and settings, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.appdirs import APP_NAME, ORGANIZATION
from quizapp.core.selection import StudyMode
from quizapp.packs.library import resolve_pack
from quizapp.resources import APP_ICON, asset
from quizapp.storage import DATABASE_FILE, HistoryStore, ProfileNameError, open_database
from quizapp.ui.languages import install_translation
from quizapp.ui.learners import LAST_PROFILE_KEY
from quizapp.ui.main_thread_gc import collect_garbage_on_main_thread
from quizapp.ui.main_window import AppContext, MainWindow
from quizapp.ui.style import apply_style


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("io.github.quizapp.QuizApp")
    icon = asset(APP_ICON)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_style(app)
    collect_garbage_on_main_thread(app)
    return app


def open_context(data_directory: Path) -> AppContext:
    data_directory.mkdir(parents=True, exist_ok=True)
    db = open_database(data_directory / DATABASE_FILE)
    settings = QSettings(str(data_directory / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(history=HistoryStore(db), settings=settings,
                      bundle_cache=data_directory / "bundles")


class LaunchError(Exception):
    """A command-line choice that cannot be honoured (unknown pack, bad profile name)."""


def launch_window(context: AppContext, pack: str | None = None,
                  profile: str | None = None, mode: str | None = None,
                  exam: str | None = None) -> MainWindow:
    """The main window as ``quizapp --pack ... --profile ... --mode ...`` asks for it, shown.

    ``--mode exam`` (or ``--exam ID``) starts the exam at once, with no dialog: the one named,
    else the pack's first, else the first saved for the pack, else 20 questions in 30 minutes.
    """
    if (mode or exam) and not pack:
        raise LaunchError("--mode and --exam need --pack: which pack to start")
    study_mode = StudyMode.EXAM if exam else StudyMode(mode or StudyMode.PRACTICE.value)
    if profile:
        try:
            name = context.history.ensure_profile(profile).name
        except ProfileNameError as error:
            raise LaunchError(str(error)) from error
        context.settings.setValue(LAST_PROFILE_KEY, name)
    path = None
    if pack:
        try:
            path = resolve_pack(pack)
        except FileNotFoundError as error:
            raise LaunchError(str(error)) from error
    window = MainWindow(context)
    window.show()
    if study_mode is StudyMode.EXAM:
        window.exams.launch_on_open(exam)
    if path is not None:
        window.open_pack_file(path, start=True, mode=study_mode)
    return window


def run_gui(data_directory: Path, pack: str | None = None, profile: str | None = None,
            mode: str | None = None, exam: str | None = None) -> int:
    app = make_application()
    try:
        context = open_context(data_directory)
    except Exception as error:  # the one place a start-up failure is shown to a person
        QMessageBox.critical(None, "quizapp cannot start",
                             f"Your data folder {data_directory} could not be opened:\n\n{error}")
        return 1
    install_translation(app, context.settings)  # the language chosen in Settings, if shipped
    try:
        window = launch_window(context, pack, profile, mode, exam)
    except LaunchError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return 2
    code = app.exec()
    del window
    return code
