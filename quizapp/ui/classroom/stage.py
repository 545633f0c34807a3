"""The projector stage: one question for a whole room, in type as large as the window allows.

The stage shows a question, then its answer, then why and the cited passage, or a card (a title,
the end, a live session's join screen). After every change of content or size it picks the largest
body text at which the whole step fits its window, so a long prompt with nine choices still fits
at 1024×768 and a short one fills a 1920×1080 screen. It shows only pack text — never a learner's
name, answers or scores — and knows nothing of keys or timers: a controller (projector mode, a
live session) drives it through the methods below.

An optional *extra area* beside or below the slide holds the caller's own widget (a live count
of answers, a chart of the answers given, a QR code); ``text_size_changed`` tells it the body
text size so it can scale with the slide.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.classroom.countdown import format_seconds
from quizapp.classroom.presentation import Step
from quizapp.classroom.slides import Slide, SlideKind, answer_keys, build_slide
from quizapp.core.engine import QuestionView
from quizapp.core.models import Pack
from quizapp.ui.classroom.stage_parts import (
    ExcerptView,
    Holder,
    Role,
    RowView,
    apply_text_size,
    balance_columns,
    columns_widget,
    excerpts_widget,
    make_label,
    role_font,
    rows_widget,
    set_plain,
    visible_labels,
)

__all__ = ["ExtraSide", "ProjectorStage", "visible_labels"]
from quizapp.ui.classroom.theme import LIGHT, ProjectorTheme, stage_style_sheet
from quizapp.ui.classroom.why_pages import READABLE_SHARE, WhyParts, show_passages
from quizapp.ui.core_texts import core_text, slide_heading, source_credit

URGENT_SECONDS = 5


class ExtraSide(StrEnum):
    RIGHT = "right"
    BOTTOM = "bottom"


class ProjectorStage(QWidget):
    text_size_changed = Signal(int)  # body text pixels after a fit

    def __init__(self, theme: ProjectorTheme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorStage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = theme
        self.step = Step.TITLE
        self.slide: Slide | None = None
        self.row_views: list[RowView] = []
        self.answer_views: list[RowView] = []
        self.excerpt_views: list[ExcerptView] = []
        self.body_pixels = 0
        self._question_pixels = 0
        self._countdown_used = False
        self._extra: QWidget | None = None
        self._extra_side = ExtraSide.RIGHT
        self._extra_share = 0.32
        self.why = WhyParts()
        """The parts of the why step and the one on screen (long citations come in parts)."""

        self.heading = make_label(Role.SMALL, "projectorHeading", muted=True)
        self.countdown = make_label(Role.COUNTDOWN, "projectorCountdown", wrap=False)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown.setProperty("urgent", False)
        self.card_title = make_label(Role.TITLE, "projectorCardTitle")
        self.card_body = make_label(Role.BODY, "projectorCardBody")
        self.card_note = make_label(Role.SMALL, "projectorCardNote", muted=True)
        self.prompt = make_label(Role.PROMPT, "projectorPrompt")
        self.instruction = make_label(Role.SMALL, "projectorInstruction", muted=True)
        self.answer_title = make_label(Role.SMALL, "projectorAnswerTitle", muted=True)
        self.also_accepted = make_label(Role.SMALL, "projectorAlsoAccepted", muted=True)
        self.explanation_title = make_label(Role.SMALL, "projectorWhyTitle", muted=True)
        self.explanation = make_label(Role.BODY, "projectorExplanation")
        self.attribution = make_label(Role.SMALL, "projectorAttribution", muted=True)
        self.footer = make_label(Role.HINT, "projectorFooter", muted=True)
        self.question_area = Holder("projectorQuestionArea")
        self.answer_area = Holder("projectorAnswerArea")
        self.excerpt_area = Holder("projectorExcerpts")
        set_plain(self.explanation_title, self.tr("Why"))

        self.content = QWidget()
        self.content.setObjectName("projectorContent")
        header = QHBoxLayout()
        header.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignVCenter)
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(header)
        for widget in (self.card_title, self.card_body, self.card_note, self.prompt,
                       self.instruction, self.question_area, self.answer_title, self.answer_area,
                       self.also_accepted, self.explanation_title, self.explanation,
                       self.excerpt_area, self.attribution):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.footer)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("projectorScroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(False)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for policy in (self.scroller.setHorizontalScrollBarPolicy,
                       self.scroller.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.content)
        self.extra_holder = QWidget(self)
        self.extra_holder.setObjectName("projectorExtra")
        self.extra_layout = QVBoxLayout(self.extra_holder)
        self.extra_layout.setContentsMargins(0, 0, 0, 0)
        self.extra_holder.hide()
        self.more_below = make_label(Role.HINT, "projectorMoreBelow", wrap=False)
        self.more_below.setParent(self)
        set_plain(self.more_below, self.tr("↓ more below"))
        self.more_below.hide()
        self.scroller.verticalScrollBar().valueChanged.connect(lambda _: self._show_more_below())
        self.set_theme(theme)
        self.show_card("")

    # -- what is shown -------------------------------------------------------------------------
    def show_question(self, view: QuestionView, pack: Pack) -> Slide:
        """Show a question alone (the step where the class answers); returns what it shows."""
        slide = build_slide(pack, view)
        self.show_slide(slide, source_credit(pack.source))
        return slide

    def show_slide(self, slide: Slide, credit: str | None = None) -> None:
        """``credit``: the source's credit line in the interface language (the slide's own is
        English)."""
        self.slide = slide
        set_plain(self.heading, slide_heading(slide))
        set_plain(self.prompt, slide.prompt)
        set_plain(self.instruction, core_text(slide.instruction))
        set_plain(self.explanation, slide.explanation)
        credit = credit if credit is not None else slide.attribution
        set_plain(self.attribution, self.tr("Source: %1").replace("%1", credit) if credit else "")
        also = ", ".join(slide.also_accepted)
        set_plain(self.also_accepted, self.tr("Also accepted: %1").replace("%1", also) if also else "")
        if slide.kind is SlideKind.MATCHING:  # no ✔ column: pairs are revealed as a list
            left, left_views = rows_widget(slide.rows, "projectorLeftColumn", marked=False)
            right, right_views = rows_widget(slide.right_column, "projectorRightColumn",
                                             marked=False)
            self.question_area.set(columns_widget(left, right, "projectorColumns"))
            self.row_views = left_views + right_views
        else:
            area, self.row_views = rows_widget(slide.rows, "projectorRows")
            self.question_area.set(area)
        answers, self.answer_views = rows_widget(slide.answer_rows, "projectorAnswerRows",
                                                 marked=False)
        keys = answer_keys(slide) if slide.kind is not SlideKind.TYPED else ""
        set_plain(self.answer_title, self.tr("Answer — %1").replace("%1", keys) if keys
                  else self.tr("Answer"))
        for view in self.answer_views:
            view.set_revealed(True)
        self.answer_area.set(answers)
        highlight = (self.theme.highlight_background, self.theme.highlight_text)
        excerpt_box, self.excerpt_views = excerpts_widget(slide.excerpts, highlight)
        self.excerpt_area.set(excerpt_box)
        self._question_pixels = 0
        self._go(Step.QUESTION)

    def reveal_answer(self) -> None:
        """Show the key: right choices marked in place, or the right order, pairs or answer."""
        if self.slide is not None:
            self._go(Step.ANSWER)

    def show_explanation(self) -> None:
        """Show the answer, why, and the cited passages with the source's attribution; when they
        do not all fit in readable type, the first part of them (``next_explanation_part``)."""
        if self.slide is not None:
            self.why.restart()
            self._go(Step.EXPLANATION)

    def next_explanation_part(self) -> bool:
        """Show the next part of a long why step; False when the last part is on screen."""
        if self.step is not Step.EXPLANATION or not self.why.advance():
            return False
        self._go(Step.EXPLANATION)
        return True

    @property
    def more_explanation(self) -> bool:
        """A part of the why step is still to come."""
        return self.step is Step.EXPLANATION and self.why.more

    def show_card(self, title: str, body: str = "", note: str = "", heading: str = "") -> None:
        """A page of its own: the title before a quiz, the end, a join screen."""
        set_plain(self.card_title, title)
        set_plain(self.card_body, body)
        set_plain(self.card_note, note)
        set_plain(self.heading, heading)
        self._go(Step.TITLE)

    def set_footer(self, text: str) -> None:
        """A line of hints at the bottom (keys for the teacher)."""
        set_plain(self.footer, text)
        self.refit()

    def set_countdown(self, seconds_left: int | None) -> None:
        """Show the time left (None hides it; 0 says time is up; the last seconds stand out)."""
        if seconds_left is None:
            text = ""
        elif seconds_left <= 0:
            text = self.tr("Time's up")
        else:
            text = format_seconds(seconds_left)
        appeared = bool(text) != bool(self.countdown.text())
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)
        if appeared and not self._countdown_used:
            self._question_pixels = 0
            self.refit()
        urgent = seconds_left is not None and seconds_left <= URGENT_SECONDS
        if self.countdown.property("urgent") != urgent:
            self.countdown.setProperty("urgent", urgent)
            self.countdown.style().unpolish(self.countdown)
            self.countdown.style().polish(self.countdown)

    def use_countdown(self, used: bool) -> None:
        """Keep room for a countdown above every question, so its start never moves the slide."""
        self._countdown_used = used
        self._question_pixels = 0
        self.refit()

    def set_extra(self, widget: QWidget | None, side: ExtraSide = ExtraSide.RIGHT,
                  share: float = 0.32) -> None:
        """Put the caller's widget beside (or below) the slide, taking ``share`` of the space."""
        if self._extra is not None and self._extra is not widget:
            self._extra.hide()  # explicitly, or Qt's queued show would bring it back as a window
            self._extra.setParent(None)
        self._extra = widget
        self._extra_side = side
        self._extra_share = max(0.1, min(0.6, share))
        if widget is not None:
            self.extra_layout.addWidget(widget)
            widget.show()
        self.extra_holder.setVisible(widget is not None)
        self._question_pixels = 0
        self.refit()

    def set_theme(self, theme: ProjectorTheme) -> None:
        self.theme = theme
        self.setStyleSheet(stage_style_sheet(theme))
        highlight = (theme.highlight_background, theme.highlight_text)
        for view in self.excerpt_views:
            view.set_highlight(highlight)

    def scroll_by(self, steps: int) -> None:
        """Move a slide too long for the screen even in the smallest type (Up/Down keys)."""
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + steps * max(1, self.body_pixels * 2))

    # -- steps and fitting ---------------------------------------------------------------------
    def _go(self, step: Step) -> None:
        self.step = step
        if self.slide is not None and step in (Step.QUESTION, Step.ANSWER):
            set_plain(self.heading, slide_heading(self.slide))
        for view in self.row_views:
            view.set_revealed(step is not Step.QUESTION)
        self.refit()
        self.scroller.verticalScrollBar().setValue(0)

    def _visible(self, step: Step) -> set[QWidget]:
        card = {self.card_title, self.card_body, self.card_note}
        if step in (Step.TITLE, Step.END):
            return {w for w in card if w.text()}
        # the why step names its question in the heading only: the prompt would crowd out why
        shown: set[QWidget] = set() if step is Step.EXPLANATION else {self.prompt}
        kind = self.slide.kind if self.slide else SlideKind.CHOICES
        part = self.why.current
        if step is Step.QUESTION or (step is Step.ANSWER and kind is SlideKind.CHOICES):
            shown.add(self.instruction)
            if kind is not SlideKind.TYPED:
                shown.add(self.question_area)
        elif step is Step.ANSWER or part.first:
            shown |= {self.answer_title, self.answer_area}
            if self.also_accepted.text():
                shown.add(self.also_accepted)
        if step is Step.EXPLANATION:
            if part.first:
                shown |= {self.explanation_title, self.explanation}
            if part.end > part.start:
                shown.add(self.excerpt_area)
                if self.attribution.text():
                    shown.add(self.attribution)
        return shown



    def _apply(self, pixels: int, step: Step) -> None:
        shown = self._visible(step)
        if step is Step.EXPLANATION:
            show_passages(self.excerpt_views, self.why.current)
        for widget in (self.card_title, self.card_body, self.card_note, self.prompt,
                       self.instruction, self.question_area, self.answer_title, self.answer_area,
                       self.also_accepted, self.explanation_title, self.explanation,
                       self.excerpt_area, self.attribution):
            widget.setVisible(widget in shown)
        self.footer.setVisible(bool(self.footer.text()))
        reserve = self._countdown_used and step in (Step.QUESTION, Step.ANSWER)
        reserve = reserve or bool(self.countdown.text())
        self.countdown.setVisible(reserve)
        apply_text_size(self.content, pixels)
        # as big as its biggest text from the start, so the time running never moves anything
        metrics = self.countdown.fontMetrics()
        biggest = [metrics.boundingRect(text) for text in ("00:00", self.tr("Time's up"))]
        self.countdown.setMinimumWidth(max(r.width() for r in biggest)
                                       + self.countdown.contentsMargins().right() + 2)
        self.countdown.setMinimumHeight(max(metrics.height(), *(r.height() for r in biggest)) + 2
                                        if reserve else 0)
        self.layout_.setSpacing(round(pixels * 0.5))

    def _fits(self, pixels: int, step: Step, width: int, height: int) -> bool:
        """Whether the step fits at this text size: in height, and no word wider than the space
        its column leaves it (a label cannot break inside a word)."""
        needed = self._needed_height(pixels, step, width)
        return needed <= height and self.layout_.totalMinimumSize().width() <= width

    def _needed_height(self, pixels: int, step: Step, width: int) -> int:
        self._apply(pixels, step)
        if step is Step.QUESTION and self.slide is not None:
            balance_columns(self.question_area.child, self.slide,
                            role_font(self.content.font(), Role.BODY, pixels), width, pixels)
        # Qt refreshes the size caches of hidden or nested pieces only on the next event-loop
        # turn; the fit measures now, so every cache is dropped first
        for widget in self.content.findChildren(QWidget):
            widget.updateGeometry()
        for layout in self.content.findChildren(QLayout):
            layout.invalidate()
        self.layout_.invalidate()
        return self.layout_.totalHeightForWidth(width)

    def size_limits(self) -> tuple[int, int]:
        """Smallest and largest body text (pixels) for this window: type scales with it."""
        width, height = max(1, self.width()), max(1, self.height())
        largest = max(12, min(round(height / 15), round(width / 22)))
        return min(12, largest), largest

    def _best_pixels(self, steps: tuple[Step, ...], width: int, height: int) -> int:
        """The largest body text at which every one of ``steps`` fits (binary search)."""
        low, high = self.size_limits()
        best = low
        while low <= high:
            middle = (low + high) // 2
            if all(self._fits(middle, step, width, height) for step in steps):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        return best

    def _split_why(self, width: int, height: int) -> None:
        """Parts of the why step that each fit in readable type at this window size; the
        heading says which part is on screen."""
        low, high = self.size_limits()
        readable = max(low, round(high * READABLE_SHARE))
        self.why.split(len(self.excerpt_views), (width, height),
                       lambda _: self._fits(readable, Step.EXPLANATION, width, height))
        if self.slide is not None:
            set_plain(self.heading, self.why.heading(slide_heading(self.slide),
                                                     self.tr("why, part %1 of %2")))

    def content_rect(self) -> QRect:
        """Where the slide goes: inside the margins, beside or above the extra area."""
        margin = round(min(self.width(), self.height()) * 0.04)
        inner = self.rect().adjusted(margin, margin, -margin, -margin)
        if self._extra is None:
            return inner
        gap = margin
        if self._extra_side is ExtraSide.RIGHT:
            width = round(inner.width() * (1 - self._extra_share)) - gap
            self.extra_holder.setGeometry(inner.x() + width + gap, inner.y(),
                                          inner.width() - width - gap, inner.height())
            return QRect(inner.x(), inner.y(), width, inner.height())
        height = round(inner.height() * (1 - self._extra_share)) - gap
        self.extra_holder.setGeometry(inner.x(), inner.y() + height + gap, inner.width(),
                                      inner.height() - height - gap)
        return QRect(inner.x(), inner.y(), inner.width(), height)

    def refit(self) -> None:
        rect = self.content_rect()
        self.scroller.setGeometry(rect)
        width, height = rect.width(), rect.height()
        if width < 10 or height < 10:
            return
        if self.step in (Step.QUESTION, Step.ANSWER):
            # the question and its answer share one size, so the reveal does not jump
            if not self._question_pixels:
                self._question_pixels = self._best_pixels((Step.QUESTION, Step.ANSWER), width,
                                                          height)
            pixels = self._question_pixels
        else:
            if self.step is Step.EXPLANATION:
                self._split_why(width, height)
            pixels = self._best_pixels((self.step,), width, height)
        needed = self._needed_height(pixels, self.step, width)
        self.content.resize(width, max(height, needed))
        self.layout_.activate()
        # nested layouts follow on the next event-loop turn; the stage is measured (and may be
        # grabbed) before that, so they are brought up to date now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if pixels != self.body_pixels:
            self.body_pixels = pixels
            self.text_size_changed.emit(pixels)
        self._show_more_below()

    def overflows(self) -> bool:
        """True when even the smallest type does not fit (the slide then scrolls with Up/Down)."""
        return self.content.height() > self.scroller.viewport().height()

    def _show_more_below(self) -> None:
        """Say so while part of a slide too long for the screen is out of sight."""
        bar = self.scroller.verticalScrollBar()
        hidden_part = self.overflows() and bar.value() < bar.maximum()
        self.more_below.setVisible(hidden_part)
        if hidden_part:
            self.more_below.setFont(role_font(self.font(), Role.HINT, self.body_pixels))
            self.more_below.adjustSize()
            area = self.scroller.geometry()
            self.more_below.move(area.right() - self.more_below.width(), area.bottom() + 2)
            self.more_below.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._question_pixels = 0
        self.refit()
