"""The editor inside the app: File → New pack…, Edit pack… from the menu and the pack list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from quizapp.packs import check_pack_file
from quizapp.ui.editor.editor_window import PackEditor
from quizapp.ui.editor.new_pack_dialog import NewPackDialog
from tests.ui.conftest import WindowFactory

TEXT = "# The Little Atlas\n\nThe river Vell runs from the hills to the sea.\n"


def file_menu_texts(window: object) -> list[str]:
    menu = window.menuBar().actions()[0].menu()  # type: ignore[attr-defined]
    assert isinstance(menu, QMenu)
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_file_menu_has_the_new_and_edit_entries(open_window: WindowFactory) -> None:
    window = open_window()
    assert file_menu_texts(window)[:4] == ["&Open pack…", "&New pack…", "New pack from a &text…",
                                           "&Edit pack…"]


def test_new_pack_from_a_text_opens_the_editor_and_lists_the_pack(qtbot: QtBot,
                                                                  open_window: WindowFactory,
                                                                  tmp_path: Path) -> None:
    window = open_window()
    text = tmp_path / "atlas.md"
    text.write_text(TEXT, encoding="utf-8")
    dialog = NewPackDialog(window, packs_folder=tmp_path / "packs")
    qtbot.addWidget(dialog)
    dialog.set_text_file(text)
    assert dialog.title_edit.text() == "The Little Atlas"
    assert dialog.id_edit.text() == "little-atlas"
    assert dialog.folder_edit.text() == str(tmp_path / "packs" / "little-atlas")
    dialog.create_pack()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.made is not None
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        editor = window.editors.created(dialog.made.pack_path)
    assert isinstance(editor, PackEditor) and editor.model.rowCount() == 7
    assert editor.picker.block_passages  # the text is there to cite
    titles = [row.title for row in window.home.model.rows]
    assert "The Little Atlas" in titles
    assert check_pack_file(dialog.made.pack_path).errors == ()


def test_new_pack_dialog_explains_what_went_wrong(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewPackDialog(packs_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.text_edit.setText(str(tmp_path / "missing.txt"))
    dialog.title_edit.setText("Missing")
    dialog.folder_edit.setText(str(tmp_path / "missing"))
    dialog.create_pack()
    assert dialog.made is None and not dialog.problem.isHidden()
    assert "missing.txt: no such file" in dialog.problem.text()


def test_edit_pack_from_the_menu_and_the_context_menu(qtbot: QtBot,
                                                      open_window: WindowFactory,
                                                      packs_dir: Path) -> None:
    window = open_window()
    window.editors.actions[2].trigger()
    editor = window.editors.editors[str((packs_dir / "mini" / "pack.yaml").resolve())]
    assert isinstance(editor, PackEditor) and editor.isVisible()
    editor.close()
    assert window.editors.editors == {}
    row = window.home.current_row()
    assert row is not None
    menu = window.editors.context_menu(row)
    menu.actions()[0].trigger()
    again = window.editors.open_editor(packs_dir / "mini" / "pack.yaml")
    assert list(window.editors.editors.values()) == [again]  # one editor per pack file


def test_saving_in_the_editor_refreshes_the_pack_list(qtbot: QtBot, open_window: WindowFactory,
                                                     packs_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    editor = window.editors.open_editor(packs_dir / "mini" / "pack.yaml")
    assert isinstance(editor, PackEditor)
    editor.files.apply_details({"title": "Renamed Atlas"})
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        assert editor.files.save()
    assert [row.title for row in window.home.model.rows] == ["Renamed Atlas"]


def test_the_menu_key_opens_the_current_packs_context_menu(qtbot: QtBot,
                                                          open_window: WindowFactory,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    window = open_window()
    table = window.home.table
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5),
                              table.mapToGlobal(QPoint(5, 5)), Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table, event)
    menu = window.editors.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["&Edit pack…", "&Remove from the list"]
    menu.close()
