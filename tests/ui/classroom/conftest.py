"""Exam screens never block a test: the resume question (a message box with buttons of its own)
is answered "Not now" unless a test answers it otherwise. ``clock``: the exams' clock, by hand."""

from __future__ import annotations

import pytest

from quizapp.ui.classroom import exam_mode
from tests.fake_clock import FakeClock


@pytest.fixture(autouse=True)
def exams_resumed_later(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exam_mode, "ask_resume_exam",
                        lambda *_args, **_kwargs: exam_mode.ResumeChoice.LATER)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The clock exams started in the window run on, moved by hand (no test waits)."""
    fake = FakeClock()
    monkeypatch.setattr(exam_mode, "default_clock", fake)
    return fake
