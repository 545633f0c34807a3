"""Where quizapp keeps the learner's data: explicit folder first, then the platform's app-data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quizapp"
ORGANIZATION = "quizapp"
DATA_DIR_VARIABLE = "QUIZAPP_DATA_DIR"


def data_dir(explicit: str | Path | None = None) -> Path:
    """``--data-dir`` wins, then ``QUIZAPP_DATA_DIR``, then QStandardPaths' AppDataLocation."""
    if explicit:
        return Path(explicit).expanduser()
    from_environment = os.environ.get(DATA_DIR_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / APP_NAME
