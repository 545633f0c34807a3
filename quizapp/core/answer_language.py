"""What grading typed answers needs to know about a pack's language.

The word lists a teacher would apply by heart (articles, prepositions, negations) are small and
live here. What needs real linguistic data — reading number words ("seventieth"), knowing that
"Germany" is a country — comes from libraries outside ``core`` (see ``quizapp.answer_reading``)
and is passed in as plain functions, so grading itself stays pure and testable with fakes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_LETTER = re.compile(r"[^\W\d_]")
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑–](?=[^\W\d_])")

NumberWords = Callable[[str], str]
"""Rewrites number words in a text as digits: "eight articles" → "8 articles",
"seventieth" → "70th"; leaves other text alone."""

PlaceTest = Callable[[str], bool]
"""Whether a text names a country, so "Munich, Germany" may be read as "Munich"."""


@dataclass(frozen=True)
class WordLists:
    """Small closed word classes of one language, all casefolded."""

    leading: frozenset[str] = frozenset()
    """Articles and prepositions that may start an answer without changing it ("the", "in")."""
    negations: frozenset[str] = frozenset()
    """Words that turn an answer into its opposite ("not Prague"): never forgiven."""
    joiners: frozenset[str] = frozenset()
    """Words that join several names in one answer ("Sea Breeze and Rapid Trident")."""
    and_word: str = "and"
    """How "&" is read: "Bosnia & Herzegovina" is "Bosnia and Herzegovina"."""
    number_lead: frozenset[str] = frozenset()
    """Words that may come before a number without changing it ("in 1996", "about 8")."""
    number_blockers: frozenset[str] = frozenset()
    """Words that change a number's meaning and so may not follow or precede it ("8 more")."""
    decimal_comma: bool = False
    """True where "2,5" is two and a half and "100.000" is a hundred thousand."""
    plural_suffixes: bool = False
    """True where a trailing -s / -es makes a plural (English): "Javelins" = "Javelin"."""
    noun_links: frozenset[str] = frozenset()
    """Words that tie a noun the question implies to the name it introduces ("the island of
    Sicily" when the question asks for an island): the noun and the link may be left out."""
    splitter: re.Pattern[str] = field(init=False, repr=False, compare=False)
    """Where one typed answer names several things: punctuation and the ``joiners``. Compiled
    once here, not at every answer graded."""

    def __post_init__(self) -> None:
        joiners = "|".join(sorted(self.joiners))
        pattern = rf"\s*(?:[,;/&]|\b(?:{joiners})\b)\s*" if joiners else r"\s*[,;/&]\s*"
        object.__setattr__(self, "splitter", re.compile(pattern, re.IGNORECASE))


_ENGLISH = WordLists(
    leading=frozenset({"the", "a", "an", "in", "at", "on", "of", "to", "from", "by", "for",
                       "into", "within", "during"}),
    negations=frozenset({"not", "no", "never", "nor", "neither", "isn't", "wasn't", "isnt",
                         "wasnt", "except", "without", "nobody", "none"}),
    joiners=frozenset({"and", "or"}),
    number_lead=frozenset({"in", "about", "around", "approximately", "roughly", "circa", "ca",
                           "c", "some", "the", "year", "on", "at", "by"}),
    number_blockers=frozenset({
        "not", "no", "never", "or", "and", "nor", "than", "more", "less", "fewer", "over",
        "under", "above", "below", "before", "after", "minus", "plus", "times", "half",
        "quarter", "third", "thirds", "bc", "bce", "percent", "hundred", "thousand", "million",
        "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions",
        "billions", "to", "until", "till", "through", "between", "ago", "later", "earlier",
        "least", "most", "almost", "nearly", "just", "only", "except", "per",
    }),
    plural_suffixes=True,
    noun_links=frozenset({"of"}),
)
_FRENCH = WordLists(
    leading=frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "en", "au",
                       "aux", "a", "dans"}),
    negations=frozenset({"ne", "pas", "non", "jamais", "sauf", "sans"}),
    joiners=frozenset({"et", "ou"}),
    and_word="et",
    noun_links=frozenset({"de", "d", "du", "des"}),
    number_lead=frozenset({"en", "environ", "vers", "le", "l", "la", "an", "annee"}),
    number_blockers=frozenset({"pas", "non", "ou", "et", "plus", "moins", "avant", "apres",
                               "av", "jc", "pour", "cent", "mille", "million", "millions"}),
    decimal_comma=True,
)
_GERMAN = WordLists(
    leading=frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "in",
                       "im", "am", "an", "auf", "bei", "von", "vom", "zu", "zum", "zur", "nach"}),
    negations=frozenset({"nicht", "kein", "keine", "keinen", "nie", "niemals", "ausser"}),
    joiners=frozenset({"und", "oder"}),
    and_word="und",
    number_lead=frozenset({"im", "jahr", "etwa", "ungefahr", "circa", "ca", "rund", "am"}),
    number_blockers=frozenset({"nicht", "kein", "oder", "und", "mehr", "weniger", "uber",
                               "unter", "vor", "nach", "chr", "prozent", "tausend", "million",
                               "millionen"}),
    decimal_comma=True,
)
_SPANISH = WordLists(
    leading=frozenset({"el", "la", "los", "las", "un", "una", "en", "de", "del", "al", "a"}),
    negations=frozenset({"no", "nunca", "ni", "excepto", "sin"}),
    joiners=frozenset({"y", "e", "o", "u"}),
    and_word="y",
    noun_links=frozenset({"de", "del"}),
    number_lead=frozenset({"en", "el", "ano", "unos", "unas", "aproximadamente", "hacia"}),
    number_blockers=frozenset({"no", "o", "y", "mas", "menos", "antes", "despues", "de",
                               "mil", "millon", "millones"}),
    decimal_comma=True,
)
WORD_LISTS: dict[str, WordLists] = {"en": _ENGLISH, "fr": _FRENCH, "de": _GERMAN, "es": _SPANISH}
"""Languages whose forgiving rules quizapp knows; others get the rules no word list needs."""


@dataclass(frozen=True)
class AnswerLanguage:
    """Everything grading needs to know about the language answers are typed in."""

    code: str = "en"
    words: WordLists = field(default_factory=WordLists)
    number_words: NumberWords | None = None
    is_country: PlaceTest | None = None

    def digits_for_words(self, text: str) -> str:
        """``text`` with its number words as digits, where this language can read them.
        Hyphens between words are spaces first: "seventy-fifth" and "Two-Plus-Four" read alike."""
        if self.number_words is None or not _LETTER.search(text):
            return text
        return self.number_words(_WORD_HYPHEN.sub(" ", text))

    @classmethod
    def plain(cls, code: str) -> AnswerLanguage:
        """The word lists of ``code`` with no library behind it: digits only, no place names."""
        base = code.split("-")[0].split("_")[0].casefold()
        return cls(code, WORD_LISTS.get(base, WordLists()))
