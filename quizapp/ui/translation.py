"""Translating text outside a QObject: ``translate("Context", "text")``, as lupdate reads it.

lupdate collects every call spelled ``translate("Context", "source", disambiguation, n)``
(like ``QCoreApplication.translate``), so modules without a QObject at hand call this with their
context written out. With a count ``n`` the English "(s)" forms come out right even where no
translation is loaded (tests, or a language without that text yet).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale


def untranslated_plural(text: str, count: int) -> str:
    """English plural for a ``tr("%n thing(s)", "", n)`` text that no translation has replaced."""
    return text.replace("(s)", "" if count == 1 else "s")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    return untranslated_plural(translated, n) if n >= 0 else translated


QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]
"""Qt's marker for a text translated later, typed: ``QT_TRANSLATE_NOOP("Context", "text")``
returns the text as it is and lets lupdate collect it under that context."""


def decimal(value: float, places: int = 1) -> str:
    """A number with ``places`` decimals as the interface language writes it ("0.5", "0,5")."""
    return QLocale().toString(float(value), "f", places)
