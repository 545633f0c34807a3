"""Fixtures for live sessions: a host on 127.0.0.1 port 0 serving the small fixture pack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quizapp.core.models import Pack
from quizapp.live.host import LiveHost
from quizapp.live.session_setup import new_host
from tests.live import browser
from tests.live.students import Student


@pytest.fixture
def host_factory(qtbot, tmp_path: Path, mini_pack: Pack) -> Iterator[Callable[..., LiveHost]]:  # type: ignore[no-untyped-def]
    hosts: list[LiveHost] = []

    def make(**options: object) -> LiveHost:
        host = new_host(mini_pack, tmp_path / "live", address="127.0.0.1", port=0,
                        pin="123456", **options)  # type: ignore[arg-type]
        hosts.append(host)
        return host

    yield make
    for host in hosts:
        host.stop()


@pytest.fixture
def students() -> Iterator[list[Student]]:
    made: list[Student] = []
    yield made
    for student in made:
        student.close()


@pytest.fixture
def chromium() -> Iterator[object]:
    """Headless Chromium with a phone's viewport (360 × 740)."""
    driver, profile = browser.start_chromium(360, 740)
    yield driver
    browser.stop_chromium(driver, profile)
