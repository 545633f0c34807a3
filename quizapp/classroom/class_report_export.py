"""A class report written out: CSV for spreadsheets, and the cell texts every view shares.

The window's tables and the PDF show the same cell texts, so a number reads the same everywhere.
The CSV writes numbers as numbers (``60``, ``150``) with the unit in the column's header
(``Percent (%)``, ``Time (seconds)``): a spreadsheet reads "60 %" or "2:30" as text or as a time
of day. Its first rows explain the numbers in plain words, as the window's legend does.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizapp.classroom.class_report import ClassReport, LearnerResult
from quizapp.classroom.item_analysis import (
    FLAG_REASONS,
    HELD_BACK_REASON,
    TOO_FEW_TO_JUDGE,
    ItemStatistics,
    SectionAverage,
)
from quizapp.core.models import QuestionType
from quizapp.core.wording import counted
from quizapp.storage.csv_export import spreadsheet_safe

LEARNER_HEADERS = ("Learner", "Score", "Answered", "Questions", "Percent", "Time", "Mode",
                   "Session", "Started", "File")
QUESTION_HEADERS = ("Question", "Prompt", "Facility", "Discrimination", "Flags",
                    "Most chosen wrong answer", "Chosen by", "Asked", "Answered", "Right", "Type",
                    "Section")
"""What a teacher reads first comes first: how hard, how well it separates, what went wrong."""
SECTION_HEADERS = ("Section", "Questions", "Learners", "Average")
EXCLUDED_HEADERS = ("File", "Reason")
CHANGED_HEADERS = ("Question", "Left out of", "Files")

CSV_UNITS = {"Percent": "Percent (%)", "Time": "Time (seconds)", "Average": "Average (%)"}
"""Headers whose CSV column holds a bare number: the unit moves into the header."""

LEGEND = (
    "Facility: the share of learners who got the question right, from 0.00 (no one) to 1.00 "
    "(everyone).",
    "Discrimination: did learners who did well overall get this one right more often? Near +1: "
    "yes, it tells strong and weak apart; near 0: it tells them apart little; below 0: the "
    "other way round — check the key.",
    "— (or an empty cell in the CSV): not enough to compute it, with fewer than 3 learners or "
    "when everyone answered alike.",
    "Flags: too easy (facility above 0.90), too hard (below 0.20), negative discrimination "
    "(below 0). From 10 learners up; with fewer, one answer moves a facility by more than 0.10, "
    "so a question the rules would flag says “too few learners to judge”.",
    "Most chosen wrong answer: the wrong answer given most often (case, accents and spaces "
    "ignored); Chosen by: how many gave it.",
)
"""The numbers explained in plain words: the window's legend, the PDF's notes, the CSV's head."""

HEADER_TIPS = {
    "Score": "Questions answered right.",
    "Answered": "Questions given an answer (an unanswered one counts as wrong).",
    "Questions": "Questions this learner was asked and that the report counts.",
    "Percent": "Score as a share of the questions counted.",
    "Time": "Time spent answering, minutes:seconds (hours:minutes:seconds when long).",
    "Facility": LEGEND[0],
    "Discrimination": LEGEND[1],
    "Flags": LEGEND[3],
    "Most chosen wrong answer": LEGEND[4],
    "Chosen by": "How many learners gave the most chosen wrong answer.",
    "Asked": "Learners who were asked this question.",
    "Right": "Learners who got it right.",
    "Average": "The mean of each learner's share right in the section.",
    "Learners": "Learners who were asked questions of this section.",
    "Reason": "Why the file is not in the report.",
}
"""What each column means, for the window's header tooltips (and translations of them)."""


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
    """The flags raised, or "too few learners to judge" where the rules would raise one."""
    if item.held_back:
        return TOO_FEW_TO_JUDGE
    return ", ".join(flag.value for flag in item.flags)


def why_flagged(item: ItemStatistics) -> str:
    """Why the row is flagged (or why its flag is held back), in plain words."""
    if item.held_back:
        return HELD_BACK_REASON
    return " ".join(FLAG_REASONS[flag] for flag in item.flags)


def learner_cells(row: LearnerResult) -> tuple[str, ...]:
    return (row.name, str(row.score), str(row.answered), str(row.total), percent_text(row.share),
            duration_text(row.seconds), row.mode, row.session_id, row.started_at, row.path)


def question_cells(report: ClassReport, item: ItemStatistics) -> tuple[str, ...]:
    return (item.question_id, report.prompts.get(item.question_id, ""),
            index_text(item.facility), index_text(item.discrimination), flags_text(item),
            item.most_chosen_wrong or "", str(item.most_chosen_wrong_count or ""),
            str(item.asked), str(item.answered), str(item.right), type_text(item.question_type),
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


def changed_cells(report: ClassReport) -> Iterator[tuple[str, str, str]]:
    """Per question compared across versions: which files it was left out of, and why."""
    for change in report.changed:
        why = ("not in this version of the pack" if change.removed
               else "changed since those files were written")
        yield (change.question_id, f"{counted(len(change.files), 'file')} ({why})",
               "; ".join(change.files))


def learner_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (learner_cells(row) for row in report.learners)


def question_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (question_cells(report, item) for item in report.questions)


def section_rows(report: ClassReport) -> Iterator[tuple[str, ...]]:
    return (section_cells(report, section) for section in report.sections)


def _number(value: float | None, decimals: int = 2) -> str:
    """A bare number for a spreadsheet; an empty cell where there is none."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _csv_learner(row: LearnerResult) -> tuple[str, ...]:
    cells = list(learner_cells(row))
    cells[4] = _number(100 * row.share, 1)
    cells[5] = _number(row.seconds, 1)
    return (*cells, row.pack_version or "", " ".join(row.left_out))


def _csv_question(report: ClassReport, item: ItemStatistics) -> tuple[str, ...]:
    cells = list(question_cells(report, item))
    cells[2] = _number(item.facility, 4)
    cells[3] = _number(item.discrimination, 4)
    return (*cells, why_flagged(item))


def _csv_section(report: ClassReport, section: SectionAverage) -> tuple[str, ...]:
    cells = list(section_cells(report, section))
    cells[3] = _number(100 * section.average, 1)
    return tuple(cells)


def _csv_headers(headers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(CSV_UNITS.get(header, header) for header in headers)


def write_report_csv(report: ClassReport, path: Path) -> None:
    """One file: the report's title, the notes, then the tables one after another, each under
    its title and a blank line.

    Names and answers are typed by learners, so every text cell goes through
    ``spreadsheet_safe``. Written beside ``path`` and renamed, so a failure leaves no half file.
    """
    blocks: list[tuple[str, tuple[str, ...], Iterable[tuple[str, ...]]]] = [
        ("Learners", (*_csv_headers(LEARNER_HEADERS), "Version", "Questions left out"),
         (_csv_learner(row) for row in report.learners)),
        ("Questions", (*_csv_headers(QUESTION_HEADERS), "Why flagged"),
         (_csv_question(report, item) for item in report.questions)),
        ("Sections", _csv_headers(SECTION_HEADERS),
         (_csv_section(report, section) for section in report.sections)),
    ]
    if report.changed:
        blocks.append(("Questions compared across versions", CHANGED_HEADERS,
                       changed_cells(report)))
    blocks.append(("Excluded files", EXCLUDED_HEADERS,
                   ((e.path, e.reason) for e in report.excluded)))
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(("Class report", report.pack_title, "version",
                             report.pack_version or "", "content", report.pack_hash))
            writer.writerow(())
            writer.writerow(("Notes",))
            writer.writerows((spreadsheet_safe(note),) for note in report_notes(report))
            for title, headers, rows in blocks:
                writer.writerow(())
                writer.writerow((title,))
                writer.writerow(headers)
                writer.writerows(tuple(spreadsheet_safe(cell) for cell in row) for row in rows)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def report_notes(report: ClassReport) -> list[str]:
    """What the teacher must know before reading the numbers: which session, what was left out
    and why, then the legend."""
    notes = [f"Session: {session.label}" for session in report.shown_sessions]
    others = report.other_sessions
    if others:
        notes.append(f"These files also hold {counted(len(others), 'other session')}, left out of "
                     "this report: " + "; ".join(s.label for s in others) + ".")
    if report.changed:
        notes.append(f"{counted(len(report.changed), 'question')} changed between versions of "
                     "the pack: left out for the files that asked the other version (see "
                     "“Questions compared across versions”).")
    return [*notes, *LEGEND]
