"""The projector stage: type that scales with the window, nothing cut off, plain pack text only;
the why step without the prompt and, when long, in parts; matching columns sharing the width.

"Nothing clipped" is measured from the widgets (geometry and font metrics, see ``clipping.py``)
at 1024×768 and 1920×1080, for the longest prompt of the bundled pack with nine of its longest
choices, and for the most crowded questions of every type.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.classroom.presentation import Step
from quizapp.classroom.slides import session_views
from quizapp.core.engine import QuestionView, QuizSession
from quizapp.core.models import Choice, Pack, Question, QuestionType
from quizapp.packs import load_pack
from quizapp.ui.classroom.stage import ExtraSide, ProjectorStage, visible_labels
from quizapp.ui.classroom.stage_parts import apply_text_size, shown_text
from quizapp.ui.classroom.theme import DARK, LIGHT, ThemeChoice, contrast_ratio, theme_for
from quizapp.ui.classroom.why_pages import READABLE_SHARE
from quizapp.ui.style import apply_style
from tests.conftest import BUNDLED_PACK
from tests.ui.classroom.clipping import clipped_labels

SIZES = [(1024, 768), (1920, 1080)]
# Smallest body text (px) the most crowded slides may fall to; a typical question gets about
# twice as much (see docs/projector.md for the measured sizes)
FLOOR = {1024: 16, 1920: 26}


@pytest.fixture(scope="module")
def bundled() -> Pack:
    return load_pack(BUNDLED_PACK)


@pytest.fixture
def stage(qtbot: QtBot) -> Iterator[ProjectorStage]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not app.styleSheet():
        apply_style(app)  # the app's own style sheet is in force, as in the real window
    widget = ProjectorStage()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def nine_choice_question(pack: Pack) -> Question:
    """The longest prompt of the pack with the nine longest choice texts it has."""
    longest = max(pack.questions, key=lambda q: len(q.prompt))
    texts = sorted({c.text for q in pack.questions for c in q.choices}, key=len)[-9:]
    return replace(longest, id="nine-choices", type=QuestionType.SINGLE,
                   choices=tuple(Choice(text, i == 4) for i, text in enumerate(texts)))


def crowded_questions(pack: Pack) -> list[Question]:
    """Per type, the two questions with the most text on their question and explanation steps."""
    def amount(q: Question) -> int:
        return (len(q.prompt) + sum(len(c.text) for c in q.choices) + sum(map(len, q.items))
                + sum(len(p.left) + len(p.right) for p in q.pairs) + len(q.explanation)
                + sum(len(c.quote) for c in q.citations))
    chosen: list[Question] = []
    for kind in QuestionType:
        chosen += sorted((q for q in pack.questions if q.type is kind), key=amount)[-2:]
    return chosen


def walk_steps(stage: ProjectorStage, view: QuestionView, pack: Pack) -> Iterator[Step]:
    stage.show_question(view, pack)
    yield Step.QUESTION
    stage.reveal_answer()
    yield Step.ANSWER
    stage.show_explanation()
    yield Step.EXPLANATION
    while stage.next_explanation_part():  # a long why step comes in parts
        yield Step.EXPLANATION


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_longest_prompt_with_nine_choices_fits_in_readable_type(
        stage: ProjectorStage, bundled: Pack, size: tuple[int, int]) -> None:
    stage.resize(*size)
    question = nine_choice_question(bundled)
    view = session_views(QuizSession(bundled, [question]))[0]
    for step in walk_steps(stage, view, bundled):
        assert clipped_labels(stage) == [], step
        assert not stage.overflows(), step
        assert stage.body_pixels >= FLOOR[size[0]], (step, stage.body_pixels)
    stage.show_question(view, bundled)
    rows = [r for r in stage.row_views if r.isVisibleTo(stage)]
    order = view.choice_order or range(len(question.choices))
    assert [shown_text(r.text) for r in rows] == [question.choices[i].text for i in order]
    assert [r.key.text() for r in rows] == list("ABCDEFGHI")
    assert stage.prompt.font().pixelSize() > stage.body_pixels  # the prompt stands out


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_most_crowded_question_of_every_type_fits(stage: ProjectorStage, bundled: Pack,
                                                     size: tuple[int, int]) -> None:
    stage.resize(*size)
    for view in session_views(QuizSession(bundled, crowded_questions(bundled))):
        for step in walk_steps(stage, view, bundled):
            assert clipped_labels(stage) == [], (view.question.id, step)
            assert not stage.overflows(), (view.question.id, step)
            assert stage.body_pixels >= FLOOR[size[0]], (view.question.id, step)


def test_type_grows_with_the_window_and_the_reveal_keeps_its_size(stage: ProjectorStage,
                                                                  mini_pack: Pack) -> None:
    view = session_views(QuizSession(mini_pack))[0]
    stage.resize(1024, 768)
    stage.show_question(view, mini_pack)
    small = stage.body_pixels
    stage.reveal_answer()
    assert stage.body_pixels == small  # revealing never makes the slide jump
    stage.resize(1920, 1080)
    assert stage.body_pixels >= small * 1.3
    assert clipped_labels(stage) == []
    stage.resize(1024, 768)
    assert stage.body_pixels == small


def test_the_checker_sees_cut_off_text(stage: ProjectorStage, mini_pack: Pack) -> None:
    """The clipping measure can fail: type far too big for the slide is reported."""
    stage.resize(1024, 768)
    stage.show_question(session_views(QuizSession(mini_pack))[0], mini_pack)
    assert clipped_labels(stage) == []
    apply_text_size(stage.content, 200)
    assert clipped_labels(stage)


def test_a_slide_too_long_for_any_type_scrolls_instead_of_losing_text(stage: ProjectorStage,
                                                                      mini_pack: Pack) -> None:
    question = mini_pack.questions[0]
    huge = replace(question, prompt=" ".join(["An enormously long prompt."] * 400))
    stage.resize(1024, 768)
    stage.show_question(session_views(QuizSession(mini_pack, [huge]))[0], mini_pack)
    assert stage.body_pixels == stage.size_limits()[0]
    assert stage.overflows() and stage.more_below.isVisible()
    assert stage.rect().contains(stage.more_below.geometry())
    bar = stage.scroller.verticalScrollBar()
    assert bar.value() == 0
    stage.scroll_by(3)
    assert bar.value() > 0
    stage.scroll_by(10_000)
    assert bar.value() == bar.maximum() and not stage.more_below.isVisible()
    stage.show_question(session_views(QuizSession(mini_pack))[0], mini_pack)
    assert not stage.overflows() and not stage.more_below.isVisible()


def test_pack_text_is_shown_as_plain_text(stage: ProjectorStage, mini_pack: Pack) -> None:
    hostile = "<b>bold</b> <img src='/etc/passwd'> & <a href='x'>link</a>"
    question = replace(mini_pack.questions[0], prompt=hostile, explanation=hostile,
                       choices=(Choice(hostile, True), Choice("<i>two</i>")))
    stage.resize(1024, 768)
    stage.show_question(session_views(QuizSession(mini_pack, [question]))[0], mini_pack)
    stage.show_explanation()
    plain = Qt.TextFormat.PlainText
    for label in (stage.prompt, stage.explanation, stage.answer_views[0].text):
        assert label.textFormat() == plain and shown_text(label) == hostile
    # the only rich text is the stage's own highlight around escaped source words
    for label in visible_labels(stage):
        assert label.textFormat() == plain or label.objectName() == "projectorQuote"
        if label.textFormat() != plain:
            assert "<img" not in label.text() and "<b>" not in label.text()


def test_no_learner_data_is_shown(stage: ProjectorStage, mini_pack: Pack) -> None:
    stage.resize(1024, 768)
    for view in session_views(QuizSession(mini_pack)):
        for _ in walk_steps(stage, view, mini_pack):
            words = " ".join(shown_text(label) for label in visible_labels(stage))
            assert "Score" not in words and "Your answer" not in words


def test_extra_area_sits_beside_the_slide_and_scales_with_it(stage: ProjectorStage, qtbot: QtBot,
                                                             mini_pack: Pack) -> None:
    stage.resize(1024, 768)
    stage.show_question(session_views(QuizSession(mini_pack))[0], mini_pack)
    full_width = stage.scroller.width()
    count = QLabel("12 answers")
    sizes: list[int] = []
    stage.text_size_changed.connect(sizes.append)
    stage.set_extra(count, ExtraSide.RIGHT, 0.3)
    assert count.isVisible()
    assert stage.scroller.width() < full_width * 0.75
    assert not stage.scroller.geometry().intersects(stage.extra_holder.geometry())
    assert stage.rect().contains(stage.extra_holder.geometry())
    assert clipped_labels(stage) == []
    stage.set_extra(count, ExtraSide.BOTTOM, 0.25)
    assert stage.extra_holder.geometry().top() > stage.scroller.geometry().bottom()
    assert clipped_labels(stage) == []
    stage.resize(1920, 1080)
    assert sizes and sizes[-1] == stage.body_pixels
    stage.set_extra(None)
    assert not stage.extra_holder.isVisible() and stage.scroller.width() > full_width


def test_countdown_shows_minutes_and_seconds_and_stands_out_at_the_end(stage: ProjectorStage,
                                                                      mini_pack: Pack) -> None:
    stage.resize(1024, 768)
    stage.use_countdown(True)
    stage.show_question(session_views(QuizSession(mini_pack))[0], mini_pack)
    size = stage.body_pixels
    stage.set_countdown(75)
    assert stage.countdown.text() == "1:15" and stage.countdown.property("urgent") is False
    stage.set_countdown(5)
    assert stage.countdown.text() == "0:05" and stage.countdown.property("urgent") is True
    stage.set_countdown(0)
    assert stage.countdown.text() == "Time's up"
    assert stage.body_pixels == size and clipped_labels(stage) == []
    stage.set_countdown(None)
    assert stage.countdown.text() == ""


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_has_at_least_seven_to_one_contrast(theme: object) -> None:
    assert theme is LIGHT or theme is DARK
    for what, text, background in theme.text_pairs():
        assert contrast_ratio(text, background) >= 7.0, (theme.name, what)


def test_contrast_ratio_matches_the_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_system_theme_decides_light_or_dark(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        from PySide6.QtGui import QColor, QPalette
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        app.setPalette(dark)
        assert theme_for(ThemeChoice.SYSTEM) is DARK
        light = QPalette(original)
        light.setColor(QPalette.ColorRole.Window, QColor("#f4f4f4"))
        app.setPalette(light)
        assert theme_for(ThemeChoice.SYSTEM) is LIGHT
        assert theme_for(ThemeChoice.DARK) is DARK and theme_for(ThemeChoice.LIGHT) is LIGHT
    finally:
        app.setPalette(original)


LONGEST_WHY = "demands-nato-agreement-articles-match"  # five passages and a long explanation


def show_why(stage: ProjectorStage, pack: Pack, question_id: str) -> None:
    question = next(q for q in pack.questions if q.id == question_id)
    stage.show_question(session_views(QuizSession(pack, [question], seed=3))[0], pack)
    stage.reveal_answer()
    stage.show_explanation()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_a_long_why_step_comes_in_parts_in_readable_type(
        stage: ProjectorStage, bundled: Pack, size: tuple[int, int]) -> None:
    stage.resize(*size)
    show_why(stage, bundled, LONGEST_WHY)
    readable = round(stage.size_limits()[1] * READABLE_SHARE)
    question = next(q for q in bundled.questions if q.id == LONGEST_WHY)
    seen: list[str] = []
    parts = len(stage.why.parts)
    for number in range(parts):
        if number:
            assert stage.next_explanation_part()
        assert not stage.prompt.isVisibleTo(stage)  # the prompt would crowd out why
        heading = shown_text(stage.heading)
        assert heading.startswith("Question 1 of 1")
        if parts > 1:
            assert heading.endswith(f"why, part {number + 1} of {parts}")
        assert stage.explanation.isVisibleTo(stage) == (number == 0)
        assert stage.body_pixels >= readable, (number, stage.body_pixels)
        assert clipped_labels(stage) == [] and not stage.overflows()
        seen += [view.excerpt.quote for view in stage.excerpt_views
                 if view.isVisibleTo(stage)]
        assert stage.more_explanation == (number + 1 < parts)
    assert not stage.next_explanation_part()
    assert sorted(seen) == sorted(v.excerpt.quote for v in stage.excerpt_views)  # each once
    assert len(seen) == len(question.citations)
    if size == (1024, 768):
        assert parts > 1  # at 17 px in one part before; now every part at 25 px or more


def test_a_part_after_the_first_names_its_section_again(stage: ProjectorStage,
                                                        bundled: Pack) -> None:
    stage.resize(1024, 768)
    show_why(stage, bundled, LONGEST_WHY)
    while stage.next_explanation_part():
        first = next(v for v in stage.excerpt_views if v.isVisibleTo(stage))
        assert first.section.isVisibleTo(stage)


def test_matching_columns_share_the_width_fairly(stage: ProjectorStage,
                                                 bundled: Pack) -> None:
    """The left column's long claims are no longer squeezed into four lines beside a short
    right column, and no room is kept for a ✔ that a matching row never gets."""
    stage.resize(1024, 768)
    question = next(q for q in bundled.questions if q.id == "summary-claims-who")
    stage.show_question(session_views(QuizSession(bundled, [question], seed=3))[0], bundled)
    assert stage.body_pixels >= 36
    line = stage.row_views[0].text.fontMetrics().lineSpacing()

    def lines(view: object) -> int:
        return round(view.text.height() / line)  # type: ignore[attr-defined]

    for view in stage.row_views:
        assert not view.mark.isVisibleTo(stage)
    left = [v for v in stage.row_views if v.row.key.isdigit()]
    right = [v for v in stage.row_views if not v.row.key.isdigit()]
    assert max(map(lines, left)) <= 3 and max(map(lines, right)) <= 4
    assert clipped_labels(stage) == []
    stage.reveal_answer()
    assert stage.answer_views and clipped_labels(stage) == []
