"""The data a pack describes, as immutable values.

Everything here is plain data so that the engine, the validator, the exporters and the UI can share
it without any of them owning it. One ``Question`` class carries the fields of all seven types (unused
ones stay empty) because packs, exports and storage all treat questions uniformly by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    NUMERIC = "numeric"
    ORDERING = "ordering"
    MATCHING = "matching"

    @property
    def label(self) -> str:
        """A human name for menus and statistics."""
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    QuestionType.SINGLE: "Single choice",
    QuestionType.MULTIPLE: "Multiple choice",
    QuestionType.TRUE_FALSE: "True or false",
    QuestionType.SHORT_ANSWER: "Short answer",
    QuestionType.NUMERIC: "Numeric",
    QuestionType.ORDERING: "Ordering",
    QuestionType.MATCHING: "Matching",
}

CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE})


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool = False
    feedback: str | None = None


@dataclass(frozen=True)
class MatchPair:
    left: str
    right: str


@dataclass(frozen=True)
class Citation:
    """A claim that ``quote`` (the source's exact words) stands in passage ``passage_id``."""

    passage_id: str
    quote: str


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    prompt: str
    explanation: str
    section_id: str | None = None
    difficulty: int = 2
    tags: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    feedback_correct: str | None = None
    feedback_incorrect: str | None = None
    # single / multiple
    choices: tuple[Choice, ...] = ()
    shuffle: bool | None = None
    """Whether the choices are shown shuffled: None follows the pack's ``shuffle``."""
    # true_false
    truth: bool | None = None
    # short_answer
    accept: tuple[str, ...] = ()
    close: tuple[str, ...] = ()
    implied: tuple[str, ...] = ()
    """Nouns the question implies, which an answer may add or leave out at its end
    ("agreements", "accords"); the prompt's own lowercase words count too."""
    # numeric
    number: float | None = None
    tolerance: float = 0.0
    # ordering: in the correct order
    items: tuple[str, ...] = ()
    # matching
    pairs: tuple[MatchPair, ...] = ()


@dataclass(frozen=True)
class Section:
    id: str
    title: str


@dataclass(frozen=True)
class Passage:
    """One paragraph or list item of a source text, addressed by its stable id."""

    id: str
    section_id: str | None
    text: str
    line: int
    is_list_item: bool = False


@dataclass(frozen=True)
class SourceDocument:
    """A parsed source text: its sections and passages in reading order."""

    title: str
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]

    def passage(self, passage_id: str) -> Passage | None:
        for passage in self.passages:
            if passage.id == passage_id:
                return passage
        return None

    def section(self, section_id: str | None) -> Section | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None


@dataclass(frozen=True)
class SourceInfo:
    """Where a pack's source text lives and the attribution its license requires."""

    text_path: str
    title: str
    publisher: str | None = None
    license: str | None = None
    license_url: str | None = None
    article_url: str | None = None

    @property
    def attribution(self) -> str:
        """The credit line shown wherever the source is shown (CC licenses require it)."""
        parts = [f"“{self.title}”"]
        if self.publisher:
            parts.append(f"by {self.publisher}")
        text = " ".join(parts) + "."
        if self.license:
            text += f" Licensed under {self.license}"
            text += f" ({self.license_url})." if self.license_url else "."
        return text


@dataclass(frozen=True)
class ExamPreset:
    """A teacher's exam: which questions it asks, for how long, and its rules (docs/exam.md).

    Empty ``sections``, ``types`` and ``difficulty`` mean "any"; ``count`` None asks every question
    that matches. With ``same_questions`` (the default) every learner of a class draws the same
    questions — from ``seed`` if given, else from the pack's and the exam's ids — while the order
    of questions and choices is still each learner's own; without it each learner draws their own.
    """

    id: str
    title: str
    count: int | None = None
    sections: tuple[str, ...] = ()
    types: tuple[QuestionType, ...] = ()
    difficulty: tuple[int, ...] = ()
    time_limit_minutes: float | None = None
    shuffle: bool = True
    allow_back: bool = True
    seed: int | None = None
    same_questions: bool = True


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    questions: tuple[Question, ...]
    path: str = ""
    language: str = "en"
    version: str | None = None
    authors: tuple[str, ...] = ()
    description: str | None = None
    source: SourceInfo | None = None
    document: SourceDocument | None = None
    sections: tuple[Section, ...] = field(default=())
    shuffle: bool | None = None
    """Whether choices are shown shuffled unless a question says otherwise; None when the pack
    does not say, and the learner's preference decides (shuffled unless they chose otherwise)."""
    exams: tuple[ExamPreset, ...] = ()
    """Exams shipped with the pack, in the order written."""

    def shuffles_choices(self, question: Question, default: bool = True) -> bool:
        """Are this question's choices shown in a shuffled order? Only single and multiple
        choice have an order a pack can pin; true/false stays True, False. ``default`` is the
        learner's preference, for packs and questions that do not say."""
        if question.type not in CHOICE_TYPES:
            return False
        if question.shuffle is not None:
            return question.shuffle
        return default if self.shuffle is None else self.shuffle

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None

    def section_title(self, section_id: str | None) -> str | None:
        for section in self.sections:
            if section.id == section_id:
                return section.title
        if self.document is not None:
            found = self.document.section(section_id)
            if found is not None:
                return found.title
        return None
