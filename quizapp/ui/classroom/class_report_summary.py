"""What the class report window says above and below its tables, in plain words.

The headline sums the report up; the warning names what a teacher must not miss (other sessions
among the files, sessions merged, questions compared across versions, flags held back); the
legend explains the numbers. Counts go through ``tr`` with ``%n``, so translations give their
own plural forms and English says "1 learner" and "2 learners".
"""

from __future__ import annotations

from quizapp.classroom.class_report import ClassReport
from quizapp.classroom.class_report_export import LEGEND, percent_text
from quizapp.classroom.item_analysis import MIN_LEARNERS_FOR_FLAGS
from quizapp.ui.classroom.class_report_models import report_text
from quizapp.ui.core_texts import session_label
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import translate


def headline(report: ClassReport) -> str:
    """Rich text: the pack in bold, then the class at a glance."""
    learner_count, excluded_count = len(report.learners), len(report.excluded)
    flagged = sum(1 for q in report.questions if q.flags)
    parts = [
        f"<b>{escape(report.pack_title)}</b>",
        escape(
            translate("ClassReport", "version %1").replace(
                "%1", report.pack_version or translate("ClassReport", "unnumbered")
            )
        ),
        escape(translate("ClassReport", "%n learner(s)", None, learner_count)),
        escape(translate("ClassReport", "average score %1").replace("%1", percent_text(report.mean_share))),
        escape(translate("ClassReport", "%n question(s) flagged", None, flagged)),
    ]
    text = " · ".join(parts)
    if report.excluded:
        text += "<br>" + escape(
            translate(
                "ClassReport",
                "%n file(s) left out: the tab “Files left out” says why.",
                None,
                excluded_count,
            )
        )
    return text


def warnings(report: ClassReport, in_window: bool = True) -> list[str]:
    """Plain-text sentences for the warning strip (and the PDF, without the window's how-to);
    empty when there is nothing to warn of."""
    session_count, key_count = len(report.sessions), len(report.session_keys)
    changed_count = len(report.changed)
    found = []
    others = report.other_sessions
    if others:
        shown = "; ".join(session_label(s) for s in report.shown_sessions)
        text = translate(
            "ClassReport",
            "These files hold %n session(s). This report is on one: %1. The others are left out.",
            None,
            session_count,
        ).replace("%1", shown)
        if in_window:
            text += " " + translate(
                "ClassReport", "Choose another under Session, or a pack's sessions all together."
            )
        found.append(text)
    if len(report.session_keys) > 1:
        found.append(
            translate(
                "ClassReport",
                "%n sessions merged into one report: a learner who took part in "
                "several counts once, with their latest session.",
                None,
                key_count,
            )
        )
    if report.changed:
        ids = ", ".join(change.question_id for change in report.changed)
        found.append(
            translate(
                "ClassReport",
                "%n question(s) changed between versions of the pack (%1): left out "
                "for the learners who took the other version.",
                None,
                changed_count,
            ).replace("%1", ids)
        )
    if any(item.held_back for item in report.questions):
        found.append(
            translate(
                "ClassReport",
                "No question is flagged yet: flags are raised from %n learners up; "
                "with fewer, one answer moves a facility by more than 0.10.",
                None,
                MIN_LEARNERS_FOR_FLAGS,
            )
        )
    return found


def legend_text() -> str:
    """The numbers explained, one line each (plain text)."""
    return "\n".join(report_text(line) for line in LEGEND)


def session_choices(report: ClassReport) -> list[tuple[str, str, bool]]:
    """(label, session key, merge all of its pack's sessions) for the Session list: every
    session, then one "all together" entry per pack with several."""
    choices = [(session_label(s), s.key, False) for s in report.sessions]
    packs: dict[str, list[str]] = {}
    for session in report.sessions:
        packs.setdefault(session.pack_id, []).append(session.key)
    for session in report.sessions:
        keys = packs.pop(session.pack_id, [])
        key_count = len(keys)
        if key_count > 1:
            label = translate("ClassReport", "All %n sessions on “%1” together", None, key_count).replace(
                "%1", session.pack_title
            )
            choices.append((label, session.key, True))
    return choices
