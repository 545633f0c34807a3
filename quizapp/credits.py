"""What quizapp owes credit for: its own license, the bundled article, and the software it ships.

Help → About shows this, and the PyInstaller spec copies each listed distribution's metadata so
that versions can be shown in the built app too. ``tests/test_credits.py`` keeps the list honest:
every runtime dependency in ``pyproject.toml`` and everything they pull in must be listed, and each
license here must agree with the installed package's own metadata. Add a dependency → add it here.

Stdlib only: the list is plain data, and the version lookup uses ``importlib.metadata``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

APP_LICENSE = "MIT"
APP_LICENSE_URL = "https://spdx.org/licenses/MIT.html"
APP_COPYRIGHT = "Copyright © 2026 quizapp contributors"


@dataclass(frozen=True)
class ArticleCredit:
    """The attribution the CC BY-NC-ND 4.0 license of the bundled article asks for."""

    title: str
    author: str
    publisher: str
    url: str
    license: str
    license_url: str


BUNDLED_ARTICLE = ArticleCredit(
    title="Why NATO Has Become a Flash Point With Russia in Ukraine",
    author="Jonathan Masters",
    publisher="Council on Foreign Relations",
    url="https://www.cfr.org/backgrounder/why-nato-has-become-flash-point-russia-ukraine",
    license="CC BY-NC-ND 4.0",
    license_url="https://creativecommons.org/licenses/by-nc-nd/4.0/",
)


@dataclass(frozen=True)
class Component:
    """A piece of third-party software in quizapp, as a person reading the credits wants it."""

    name: str
    distribution: str | None  # its name on PyPI; None for Qt and Python, which come with others
    license: str  # SPDX identifier of the license quizapp uses it under
    url: str
    used_for: str

    @property
    def license_url(self) -> str:
        return f"https://spdx.org/licenses/{self.license}.html"

    def installed_version(self) -> str | None:
        """The installed version, or None when it is not installed (then it is not shown)."""
        if self.distribution is None:
            return None
        try:
            return version(self.distribution)
        except PackageNotFoundError:
            return None


COMPONENTS: tuple[Component, ...] = (
    Component("Python", None, "PSF-2.0", "https://www.python.org/",
              "the language and its standard library, with SQLite (public domain)"),
    Component("Qt", None, "LGPL-3.0-only", "https://www.qt.io/",
              "windows, text, charts, PDF and printing"),
    Component("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0-only", "https://pyside.org",
              "Qt from Python"),
    Component("PySide6 Add-ons", "PySide6-Addons", "LGPL-3.0-only", "https://pyside.org",
              "charts, PDF, speech and network modules of Qt"),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://pyside.org",
              "PySide6's binding generator runtime"),
    Component("PyYAML", "PyYAML", "MIT", "https://pyyaml.org/", "reading packs"),
    Component("ruamel.yaml", "ruamel.yaml", "MIT", "https://sourceforge.net/projects/ruamel-yaml/",
              "saving packs with their comments"),
    Component("ruamel.yaml.clib", "ruamel.yaml.clib", "MIT",
              "https://sourceforge.net/projects/ruamel-yaml-clib/", "ruamel.yaml's fast parser"),
    Component("FSRS for Python", "fsrs", "MIT", "https://github.com/open-spaced-repetition/py-fsrs",
              "spaced-repetition scheduling"),
    Component("typing_extensions", "typing_extensions", "PSF-2.0",
              "https://github.com/python/typing_extensions", "used by FSRS"),
    Component("defusedxml", "defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml",
              "safe Moodle XML import"),
    Component("genanki", "genanki", "MIT", "https://github.com/kerrickstaley/genanki",
              "Anki deck export"),
    Component("chevron", "chevron", "MIT", "https://github.com/noahmorrison/chevron", "used by genanki"),
    Component("frozendict", "frozendict", "LGPL-3.0-only",
              "https://github.com/Marco-Sulla/python-frozendict", "used by genanki"),
    Component("cached-property", "cached-property", "BSD-3-Clause",
              "https://github.com/pydanny/cached-property", "used by genanki"),
    Component("text2num", "text2num", "MIT", "https://github.com/allo-media/text2num",
              "number words in typed answers"),
    Component("pycountry", "pycountry", "LGPL-2.1-only", "https://github.com/pycountry/pycountry",
              "country names in typed answers"),
    Component("Segno", "segno", "BSD-3-Clause", "https://github.com/heuer/segno",
              "QR codes for live sessions"),
)


def shown_components() -> list[tuple[Component, str | None]]:
    """The components to credit here and now with their versions: Python and Qt always, the rest
    when installed (a listed package a branch has not merged yet is not claimed)."""
    shown = []
    for component in COMPONENTS:
        installed = component.installed_version()
        if component.distribution is None or installed is not None:
            shown.append((component, installed))
    return shown
