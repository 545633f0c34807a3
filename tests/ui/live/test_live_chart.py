"""The reveal's chart never cuts its labels to "…": letters for choices, symbols explained by a
legend for right / almost / wrong, and type that shrinks before a True or False is cut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis
from pytestqt.qtbot import QtBot

from quizapp.live.host import LiveHost
from quizapp.ui.classroom.stage_parts import shown_text
from quizapp.ui.live.teacher_window import LiveWindow
from tests.live.students import Student
from tests.live.test_state import right_value
from tests.ui.live.test_live_screens import join_student


def category_axis(window: LiveWindow) -> QBarCategoryAxis:
    chart = window.chart.chart.chart()
    return next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))


def test_no_bar_label_is_cut_at_1024x768(qtbot: QtBot, host_factory,  # type: ignore[no-untyped-def]
                                         students: list[Student], tmp_path: Path) -> None:
    host: LiveHost = host_factory()
    window = LiveWindow(host, tmp_path / "results")
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 768)
    ann = join_student(qtbot, host, "Ann", students)
    bob = join_student(qtbot, host, "Bob", students)
    seen: dict[str, list[str]] = {}
    legends: dict[str, str] = {}
    for number in range(1, host.session.total + 1):
        window.advance()  # the question
        qtbot.waitUntil(lambda n=number: (ann.last("question") or {}).get("number") == n,
                        timeout=10_000)
        kind = host.session.question.type.value  # type: ignore[union-attr]
        ann.send({"type": "answer", "question": number, "value": right_value(host.session)})
        qtbot.waitUntil(lambda: host.session.answered_count() == 1, timeout=10_000)
        if kind == "short_answer":
            bob.send({"type": "answer", "question": number, "value": "Hilcross"})
            qtbot.waitUntil(lambda: host.session.answered_count() == 2, timeout=10_000)
        window.advance()  # the reveal and its chart
        axis = category_axis(window)
        assert not axis.labelsTruncated(), (kind, axis.categories())
        seen[kind] = list(reversed(axis.categories()))
        if kind in ("single", "multiple"):
            assert all(label.removeprefix("✔ ") in "ABCDEFGHI" for label in seen[kind])
        legend = window.chart.legend
        legends[kind] = shown_text(legend)
        if kind in ("short_answer", "numeric", "ordering", "matching"):
            assert legend.isVisible() and "✔\u00a0right" in shown_text(legend)
        else:
            assert not legend.isVisible()
        window.advance()  # why
    assert seen["short_answer"] == ["✔", "≈", "✘"]
    assert legends["short_answer"].replace("\u00a0", " ") == (
        "✔ right  ·  ≈ almost (a spelling slip, counted wrong)  ·  ✘ wrong")
    assert seen["true_false"] == ["True", "✔ False"]
    assert seen["numeric"] == ["✔", "✘"]
    description = window.chart.chart.accessibleDescription()
    assert "Right: 1 (right)" in description and "✘" not in description
