"""The statistics screen read as a learner reads it: whole section titles, words instead of an
empty axis, clean punctuation, and a weakest-questions table that shows its rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.test_progress_features import answer_first_questions

LONG_TITLE = ("Which towns of the little atlas were founded in the nineteenth century, and which "
              "of them hold a market every winter?")



def test_an_empty_history_says_so_in_words(open_window: WindowFactory) -> None:
    window = open_window()
    window.show_statistics()
    screen = window.statistics
    chart = screen.accuracy_chart.chart()
    assert chart.axes() == []  # no "1 Jan – 1 Jan" axis for days that do not exist
    assert "no answers yet" in chart.title().casefold()
    assert screen.overview.text().startswith("0 answers in 0 sessions")


def test_section_titles_are_shown_whole(open_window: WindowFactory, packs_dir: Path,
                                        qtbot: QtBot) -> None:
    pack_file = packs_dir / "mini" / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "{id: towns, title: Towns}", f"{{id: towns, title: '{LONG_TITLE}'}}"), encoding="utf-8")
    window = open_window()
    window.resize(700, 700)
    window.show_statistics()
    qtbot.wait(50)
    bars = window.statistics.mastery_chart
    labels = [label for label in bars.rows.findChildren(QLabel) if label.text() == LONG_TITLE]
    assert len(labels) == 1, [label.text() for label in bars.rows.findChildren(QLabel)]
    label = labels[0]
    assert label.wordWrap() and label.isVisibleTo(window)
    # wrapped onto more lines, not cut: as tall as the text needs at its width
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()


def test_never_seen_questions_read_cleanly_and_weak_questions_show_every_row(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [False, False, False])
    window.go_home()
    window.show_statistics()
    screen = window.statistics
    qtbot.wait(50)
    text = screen.never_seen_label.text()
    assert ".;" not in text and "?;" not in text
    assert "Never seen:</b> 4 questions, for example:<ul><li>" in text
    table = screen.weak_table
    assert screen.weak_model.rowCount() == 3
    rows = table.verticalHeader().length()
    assert table.viewport().height() >= rows  # every row in view, none behind a scroll bar
    assert table.verticalScrollBar().maximum() == 0


def test_weak_questions_stay_in_view_after_a_theme_or_text_size_change(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [False, False, False])
    window.go_home()
    window.show_statistics()
    screen = window.statistics
    table = screen.weak_table
    qtbot.wait(50)
    for change in (*window.view.theme_actions.values(), window.view.larger,
                   window.view.larger, window.view.normal):
        change.trigger()
        qtbot.wait(50)
        assert screen.weak_model.rowCount() == 3
        rows = table.verticalHeader().length()
        assert table.verticalScrollBar().value() == 0, change.text()
        assert table.viewport().height() >= rows, change.text()
        assert table.rowViewportPosition(0) == 0, change.text()


def test_weakest_sections_rank_by_answers_right_not_by_how_much_was_reached(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    """Towns answered 2 of 2 right is not weak because 4 of its questions are not reached
    yet; the Atlas question answered wrong is."""
    window = open_window()
    answer_first_questions(qtbot, window, [False, True, True])
    window.go_home()
    window.show_statistics()
    text = window.statistics.weak_sections.text()
    assert "answered questions right" in text  # the label says what the ranking is by
    assert "Towns" not in text
    assert "(0 of 1, 0 %)" in text


def test_no_section_is_called_weak_when_every_answer_was_right(
        open_window: WindowFactory, qtbot: QtBot) -> None:
    window = open_window()
    answer_first_questions(qtbot, window, [True, True])
    window.go_home()
    window.show_statistics()
    assert "none — every answered question was right" in window.statistics.weak_sections.text()


def test_a_long_pack_title_is_whole_in_the_pack_drop_down(open_window: WindowFactory,
                                                          packs_dir: Path) -> None:
    title = "Why NATO Has Become a Flash Point With Russia"
    pack_file = packs_dir / "mini" / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace(
        "\ntitle: The Little Atlas", f"\ntitle: {title}", 1), encoding="utf-8")
    window = open_window()
    window.resize(1280, 800)
    window.show_statistics()
    box = window.statistics.pack_box
    assert box.currentText() == title
    assert box.toolTip() == title
    # room for the whole title beside the arrow (not cut to "Why NATO Has Become")
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + 20
