"""The text formats other tools mark their text with (HTML, Markdown, plain, Moodle's own), to
plain text or Markdown; and the images such text shows, which a GIFT or CSV file cannot carry."""

from __future__ import annotations

import re

from quizapp.interop.html_text import Image, html_to_text, looks_like_html, replace_images

_MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
FORMATS = ("html", "markdown", "plain", "moodle")


def to_text(text: str, text_format: str, markdown: bool = True) -> tuple[str, list[Image]]:
    """Convert text written in one of ``FORMATS`` (or Moodle XML's names for them).

    With ``markdown`` False, HTML emphasis and links become plain words: for choices and
    accepted answers, which are compared and shown as they are.
    """
    name = text_format.lower()
    if name in ("html",):
        return html_to_text(text, markdown)
    if name in ("moodle", "moodle_auto_format") and looks_like_html(text):
        return html_to_text(text.replace("\n", "<br>"), markdown)
    if name in ("markdown", "moodle", "moodle_auto_format"):
        images = [Image(m.group(2), m.group(1)) for m in _MARKDOWN_IMAGE.finditer(text)]
        return text.strip(), images
    return text.strip(), []


def plain_text(text: str, text_format: str, markdown: bool = True) -> str:
    """Text without any image marks (for choices, answers and feedback)."""
    converted, images = to_text(text, text_format, markdown)
    return replace_images(converted, images, [f"[image: {i.alt or i.source}]" for i in images])


def image_names(images: list[Image]) -> str:
    return ", ".join(sorted({i.source.rsplit("/", 1)[-1] or i.source for i in images}))
