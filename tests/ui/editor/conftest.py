from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.packs.pack_document import PackDocument
from quizapp.packs.recovery import RecoveryStore
from quizapp.ui.application import make_application
from quizapp.ui.editor.editor_window import PackEditor

EditorFactory = Callable[..., PackEditor]


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "data" / "recovery")


@pytest.fixture
def open_editor(qtbot: QtBot, recovery: RecoveryStore) -> Iterator[EditorFactory]:
    """Opens the editor on a pack file the way the app does, shown and ready for keys."""
    make_application(["quizapp-test"])
    opened: list[PackEditor] = []

    def factory(path: Path, **kwargs: object) -> PackEditor:
        editor = PackEditor(PackDocument.load(path), recovery, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield factory
    for editor in opened:
        editor.files.recovered = False
        editor.undo_stack.setClean()
        editor.checker.wait()


@pytest.fixture
def mini_editor(open_editor: EditorFactory, mini_dir: Path) -> PackEditor:
    return open_editor(mini_dir / "pack.yaml")
