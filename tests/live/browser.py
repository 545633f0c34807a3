"""Headless Chromium for the student-page tests and screenshots: Debian's ``chromium`` and
``chromium-driver``, driven by Selenium pointed at the system driver (nothing is downloaded)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")


def available() -> bool:
    return CHROMEDRIVER.is_file() and CHROMIUM.is_file()


NEEDS_CHROMIUM = pytest.mark.skipif(not available(), reason="needs Debian's chromium and "
                                    "chromium-driver (./dev installs them)")


def start_chromium(width: int = 1280, height: int = 800, dark: bool = False
                   ) -> tuple[webdriver.Chrome, Path]:
    profile = Path(tempfile.mkdtemp(prefix="quizapp-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless", "--no-sandbox", "--disable-gpu",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                     f"--window-size={width},{height}", "--hide-scrollbars"):
        options.add_argument(argument)
    if dark:
        options.add_argument("--force-dark-mode")
        options.add_argument("--blink-settings=preferredColorScheme=0")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    # a real phone-sized viewport (a headless window is never narrower than 500 px)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver, profile


def stop_chromium(driver: webdriver.Chrome, profile: Path) -> None:
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


class LiveCommand:
    """``quizapp live`` in a process of its own (so the browser and the host never wait on each
    other's thread), driven by its standard input as a teacher in a terminal would."""

    def __init__(self, pack: Path, data: Path, pin: str, *options: str) -> None:
        import os
        import re
        import subprocess
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-m", "quizapp", "--data-dir", str(data), "live", str(pack),
             "--listen", "127.0.0.1:0", "--pin", pin, "--results-dir", str(data / "results"),
             *options],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.match(rf"Students join at (\S+) with PIN {pin}", line)
        assert match, line
        self.url = match.group(1)
        self.results = data / "results"

    def press(self, text: str = "") -> None:
        """What the teacher types: Enter goes on, ``q`` ends."""
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def finish(self) -> str:
        """Wait for the command to end by itself; its standard error."""
        _, errors = self.process.communicate(timeout=20)
        assert self.process.returncode == 0, errors
        return errors

    def kill(self) -> None:
        self.process.kill()
        self.process.communicate()
