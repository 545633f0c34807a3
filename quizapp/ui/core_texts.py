"""The interface language for texts that Qt-free code writes in English.

``quizapp/core`` and the classroom logic know nothing of Qt, so their names for question types,
study modes and true/false answers are English. The widgets show them through the functions
here; each English text is listed with ``QT_TRANSLATE_NOOP("CoreTexts", …)`` so that lupdate
collects it (``tests/ui/test_translations.py`` checks that every label the core has is listed).
Pack text never passes through here: packs keep their own language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.core.models import QuestionType
from quizapp.core.selection import StudyMode
from quizapp.ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "CoreTexts"

CORE_TEXTS = (
    # QuestionType.label
    QT_TRANSLATE_NOOP("CoreTexts", "Single choice"),
    QT_TRANSLATE_NOOP("CoreTexts", "Multiple choice"),
    QT_TRANSLATE_NOOP("CoreTexts", "True or false"),
    QT_TRANSLATE_NOOP("CoreTexts", "Short answer"),
    QT_TRANSLATE_NOOP("CoreTexts", "Numeric"),
    QT_TRANSLATE_NOOP("CoreTexts", "Ordering"),
    QT_TRANSLATE_NOOP("CoreTexts", "Matching"),
    # StudyMode.label
    QT_TRANSLATE_NOOP("CoreTexts", "Practice"),
    QT_TRANSLATE_NOOP("CoreTexts", "Review mistakes"),
    QT_TRANSLATE_NOOP("CoreTexts", "Due today"),
    QT_TRANSLATE_NOOP("CoreTexts", "Custom"),
    QT_TRANSLATE_NOOP("CoreTexts", "Retry missed"),
    QT_TRANSLATE_NOOP("CoreTexts", "Exam"),
    # a true/false question's answers (quizapp.core.scoring)
    QT_TRANSLATE_NOOP("CoreTexts", "True"),
    QT_TRANSLATE_NOOP("CoreTexts", "False"),
    # quizapp.credits: what each third-party component is used for (Help → About)
    QT_TRANSLATE_NOOP("CoreTexts",
                      "the language and its standard library, with SQLite (public domain)"),
    QT_TRANSLATE_NOOP("CoreTexts", "windows, text, charts, PDF and printing"),
    QT_TRANSLATE_NOOP("CoreTexts", "Qt from Python"),
    QT_TRANSLATE_NOOP("CoreTexts", "charts, PDF, speech and network modules of Qt"),
    QT_TRANSLATE_NOOP("CoreTexts", "PySide6's binding generator runtime"),
    QT_TRANSLATE_NOOP("CoreTexts", "reading packs"),
    QT_TRANSLATE_NOOP("CoreTexts", "saving packs with their comments"),
    QT_TRANSLATE_NOOP("CoreTexts", "ruamel.yaml's fast parser"),
    QT_TRANSLATE_NOOP("CoreTexts", "spaced-repetition scheduling"),
    QT_TRANSLATE_NOOP("CoreTexts", "used by FSRS"),
    QT_TRANSLATE_NOOP("CoreTexts", "safe Moodle XML import"),
    QT_TRANSLATE_NOOP("CoreTexts", "Anki deck export"),
    QT_TRANSLATE_NOOP("CoreTexts", "used by genanki"),
    QT_TRANSLATE_NOOP("CoreTexts", "number words in typed answers"),
    QT_TRANSLATE_NOOP("CoreTexts", "country names in typed answers"),
    QT_TRANSLATE_NOOP("CoreTexts", "QR codes for live sessions"),
)


def core_text(text: str) -> str:
    """One of CORE_TEXTS in the interface language (any other text unchanged)."""
    return QCoreApplication.translate(CONTEXT, text)


def type_label(kind: QuestionType) -> str:
    return core_text(kind.label)


def mode_label(mode: StudyMode) -> str:
    return core_text(mode.label)
