"""A teacher's text becomes a source whose every heading and paragraph has a readable, stable id."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.source import fold_whitespace, parse_source
from quizapp.core.source_building import (
    SourceTextError,
    blocks_from_html,
    draft_source,
    readable_slug,
)

ATLAS_TXT = """The Little Atlas
The river Vell runs from the northern hills
to the sea at Port Amber.

Towns
- Port Amber was founded in 1802.
- Hillcross holds a market every winter.

The region had about 12,500 inhabitants.
"""


def test_plain_text_gets_title_sections_and_numbered_passages() -> None:
    draft = draft_source(ATLAS_TXT, "txt")
    assert draft.title == "The Little Atlas"
    assert draft.markdown == (
        "# The Little Atlas {#little-atlas}\n\n"
        "The river Vell runs from the northern hills to the sea at Port Amber. {#little-atlas-1}\n\n"
        "## Towns {#towns}\n\n"
        "- Port Amber was founded in 1802. {#towns-1}\n"
        "- Hillcross holds a market every winter. {#towns-2}\n\n"
        "The region had about 12,500 inhabitants. {#towns-3}\n"
    )
    document, problems = parse_source(draft.markdown)
    assert problems == []
    assert [p.id for p in document.passages] == ["little-atlas-1", "towns-1", "towns-2", "towns-3"]


def test_text_without_blank_lines_is_one_paragraph_per_line() -> None:
    draft = draft_source("First line of the text.\nSecond line, also a paragraph.\n", "txt",
                         "Notes")
    document, _ = parse_source(draft.markdown)
    assert document.title == "Notes"
    assert [p.text for p in document.passages] == ["First line of the text.",
                                                   "Second line, also a paragraph."]


def test_markdown_keeps_the_authors_ids_and_numbers_the_rest() -> None:
    text = ("Intro\n=====\n\nA first paragraph\nover two lines.\n\n## Part two {#two}\n\n"
            "Kept id. {#mine}\n\nNo id here.\n\n```\ncode line\n```\n\n<!-- a comment -->\n"
            "> quoted words\n")
    draft = draft_source(text, "md")
    document, problems = parse_source(draft.markdown)
    assert problems == []
    assert [(p.id, p.text) for p in document.passages] == [
        ("intro-1", "A first paragraph over two lines."), ("mine", "Kept id."),
        ("two-1", "No id here."), ("two-2", "code line"), ("two-3", "quoted words")]
    assert [s.id for s in document.sections] == ["intro", "two"]


def test_ids_written_twice_are_kept_once() -> None:
    document, problems = parse_source(draft_source("# T\n\nOne {#x}\n\nTwo {#x}\n", "md").markdown)
    assert problems == []
    assert [p.id for p in document.passages] == ["x", "t-1"]


def test_html_is_read_as_data_only() -> None:
    page = """<html><head><title>Page title</title><script>alert('x')</script>
    <style>p {color: red}</style></head><body><nav>Home | About</nav>
    <h1>The Little Atlas</h1><p>The river <b>Vell</b> &amp; its <a href="http://x">hills</a>.<br>
    More.</p><ul><li>One town</li><li>Two towns</li></ul>
    <h2>What is the source of Russia’s dispute?</h2><p># not a heading</p>
    <img src="file:///etc/passwd" alt="no"><footer>© someone</footer></body></html>"""
    title, blocks = blocks_from_html(page)
    assert title == "Page title"
    assert blocks[0].text == "The Little Atlas"
    draft = draft_source(page, "html")
    assert draft.markdown == (
        "# The Little Atlas {#little-atlas}\n\n"
        "The river Vell & its hills. More. {#little-atlas-1}\n\n"
        "- One town {#little-atlas-2}\n- Two towns {#little-atlas-3}\n\n"
        "## What is the source of Russia’s dispute? {#source-russias-dispute}\n\n"
        "not a heading {#source-russias-dispute-1}\n")
    assert "alert" not in draft.markdown and "Home" not in draft.markdown


def test_readable_slugs() -> None:
    assert readable_slug("What is the source of Russia’s dispute with NATO?") == \
        "source-russias-dispute"
    assert readable_slug("Économie et société") == "economie-et-societe"
    assert readable_slug("Что это") == "section"
    assert readable_slug("The") == "the"


def test_empty_text_and_unknown_kinds_are_refused() -> None:
    with pytest.raises(SourceTextError, match="no paragraphs"):
        draft_source("# Only a heading\n", "md")
    with pytest.raises(SourceTextError, match="not 'doc'"):
        draft_source("text", "doc")


WORDS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,;’'\"()éß"),
                min_size=1, max_size=60).filter(lambda t: t.strip()[:1].isalnum())


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=8))
def test_every_paragraph_of_a_plain_text_is_kept_word_for_word(paragraphs: list[str]) -> None:
    draft = draft_source("\n\n".join(paragraphs), "txt", "Any")
    document, problems = parse_source(draft.markdown)
    assert problems == []
    shown = [fold_whitespace(p.text) for p in document.passages] + [
        fold_whitespace(s.title) for s in document.sections]
    for paragraph in paragraphs:
        assert fold_whitespace(paragraph) in shown


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["txt", "md", "html"]))
def test_any_text_gives_unique_ids_or_a_clear_refusal(text: str, kind: str) -> None:
    try:
        draft = draft_source(text, kind, "Any")
    except SourceTextError as error:
        assert "no paragraphs" in str(error)
        return
    document, problems = parse_source(draft.markdown)
    assert problems == []
    ids = [p.id for p in document.passages] + [s.id for s in document.sections]
    assert document.passages and len(ids) == len(set(ids))
