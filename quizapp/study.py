"""A quiz being played by a learner: the engine's session plus the record of it in history.

The GUI (and tests, with no display) go through ``StudyRun`` so that an answer is never shown
without having been saved first: ``submit`` grades, then commits, then returns the result.
The functions below it decide, per study mode, which questions a run asks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from quizapp.answer_reading import answer_language
from quizapp.core import selection
from quizapp.core.engine import AnswerResult, QuestionView, QuizSession, QuizStateError
from quizapp.core.models import Pack, Question
from quizapp.core.pack_summary import PackSummary
from quizapp.core.scoring import Answer, answer_from_json, answer_to_json
from quizapp.core.selection import CustomOptions, StudyMode
from quizapp.storage.errors import StorageError
from quizapp.storage.history import HistoryStore, Profile, UnfinishedSession

Clock = Callable[[], float]


class AnswerNotSaved(StorageError):
    """The answer was graded but could not be saved; ``result`` is what to show the learner.

    The quiz goes on (the learner may keep practising or leave); ``StudyRun.unsaved`` counts
    such answers so that nothing claims they were kept.
    """

    def __init__(self, error: StorageError, result: AnswerResult) -> None:
        super().__init__(str(error))
        self.result = result


class StudyRun:
    def __init__(
        self,
        pack: Pack,
        profile: Profile,
        history: HistoryStore,
        *,
        questions: Sequence[Question] | None = None,
        session: QuizSession | None = None,
        mode: StudyMode = StudyMode.PRACTICE,
        clock: Clock = time.monotonic,
        session_id: int | None = None,
        shuffle_choices: bool = True,
        shuffle_questions: bool = False,
    ) -> None:
        """``shuffle_choices``: the learner's preference for packs that do not say (Settings).
        ``shuffle_questions`` asks the questions in an order drawn from the session's seed; the
        order is saved with the session (``question_ids``), so a resumed run keeps it."""
        self.pack = pack
        self.profile = profile
        self.history = history
        self.mode = mode
        self.session = session or QuizSession(pack, questions,
                                              language=answer_language(pack.language),
                                              shuffle_choices=shuffle_choices,
                                              shuffle_questions=shuffle_questions)
        self._clock = clock
        if session_id is None:
            session_id = history.start_session(
                profile.id, pack.id, pack.title, pack.path or None, self.session.total,
                mode.value, question_ids=[q.id for q in self.session.questions],
                seed=self.session.seed,
            )
        self.session_id = session_id
        self._shown_at = clock()
        self._last_attempt_id: int | None = None
        self.unsaved = 0
        """Answers of this run that could not be saved (a full disk, a read-only folder)."""

    @classmethod
    def resume(cls, pack: Pack, profile: Profile, history: HistoryStore,
               unfinished: UnfinishedSession, clock: Clock = time.monotonic, *,
               shuffle_choices: bool = True) -> StudyRun:
        """Rebuild an interrupted run: same questions, shown in the same order (if the
        learner's ``shuffle_choices`` preference is the same), answers so far re-graded."""
        by_id = {q.id: q for q in pack.questions}
        questions = [by_id[i] for i in unfinished.question_ids if i in by_id]
        session = QuizSession(pack, questions, seed=unfinished.seed,
                              language=answer_language(pack.language),
                              shuffle_choices=shuffle_choices)
        if unfinished.seed is None:
            history.set_session_seed(unfinished.session_id, session.seed)
        for number, (question_id, stored, seconds) in enumerate(unfinished.answers):
            view = session.current()
            if view is None or view.question.id != question_id:
                break
            answer = answer_from_json(view.question, stored)
            if answer is None:
                break
            result = session.submit(answer, seconds=seconds, allow_retry=False)
            if number in unfinished.overridden and result.can_override:
                session.override_last()
            session.advance()
        try:
            mode = StudyMode(unfinished.mode)
        except ValueError:
            mode = StudyMode.PRACTICE
        return cls(pack, profile, history, session=session, mode=mode, clock=clock,
                   session_id=unfinished.session_id)

    def current(self) -> QuestionView | None:
        return self.session.current()

    def submit(self, answer: Answer) -> AnswerResult:
        seconds = max(0.0, self._clock() - self._shown_at)
        result = self.session.submit(answer, seconds=round(seconds, 2))
        if result.try_again:
            return result  # not counted: the learner tries once more, timed from the first look
        self._last_attempt_id = None
        try:
            self._last_attempt_id = self.history.record_attempt(
                self.session_id, result.question.id, answer_to_json(answer), result.given_answer,
                result.correct, result.seconds,
            )
        except StorageError as error:
            self.unsaved += 1
            raise AnswerNotSaved(error, result) from error
        if self.session.position == self.session.total - 1:
            # every answer is saved, so the quiz is never offered for resuming even if this fails
            with suppress(StorageError):
                self.history.finish_session(self.session_id)
        return result

    @property
    def saved(self) -> int:
        """Answers of this run that are in the history."""
        return self.session.answered - self.unsaved

    def override_last(self) -> AnswerResult:
        """ "I was right" on the answer just given: saved (and reported to the teacher among the
        flagged questions) before the quiz shows it as right."""
        last = self.session.last_result()
        if last is None or not last.can_override or self._last_attempt_id is None:
            raise QuizStateError("only a typed answer just marked wrong can be counted as right")
        self.history.override_attempt(self._last_attempt_id)
        return self.session.override_last()

    def undo_override(self) -> AnswerResult:
        """Take back "I was right" before going on: the answer is wrong again in the history
        (and no longer among the teacher's flagged questions) and in the quiz."""
        last = self.session.last_result()
        if last is None or not last.overridden or self._last_attempt_id is None:
            raise QuizStateError("only an answer just counted as right can be taken back")
        self.history.undo_override(self._last_attempt_id)
        return self.session.undo_override()

    def advance(self) -> QuestionView | None:
        self._last_attempt_id = None
        view = self.session.advance()
        self._shown_at = self._clock()
        return view

    def retry_missed(self) -> StudyRun:
        return StudyRun(self.pack, self.profile, self.history,
                        session=self.session.retry_missed(), mode=StudyMode.RETRY,
                        clock=self._clock)

    def flag_current(self, comment: str) -> str | None:
        """Flag the question on screen (before or after answering it) for a teacher to review."""
        view = self.session.current()
        if view is None:
            return None
        self.history.flag_question(self.profile.id, self.pack.id, view.question.id, comment)
        return view.question.id


@dataclass(frozen=True)
class StudyPlan:
    """What each mode would ask of this learner now, for the home screen."""

    total: int
    missed: int
    due: int
    new: int
    next_due: datetime | None


def plan(pack: PackSummary, profile: Profile, history: HistoryStore,
         now: datetime | None = None) -> StudyPlan:
    """The home screen's counts for a pack, from its summary (the question ids suffice: a big
    pack is not held whole while it is only listed)."""
    ids = pack.question_ids
    known = frozenset(ids)
    missed = [i for i in history.missed_question_ids(profile.id, pack.id) if i in known]
    scheduled = history.scheduled_question_ids(profile.id, pack.id)
    due_ids = history.due_question_ids(profile.id, pack.id, now)
    return StudyPlan(
        total=len(ids),
        missed=len(missed),
        due=sum(1 for i in due_ids if i in known),
        new=min(selection.NEW_PER_DAY, sum(1 for i in ids if i not in scheduled)),
        next_due=history.next_due(profile.id, pack.id, now),
    )


def questions_for(mode: StudyMode, pack: Pack, profile: Profile, history: HistoryStore,
                  options: CustomOptions | None = None,
                  now: datetime | None = None) -> list[Question]:
    if mode is StudyMode.REVIEW_MISTAKES:
        return selection.review_mistakes(pack, history.missed_question_ids(profile.id, pack.id))
    if mode is StudyMode.DUE_TODAY:
        return selection.due_today(pack, history.due_question_ids(profile.id, pack.id, now),
                                   history.scheduled_question_ids(profile.id, pack.id))
    if mode is StudyMode.CUSTOM:
        return selection.custom(pack, options or CustomOptions())
    return list(pack.questions)
