"""The learner's quiz defaults from Settings: shuffled choices and question order, and when
feedback is shown.

Packs may say whether their choices are shuffled (``shuffle:``); for those that do not, the
learner's preference decides. Feedback after each answer is how quizapp teaches; feedback at the
end suits learners who want to test themselves first (the results list every missed question
with its explanation and source). Practice asks every question of a pack in a shuffled order by
default: in the article's order, "Read in context" shows the answers of the questions to come.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSettings

from quizapp.ui.translation import QT_TRANSLATE_NOOP


class FeedbackTiming(StrEnum):
    EACH_ANSWER = "each-answer"
    END = "end"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("QuizPreferences", {
            FeedbackTiming.EACH_ANSWER: QT_TRANSLATE_NOOP("QuizPreferences", "After each answer"),
            FeedbackTiming.END: QT_TRANSLATE_NOOP("QuizPreferences",
                                                  "At the end, on the results screen"),
        }[self])


SHUFFLE_KEY = "quiz/shuffle_choices"
FEEDBACK_KEY = "quiz/feedback"
QUESTION_ORDER_KEY = "quiz/shuffle_practice_questions"


def _yes(settings: QSettings, key: str) -> bool:
    return str(settings.value(key, "true")).lower() not in ("false", "0", "no")


@dataclass(frozen=True)
class QuizPreferences:
    shuffle_choices: bool = True
    feedback: FeedbackTiming = FeedbackTiming.EACH_ANSWER
    shuffle_practice_questions: bool = True
    """Practice asks the pack's questions in an order drawn from the session's seed."""

    @property
    def feedback_at_end(self) -> bool:
        return self.feedback is FeedbackTiming.END

    @classmethod
    def load(cls, settings: QSettings) -> QuizPreferences:
        shuffle = _yes(settings, SHUFFLE_KEY)
        try:
            feedback = FeedbackTiming(str(settings.value(FEEDBACK_KEY,
                                                         FeedbackTiming.EACH_ANSWER.value)))
        except ValueError:
            feedback = FeedbackTiming.EACH_ANSWER
        return cls(shuffle, feedback, _yes(settings, QUESTION_ORDER_KEY))

    def save(self, settings: QSettings) -> None:
        settings.setValue(SHUFFLE_KEY, "true" if self.shuffle_choices else "false")
        settings.setValue(FEEDBACK_KEY, self.feedback.value)
        settings.setValue(QUESTION_ORDER_KEY,
                          "true" if self.shuffle_practice_questions else "false")
