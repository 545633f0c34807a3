"""Loading a pack file from disk: YAML in, a validated ``Pack`` (or every problem) out."""

from __future__ import annotations

import dataclasses
import tempfile
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
from quizapp.packs.bundle import BundleError, is_bundle, open_bundle
from quizapp.packs.yaml_reader import MAX_PACK_BYTES, read_text_file, read_yaml_text

MAX_SOURCE_BYTES = MAX_PACK_BYTES


def source_reader(pack_dir: Path) -> SourceReader:
    """Reads the source text a pack names, only from the pack's folder or below it."""

    def read(relative: str) -> str:
        candidate = Path(relative)
        if candidate.is_absolute() or ".." in candidate.parts:
            raise ValueError("the source must be a file in the pack's folder or below it")
        return read_text_file(pack_dir / candidate, limit=MAX_SOURCE_BYTES, what="source")

    return read


Languages = Callable[[str], AnswerLanguage]


def _check_bundle(bundle: Path, cache_dir: Path, lint: bool,
                  languages: Languages) -> ValidationResult:
    try:
        pack_file = open_bundle(bundle, cache_dir)
    except BundleError as error:
        return ValidationResult(None, (Diagnostic(str(bundle), 1, 1, Severity.ERROR,
                                                  f"this bundle cannot be opened: {error}"),))
    result = check_pack_file(pack_file, lint=lint, languages=languages)
    inside = str(pack_file.parent)
    shown = [dataclasses.replace(d, path=str(bundle) + d.path[len(inside):])
             if d.path.startswith(inside) else d for d in result.diagnostics]
    return ValidationResult(result.pack, tuple(shown))


def check_pack_file(path: Path | str, bundle_cache: Path | None = None, *, lint: bool = False,
                    languages: Languages = AnswerLanguage.plain) -> ValidationResult:
    """Validate a pack file (or a ``.quizpack`` bundle) and report every problem; never raises
    for a bad pack.

    A bundle is unpacked into ``bundle_cache`` (kept, keyed by content), or into a temporary
    folder removed after loading when no cache is given. With ``lint``, a valid pack's
    item-writing flaws are added (severity ``lint``), located with the same positions;
    ``languages`` gives the grading rules for a pack's language.
    """
    path = Path(path)
    if is_bundle(path):
        if bundle_cache is not None:
            return _check_bundle(path, bundle_cache, lint, languages)
        with tempfile.TemporaryDirectory(prefix="quizapp-bundle-") as temporary:
            return _check_bundle(path, Path(temporary), lint, languages)
    result, positions = _validate_file(path)
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
                              read_source=source_reader(path.parent)), positions


def load_pack(path: Path | str, bundle_cache: Path | None = None) -> Pack:
    """Load a valid pack (or bundle) or raise ``PackError`` listing every problem."""
    result = check_pack_file(path, bundle_cache)
    if result.pack is None:
        raise PackError(list(result.diagnostics))
    return result.pack
