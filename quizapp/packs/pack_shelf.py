"""Whole packs for the screens that need them, loaded when first asked for and let go after.

The home screen lists summaries (``quizapp.core.pack_summary``); a quiz, the statistics, an
export, the worksheet, the class report, projector and live sessions need the whole pack. They
all ask the one shelf the main window makes and passes on, so a big pack is read (from the pack
cache: about 55 ms for 10,000 questions) only when one of them opens it, and ``release`` drops
every pack no screen uses any more, returning its memory (about 20 MB per 10,000 questions).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from quizapp.core.models import Pack
from quizapp.packs.loader import check_pack_file
from quizapp.packs.pack_cache import PackCache

PackLoad = Callable[[Path], Pack | None]
"""Reads one whole pack (None when it cannot be loaded now)."""


def cached_loader(bundle_cache: Path | None, pack_cache: PackCache | None) -> PackLoad:
    """The usual way to load a whole pack: from the cache when it knows the file as it is."""

    def load(path: Path) -> Pack | None:
        return check_pack_file(path, bundle_cache, pack_cache=pack_cache).pack

    return load


class PackShelf:
    """Whole packs by path, loaded with ``load`` on first use (a test passes a spy)."""

    def __init__(self, load: PackLoad) -> None:
        self.load = load
        self.open: dict[str, Pack] = {}

    def whole(self, path: str, kept: Pack | None = None) -> Pack | None:
        """The whole pack at ``path``: ``kept`` when the list holds it already (small packs),
        else the one loaded before and not yet released, else read now."""
        if kept is not None:
            return kept
        found = self.open.get(path)
        if found is None:
            found = self.load(Path(path))
            if found is not None:
                self.open[path] = found
        return found

    def release(self, keep: Collection[str] = ()) -> None:
        """Let go of every loaded pack but those at ``keep`` (still on a screen)."""
        self.open = {path: pack for path, pack in self.open.items() if path in keep}
