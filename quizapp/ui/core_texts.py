"""The interface language for texts that Qt-free code writes in English.

``quizapp/core`` and the classroom logic know nothing of Qt, so their names for question types,
study modes and true/false answers are English. The widgets show them through the functions
here; each English text is listed with ``QT_TRANSLATE_NOOP("CoreTexts", …)`` so that lupdate
collects it (``tests/ui/test_translations.py`` checks that every label the core has is listed).
Pack text never passes through here: packs keep their own language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from quizapp.core.models import QuestionType, SourceInfo
from quizapp.core.selection import StudyMode
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the classroom's code loads when a classroom feature is first used
    from quizapp.classroom.results_sessions import ResultsSession
    from quizapp.classroom.slides import Slide

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


SLIDE_INSTRUCTIONS = (  # quizapp.classroom.slides: what the projector asks the class to do
    QT_TRANSLATE_NOOP("CoreTexts", "Choose one answer."),
    QT_TRANSLATE_NOOP("CoreTexts", "Choose every right answer."),
    QT_TRANSLATE_NOOP("CoreTexts", "True or false?"),
    QT_TRANSLATE_NOOP("CoreTexts", "Write your answer in a few words."),
    QT_TRANSLATE_NOOP("CoreTexts", "Write your answer as a number."),
    QT_TRANSLATE_NOOP("CoreTexts", "Put the letters in the right order."),
    QT_TRANSLATE_NOOP("CoreTexts", "Match each number to a letter."),
)


def slide_heading(slide: Slide) -> str:
    """"Question 3 of 12 · Single choice" in the interface language."""
    return translate("CoreTexts", "Question %1 of %2 · %3").replace("%1", str(slide.number)).replace(
        "%2", str(slide.total)).replace("%3", core_text(slide.type_label))


def source_credit(source: SourceInfo | None) -> str:
    """The credit line of a pack's source (CC licenses require it), in the interface language;
    the title, publisher and license stay as the pack gives them."""
    if source is None:
        return ""
    text = f"“{source.title}”"
    if source.publisher:
        text = translate("CoreTexts", "%1 by %2").replace("%1", text).replace(
            "%2", source.publisher)
    text += "."
    if source.license:
        licence = f"{source.license} ({source.license_url})" if source.license_url else \
            source.license
        text += " " + translate("CoreTexts", "Licensed under %1.").replace("%1", licence)
    return text


def session_label(session: ResultsSession) -> str:
    """"Live session of 2026-12-01 09:20 on “Title”, 24 learners", in the interface language."""
    from quizapp.classroom.results_sessions import local_time_text

    count = session.learners
    learners = translate("CoreTexts", "%n learner(s)", None, count)
    if session.live:
        return translate("CoreTexts", "Live session of %1 on “%2”, %3").replace(
            "%1", local_time_text(session.first_started)).replace("%3", learners).replace(
            "%2", session.pack_title)
    first = local_time_text(session.first_started, with_time=False)
    last = local_time_text(session.last_started, with_time=False)
    days = first if first == last else translate("CoreTexts", "%1 to %2").replace(
        "%1", first).replace("%2", last)
    return translate("CoreTexts", "Hand-ins on “%1” (%2), %3").replace("%2", days).replace(
        "%3", learners).replace("%1", session.pack_title)
