"""Where a quiz shown to a class stands: which question, and how much of it the room has seen.

One key (Space) walks every question through the same steps — the question, then its answer, then
why and the proof — so a teacher never reveals too much by accident; other keys jump between
questions. Qt-free, so the steps are tested without a display and reused by live sessions.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    TITLE = "title"  # before the first question: the pack, the keys
    QUESTION = "question"  # the question alone; the class answers
    ANSWER = "answer"  # the key revealed
    EXPLANATION = "explanation"  # why, and the cited passage
    END = "end"  # after the last question


class Presentation:
    """The position in a deck of ``count`` questions and the step reached on the current one."""

    def __init__(self, count: int, start: int | None = None) -> None:
        if count < 1:
            raise ValueError("a presentation needs at least one question")
        self.count = count
        self.index = 0
        self.step = Step.TITLE
        if start is not None:
            self.go_to(start)

    @property
    def on_question(self) -> bool:
        return self.step in (Step.QUESTION, Step.ANSWER, Step.EXPLANATION)

    def advance(self) -> Step:
        """Space: title → question → answer → explanation → next question … → end."""
        if self.step is Step.TITLE:
            self.step = Step.QUESTION
        elif self.step is Step.QUESTION:
            self.step = Step.ANSWER
        elif self.step is Step.ANSWER:
            self.step = Step.EXPLANATION
        elif self.step is Step.EXPLANATION:
            if self.index + 1 < self.count:
                self.go_to(self.index + 1)
            else:
                self.step = Step.END
        return self.step

    def go_to(self, index: int) -> Step:
        """Show question ``index`` (clamped to the deck) from its first step."""
        self.index = max(0, min(self.count - 1, index))
        self.step = Step.QUESTION
        return self.step

    def next_question(self) -> Step:
        if self.step is Step.TITLE:
            return self.go_to(0)
        if self.step is Step.END:
            return self.step
        if self.index + 1 >= self.count:
            self.step = Step.END
            return self.step
        return self.go_to(self.index + 1)

    def previous_question(self) -> Step:
        if self.step is Step.TITLE:
            return self.step
        if self.step is Step.END:
            return self.go_to(self.count - 1)
        if self.index == 0:
            self.step = Step.TITLE
            return self.step
        return self.go_to(self.index - 1)
