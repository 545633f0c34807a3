"""Loading a pack file from disk: YAML in, a validated ``Pack`` (or every problem) out.

The YAML reader and the lint rules are imported when a file is first read, not with this module:
at start-up the app's packs usually come from the pack cache, and the home screen appears sooner
without them.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.cancellation import CancelCheck
from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.limits import MAX_PACK_BYTES, MAX_SOURCE_BYTES
from quizapp.core.models import Pack
from quizapp.core.pack_summary import PackSummary
from quizapp.core.validation import (
    Positions,
    SourceReader,
    ValidationResult,
    validate_pack_data,
)
from quizapp.packs.bundle import BundleError, is_bundle, open_bundle
from quizapp.packs.gradual_release import release_parsed, release_positions
from quizapp.packs.pack_cache import PackCache, content_hash
from quizapp.packs.safe_files import (
    UnreadableFile,
    decode_text,
    read_limited,
    resolve_inside,
)


def source_reader(pack_dir: Path, read: list[tuple[str, str]] | None = None) -> SourceReader:
    """Reads the source text a pack names, only from the pack's folder or below it; each text
    read is added to ``read`` with the hash of its content (for the pack cache)."""

    def read_source(relative: str) -> str:
        path = resolve_inside(pack_dir, relative, what="source")
        data = read_limited(path, limit=MAX_SOURCE_BYTES, what="source")
        if read is not None:
            read.append((relative, content_hash(data)))
        return decode_text(data, what="source")

    return read_source


def _source_hash(pack_dir: Path) -> Callable[[str], str | None]:
    """The content hash of a source text as it is now, None when it cannot be read."""

    def hash_now(relative: str) -> str | None:
        try:
            path = resolve_inside(pack_dir, relative, what="source")
            return content_hash(read_limited(path, limit=MAX_SOURCE_BYTES, what="source"))
        except (OSError, UnreadableFile):
            return None

    return hash_now


Languages = Callable[[str], AnswerLanguage]


def _check_bundle(bundle: Path, cache_dir: Path, lint: bool, languages: Languages,
                  cancelled: CancelCheck | None, pack_cache: PackCache | None) -> ValidationResult:
    try:
        pack_file = open_bundle(bundle, cache_dir)
    except BundleError as error:
        return ValidationResult(None, (Diagnostic(str(bundle), 1, 1, Severity.ERROR,
                                                  f"this bundle cannot be opened: {error}"),))
    result = check_pack_file(pack_file, lint=lint, languages=languages, cancelled=cancelled,
                             pack_cache=pack_cache)
    inside = str(pack_file.parent)
    shown = [dataclasses.replace(d, path=str(bundle) + d.path[len(inside):])
             if d.path.startswith(inside) else d for d in result.diagnostics]
    return ValidationResult(result.pack, tuple(shown))


def check_pack_file(path: Path | str, bundle_cache: Path | None = None, *, lint: bool = False,
                    languages: Languages = AnswerLanguage.plain,
                    cancelled: CancelCheck | None = None,
                    pack_cache: PackCache | None = None) -> ValidationResult:
    """Validate a pack file (or a ``.quizpack`` bundle) and report every problem; never raises
    for a bad pack.

    A bundle is unpacked into ``bundle_cache`` (kept, keyed by content), or into a temporary
    folder removed after loading when no cache is given. With ``lint``, a valid pack's
    item-writing flaws are added (severity ``lint``), located with the same positions;
    ``languages`` gives the grading rules for a pack's language. ``cancelled`` lets a caller
    stop a long validation (it raises ``Cancelled``). With ``pack_cache``, a pack read before
    and unchanged since (file and source) comes from the cache; lint always reads the file.
    """
    path = Path(path)
    if is_bundle(path):
        if bundle_cache is not None:
            return _check_bundle(path, bundle_cache, lint, languages, cancelled, pack_cache)
        with tempfile.TemporaryDirectory(prefix="quizapp-bundle-") as temporary:
            return _check_bundle(path, Path(temporary), lint, languages, cancelled, None)
    result, positions = _validate_file(path, cancelled, None if lint else pack_cache)
    if not lint or result.pack is None:
        if positions is not None:  # in steps, as the parsed data (gradual_release)
            release_positions(positions)
        return result
    from quizapp.core.lint import lint_pack

    findings = lint_pack(result.pack, positions, file=str(path),
                         language=languages(result.pack.language))
    return ValidationResult(result.pack, result.diagnostics + tuple(findings))


def _validate_file(path: Path, cancelled: CancelCheck | None,
                   pack_cache: PackCache | None) -> tuple[ValidationResult, Positions | None]:
    file = str(path)
    try:
        data = read_limited(path, limit=MAX_PACK_BYTES, what="pack")
        key = pack_cache.key(file, data) if pack_cache is not None else ""
        if pack_cache is not None:
            # a link to a pack (the learner's shortcut) reads the source beside its target
            cached = pack_cache.get(key, _source_hash(path.resolve().parent))
            if cached is not None:
                return cached, None
        text = decode_text(data, what="pack")
    except FileNotFoundError:
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  "no such file; check the path"),)), None
    except (OSError, UnreadableFile) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ValidationResult(None, (Diagnostic(file, 1, 1, Severity.ERROR,
                                                  f"cannot read the pack: {reason}"),)), None
    from quizapp.packs.yaml_reader import read_yaml_text

    try:
        parsed, positions = read_yaml_text(text, file, cancelled)
    except PackError as error:
        return ValidationResult(None, tuple(error.diagnostics)), None
    # a link to a pack (the learner's shortcut) reads the source beside the file it points to
    sources: list[tuple[str, str]] = []
    result = validate_pack_data(parsed, file=file, positions=positions,
                                read_source=source_reader(path.resolve().parent, sources),
                                cancelled=cancelled)
    release_parsed(parsed)  # in steps: freed at once, a big pack's data froze the UI thread
    if pack_cache is not None:
        pack_cache.put(key, result, tuple(sources))
    return result, positions


def cached_summary(path: Path | str,
                   pack_cache: PackCache | None) -> tuple[PackSummary, ValidationResult] | None:
    """A pack's summary from the cache, reading the file only to hash it (no YAML, no
    questions unpickled), or None when the cache does not know the file as it is now."""
    path = Path(path)
    if pack_cache is None or is_bundle(path):
        return None
    try:
        data = read_limited(path, limit=MAX_PACK_BYTES, what="pack")
    except (OSError, UnreadableFile):
        return None
    return pack_cache.summary(pack_cache.key(str(path), data),
                              _source_hash(path.resolve().parent))


def load_pack(path: Path | str, bundle_cache: Path | None = None) -> Pack:
    """Load a valid pack (or bundle) or raise ``PackError`` listing every problem."""
    result = check_pack_file(path, bundle_cache)
    if result.pack is None:
        raise PackError(list(result.diagnostics))
    return result.pack
