"""Build the one-folder desktop app with PyInstaller, measure it, and check that it runs.

    ./dev build                          # installs the 'build' extra, then runs this
    .venv/bin/python packaging/build.py [--clean] [--max-mb 150] [--dist DIR]

Steps: PyInstaller with packaging/quizapp.spec into dist/quizapp/ (work files in build/), plus the
desktop files pip would install (launcher, metainfo, file types, icons) in dist/quizapp/share/; the size
of the folder (files as stored, symbolic links not counted twice) against --max-mb; then, from a
folder outside the repository and with the window offscreen, ``quizapp --version``, ``quizapp
validate nato-flashpoint`` and ``quizapp smoke-test`` (one question played in the real window; see
quizapp/ui/smoke_test.py). Exit 0 only when all of that worked; the last lines say what was built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "quizapp.spec"
MB = 1_000_000


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder``; links are not followed (the bundle links
    libraries into place, and those must not count twice)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def add_desktop_files(app_folder: Path) -> None:
    """The launcher, AppStream metainfo, MIME types and icons, laid out as pyproject.toml's
    data-files install them, so that ``cp -r share/. /usr/local/share/`` integrates the app."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for target, files in project["tool"]["setuptools"]["data-files"].items():
        if not target.startswith("share/"):
            continue
        (app_folder / target).mkdir(parents=True, exist_ok=True)
        for name in files:
            shutil.copy2(REPO / name, app_folder / target)


def run_built_app(program: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("QUIZAPP_", "PYTHON"))}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="quizapp-built-") as elsewhere:
        environment["QUIZAPP_DATA_DIR"] = elsewhere  # never the builder's own learner data
        return subprocess.run([str(program), *arguments], cwd=elsewhere, env=environment,
                              capture_output=True, text=True, timeout=300, check=False)


def check_built_app(program: Path, version: str) -> list[str]:
    """What went wrong when running the built app (nothing = it works)."""
    problems = []
    shown = run_built_app(program, "--version")
    if shown.returncode != 0 or shown.stdout.strip() != f"quizapp {version}":
        problems.append(f"--version said {shown.stdout.strip()!r} {shown.stderr.strip()}")
    validated = run_built_app(program, "validate", "nato-flashpoint")
    if validated.returncode != 0:
        problems.append(f"validate nato-flashpoint failed: {validated.stdout}{validated.stderr}")
    smoke = run_built_app(program, "smoke-test")
    print(smoke.stdout.rstrip())
    if smoke.returncode != 0:
        problems.append(f"the smoke test failed (exit {smoke.returncode}): {smoke.stderr[-2000:]}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--max-mb", type=float, default=150.0,
                        help="fail when the app folder is larger (MB = 1,000,000 bytes)")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the app goes")
    arguments = parser.parse_args()
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: run ./dev build, or pip install -e '.[build]'",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from quizapp import __version__

    started = time.monotonic()
    options = ["--noconfirm", "--distpath", str(arguments.dist),
               "--workpath", str(REPO / "build" / "pyinstaller"), str(SPEC)]
    pyinstaller.run((["--clean"] if arguments.clean else []) + options)
    build_seconds = time.monotonic() - started

    app_folder = arguments.dist / "quizapp"
    add_desktop_files(app_folder)
    program = app_folder / ("quizapp.exe" if os.name == "nt" else "quizapp")
    size = folder_size(app_folder)
    problems = check_built_app(program, __version__)
    if size > arguments.max_mb * MB:
        problems.append(f"the app is {size / MB:.1f} MB, more than the {arguments.max_mb:g} MB "
                        "allowed: see packaging/trimming.py")
    print(f"\nbuilt {app_folder} (quizapp {__version__}) in {build_seconds:.0f} s: "
          f"{size / MB:.1f} MB ({size / 2**20:.1f} MiB) in "
          f"{sum(1 for p in app_folder.rglob('*') if p.is_file())} files")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    if not problems:
        print(f"checked: --version, validate nato-flashpoint, smoke-test; run it with {program}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
