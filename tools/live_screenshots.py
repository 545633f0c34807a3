"""Screenshots of a live session: the student page in headless Chromium (360×740 and 1280×800)
and the teacher's window (run under Xvfb), with the bundled pack and a few simulated students.

    Xvfb :NN -screen 0 1920x1080x24 & DISPLAY=:NN .venv/bin/python tools/live_screenshots.py \
        OUTDIR [--dark] [--scale 2] [--size 1024x768] [--teacher-only | --page-only]

Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def student_page(outdir: Path, dark: bool) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as when
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.live import browser

    suffix = "-dark" if dark else ""
    data = Path(tempfile.mkdtemp(prefix="quizapp-live-shots-"))
    host = subprocess.Popen(
        [sys.executable, "-m", "quizapp", "--data-dir", str(data), "live", "nato-flashpoint",
         "--listen", "127.0.0.1:0", "--pin", "314159", "--time-limit", "60", "--count", "6"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=ROOT)
    assert host.stdin is not None and host.stdout is not None
    url = re.match(r"Students join at (\S+) with", host.stdout.readline()).group(1)  # type: ignore[union-attr]
    drivers = [browser.start_chromium(360, 740, dark), browser.start_chromium(1280, 800, dark)]
    try:
        for number, (driver, _) in enumerate(drivers):
            driver.get(url)
            driver.find_element(By.ID, "pin").send_keys("314159")
            driver.find_element(By.ID, "name").send_keys(["Ana María", "Bongani"][number])
            if number == 0:
                driver.save_screenshot(str(outdir / f"page-join-360{suffix}.png"))
            driver.find_element(By.ID, "join").click()
            WebDriverWait(driver, 10).until(when.visibility_of_element_located((By.ID, "wait-view")))
        drivers[0][0].save_screenshot(str(outdir / f"page-lobby-360{suffix}.png"))
        for step in range(6):
            host.stdin.write("\n")
            host.stdin.flush()
            for driver, _ in drivers:
                WebDriverWait(driver, 10).until(
                    when.text_to_be_present_in_element((By.ID, "q-number"), f"Question {step + 1}"))
            kind = drivers[0][0].execute_script(
                "return document.querySelector('#q-answer input') ? 'text' : 'buttons'")
            for width, (driver, _) in zip((360, 1280), drivers, strict=True):
                driver.save_screenshot(str(outdir / f"page-q{step + 1}-{width}{suffix}.png"))
                buttons = driver.find_elements(By.CSS_SELECTOR, "#q-answer button:not([disabled])")
                if kind == "text":
                    driver.find_element(By.ID, "typed").send_keys("1949\n")
                elif buttons:
                    buttons[0].click()
                    for extra in driver.find_elements(By.CSS_SELECTOR, "#q-answer button.primary"):
                        if extra.is_enabled():
                            extra.click()
            time.sleep(0.5)
            drivers[0][0].save_screenshot(str(outdir / f"page-q{step + 1}-sent-360{suffix}.png"))
            host.stdin.write("\n")
            host.stdin.flush()
            for width, (driver, _) in zip((360, 1280), drivers, strict=True):
                WebDriverWait(driver, 10).until(
                    when.visibility_of_element_located((By.ID, "reveal-view")))
                time.sleep(0.2)
                driver.save_screenshot(str(outdir / f"page-r{step + 1}-{width}{suffix}.png"))
        host.stdin.write("q\n")
        host.stdin.flush()
        WebDriverWait(drivers[0][0], 10).until(
            when.visibility_of_element_located((By.ID, "end-view")))
        drivers[0][0].save_screenshot(str(outdir / f"page-end-360{suffix}.png"))
    finally:
        for driver, profile in drivers:
            browser.stop_chromium(driver, profile)
        host.kill()
        host.wait()


def teacher(outdir: Path, dark: bool, scale: str, size: str) -> None:
    os.environ["QT_SCALE_FACTOR"] = scale
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_live import answer_for
    from quizapp.live.session_setup import new_host
    from quizapp.packs import load_pack, resolve_pack
    from quizapp.ui.application import make_application
    from quizapp.ui.live.teacher_window import LiveWindow
    from tests.live.students import Student
    from tools.screenshots import apply_dark_palette

    app = make_application(["quizapp"])
    if dark:
        apply_dark_palette(app)
    pack = load_pack(resolve_pack("nato-flashpoint"))
    data = Path(tempfile.mkdtemp(prefix="quizapp-live-teacher-"))
    host = new_host(pack, data / "journal", address="127.0.0.1", port=0, pin="314159", count=4,
                    time_limit=45, seed=3)
    window = LiveWindow(host, data / "results", podium=True)
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    suffix = (("-dark" if dark else "") + (f"-x{scale}" if scale != "1" else "")
              + (f"-{size}" if size != "1280x800" else ""))

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        pump(0.3)
        window.grab().save(str(outdir / f"teacher-{name}{suffix}.png"))

    names = ["Ana", "Bongani", "Chen", "Dara", "Emil", "Farah", "Gus"]
    students = [Student(host.url) for _ in names]
    for student, name in zip(students, names, strict=True):
        while not student.connected.is_set():
            pump(0.05)
        student.send({"type": "join", "pin": "314159", "name": name})
    pump(1.0)
    shot("join")
    window.advance()
    for student in students[:5]:
        while student.last("question") is None:
            pump(0.05)
        student.send({"type": "answer", "question": 1,
                      "value": answer_for(student.last("question") or {})})
    pump(1.0)
    shot("question")
    window.advance()
    shot("reveal")
    window.advance()
    shot("explanation")
    window.toggle_help()
    shot("help")
    window.toggle_help()
    for number in range(2, 5):
        window.advance()
        pump(0.3)
        for n, student in enumerate(students):
            if n % 4:
                student.send({"type": "answer", "question": number,
                              "value": answer_for(student.last("question") or {})})
        pump(0.5)
        if number == 2:
            shot("question2")
        window.advance()
        if number == 2:
            shot("reveal2")
        window.advance()
    window.advance()
    shot("results")
    for student in students:
        student.close()
    window.host.stop()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1280x800", help="the teacher's window, WxH")
    parser.add_argument("--teacher-only", action="store_true")
    parser.add_argument("--page-only", action="store_true")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    if not args.teacher_only:
        student_page(args.outdir, args.dark)
    if not args.page_only:
        teacher(args.outdir, args.dark, args.scale, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
