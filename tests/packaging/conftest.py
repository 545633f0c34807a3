"""Helpers for the packaging tests: the repository's packaging/ folder and the system tools."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO

PACKAGING = REPO / "packaging"


def load_trimming() -> ModuleType:
    """packaging/trimming.py as the module ``trimming``, the name the spec imports it by."""
    if "trimming" not in sys.modules:
        spec = importlib.util.spec_from_file_location("trimming", PACKAGING / "trimming.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["trimming"] = module
        spec.loader.exec_module(module)
    return sys.modules["trimming"]


def system_tool(name: str, package: str) -> str:
    """A command-line tool the test needs; ./dev test installs its package (CI does too)."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install the {package} package (./dev test does, as root)")
    return found
