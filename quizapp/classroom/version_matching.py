"""Results from different versions of one pack, compared question by question.

Mending one word of one prompt makes a new version of the whole pack, but leaves every other
question as it was. Files written since quizapp recorded a content hash per question
(``questions[].content_hash``) can therefore be merged for the questions that are the same in
both versions; a question that changed is left out of the analysis for the files that asked the
old wording, and listed, so the teacher sees what was not compared. Files without per-question
hashes (older quizapp) cannot be compared that way and are left out whole, as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from quizapp.classroom.results_file import SessionResults, question_content_hash
from quizapp.core.models import Pack


@dataclass(frozen=True)
class ChangedQuestion:
    """A question whose wording or key differs between the report's version and some files."""

    question_id: str
    files: tuple[str, ...]
    """The files in which it was left out, because they asked another version of it."""
    removed: bool
    """True when the report's version (its pack at hand) no longer has the question at all."""


@dataclass(frozen=True)
class Compared:
    """A file of another version cut down to the questions the two versions share."""

    results: SessionResults
    left_out: tuple[str, ...]
    """Ids of the file's questions that differ from (or are not in) the report's version."""


def reference_hashes(pack: Pack | None, same_version: Sequence[SessionResults]) -> dict[str, str]:
    """Question id → content hash in the report's version: from the pack when it is at hand,
    else from the report's own files (which all asked that version)."""
    if pack is not None:
        return {q.id: question_content_hash(q) for q in pack.questions}
    hashes: dict[str, str] = {}
    for results in same_version:
        for answer in results.answers:
            if answer.content_hash:
                hashes.setdefault(answer.question_id, answer.content_hash)
    return hashes


def compare(results: SessionResults, reference: Mapping[str, str]) -> Compared | None:
    """The answers of ``results`` whose question is the same as in the report's version, or None
    when no question can be matched (a file from before per-question hashes, or every question
    changed)."""
    kept = []
    left_out = []
    for answer in results.answers:
        same = (answer.content_hash is not None
                and reference.get(answer.question_id) == answer.content_hash)
        if same:
            kept.append(answer)
        else:
            left_out.append(answer.question_id)
    if not kept:
        return None
    return Compared(replace(results, answers=tuple(kept)), tuple(left_out))


def changed_questions(compared: Sequence[tuple[str, Compared]],
                      pack: Pack | None) -> list[ChangedQuestion]:
    """Per question left out anywhere, the files it was left out of (question order of first
    appearance, files in path order). Whether a question was removed is known only with the
    report's pack at hand."""
    known_ids = frozenset(q.id for q in pack.questions) if pack is not None else None
    files: dict[str, list[str]] = {}
    for path, result in compared:
        for question_id in result.left_out:
            files.setdefault(question_id, []).append(path)
    return [ChangedQuestion(question_id, tuple(sorted(paths)),
                            known_ids is not None and question_id not in known_ids)
            for question_id, paths in files.items()]
