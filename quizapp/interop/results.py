"""What an importer or exporter hands back: the questions it could carry, and where it could not.

Every problem names the file and line (import) or the question (export), so a teacher can find it;
nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.core.models import Pack


@dataclass(frozen=True)
class ImportWarning:
    """A question (or a part of one) that was left out or changed on import, and why."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: warning: {self.message}"

    @property
    def skipped_question(self) -> bool:
        """True when a whole question was left out (not just a part of one)."""
        return self.message.startswith("skipped ")


class ImportFailure(Exception):
    """The file as a whole cannot be read: not this format, malformed, unsafe or unreadable."""

    def __init__(self, file: str, line: int, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message
        super().__init__(f"{file}:{line}: error: {message}")


@dataclass(frozen=True)
class ImportResult:
    """The imported pack (``None`` when no question could be imported) and every warning.

    ``attachments`` are files the questions refer to (images embedded in a Moodle XML file), by
    their path relative to the pack file, to be written beside it.
    """

    pack: Pack | None
    warnings: tuple[ImportWarning, ...] = ()
    attachments: dict[str, bytes] = field(default_factory=dict)
    format: str = ""
    """The format read ("gift", "aiken", "moodle-xml" or "csv"), given or guessed."""

    @property
    def question_count(self) -> int:
        return len(self.pack.questions) if self.pack else 0


@dataclass(frozen=True)
class ExportNote:
    """Something of one question that the target format cannot hold."""

    question_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.question_id}: {self.message}"


@dataclass(frozen=True)
class ExportResult:
    """The exported file's bytes and what each question lost on the way."""

    data: bytes
    notes: tuple[ExportNote, ...] = ()
    skipped: tuple[str, ...] = ()
    """Ids of questions the format cannot hold at all (each also has a note saying why)."""
