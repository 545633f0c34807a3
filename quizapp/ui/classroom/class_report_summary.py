"""What the class report window says above and below its tables, in plain words.

The headline sums the report up; the warning names what a teacher must not miss (other sessions
among the files, sessions merged, questions compared across versions, flags held back); the
legend explains the numbers. Counts go through ``tr`` with ``%n``, so translations give their
own plural forms and English says "1 learner" and "2 learners".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.classroom.class_report import ClassReport
from quizapp.classroom.class_report_export import LEGEND, percent_text
from quizapp.classroom.item_analysis import MIN_LEARNERS_FOR_FLAGS
from quizapp.ui.classroom.class_report_models import report_text
from quizapp.ui.statistics_screen import untranslated_plural
from quizapp.ui.text_rendering import escape


def tr(text: str, count: int = -1) -> str:
    """The report's text in the interface language; English plurals when no translation has
    its own (``untranslated_plural``)."""
    translated = QCoreApplication.translate("ClassReport", text, "", count)
    return untranslated_plural(translated, count) if count >= 0 else translated


def headline(report: ClassReport) -> str:
    """Rich text: the pack in bold, then the class at a glance."""
    flagged = sum(1 for q in report.questions if q.flags)
    parts = [
        f"<b>{escape(report.pack_title)}</b>",
        escape(tr("version %1").replace("%1", report.pack_version or tr("unnumbered"))),
        escape(tr("%n learner(s)", len(report.learners))),
        escape(tr("average score %1").replace("%1", percent_text(report.mean_share))),
        escape(tr("%n question(s) flagged", flagged)),
    ]
    text = " · ".join(parts)
    if report.excluded:
        text += "<br>" + escape(tr("%n file(s) left out: the tab “Files left out” says why.",
                                    len(report.excluded)))
    return text


def warnings(report: ClassReport, in_window: bool = True) -> list[str]:
    """Plain-text sentences for the warning strip (and the PDF, without the window's how-to);
    empty when there is nothing to warn of."""
    found = []
    others = report.other_sessions
    if others:
        shown = "; ".join(s.label for s in report.shown_sessions)
        text = tr("These files hold %n session(s). This report is on one: %1. The others are "
                   "left out.", len(report.sessions)).replace("%1", shown)
        if in_window:
            text += " " + tr("Choose another under Session, or a pack's sessions all together.")
        found.append(text)
    if len(report.session_keys) > 1:
        found.append(tr("%n sessions merged into one report: a learner who took part in "
                         "several counts once, with their latest session.",
                         len(report.session_keys)))
    if report.changed:
        ids = ", ".join(change.question_id for change in report.changed)
        found.append(tr("%n question(s) changed between versions of the pack (%1): left out "
                         "for the learners who took the other version.",
                         len(report.changed)).replace("%1", ids))
    if any(item.held_back for item in report.questions):
        found.append(tr("No question is flagged yet: flags are raised from %n learners up; "
                         "with fewer, one answer moves a facility by more than 0.10.",
                         MIN_LEARNERS_FOR_FLAGS))
    return found


def legend_text() -> str:
    """The numbers explained, one line each (plain text)."""
    return "\n".join(report_text(line) for line in LEGEND)


def session_choices(report: ClassReport) -> list[tuple[str, str, bool]]:
    """(label, session key, merge all of its pack's sessions) for the Session list: every
    session, then one "all together" entry per pack with several."""
    choices = [(s.label, s.key, False) for s in report.sessions]
    packs: dict[str, list[str]] = {}
    for session in report.sessions:
        packs.setdefault(session.pack_id, []).append(session.key)
    for session in report.sessions:
        keys = packs.pop(session.pack_id, [])
        if len(keys) > 1:
            label = tr("All %n sessions on “%1” together", len(keys)).replace(
                "%1", session.pack_title)
            choices.append((label, session.key, True))
    return choices
