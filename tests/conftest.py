"""Shared fixtures. Qt runs offscreen in every test; no test touches the real profile."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QUIZAPP_DATA_DIR", None)

import pytest

from quizapp.core.models import Pack
from quizapp.packs import load_pack

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
BUNDLED_PACK = REPO / "questions" / "nato-flashpoint" / "pack.yaml"


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    """A writable copy of the small seven-type fixture pack."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


@pytest.fixture
def mini_pack(mini_dir: Path) -> Pack:
    return load_pack(mini_dir / "pack.yaml")


@pytest.fixture
def write_pack(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a pack file (and the mini source beside it) and return its path."""
    shutil.copy(FIXTURES / "mini" / "source.md", tmp_path / "source.md")

    def write(text: str, name: str = "pack.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def main_thread_collector():  # type: ignore[no-untyped-def]
    """As in the app: Python's cycle collector runs on the UI thread only, never in a worker
    thread where it would destroy Qt objects (see quizapp/ui/main_thread_gc.py). pytest-qt makes
    the QApplication, so the collector is installed on it here."""
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.main_thread_gc import collect_garbage_on_main_thread

    app = QApplication.instance() or QApplication([])
    return collect_garbage_on_main_thread(app)


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread(main_thread_collector) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """After each test too, since a test that never runs the event loop never fires its timer."""
    yield
    main_thread_collector.collect_due()
