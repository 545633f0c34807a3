"""Start-up does only what the home screen shows: the features a learner has not opened yet are
not imported, and each pack is read once (and not again on coming back home unchanged).

The imports are checked in a fresh interpreter, since this test process has imported
everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

NOT_AT_START = (
    # charts, PDF and printing, scheduling, packaging of decks, the live server
    "PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtHttpServer", "PySide6.QtWebSockets",
    "fsrs", "genanki",
    "quizapp.classroom", "quizapp.interop", "quizapp.live.host", "quizapp.live.journal",
    "quizapp.ui.statistics_screen", "quizapp.ui.statistics_charts", "quizapp.ui.progress_report",
    "quizapp.ui.exports", "quizapp.ui.about_dialog", "quizapp.ui.custom_quiz_dialog",
    "quizapp.ui.flags_dialog", "quizapp.ui.editor.editor_window", "quizapp.ui.editor.broken_pack",
    "quizapp.ui.classroom.projector_mode", "quizapp.ui.classroom.exam_screen",
    "quizapp.ui.classroom.class_report_window", "quizapp.ui.classroom.worksheet_dialog",
    "quizapp.ui.live.teacher_window", "quizapp.ui.live.setup_dialog",
)

START_TO_HOME = """
import json, sys
from pathlib import Path
from quizapp.ui.application import launch_window, make_application, open_context
app = make_application(["quizapp"])
window = launch_window(open_context(Path(sys.argv[1])))
window.runner.wait()
app.processEvents()
assert window.home.model.rowCount() >= 1, "the bundled pack is listed"
print(json.dumps(sorted(sys.modules)))
"""


def _modules_at_home(data_dir: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", START_TO_HOME, str(data_dir)], env=env,
                         capture_output=True, text=True, check=True, cwd=REPO, timeout=120)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_starting_to_the_home_screen_imports_no_feature_not_yet_used(tmp_path: Path) -> None:
    loaded = _modules_at_home(tmp_path)
    early = sorted(m for m in loaded
                   if any(m == name or m.startswith(name + ".") for name in NOT_AT_START))
    assert early == []
    assert "quizapp.ui.home_screen" in loaded and "quizapp.ui.quiz_screen" in loaded
