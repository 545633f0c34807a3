"""``.quizpack`` bundles: one zip file holding a pack, its source text and its images.

A bundle is how a teacher hands a pack to a class. Bundles come from strangers, so opening one
refuses, with a reason, anything that could write outside the cache folder or exhaust the disk:
absolute paths, ``..``, symbolic links, more than ``MAX_ENTRIES`` entries, files or totals over
the size limits, and compression ratios only a zip bomb reaches. Sizes are counted while reading,
not taken from the zip's own (forgeable) headers. A bundle is extracted once into a cache folder
named by its content hash, given by the caller.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from quizapp.core.limits import (
    MAX_BUNDLE_BYTES,
    MAX_BUNDLE_ENTRIES,
    MAX_BUNDLE_FILE_BYTES,
    MAX_BUNDLE_TOTAL_BYTES,
    MAX_COMPRESSION_RATIO,
)
from quizapp.core.models import Pack
from quizapp.packs.safe_files import UnreadableFile, read_limited

BUNDLE_SUFFIX = ".quizpack"
PACK_NAME = "pack.yaml"
MAX_ENTRIES = MAX_BUNDLE_ENTRIES  # the name tests and readers know
_COMPLETE = ".complete"
_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


class BundleError(Exception):
    """The bundle cannot be opened or written; the message says why in plain words."""


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


def _entry_name(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise BundleError(f"it holds the absolute path {name!r}; a bundle may only hold files "
                          "inside it")
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts) or not path.parts:
        raise BundleError(f"it holds the path {name!r}, which points outside the bundle")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleError(f"it holds the symbolic link {name!r}; bundles may hold plain files "
                          "only")
    return path


def _check_entries(archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(f"it holds {len(infos)} entries; a bundle may hold at most "
                          f"{MAX_ENTRIES}")
    entries, seen, declared = [], set(), 0
    for info in infos:
        path = _entry_name(info)
        if info.is_dir():
            continue
        key = path.as_posix().casefold()
        if key in seen:
            raise BundleError(f"it holds {info.filename!r} twice")
        seen.add(key)
        declared += info.file_size
        if info.file_size > MAX_BUNDLE_FILE_BYTES or declared > MAX_BUNDLE_TOTAL_BYTES:
            raise BundleError(f"it unpacks to more than the limit ({info.filename!r} is "
                              f"{info.file_size / 1048576:.1f} MB; at most "
                              f"{MAX_BUNDLE_FILE_BYTES // 1048576} MB a file and "
                              f"{MAX_BUNDLE_TOTAL_BYTES // 1048576} MB in all)")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > 1048576 and ratio > MAX_COMPRESSION_RATIO:
            raise BundleError(f"{info.filename!r} is compressed {ratio:.0f} to 1, as only a zip "
                              "bomb is; refused")
        entries.append((info, path))
    if PACK_NAME not in {p.as_posix() for _, p in entries}:
        raise BundleError(f"it has no {PACK_NAME} at its top level; it is not a quizapp bundle")
    return entries


def _extract(archive: zipfile.ZipFile, entries: list[tuple[zipfile.ZipInfo, PurePosixPath]],
             target: Path) -> None:
    total = 0
    for info, path in entries:
        destination = target.joinpath(*path.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source, destination.open("wb") as out:
            written = 0
            while chunk := source.read(65536):
                written += len(chunk)
                total += len(chunk)
                if written > MAX_BUNDLE_FILE_BYTES or total > MAX_BUNDLE_TOTAL_BYTES or (
                        written > 1048576 and written > MAX_COMPRESSION_RATIO * max(1, info.compress_size)):
                    raise BundleError(f"{info.filename!r} unpacks to more than its zip entry "
                                      "claims; refused as a zip bomb")
                out.write(chunk)


def open_bundle(bundle: Path, cache_dir: Path) -> Path:
    """Extract a bundle (once) into ``cache_dir`` and return the path of its pack file."""
    try:
        # read once with the size checked as it goes: no pipe, device or growing file
        data = read_limited(bundle, limit=MAX_BUNDLE_BYTES, what="bundle")
    except UnreadableFile as error:
        raise BundleError(str(error)) from None
    except OSError as error:
        raise BundleError(f"cannot read it: {error.strerror or error}") from None
    target = cache_dir / hashlib.sha256(data).hexdigest()[:32]
    if (target / _COMPLETE).is_file():
        return target / PACK_NAME
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=cache_dir))
    try:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                _extract(archive, _check_entries(archive), staging)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
            raise BundleError(f"it is not a readable zip file ({error})") from None
        except (NotImplementedError, RuntimeError) as error:  # encrypted or unknown compression
            raise BundleError(f"its files cannot be unpacked ({error})") from None
        except OSError as error:
            raise BundleError(f"cannot unpack it: {error.strerror or error}") from None
        (staging / _COMPLETE).touch()
        try:
            staging.rename(target)
        except OSError:  # unpacked meanwhile by another process: use that copy
            if not (target / _COMPLETE).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / PACK_NAME


def _referenced_files(pack: Pack, pack_dir: Path) -> list[Path]:
    """The source text and every image the pack's texts or its source show, inside its folder."""
    found: list[Path] = []
    texts = [q.prompt for q in pack.questions] + [q.explanation for q in pack.questions]
    if pack.source is not None:
        found.append(pack_dir / pack.source.text_path)
        source = pack_dir / pack.source.text_path
        if source.is_file():
            texts.append(source.read_text(encoding="utf-8", errors="replace"))
    for text in texts:
        for link in _IMAGE_LINK.findall(text):
            if link.lower().endswith(_IMAGE_SUFFIXES) and "://" not in link:
                found.append(pack_dir / link)
    root = pack_dir.resolve()
    return [p for p in dict.fromkeys(found)
            if p.is_file() and not p.is_symlink() and p.resolve().is_relative_to(root)]


def write_bundle(pack: Pack, pack_file: Path) -> bytes:
    """A bundle of a loaded pack: its pack file as ``pack.yaml``, its source text, its images."""
    pack_dir = pack_file.parent
    with tempfile.SpooledTemporaryFile(max_size=MAX_BUNDLE_BYTES) as buffer:
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(pack_file, PACK_NAME)
            for path in _referenced_files(pack, pack_dir):
                archive.write(path, path.resolve().relative_to(pack_dir.resolve()).as_posix())
        buffer.seek(0)
        return buffer.read()
