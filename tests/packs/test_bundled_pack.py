"""The bundled pack and its source: valid, every quote verbatim, the article's words unaltered."""

from __future__ import annotations

import re

import pytest

from quizapp.answer_reading import answer_language
from quizapp.core.source import fold_whitespace, parse_source, quote_occurs
from quizapp.packs import check_pack_file
from tests.conftest import BUNDLED_PACK

SOURCE = BUNDLED_PACK.parent / "source.md"
RAW = BUNDLED_PACK.parents[3] / "shared" / "source" / "backgrounder-raw.txt"


def test_bundled_pack_has_no_errors_warnings_or_lint_findings() -> None:
    result = check_pack_file(BUNDLED_PACK, lint=True, languages=answer_language)
    assert [str(d) for d in result.diagnostics] == []
    assert result.pack is not None and len(result.pack.questions) >= 15


def test_every_quote_occurs_in_its_passage() -> None:
    result = check_pack_file(BUNDLED_PACK)
    assert result.pack is not None and result.pack.document is not None
    document = result.pack.document
    for question in result.pack.questions:
        assert question.citations, question.id
        for citation in question.citations:
            passage = document.passage(citation.passage_id)
            assert passage is not None, (question.id, citation.passage_id)
            assert quote_occurs(citation.quote, passage.text), (question.id, citation.quote)


def test_source_passages_are_the_articles_exact_words() -> None:
    if not RAW.exists():
        pytest.skip(f"the raw capture is not beside this checkout ({RAW})")
    raw = fold_whitespace(RAW.read_text(encoding="utf-8").replace("•", " "))
    document, problems = parse_source(SOURCE.read_text(encoding="utf-8"))
    assert problems == []
    for passage in document.passages:
        if passage.section_id == "license":
            continue
        assert fold_whitespace(passage.text) in raw, passage.id
    for section in document.sections:
        if section.id != "license":
            assert section.title in raw, section.id


def test_source_leaves_out_the_web_page_and_keeps_the_attribution() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for navigation in ("More From Our Experts", "More on:", "Top Stories on CFR",
                       "View License Detail", "media inquiries", "Zoe Liu"):
        assert navigation not in text
    assert ("This work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives "
            "4.0 International (CC BY-NC-ND 4.0) License.") in text
    assert "Council on Foreign Relations" in text
    assert "NATO’s closet allies" in text  # the article's typo is kept
    document, _ = parse_source(text)
    assert [s.id for s in document.sections] == [
        "headline", "summary", "intro", "dispute", "promise", "diplomacy", "demands", "support",
        "license"]
    assert len([p for p in document.passages if p.section_id == "demands"
                and p.is_list_item]) == 8
    assert all(re.fullmatch(r"[a-z]+-\d+", p.id) for p in document.passages)


def test_bundled_pack_is_portable_yaml() -> None:
    """Other YAML tools (the pure-Python parser among them) must read it the same way as libyaml."""
    import yaml

    text = BUNDLED_PACK.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)
