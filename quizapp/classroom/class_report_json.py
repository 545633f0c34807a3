"""A class report as JSON (``quizapp class-report --json``), for scripts and other tools.

The issue's keys come first and keep their shape (``learners[].name/score/answered``,
``questions[].id/facility/discrimination/most_chosen_wrong``); every other key adds what the
window, the CSV and the PDF show, so a script sees no less than a teacher: counts, flags and why,
sections, the sessions found, the questions compared across versions, and the files left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.classroom.item_analysis import (
    FLAG_REASONS,
    MIN_LEARNERS_FOR_FLAGS,
    ItemStatistics,
)

if TYPE_CHECKING:
    from quizapp.classroom.class_report import ClassReport


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _question(report: ClassReport, item: ItemStatistics) -> dict[str, Any]:
    return {
        "id": item.question_id,
        "facility": _rounded(item.facility),
        "discrimination": _rounded(item.discrimination),
        "most_chosen_wrong": item.most_chosen_wrong,
        "most_chosen_wrong_count": item.most_chosen_wrong_count,
        "asked": item.asked,
        "answered": item.answered,
        "right": item.right,
        "flags": [flag.value for flag in item.flags],
        "why": [FLAG_REASONS[flag] for flag in item.flags],
        "too_few_to_judge": not item.judged,
        "type": item.question_type,
        "section": item.section_id,
        "prompt": report.prompts.get(item.question_id),
        "mean_seconds": _rounded(item.mean_seconds),
    }


def report_json(report: ClassReport) -> dict[str, Any]:
    return {
        "learners": [{"name": r.name, "score": r.score, "answered": r.answered,
                      "right": r.score, "questions": r.total, "share": _rounded(r.share),
                      "seconds": _rounded(r.seconds), "mode": r.mode, "session": r.session_id,
                      "started_at": r.started_at, "file": r.path, "version": r.pack_version,
                      "questions_left_out": list(r.left_out)}
                     for r in report.learners],
        "questions": [_question(report, item) for item in report.questions],
        "sections": [{"id": s.section_id, "title": report.section_title(s.section_id),
                      "questions": s.questions, "learners": s.learners,
                      "average": _rounded(s.average)} for s in report.sections],
        "pack": {"id": report.pack_id, "title": report.pack_title,
                 "version": report.pack_version, "content_hash": report.pack_hash},
        "sessions": [{"key": s.key, "label": s.label, "files": s.files, "learners": s.learners,
                      "in_report": s.key in report.session_keys} for s in report.sessions],
        "changed_questions": [{"id": c.question_id, "removed": c.removed, "files": list(c.files)}
                              for c in report.changed],
        "left_out": [{"file": e.path, "reason": e.reason} for e in report.excluded],
        "min_learners_for_flags": MIN_LEARNERS_FOR_FLAGS,
    }
