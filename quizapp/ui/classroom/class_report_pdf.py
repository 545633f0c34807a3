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

from PySide6.QtCore import QCoreApplication

from quizapp.classroom.class_report import ClassReport
from quizapp.classroom.class_report_export import (
    duration_text,
    flags_text,
    index_text,
    percent_text,
)
from quizapp.ui.progress_report import write_report_pdf
from quizapp.ui.text_rendering import escape

SMALLEST_POINTS = 7.0
"""Below this a printed page is no longer comfortable to read."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassReport", text)


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
    return "<p><i>" + escape(_tr("… and %1 more: see the CSV export.").replace(
        "%1", str(left_out))) + "</i></p>"


def class_report_html(report: ClassReport, limits: PageLimits, today: date | None = None) -> str:
    today = today or date.today()
    seconds = [r.seconds for r in report.learners]
    parts = [
        "<h2>" + escape(_tr("Class report: %1").replace("%1", report.pack_title)) + "</h2>",
        "<p>" + escape(" · ".join((
            _tr("version %1").replace("%1", report.pack_version or _tr("unnumbered")),
            today.isoformat(),
            _tr("learners: %1").replace("%1", str(len(report.learners))),
            _tr("average score %1").replace("%1", percent_text(report.mean_share)),
            _tr("average time %1").replace("%1", duration_text(sum(seconds) / len(seconds)
                                                               if seconds else None)),
        ))) + "</p>",
    ]
    if report.excluded:
        parts.append("<p><b>" + escape(_tr(
            "Files left out: %1 (listed with the reason in the app and the CSV).").replace(
            "%1", str(len(report.excluded)))) + "</b></p>")
    parts.append("<h3>" + escape(_tr("Sections")) + "</h3>")
    parts.append(_table((_tr("Section"), _tr("Questions"), _tr("Average")),
                        [(report.section_title(s.section_id), str(s.questions),
                          percent_text(s.average)) for s in report.sections], frozenset({1, 2})))
    flagged = [q for q in report.questions if q.flags]
    parts.append("<h3>" + escape(_tr("Questions to look at")) + "</h3>")
    if flagged:
        shown = flagged[:limits.flagged] if limits.flagged is not None else flagged
        parts.append(_table(
            (_tr("Question"), _tr("Facility"), _tr("Discrimination"),
             _tr("Most chosen wrong answer"), _tr("Why")),
            [(report.prompts.get(q.question_id) or q.question_id, index_text(q.facility),
              index_text(q.discrimination), q.most_chosen_wrong or "", flags_text(q))
             for q in shown], frozenset({1, 2})))
        parts.append(_more(len(flagged) - len(shown)))
    else:
        parts.append("<p>" + escape(_tr("No question was too easy, too hard or discriminated "
                                        "negatively.")) + "</p>")
    learners = list(report.learners)
    shown_learners = learners[:limits.learners] if limits.learners is not None else learners
    parts.append("<h3>" + escape(_tr("Learners")) + "</h3>")
    parts.append(_table((_tr("Learner"), _tr("Score"), _tr("Percent"), _tr("Time")),
                        [(r.name, f"{r.score} / {r.total}", percent_text(r.share),
                          duration_text(r.seconds)) for r in shown_learners],
                        frozenset({1, 2, 3})))
    parts.append(_more(len(learners) - len(shown_learners)))
    if not limits.every_question and report.questions:
        parts.append("<p><i>" + escape(_tr("The facility and discrimination of every question "
                                           "are in the CSV export.")) + "</i></p>")
    if limits.every_question:
        parts.append("<h3>" + escape(_tr("Every question")) + "</h3>")
        parts.append(_table((_tr("Question"), _tr("Facility"), _tr("Discrimination")),
                            [(q.question_id, index_text(q.facility),
                              index_text(q.discrimination)) for q in report.questions],
                            frozenset({1, 2})))
    return "".join(parts)


def write_class_report_pdf(report: ClassReport, path: Path, today: date | None = None) -> None:
    """One page, as complete as fits in readable type; raises OSError if it cannot be written."""
    title = _tr("Class report: %1").replace("%1", report.pack_title)
    for limits in ATTEMPTS:
        if write_report_pdf(path, class_report_html(report, limits, today), title=title,
                            smallest=SMALLEST_POINTS):
            return
    # even the shortest version ran over (dozens of sections): smaller type rather than two pages
    write_report_pdf(path, class_report_html(report, ATTEMPTS[-1], today), title=title,
                     smallest=4.0)
