"""Noticing whether anything opens a file: Linux inotify, read through ctypes.

Pack text may carry ``<img src='file:///…'>``; if any widget rendered it as HTML, Qt would open
that file. A test points the tags at a file in a watched folder and asserts it was never opened.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path
from types import TracebackType

import pytest

_IN_ACCESS = 0x001
_IN_OPEN = 0x020
_EVENT_HEADER = struct.Struct("iIII")


class FileSpy:
    """Records every open or read of a file inside ``folder`` while it is active."""

    def __init__(self, folder: Path) -> None:
        if not sys.platform.startswith("linux"):
            pytest.skip("watching file opens needs Linux inotify")
        self.folder = folder
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._descriptor = -1
        self.opened: list[str] = []

    def __enter__(self) -> FileSpy:
        self._descriptor = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._descriptor < 0:
            pytest.skip("inotify is not available here")
        watch = self._libc.inotify_add_watch(self._descriptor, str(self.folder).encode(),
                                             _IN_OPEN | _IN_ACCESS)
        if watch < 0:
            pytest.skip("inotify cannot watch the test folder")
        return self

    def collect(self) -> list[str]:
        """Names of the files opened or read since the spy started (or was last collected)."""
        while True:
            try:
                data = os.read(self._descriptor, 65536)
            except BlockingIOError:
                return self.opened
            offset = 0
            while offset < len(data):
                _, _, _, length = _EVENT_HEADER.unpack_from(data, offset)
                start = offset + _EVENT_HEADER.size
                self.opened.append(data[start:start + length].rstrip(b"\0").decode())
                offset = start + length

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.collect()
        os.close(self._descriptor)
