"""Reading files that strangers' packs name: regular files only, inside the pack's folder, capped.

A pack is an untrusted folder. Its source may be a named pipe (reading it would wait forever), a
link to ``/dev/zero`` (endless) or a link to a file elsewhere on the computer (whose content would
then be echoed in error messages). So a file is opened without blocking, checked to be a regular
file on the opened descriptor (no race with a swapped path), and read only up to its limit; a
path a pack names is resolved and refused if it leaves the pack's folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from quizapp.core.limits import MAX_PACK_BYTES, megabytes

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class UnreadableFile(ValueError):
    """A file quizapp will not read; the message says why and what to do, in plain words."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def too_large(what: str, size: int | None, limit: int) -> UnreadableFile:
    if size is None:
        return UnreadableFile(f"the {what} file is larger than the {megabytes(limit)} limit")
    return UnreadableFile(f"the {what} file is {megabytes(size, round_up=True)}; the limit is "
                          f"{megabytes(limit)}")


@contextmanager
def open_regular(path: Path, *, what: str) -> Iterator[BinaryIO]:
    """``path`` opened for reading in binary, if it is a regular file.

    Raises ``OSError`` (missing, no permission) or ``UnreadableFile`` (a pipe, a device, a
    folder, a socket). The check is made on the opened file, so a swapped path cannot slip by.
    """
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFile(f"the {what} file is {_kind(mode)}, not a regular file; "
                                 "quizapp reads only ordinary files")
        stream = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with stream:
        yield stream


def read_limited(path: Path, *, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises ``OSError`` (missing, no permission) or ``UnreadableFile`` (a pipe, a device, a
    folder, too large — also when the file grows past the limit while it is read).
    """
    with open_regular(path, what=what) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise too_large(what, size, limit)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(what, None, limit)
    return data


def read_text_file(path: Path, *, limit: int = MAX_PACK_BYTES, what: str = "pack") -> str:
    """A UTF-8 text file read with ``read_limited``; a wrong encoding is an ``UnreadableFile``."""
    return decode_text(read_limited(path, limit=limit, what=what), what=what)


def decode_text(data: bytes, *, what: str) -> str:
    """UTF-8 (with or without a byte-order mark), or an ``UnreadableFile`` naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnreadableFile(f"the {what} file is not UTF-8 text (bad byte on line {line}); "
                             "save it as UTF-8") from None


def resolve_inside(folder: Path, relative: str, *, what: str) -> Path:
    """The file a pack names (``relative`` to its folder), refused if it leads out of the folder.

    Links are followed before the check, so a link to a file elsewhere, or a linked folder, is
    refused just like ``../``. Nothing outside is opened, so nothing of it can be shown.
    """
    candidate = PurePosixPath(relative.replace("\\", "/"))
    if candidate.is_absolute() or ".." in candidate.parts or not candidate.parts:
        raise UnreadableFile(f"the {what} must be a file in the pack's folder or below it, "
                             "named relative to the folder")
    try:
        root = folder.resolve()
        target = root.joinpath(*candidate.parts).resolve()
    except (OSError, RuntimeError):  # a loop of links
        raise UnreadableFile(f"the {what} path is a loop of links; name the file itself") from None
    if not target.is_relative_to(root):
        raise UnreadableFile(f"the {what} is a link to a file outside the pack's folder; quizapp "
                             "reads only files inside it, so copy the file into the folder")
    return target
