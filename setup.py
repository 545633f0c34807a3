"""Build step that pyproject.toml cannot express: ship the checkout's ``assets/`` and ``questions/``
inside the package, as ``quizapp/_data/...``, where ``quizapp.resources`` looks for them.

Everything else (metadata, package data, desktop files) is declared in pyproject.toml. Editable
installs skip the copy: they read the checkout's folders directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from runpy import run_path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = run_path(str(HERE / "quizapp" / "resources.py"))  # the layout's one definition
IGNORED = shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*")


class BuildWithData(build_py):
    """``build_py`` that also copies the shipped top-level folders into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target_root = Path(self.build_lib) / "quizapp" / RESOURCES["DATA_FOLDER"]
        for name in RESOURCES["SHIPPED_FOLDERS"]:
            source = HERE / name
            if not source.is_dir():
                raise FileNotFoundError(f"{source} is missing: it must be shipped with quizapp")
            target = target_root / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=IGNORED)


setup(cmdclass={"build_py": BuildWithData})
