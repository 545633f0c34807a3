"""A quiz being played by a learner: the engine's session plus the record of it in history.

The GUI (and tests, with no display) go through ``StudyRun`` so that an answer is never shown
without having been saved first: ``submit`` grades, then commits, then returns the result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from quizapp.core.engine import AnswerResult, QuestionView, QuizSession
from quizapp.core.models import Pack, Question
from quizapp.core.scoring import Answer, answer_to_json
from quizapp.storage.history import HistoryStore, Profile

Clock = Callable[[], float]


class StudyRun:
    def __init__(
        self,
        pack: Pack,
        profile: Profile,
        history: HistoryStore,
        *,
        questions: Sequence[Question] | None = None,
        session: QuizSession | None = None,
        mode: str = "practice",
        clock: Clock = time.monotonic,
    ) -> None:
        self.pack = pack
        self.profile = profile
        self.history = history
        self.mode = mode
        self.session = session or QuizSession(pack, questions)
        self._clock = clock
        self.session_id = history.start_session(
            profile.id, pack.id, pack.title, pack.path or None, self.session.total, mode
        )
        self._shown_at = clock()

    def current(self) -> QuestionView | None:
        return self.session.current()

    def submit(self, answer: Answer) -> AnswerResult:
        seconds = max(0.0, self._clock() - self._shown_at)
        result = self.session.submit(answer, seconds=round(seconds, 2))
        self.history.record_attempt(
            self.session_id, result.question.id, answer_to_json(answer), result.given_answer,
            result.correct, result.seconds,
        )
        if self.session.position == self.session.total - 1:
            self.history.finish_session(self.session_id)
        return result

    def advance(self) -> QuestionView | None:
        view = self.session.advance()
        self._shown_at = self._clock()
        return view

    def retry_missed(self) -> StudyRun:
        return StudyRun(self.pack, self.profile, self.history,
                        session=self.session.retry_missed(), mode="retry", clock=self._clock)
