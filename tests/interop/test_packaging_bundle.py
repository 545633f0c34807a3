"""Double-clicking a .quizpack opens it: MIME type, desktop entry and the launcher's argument."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import quizapp.ui.application
from quizapp.cli import main_gui
from tests.conftest import REPO

MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_bundle_mime_type_is_declared_and_handled() -> None:
    root = ElementTree.parse(REPO / "packaging" / "quizapp-pack.xml").getroot()
    types = {t.get("type"): t for t in root.findall(f"{MIME}mime-type")}
    bundle = types["application/x-quizapp-bundle"]
    assert bundle.find(f"{MIME}glob").get("pattern") == "*.quizpack"  # type: ignore[union-attr]
    desktop = (REPO / "packaging" / "io.github.quizapp.QuizApp.desktop").read_text()
    assert "application/x-quizapp-bundle;" in desktop and "Exec=quizapp-gui %f" in desktop


def test_the_launcher_opens_the_file_it_is_given(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(quizapp.ui.application, "run_gui",
                        lambda data_directory, pack, profile, **_: opened.append(pack) or 0)
    assert main_gui([str(tmp_path / "class.quizpack")]) == 0
    assert opened == [str(tmp_path / "class.quizpack")]
