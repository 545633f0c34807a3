"""The library-backed half of grading typed answers: number words and country names.

``quizapp.core`` grades with plain functions it is given (``AnswerLanguage``); this module builds
them from maintained libraries — ``text2num`` (number words and ordinals in English, French,
Spanish, Portuguese, German, Dutch, Italian and Danish) and ``pycountry`` (ISO 3166 country
names, translated). It stays Qt-free so the engine, the command line and tests share it.
"""

from __future__ import annotations

import contextlib
import gettext
import re
from collections.abc import Callable

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.typed_answers import fold

TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "it", "da"})

# ISO writes some countries formally; these are the names people type
_EVERYDAY_NAMES = {
    "RU": ("Russia",), "GB": ("Britain", "Great Britain", "UK", "England", "Scotland", "Wales"),
    "US": ("USA", "US", "America", "United States of America"), "KR": ("South Korea",),
    "KP": ("North Korea",), "IR": ("Iran",), "SY": ("Syria",), "VN": ("Vietnam",),
    "MD": ("Moldova",), "CZ": ("Czech Republic",), "NL": ("Holland",), "TR": ("Turkey",),
    "BO": ("Bolivia",), "VE": ("Venezuela",), "TZ": ("Tanzania",), "LA": ("Laos",),
    "TW": ("Taiwan",), "VA": ("Vatican", "Vatican City"), "MK": ("Macedonia",),
    "CD": ("Congo", "DR Congo"), "CG": ("Congo",), "BN": ("Brunei",), "FM": ("Micronesia",),
}
_YEAR_PAIR = re.compile(r"\b(?P<century>1\d|20) (?P<year>\d\d)\b")
_SCALED = re.compile(r"(?P<number>\d+(?:\.\d+)?) (?P<scale>1(?:000)+)\b")


def _number_words(code: str) -> Callable[[str], str] | None:
    if code not in TEXT2NUM_LANGUAGES:
        return None

    def to_digits(text: str) -> str:
        from text_to_num import alpha2digit  # imported on first use: start-up stays quick

        converted: str = alpha2digit(text, code, threshold=0)
        if converted == text:
            return text
        # "eight million" → "8 1000000" and "nineteen ninety-six" → "19 96": read as one number
        converted = _SCALED.sub(
            lambda m: f"{float(m['number']) * int(m['scale']):.12g}", converted)
        return _YEAR_PAIR.sub(lambda m: m["century"] + m["year"], converted)

    return to_digits


def _country_test(code: str) -> Callable[[str], bool]:
    names: set[str] = set()  # filled on first use: most answers never need it

    def is_country(text: str) -> bool:
        if not names:
            import pycountry  # imported on first use: start-up stays quick

            translate: Callable[[str], str] = str  # English names only, unless translated
            with contextlib.suppress(OSError):
                translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                languages=[code]).gettext
            for country in pycountry.countries:
                spellings = [getattr(country, attribute, None)
                             for attribute in ("name", "official_name", "common_name")]
                spellings += list(_EVERYDAY_NAMES.get(country.alpha_2, ()))
                for spelling in filter(None, spellings):
                    names.add(fold(spelling))
                    names.add(fold(translate(spelling)))
                    names.add(fold(spelling.split(",")[0]))
        words = fold(text).split()
        if words and words[0] == "the":
            words = words[1:]
        return " ".join(words) in names

    return is_country


def answer_language(code: str) -> AnswerLanguage:
    """Grading rules for answers typed in the language ``code`` (a pack's ``language``)."""
    plain = AnswerLanguage.plain(code)
    base = code.split("-")[0].split("_")[0].casefold()
    return AnswerLanguage(plain.code, plain.words, _number_words(base), _country_test(base))
