"""What the home screen knows of a pack without holding it: a few hundred kB for 10,000
questions, where the whole pack is about 20 MB of Python objects.

The list of twenty big packs showed every pack whole and held 470–530 MB; with summaries it
holds the titles, counts and question ids (the study plan needs them), and a whole pack is
loaded only when a screen opens it (``quizapp.packs.pack_shelf``).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.models import Pack, SourceInfo


@dataclass(frozen=True)
class PackSummary:
    """A valid pack's identity, counts and ids, for lists and the study plan."""

    id: str
    title: str
    path: str
    language: str
    version: str | None
    question_ids: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]
    """(id, title) of each section, in the pack's order."""
    source: SourceInfo | None
    has_document: bool

    @property
    def question_count(self) -> int:
        return len(self.question_ids)


def summarize(pack: Pack) -> PackSummary:
    return PackSummary(pack.id, pack.title, pack.path, pack.language, pack.version,
                       tuple(question.id for question in pack.questions),
                       tuple((section.id, section.title) for section in pack.sections),
                       pack.source, pack.document is not None)
