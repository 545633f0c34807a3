"""Grading a typed short answer as a teacher would.

Forgiven, because they do not change the answer: case, accents and punctuation; a leading article
or preposition ("the Donbas", "in Prague"); dotted or bracketed abbreviations ("C.I.A.",
"Partnership for Peace (PfP)"); a trailing country ("Munich, Germany"); a trailing noun the
question already implies ("Javelin missiles" when it asks for missiles, or a word the teacher
listed in ``implied``), or such a noun leading with "of" ("the island of Sicily" when it asks for
an island); singular and plural; hyphen, space or none; "&" and "and"; number words and digits;
several names joined by "and"/"or"/commas when every one is accepted. A small typo is "almost".
Never forgiven: anything that adds a different fact ("Berlin", "Prague, not Berlin", "not
Prague", "the island of Malta").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.limits import MAX_TYPED_ANSWER


class Verdict(StrEnum):
    RIGHT = "right"
    ALMOST = "almost"
    WRONG = "wrong"


@dataclass(frozen=True)
class TextMatch:
    verdict: Verdict
    matched: str | None = None
    """The accepted form (as the teacher wrote it) that the answer matched or nearly matched."""


def fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded: ' Kyiv. ' and 'kyiv' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category.startswith("M"):
            continue
        kept.append(" " if category[0] in "PS" else char)
    return " ".join("".join(kept).casefold().split())


_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.\s?){2,}")
_BRACKETED = re.compile(r"^(?P<before>[^()\[\]]*)[(\[](?P<inside>[^()\[\]]+)[)\]](?P<after>[^()\[\]]*)$")
_QUALIFIED = re.compile(r"^(?P<main>.+?)(?:\s*,\s*|\s+in\s+)(?P<place>[^,]+)$")


def edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    neighbouring letters each cost one ("Hilcross", "Hillcorss" are one from "Hillcross")."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def typo_allowance(length: int) -> int:
    """How many typing slips an answer of ``length`` letters may have and still be "almost":
    none in short words, where one letter makes another word."""
    return 0 if length < 4 else 1 if length < 10 else 2


class ShortAnswerMatcher:
    """The accepted forms of one question, prepared once; ``match`` grades one typed answer."""

    def __init__(self, accept: Sequence[str], close: Sequence[str] = (), *, prompt: str = "",
                 implied: Sequence[str] = (), language: AnswerLanguage | None = None) -> None:
        self.language = language or AnswerLanguage.plain("en")
        words = self.language.words
        self.implied = {self._singular(w) for w in fold(" ".join(implied)).split()}
        # lowercase words of the prompt are common nouns it implies ("missiles", "region")
        self.implied |= {
            self._singular(word) for word in fold(" ".join(
                w for w in re.findall(r"[^\W\d_]+", prompt) if w.islower() and len(w) > 2))
            .split() if word not in words.leading and word not in words.negations
        }
        self.forms: dict[str, str] = {}
        for form in accept:
            for variant in self._variants(form):
                for key in self.keys(variant):
                    self.forms.setdefault(key, form)
        self.close = {key for c in close for key in self.keys(c)}
        self.accepted_words = {w for form in accept for w in self._words(form)}

    # -- turning text into a comparable key -------------------------------------------------------
    def _singular(self, word: str) -> str:
        if not self.language.words.plural_suffixes or len(word) <= 3:
            return word
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith(("sses", "xes", "zes", "ches", "shes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
        return word

    def _words(self, text: str, *, numbers: bool = True) -> list[str]:
        text = _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ", text)
        text = text.replace("&", f" {self.language.words.and_word} ")
        return fold(self.language.digits_for_words(text) if numbers else text).split()

    def keys(self, text: str) -> set[str]:
        """An answer's keys with number words read as digits and as written: "2 Plus 4" and
        "TwoPlusFour" both meet "Two Plus Four"."""
        return {self.key(text), self.key(text, numbers=False)} - {""}

    def key(self, text: str, *, plurals: bool = True, numbers: bool = True) -> str:
        """What is left of an answer once everything that does not change it is dropped.
        ``plurals=False`` keeps word endings, to measure typos against what was typed."""
        words = self._words(text, numbers=numbers)
        leading = self.language.words.leading
        while len(words) > 1 and words[0] in leading:
            words.pop(0)
        while len(words) > 1 and self._singular(words[-1]) in self.implied:
            words.pop()
        return "".join(self._singular(w) if plurals else w for w in words)

    def _variants(self, form: str) -> Iterator[str]:
        """An accepted form and what it stands for: "Partnership for Peace (PfP)" also accepts
        "Partnership for Peace" and "PfP"."""
        yield form
        bracketed = _BRACKETED.match(form)
        if bracketed:
            yield f"{bracketed['before']} {bracketed['after']}"
            yield bracketed["inside"]

    # -- grading ----------------------------------------------------------------------------------
    def _accepted(self, text: str) -> str | None:
        return next((self.forms[key] for key in self.keys(text) if key in self.forms), None)

    def _initials(self, text: str) -> str:
        return "".join(word[0] for word in self._words(text))

    def _readings(self, typed: str) -> Iterator[list[str]]:
        """Ways to read an answer, each a list of names that must all be accepted."""
        yield [typed]
        bracketed = _BRACKETED.match(typed)
        if bracketed:
            main = f"{bracketed['before']} {bracketed['after']}".strip()
            inside = bracketed["inside"]
            if (self._accepted(inside) or self._is_country(inside)
                    or fold(inside).replace(" ", "") == self._initials(main)):
                yield [main]
        qualified = _QUALIFIED.match(typed)
        if qualified and self._is_country(qualified["place"]):
            yield [qualified["main"]]
        named = self._without_implied_prefix(typed)
        if named:
            yield [named]
        parts = [p for p in self.language.words.splitter.split(typed) if p.strip()]
        if len(parts) > 1:
            yield parts

    def _without_implied_prefix(self, typed: str) -> str | None:
        """"the island of Sicily" → "Sicily" when the question implies "island": the noun only
        restates what was asked. Only the typed answer is read so, never an accepted form (an
        accepted "Isle of Man" does not make "Man" right)."""
        words = self._words(typed, numbers=False)
        while len(words) > 3 and words[0] in self.language.words.leading:
            words.pop(0)
        if (len(words) >= 3 and self._singular(words[0]) in self.implied
                and words[1] in self.language.words.noun_links):
            return " ".join(words[2:])
        return None

    def _is_country(self, text: str) -> bool:
        test = self.language.is_country
        return test is not None and test(text.strip())

    def match(self, typed: str) -> TextMatch:
        typed = typed.strip()[:MAX_TYPED_ANSWER]
        if not self.key(typed):
            return TextMatch(Verdict.WRONG)
        for reading in self._readings(typed):
            found = [self._accepted(part) for part in reading]
            if all(found):
                return TextMatch(Verdict.RIGHT, found[0])
        return self._near_miss(typed)

    def _near_miss(self, typed: str) -> TextMatch:
        words = set(self._words(typed))
        if words & self.language.words.negations - self.accepted_words:
            return TextMatch(Verdict.WRONG)  # "not Prague" is never a typo of "Prague"
        singles = [typed] + [r[0] for r in self._readings(typed) if len(r) == 1]
        candidates = {self.key(text, plurals=plurals) for text in singles
                      for plurals in (True, False)}
        forms = dict(self.forms)
        for form in set(self.forms.values()):
            forms.setdefault(self.key(form, plurals=False), form)
        best: tuple[int, str] | None = None
        for candidate in candidates:
            for form_key, form in forms.items():
                if re.sub(r"\D", "", candidate) != re.sub(r"\D", "", form_key):
                    continue  # a different number is a different fact, not a slip
                distance = edit_distance(candidate, form_key)
                if distance <= typo_allowance(len(form_key)) and (best is None or
                                                                   distance < best[0]):
                    best = (distance, form)
        if best is not None:
            return TextMatch(Verdict.ALMOST, best[1])
        if any(self.keys(text) & self.close for text in singles):
            nearest = min(self.forms.items(),
                          key=lambda item: edit_distance(self.key(typed), item[0]), default=None)
            return TextMatch(Verdict.ALMOST, nearest[1] if nearest else None)
        return TextMatch(Verdict.WRONG)


def match_short_answer(typed: str, accept: Sequence[str], close: Sequence[str] = (), *,
                       prompt: str = "", implied: Sequence[str] = (),
                       language: AnswerLanguage | None = None) -> TextMatch:
    """Grade one typed answer against a question's accepted and close forms."""
    return ShortAnswerMatcher(accept, close, prompt=prompt, implied=implied,
                              language=language).match(typed)
