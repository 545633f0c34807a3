"""HTML from other tools turned into plain text with light Markdown, never rendered.

Moodle stores question text as HTML. quizapp shows pack text as plain text or Markdown, so tags
are converted (paragraphs, line breaks, lists, emphasis, links) or dropped; scripts and styles
are dropped with their content; images are reported to the caller, which decides what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "section", "article", "blockquote", "pre", "table", "tr", "ul", "ol",
           "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr"}
_DROPPED = {"script", "style", "head", "title", "iframe", "object", "noscript", "template"}
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Image:
    source: str
    alt: str


@dataclass
class _State:
    parts: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    dropping: int = 0
    lists: list[str] = field(default_factory=list)
    link: str | None = None


class _Converter(HTMLParser):
    def __init__(self, markdown: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.state = _State()
        self.markdown = markdown

    def _emit(self, text: str) -> None:
        if not self.state.dropping:
            self.state.parts.append(text)

    def _mark(self, text: str) -> None:
        if self.markdown:
            self._emit(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _DROPPED:
            self.state.dropping += 1
        elif tag in _BLOCKS or tag == "li":
            if tag in ("ul", "ol"):
                self.state.lists.append(tag)
            self._emit("\n\n" if tag != "li" else "\n")
            if tag == "li":
                marker = "1." if self.state.lists[-1:] == ["ol"] else "-"
                self._emit("  " * max(0, len(self.state.lists) - 1) + marker + " ")
        elif tag == "br":
            self._emit("\n")
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "code":
            self._mark("`")
        elif tag == "a":
            href = values.get("href", "")
            self.state.link = href if href.startswith(("http://", "https://", "mailto:")) else None
            if self.state.link:
                self._mark("[")
        elif tag == "img":
            image = Image(values.get("src", ""), values.get("alt", ""))
            self.state.images.append(image)
            self._emit(f"\x00{len(self.state.images) - 1}\x00")
        elif tag in ("td", "th"):
            self._emit(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.state.dropping = max(0, self.state.dropping - 1)
        elif tag in ("ul", "ol"):
            if self.state.lists:
                self.state.lists.pop()
            self._emit("\n\n")
        elif tag in _BLOCKS:
            self._emit("\n\n")
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "code":
            self._mark("`")
        elif tag == "a" and self.state.link:
            self._mark(f"]({self.state.link})")
            self.state.link = None

    def handle_data(self, data: str) -> None:
        self._emit(_SPACES.sub(" ", data))


def html_to_text(markup: str, markdown: bool = True) -> tuple[str, list[Image]]:
    """Plain text (with light Markdown if ``markdown``), and the images the HTML showed (as
    ``\\x00N\\x00`` marks).

    The caller replaces each mark with what it wants (a Markdown image, a file name) through
    ``replace_images``.
    """
    converter = _Converter(markdown)
    converter.feed(markup.replace("\x00", ""))
    converter.close()
    text = "".join(converter.state.parts)
    lines = [line.strip() if not line.lstrip().startswith(("-", "1.")) else line.rstrip()
             for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    text = text.replace("****", "").replace("**  **", " ")
    return text, converter.state.images


def replace_images(text: str, images: list[Image], shown: list[str]) -> str:
    """Put ``shown[i]`` where image ``i`` stood."""
    for index, replacement in enumerate(shown):
        text = text.replace(f"\x00{index}\x00", replacement)
    return re.sub("\x00[0-9]+\x00", "", text)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(p|br|div|span|b|i|em|strong|img|ul|ol|li|a|table|sub|sup)\b", text,
                          re.IGNORECASE)) or bool(re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text))
