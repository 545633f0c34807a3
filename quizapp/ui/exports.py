"""Saving a learner's history (CSV) and a progress report (PDF) where the learner chooses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quizapp.core.models import Pack
from quizapp.storage import StorageError
from quizapp.storage.csv_export import export_history_file
from quizapp.storage.database import database_path
from quizapp.storage.history import HistoryStore, Profile
from quizapp.storage.statistics import StatisticsStore
from quizapp.ui.operations import BackgroundRunner
from quizapp.ui.progress_report import report_html, write_report_pdf
from quizapp.ui.statistics_screen import gather_progress
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate


def export_history_csv(parent: QWidget, history: HistoryStore, profile: Profile,
                       runner: BackgroundRunner, report: Callable[[str], None]) -> None:
    """Ask where, then write every answer of the learner on a worker thread (a classroom PC's
    history can have a million answers); ``report`` gets the status message when it is done."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Exports", "Export history"),
        str(Path.home() / f"{profile.name}-history.csv"), translate("Exports", "CSV files (*.csv)"))
    if not name:
        return
    target = Path(name)
    database = database_path(history.db)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("Exports", "Export failed"), as_plain_rich_text(
            translate("Exports", "Could not write %1: %2").replace("%2", str(error)).replace(
                "%1", name)))

    def done(rows: int) -> None:
        report(translate("Exports", "Exported %n answer(s) to %1.", None, rows).replace(
            "%1", name))

    if database is None:  # the Guest's history is in memory, and small
        try:
            done(history.export_history_csv(profile.id, target))
        except (OSError, StorageError) as error:
            failed(error)
        return
    report(translate("Exports", "Exporting your history to %1…").replace("%1", name))
    runner.run(lambda: export_history_file(database, profile.id, target), done, failed)


def export_progress_pdf(parent: QWidget, statistics: StatisticsStore, profile: Profile,
                        packs: list[Pack], runner: BackgroundRunner,
                        report: Callable[[str], None]) -> None:
    """Ask where, then lay out and write the one-page report on a worker thread (fitting it to
    the page takes several layouts); ``report`` gets the status message when it is done."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Exports", "Save progress report"),
        str(Path.home() / f"{profile.name}-progress.pdf"), translate("Exports", "PDF files (*.pdf)"))
    if not name:
        return
    progress = [gather_progress(statistics, profile, pack) for pack in packs]
    html = report_html(profile.name, statistics.totals(profile.id),
                       statistics.streak_days(profile.id), progress)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("Exports", "Report not saved"),
                            as_plain_rich_text(str(error)))

    saved = translate("Exports", "Saved the progress report to %1.").replace("%1", name)
    report(translate("Exports", "Writing the progress report to %1…").replace("%1", name))
    runner.run(lambda: write_report_pdf(Path(name), html), lambda _: report(saved), failed)
