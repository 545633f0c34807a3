"""Putting a saved answer back into the widget a learner answers with.

An exam shows a question again when the learner goes back to it after a crash, so each answer
input must be able to show an answer in the engine's terms (see ``quizapp.core.scoring.Answer``).
"""

from __future__ import annotations

from quizapp.core.models import QuestionType
from quizapp.core.scoring import Answer
from quizapp.ui.answer_inputs import (
    AnswerInput,
    ChoiceAnswer,
    MatchingAnswer,
    OrderingAnswer,
    TextAnswer,
)


def show_answer(widget: AnswerInput, answer: Answer) -> None:
    """Set ``widget`` to ``answer`` without announcing a change: nothing new was answered."""
    blocked = widget.blockSignals(True)
    try:
        if isinstance(widget, ChoiceAnswer):
            _choose(widget, answer)
        elif isinstance(widget, TextAnswer) and isinstance(answer, str):
            widget.edit.setText(answer)
        elif isinstance(widget, OrderingAnswer) and isinstance(answer, tuple):
            for target, original in enumerate(answer):
                row = widget.current_order().index(original)
                if row != target:
                    widget.model.insertRow(target, widget.model.takeRow(row))
        elif isinstance(widget, MatchingAnswer) and isinstance(answer, tuple):
            for row, original_right in enumerate(answer):
                widget.choose(row, original_right)
    finally:
        widget.blockSignals(blocked)


def _choose(widget: ChoiceAnswer, answer: Answer) -> None:
    if widget.kind is QuestionType.TRUE_FALSE and isinstance(answer, bool):
        shown = [0 if answer else 1]
    elif isinstance(answer, frozenset):
        shown = [widget.order.index(i) for i in answer if i in widget.order]
    elif isinstance(answer, int) and answer in widget.order:
        shown = [widget.order.index(answer)]
    else:
        return
    for position in shown:
        widget.buttons[position].setChecked(True)
