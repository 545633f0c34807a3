"""The pack editor with a big pack: what an author waits for when opening, typing and saving.

    python benchmarks/bench_editor.py                   # 1,000 questions (the bundled pack x 8)
    python benchmarks/bench_editor.py --copies 2        # a quick run

The pack is the bundled one repeated (ids made unique), with its source text, so every check
and every citation is real. The baseline, measured in the same run, is the app's own loader
(libyaml read + validation, what opening the pack to play costs); each editor step is given as
a ratio of it. "One live check" is what runs on a worker thread a moment after each pause in
typing; "save after one edit" writes the edited question and copies the other 999 as they were.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_statistics_screen import median_ms

from quizapp.core.findings import collect_findings
from quizapp.packs.loader import load_pack, source_reader
from quizapp.packs.pack_document import PackDocument

BUNDLED = Path(__file__).resolve().parents[1] / "questions" / "nato-flashpoint"


def big_pack(folder: Path, copies: int) -> Path:
    """The bundled pack's questions ``copies`` times over, in one file beside its source."""
    shutil.copy(BUNDLED / "source.md", folder / "source.md")
    text = (BUNDLED / "pack.yaml").read_text(encoding="utf-8")
    head, questions = text.split("questions:\n", 1)
    body = "".join(re.sub(r"^    prompt: (?=[^'\"])", rf"    prompt: ({n + 1}) ",
                          re.sub(r"^  - id: (\S+)$", rf"  - id: \1-{n}", questions, flags=re.M),
                          flags=re.M)
                   for n in range(copies))
    path = folder / "pack.yaml"
    path.write_text(head + "questions:\n" + body, encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from quizapp.packs.recovery import RecoveryStore
    from quizapp.ui.application import make_application
    from quizapp.ui.editor.editor_window import PackEditor

    app = make_application(["bench"])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = big_pack(folder, args.copies)
        document = PackDocument.load(path)
        questions = len(document)
        reader = source_reader(folder)
        baseline = median_ms(lambda: load_pack(path), args.runs)
        opening = median_ms(lambda: PackDocument.load(path), args.runs)
        check = median_ms(lambda: collect_findings(document.data(), file=str(path),
                                                   read_source=reader), args.runs)

        def edit_and_text() -> None:
            question = document.question(questions // 2)
            question["prompt"] += " (edited)"
            document.set_question(questions // 2, question)
            document.text()

        saving = median_ms(edit_and_text, args.runs)

        def open_window() -> None:
            editor = PackEditor(PackDocument.load(path), RecoveryStore(folder / "recovery"))
            editor.show()
            app.processEvents()
            editor.checker.wait()
            editor.files.recovered = False
            editor.close()
            editor.deleteLater()
            app.processEvents()

        window = median_ms(open_window, max(1, args.runs // 2))
    print(f"pack of {questions:,} questions, median of {args.runs} runs")
    print("| step | ms | × loading the pack to play |")
    print("|---|---:|---:|")
    for label, value in (("load + validate to play (baseline)", baseline),
                         ("open for editing (libyaml read; ruamel only for edits)", opening),
                         ("one live check (validation of the whole pack)", check),
                         ("save after one edit (text, verified by reading it back)", saving),
                         ("editor window shown with its first check", window)):
        print(f"| {label} | {value:,.0f} | {value / baseline:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
