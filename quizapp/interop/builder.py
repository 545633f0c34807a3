"""Assembling imported questions into a valid pack, turning whatever is still wrong into warnings.

Every importer hands its questions here as pack data (the same mapping a pack file holds), with
the line each started on. Each question is checked by the same validator as a pack file, so an
import never produces a pack that quizapp would refuse: a question the validator rejects is
skipped with the validator's own reason, at the line where it stood in the imported file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quizapp.core.validation import FORMAT, validate_pack_data
from quizapp.interop.results import ImportFailure, ImportResult, ImportWarning

_MAX_ID_WORDS = 6
_MAX_ID_LENGTH = 48


def slug(text: str, fallback: str = "question") -> str:
    """A readable id from a title: lowercase ASCII words joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:_MAX_ID_WORDS]
    result = "-".join(words)[:_MAX_ID_LENGTH].strip("-")
    return result or fallback


def category_title(path: str) -> str:
    """A Moodle category path as a section title: ``$course$/top/Default for X/Week 1`` →
    ``Week 1``; deeper paths keep their parts (``Physics / Optics``)."""
    parts = [p.strip() for p in path.strip().split("/")]
    parts = [p for p in parts if p and not (p.startswith("$") and p.endswith("$"))
             and p != "top" and not p.startswith("Default for ")]
    return " / ".join(parts)


def short(text: str, limit: int = 50) -> str:
    """The start of a prompt, to name a question in a warning."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class _DraftLines:
    """Positions for the validator: every problem of question ``i`` is at its line in the file."""

    def __init__(self, lines: list[int]) -> None:
        self.lines = lines

    def of_value(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
            return (self.lines[path[1]], 1)
        return (self.lines[0] if self.lines else 1, 1)

    def of_key(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        return self.of_value(path)


@dataclass
class _Draft:
    line: int
    data: dict[str, object]
    name: str | None


class PackBuilder:
    """Collects one imported file's questions, sections and warnings, then builds the pack."""

    def __init__(self, file: str, title: str) -> None:
        self.file = file
        self.title = title
        self.warnings: list[ImportWarning] = []
        self.attachments: dict[str, bytes] = {}
        self.section_titles: dict[str, str] = {}
        self.section: str | None = None
        self._drafts: list[_Draft] = []

    # -- what importers call -------------------------------------------------------------------
    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ImportWarning(self.file, line, message))

    def skip(self, line: int, what: str, why: str) -> None:
        self.warn(line, f"skipped {what}: {why}")

    def start_section(self, title: str) -> None:
        """A category of the imported file; the questions after it belong to it."""
        title = " ".join(title.split())
        if not title:
            self.section = None
            return
        for ident, known in self.section_titles.items():
            if known == title:
                self.section = ident
                return
        ident = self._unique(slug(title, "section"), set(self.section_titles))
        self.section_titles[ident] = title
        self.section = ident

    def add(self, line: int, data: dict[str, object], name: str | None = None) -> None:
        """One question as pack data, without ``id`` (made from ``name`` or the prompt)."""
        if self.section is not None and "section" not in data:
            data = {**data, "section": self.section}
        self._drafts.append(_Draft(line, data, name))

    # -- building ------------------------------------------------------------------------------
    @staticmethod
    def _unique(base: str, taken: set[str]) -> str:
        candidate, number = base, 2
        while candidate in taken:
            candidate = f"{base}-{number}"
            number += 1
        return candidate

    def _frame(self, questions: list[dict[str, object]], sections: list[str]) -> dict[str, object]:
        data: dict[str, object] = {"format": FORMAT, "id": slug(self.title, "imported-pack"),
                                   "title": self.title.strip() or "Imported questions"}
        if sections:
            data["sections"] = [{"id": s, "title": self.section_titles[s]} for s in sections]
        data["questions"] = questions
        return data

    def _what(self, draft: _Draft) -> str:
        prompt = draft.data.get("prompt")
        label = draft.name or (short(prompt) if isinstance(prompt, str) else "")
        return f"question '{label}'" if label else "a question"

    def build(self) -> ImportResult:
        accepted: list[tuple[_Draft, dict[str, object]]] = []
        taken: set[str] = set()
        for draft in self._drafts:
            prompt = draft.data.get("prompt")
            base = slug(draft.name or (prompt if isinstance(prompt, str) else ""))
            question = {"id": self._unique(base, taken), **draft.data}
            section = question.get("section")
            check = validate_pack_data(self._frame([question], [section] if isinstance(
                section, str) else []), file=self.file, positions=_DraftLines([draft.line]))
            if check.errors:
                reasons = "; ".join(dict.fromkeys(d.message for d in check.errors))
                self.skip(draft.line, self._what(draft), reasons)
                continue
            for warning in check.warnings:
                self.warn(draft.line, f"{self._what(draft)}: {warning.message}")
            taken.add(str(question["id"]))
            accepted.append((draft, question))
        self.warnings.sort(key=lambda w: w.line)
        if not accepted:
            return ImportResult(None, tuple(self.warnings), dict(self.attachments))
        used = list(dict.fromkeys(str(q["section"]) for _, q in accepted if "section" in q))
        result = validate_pack_data(self._frame([q for _, q in accepted], used), file=self.file,
                                    positions=_DraftLines([d.line for d, _ in accepted]))
        if result.pack is None:  # each question passed alone, so only the pack itself can fail
            raise ImportFailure(self.file, 1, "; ".join(d.message for d in result.errors))
        known = {(w.line, w.message) for w in self.warnings}
        for warning in result.warnings:  # across questions, e.g. two with the same prompt
            if not any(w.line == warning.line and w.message.endswith(warning.message)
                       for w in self.warnings) and (warning.line, warning.message) not in known:
                self.warnings.append(ImportWarning(self.file, warning.line, warning.message))
        self.warnings.sort(key=lambda w: w.line)
        return ImportResult(result.pack, tuple(self.warnings), dict(self.attachments))
