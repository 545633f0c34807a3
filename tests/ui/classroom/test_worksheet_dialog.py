"""File → Print worksheet…: choose, then save as PDF (with its key) or print; never frozen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.core.models import QuestionType
from quizapp.ui.classroom.worksheet_dialog import WorksheetDialog, key_path_for
from quizapp.ui.main_window import MainWindow
from tests.ui.classroom.pdf_reading import pdf_pages, printed
from tests.ui.conftest import WindowFactory


def open_dialog(window: MainWindow, qtbot: QtBot) -> WorksheetDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.classroom.worksheet_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_choices_update_the_summary_and_save_both_pdfs(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    dialog = open_dialog(window, qtbot)
    assert dialog.pack is not None and dialog.pack.id == "mini-atlas"
    assert dialog.focusWidget() is dialog.pack_box or not dialog.isActiveWindow()
    assert dialog.summary.text().startswith("Questions on the worksheet: 7,")
    assert all(box.isChecked() for box in dialog.type_boxes.values())
    # only the Towns section, by keyboard: the second row, Space unticks the first
    dialog.sections.setFocus()
    dialog.sections.setCurrentIndex(dialog.section_model.index(0, 0))
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Space)
    assert dialog.summary.text().startswith("Questions on the worksheet: 6,")
    dialog.type_boxes[QuestionType.NUMERIC].setChecked(False)
    dialog.count.setValue(4)
    assert dialog.summary.text().startswith("Questions on the worksheet: 4,")
    dialog.seed.setValue(77)
    dialog.title.setText("Towns quiz")
    out = tmp_path / "towns"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(dialog.written, timeout=20000) as written:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sheet, key = out.with_suffix(".pdf"), key_path_for(out.with_suffix(".pdf"))
    assert written.args == [f"Saved the worksheet to {sheet} and its answer key to {key}."]
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == written.args[0]
    [page] = pdf_pages(sheet)
    assert page.startswith("Towns quiz The Little Atlas") and "version 77" in page
    assert "Where does the river Vell" not in page and "inhabitants" not in page
    assert sum(printed(q.prompt, page) for q in window.loaded_packs()[0].questions) == 4
    assert " ".join(pdf_pages(key)).startswith("Answer key: Towns quiz")
    assert window.classroom.worksheet_dialog is dialog


def test_nothing_ticked_disables_writing(open_window: WindowFactory, qtbot: QtBot) -> None:
    dialog = open_dialog(open_window(), qtbot)
    for box in dialog.type_boxes.values():
        box.setChecked(False)
    assert dialog.summary.text() == "Tick at least one question type."
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.type_boxes[QuestionType.MATCHING].setChecked(True)
    for row in range(dialog.section_model.rowCount()):
        dialog.section_model.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.summary.text() == "Tick at least one section."
    dialog.section_model.item(0).setCheckState(Qt.CheckState.Checked)  # the atlas: no matching
    assert dialog.summary.text() == "no question of the pack matches these sections and types"
    assert not dialog.save_button.isEnabled()


def test_printing_goes_through_the_print_dialog(open_window: WindowFactory, qtbot: QtBot,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    dialog = open_dialog(window, qtbot)
    dialog.with_key.setChecked(False)
    out = tmp_path / "printed.pdf"
    shown: list[QPrinter] = []

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the printer is a file here
        printer.setOutputFileName(str(out))
        shown.append(printer)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(dialog.written, timeout=20000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].docName() == "The Little Atlas"
    text = " ".join(pdf_pages(out))
    assert printed("Where does the river Vell reach the sea?", text)
    assert "Answer key" not in text


def test_a_cancelled_save_leaves_no_files(open_window: WindowFactory, qtbot: QtBot,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(open_window(), qtbot)
    out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.save_pdf()
    job = dialog.job
    assert job is not None and job.running
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(job.cancelled):
        cancel.click()  # as soon as it is pressed, before the first question is drawn
    assert not out.exists() and not key_path_for(out).exists()
    assert dialog.isVisible(), "the dialog stays for another try"


def test_an_original_and_its_copy_are_told_apart(open_window: WindowFactory, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    """The same pack copied to adapt it: both have one title, so both lists show the folder."""
    import shutil

    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.conftest import FIXTURES

    window = open_window()
    copy = tmp_path / "adapted" / "mini-copy"
    shutil.copytree(FIXTURES / "mini", copy)
    pack_file = copy / "pack.yaml"  # as "a copy" gets its own id when opened, same title
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "id: mini-atlas", "id: mini-atlas-copy"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy / "pack.yaml"))])
    with qtbot.waitSignal(window.packs_refreshed, timeout=5000):
        window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    model = window.home.model
    home = [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]
    assert home == ["The Little Atlas (mini/pack.yaml)", "The Little Atlas (mini-copy/pack.yaml)"]
    dialog = open_dialog(window, qtbot)
    box = dialog.pack_box
    assert [box.itemText(i) for i in range(box.count())] == home
    assert box.itemData(1, Qt.ItemDataRole.ToolTipRole) == str(copy / "pack.yaml")
