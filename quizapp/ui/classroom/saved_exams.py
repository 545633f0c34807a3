"""Exam presets a teacher saved for a pack on this computer (the app's settings file).

Each is kept as the same data a pack's ``exams:`` entry holds and read back through the same
checks, so a preset the pack can no longer hold (a section removed since) is left out rather than
starting a broken exam.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from quizapp.core.exam_checks import preset_to_dict, read_exam_preset
from quizapp.core.models import ExamPreset, Pack


def _key(pack: Pack) -> str:
    return f"exams/{pack.id}"


def section_ids(pack: Pack) -> set[str]:
    known = {s.id for s in pack.sections} | {q.section_id for q in pack.questions
                                             if q.section_id is not None}
    if pack.document is not None:
        known |= {s.id for s in pack.document.sections}
    return known


class SavedExamPresets:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _raw(self, pack: Pack) -> list[object]:
        text = str(self.settings.value(_key(pack), "", type=str) or "")
        try:
            data = json.loads(text) if text else []
        except ValueError:
            return []
        return data if isinstance(data, list) else []

    def load(self, pack: Pack) -> list[ExamPreset]:
        presets = []
        for entry in self._raw(pack):
            preset, _problems = read_exam_preset(entry, section_ids(pack), pack.questions)
            if preset is not None:
                presets.append(preset)
        return presets

    def save(self, pack: Pack, preset: ExamPreset) -> None:
        """Add ``preset``, replacing a saved one with the same id."""
        kept = [p for p in self.load(pack) if p.id != preset.id] + [preset]
        self._write(pack, kept)

    def delete(self, pack: Pack, preset_id: str) -> None:
        self._write(pack, [p for p in self.load(pack) if p.id != preset_id])

    def _write(self, pack: Pack, presets: list[ExamPreset]) -> None:
        self.settings.setValue(_key(pack), json.dumps([preset_to_dict(p) for p in presets],
                                                      ensure_ascii=False))
        self.settings.sync()
