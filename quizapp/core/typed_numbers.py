"""Reading a typed number as a teacher would: "100,000", "100 000", "in 1996", "8 articles",
"eight", "the seventieth", "70th" — and never a number with a word that changes it ("8 more",
"not 1996", "1996 or 1997").
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.core.answer_language import AnswerLanguage

_GROUP_SEPARATORS = " \u00a0\u202f'’_"
_NUMBER = r"[+-]?\d[\d" + re.escape(_GROUP_SEPARATORS + ",.") + r"]*"
_ORDINAL = r"(?:st|nd|rd|th|er|re|eme|ieme|e|o|a|º|ª|\.)?"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_SHAPE = re.compile(
    rf"^(?P<lead>(?:{_WORD}\s+){{0,4}})(?P<number>{_NUMBER}){_ORDINAL}"
    rf"(?P<tail>(?:\s+{_WORD}){{0,3}})$"
)


def _fold(text: str) -> str:
    """Case and accents folded, the minus sign read as '-', end punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2212", "-"))
    kept = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return " ".join(kept.casefold().split()).rstrip(" .!?;:")


def parse_digits(text: str, *, decimal_comma: bool = False) -> float | None:
    """A number written in digits with any common grouping: '100,000', '100 000', "100'000",
    '2.5' (or '100.000' and '2,5' where the decimal mark is a comma); None otherwise."""
    cleaned = text.strip().replace("\u2212", "-")
    decimal, group = (",", ".") if decimal_comma else (".", ",")
    separators = re.escape(_GROUP_SEPARATORS + group)
    grouped = re.fullmatch(rf"([+-]?\d{{1,3}}(?:[{separators}]\d{{3}})+)({re.escape(decimal)}\d+)?",
                           cleaned)
    if grouped:
        whole = re.sub(rf"[{separators}]", "", grouped.group(1))
        fraction = (grouped.group(2) or "").replace(decimal, ".")
        return float(whole + fraction)
    plain = re.fullmatch(rf"[+-]?(?:\d+(?:{re.escape(decimal)}\d*)?|{re.escape(decimal)}\d+)",
                         cleaned)
    return float(cleaned.replace(decimal, ".")) if plain else None


def read_number(text: str, language: AnswerLanguage | None = None) -> float | None:
    """The number a learner meant, or None when the answer is not one number alone.

    Forgiven: grouping, a leading word that does not change the number ("in", "about", "the"),
    an ordinal ending ("70th"), up to three trailing words naming the unit ("8 articles"), and
    number words when the language can read them. Anything else — a second number, a word that
    changes the number ("more", "not", "million" left unread) — makes it unreadable, so wrong.
    """
    language = language or AnswerLanguage.plain("en")
    words = language.words
    folded = _fold(language.digits_for_words(text.strip()))
    if not folded:
        return None
    shape = _SHAPE.match(folded)
    if shape is None:
        return None
    lead = shape.group("lead").split()
    tail = re.split(r"[\s'’-]+", shape.group("tail").strip()) if shape.group("tail") else []
    if any(word not in words.number_lead for word in lead):
        return None
    refused = words.number_blockers | words.negations
    if any(word in refused for word in tail):
        return None
    return parse_digits(shape.group("number").strip(), decimal_comma=words.decimal_comma)
