"""The student page in a real browser (headless Chromium): join with PIN and name, answer, and
see the reveal with the cited passage. The host runs as ``quizapp live`` in its own process, so
the browser and the host never wait on each other's thread. One session only, to stay quick."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait

from tests.conftest import FIXTURES
from tests.live import browser

pytestmark = pytest.mark.skipif(not browser.available(),
                                reason="needs Debian's chromium and chromium-driver (./dev "
                                "installs them)")


def test_a_student_joins_answers_and_sees_the_passage(tmp_path: Path) -> None:
    live = browser.LiveCommand(FIXTURES / "mini", tmp_path, "246810")
    driver, profile = browser.start_chromium(360, 740)
    try:
        wait = WebDriverWait(driver, 15)
        driver.get(live.url)
        pin = driver.find_element(By.XPATH, "//label[text()='PIN']/following::input[1]")
        assert pin.get_attribute("id") == "pin" and driver.switch_to.active_element == pin
        driver.find_element(By.CSS_SELECTOR, "label[for=name]").click()
        pin.send_keys("111111")
        driver.find_element(By.ID, "name").send_keys("Ana <b>Lee</b>")
        driver.find_element(By.XPATH, "//button[text()='Join']").click()
        wait.until(when.text_to_be_present_in_element((By.ID, "error"), "Wrong PIN"))
        pin.clear()
        pin.send_keys("246810")
        driver.find_element(By.XPATH, "//button[text()='Join']").click()
        wait.until(when.visibility_of_element_located((By.ID, "wait-view")))
        assert driver.find_element(By.ID, "wait-heading").text == "You're in, Ana <b>Lee</b>!"
        live.press()
        choice = wait.until(when.element_to_be_clickable(
            (By.XPATH, "//ul[@class='choices two']//button[text()='Port Amber']")))
        assert driver.find_element(By.ID, "q-prompt").text == \
            "Where does the river Vell reach the sea?"
        assert choice.find_element(By.CSS_SELECTOR, ".key").text in "ABC"  # as the board does
        choice.click()
        wait.until(when.text_to_be_present_in_element((By.ID, "status"), "Answer received"))
        live.press()
        wait.until(when.visibility_of_element_located((By.ID, "reveal-view")))
        assert driver.find_element(By.ID, "r-verdict").text == "✔ Right!"
        assert driver.switch_to.active_element.get_attribute("id") == "r-verdict"
        assert driver.find_element(By.CSS_SELECTOR, "#r-citations mark").text == \
            "to the sea at Port Amber"
        assert "Example Press" in driver.find_element(By.ID, "attribution").text
        assert driver.find_element(By.ID, "announce").get_attribute("aria-live") == "polite"
        live.press("q")
        wait.until(when.visibility_of_element_located((By.ID, "end-view")))
        assert "you got 1 of 1 right" in driver.find_element(By.ID, "end-score").text
        problems = [entry["message"] for entry in driver.get_log("browser")
                    if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]]
        assert not problems  # no CSP violation, no script error
        live.finish()
    finally:
        browser.stop_chromium(driver, profile)
        live.kill()
