"""Turning a teacher's own text (Markdown, plain text or HTML) into a source text questions can cite.

Every heading and paragraph gets a passage id that a person can read and that never changes once
written: the section's slug plus a number (``towns-2``). Ids the author already wrote (``{#id}``
in Markdown) are kept. HTML is read with the standard library's parser as data only: nothing is
rendered, fetched or run, and scripts, styles and navigation are left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum
from html.parser import HTMLParser

from quizapp.core.source import fold_whitespace, parse_source


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"


@dataclass(frozen=True)
class TextBlock:
    """One heading, paragraph or list item of the teacher's text, on one line."""

    kind: BlockKind
    text: str
    level: int = 0
    ident: str | None = None


@dataclass(frozen=True)
class SourceDraft:
    """The source text to write as ``source.md``, with the title it was given."""

    title: str
    markdown: str


class SourceTextError(ValueError):
    """The text cannot become a source (it is empty, or of a kind quizapp does not read)."""


TEXT_KINDS = {".md": "md", ".markdown": "md", ".txt": "txt", ".text": "txt", ".html": "html",
              ".htm": "html", ".xhtml": "html"}

_ID_MARKER = re.compile(r"\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+•])\s+(.*)$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING_LIKE = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_ITEM_LIKE = re.compile(r"^\s{0,3}[-*+](\s+|$)(.*)$")
_STOP_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "had",
    "has", "have", "how", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the",
    "their", "this", "to", "was", "were", "what", "when", "where", "which", "who", "why", "will",
    "with"})
_SENTENCE_END = tuple(".,;:!?\"”’')]…")


def readable_slug(text: str, words: int = 3, limit: int = 32) -> str:
    """A short id made of the text's first meaningful words: 'What is the source…' → 'source-…'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’‘ʼ]", "", ascii_text.lower())
    parts = [part for part in re.split(r"[^a-z0-9]+", ascii_text) if part]
    meaningful = [part for part in parts if part not in _STOP_WORDS] or parts
    slug = ""
    for part in meaningful[:words]:
        candidate = f"{slug}-{part}" if slug else part
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (meaningful[0][:limit] if meaningful else "section")


def _take_id(text: str) -> tuple[str, str | None]:
    match = _ID_MARKER.search(text)
    if match is None:
        return text.strip(), None
    return text[: match.start()].strip(), match.group(1)


# -- reading each kind of text -----------------------------------------------------------------
def blocks_from_markdown(text: str, *, markdown: bool = True) -> list[TextBlock]:
    """Headings (ATX and underlined), list items and paragraphs; code fences become paragraphs.

    With ``markdown=False`` (plain text) fences and HTML comments are ordinary text.
    """
    blocks: list[TextBlock] = []
    lines: list[str] = []
    kind = BlockKind.PARAGRAPH
    in_fence = False
    in_comment = False

    def flush() -> None:
        nonlocal lines, kind
        if lines:
            body, ident = _take_id(" ".join(part.strip() for part in lines))
            if body:
                blocks.append(TextBlock(kind, body, ident=ident))
        lines, kind = [], BlockKind.PARAGRAPH

    for raw in text.splitlines():
        line = raw.rstrip()
        if in_comment:
            in_comment = "-->" not in line
            continue
        if markdown and _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                lines.append(line)
            continue
        if markdown and line.lstrip().startswith("<!--"):
            flush()
            in_comment = "-->" not in line
            continue
        stripped = line.lstrip()
        if stripped.startswith(">"):
            line = stripped.lstrip(">").strip()
            stripped = line
        if not stripped:
            flush()
            continue
        underline = _SETEXT_UNDERLINE.match(line)
        if underline and lines and kind is BlockKind.PARAGRAPH and len(lines) == 1:
            body, ident = _take_id(lines[0])
            level = 1 if underline.group(1).startswith("=") else 2
            blocks.append(TextBlock(BlockKind.HEADING, body, level, ident))
            lines = []
            continue
        if _THEMATIC_BREAK.match(line):
            flush()
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            flush()
            body, ident = _take_id(heading.group(2))
            if body:
                blocks.append(TextBlock(BlockKind.HEADING, body.rstrip("#").strip(),
                                        len(heading.group(1)), ident))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            lines, kind = [bullet.group(1)], BlockKind.ITEM
            continue
        lines.append(line)
    flush()
    return blocks


def _looks_like_heading(block: TextBlock, is_last: bool) -> bool:
    text = block.text
    return (block.kind is BlockKind.PARAGRAPH and not is_last and len(text) <= 80
            and len(text.split()) <= 12 and not text.endswith(_SENTENCE_END)
            and (text[:1].isupper() or text[:1].isdigit()))


def _separate_title_lines(text: str) -> str:
    """Put a blank line after a short first line that heads a block of much longer lines."""
    result: list[str] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            block.append(line)
            continue
        if len(block) > 1:
            first, longest = block[0].strip(), max(len(other.strip()) for other in block[1:])
            if (len(first) <= 60 and len(first) < 0.6 * longest
                    and not first.endswith(_SENTENCE_END) and first[:1].isupper()):
                block.insert(1, "")
        result.extend(block)
        result.append(line)
        block = []
    return "\n".join(result)


def blocks_from_plain_text(text: str) -> list[TextBlock]:
    """Paragraphs split at blank lines (or at every line when the text has no blank line).

    A short line standing alone, without closing punctuation, is taken as a heading, as it is in
    most texts typed or pasted by hand.
    """
    lines = text.splitlines()
    if len([line for line in lines if line.strip()]) > 1 and all(line.strip() for line in lines):
        text = "\n\n".join(lines)
    raw_blocks = blocks_from_markdown(_separate_title_lines(text), markdown=False)
    result: list[TextBlock] = []
    for number, block in enumerate(raw_blocks):
        if _looks_like_heading(block, number == len(raw_blocks) - 1):
            result.append(replace(block, kind=BlockKind.HEADING, level=1 if number == 0 else 2))
        else:
            result.append(block)
    return result


class _HtmlBlocks(HTMLParser):
    SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math", "nav", "footer",
                         "aside", "form", "button", "select", "iframe", "object", "canvas", "head"})
    BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                        "dd", "dt", "figcaption", "caption", "td", "th", "tr", "section",
                        "article", "main", "table", "ul", "ol", "dl", "hr", "address", "details",
                        "summary", "header", "body", "figure"})
    VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col",
                      "base", "embed", "param", "track"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[TextBlock] = []
        self.title = ""
        self.open_tags: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.buffer: list[str] = []

    def _kind(self) -> tuple[BlockKind, int]:
        for tag in reversed(self.open_tags):
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                return BlockKind.HEADING, int(tag[1])
            if tag == "li":
                return BlockKind.ITEM, 0
        return BlockKind.PARAGRAPH, 0

    def _flush(self) -> None:
        text = fold_whitespace("".join(self.buffer))
        self.buffer = []
        if not text:
            return
        kind, level = self._kind()
        self.blocks.append(TextBlock(kind, text, level))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in self.SKIPPED and tag not in self.VOID:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "br":
            self.buffer.append(" ")
            return
        if tag in self.BLOCKS or (len(tag) == 2 and tag[0] == "h" and tag[1].isdigit()):
            self._flush()
        if tag not in self.VOID:
            self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag not in self.open_tags:
            return
        if tag in self.BLOCKS or (len(tag) == 2 and tag[0] == "h" and tag[1].isdigit()):
            self._flush()
        while self.open_tags:
            if self.open_tags.pop() == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.buffer.append(data)


def blocks_from_html(text: str) -> tuple[str, list[TextBlock]]:
    """The page's blocks and its ``<title>``, read as data only."""
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    parser._flush()
    return fold_whitespace(parser.title), parser.blocks


# -- writing the source ------------------------------------------------------------------------
class _Ids:
    """Hands out unique ids; an id the author wrote twice is kept only where it first stood."""

    def __init__(self, blocks: list[TextBlock]) -> None:
        self.taken = {block.ident for block in blocks if block.ident}
        self.written: set[str] = set()

    def own(self, ident: str | None) -> str | None:
        if ident is None or ident in self.written:
            return None
        self.written.add(ident)
        return ident

    def claim(self, wanted: str) -> str:
        ident, number = wanted, 2
        while ident in self.taken:
            ident, number = f"{wanted}-{number}", number + 1
        self.taken.add(ident)
        return ident

    def next_passage(self, section: str, counter: dict[str, int]) -> str:
        while True:
            counter[section] = counter.get(section, 0) + 1
            ident = f"{section}-{counter[section]}"
            if ident not in self.taken:
                self.taken.add(ident)
                return ident


def _as_written(block: TextBlock) -> TextBlock | None:
    """The block as it must be written to read back as itself; None when nothing is left.

    Source Markdown has no escapes, so a paragraph that starts like a heading loses its '#'
    marks and one that starts like a list item becomes one; blank or marker-only blocks go.
    """
    if block.kind is BlockKind.HEADING:
        return block if block.text.strip() else None
    kind, text = block.kind, block.text.strip()
    while _HEADING_LIKE.match(text):
        text = text.lstrip().lstrip("#").strip()
    item = _ITEM_LIKE.match(text)
    while item:
        kind, text = BlockKind.ITEM, item.group(2).strip()
        item = _ITEM_LIKE.match(text)
    if not text or _THEMATIC_BREAK.match(text) or _HEADING_LIKE.match(text):
        return None
    return replace(block, kind=kind, text=text)


def source_markdown(blocks: list[TextBlock], title: str) -> str:
    """The blocks as quizapp source Markdown, one block per line, each with its ``{#id}``."""
    blocks = [written for written in map(_as_written, blocks) if written is not None]
    if not blocks or blocks[0].kind is not BlockKind.HEADING or blocks[0].level != 1:
        blocks = [TextBlock(BlockKind.HEADING, title, 1), *blocks]
    ids = _Ids(blocks)
    counter: dict[str, int] = {}
    section = "text"
    lines: list[str] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            section = ids.own(block.ident) or ids.claim(readable_slug(block.text))
            ids.written.add(section)
            level = min(max(block.level, 1), 6)
            if lines:
                lines.append("")
            lines.append(f"{'#' * level} {block.text} {{#{section}}}")
            lines.append("")
            continue
        ident = ids.own(block.ident) or ids.next_passage(section, counter)
        ids.written.add(ident)
        marker = "- " if block.kind is BlockKind.ITEM else ""
        if lines and lines[-1] and not (marker and lines[-1].startswith("- ")):
            lines.append("")
        lines.append(f"{marker}{block.text} {{#{ident}}}")
    return "\n".join(lines).rstrip() + "\n"


def draft_source(text: str, kind: str, title: str | None = None) -> SourceDraft:
    """The source Markdown for a text of ``kind`` ('md', 'txt' or 'html').

    ``title`` names the text when it has no first-level heading of its own. Raises
    ``SourceTextError`` when nothing citable is left.
    """
    page_title = ""
    if kind == "html":
        page_title, blocks = blocks_from_html(text)
    elif kind == "md":
        blocks = blocks_from_markdown(text)
    elif kind == "txt":
        blocks = blocks_from_plain_text(text)
    else:
        raise SourceTextError(f"quizapp reads Markdown, plain text and HTML texts, not {kind!r}")
    heading_title = next((b.text for b in blocks if b.kind is BlockKind.HEADING and b.level == 1),
                         "")
    source_title = heading_title or title or page_title or "Source text"
    markdown = source_markdown(blocks, source_title)
    document, problems = parse_source(markdown)
    if not document.passages:
        raise SourceTextError("the text has no paragraphs to cite; it needs at least one "
                              "paragraph of text")
    if problems:  # a bug here, not the teacher's mistake
        raise AssertionError(f"the built source does not read back: {problems}")
    return SourceDraft(document.title or source_title, markdown)
