from quizapp.core.source import fold_whitespace, parse_source, quote_occurs, quote_span


def test_paragraphs_and_list_items_become_passages_under_their_heading() -> None:
    document, problems = parse_source(
        "# Title {#top}\n\nIntro words. {#top-1}\n\n## Part {#part}\n\n- one {#part-1}\n"
        "- two\n  continued {#part-2}\n\nA paragraph\nover two lines. {#part-3}\n"
    )
    assert problems == []
    assert document.title == "Title"
    assert [s.id for s in document.sections] == ["top", "part"]
    assert [(p.id, p.section_id, p.text) for p in document.passages] == [
        ("top-1", "top", "Intro words."),
        ("part-1", "part", "one"),
        ("part-2", "part", "two continued"),
        ("part-3", "part", "A paragraph over two lines."),
    ]
    assert document.passage("part-1") is not None and document.passage("part-1").is_list_item


def test_duplicate_and_missing_ids_are_reported_with_lines() -> None:
    _, problems = parse_source("First. {#a}\n\nSecond. {#a}\n\nThird without id.\n")
    assert [(p.line, p.is_error) for p in problems] == [(3, True), (5, False)]
    assert "duplicate id 'a'" in problems[0].message
    assert "{#some-id}" in problems[1].message


def test_quotes_match_after_folding_whitespace_only() -> None:
    text = "Putin warned  U.S.\nofficials that “No Russian leader could stand idly by”."
    assert quote_occurs("warned U.S. officials", text)
    assert quote_occurs("“No Russian leader could stand idly by”", text)
    assert not quote_occurs('"No Russian leader could stand idly by"', text)
    assert not quote_occurs("putin warned", text)
    assert not quote_occurs("   ", text)
    assert fold_whitespace("  a \n b\t c ") == "a b c"


def test_quote_span_points_into_the_original_text() -> None:
    text = "one two\n three four"
    span = quote_span("two three", text)
    assert span is not None
    assert text[span[0]:span[1]] == "two\n three"
    assert quote_span("five", text) is None
