"""``quizapp smoke-test``, which packaging/build.py runs on the frozen app, passes on a working
install and says what is wrong on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.ui import smoke_test


def test_smoke_test_passes_and_is_not_offered_to_learners(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it picks offscreen
    result = subprocess.run([sys.executable, "-m", "quizapp", "smoke-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: answered nato-flashpoint/" in result.stdout
    assert result.stdout.rstrip().endswith("smoke test passed")
    assert not list(tmp_path.iterdir())  # its learner data went to a folder it removed
    usage = subprocess.run([sys.executable, "-m", "quizapp", "--help"], capture_output=True,
                           text=True, timeout=60, check=True).stdout
    assert "smoke" not in usage


def test_smoke_test_fails_when_the_bundled_pack_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    monkeypatch.setattr("quizapp.packs.library.bundled_packs_dir", lambda: tmp_path)
    said: list[str] = []
    assert smoke_test.run_smoke_test(report=said.append) == 1
    assert said[-1].startswith("smoke test FAILED: the bundled pack nato-flashpoint is not among")


def test_smoke_test_fails_when_a_module_cannot_be_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = smoke_test.importlib.import_module

    def without_charts(name: str) -> object:
        if name == "quizapp.ui.statistics_charts":
            raise ImportError("No module named 'PySide6.QtCharts'")
        return real_import(name)

    monkeypatch.setattr(smoke_test.importlib, "import_module", without_charts)
    said: list[str] = []
    assert smoke_test.run_smoke_test(report=said.append) == 1
    assert said == ["smoke test FAILED: quizapp.ui.statistics_charts cannot be imported: "
                    "No module named 'PySide6.QtCharts'"]
