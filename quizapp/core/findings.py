"""What is wrong with a pack being edited, pinned to the question and field it concerns.

The validator reports problems at a line and column of a file. While a pack is being edited there
is no file yet, so ``PathPositions`` hands the validator a made-up "line" per data path and turns
each diagnostic back into the path it was about: question 3, field ``choices``, item 1. The editor
shows each finding beside that field. Every check an author should see while typing is collected
here, in one place: validation and the item-writing lint.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.data_checks import DataPath
from quizapp.core.diagnostics import Diagnostic, Severity
from quizapp.core.lint import lint_pack
from quizapp.core.models import Pack
from quizapp.core.validation import SourceReader, ValidationResult, validate_pack_data

QUESTIONS = "questions"


class PathPositions:
    """A ``Positions`` whose line numbers stand for data paths, so findings can be traced back."""

    def __init__(self) -> None:
        self.paths: list[DataPath] = []
        self._numbers: dict[DataPath, int] = {}

    def of_value(self, path: DataPath) -> tuple[int, int]:
        number = self._numbers.get(path)
        if number is None:
            self.paths.append(path)
            number = self._numbers[path] = len(self.paths)
        return number, 1

    def of_key(self, path: DataPath) -> tuple[int, int]:
        return self.of_value(path)

    def path_of(self, line: int) -> DataPath | None:
        return self.paths[line - 1] if 1 <= line <= len(self.paths) else None


@dataclass(frozen=True)
class Finding:
    """One problem: which question (None: the pack or its source) and which of its fields.

    ``field`` is the question's key ('' for the question as a whole) or, for the pack, the
    top-level key ('source', 'title'…; '' for the source text's own problems).
    """

    question: int | None
    field: str
    path: DataPath
    severity: Severity
    message: str
    file: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Findings:
    pack: Pack | None
    all: tuple[Finding, ...] = ()
    by_question: Mapping[int, tuple[Finding, ...]] = field(default_factory=dict)

    @property
    def pack_level(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.all if f.question is None)

    def for_question(self, index: int) -> tuple[Finding, ...]:
        return self.by_question.get(index, ())

    def status(self, index: int) -> Severity | None:
        """The worst finding of a question: ERROR, then WARNING, then LINT; None when clean."""
        found = {f.severity for f in self.for_question(index)}
        return next((s for s in (Severity.ERROR, Severity.WARNING, Severity.LINT) if s in found),
                    None)


def _finding(diagnostic: Diagnostic, positions: PathPositions, file: str) -> Finding:
    path: DataPath = ()
    if diagnostic.path == file:
        path = positions.path_of(diagnostic.line) or ()
    question: int | None = None
    name = ""
    if len(path) >= 2 and path[0] == QUESTIONS and isinstance(path[1], int):
        question = path[1]
        name = str(path[2]) if len(path) >= 3 else ""
    elif path:
        name = str(path[0])
    return Finding(question, name, path, diagnostic.severity, diagnostic.message,
                   diagnostic.path)


def collect_findings(data: object, *, file: str, read_source: SourceReader | None = None,
                     language: AnswerLanguage | None = None) -> Findings:
    """Validate pack data and lint a valid pack, and say, for each problem, which question and
    field it belongs to; ``language`` decides how typed answers are read (the pack's)."""
    positions = PathPositions()
    result = validate_pack_data(data, file=file, positions=positions, read_source=read_source)
    diagnostics = list(result.diagnostics)
    if result.pack is not None:
        diagnostics += lint_pack(result.pack, positions, file=file, language=language)
    findings = tuple(_finding(d, positions, file) for d in diagnostics)
    grouped: dict[int, list[Finding]] = {}
    for found in findings:
        if found.question is not None:
            grouped.setdefault(found.question, []).append(found)
    return Findings(result.pack, findings, {k: tuple(v) for k, v in grouped.items()})


def one_question_pack(data: Mapping[str, Any], index: int, *, file: str,
                      read_source: SourceReader | None = None) -> ValidationResult:
    """The pack cut down to one question, to preview it while others are still unfinished."""
    single = {key: copy.deepcopy(value) for key, value in data.items() if key != QUESTIONS}
    questions = data.get(QUESTIONS)
    if not isinstance(questions, list) or not 0 <= index < len(questions):
        raise IndexError(f"no question {index + 1} in this pack")
    single[QUESTIONS] = [copy.deepcopy(questions[index])]
    return validate_pack_data(single, file=file, positions=PathPositions(),
                              read_source=read_source)
