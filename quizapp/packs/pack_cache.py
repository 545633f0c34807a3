"""A cache of validated packs, so that opening an unchanged pack again costs little.

Reading and validating a pack of 10,000 questions takes about a second; most starts of the app
read the same files as last time. Each valid pack is kept in the app's cache folder (passed in:
the UI gives Qt's ``CacheLocation``, tests a temporary folder), under a name made from

- the pack file's content (a BLAKE2 hash of its bytes) and the path it was opened by (messages
  and the history name the path),
- ``LOADER_VERSION``, raised whenever reading or validating changes what a pack becomes (a
  valid pack's model or its warnings), and quizapp's version, so a new release never uses the
  entries of an older one,

and the entry names the source texts the pack read, each with the hash of its content. An entry
is used only when all of these match what is on disk now, so a changed pack or source is simply
read again: the cache is never trusted over the files.

Entries are pickles of the pack's frozen dataclasses (the fastest form to read back), loaded with
an unpickler that builds only the pack model's own classes: a tampered entry cannot run code; at
worst it fails to load. Every entry carries a checksum of its payload; a torn, corrupt or foreign
entry is ignored (and replaced on the next write). Entries are written to a temporary file and
renamed into place, so a reader never sees half an entry. Packs with errors are not cached: they
are the ones being edited. The folder is kept under ``MAX_PACK_CACHE_BYTES``: after each write the
entries used longest ago go first (a hit marks its entry as used).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quizapp import __version__
from quizapp.core.limits import MAX_PACK_CACHE_BYTES
from quizapp.core.models import Question
from quizapp.core.pack_summary import PackSummary, summarize
from quizapp.core.validation import ValidationResult

LOADER_VERSION = 3
"""Raise when the reader or the validator changes what a pack file becomes."""

_MAGIC = b"quizapp-pack-cache\n"
_DIGEST_BYTES = 32
_ALLOWED_MODULES = frozenset({"quizapp.core.models", "quizapp.core.diagnostics",
                              "quizapp.core.validation", "quizapp.core.pack_summary",
                              __name__})
_ALLOWED_BUILTINS = frozenset({"frozenset", "set"})


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=_DIGEST_BYTES).hexdigest()


CHUNK_QUESTIONS = 250
"""Questions pickled together. Unpickling holds the interpreter lock for the whole call, so a
10,000-question pack read in one call (about 0.1 s) would freeze the UI thread while a worker
loads it; in chunks the UI thread gets its turn between them."""


@dataclass(frozen=True)
class CachedPack:
    """A validated pack without its questions, the questions as pickled chunks, the source
    texts it read (their paths relative to the pack's folder, and content hashes), and the
    pack's summary: the home screen reads only that, never unpickling the chunks."""

    result: ValidationResult
    chunks: tuple[bytes, ...]
    sources: tuple[tuple[str, str], ...]
    summary: PackSummary


class _PackUnpickler(pickle.Unpickler):
    """Builds the pack model's classes and nothing else (no functions, no other classes)."""

    def find_class(self, module: str, name: str) -> type:
        if module in _ALLOWED_MODULES and not name.startswith("_"):
            found = getattr(__import__(module, fromlist=[name]), name, None)
            if isinstance(found, type):
                return found
        if module == "builtins" and name in _ALLOWED_BUILTINS:
            return frozenset if name == "frozenset" else set
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a cached pack")


SourceCheck = Callable[[str], str | None]
"""The content hash of a source text now (by its path relative to the pack), None if unreadable."""


class PackCache:
    """Validated packs by content, in ``folder`` (made when the first entry is written)."""

    def __init__(self, folder: Path, max_bytes: int = MAX_PACK_CACHE_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    def key(self, path: str, data: bytes) -> str:
        """The entry's name: the file's content, the path it is opened by, the loader version."""
        hasher = hashlib.blake2b(digest_size=_DIGEST_BYTES)
        hasher.update(f"{LOADER_VERSION}\0{__version__}\0{path}\0".encode())
        hasher.update(data)
        return hasher.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / f"{key}.pack"

    def _cached(self, key: str, source_hash: SourceCheck) -> CachedPack | None:
        """The entry, checked (checksum, classes, source texts), without its questions."""
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        header = len(_MAGIC) + 2 * _DIGEST_BYTES
        if len(raw) <= header or not raw.startswith(_MAGIC):
            return None
        checksum, payload = raw[len(_MAGIC):header], raw[header:]
        if checksum != content_hash(payload).encode("ascii"):
            return None
        try:
            cached = _PackUnpickler(io.BytesIO(payload)).load()
            if not isinstance(cached, CachedPack) or cached.result.pack is None:
                return None
            summary: object = cached.summary  # an entry from elsewhere may hold anything
            if not isinstance(summary, PackSummary):
                return None
            for relative, expected in cached.sources:
                if source_hash(relative) != expected:
                    return None
        except Exception:  # a damaged or foreign entry is a miss, never an error
            return None
        return cached

    def summary(self, key: str,
                source_hash: SourceCheck) -> tuple[PackSummary, ValidationResult] | None:
        """The pack's summary and its validation without questions (warnings), or None as
        ``get``. Costs about a millisecond for 10,000 questions: the chunks stay bytes."""
        cached = self._cached(key, source_hash)
        if cached is None:
            return None
        with contextlib.suppress(OSError):
            os.utime(self._entry(key))
        return cached.summary, cached.result

    def get(self, key: str, source_hash: SourceCheck) -> ValidationResult | None:
        """The cached result, or None when there is none, it cannot be read, or a source text
        it was built from has changed."""
        cached = self._cached(key, source_hash)
        if cached is None or cached.result.pack is None:
            return None
        try:
            questions: list[Question] = []
            for chunk in cached.chunks:
                questions.extend(_PackUnpickler(io.BytesIO(chunk)).load())
        except Exception:  # a damaged or foreign entry is a miss, never an error
            return None
        if not all(isinstance(question, Question) for question in questions):
            return None
        pack = dataclasses.replace(cached.result.pack, questions=tuple(questions))
        with contextlib.suppress(OSError):
            os.utime(self._entry(key))  # used now: the last to be pruned
        return ValidationResult(pack, cached.result.diagnostics)

    def put(self, key: str, result: ValidationResult,
            sources: tuple[tuple[str, str], ...]) -> None:
        """Keep a valid pack; a cache that cannot be written only costs time, so errors pass."""
        if result.pack is None:
            return
        questions = result.pack.questions
        try:
            chunks = tuple(pickle.dumps(questions[start:start + CHUNK_QUESTIONS],
                                        protocol=pickle.HIGHEST_PROTOCOL)
                           for start in range(0, len(questions), CHUNK_QUESTIONS))
            bare = ValidationResult(dataclasses.replace(result.pack, questions=()),
                                    result.diagnostics)
            payload = pickle.dumps(CachedPack(bare, chunks, sources, summarize(result.pack)),
                                   protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        data = _MAGIC + content_hash(payload).encode("ascii") + payload
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                os.replace(temporary, self._entry(key))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            self._prune(keep=self._entry(key))

    def _prune(self, keep: Path) -> None:
        """Remove the entries used longest ago until the folder is within ``max_bytes``."""
        entries = []
        for entry in self.folder.glob("*.pack"):
            with contextlib.suppress(OSError):
                status = entry.stat()
                entries.append((status.st_mtime_ns, status.st_size, entry))
        total = sum(size for _, size, _ in entries)
        for _, size, entry in sorted(entries, key=lambda found: found[0]):
            if total <= self.max_bytes:
                break
            if entry != keep:
                with contextlib.suppress(OSError):
                    entry.unlink()
                    total -= size
