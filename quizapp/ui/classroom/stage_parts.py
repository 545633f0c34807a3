"""The pieces a projector stage is built from, each sized from one number: the body text's pixels.

Every label carries a size role; ``apply_text_size`` walks a widget tree and sets each label's
font, each letter badge and each box's spacing from that one number, so the stage can try sizes
until the slide fits its window. Pack text is always shown as plain text (rich text only where the
stage itself adds a highlight, around escaped pack text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from quizapp.classroom.slides import Slide, SlideExcerpt, SlideKind, SlideRow
from quizapp.ui.core_texts import core_text
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import translate

ZERO_WIDTH_SPACE = "\u200b"
_LONG_RUN = re.compile(r"\S{16,}")
_UNBROKEN = re.compile(r"[^\s\u200b]{20,}")


class Role(StrEnum):
    """How big a label's text is, relative to the body text."""

    TITLE = "title"
    PROMPT = "prompt"
    PROMPT_SMALL = "prompt-small"  # the prompt above an explanation
    BODY = "body"
    SMALL = "small"
    HINT = "hint"  # keys for the teacher: small, but never tiny
    COUNTDOWN = "countdown"
    KEY = "key"


SCALE = {Role.TITLE: 1.45, Role.PROMPT: 1.2, Role.PROMPT_SMALL: 1.0, Role.BODY: 1.0,
         Role.SMALL: 0.72, Role.HINT: 0.5, Role.COUNTDOWN: 1.2, Role.KEY: 0.92}
SMALLEST_PIXELS = {Role.HINT: 13}
BOLD = {Role.TITLE, Role.PROMPT, Role.PROMPT_SMALL, Role.COUNTDOWN, Role.KEY}
ROLE_PROPERTY = "sizeRole"
ROWS_PROPERTY = "projectorRows"
WRAP_FLAGS = int(Qt.TextFlag.TextWordWrap)


def breakable(text: str) -> str:
    """Let very long words (addresses, long compounds) wrap instead of running off the screen."""
    def split_run(match: re.Match[str]) -> str:
        run = re.sub(r"([/\-_.:?&=])", "\\1" + ZERO_WIDTH_SPACE, match.group(0))
        return _UNBROKEN.sub(lambda m: ZERO_WIDTH_SPACE.join(
            m.group(0)[i:i + 12] for i in range(0, len(m.group(0)), 12)), run)
    return _LONG_RUN.sub(split_run, text)


def shown_text(label: QLabel) -> str:
    """What a label says to a reader (without the invisible break hints)."""
    return label.text().replace(ZERO_WIDTH_SPACE, "")


def make_label(role: Role, name: str, *, muted: bool = False, italic: bool = False,
               wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setProperty(ROLE_PROPERTY, role.value)
    label.setProperty("italic", italic)
    if muted:
        label.setProperty("role", "muted")
    return label


def set_plain(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(breakable(text))
    label.setAccessibleName(text)


def role_font(base: QFont, role: Role, body_pixels: int, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(SMALLEST_PIXELS.get(role, 6), round(body_pixels * SCALE[role])))
    font.setBold(role in BOLD)
    font.setItalic(italic)
    return font


def apply_text_size(root: QWidget, body_pixels: int, overrides: dict[str, Role] | None = None) -> None:
    """Size every labelled piece under ``root`` for a body text of ``body_pixels``.

    ``overrides`` gives some labels (by object name) another role for the step on screen, such as
    the smaller prompt above an explanation.
    """
    base = root.font()
    for label in root.findChildren(QLabel):
        role_name = label.property(ROLE_PROPERTY)
        if not isinstance(role_name, str):
            continue
        role = (overrides or {}).get(label.objectName(), Role(role_name))
        font = role_font(base, role, body_pixels, bool(label.property("italic")))
        if label.font() != font:
            label.setFont(font)
        # room on the right for glyphs that reach past their advance (an 'r', any italic)
        overhang = round(font.pixelSize() * 0.1) + 1
        if label.contentsMargins().right() != overhang:
            label.setContentsMargins(0, 0, overhang, 0)
        if role is Role.KEY:
            label.setFixedSize(round(body_pixels * 1.7), round(body_pixels * 1.35))
    for column in root.findChildren(QWidget):
        column_layout = column.layout()
        if column.property(ROWS_PROPERTY) is True and column_layout is not None:
            is_pair = isinstance(column_layout, QHBoxLayout)  # the gap between two columns
            column_layout.setSpacing(round(body_pixels * (0.8 if is_pair else 0.25)))
    for box in root.findChildren(QFrame, "projectorRow"):
        _space(box.layout(), body_pixels, margin=0.16, spacing=0.45)
    for box in root.findChildren(QFrame, "projectorExcerpt"):
        _space(box.layout(), body_pixels, margin=0.3, spacing=0.15, left=0.7)
    for mark in root.findChildren(QLabel, "projectorMark"):
        mark.setFixedWidth(round(body_pixels * 1.3))


def _space(layout: QLayout | None, pixels: int, *, margin: float, spacing: float,
           left: float | None = None) -> None:
    if layout is None:
        return
    m = round(pixels * margin)
    layout.setContentsMargins(round(pixels * left) if left is not None else m, m, m, m)
    layout.setSpacing(round(pixels * spacing))


def row_text(row: SlideRow) -> str:
    """A row as the class reads it: a true/false question's unlettered "True" and "False" in
    the interface language, everything else as the pack wrote it."""
    return core_text(row.text) if not row.key and row.text in ("True", "False") else row.text


class RowView(QFrame):
    """A line the class can call out: letter badge, text, and the ✔ a reveal adds."""

    def __init__(self, row: SlideRow, marked: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.marked = marked
        self.shown_text = row_text(row)
        self.setObjectName("projectorRow")
        self.setProperty("right", False)
        self.key = make_label(Role.KEY, "projectorKey", wrap=False)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setText(row.key)
        self.text = make_label(Role.BODY, "projectorRowText")
        set_plain(self.text, self.shown_text + (f"  ({row.tag})" if row.tag else ""))
        self.mark = make_label(Role.BODY, "projectorMark", wrap=False)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        if row.key:
            layout.addWidget(self.key, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.key.hide()
        layout.addWidget(self.text, 1)
        if marked:
            layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.mark.hide()
        self.setAccessibleName(f"{row.key} {self.shown_text}".strip())

    def set_revealed(self, revealed: bool) -> None:
        """Mark a right row with a symbol, a border and a tint (never colour alone)."""
        right = revealed and self.row.right
        self.mark.setText("✔" if right else "")
        self.setProperty("right", right)
        self.setAccessibleName(f"{self.row.key} {self.shown_text}".strip()
                               + (" — " + translate("StageParts", "right answer") if right else ""))
        for widget in (self, self.key, self.text, self.mark):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def rows_widget(rows: tuple[SlideRow, ...], name: str, *, marked: bool = True,
                ) -> tuple[QWidget, list[RowView]]:
    """A column of rows; ``marked`` rows get a ✔ when revealed (choices, not answer lists)."""
    box = QWidget()
    box.setObjectName(name)
    box.setProperty(ROWS_PROPERTY, True)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    views = [RowView(row, marked) for row in rows]
    for view in views:
        layout.addWidget(view)
    layout.addStretch(1)  # beside a longer column, rows stay together at the top
    return box, views


def columns_widget(left: QWidget, right: QWidget, name: str,
                   weights: tuple[int, int] = (1, 1)) -> QWidget:
    """Two columns side by side, widths in proportion to ``weights`` (``set_column_share``
    changes them as the stage tries text sizes)."""
    box = QWidget()
    box.setObjectName(name)
    box.setProperty(ROWS_PROPERTY, True)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(left, weights[0])
    layout.addWidget(right, weights[1])
    return box


SHARES = tuple(step / 20 for step in range(6, 15))
"""The left column's shares of the width tried when balancing two columns (0.30 to 0.70)."""


def balanced_share(left: Sequence[str], right: Sequence[str], font: QFont, width: float,
                   pixels: int) -> float:
    """The left column's share of ``width`` at which the taller column is shortest, so neither
    column's items are squeezed into many lines while the other has room to spare.

    Heights are estimated from the font (text wrapped beside a letter badge, with the row's
    margins and the gaps ``apply_text_size`` sets), which is all the choice needs.
    """
    metrics = QFontMetricsF(font)
    beside_text = pixels * (1.7 + 0.45 + 2 * 0.16) + 4  # badge, spacing, margins, border
    usable = max(1.0, width - pixels * 0.8)

    def height(texts: Sequence[str], column: float) -> float:
        area = QRectF(0, 0, max(1.0, column - beside_text), 1e6)
        return sum(max(metrics.boundingRect(area, WRAP_FLAGS, text).height(), pixels * 1.35)
                   + pixels * 0.57 for text in texts)

    return min(SHARES, key=lambda share: (max(height(left, usable * share),
                                              height(right, usable * (1 - share))),
                                          abs(share - 0.5)))


def balance_columns(columns: QWidget | None, slide: Slide, font: QFont, width: float,
                    pixels: int) -> None:
    """Share a matching slide's two columns (``columns_widget``) so that neither is squeezed:
    the split is chosen anew for every text size the stage tries."""
    layout = columns.layout() if columns is not None else None
    if slide.kind is not SlideKind.MATCHING or not isinstance(layout, QHBoxLayout):
        return
    share = balanced_share([r.text for r in slide.rows], [r.text for r in slide.right_column],
                           font, width, pixels)
    layout.setStretch(0, round(share * 100))
    layout.setStretch(1, round((1 - share) * 100))


class ExcerptView(QFrame):
    """A cited quote, highlighted inside the words around it when those are short enough to show."""

    def __init__(self, excerpt: SlideExcerpt, highlight: tuple[str, str], *,
                 show_section: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.excerpt = excerpt
        self.setObjectName("projectorExcerpt")
        self.section = make_label(Role.SMALL, "projectorExcerptSection", muted=True)
        set_plain(self.section, translate("StageParts", "From the source — %1").replace(
            "%1", excerpt.section_title or translate("StageParts", "the text")))
        self.quote = make_label(Role.BODY, "projectorQuote")
        self.set_highlight(highlight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addWidget(self.quote)
        self.show_section(show_section)

    def show_section(self, shown: bool) -> None:
        """The section's name above the quote (left out under a quote of the same section)."""
        self.section.setVisible(shown)

    def set_highlight(self, colours: tuple[str, str]) -> None:
        excerpt = self.excerpt
        before, quote, after = excerpt.before, excerpt.quote, excerpt.after
        if not excerpt.in_context and not (quote[:1] in "“\"" and quote[-1:] in "”\""):
            before, after = "“", "”"  # the quote alone, marked as the source's words
        background, text = colours
        self.quote.setTextFormat(Qt.TextFormat.RichText)
        self.quote.setText(
            escape(breakable(before))
            + f"<span style='background-color:{background}; color:{text};'>"
            + escape(breakable(quote)) + "</span>" + escape(breakable(after)))
        self.quote.setAccessibleName(before + quote + after)


def excerpts_widget(excerpts: tuple[SlideExcerpt, ...], highlight: tuple[str, str],
                    ) -> tuple[QWidget, list[ExcerptView]]:
    """The cited quotes one under another; a section title only where the section changes."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    views = [ExcerptView(excerpt, highlight, show_section=number == 0
                         or excerpt.section_title != excerpts[number - 1].section_title)
             for number, excerpt in enumerate(excerpts)]
    for view in views:
        layout.addWidget(view)
    return box, views


def retire(widget: QWidget) -> None:
    """Take a widget off the stage for good.

    Hidden explicitly first: a widget added to a visible layout has a show queued by Qt, which
    would otherwise bring it back as a window of its own if the slide changes again before the
    event loop runs (keys pressed quickly).
    """
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class Holder(QWidget):
    """A slot in the stage whose one child is replaced for every question."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.child: QWidget | None = None

    def set(self, widget: QWidget) -> None:
        if self.child is not None:
            retire(self.child)
        self.child = widget
        self.box.addWidget(widget)
        widget.show()  # Qt would show it on the next event-loop turn; the fit measures now


def visible_labels(stage: QWidget) -> list[QLabel]:
    """The labels of a stage's slide a viewer can see now (for tests and accessibility checks)."""
    content = stage.findChild(QWidget, "projectorContent")
    if content is None:
        return []
    return [label for label in content.findChildren(QLabel)
            if label.isVisibleTo(stage) and label.text()]
