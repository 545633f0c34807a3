"""Unsaved edits kept in the data folder, so a crash or a power cut never loses a teacher's work.

The editor writes the pack text it would save to one recovery file per pack (atomically, a moment
after each change) and removes it once the pack is saved or the changes are discarded. Whatever
is left at the next start was interrupted, and is offered back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizapp.packs.atomic_write import write_text_atomically

FORMAT = "quizapp-recovery/1"
MAX_RECOVERY_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Recovered:
    """Edits to the pack at ``pack_path`` that were never saved."""

    pack_path: Path
    text: str
    saved_at: datetime
    file: Path


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def file_for(self, pack_path: Path) -> Path:
        key = hashlib.sha256(str(Path(pack_path).resolve()).encode("utf-8")).hexdigest()[:20]
        return self.folder / f"{key}.json"

    def save(self, pack_path: Path, text: str, now: datetime | None = None) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {"format": FORMAT, "pack": str(Path(pack_path).resolve()),
                  "saved_at": (now or datetime.now(UTC)).isoformat(), "text": text}
        target = self.file_for(pack_path)
        write_text_atomically(target, json.dumps(record, ensure_ascii=False))
        return target

    def discard(self, pack_path: Path) -> None:
        self.file_for(pack_path).unlink(missing_ok=True)

    def find(self, pack_path: Path) -> Recovered | None:
        return self._read(self.file_for(pack_path))

    def entries(self) -> list[Recovered]:
        """Every interrupted edit, newest first; files that are not recovery records are skipped."""
        if not self.folder.is_dir():
            return []
        found = [self._read(path) for path in sorted(self.folder.glob("*.json"))]
        return sorted((entry for entry in found if entry is not None),
                      key=lambda entry: entry.saved_at, reverse=True)

    @staticmethod
    def _read(path: Path) -> Recovered | None:
        try:
            if path.stat().st_size > MAX_RECOVERY_BYTES:
                return None
            record = json.loads(path.read_text(encoding="utf-8"))
            if record.get("format") != FORMAT:
                return None
            saved_at = datetime.fromisoformat(str(record["saved_at"]))
            return Recovered(Path(str(record["pack"])), str(record["text"]), saved_at, path)
        except (OSError, ValueError, KeyError, AttributeError, TypeError):
            return None
