"""A class report as text for the terminal (``quizapp class-report`` without ``--json``)."""

from __future__ import annotations

from quizapp.classroom.class_report import ClassReport
from quizapp.classroom.class_report_export import (
    changed_cells,
    duration_text,
    flags_text,
    index_text,
    percent_text,
    report_notes,
    section_rows,
)
from quizapp.classroom.item_analysis import MIN_LEARNERS_FOR_FLAGS
from quizapp.core.wording import counted


def report_text(report: ClassReport) -> str:
    """The session, learners, questions with their flags, sections, then what was compared
    across versions and the notes that explain the numbers."""
    lines = [f"{report.pack_title} (version {report.pack_version or 'unnumbered'}): "
             f"{counted(len(report.learners), 'learner')}, average "
             f"{percent_text(report.mean_share)}", ""]
    width = max([len("Learner"), *(len(r.name) for r in report.learners)])
    lines.append(f"{'Learner':<{width}}  Score  Time")
    lines += [f"{r.name:<{width}}  {r.score:>2}/{r.total:<3} {duration_text(r.seconds):>5}"
              for r in report.learners]
    lines.append("")
    width = max([len("Question"), *(len(q.question_id) for q in report.questions)])
    lines.append(f"{'Question':<{width}}  Facility  Discrimination  Most chosen wrong answer")
    for item in report.questions:
        wrong = item.most_chosen_wrong or ""
        flags = flags_text(item)
        flagged = f"  [{flags}]" if flags else ""
        lines.append(f"{item.question_id:<{width}}  {index_text(item.facility):>8}  "
                     f"{index_text(item.discrimination):>14}  {wrong}{flagged}")
    if any(item.held_back for item in report.questions):
        lines.append(f"(Flags are raised from {MIN_LEARNERS_FOR_FLAGS} learners up: with fewer, "
                     "one answer moves a facility by more than 0.10.)")
    lines.append("")
    lines += [f"{title}: {average} ({counted(int(count), 'question')})"
              for title, count, _, average in section_rows(report)]
    changed = list(changed_cells(report))
    if changed:
        lines += ["", "Compared across versions (left out for the files that differ):"]
        lines += [f"  {question}: {where}" for question, where, _ in changed]
    lines += ["", *(f"- {note}" for note in report_notes(report))]
    return "\n".join(lines) + "\n"
