"""Loading a pack file from disk: YAML in, a validated ``Pack`` (or every problem) out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.lint import lint_pack
from quizapp.core.models import Pack
from quizapp.core.validation import (
    Positions,
    SourceReader,
    ValidationResult,
    validate_pack_data,
)
from quizapp.packs.yaml_reader import MAX_PACK_BYTES, read_text_file, read_yaml_text

MAX_SOURCE_BYTES = MAX_PACK_BYTES


def _source_reader(pack_dir: Path) -> SourceReader:
    def read(relative: str) -> str:
        candidate = Path(relative)
        if candidate.is_absolute() or ".." in candidate.parts:
            raise ValueError("the source must be a file in the pack's folder or below it")
        return read_text_file(pack_dir / candidate, limit=MAX_SOURCE_BYTES, what="source")

    return read


def check_pack_file(path: Path | str, *, lint: bool = False,
                    languages: Callable[[str], AnswerLanguage] = AnswerLanguage.plain,
                    ) -> ValidationResult:
    """Validate a pack file and report every problem; never raises for a bad pack.

    With ``lint``, a valid pack's item-writing flaws are added (severity ``lint``), located with
    the same positions; ``languages`` gives the grading rules for a pack's language.
    """
    result, positions = _validate_file(Path(path))
    if not lint or result.pack is None:
        return result
    findings = lint_pack(result.pack, positions, file=str(path),
                         language=languages(result.pack.language))
    return ValidationResult(result.pack, result.diagnostics + tuple(findings))


def _validate_file(path: Path) -> tuple[ValidationResult, Positions | None]:
    file = str(path)
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  "no such file; check the path"),)), None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  f"cannot read the pack: {reason}"),)), None
    try:
        data, positions = read_yaml_text(text, file)
    except PackError as error:
        return ValidationResult(None, tuple(error.diagnostics)), None
    return validate_pack_data(data, file=file, positions=positions,
                              read_source=_source_reader(path.parent)), positions


def load_pack(path: Path | str) -> Pack:
    """Load a valid pack or raise ``PackError`` listing every problem."""
    result = check_pack_file(path)
    if result.pack is None:
        raise PackError(list(result.diagnostics))
    return result.pack
