"""A broken pack is explained in plain words at its line, opened at that line, and can be fixed or
taken off the list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.packs import check_pack_file
from quizapp.ui.editor import identity_prompt, save_prompt
from quizapp.ui.editor.broken_pack import BrokenPackDialog, YamlTextEditor
from quizapp.ui.editor.editor_window import PackEditor
from quizapp.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.ui.conftest import WindowFactory


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "broken"
    shutil.copytree(FIXTURES / "mini", folder)
    path = folder / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def open_broken(qtbot: QtBot, window: MainWindow, path: Path) -> BrokenPackDialog:
    window.open_pack_file(path)
    qtbot.waitUntil(lambda: window.editors.dialog is not None, timeout=5000)
    dialog = window.editors.dialog
    assert isinstance(dialog, BrokenPackDialog)
    return dialog


def test_a_yaml_mistake_opens_the_text_at_its_line_and_hands_over_once_fixed(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "    prompt: Which town holds a lantern market?",
                       "    prompt Which town holds a lantern market?")
    line = line_of(path, "    prompt Which town holds a lantern market?")
    dialog = open_broken(qtbot, window, path)
    assert dialog.details.toPlainText() == (f"line {line}: a colon is missing after `prompt`; write "
                                     "`prompt: …`")
    assert "mapping values" not in dialog.details.toPlainText()
    dialog.open_button.click()
    view = window.editors.editors[str(path.resolve())]
    assert isinstance(view, YamlTextEditor)
    cursor = view.text.textCursor()
    assert cursor.blockNumber() + 1 == line
    assert cursor.block().text() == "    prompt Which town holds a lantern market?"
    assert not view.form_button.isEnabled()
    cursor.movePosition(cursor.MoveOperation.Right, n=len("    prompt"))
    view.text.setTextCursor(cursor)
    view.text.insertPlainText(":")
    assert view.check()
    view.form_button.click()
    assert check_pack_file(path).pack is not None
    editor = window.editors.editors[str(path.resolve())]
    assert isinstance(editor, PackEditor)


def test_a_checking_mistake_opens_the_form_at_its_question(qtbot: QtBot,
                                                           open_window: WindowFactory,
                                                           tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "    type: numeric", "    type: numerik")
    line = line_of(path, "    type: numerik")
    dialog = open_broken(qtbot, window, path)
    assert dialog.details.toPlainText() == (f"line {line}: unknown question type 'numerik'; did you "
                                     "mean 'numeric'?")
    dialog.open_button.click()
    editor = window.editors.editors[str(path.resolve())]
    assert isinstance(editor, PackEditor)
    assert editor.current_row == 4 and editor.form.id_edit.text() == "population"
    assert editor.focusWidget() is editor.form.type_box  # the cursor is where the mistake is
    assert "unknown question type 'numerik'" in editor.form.problems["type"].text()


def test_a_broken_source_is_named_with_its_file(qtbot: QtBot, open_window: WindowFactory,
                                                tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "format: quizapp/1", "format: quizapp/1")
    source = path.parent / "source.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more. {#atlas-1}\n",
                      encoding="utf-8")
    dialog = open_broken(qtbot, window, path)
    line = len(source.read_text(encoding="utf-8").splitlines())
    assert dialog.details.toPlainText().startswith(f"source.md line {line}: duplicate id 'atlas-1'")


def test_editing_the_text_view_and_closing_asks_to_save(qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "    prompt: Which", "    prompt Which")
    view = YamlTextEditor(path, path.read_text(encoding="utf-8"), [], 1)
    qtbot.addWidget(view)
    view.show()
    view.text.insertPlainText("# note\n")
    assert view.isWindowModified()
    monkeypatch.setattr(save_prompt, "ask_to_save",
                        lambda *args: QMessageBox.StandardButton.Cancel)
    assert not view.close()
    monkeypatch.setattr(save_prompt, "ask_to_save", lambda *args: QMessageBox.StandardButton.Save)
    assert view.close()
    assert path.read_text(encoding="utf-8").startswith("# note\n")


def test_broken_recent_entries_can_be_removed_from_the_list(qtbot: QtBot,
                                                           open_window: WindowFactory,
                                                           tmp_path: Path) -> None:
    window = open_window()
    good = broken_copy(tmp_path, "id: mini-atlas", "id: recent-atlas")
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.open_pack_file(good)
    window.runner.wait()
    good.write_text("questions: [\n", encoding="utf-8")  # broken since it was last opened
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.refresh_packs()
    rows = {Path(row.path).resolve(): row for row in window.home.model.rows}
    row = rows[good.resolve()]
    assert row.error == ("line 1: the `[` opened here is never closed; add `]`, or put the value "
                         "in quotes if it is text")
    menu = window.editors.context_menu(row)
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Open in editor", "&Remove from the list"]
    bundled = next(r for r in window.home.model.rows if r.origin == "Bundled")
    assert not window.editors.context_menu(bundled).actions()[1].isEnabled()
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        menu.actions()[1].trigger()
    assert good.resolve() not in {Path(r.path).resolve() for r in window.home.model.rows}
    assert good.exists()
    assert window.context.history.recent_packs() == []


def test_unsaved_fixes_in_the_text_view_survive_a_crash(qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       open_window: WindowFactory,
                                                       tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "    prompt: Which", "    prompt Which")
    view = window.editors.open_editor(path)
    assert isinstance(view, YamlTextEditor)
    view.text.moveCursor(view.text.textCursor().MoveOperation.Start)
    view.text.insertPlainText("# half-way through a fix\n")
    assert view.autosave_timer.isActive()
    view.autosave_timer.stop()
    view.autosave_now()
    window.history.db.close()  # the crash: nothing is closed or saved
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    again = open_window()
    reopened = again.editors.editors[str(path.resolve())]
    assert isinstance(reopened, YamlTextEditor)
    assert reopened.text.toPlainText().startswith("# half-way through a fix\n")
    assert reopened.isWindowModified()
    assert not path.read_text(encoding="utf-8").startswith("# half-way")
    assert reopened.save()
    assert list(again.editors.recovery.folder.glob("*.json")) == []


def test_the_dialog_names_the_folder_and_the_status_bar_moves_on(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "    prompt: Which", "    prompt Which")
    dialog = open_broken(qtbot, window, path)
    summary = dialog.summary.text()
    assert "in broken/pack.yaml must be fixed" in summary  # "pack.yaml" alone says little
    assert summary.splitlines()[-1] == str(path.absolute())
    assert "Checking" not in window.statusBar().currentMessage()


def test_cancelling_the_identity_question_clears_the_status(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity_prompt, "ask_pack_identity", lambda *args: None)
    window = open_window()
    copy = broken_copy(tmp_path, "format: quizapp/1", "format: quizapp/1")  # same id as mini
    window.open_pack_file(copy)
    window.runner.wait()
    qtbot.waitUntil(lambda: "Checking" not in window.statusBar().currentMessage())


def test_a_colon_slip_that_still_reads_is_said_plainly(qtbot: QtBot,
                                                       open_window: WindowFactory,
                                                       tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "    prompt: Where does the river Vell reach the sea?",
                       '    prompt "Example (single choice): write your question here."')
    line = line_of(path, '    prompt "Example (single choice): write your question here."')
    dialog = open_broken(qtbot, window, path)
    assert dialog.details.toPlainText() == (f"line {line}: a colon is missing after `prompt`; "
                                            "write `prompt: …`")


def test_a_pack_fixed_in_the_text_view_joins_the_list(qtbot: QtBot, open_window: WindowFactory,
                                                      tmp_path: Path) -> None:
    window = open_window()
    path = broken_copy(tmp_path, "id: mini-atlas", "id: fixed-atlas")
    path.write_text(path.read_text(encoding="utf-8").replace("    prompt: Which",
                                                             "    prompt Which"), encoding="utf-8")
    dialog = open_broken(qtbot, window, path)
    dialog.open_button.click()
    view = window.editors.editors[str(path.resolve())]
    assert isinstance(view, YamlTextEditor)
    assert "&f" not in view.form_button.text().lower()  # Alt+F opens the File menu
    assert view.problem.objectName() == "fieldProblem"
    view.text.setPlainText(view.text.toPlainText().replace("    prompt Which", "    prompt: Which"))
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        assert view.save()
    assert view.problem.objectName() == "fieldNote"  # good news is not shown as an error
    assert view.problem.text().startswith("Saved: the pack opens now")
    rows = {Path(row.path).resolve(): row for row in window.home.model.rows}
    assert rows[path.resolve()].pack is not None
    assert rows[path.resolve()].pack.id == "fixed-atlas"
