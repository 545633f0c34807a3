"""Source texts: parsing the Markdown into addressable passages, and checking quotes against them.

Quotes are compared after folding whitespace only. Everything else (case, punctuation, typographic
quotes) must match, because the point of a citation is that the learner can find those exact words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.cancellation import CancelCheck, check
from quizapp.core.models import Passage, Section, SourceDocument
from quizapp.core.quotes import quote_span

__all__ = [
    "PassageIndex", "SourceProblem", "fold_whitespace", "parse_source", "quote_occurs", "quote_span",
]

_ID_MARKER = re.compile(r"\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SourceProblem:
    """Something wrong in a source text, at a 1-based line."""

    line: int
    message: str
    is_error: bool = True


def fold_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def quote_occurs(quote: str, passage_text: str) -> bool:
    folded = fold_whitespace(quote)
    return bool(folded) and folded in fold_whitespace(passage_text)


class PassageIndex:
    """One source text prepared for checking many citations: lookups by id, texts folded once.

    A pack cites its source thousands of times; scanning the passages for each citation, or
    folding the same passage again for each quote, made validation grow with the square of the
    pack.
    """

    def __init__(self, document: SourceDocument) -> None:
        self.document = document
        self.passages = {passage.id: passage for passage in document.passages}
        self.sections = {section.id: section for section in document.sections}
        self.ids = list(self.passages)
        self._folded: dict[str, str] = {}

    def folded(self, passage: Passage) -> str:
        text = self._folded.get(passage.id)
        if text is None:
            text = self._folded[passage.id] = fold_whitespace(passage.text)
        return text

    def occurs_in(self, quote: str, passage: Passage) -> bool:
        """``quote_occurs`` with the passage folded only once per index."""
        folded = fold_whitespace(quote)
        return bool(folded) and folded in self.folded(passage)

    def first_passage_quoting(self, quote: str) -> str | None:
        """The id of the first passage in which ``quote`` occurs (a scan of the whole source)."""
        folded = fold_whitespace(quote)
        if not folded:
            return None
        for passage in self.document.passages:
            if folded in self.folded(passage):
                return passage.id
        return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def parse_source(text: str,
                 cancelled: CancelCheck | None = None) -> tuple[SourceDocument, list[SourceProblem]]:
    """Split a Markdown source into sections and passages.

    Paragraphs and list items become passages; the ``{#id}`` written at the end of each gives it the
    stable address that questions cite. A block without an id is still shown but cannot be cited, so
    it is reported as a warning.
    """
    problems: list[SourceProblem] = []
    sections: list[Section] = []
    passages: list[Passage] = []
    seen_ids: dict[str, int] = {}
    title = ""
    current_section: str | None = None
    block: list[str] = []
    block_line = 0
    block_is_item = False

    def take_id(raw: str, line: int) -> tuple[str, str | None]:
        match = _ID_MARKER.search(raw)
        if not match:
            return raw.strip(), None
        return raw[: match.start()].strip(), match.group(1)

    def remember_id(ident: str, line: int) -> bool:
        if ident in seen_ids:
            problems.append(
                SourceProblem(
                    line,
                    f"duplicate id '{ident}' (first used on line {seen_ids[ident]}); "
                    "give every heading and passage its own id",
                )
            )
            return False
        seen_ids[ident] = line
        return True

    def flush() -> None:
        nonlocal block, block_is_item
        if not block:
            return
        joined = " ".join(part.strip() for part in block)
        body, ident = take_id(joined, block_line)
        if ident is None:
            problems.append(
                SourceProblem(
                    block_line,
                    "this paragraph has no passage id; end it with {#some-id} so questions can cite it",
                    is_error=False,
                )
            )
        elif remember_id(ident, block_line):
            passages.append(Passage(ident, current_section, body, block_line, block_is_item))
        block = []
        block_is_item = False

    for number, raw_line in enumerate(text.splitlines(), start=1):
        if not number % 4096:
            check(cancelled)
        line = raw_line.rstrip()
        if not line.strip():
            flush()
            continue
        if _THEMATIC_BREAK.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            heading_text, ident = take_id(heading.group(2), number)
            heading_text = heading_text.rstrip("#").strip()
            if ident is None:
                ident = _slug(heading_text)
            if remember_id(ident, number):
                sections.append(Section(ident, heading_text))
            current_section = ident
            if not title and len(heading.group(1)) == 1:
                title = heading_text
            continue
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            block = [item.group(1)]
            block_line = number
            block_is_item = True
            continue
        if not block:
            block_line = number
        block.append(line)
    flush()
    return SourceDocument(title, tuple(sections), tuple(passages)), problems
