"""Checking the exams a pack ships (``exams:``) and the ones a teacher saved, field by field.

Presets from a pack file come from strangers like the rest of it, so every problem is reported at
its place in the file with what to do. Saved presets go through the same checks, so a damaged
settings file can never start an exam the pack cannot hold.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from typing import Any

from quizapp.core.data_checks import DataChecker, DataPath, NoPositions, describe, suggest
from quizapp.core.diagnostics import Diagnostic
from quizapp.core.engine import SEED_LIMIT
from quizapp.core.models import ExamPreset, Question, QuestionType
from quizapp.core.question_checks import ID_PATTERN

EXAM_KEYS = ("id", "title", "count", "sections", "types", "difficulty", "time_limit_minutes",
             "shuffle", "allow_back", "seed", "same_questions")
MAX_TIME_LIMIT_MINUTES = 24 * 60
DIFFICULTIES = (1, 2, 3)


def preset_matches(question: Question, preset: ExamPreset) -> bool:
    """Is ``question`` in the pool ``preset`` draws from?"""
    return ((not preset.sections or question.section_id in preset.sections)
            and (not preset.types or question.type in preset.types)
            and (not preset.difficulty or question.difficulty in preset.difficulty))


class _ExamChecker:
    def __init__(self, checker: DataChecker, path: DataPath) -> None:
        self.v = checker
        self.path = path
        self.ok = True

    def error(self, path: DataPath, message: str) -> None:
        self.ok = False
        self.v.report(path, message)

    def run(self, entry: object, number: int, section_ids: Collection[str] | None,
            questions: Sequence[Question] | None) -> ExamPreset | None:
        v, path = self.v, self.path
        mapping = v.mapping(entry, path, f"exam {number}")
        if mapping is None:
            return None
        errors_before = sum(1 for d in v.diagnostics if d.is_error)
        what = f"exam {number}"
        ident = v.text(mapping, "id", path, required=True, what=what)
        if ident is not None:
            what = f"exam '{ident}'"
            if not ID_PATTERN.match(ident):
                self.error(path + ("id",), f"exam id {ident!r} may only use lowercase letters, "
                           "digits and single dashes, e.g. 'unit-test'")
        v.check_keys(mapping, path, EXAM_KEYS, what)
        title = v.text(mapping, "title", path, required=True, what=what)
        count = self.count(mapping)
        sections = self.sections(mapping, section_ids)
        types = self.types(mapping)
        difficulty = self.difficulty(mapping)
        minutes = self.time_limit(mapping)
        shuffle = v.switch(mapping, "shuffle", path)
        allow_back = v.switch(mapping, "allow_back", path)
        seed = self.seed(mapping)
        same_questions = v.switch(mapping, "same_questions", path)
        if same_questions is False and seed is not None:
            self.error(path + ("seed",), f"{what} has a 'seed', which gives every learner the "
                       "same questions, and 'same_questions: false'; remove one of them")
        if sum(1 for d in v.diagnostics if d.is_error) > errors_before or not self.ok:
            return None
        if ident is None or title is None:
            return None
        preset = ExamPreset(ident, title, count, sections, types, difficulty, minutes,
                            shuffle is not False, allow_back is not False, seed,
                            same_questions is not False)
        if questions is not None:
            self.check_pool(preset, questions, what)
        return preset if self.ok else None

    def count(self, mapping: dict[str, object]) -> int | None:
        raw = mapping.get("count")
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            self.error(self.path + ("count",), f"'count' must be a whole number of 1 or more, "
                       f"found {raw!r}; leave it out to ask every matching question")
            return None
        return raw

    def sections(self, mapping: dict[str, object],
                 known: Collection[str] | None) -> tuple[str, ...]:
        if mapping.get("sections") is None:
            return ()
        path = self.path + ("sections",)
        sections = self.v.text_list(mapping["sections"], path, "sections")
        if sections is None:
            self.ok = False
            return ()
        for index, section in enumerate(sections):
            if known is not None and section not in known:
                where = path + (index,) if isinstance(mapping["sections"], list) else path
                options = sorted(known)
                hint = suggest(section, options) if options else "this pack has no sections"
                self.error(where, f"unknown section '{section}'; {hint}")
        return tuple(dict.fromkeys(sections))

    def types(self, mapping: dict[str, object]) -> tuple[QuestionType, ...]:
        if mapping.get("types") is None:
            return ()
        path = self.path + ("types",)
        names = self.v.text_list(mapping["types"], path, "types")
        if names is None:
            self.ok = False
            return ()
        allowed = [t.value for t in QuestionType]
        result = []
        for index, name in enumerate(names):
            if name not in allowed:
                where = path + (index,) if isinstance(mapping["types"], list) else path
                self.error(where, f"unknown question type '{name}'; {suggest(name, allowed)}")
                continue
            result.append(QuestionType(name))
        return tuple(dict.fromkeys(result))

    def difficulty(self, mapping: dict[str, object]) -> tuple[int, ...]:
        raw = mapping.get("difficulty")
        if raw is None:
            return ()
        path = self.path + ("difficulty",)
        values = raw if isinstance(raw, list) else [raw]
        result = []
        for index, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, int) or value not in DIFFICULTIES:
                where = path + (index,) if isinstance(raw, list) else path
                self.error(where, f"difficulty must be 1, 2 or 3 (or a list of them), found "
                           f"{value!r}")
                continue
            result.append(int(value))
        return tuple(sorted(set(result)))

    def time_limit(self, mapping: dict[str, object]) -> float | None:
        raw = mapping.get("time_limit_minutes")
        if raw is None:
            return None
        if (isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw)
                or not 0 < raw <= MAX_TIME_LIMIT_MINUTES):
            found = describe(raw) if not isinstance(raw, (int, float)) else repr(raw)
            self.error(self.path + ("time_limit_minutes",),
                       f"'time_limit_minutes' must be a number of minutes above 0 and at most "
                       f"{MAX_TIME_LIMIT_MINUTES}, found {found}; leave it out for no time limit")
            return None
        return float(raw)

    def seed(self, mapping: dict[str, object]) -> int | None:
        raw = mapping.get("seed")
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < SEED_LIMIT:
            self.error(self.path + ("seed",), f"'seed' must be a whole number from 0 to "
                       f"{SEED_LIMIT - 1}, found {raw!r}")
            return None
        return raw

    def check_pool(self, preset: ExamPreset, questions: Sequence[Question], what: str) -> None:
        pool = sum(1 for q in questions if preset_matches(q, preset))
        if pool == 0:
            self.error(self.path, f"no question of the pack matches {what}'s sections, types and "
                       "difficulty; widen them")
        elif preset.count is not None and preset.count > pool:
            self.error(self.path + ("count",), f"{what} asks for {preset.count} questions but "
                       f"only {pool} match its sections, types and difficulty; lower 'count' or "
                       "widen the choice")


def check_exams(checker: DataChecker, raw: object, section_ids: Collection[str],
                questions: Sequence[Question] | None) -> tuple[ExamPreset, ...]:
    """The pack's ``exams:`` list; ``questions`` None (the questions had errors) skips the checks
    that need them."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        checker.report(("exams",), f"'exams' must be a list of exams, found {describe(raw)}")
        return ()
    result: list[ExamPreset] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw):
        preset = _ExamChecker(checker, ("exams", index)).run(entry, index + 1, section_ids,
                                                               questions)
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and ident in seen:
            checker.report(("exams", index, "id"), f"duplicate exam id '{ident}' (also exam "
                           f"{seen[ident] + 1}); give each exam its own id")
            continue
        if isinstance(ident, str):
            seen[ident] = index
        if preset is not None:
            result.append(preset)
    return tuple(result)


def read_exam_preset(data: object, section_ids: Collection[str] | None,
                     questions: Sequence[Question] | None, *,
                     where: str = "<saved exam>") -> tuple[ExamPreset | None, tuple[Diagnostic, ...]]:
    """A preset kept outside a pack file (saved settings), checked against the pack it is for;
    None skips the checks against the pack's sections or questions."""
    checker = DataChecker(where, NoPositions())
    preset = _ExamChecker(checker, ()).run(data, 1, section_ids, questions)
    return preset, tuple(checker.diagnostics)


def preset_to_dict(preset: ExamPreset) -> dict[str, Any]:
    """The preset with the keys of ``exams:`` in a pack; what is left out takes its default."""
    data: dict[str, Any] = {"id": preset.id, "title": preset.title}
    if preset.count is not None:
        data["count"] = preset.count
    if preset.sections:
        data["sections"] = list(preset.sections)
    if preset.types:
        data["types"] = [t.value for t in preset.types]
    if preset.difficulty:
        data["difficulty"] = list(preset.difficulty)
    if preset.time_limit_minutes is not None:
        minutes = float(preset.time_limit_minutes)
        data["time_limit_minutes"] = int(minutes) if minutes.is_integer() else minutes
    data["shuffle"] = preset.shuffle
    data["allow_back"] = preset.allow_back
    if preset.seed is not None:
        data["seed"] = preset.seed
    if not preset.same_questions:
        data["same_questions"] = False
    return data
