"""Loading a pack file from disk: YAML in, a validated ``Pack`` (or every problem) out."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.cancellation import CancelCheck
from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.limits import MAX_PACK_BYTES, MAX_SOURCE_BYTES
from quizapp.core.models import Pack
from quizapp.core.validation import SourceReader, ValidationResult, validate_pack_data
from quizapp.packs.safe_files import UnreadableFile, read_text_file, resolve_inside
from quizapp.packs.yaml_reader import read_yaml_text


def _source_reader(pack_dir: Path) -> SourceReader:
    def read(relative: str) -> str:
        path = resolve_inside(pack_dir, relative, what="source")
        return read_text_file(path, limit=MAX_SOURCE_BYTES, what="source")

    return read


def check_pack_file(path: Path | str, cancelled: CancelCheck | None = None) -> ValidationResult:
    """Validate a pack file and report every problem; never raises for a bad pack.

    ``cancelled`` lets a caller stop a long validation (it raises ``Cancelled``).
    """
    path = Path(path)
    file = str(path)
    try:
        text = read_text_file(path, limit=MAX_PACK_BYTES, what="pack")
    except FileNotFoundError:
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  "no such file; check the path"),))
    except (OSError, UnreadableFile) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  f"cannot read the pack: {reason}"),))
    try:
        data, positions = read_yaml_text(text, file, cancelled)
    except PackError as error:
        return ValidationResult(None, tuple(error.diagnostics))
    # a link to a pack (the learner's shortcut) reads the source beside the file it points to
    return validate_pack_data(data, file=file, positions=positions,
                              read_source=_source_reader(path.resolve().parent),
                              cancelled=cancelled)


def load_pack(path: Path | str) -> Pack:
    """Load a valid pack or raise ``PackError`` listing every problem."""
    result = check_pack_file(path)
    if result.pack is None:
        raise PackError(list(result.diagnostics))
    return result.pack
