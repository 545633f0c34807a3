"""A class report written out: CSV for spreadsheets, plain text for the terminal.

The same cell texts serve the app's tables and its PDF, so a number reads the same everywhere.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from quizapp.classroom.class_report import ClassReport, LearnerResult
from quizapp.classroom.item_analysis import ItemStatistics, SectionAverage
from quizapp.core.models import QuestionType
from quizapp.storage.csv_export import spreadsheet_safe

LEARNER_HEADERS = ("Learner", "Score", "Answered", "Questions", "Percent", "Time", "Mode",
                   "Session", "Started", "File")
QUESTION_HEADERS = ("Question", "Prompt", "Facility", "Discrimination", "Flags",
                    "Most chosen wrong answer", "Chosen by", "Asked", "Right", "Type", "Section")
"""What a teacher reads first comes first: how hard, how well it separates, what went wrong."""
SECTION_HEADERS = ("Section", "Questions", "Learners", "Average")
EXCLUDED_HEADERS = ("File", "Reason")


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"


def index_text(value: float | None) -> str:
    """Facility and discrimination with two decimals, as item-analysis reports print them."""
    return "—" if value is None else f"{value:.2f}"


def percent_text(share: float) -> str:
    return f"{100 * share:.0f} %"


def flags_text(item: ItemStatistics) -> str:
    return ", ".join(flag.value for flag in item.flags)


def learner_cells(row: LearnerResult) -> tuple[str, ...]:
    return (row.name, str(row.score), str(row.answered), str(row.total), percent_text(row.share),
            duration_text(row.seconds), row.mode, row.session_id, row.started_at, row.path)


def question_cells(report: ClassReport, item: ItemStatistics) -> tuple[str, ...]:
    return (item.question_id, report.prompts.get(item.question_id, ""),
            index_text(item.facility), index_text(item.discrimination), flags_text(item),
            item.most_chosen_wrong or "", str(item.most_chosen_wrong_count or ""),
            str(item.asked), str(item.right), type_text(item.question_type),
            report.section_title(item.section_id))


def type_text(question_type: str) -> str:
    """"True or false" for ``true_false``; a type this quizapp does not know stays as written."""
    try:
        return QuestionType(question_type).label
    except ValueError:
        return question_type


def section_cells(report: ClassReport, section: SectionAverage) -> tuple[str, ...]:
    return (report.section_title(section.section_id), str(section.questions),
            str(section.learners), percent_text(section.average))


def learner_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (learner_cells(row) for row in report.learners)


def question_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (question_cells(report, item) for item in report.questions)


def section_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (section_cells(report, section) for section in report.sections)


def write_report_csv(report: ClassReport, path: Path) -> None:
    """One file, four tables one after another, each under its title and a blank line.

    Names and answers are typed by learners, so every text cell goes through
    ``spreadsheet_safe``. Written beside ``path`` and renamed, so a failure leaves no half file.
    """
    blocks = (("Learners", LEARNER_HEADERS, learner_rows(report)),
              ("Questions", QUESTION_HEADERS, question_rows(report)),
              ("Sections", SECTION_HEADERS, section_rows(report)),
              ("Excluded files", EXCLUDED_HEADERS,
               ((e.path, e.reason) for e in report.excluded)))
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(("Class report", report.pack_title, "version",
                             report.pack_version or "", "content", report.pack_hash))
            for title, headers, rows in blocks:
                writer.writerow(())
                writer.writerow((title,))
                writer.writerow(headers)
                writer.writerows(tuple(spreadsheet_safe(cell) for cell in row) for row in rows)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def report_text(report: ClassReport) -> str:
    """A short summary for the terminal: learners, then questions with their flags."""
    lines = [f"{report.pack_title} (version {report.pack_version or 'unnumbered'}): "
             f"{len(report.learners)} learners, average {percent_text(report.mean_share)}", ""]
    width = max([len("Learner"), *(len(r.name) for r in report.learners)])
    lines.append(f"{'Learner':<{width}}  Score  Time")
    lines += [f"{r.name:<{width}}  {r.score:>2}/{r.total:<3} {duration_text(r.seconds):>5}"
              for r in report.learners]
    lines.append("")
    width = max([len("Question"), *(len(q.question_id) for q in report.questions)])
    lines.append(f"{'Question':<{width}}  Facility  Discrimination  Most chosen wrong answer")
    for item in report.questions:
        wrong = item.most_chosen_wrong or ""
        flags = f"  [{flags_text(item)}]" if item.flags else ""
        lines.append(f"{item.question_id:<{width}}  {index_text(item.facility):>8}  "
                     f"{index_text(item.discrimination):>14}  {wrong}{flags}")
    lines.append("")
    lines += [f"{title}: {average} ({count} questions)" for title, count, _, average
              in section_rows(report)]
    return "\n".join(lines) + "\n"
