"""Starting the GUI: the QApplication, the learner's database and settings, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.appdirs import APP_NAME, ORGANIZATION
from quizapp.core.selection import StudyMode
from quizapp.packs.library import resolve_pack
from quizapp.resources import APP_ICON, asset
from quizapp.storage import HistoryStore, ProfileNameError, StorageError, open_history
from quizapp.ui.dialog_titles import install_dialog_titles
from quizapp.ui.keyboard_access import install_keyboard_access
from quizapp.ui.languages import install_translation, language_to_load
from quizapp.ui.learners import LAST_PROFILE_KEY
from quizapp.ui.main_thread_gc import collect_garbage_on_main_thread
from quizapp.ui.main_window import AppContext, MainWindow
from quizapp.ui.startup import open_history_for_app, show_startup_state
from quizapp.ui.style import apply_style
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate


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
    install_keyboard_access(app)  # Enter clicks the focused button; Tab leaves tables
    install_dialog_titles(app)  # a small dialog's title is not cut by the window manager
    collect_garbage_on_main_thread(app)
    return app


SETTINGS_FILE = "settings.ini"


def open_context(data_directory: Path, history: HistoryStore | None = None,
                 cache_directory: Path | None = None) -> AppContext:
    """The window's data; without ``history`` it is opened here (raising ``StorageError`` on
    damage, for tools and tests: the app itself asks the learner first, see ``run_gui``).
    ``cache_directory`` is where validated packs are kept between starts (none: no cache)."""
    if history is None:
        history = HistoryStore(open_history(data_directory).db)
    settings = QSettings(str(data_directory / SETTINGS_FILE), QSettings.Format.IniFormat)
    return AppContext(history=history, settings=settings,
                      bundle_cache=data_directory / "bundles",
                      pack_cache=cache_directory / "packs" if cache_directory else None)


def app_cache_directory() -> Path | None:
    """The platform's cache folder for quizapp (``~/.cache/quizapp`` on Linux), if it has one."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None


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
        except StorageError as error:  # read-only or full: the window starts without it
            QMessageBox.warning(None, translate("Application", "Learner not saved"),
                                as_plain_rich_text(str(error)))
        else:
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
    # the language chosen in Settings (else the system's), before the first question is asked
    settings = QSettings(str(data_directory / SETTINGS_FILE), QSettings.Format.IniFormat)
    install_translation(app, settings)
    QLocale.setDefault(QLocale(language_to_load(settings)))  # month names on the charts
    started = open_history_for_app(data_directory)  # asks what to do if the history is damaged
    if started is None:
        return 1
    context = open_context(data_directory, HistoryStore(started.opened.db),
                           app_cache_directory())
    try:
        window = launch_window(context, pack, profile, mode, exam)
    except LaunchError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        return 2
    show_startup_state(window, started)
    window.backups.back_up_now()
    code = app.exec()
    del window
    return code
