"""The teacher's live-session window under the pseudo-translation: the join card, every question
type at each step (question with its count, answer with the class's chart, why), and the
results, with no text that escaped Qt's translation (see tests/ui/translation_check.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.live.host import LiveHost
from quizapp.ui.live.teacher_window import LiveWindow
from tests.conftest import FIXTURES
from tests.live.test_state import right_value
from tests.ui.translation_check import Walk, pseudo_translation, widen_pack

STUDENT = "Ａｎｎ"


@pytest.fixture
def mini_dir(tmp_path: Path) -> Path:
    """The fixture pack in fullwidth letters (the host serves it)."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    widen_pack(target)
    return target


@pytest.fixture
def pseudo(tmp_path: Path) -> Iterator[None]:
    with pseudo_translation(tmp_path / "pseudo"):
        yield


def test_every_live_screen_is_translated(qtbot: QtBot, host_factory, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         pseudo: None) -> None:
    host: LiveHost = host_factory(time_limit=30)
    ann, _ = host.session.join(STUDENT)  # seated directly: this test looks, it does not network
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    pack = host.session.pack
    walk = Walk([STUDENT, host.pin, *(q.id for q in pack.questions)])
    walk.look("join", window)
    for number in range(1, host.session.total + 1):
        window.advance()
        walk.look(f"question {number}", window)
        host.session.submit(ann, number, right_value(host.session))  # type: ignore[arg-type]
        window.advance()
        walk.look(f"answer {number}", window)
        window.advance()
        walk.look(f"why {number}", window)
    window.advance()
    walk.look("results", window)
    assert not walk.found, walk.report()
    assert len(walk.screens) == 3 * host.session.total + 2
