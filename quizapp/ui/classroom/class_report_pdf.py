"""The class report on one page: the class at a glance, then what needs the teacher's attention.

A page cannot hold thirty learners and a hundred questions legibly, so the page keeps, in this
order of importance, the summary, the sections, the questions that were flagged, the learners,
and the facility and discrimination of every question; when they do not all fit, the last parts
are shortened (and say so) until the page is readable. The CSV export always has everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from quizapp.classroom.class_report import ClassReport
from quizapp.classroom.class_report_export import (
    duration_text,
    index_text,
    percent_text,
)
from quizapp.classroom.item_analysis import FLAG_REASONS, ItemStatistics
from quizapp.ui.classroom.class_report_models import report_text
from quizapp.ui.classroom.class_report_summary import legend_text, warnings
from quizapp.ui.progress_report import write_report_pdf
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import translate

SMALLEST_POINTS = 7.0
"""Below this a printed page is no longer comfortable to read."""


def _why(item: ItemStatistics) -> str:
    """The Why column: the flag's name, then the reason in plain words."""
    return " ".join(f"{report_text(flag.value).capitalize()}: {report_text(FLAG_REASONS[flag])}"
                    for flag in item.flags)


@dataclass(frozen=True)
class PageLimits:
    learners: int | None
    flagged: int | None
    every_question: bool


ATTEMPTS = (
    PageLimits(None, None, True),
    PageLimits(None, None, False),
    PageLimits(40, 20, False),
    PageLimits(24, 12, False),
    PageLimits(12, 6, False),
)


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]],
           right_aligned: frozenset[int] = frozenset()) -> str:
    head = "".join(f"<th align='{'right' if i in right_aligned else 'left'}'>{escape(h)}</th>"
                   for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td align='{'right' if i in right_aligned else 'left'}'>"
                         f"{escape(cell)}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in rows)
    return (f"<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>{head}</tr>"
            f"{body}</table>")


def _more(left_out: int) -> str:
    if left_out <= 0:
        return ""
    return "<p><i>" + escape(translate("ClassReport", "… and %1 more: see the CSV export.").replace(
        "%1", str(left_out))) + "</i></p>"


def class_report_html(report: ClassReport, limits: PageLimits, today: date | None = None) -> str:
    today = today or date.today()
    seconds = [r.seconds for r in report.learners]
    learner_count, excluded_count = len(report.learners), len(report.excluded)
    parts = [
        "<h2>"
        + escape(translate("ClassReport", "Class report: %1").replace("%1", report.pack_title))
        + "</h2>",
        "<p>"
        + escape(
            " · ".join(
                (
                    translate("ClassReport", "version %1").replace(
                        "%1", report.pack_version or translate("ClassReport", "unnumbered")
                    ),
                    today.isoformat(),
                    translate("ClassReport", "%n learner(s)", None, learner_count),
                    translate("ClassReport", "average score %1").replace(
                        "%1", percent_text(report.mean_share)
                    ),
                    translate("ClassReport", "average time %1").replace(
                        "%1", duration_text(sum(seconds) / len(seconds) if seconds else None)
                    ),
                )
            )
        )
        + "</p>",
    ]
    if report.excluded:
        parts.append(
            "<p><b>"
            + escape(
                translate(
                    "ClassReport",
                    "%n file(s) left out (listed with the reason in the app and the CSV).",
                    None,
                    excluded_count,
                )
            )
            + "</b></p>"
        )
    parts += ["<p><b>" + escape(warning) + "</b></p>" for warning in warnings(report, in_window=False)]
    parts.append("<h3>" + escape(translate("ClassReport", "Sections")) + "</h3>")
    parts.append(
        _table(
            (
                translate("ClassReport", "Section"),
                translate("ClassReport", "Questions"),
                translate("ClassReport", "Average"),
            ),
            [
                (report.section_title(s.section_id), str(s.questions), percent_text(s.average))
                for s in report.sections
            ],
            frozenset({1, 2}),
        )
    )
    flagged = [q for q in report.questions if q.flags]
    parts.append("<h3>" + escape(translate("ClassReport", "Questions to look at")) + "</h3>")
    if flagged:
        shown = flagged[: limits.flagged] if limits.flagged is not None else flagged
        parts.append(
            _table(
                (
                    translate("ClassReport", "Question"),
                    translate("ClassReport", "Facility"),
                    translate("ClassReport", "Discrimination"),
                    translate("ClassReport", "Most chosen wrong answer"),
                    translate("ClassReport", "Why"),
                ),
                [
                    (
                        report.prompts.get(q.question_id) or q.question_id,
                        index_text(q.facility),
                        index_text(q.discrimination),
                        q.most_chosen_wrong or "",
                        _why(q),
                    )
                    for q in shown
                ],
                frozenset({1, 2}),
            )
        )
        parts.append(_more(len(flagged) - len(shown)))
    elif any(q.held_back for q in report.questions):
        parts.append(
            "<p>" + escape(translate("ClassReport", "None flagged: too few learners to judge.")) + "</p>"
        )
    else:
        parts.append(
            "<p>"
            + escape(
                translate("ClassReport", "No question was too easy, too hard or discriminated negatively.")
            )
            + "</p>"
        )
    learners = list(report.learners)
    shown_learners = learners[: limits.learners] if limits.learners is not None else learners
    parts.append("<h3>" + escape(translate("ClassReport", "Learners")) + "</h3>")
    parts.append(
        _table(
            (
                translate("ClassReport", "Learner"),
                translate("ClassReport", "Score"),
                translate("ClassReport", "Percent"),
                translate("ClassReport", "Time"),
            ),
            [
                (r.name, f"{r.score} / {r.total}", percent_text(r.share), duration_text(r.seconds))
                for r in shown_learners
            ],
            frozenset({1, 2, 3}),
        )
    )
    parts.append(_more(len(learners) - len(shown_learners)))
    if not limits.every_question and report.questions:
        parts.append(
            "<p><i>"
            + escape(
                translate(
                    "ClassReport", "The facility and discrimination of every question are in the CSV export."
                )
            )
            + "</i></p>"
        )
    if limits.every_question:
        parts.append("<h3>" + escape(translate("ClassReport", "Every question")) + "</h3>")
        parts.append(
            _table(
                (
                    translate("ClassReport", "Question"),
                    translate("ClassReport", "Facility"),
                    translate("ClassReport", "Discrimination"),
                ),
                [
                    (q.question_id, index_text(q.facility), index_text(q.discrimination))
                    for q in report.questions
                ],
                frozenset({1, 2}),
            )
        )
    parts.append("<h3>" + escape(translate("ClassReport", "What the numbers mean")) + "</h3>")
    parts.append("<p><small>" + escape(legend_text()).replace("\n", "<br>") + "</small></p>")
    return "".join(parts)


def write_class_report_pdf(report: ClassReport, path: Path, today: date | None = None) -> None:
    """One page, as complete as fits in readable type; raises OSError if it cannot be written."""
    title = translate("ClassReport", "Class report: %1").replace("%1", report.pack_title)
    for limits in ATTEMPTS:
        if write_report_pdf(
            path, class_report_html(report, limits, today), title=title, smallest=SMALLEST_POINTS
        ):
            return
    # even the shortest version ran over (dozens of sections): smaller type rather than two pages
    write_report_pdf(path, class_report_html(report, ATTEMPTS[-1], today), title=title, smallest=4.0)
