"""*Results → Save results for the teacher…*: a learner's session written as a results file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from quizapp.classroom.results_file import write_results_file
from quizapp.classroom.session_results import SessionConversionError, session_results
from quizapp.core.models import Pack
from quizapp.storage.history import HistoryStore, Profile
from quizapp.storage.session_records import SessionRecord, SessionRecords
from quizapp.ui.start_folders import start_folder
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate

FOLDER_KEY = "classroom/handin_folder"


def file_name(learner: str, pack_id: str, started_at: str) -> str:
    """``Ana-Lopez-nato-flashpoint-2026-12-01.json``: sorted by learner in the teacher's folder."""
    safe = re.sub(r"[^\w-]+", "-", learner, flags=re.UNICODE).strip("-") or "learner"
    return f"{safe}-{pack_id}-{started_at[:10]}.json"


def _pack_for(record: SessionRecord, packs: Sequence[Pack]) -> Pack | None:
    """The pack the session was played from (same file), else any open pack with its id."""
    same_id = [p for p in packs if p.id == record.pack_id]
    return next((p for p in same_id if p.path and p.path == record.pack_path),
                same_id[0] if same_id else None)


def save_results_for_teacher(parent: QWidget, history: HistoryStore, profile: Profile,
                             packs: Sequence[Pack], settings: QSettings, *,
                             session_id: int | None = None, guest: bool = False) -> str | None:
    """Ask where, write the session (the learner's latest if none is given); returns a status
    message, or None if nothing was saved (cancelled, or the learner was told why)."""
    records = SessionRecords(history.db)
    if session_id is None:
        session_id = records.latest_session_id(profile.id)
    record = records.session(session_id) if session_id is not None else None
    if record is None:
        QMessageBox.information(
            parent,
            translate("ResultsHandIn", "Nothing to save yet"),
            translate(
                "ResultsHandIn",
                "Answer at least one question of a quiz first; then its results can be saved for "
                "the teacher.",
            ),
        )
        return None
    pack = _pack_for(record, packs)
    if pack is None:
        QMessageBox.warning(
            parent,
            translate("ResultsHandIn", "Results not saved"),
            translate(
                "ResultsHandIn",
                "The pack of this quiz (%1) is not open. Open it (File → Open pack…) and try again.",
            ).replace("%1", record.pack_title),
        )
        return None
    try:
        results = session_results(record, pack)
    except SessionConversionError as error:
        QMessageBox.warning(
            parent, translate("ResultsHandIn", "Results not saved"), as_plain_rich_text(str(error))
        )
        return None
    if guest:
        name, ok = QInputDialog.getText(
            parent,
            translate("ResultsHandIn", "Your name"),
            translate("ResultsHandIn", "Guests keep nothing, so the teacher needs your name on the results:"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok or not name.strip():
            return None
        results = replace(results, learner=" ".join(name.split()))
    folder = start_folder(settings, FOLDER_KEY)
    default = Path(folder) / file_name(results.learner, pack.id, results.started_at)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ResultsHandIn", "Save results for the teacher"),
        str(default),
        translate("ResultsHandIn", "Results files (*.json)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".json") else Path(name + ".json")
    try:
        write_results_file(path, results)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("ResultsHandIn", "Results not saved"),
            translate("ResultsHandIn", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )
        return None
    settings.setValue(FOLDER_KEY, str(path.parent))
    return (
        translate(
            "ResultsHandIn", "Saved %1's results (%2 of %3 right) to %4 — hand this file to the teacher."
        )
        .replace("%1", results.learner)
        .replace("%2", str(results.score))
        .replace("%3", str(results.total))
        .replace("%4", str(path))
    )
