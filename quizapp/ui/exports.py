"""Saving a learner's history (CSV) and a progress report (PDF) where the learner chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quizapp.core.models import Pack
from quizapp.storage.history import HistoryStore, Profile
from quizapp.storage.statistics import StatisticsStore
from quizapp.ui.progress_report import report_html, write_report_pdf
from quizapp.ui.statistics_screen import gather_progress


def export_history_csv(parent: QWidget, history: HistoryStore, profile: Profile) -> str | None:
    """Ask where, write every answer of the learner; returns a status message, None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export history", str(Path.home() / f"{profile.name}-history.csv"),
        "CSV files (*.csv)")
    if not name:
        return None
    try:
        rows = history.export_history_csv(profile.id, Path(name))
    except OSError as error:
        QMessageBox.warning(parent, "Export failed", f"Could not write {name}: {error}")
        return None
    return f"Exported {rows} answers to {name}."


def export_progress_pdf(parent: QWidget, statistics: StatisticsStore, profile: Profile,
                        packs: list[Pack]) -> str | None:
    """Ask where, write the one-page report; returns a status message, None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Save progress report", str(Path.home() / f"{profile.name}-progress.pdf"),
        "PDF files (*.pdf)")
    if not name:
        return None
    progress = [gather_progress(statistics, profile, pack) for pack in packs]
    html = report_html(profile.name, statistics.totals(profile.id),
                       statistics.streak_days(profile.id), progress)
    try:
        write_report_pdf(Path(name), html)
    except OSError as error:
        QMessageBox.warning(parent, "Report not saved", str(error))
        return None
    return f"Saved the progress report to {name}."
