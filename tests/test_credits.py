"""The credits (Help → About) name every library quizapp ships, under its real license."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, distribution

import pytest
from packaging.requirements import Requirement

from quizapp.credits import BUNDLED_ARTICLE, COMPONENTS, Component, shown_components
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK, REPO


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def installed_closure() -> set[str]:
    """Every installed distribution the runtime dependencies pull in, themselves included."""
    seen: set[str] = set()
    pending = [r for r in runtime_requirements() if r.marker is None or r.marker.evaluate()]
    while pending:
        requirement = pending.pop()
        name = normalized(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        for text in distribution(requirement.name).requires or []:
            needed = Requirement(text)
            if needed.marker is None or needed.marker.evaluate({"extra": ""}):
                pending.append(needed)
    return seen


def listed() -> dict[str, Component]:
    return {normalized(c.distribution): c for c in COMPONENTS if c.distribution}


def test_every_runtime_dependency_is_credited() -> None:
    missing = [r.name for r in runtime_requirements() if normalized(r.name) not in listed()]
    assert not missing, f"add these to quizapp/credits.py COMPONENTS: {missing}"


def test_everything_the_dependencies_pull_in_is_credited() -> None:
    closure = installed_closure()
    assert {"pyside6-essentials", "shiboken6", "pyyaml"} <= closure  # the walk does walk
    missing = sorted(closure - listed().keys())
    assert not missing, f"add these to quizapp/credits.py COMPONENTS: {missing}"


# How each SPDX id we state may be written in a package's own metadata (License-Expression,
# License, or a trove classifier), lower-cased with punctuation and spaces removed.
SPELLINGS = {
    "MIT": ("mit",),
    "PSF-2.0": ("psf", "pythonsoftwarefoundation"),
    "LGPL-3.0-only": ("lgpl30", "lgplv3", "lesserGeneralPublicLicensev3".lower()),
    "LGPL-2.1-only": ("lgpl21", "lgplv2",),
    "BSD-3-Clause": ("bsd",),
}


def metadata_licenses(name: str) -> list[str]:
    metadata = distribution(name).metadata
    texts = [metadata.get("License-Expression") or "", (metadata.get("License") or "")[:200]]
    texts += [c for c in metadata.get_all("Classifier") or [] if c.startswith("License ::")]
    return [re.sub(r"[^a-z0-9]", "", text.lower()) for text in texts if text]


@pytest.mark.parametrize("component", [c for c in COMPONENTS if c.distribution], ids=lambda c: c.name)
def test_stated_license_agrees_with_the_package(component: Component) -> None:
    assert component.distribution is not None
    try:
        declared = metadata_licenses(component.distribution)
    except PackageNotFoundError:
        pytest.skip(f"{component.distribution} is not installed on this branch")
    assert component.license in SPELLINGS, "add how this license is spelled to SPELLINGS"
    assert any(spelling in text for text in declared for spelling in SPELLINGS[component.license]), (
        f"{component.name}: we say {component.license}, its metadata says {declared}")


def test_only_installed_packages_are_claimed() -> None:
    shown = {component.name: installed for component, installed in shown_components()}
    assert "Python" in shown and "Qt" in shown
    assert shown["PyYAML"] == distribution("PyYAML").version
    fake = Component("Nothing", "no-such-distribution-xyz", "MIT", "https://example.org", "nothing")
    assert fake.installed_version() is None


def test_the_article_credit_matches_the_bundled_pack() -> None:
    source = load_pack(BUNDLED_PACK).source
    assert source is not None
    assert (BUNDLED_ARTICLE.title, BUNDLED_ARTICLE.publisher, BUNDLED_ARTICLE.license,
            BUNDLED_ARTICLE.license_url) == (source.title, source.publisher, source.license,
                                             source.license_url)
    assert BUNDLED_ARTICLE.url.startswith("https://www.cfr.org/backgrounder/")
