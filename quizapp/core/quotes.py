"""Where a quote stands in its passage, and whether it is a quote that proves anything.

A citation is ``{passage, quote}``: it names no position, so a quote is found by searching its
passage. Three things make that search go wrong, and each is caught here:

- a quote that starts or ends inside a word ("he highest" of "the highest") is found inside
  other words too; the passage picker widens a selection to whole words (``whole_words``), and
  the validator warns about a hand-written one;
- a quote that occurs more than once points at the first occurrence only; the picker widens it,
  word by word, until it occurs once (``pinpoint``), so "Read in context" highlights the words
  the author selected; the validator warns about a hand-written one;
- a quote of one or two words (or of punctuation only) proves nothing and is hard to find in the
  text; the validator warns below ``MIN_QUOTE_WORDS`` words, and the picker refuses punctuation.

Positions are offsets in the passage text as written (lines and double spaces included), so a
viewer can highlight them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_QUOTE_WORDS = 3
"""Fewer words than this and a quote neither proves an answer nor can be found by eye."""

_APOSTROPHES = "'’"
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Span:
    """One occurrence of a quote: ``[start, end)`` offsets; ``whole`` when it cuts no word."""

    start: int
    end: int
    whole: bool


def _word_char(text: str, index: int) -> bool:
    """A letter or digit, or an apostrophe inside a word (Russia’s, don't)."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if char.isalnum():
        return True
    return (char in _APOSTROPHES and 0 < index < len(text) - 1
            and text[index - 1].isalnum() and text[index + 1].isalnum())


def splits_word(text: str, offset: int) -> bool:
    """Whether ``offset`` (between two characters) falls inside a word."""
    return _word_char(text, offset - 1) and _word_char(text, offset)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the words it touches, without spaces at either end."""
    while start > 0 and splits_word(text, start):
        start -= 1
    while end < len(text) and splits_word(text, end):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_count(quote: str) -> int:
    """The words of a quote: runs of text holding at least one letter or digit."""
    return sum(1 for word in quote.split() if any(char.isalnum() for char in word))


def quote_spans(quote: str, text: str) -> list[Span]:
    """Every occurrence of ``quote`` in ``text``; whitespace may differ, nothing else."""
    words = _WHITESPACE.sub(" ", quote).strip().split(" ")
    if words == [""]:
        return []
    pattern = r"\s+".join(re.escape(word) for word in words)
    return [Span(match.start(), match.end(),
                 not splits_word(text, match.start()) and not splits_word(text, match.end()))
            for match in re.finditer(pattern, text)]


def quote_span(quote: str, text: str) -> tuple[int, int] | None:
    """Where to highlight a quote: its first whole-word occurrence, else its first at all."""
    spans = quote_spans(quote, text)
    best = next((span for span in spans if span.whole), spans[0] if spans else None)
    return (best.start, best.end) if best is not None else None


def pinpoint(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` a word at a time (after it, then before it) until the words occur
    only once in ``text``, so that a search for them finds this place and no other."""
    words = [(match.start(), match.end()) for match in _WORD.finditer(text)]
    before = [word for word in words if word[1] <= start]
    after = [word for word in words if word[0] >= end]
    forward = True
    while len(quote_spans(text[start:end], text)) > 1 and (before or after):
        if (forward and after) or not before:
            end = after.pop(0)[1]
        else:
            start = before.pop()[0]
        forward = not forward
    return start, end


def quote_problems(quote: str, passage_text: str) -> list[str]:
    """Why a quote that does occur in its passage still makes a poor citation (empty if not)."""
    if word_count(quote) == 0:
        return ["the quote has no words, only punctuation; quote the words that prove the answer"]
    spans = quote_spans(quote, passage_text)
    problems = []
    if spans and not any(span.whole for span in spans):
        problems.append("the quote starts or ends inside a word; quote whole words so a learner "
                        "can find them")
    if len(spans) > 1:
        problems.append(f"these words occur {len(spans)} times in the passage, and 'Read in "
                        "context' shows the first; quote a few more words so they point at one "
                        "place")
    words = word_count(quote)
    if words < MIN_QUOTE_WORDS:
        problems.append(f"the quote is {'one word' if words == 1 else f'{words} words'}; quote "
                        f"at least {MIN_QUOTE_WORDS} words (the phrase or sentence that proves "
                        "the answer)")
    return problems
