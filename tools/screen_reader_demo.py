"""A question, then its feedback, on a timer: for ``tools/atspi_tree.py`` to record what a
screen reader is told (the tree, the focus moves and the announcement of the verdict).

    dbus-run-session -- bash -c '
        /usr/libexec/at-spi-bus-launcher --launch-immediately & sleep 1
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 .venv/bin/python tools/screen_reader_demo.py &
        /usr/bin/python3 tools/atspi_tree.py quizapp 6'

The app shows the bundled pack's first question, picks choice 2 after 3 s by the key 2, checks
it with Enter after 5 s (focus goes to the verdict) and quits after 10 s.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.application import make_application, open_context
    from quizapp.ui.main_window import MainWindow

    data = Path(tempfile.mkdtemp(prefix="quizapp-reader-")) / "data"
    data.mkdir()
    app = make_application(["quizapp"])
    window = MainWindow(open_context(data))
    window.resize(1024, 700)
    window.show()

    def press(key: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget() or window, key)

    def start() -> None:
        if not window.loaded_packs():
            QTimer.singleShot(200, start)
            return
        window.start_quiz(window.loaded_packs()[0])

    QTimer.singleShot(500, start)
    QTimer.singleShot(3000, lambda: press(Qt.Key.Key_2))
    QTimer.singleShot(5000, lambda: press(Qt.Key.Key_Return))
    QTimer.singleShot(10000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
