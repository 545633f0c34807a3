"""Where quizapp finds its own files — bundled packs, assets, package data — however it was installed.

This is the one place that knows the layouts, so the rest of the app never builds a path from
``__file__``. Three ways of running, one rule:

- **Source checkout** (also an editable install): the top-level ``assets/`` (style, icons,
  translations) and ``questions/`` (bundled packs) are read where they are, beside the package.
- **Installed wheel** (``pip install .``): ``setup.py`` copies those two folders into the package
  as ``quizapp/_data/assets`` and ``quizapp/_data/questions`` when the wheel is built.
- **PyInstaller bundle**: ``packaging/quizapp.spec`` puts them at the same place inside the
  frozen package, so the wheel's rule finds them.

The installed copy is looked for first (``importlib.resources``); the checkout is the fallback.
Files that already live inside the package (the live session's ``quizapp/live/web/``) are
ordinary package data, shipped by ``[tool.setuptools.package-data]`` and found with
:func:`package_path`. Every answer is a real folder: Qt, SQLite and the pack loader need file
paths, so quizapp is not zip-safe (``zip-safe = false`` in ``pyproject.toml``).

Stdlib only, so every layer may ask.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DATA_FOLDER = "_data"
"""The folder inside the installed package that holds the checkout's top-level data folders."""

SHIPPED_FOLDERS = ("assets", "questions")
"""Top-level checkout folders that go inside the package on install (read by setup.py and the spec)."""

CHECKOUT_ROOT = Path(__file__).resolve().parent.parent
APP_ICON = "quizapp.svg"


class ResourceError(RuntimeError):
    """quizapp's own files cannot be reached as files (e.g. it was imported from a zip archive)."""


def package_path(package: str, *parts: str) -> Path:
    """A file or folder inside an imported (regular) package, e.g. ``package_path("quizapp.live", "web")``."""
    root = files(package)
    if not isinstance(root, Path):
        raise ResourceError(f"{package} is not installed as plain files ({root!r}); "
                            "reinstall quizapp with pip, which never installs it zipped")
    return root.joinpath(*parts)


def shipped_folder(name: str) -> Path:
    """``assets`` or ``questions``: the installed copy inside the package, else the checkout's."""
    if name not in SHIPPED_FOLDERS:
        raise ValueError(f"{name!r} is not one of the shipped folders {SHIPPED_FOLDERS}")
    installed = package_path("quizapp", DATA_FOLDER, name)
    if installed.is_dir():
        return installed
    return CHECKOUT_ROOT / name


def assets_dir() -> Path:
    """The style sheets, icons and translations."""
    return shipped_folder("assets")


def asset(*parts: str) -> Path:
    """One file among the assets, e.g. ``asset("style.qss")``; it may not exist (callers check)."""
    return assets_dir().joinpath(*parts)


def bundled_packs_dir() -> Path:
    """The packs that come with quizapp, one folder each."""
    return shipped_folder("questions")
