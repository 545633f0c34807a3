"""Capture the pack editor in the states an author meets (run under Xvfb with a window manager).

    DISPLAY=:NN .venv/bin/python tools/editor_screenshots.py OUTDIR [--dark] [--scale 2]
        [--size 1280x800]

Works on a copy of the bundled pack in a temporary folder, so nothing in the checkout changes.
Drives the real widgets: selects words in the source by keyboard, cites them with Ctrl+E, opens
the preview and answers, and shows a broken pack's plain-words message and text view.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--text-size", type=int, default=0,
                        help="base font size in points (22 is the app's 200 %% text)")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    width, height = (int(part) for part in args.size.split("x"))
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from quizapp.core.models import QuestionType
    from quizapp.packs.library import LoadOutcome, load_many
    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.editor.editor_window import PackEditor
    from quizapp.ui.main_window import MainWindow
    from tools.screenshots import apply_dark_palette

    app = make_application(["quizapp"])
    if args.dark:
        apply_dark_palette(app)
    if args.text_size:
        font = app.font()
        font.setPointSize(args.text_size)
        app.setFont(font)
    args.outdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    pack_dir = work / "nato"
    shutil.copytree(Path(__file__).resolve().parents[1] / "questions" / "nato-flashpoint",
                    pack_dir)
    context = open_context(work / "data")
    window = MainWindow(context)
    window.resize(width, height)
    window.show()
    window.runner.wait()
    QTest.qWait(300)
    scale = float(args.scale)

    def shot(name: str, target: QWidget | None = None) -> None:
        QTest.qWait(250)
        shown = target or QApplication.activeWindow() or window
        screen = QGuiApplication.primaryScreen()
        geometry = shown.frameGeometry()
        pixmap = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                   geometry.height())
        pixmap.save(str(args.outdir / f"{name}.png"))
        print(args.outdir / f"{name}.png")

    editor = window.editors.open_editor(pack_dir / "pack.yaml")
    assert isinstance(editor, PackEditor)
    editor.resize(int(width / scale), int(height / scale))
    editor.move(0, 0)
    QTest.qWait(400)
    editor.select_row(3)
    shot("editor-1-question", editor)
    # a new question, written and cited by keyboard as an author would
    editor.add_question(QuestionType.SHORT_ANSWER)
    QTest.keyClicks(editor.form.prompt_edit, "Which alliance held its summit in Bucharest in 2008?")
    editor.form.accept.set_rows([["NATO"]])
    editor.form.accept.rows_edited.emit([["NATO"], ["the North Atlantic Treaty Organization"]])
    editor.picker.select_words("dispute-2", "NATO’s 2008 Bucharest Summit")
    editor.picker.text.setFocus()
    QTest.keyClick(editor.picker.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor.checker.check_now()
    shot("editor-2-cited-with-checks", editor)
    editor.form.explanation_edit.insertPlainText("The dispute section names NATO’s 2008 "
                                                 "Bucharest Summit.")
    editor.checker.check_now()
    cursor = editor.picker.text.textCursor()
    cursor.clearSelection()
    editor.picker.text.setTextCursor(cursor)  # the cited words now show highlighted
    editor.questions.setFocus()
    shot("editor-3-written-and-cited", editor)
    QTest.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(300)
    preview = editor.preview
    if preview is not None:
        preview.resize(int(min(760, width) / scale), int(min(640, height) / scale))
        if hasattr(preview.quiz.input, "edit"):
            preview.quiz.input.edit.setText("Nato")
        QTest.keyClick(preview.quiz, Qt.Key.Key_Return)
        shot("editor-4-preview", preview)
        preview.close()
    editor.status_filter.setCurrentIndex(1)
    editor.apply_filters()
    shot("editor-5-filtered-errors", editor)
    editor.status_filter.setCurrentIndex(0)
    editor.apply_filters()
    editor.files.recovered = False
    editor.undo_stack.setClean()
    editor.close()
    broken = work / "broken" / "pack.yaml"
    broken.parent.mkdir()
    shutil.copy(pack_dir / "source.md", broken.parent / "source.md")
    broken.write_text((pack_dir / "pack.yaml").read_text(encoding="utf-8").replace(
        "    prompt: ", "    prompt ", 1), encoding="utf-8")  # the first question's colon slip
    outcome: LoadOutcome = load_many([broken])[0]
    dialog = window.editors.explain_broken_pack(broken, outcome)
    shot("editor-6-broken-pack", dialog)
    dialog.open_button.click()
    QTest.qWait(300)
    view = window.editors.editors.get(str(broken.resolve()))
    if view is not None:
        view.resize(int(min(900, width) / scale), int(min(680, height) / scale))
        shot("editor-7-text-view", view)
        view.close()
    from quizapp.ui.editor.new_pack_dialog import NewPackDialog

    new = NewPackDialog(window, packs_folder=work / "packs")
    new.set_text_file(pack_dir / "source.md")
    new.show()
    shot("editor-8-new-pack", new)
    new.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
