"""What the learner sees after answering: the verdict, the right answer, why, and the proof.

The verdict is given in words and a symbol, never by colour alone. Every citation shows the quote
with its section title and a "Read in context" button that opens the source at that passage.

The panel and its citation views are built once and updated for each answer: fresh citation
views cost a style sheet polish and a layout each time the panel was shown (several ms, most of
a frame; see docs/performance.md). For the same reason its text is made selectable (to copy a
quote) only once the pointer is over the panel: a selectable label lays its text out as a whole
document, twice per answer, which cost a third of the time to show the feedback. The verdict is
the exception: it takes the focus after an answer, for screen readers, and stays selectable.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.engine import AnswerResult, CitedPassage
from quizapp.core.models import Question, QuestionType
from quizapp.ui.core_texts import core_text
from quizapp.ui.screen_reader import label_text
from quizapp.ui.text_rendering import set_markdown


def _label(object_name: str, *, plain: bool = True) -> QLabel:
    """A label of the panel; its text becomes selectable when the pointer comes to the panel
    (``FeedbackPanel.enterEvent``)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    return label


READ_IN_CONTEXT = QKeySequence("Ctrl+R")
NATIVE = QKeySequence.SequenceFormat.NativeText
"""Key names as Qt's own translation writes them ("Strg+R" in German)."""


def shown_answer(question: Question, text: str) -> str:
    """An answer as the feedback shows it: a true/false answer in the interface language, any
    other as the pack wrote it."""
    if question.type is QuestionType.TRUE_FALSE and text in ("True", "False"):
        return core_text(text)
    return text


class CitationView(QFrame):
    context_requested = Signal(object)  # CitedPassage

    def __init__(self, cited: CitedPassage, shortcut_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citation")
        self.section = _label("citationSection")
        self.quote = _label("citationQuote")
        self.button = QPushButton()
        self.button.setObjectName("readInContext")
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout()
        row.addWidget(self.section, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(row)
        layout.addWidget(self.quote)
        self.show_cited(cited, shortcut_hint)

    def show_cited(self, cited: CitedPassage, shortcut_hint: str) -> None:
        """Show ``cited``: the view is reused for the next answer's citation."""
        self.cited = cited
        self.section.setText(self.tr("From the source — %1").replace(
            "%1", cited.section_title or self.tr("the text")))
        quote = cited.quote.strip()
        already_quoted = quote[:1] in "“\"" and quote[-1:] in "”\""
        self.quote.setText(quote if already_quoted else f"“{quote}”")
        self.button.setText(self.tr("Read in context") + shortcut_hint)
        self.button.setAccessibleName(self.tr("Read in context"))
        self.button.setAccessibleDescription(
            self.tr("Opens the source at the passage quoted, in %1").replace(
                "%1", cited.section_title or self.tr("the text")) + shortcut_hint)
        self.button.setToolTip(self.tr("Open the source at this passage, quote highlighted")
                               + shortcut_hint)

    def _clicked(self) -> None:
        self.context_requested.emit(self.cited)


class FeedbackPanel(QFrame):
    context_requested = Signal(object)  # CitedPassage
    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.verdict = _label("verdict")
        # focus goes here after an answer: a screen reader reads the verdict and, as its
        # description, the rest of the feedback; Enter still goes on (the label ignores it)
        # (selectable by mouse only: selectable by keyboard it drew a text caret, "Correct|", on
        # read-only text; the theme's focus ring shows the focus)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.override_button = QPushButton(self.tr("I was right (Ctrl+I)"))
        self.override_button.setObjectName("overrideButton")
        self.override_button.setAccessibleName(self.tr("I was right"))
        self.override_button.setToolTip(self.tr(
            "Count this answer as right (Ctrl+I). Your teacher sees it among the flagged "
            "questions, to add your way of writing it to the accepted answers."))
        self.override_button.clicked.connect(self.override_requested)
        self.override_button.hide()
        self.correct_answer = _label("correctAnswer")
        self.your_answer = _label("yourAnswer")
        self.choice_feedback = _label("choiceFeedback", plain=False)
        self.general_feedback = _label("generalFeedback", plain=False)
        self.explanation_title = _label("explanationTitle")
        self.explanation_title.setText(self.tr("Why"))
        self.explanation = _label("explanation", plain=False)
        self.citations_box = QVBoxLayout()
        self.citations_box.setSpacing(8)
        self.citation_pool: list[CitationView] = []
        """Every citation view made so far; the first ``len(self.citation_views)`` are shown."""
        self.citation_views: list[CitationView] = []
        self.selectable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict, 1)
        verdict_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(verdict_row)
        for widget in (self.your_answer, self.correct_answer, self.choice_feedback,
                       self.general_feedback, self.explanation_title, self.explanation):
            layout.addWidget(widget)
        layout.addLayout(self.citations_box)
        self.hide()

    def enterEvent(self, event: QEnterEvent) -> None:
        """The pointer came to the panel: let it select text (before any press can select)."""
        self._set_selectable(True)
        super().enterEvent(event)

    def _set_selectable(self, selectable: bool) -> None:
        if selectable == self.selectable:
            return
        self.selectable = selectable
        flags = (Qt.TextInteractionFlag.TextSelectableByMouse if selectable
                 else Qt.TextInteractionFlag.NoTextInteraction)
        for label in self.findChildren(QLabel):
            if label is not self.verdict:  # selectable always: it takes the focus (see above)
                label.setTextInteractionFlags(flags)

    def _set_state(self, verdict: str, state: str) -> None:
        self.verdict.setText(verdict)
        if self.property("state") != state:  # restyling costs a style sheet polish
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def show_try_again(self) -> None:
        """An answer that is almost right: only the verdict, so the answer is not given away."""
        self._set_state(self.tr("≈  Almost — check your spelling and try once more"), "almost")
        self.override_button.hide()
        for widget in (self.your_answer, self.correct_answer, self.choice_feedback,
                       self.general_feedback, self.explanation_title, self.explanation):
            widget.hide()
        self._show_citations(())
        self.show()

    def _show_citations(self, citations: Sequence[CitedPassage]) -> None:
        """Reuse the views made for earlier answers, make any more needed, hide the rest."""
        for number, cited in enumerate(citations):
            hint = f" ({READ_IN_CONTEXT.toString(NATIVE)})" if number == 0 else ""
            if number < len(self.citation_pool):
                self.citation_pool[number].show_cited(cited, hint)
            else:
                view = CitationView(cited, hint, self)
                view.context_requested.connect(self.context_requested)
                self.citations_box.addWidget(view)
                self.citation_pool.append(view)
        if self.selectable:  # views made just now start as plain as the panel's labels did
            self.selectable = False
            self._set_selectable(True)
        self.citation_views = self.citation_pool[:len(citations)]
        for view in self.citation_views:
            view.setVisible(True)
        for view in self.citation_pool[len(citations):]:
            view.setVisible(False)

    def show_result(self, result: AnswerResult) -> None:
        if result.overridden:
            verdict, state = self.tr("✔  Counted as right — you said you were right"), "right"
        elif result.correct:
            verdict, state = "✔  " + self.tr("Correct"), "right"
        elif result.second_try:  # the try after "almost" is final: say that it counted
            verdict = (self.tr("✘  Counted as wrong — still misspelt on the second try")
                       if result.grade.almost else
                       self.tr("✘  Counted as wrong — the second try was not right either"))
            state = "wrong"
        elif result.grade.almost:  # counted at once (no second try): close is still wrong
            verdict, state = self.tr("✘  Counted as wrong — close; check your spelling"), "wrong"
        else:
            verdict, state = "✘  " + self.tr("Not quite"), "wrong"
        if result.grade.parts_total and not result.correct:
            if result.question.type is QuestionType.MULTIPLE:  # choices, not places
                total = result.grade.parts_total
                verdict += " — " + self.tr("%1 of %n choice(s) right", "", total).replace(
                    "%1", str(result.grade.parts_right))
            else:
                verdict += " — " + self.tr("%1 of %2 in the right place").replace(
                    "%1", str(result.grade.parts_right)).replace(
                    "%2", str(result.grade.parts_total))
        self._set_selectable(self.underMouse())  # plain labels lay out and paint faster
        self._set_state(verdict, state)
        self.override_button.setVisible(result.can_override)
        if result.can_override:
            self.override_button.setAccessibleDescription(self.override_button.toolTip())
        for widget in (self.your_answer, self.explanation_title, self.explanation):
            widget.show()
        given = shown_answer(result.question, result.given_answer or "—")
        correct = shown_answer(result.question, result.correct_answer)
        if result.question.type is QuestionType.MATCHING:  # one pair per line reads better
            given = "\n" + given.replace("; ", "\n")
            correct = "\n" + correct.replace("; ", "\n")
        self.your_answer.setText(self.tr("Your answer: %1").replace("%1", given))
        self.correct_answer.setText(self.tr("Correct answer: %1").replace("%1", correct))
        # a right answer needs no repeat; an overridden one keeps what the pack expected in view
        self.correct_answer.setVisible(not result.grade.correct)
        set_markdown(self.choice_feedback, "\n\n".join(result.choice_feedback))
        self.choice_feedback.setVisible(bool(result.choice_feedback))
        set_markdown(self.general_feedback, result.general_feedback or "")
        self.general_feedback.setVisible(bool(result.general_feedback))
        set_markdown(self.explanation, result.explanation)
        has_explanation = bool(result.explanation.strip())  # imported questions may have none yet
        self.explanation_title.setVisible(has_explanation)
        self.explanation.setVisible(has_explanation)
        self._show_citations(result.citations)
        chain = [self.verdict, self.override_button, *(v.button for v in self.citation_views)]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # the feedback's own buttons, then the footer
        self.show()
        # after show(): Qt's AT-SPI bridge drops changes to hidden widgets, and a screen reader
        # would keep the description it cached
        self.verdict.setAccessibleDescription(self.spoken_details())

    def spoken_details(self) -> str:
        """Everything shown below the verdict, as plain sentences (for speech)."""
        shown = (self.your_answer, self.correct_answer, self.choice_feedback,
                 self.general_feedback, self.explanation)
        parts = [label_text(label) for label in shown
                 if not label.isHidden() and label.text().strip()]
        for view in self.citation_views:
            parts.append(f"{view.section.text()}: {view.quote.text()}")
        return "\n".join(parts)

    def spoken(self) -> str:
        """The verdict and the feedback, as read aloud."""
        return "" if self.isHidden() else f"{self.verdict.text()}\n{self.spoken_details()}"

    def clear(self) -> None:
        self.hide()
