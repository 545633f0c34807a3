"""Aiken, the simplest multiple-choice format: a question, lettered choices, ``ANSWER: X``.

Both choice styles (``A.`` and ``A)``) are read. A question may run over several lines here
(Moodle wants one). ``ANSWER: A, C`` (several letters) is read as a multiple-choice question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.core.models import Pack, QuestionType
from quizapp.interop.builder import PackBuilder, short
from quizapp.interop.results import ExportNote, ExportResult, ImportResult

_CHOICE = re.compile(r"^\s*([A-Za-z])\s*[.)]\s+(.*\S)\s*$")
_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*(.*?)\s*$", re.IGNORECASE)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class _Pending:
    line: int
    prompt: list[str] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)


class _AikenReader:
    def __init__(self, builder: PackBuilder) -> None:
        self.b = builder
        self.pending: _Pending | None = None

    def what(self, pending: _Pending) -> str:
        return f"question '{short(' '.join(pending.prompt))}'" if pending.prompt else "a question"

    def abandon(self, why: str) -> None:
        if self.pending is not None:
            self.b.skip(self.pending.line, self.what(self.pending), why)
        self.pending = None

    def line(self, number: int, text: str) -> None:
        if not text.strip():
            return
        answer = _ANSWER.match(text)
        choice = _CHOICE.match(text)
        if answer:
            self.finish(number, answer.group(1))
        elif choice and self.pending is not None and self.pending.prompt:
            self.pending.choices.append((choice.group(1).upper(), choice.group(2)))
        else:
            if self.pending is not None and self.pending.choices:
                self.abandon("no 'ANSWER:' line after its choices; add e.g. 'ANSWER: B'")
            if self.pending is None:
                self.pending = _Pending(number)
            self.pending.prompt.append(text.strip())

    def finish(self, number: int, letters_text: str) -> None:
        pending = self.pending
        self.pending = None
        if pending is None:
            self.b.skip(number, "an 'ANSWER:' line", "it follows no question; write the question "
                        "and its lettered choices above it")
            return
        what = self.what(pending)
        letters = [p.upper() for p in re.split(r"[\s,;]+", letters_text) if p]
        known = [letter for letter, _ in pending.choices]
        if len(pending.choices) < 2:
            self.b.skip(pending.line, what, "it needs at least two lettered choices "
                        "('A. ...' or 'A) ...')")
            return
        if not letters:
            self.b.skip(number, what, "the 'ANSWER:' line names no letter")
            return
        unknown = [letter for letter in letters if letter not in known]
        if unknown:
            self.b.skip(number, what, f"ANSWER names {', '.join(unknown)}, but the choices are "
                        f"{', '.join(known)}")
            return
        choices: list[dict[str, object]] = []
        for letter, text in pending.choices:
            choice: dict[str, object] = {"text": text}
            if letter in letters:
                choice["correct"] = True
            choices.append(choice)
        self.b.add(pending.line, {"type": "single" if len(set(letters)) == 1 else "multiple",
                                  "prompt": "\n".join(pending.prompt), "choices": choices})


def read_aiken(text: str, file: str, title: str = "Imported questions") -> ImportResult:
    """A pack from Aiken text, with a located warning for every question left out."""
    builder = PackBuilder(file, title)
    reader = _AikenReader(builder)
    for number, line in enumerate(text.splitlines(), start=1):
        reader.line(number, line)
    reader.abandon("no 'ANSWER:' line after its choices; add e.g. 'ANSWER: B'")
    return builder.build()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_aiken(pack: Pack) -> ExportResult:
    """Single-choice (and true/false, as two choices) questions as Aiken; the rest are noted."""
    notes: list[ExportNote] = []
    skipped: list[str] = []
    blocks: list[str] = []
    for question in pack.questions:
        if question.type is QuestionType.SINGLE:
            choices = [(c.text, c.correct) for c in question.choices]
        elif question.type is QuestionType.TRUE_FALSE:
            choices = [("True", bool(question.truth)), ("False", not question.truth)]
            notes.append(ExportNote(question.id, "written as a choice between True and False"))
        else:
            notes.append(ExportNote(question.id, f"left out: Aiken holds only single-choice "
                                    f"questions, not {question.type.label.lower()}"))
            skipped.append(question.id)
            continue
        lost = [name for name, present in (
            ("the explanation", question.explanation.strip()),
            ("the citations", question.citations),
            ("per-choice feedback", any(c.feedback for c in question.choices)),
            ("feedback", question.feedback_correct or question.feedback_incorrect)) if present]
        if lost:
            notes.append(ExportNote(question.id, f"{', '.join(lost)} left out: Aiken has "
                                    "questions, choices and the answer only"))
        lines = [_one_line(question.prompt)]
        answer = ""
        for letter, (text, correct) in zip(LETTERS, choices, strict=False):
            lines.append(f"{letter}. {_one_line(text)}")
            if correct:
                answer = letter
        lines.append(f"ANSWER: {answer}")
        blocks.append("\n".join(lines))
    return ExportResult(("\n\n".join(blocks) + "\n").encode("utf-8"), tuple(notes),
                        tuple(skipped))
