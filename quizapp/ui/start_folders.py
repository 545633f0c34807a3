"""Where a save or open dialog starts: the folder last used for that kind of file, else the
user's Documents folder, else their home folder.

A remembered folder may be gone (a USB stick, a deleted class folder) and Documents may not exist
(a fresh account, a container): a file dialog given a missing folder starts in the process's
working folder, or types the missing folder's name into the file name box. So only a folder that
exists is ever offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder if it exists, else their home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(settings: QSettings, key: str) -> Path:
    """The folder remembered under ``key`` if it still exists, else :func:`documents_folder`."""
    stored = str(settings.value(key, "", type=str) or "")
    if stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()
