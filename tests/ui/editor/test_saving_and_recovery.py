"""Saving keeps the author's file; unsaved edits survive closing and crashes; ids are settled."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.packs import check_pack_file
from quizapp.packs.recovery import RecoveryStore
from quizapp.ui.editor import identity_prompt, save_prompt
from quizapp.ui.editor.editor_window import PackEditor
from tests.conftest import BUNDLED_PACK, FIXTURES
from tests.ui.conftest import WindowFactory
from tests.ui.editor.conftest import EditorFactory

Button = QMessageBox.StandardButton


def answer_questions_with(monkeypatch: pytest.MonkeyPatch, answer: Button) -> list[str]:
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> Button:
        asked.append(str(args[1]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(save_prompt, "ask_to_save", question)
    return asked


def test_save_keeps_comments_and_every_untouched_byte(qtbot: QtBot, tmp_path: Path,
                                                     open_editor: EditorFactory) -> None:
    folder = tmp_path / "nato"
    shutil.copytree(BUNDLED_PACK.parent, folder)
    path = folder / "pack.yaml"
    original = path.read_bytes()
    editor = open_editor(path)
    editor.select_row(1)
    editor.form.prompt_edit.setFocus()
    editor.form.prompt_edit.selectAll()
    qtbot.keyClicks(editor.form.prompt_edit, "From the end of which era does the dek count?")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.form.prompt_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = path.read_bytes()
    ids = re.findall(rb"^  - id: [a-z0-9-]+\n", original, flags=re.MULTILINE)
    start = original.index(ids[1])  # the question edited (row 1)
    end = original.index(ids[2])
    new_end = saved.index(ids[2])
    assert saved[:start] == original[:start]  # header comments and question 1
    assert saved[new_end:] == original[end:]  # every later question, byte for byte
    assert b"    prompt: From the end of which era does the dek count?\n" in saved[start:new_end]
    assert check_pack_file(path).errors == ()
    assert not any(p.name.startswith(".pack.yaml") for p in folder.iterdir())  # no temp file left


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           mini_editor: PackEditor, mini_dir: Path,
                                           recovery: RecoveryStore) -> None:
    editor = mini_editor
    path = mini_dir / "pack.yaml"
    before = path.read_text(encoding="utf-8")
    qtbot.keyClicks(editor.form.explanation_edit, " Changed.")
    asked = answer_questions_with(monkeypatch, Button.Cancel)
    assert not editor.close()
    assert asked == ["Save your changes?"] and editor.isVisible()
    answer_questions_with(monkeypatch, Button.Discard)
    editor.files.autosave_now()
    assert recovery.find(path) is not None
    assert editor.close()
    assert path.read_text(encoding="utf-8") == before
    assert recovery.find(path) is None


def test_closing_can_save(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                          mini_editor: PackEditor, mini_dir: Path) -> None:
    mini_editor.form.explanation_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(mini_editor.form.explanation_edit, " Saved on close.")
    answer_questions_with(monkeypatch, Button.Save)
    assert mini_editor.close()
    assert check_pack_file(mini_dir / "pack.yaml").pack.questions[0].explanation.endswith(
        "Saved on close.")


def test_quitting_the_app_asks_each_editor_first(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                open_window: WindowFactory,
                                                packs_dir: Path) -> None:
    window = open_window()
    editor = window.editors.open_editor(packs_dir / "mini" / "pack.yaml")
    assert isinstance(editor, PackEditor)
    qtbot.keyClicks(editor.form.prompt_edit, "Edited: ")
    answer_questions_with(monkeypatch, Button.Cancel)
    assert not window.close()
    assert window.isVisible() and editor.isVisible()
    answer_questions_with(monkeypatch, Button.Discard)
    assert window.close()


def test_a_crash_leaves_a_recovery_file_offered_at_the_next_start(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: WindowFactory,
        packs_dir: Path) -> None:
    path = packs_dir / "mini" / "pack.yaml"
    before = path.read_text(encoding="utf-8")
    window = open_window()
    editor = window.editors.open_editor(path)
    assert isinstance(editor, PackEditor)
    qtbot.keyClicks(editor.form.prompt_edit, "Recovered: ")
    assert editor.files.autosave_timer.isActive()
    editor.files.autosave_now()  # what the timer does a second after the last change
    recovery_files = list(window.editors.recovery.folder.glob("*.json"))
    assert len(recovery_files) == 1
    # the crash: nothing is closed or saved; the next start uses the same data folder
    editor.files.autosave_timer.stop()
    window.history.db.close()
    asked = answer_questions_with(monkeypatch, Button.Yes)
    again = open_window()
    assert "Recover unsaved changes?" in asked
    reopened = again.editors.editors[str(path.resolve())]
    assert isinstance(reopened, PackEditor)
    assert reopened.form.prompt_edit.toPlainText().startswith("Recovered: ")
    assert reopened.isWindowModified()
    assert path.read_text(encoding="utf-8") == before  # nothing written until the author saves
    assert reopened.files.save()
    assert check_pack_file(path).pack.questions[0].prompt.startswith("Recovered: ")
    assert list(again.editors.recovery.folder.glob("*.json")) == []


def test_declined_recovery_is_discarded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                        open_window: WindowFactory, data_dir: Path,
                                        packs_dir: Path) -> None:
    store = RecoveryStore(data_dir / "recovery")
    store.save(packs_dir / "mini" / "pack.yaml", "format: quizapp/1\n")
    answer_questions_with(monkeypatch, Button.No)
    window = open_window()
    assert window.editors.editors == {}
    assert store.entries() == []


def copy_of_mini(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURES / "mini", target)
    return target / "pack.yaml"


def test_opening_a_copy_with_the_same_id_asks_and_gives_the_copy_a_new_id(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_window: WindowFactory,
        tmp_path: Path) -> None:
    window = open_window()
    copy = copy_of_mini(tmp_path, "my-copy")
    asked: list[list[str]] = []

    def ask(parent: object, title: str, pack_id: str, others: list[str]) -> str:
        asked.append(others)
        return identity_prompt.COPY

    monkeypatch.setattr(identity_prompt, "ask_pack_identity", ask)
    with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
        window.open_pack_file(copy)
    window.runner.wait()
    assert asked == [[str((tmp_path / "packs" / "mini" / "pack.yaml").resolve())]]
    text = copy.read_text(encoding="utf-8")
    assert "id: mini-atlas-copy\n" in text
    original = (FIXTURES / "mini" / "pack.yaml").read_text(encoding="utf-8")
    assert text == original.replace("id: mini-atlas\n", "id: mini-atlas-copy\n")
    ids = {row.pack.id for row in window.home.model.rows if row.pack is not None}
    assert ids == {"mini-atlas", "mini-atlas-copy"}


def test_the_same_pack_is_asked_about_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                           open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    moved = copy_of_mini(tmp_path, "moved")
    asked: list[str] = []

    def ask(parent: object, title: str, pack_id: str, others: list[str]) -> str:
        asked.append(pack_id)
        return identity_prompt.SAME

    monkeypatch.setattr(identity_prompt, "ask_pack_identity", ask)
    for _ in range(2):
        with qtbot.waitSignal(window.packs_refreshed, timeout=10000):
            window.open_pack_file(moved)
        window.runner.wait()
    assert asked == ["mini-atlas"]
    assert "id: mini-atlas\n" in moved.read_text(encoding="utf-8")


def test_saving_under_an_id_another_pack_uses_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                  open_window: WindowFactory,
                                                  tmp_path: Path) -> None:
    window = open_window()
    other = copy_of_mini(tmp_path, "other")
    other.write_text(other.read_text(encoding="utf-8").replace("id: mini-atlas", "id: second"),
                     encoding="utf-8")
    editor = window.editors.open_editor(other)
    assert isinstance(editor, PackEditor)
    editor.files.apply_details({"id": "mini-atlas"})
    monkeypatch.setattr(identity_prompt, "ask_pack_identity",
                        lambda *args: identity_prompt.COPY)
    assert editor.files.save()
    assert editor.document.header()["id"] == "mini-atlas-copy"
    monkeypatch.setattr(identity_prompt, "ask_pack_identity", lambda *args: None)
    editor.files.apply_details({"id": "mini-atlas"})
    assert not editor.files.save()  # cancelled: nothing written
    assert "id: mini-atlas-copy" in other.read_text(encoding="utf-8")


def test_save_as_copies_the_source_beside_the_new_file(qtbot: QtBot, tmp_path: Path,
                                                      mini_editor: PackEditor) -> None:
    target = tmp_path / "elsewhere" / "atlas.yaml"
    target.parent.mkdir()
    assert mini_editor.files.save_to(target)
    assert (target.parent / "source.md").is_file()
    result = check_pack_file(target)
    assert result.errors == () and result.pack is not None and result.pack.document is not None
    assert mini_editor.document.file == str(target)
    assert mini_editor.picker.block_passages


def test_pack_details_dialog_reports_only_what_changed(qtbot: QtBot,
                                                      mini_editor: PackEditor) -> None:
    from quizapp.ui.editor.pack_details import PackDetailsDialog

    dialog = PackDetailsDialog(mini_editor.document.header(), ())
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.edits["title"].setText("Atlas, revised")
    dialog.authors.setText("Ann, Bo")
    dialog.source_edits["license"].setText("")
    changes = dialog.changes()
    assert changes["title"] == "Atlas, revised" and changes["authors"] == ["Ann", "Bo"]
    assert "license" not in changes["source"] and changes["source"]["publisher"] == "Example Press"
    mini_editor.files.apply_details(changes)
    assert mini_editor.undo_stack.count() == 1  # one step to undo
    assert "Licensed" not in mini_editor.picker.attribution.text()


def test_a_pack_without_a_source_gets_one_to_cite(qtbot: QtBot, tmp_path: Path,
                                                  open_editor: EditorFactory) -> None:
    from quizapp.packs.starter import create_pack

    made = create_pack(tmp_path / "imported", title="Imported questions")
    (tmp_path / "notes.txt").write_text("Notes\n\nThe river Vell reaches the sea at Port Amber.\n",
                                        encoding="utf-8")
    editor = open_editor(made.pack_path)
    assert editor.picker.block_passages == {}
    assert editor.files.attach_source(tmp_path / "notes.txt")
    assert editor.document.header()["source"]["text"] == "source.md"
    assert list(editor.picker.block_passages.values()) == ["notes-1"]
    editor.picker.select_words("notes-1", "reaches the sea")
    editor.picker.cite_selection()
    assert editor.model.question(0)["cite"] == {"passage": "notes-1", "quote": "reaches the sea"}
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert "source" not in editor.document.header()


def test_the_save_question_has_keys_for_each_answer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                    mini_editor: PackEditor) -> None:
    shown: list[dict[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append({box.standardButton(b).name: b.text() for b in box.buttons()})
        box.button(Button.Discard).click()
        return int(Button.Discard.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    qtbot.keyClicks(mini_editor.form.explanation_edit, " Changed.")
    assert mini_editor.close()
    assert shown == [{"Save": "&Save", "Discard": "&Discard", "Cancel": "Cancel"}]  # Alt+S, Alt+D


def test_typing_back_to_the_saved_text_is_not_a_change(qtbot: QtBot,
                                                       mini_editor: PackEditor) -> None:
    editor = mini_editor
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    edit = editor.form.prompt_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Really?")
    assert editor.isWindowModified()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the box's own undo
    assert edit.toPlainText() == "Where does the river Vell reach the sea?"
    assert editor.undo_stack.isClean() and not editor.isWindowModified()
    assert "*" not in editor.windowTitle().replace("[*]", "")
    assert editor.close()  # nothing to save: no question asked
