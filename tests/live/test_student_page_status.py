"""The student page says where things stand on one visible line that every step replaces; the
screen reader's live region is hidden (it says the same); buttons carry the board's letters; an
almost-right spelling says it counts as wrong; a dropped connection says so until it is back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait

from tests.conftest import FIXTURES
from tests.live import browser

pytestmark = browser.NEEDS_CHROMIUM
PIN = "975310"


def status(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "status").text)


def visible_mentions(driver: WebDriver, text: str) -> int:
    """How often ``text`` can be seen on screen: innerText leaves out what is not rendered, but
    keeps the 1-pixel live region, which only screen readers get, so that is taken away."""
    return int(driver.execute_script(
        "const count = (t) => t.split(arguments[0]).length - 1;"
        "return count(document.body.innerText)"
        " - count(document.getElementById('announce').textContent);", text))


def join(driver: WebDriver, url: str) -> WebDriverWait[WebDriver]:
    wait = WebDriverWait(driver, 20)
    driver.get(url)
    driver.find_element(By.ID, "pin").send_keys(PIN)
    driver.find_element(By.ID, "name").send_keys("Ana")
    driver.find_element(By.ID, "join").click()
    wait.until(when.visibility_of_element_located((By.ID, "wait-view")))
    return wait


def test_one_visible_status_line_and_a_hidden_live_region(chromium: WebDriver,
                                                          tmp_path: Path) -> None:
    live = browser.LiveCommand(FIXTURES / "mini", tmp_path, PIN)
    driver = chromium
    try:
        wait = join(driver, live.url)
        region = driver.find_element(By.ID, "announce")
        box = driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", region)
        assert box["width"] <= 1 and box["height"] <= 1  # for screen readers only
        assert region.get_attribute("aria-live") == "polite"
        live.press()
        buttons = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#q-answer button"))
        assert [b.find_element(By.CSS_SELECTOR, ".key").text for b in buttons] == ["A", "B", "C"]
        next(b for b in buttons if b.accessible_name.endswith("Port Amber")).click()
        wait.until(lambda d: "Answer received" in status(d))
        assert status(driver) == "✔ Answer received: Port Amber. Wait for the reveal."
        assert visible_mentions(driver, "Answer received") == 1  # not twice
        live.press()
        wait.until(when.visibility_of_element_located((By.ID, "reveal-view")))
        assert status(driver) == ""
        for _ in range(2):  # on to question 3, unanswered: nothing of question 1 is left
            live.press()
            wait.until(when.visibility_of_element_located((By.ID, "question-view")))
            assert status(driver) == "" and visible_mentions(driver, "Right!") == 0
            live.press()
            wait.until(when.visibility_of_element_located((By.ID, "reveal-view")))
        live.press()  # question 4, a short answer: a spelling slip is almost right, and wrong
        field = wait.until(when.element_to_be_clickable((By.ID, "typed")))
        field.send_keys("Hilcross\n")
        wait.until(lambda d: "Answer received" in status(d))
        live.press()
        verdict = wait.until(when.visibility_of_element_located((By.ID, "r-verdict")))
        assert verdict.text == "≈ Almost — check the spelling. It counts as wrong this time."
        live.press()  # question 5; then 6, ordering: the items keep the board's letters
        wait.until(when.visibility_of_element_located((By.ID, "question-view")))
        live.press()
        live.press()
        wait.until(lambda d: "Question 6" in d.find_element(By.ID, "q-number").text)
        items = driver.find_elements(By.CSS_SELECTOR, "#q-answer .choices button")
        letters = [b.find_element(By.CSS_SELECTOR, ".key").text for b in items]
        assert letters == ["A", "B", "C"]
        items[1].click()  # B goes first: the others keep A and C
        left = driver.find_elements(By.CSS_SELECTOR, "#q-answer .choices button")
        assert [b.find_element(By.CSS_SELECTOR, ".key").text for b in left] == ["A", "C"]
        assert driver.find_element(By.CSS_SELECTOR, "ol.picked li").text.startswith("B ")
        live.press()
        live.press()  # 7, matching: numbered items, lettered answers, as on the board
        wait.until(lambda d: "Question 7" in d.find_element(By.ID, "q-number").text)
        assert driver.find_element(By.CSS_SELECTOR, "#q-answer h3").text == \
            "What goes with 1. “Port Amber”?"
        rights = driver.find_elements(By.CSS_SELECTOR, "#q-answer .choices button")
        assert [b.find_element(By.CSS_SELECTOR, ".key").text for b in rights] == ["A", "B", "C"]
        live.press("q")
        wait.until(when.visibility_of_element_located((By.ID, "end-view")))
        live.finish()
    finally:
        live.kill()


def test_connection_lost_is_said_until_the_page_is_back(chromium: WebDriver,
                                                        tmp_path: Path) -> None:
    live = browser.LiveCommand(FIXTURES / "mini", tmp_path, PIN)
    driver = chromium
    again = None
    try:
        wait = join(driver, live.url)
        live.press()
        wait.until(when.visibility_of_element_located((By.ID, "question-view")))
        live.kill()  # the teacher's computer dies
        wait.until(lambda d: status(d) == "Connection lost. Reconnecting…")
        again = subprocess.Popen(
            [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path), "live", "--continue",
             "--results-dir", str(tmp_path / "results")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert again.stdout is not None and live.url in again.stdout.readline()
        wait.until(lambda d: status(d) == "")  # back: the warning does not stay
        assert driver.find_element(By.ID, "question-view").is_displayed()
        wait.until(lambda d: d.find_element(By.ID, "announce").get_attribute("textContent")
                   == "Connected again.")
    finally:
        if again is not None:
            again.kill()
            again.communicate()
        live.kill()
