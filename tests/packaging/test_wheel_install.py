"""``pip install .`` works away from the checkout: a wheel built from a copy of the repository,
installed into a fresh virtual environment, finds its bundled pack, style, icons and package data
and runs from another folder.

Kept fast and offline: the wheel is built without build isolation (setuptools comes with the test
extra) and installed with ``--no-deps``; the fresh environment sees this environment's
site-packages for PySide6, PyYAML and the rest, but not its editable quizapp.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

import quizapp
from quizapp.resources import SHIPPED_FOLDERS
from tests.conftest import REPO

NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                    ".*_cache", ".hypothesis", "screenshots-tmp")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout, so that building leaves no trace in it."""
    copy = tmp_path_factory.mktemp("source") / "quizapp"
    shutil.copytree(REPO, copy, ignore=NOT_COPIED)
    return copy


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheels")
    run(sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--no-build-isolation",
        "--quiet", "--wheel-dir", wheels, cwd=source)
    (built,) = wheels.glob("quizapp-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel in it; this venv's site-packages come after its own."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        "--no-index", wheel, cwd=venv)
    own_site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                        cwd=venv).strip())
    (own_site / "zz_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return venv


def test_a_source_distribution_can_build_the_wheel(source: Path, tmp_path: Path) -> None:
    """``python -m build`` goes through an sdist: it must hold what setup.py copies in."""
    script = ("import sys; from setuptools import build_meta; "
              "print(build_meta.build_sdist(sys.argv[1]))")
    name = run(sys.executable, "-c", script, tmp_path, cwd=source).strip().splitlines()[-1]
    with tarfile.open(tmp_path / name) as archive:
        members = archive.getnames()
    root = name.removesuffix(".tar.gz")
    for folder in (*SHIPPED_FOLDERS, "packaging"):
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert f"{root}/{path.relative_to(REPO).as_posix()}" in members
    assert f"{root}/setup.py" in members and f"{root}/LICENSE" in members


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "QUIZAPP_", "VIRTUAL_ENV"))}
    env["QUIZAPP_DATA_DIR"] = str(home / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_holds_the_data_and_every_package_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for folder in SHIPPED_FOLDERS:
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert f"quizapp/_data/{path.relative_to(REPO).as_posix()}" in names
    for path in (REPO / "quizapp").rglob("*"):  # package data such as quizapp/live/web/
        if path.is_file() and path.suffix not in (".pyc", ".pyo") and "__pycache__" not in path.parts:
            assert path.relative_to(REPO).as_posix() in names
    assert not any(name.endswith(".pyc") for name in names)
    data = f"quizapp-{quizapp.__version__}.data/data/share/"
    assert {f"{data}applications/io.github.quizapp.QuizApp.desktop",
            f"{data}icons/hicolor/48x48/apps/quizapp.png", f"{data}mime/packages/quizapp-pack.xml",
            f"{data}metainfo/io.github.quizapp.QuizApp.metainfo.xml"} <= names
    assert f"quizapp-{quizapp.__version__}.dist-info/licenses/LICENSE" in names


def test_the_installed_app_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    bin_dir = installed / "bin"
    env = environment(tmp_path)
    assert run(bin_dir / "quizapp", "--version", cwd=tmp_path, env=env).strip() == (
        f"quizapp {quizapp.__version__}")
    validated = run(bin_dir / "quizapp", "validate", "nato-flashpoint", cwd=tmp_path, env=env)
    assert "valid (0 errors" in validated
    where = run(bin_dir / "python", "-c", "import quizapp, quizapp.resources as r; print(quizapp.__file__);"
                "print(r.assets_dir()); print(r.bundled_packs_dir())", cwd=tmp_path, env=env).split()
    site_packages = sysconfig.get_paths(vars={"base": str(installed)})["purelib"]
    assert all(path.startswith(site_packages) for path in where), where  # not the checkout
    assert validated.startswith(site_packages)
    smoke = run(bin_dir / "quizapp", "smoke-test", cwd=tmp_path, env=env)
    assert smoke.rstrip().endswith("smoke test passed")
    assert (bin_dir / "quizapp-gui").is_file()
    assert (installed / "share" / "applications" / "io.github.quizapp.QuizApp.desktop").is_file()
