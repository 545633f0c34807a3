"""Helpers for the interop tests: the fixture files, and a question looked up by id."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.models import Pack, Question
from quizapp.interop import ImportResult, import_file
from tests.conftest import FIXTURES

INTEROP = FIXTURES / "interop"


def imported(name: str) -> ImportResult:
    return import_file(INTEROP / name)


def question(pack: Pack | None, ident: str) -> Question:
    assert pack is not None
    found = pack.question(ident)
    assert found is not None, [q.id for q in pack.questions]
    return found


def messages(result: ImportResult) -> list[str]:
    """Warnings as `NAME:LINE: warning: ...` with the fixture folder left out."""
    return [str(w).replace(str(INTEROP) + "/", "") for w in result.warnings]


def fixture(name: str) -> Path:
    return INTEROP / name
