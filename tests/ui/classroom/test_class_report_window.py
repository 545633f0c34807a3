"""The class report window: tables a teacher sorts, files left out with reasons, CSV and PDF."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from quizapp.ui.classroom.class_report_window import ClassReportWindow
from tests.classroom.test_class_report import messy_folder
from tests.ui.classroom.pdf_reading import ink_share, pdf_pages, render_page
from tests.ui.conftest import WindowFactory


def column(view: QTableView, index: int) -> list[str]:
    model = view.model()
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def click_header(qtbot: QtBot, view: QTableView, index: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.fixture
def report_window(open_window: WindowFactory, qtbot: QtBot, tmp_path: Path) -> ClassReportWindow:
    window = open_window()
    messy_folder(tmp_path / "class")
    window.classroom.report_action.trigger()
    report = window.classroom.report_window
    assert report is not None and report.isVisible()
    assert report.focusWidget() is report.add_folder_button or not report.isActiveWindow()
    assert not report.csv_button.isEnabled()
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        report.add([tmp_path / "class"])
    return report


def test_tables_show_the_class_and_sort_by_number(report_window: ClassReportWindow,
                                                  qtbot: QtBot) -> None:
    window = report_window
    assert "The Mini Class" in window.headline.text() and "5 learners" in window.headline.text()
    assert "5 files left out" in window.headline.text()
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "&Learners (5)", "&Questions (5)", "&Sections (2)", "Files left &out (5)"]
    assert column(window.learners, 0) == ["Ana", "Ben", "Cai", "Dee", "Eve"]
    assert column(window.learners, 4) == ["60 %", "60 %", "40 %", "20 %", "20 %"]
    questions = window.questions
    assert questions.isColumnHidden(1), "no pack at hand: no prompt column"
    assert column(questions, 2) == ["1.00", "0.40", "0.40", "0.20", "0.00"]
    assert column(questions, 3) == ["—", "0.67", "-0.10", "0.13", "—"]
    assert column(questions, 4)[2] == "too few learners to judge"  # five learners: held back
    click_header(qtbot, questions, 3)  # discrimination, lowest first; undefined before numbers
    assert column(questions, 3) == ["—", "—", "-0.10", "0.13", "0.67"]
    click_header(qtbot, questions, 3)
    assert column(questions, 3)[0] == "0.67"
    click_header(qtbot, window.learners, 5)
    assert column(window.learners, 5)[0] == "2:00"  # Dee, who left one question blank
    reasons = dict(zip((Path(p).name for p in column(window.excluded, 0)),
                       column(window.excluded, 1), strict=True))
    assert reasons["other.json"].startswith("for another pack: 'other-pack'")
    assert reasons["zed-old.json"].startswith("from another version of the pack")
    assert column(window.sections, 3) == ["70 %", "20 %"]
    for view in (window.learners, window.questions, window.sections, window.excluded):
        assert view.accessibleName()


def test_csv_and_a_one_page_pdf(report_window: ClassReportWindow, qtbot: QtBot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(report_window.csv_button, Qt.MouseButton.LeftButton)
    with out.with_suffix(".csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert next(r[:5] for r in rows if r[:1] == ["Ana"]) == ["Ana", "3", "5", "5", "60"]
    qtbot.mouseClick(report_window.pdf_button, Qt.MouseButton.LeftButton)
    pdf = out.with_suffix(".pdf")
    [page] = pdf_pages(pdf)
    assert page.startswith("Class report: The Mini Class")
    assert "5 files left out" in page
    for text in ("Sections", "Early towns", "70 %", "Questions to look at",
                 "None flagged: too few learners to judge", "Learners", "Dee", "2:00",
                 "Every question", "0.67", "What the numbers mean", "Facility: the share of"):
        assert text in page, text
    assert ink_share(render_page(pdf, 1, tmp_path)) > 0.005
    assert f"Saved {pdf}" in report_window.headline.text()


def test_a_folder_with_nothing_usable_says_why(open_window: WindowFactory, qtbot: QtBot,
                                               tmp_path: Path,
                                               no_blocking_dialogs: list[str]) -> None:
    window = open_window()
    report = window.classroom.show_class_report()
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    with qtbot.waitSignal(report.report_failed, timeout=10000):
        report.add([tmp_path])
    assert "None of these files could be used" in no_blocking_dialogs[-1]
    assert column(report.excluded, 1) == ["format is None, expected 'quizapp-results/1'; this is "
                                          "not a quizapp results file, or a newer quizapp wrote "
                                          "it"]
    assert not report.pdf_button.isEnabled()
    report.clear()
    assert report.excluded_model.rowCount() == 0


def test_a_big_class_still_fits_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    import random

    from quizapp.classroom.class_report import build_class_report
    from quizapp.classroom.results_file import write_results_file
    from quizapp.ui.classroom.class_report_pdf import write_class_report_pdf
    from tests.classroom.class_fixtures import session

    rng = random.Random(4)
    ids = [f"question-{n:03d}" for n in range(120)]
    for learner in range(36):
        marks = [(rng.random() < 0.15 + learner / 50, rng.choice("ABC")) for _ in ids]
        write_results_file(tmp_path / "class" / f"{learner}.json",
                           session(f"Learner {learner:02d}", marks, question_ids=ids))  # type: ignore[arg-type]
    report = build_class_report([tmp_path / "class"])
    pdf = tmp_path / "big.pdf"
    write_class_report_pdf(report, pdf)
    [page] = pdf_pages(pdf)  # one page, however big the class
    assert "every question are in the CSV export" in page
    assert "Learner 00" in page and "Learner 35" in page and "20:10:00" in page


def test_files_dropped_on_the_window_are_added(open_window: WindowFactory, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    messy_folder(tmp_path / "class")
    report = open_window().classroom.show_class_report()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "class" / name))
                  for name in ("ana.json", "ben.json", "cai.json")])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        report.dropEvent(drop)
    assert column(report.learners, 0) == ["Ana", "Ben", "Cai"]
    assert report.locations == [tmp_path / "class" / n for n in ("ana.json", "ben.json",
                                                                  "cai.json")]


def ten_learners(folder: Path) -> None:
    """The hand-computed class twice over: the same facility and discrimination, but enough
    learners (10) for flags to be raised."""
    from dataclasses import replace

    from quizapp.classroom.results_file import write_results_file
    from tests.classroom.class_fixtures import class_sessions

    for copy in ("", " 2"):
        for results in class_sessions():
            write_results_file(folder / f"{results.learner}{copy}.json",
                               replace(results, learner=results.learner + copy))


def test_the_numbers_are_explained_and_flagged_rows_say_why(
        open_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ten_learners(tmp_path / "class")
    report = open_window().classroom.show_class_report()
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        report.add([tmp_path / "class"])
    model = report.questions.model()
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Discrimination: did learners who did well overall get this one "
                          "right more often?") and "below 0" in tip
    assert "share of learners who got the question right" in model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert column(report.questions, 4) == ["too easy", "", "negative discrimination", "",
                                           "too hard"]
    why = str(model.data(model.index(2, 4), Qt.ItemDataRole.ToolTipRole))
    assert "Flagged negative discrimination: Learners who did well on the rest got this one " \
           "wrong more often" in why
    assert "check the key" in why
    assert "Later towns" in why  # the section, as before
    report.tabs.setCurrentIndex(1)
    assert report.legend.isVisible() and report.legend.accessibleName()
    assert report.legend.text().startswith("Facility: the share of learners")
    assert "10 learners" in report.headline.text() and "3 questions flagged" in report.headline.text()
    assert not report.warning.isVisible() and not report.session_box.isVisible()
    out = tmp_path / "ten.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    report.save_pdf()
    [page] = pdf_pages(out)
    flat = " ".join(page.split())
    # the Why column says why, not the flag's name again
    assert "Too hard: Nearly no one got it right (facility below 0.20): check the question" in flat
    assert "Negative discrimination: Learners who did well on the rest" in flat


def test_files_of_two_sessions_are_shown_one_at_a_time(open_window: WindowFactory,
                                                        qtbot: QtBot, tmp_path: Path) -> None:
    from tests.classroom.test_report_sessions import MONDAY, TUESDAY, two_live_sessions

    two_live_sessions(tmp_path / "term")
    report = open_window().classroom.show_class_report()
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        report.add([tmp_path / "term"])
    assert column(report.learners, 0) == ["Ana", "Ben", "Cai"]
    assert report.warning.isVisible()
    assert report.warning.text().startswith("These files hold 2 sessions. This report is on "
                                            "one: Live session of 2026-11-30")
    assert report.session_box.isVisible() and report.session_label.buddy() is report.session_box
    items = [report.session_box.itemText(i) for i in range(report.session_box.count())]
    assert items[0].startswith("Live session of 2026-11-30") and "3 learners" in items[0]
    assert items[1].startswith("Live session of 2026-12-01") and "2 learners" in items[1]
    assert items[2] == "All 2 sessions on “The Mini Class” together"
    assert report.session_box.currentIndex() == 0
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        report.session_box.setFocus()
        qtbot.keyClick(report.session_box, Qt.Key.Key_Down)  # the keyboard picks Tuesday
    assert column(report.learners, 0) == ["Ana", "Dee"]
    assert report.report is not None and report.report.session_keys == (f"live:{TUESDAY}",)
    assert report.session_box.currentIndex() == 1
    with qtbot.waitSignal(report.report_shown, timeout=10000):
        qtbot.keyClick(report.session_box, Qt.Key.Key_Down)
    assert column(report.learners, 0) == ["Ana", "Ben", "Cai", "Dee"]
    assert "2 sessions merged into one report" in report.warning.text()
    assert f"live:{MONDAY}" in report.report.session_keys


def test_the_class_report_opens_wholly_on_the_screen(open_window: WindowFactory) -> None:
    """At 1024 × 768 it opened 680 px tall below the main window's top, its bottom off-screen."""
    window = open_window()
    report = window.classroom.show_class_report()
    area = report.screen().availableGeometry()
    report.hide()
    report.move(area.left() + 10, area.bottom() - 100)  # where a window manager might put it
    report = window.classroom.show_class_report()
    assert area.contains(report.frameGeometry()), (report.frameGeometry(), area)
    report.close()
