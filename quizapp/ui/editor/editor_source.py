"""The source text of the pack being edited: read once, parsed into passages, re-read when the
pack names another file. Shared by the live checks (as their source reader) and the picker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizapp.core.models import Pack, SourceDocument, SourceInfo
from quizapp.core.source import parse_source
from quizapp.packs.loader import source_reader
from quizapp.packs.pack_document import PackDocument


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, (str, int, float)) and str(value).strip() else None


class EditorSource:
    def __init__(self, document: PackDocument) -> None:
        self.cache: dict[str, str] = {}
        self.document: SourceDocument | None = None
        self.info: SourceInfo | None = None
        self.problem: str | None = None
        self.move_to(Path(document.file).parent)

    def move_to(self, folder: Path) -> None:
        """The pack now lives in ``folder`` (Save as…): its source is read from there."""
        self.folder = folder
        self._read = source_reader(folder)
        self.cache.clear()

    def read_source(self, relative: str) -> str:
        """The validator's source reader, with each file read only once per editing session."""
        if relative not in self.cache:
            self.cache[relative] = self._read(relative)
        return self.cache[relative]

    def reload(self, header: dict[str, Any]) -> None:
        source = header.get("source")
        self.document, self.info, self.problem = None, None, None
        if not isinstance(source, dict):
            return
        relative, title = _text(source.get("text")), _text(source.get("title"))
        if relative is None:
            return
        self.info = SourceInfo(relative, title or relative, _text(source.get("publisher")),
                               _text(source.get("license")), _text(source.get("url")),
                               _text(source.get("article_url")))
        try:
            self.document = parse_source(self.read_source(relative))[0]
        except (OSError, ValueError) as error:
            self.problem = str(error)

    def pack_for_attribution(self) -> Pack | None:
        if self.info is None:
            return None
        return Pack(id="", title=self.info.title, questions=(), source=self.info)

    def sections(self, header: dict[str, Any]) -> list[tuple[str, str]]:
        """Section ids a question may name, with their titles: the pack's, then the source's."""
        result: dict[str, str] = {}
        declared = header.get("sections")
        for entry in declared if isinstance(declared, list) else []:
            if isinstance(entry, dict) and _text(entry.get("id")):
                result[str(entry["id"])] = str(entry.get("title") or entry["id"])
        if self.document is not None:
            for section in self.document.sections:
                result.setdefault(section.id, section.title)
        return list(result.items())
