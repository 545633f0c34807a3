"""``quizapp worksheet`` with no display: the PDF and its key, and clear refusals."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tests.test_cli import run
from tests.ui.classroom.pdf_reading import pdf_pages, printed


def test_worksheet_and_key_are_written_headless(tmp_path: Path) -> None:
    sheet, key = tmp_path / "sheet.pdf", tmp_path / "key.pdf"
    result = run("worksheet", str(FIXTURES / "mini"), "-o", str(sheet), "--answer-key", str(key),
                 "--seed", "12", "--types", "single,true-false", "matching", "--title",
                 "Atlas quiz")
    assert result.returncode == 0, result.stderr
    assert f"wrote {sheet}: 3 questions on 1 page, version 12; answer key {key}" in result.stderr
    [page] = pdf_pages(sheet)
    assert page.startswith("Atlas quiz The Little Atlas Name:")
    for prompt in ("Where does the river Vell reach the sea?",
                   "Hillcross holds its lantern market in summer.",
                   "Match each town to the year it was founded."):
        assert printed(prompt, page)
    assert "Which towns were founded" not in page  # a multiple-choice question: not chosen
    assert "Atlas quiz · version 12 · page 1 of 1" in page
    key_text = " ".join(pdf_pages(key))
    assert printed("“The Little Atlas” by Example Press. Licensed under CC BY 4.0", key_text)
    again = tmp_path / "again.pdf"
    assert run("worksheet", str(FIXTURES / "mini"), "-o", str(again), "--seed", "12", "--types",
               "single", "true_false", "matching", "--title", "Atlas quiz").returncode == 0
    assert pdf_pages(again) == [page], "the same seed gives the same worksheet"


def test_refusals_name_the_problem(tmp_path: Path) -> None:
    mini = str(FIXTURES / "mini")
    out = str(tmp_path / "x.pdf")
    cases = [
        (("no-such-pack",), "no pack file or bundled pack called 'no-such-pack'"),
        ((mini, "--sections", "nowhere"), "has no section 'nowhere'; its sections are atlas, towns"),
        ((mini, "--types", "essay"), "unknown question type 'essay'"),
        ((mini, "--count", "0"), "at least one question"),
        ((mini, "--seed", "-3"), "--seed must be between 0 and 999999"),
        ((mini, "--sections", "atlas", "--types", "numeric"), "no question of the pack matches"),
    ]
    for arguments, message in cases:
        result = run("worksheet", *arguments, "-o", out)
        assert result.returncode == 2, (arguments, result.stderr)
        assert message in result.stderr, (arguments, result.stderr)
    assert not Path(out).exists()
    unwritable = run("worksheet", mini, "-o", str(tmp_path / "missing-dir" / "x.pdf"))
    assert unwritable.returncode == 2
    assert "cannot write the PDF" in unwritable.stderr
