"""The teacher's live window on its own, stepping by itself, for looking at it with other tools
(a screen reader's view with ``tools/atspi_tree.py``, a screen recorder):

    .venv/bin/python tools/live_teacher_demo.py [--size 1024x768] STEP...

STEPs run 1.5 s apart after a 3 s start: ``advance`` (what Space does), ``answer`` and
``answer2`` (two seated students answer the open question). The host listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quizapp.live.session_setup import new_host
    from quizapp.packs import load_pack
    from quizapp.ui.live.teacher_window import LiveWindow

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("steps", nargs="*", choices=("advance", "answer", "answer2"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    pack = load_pack(ROOT / "tests" / "fixtures" / "mini" / "pack.yaml")
    data = Path(tempfile.mkdtemp(prefix="quizapp-live-demo-"))
    host = new_host(pack, data / "journal", address="127.0.0.1", port=0, pin="123456",
                    time_limit=60)
    seats = [host.session.join(name)[0] for name in ("Ann", "Bob")]
    window = LiveWindow(host, data / "results")
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    steps = iter(args.steps)

    def step() -> None:
        name = next(steps, None)
        if name is None:
            host.end()
            host.stop()
            app.quit()
            return
        if name == "advance":
            window.advance()
        else:
            seat = seats[0 if name == "answer" else 1]
            host.session.submit(seat, host.session.number, 0 if name == "answer" else 1)
            host.changed.emit("answer")
        print("step", name, flush=True)
        QTimer.singleShot(1500, step)

    QTimer.singleShot(3000, step)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
