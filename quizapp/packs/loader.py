"""Loading a pack file from disk: YAML in, a validated ``Pack`` (or every problem) out."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.models import Pack
from quizapp.core.validation import SourceReader, ValidationResult, validate_pack_data
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


def check_pack_file(path: Path | str) -> ValidationResult:
    """Validate a pack file and report every problem; never raises for a bad pack."""
    path = Path(path)
    file = str(path)
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  "no such file; check the path"),))
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  f"cannot read the pack: {reason}"),))
    try:
        data, positions = read_yaml_text(text, file)
    except PackError as error:
        return ValidationResult(None, tuple(error.diagnostics))
    return validate_pack_data(data, file=file, positions=positions,
                              read_source=source_reader(path.parent))


def load_pack(path: Path | str) -> Pack:
    """Load a valid pack or raise ``PackError`` listing every problem."""
    result = check_pack_file(path)
    if result.pack is None:
        raise PackError(list(result.diagnostics))
    return result.pack
