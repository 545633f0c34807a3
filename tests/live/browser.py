"""Headless Chromium for the student-page tests and screenshots: Debian's ``chromium`` and
``chromium-driver``, driven by Selenium pointed at the system driver (nothing is downloaded)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")


def available() -> bool:
    return CHROMEDRIVER.is_file() and CHROMIUM.is_file()


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
