"""An exam being sat: the ``ExamSession`` plus its record on disk, so nothing is ever lost.

Every answer, change and flag is committed when given; the clock is saved every second and at
each move, so a crash resumes with the time left as it was. Handing in first marks the exam
handed in, then records each final answer as an attempt (statistics and review cards count the
final answer once; changes before it never count), then closes the session — and an exam whose
hand-in was cut short is completed when it is next opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from quizapp.answer_reading import answer_language
from quizapp.classroom.exam import Clock, ExamOutcome, ExamSession, exam_questions
from quizapp.core.engine import QuestionView, new_seed
from quizapp.core.exam_checks import preset_to_dict, read_exam_preset
from quizapp.core.models import ExamPreset, Pack
from quizapp.core.scoring import Answer, answer_from_json, answer_to_json, describe_answer
from quizapp.storage.exam_records import (
    CLOSED_BY_LEARNER,
    CLOSED_BY_TIME,
    ExamRecord,
    ExamRecords,
)
from quizapp.storage.history import HistoryStore, Profile, UnfinishedSession

CHECKPOINT_SECONDS = 1.0
"""How often the clock is saved while the exam is open: the most a crash can give back."""

WallClock = Callable[[], datetime]


class ExamResumeError(RuntimeError):
    """The interrupted exam cannot be put back on screen; the message says why in plain words."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ExamRun:
    def __init__(self, pack: Pack, profile: Profile, history: HistoryStore,
                 session: ExamSession, session_id: int, *, clock: Clock = time.monotonic,
                 now: WallClock = _utc_now, interruptions: int = 0,
                 answered_at: dict[str, datetime] | None = None) -> None:
        self.pack = pack
        self.profile = profile
        self.history = history
        self.session = session
        self.session_id = session_id
        self.records = ExamRecords(history)
        self.interruptions = interruptions
        self.outcome: ExamOutcome | None = None
        self._clock = clock
        self._now = now
        self._answered_at = dict(answered_at or {})
        self._saved_seconds: dict[int, float] = {}
        self._last_saved: float | None = None

    # -- beginning and resuming --------------------------------------------------------------------
    @classmethod
    def start(cls, pack: Pack, profile: Profile, history: HistoryStore, preset: ExamPreset, *,
              clock: Clock = time.monotonic, now: WallClock = _utc_now,
              seed: int | None = None) -> ExamRun:
        """Draw the learner's questions and record the exam before its first question shows."""
        seed = new_seed() if seed is None else seed
        questions = exam_questions(pack, preset, seed)
        if not questions:
            raise ValueError("no question of the pack matches this exam's choice of sections, "
                             "types and difficulty")
        session = ExamSession(pack, preset, questions, seed, clock=clock,
                              language=answer_language(pack.language))
        session_id = ExamRecords(history).start(
            profile.id, pack.id, pack.title, pack.path or None, [q.id for q in questions], seed,
            preset_to_dict(preset), session.clock.limit)
        return cls(pack, profile, history, session, session_id, clock=clock, now=now)

    @classmethod
    def resume(cls, pack: Pack, profile: Profile, history: HistoryStore,
               unfinished: UnfinishedSession, *, clock: Clock = time.monotonic,
               now: WallClock = _utc_now) -> ExamRun:
        """The exam as it was when the app stopped: same questions and order, answers, flags,
        and the time left. One that was being handed in is handed in (see ``outcome``); call
        ``note_resumed`` when the learner does carry on."""
        records = ExamRecords(history)
        record = records.record(unfinished.session_id)
        if record is None:
            raise ExamResumeError("this exam's record is missing, so it cannot be resumed")
        by_id = {q.id: q for q in pack.questions}
        questions = [by_id[i] for i in unfinished.question_ids if i in by_id]
        if not questions:
            raise ExamResumeError(f"none of this exam's questions are in “{pack.title}” any more")
        seed = unfinished.seed if unfinished.seed is not None else 0
        session = ExamSession(pack, _recorded_preset(record), questions, seed, clock=clock,
                              seconds_used=record.seconds_used,
                              language=answer_language(pack.language))
        answered_at = {}
        for index, question in enumerate(questions):
            saved = record.answers.get(question.id)
            if saved is None:
                continue
            answer = answer_from_json(question, saved.answer) if saved.answer is not None else None
            session.restore(index, answer, saved.flagged, saved.seconds)
            if answer is not None and saved.answered_at is not None:
                answered_at[question.id] = saved.answered_at
        session.position = min(max(0, record.position), len(questions) - 1)
        run = cls(pack, profile, history, session, unfinished.session_id, clock=clock, now=now,
                  interruptions=record.interruptions, answered_at=answered_at)
        if record.handed_in_at is not None:
            run._record_hand_in(timed_out=record.closed_by == CLOSED_BY_TIME)
        return run

    def note_resumed(self) -> None:
        """The learner carries on after an interruption: counted, for the teacher to see."""
        self.records.note_resumed(self.session_id)
        self.interruptions += 1

    # -- during the exam ---------------------------------------------------------------------------
    def current(self) -> QuestionView:
        return self.session.current()

    def open(self) -> None:
        """The exam is on screen: the clock runs."""
        self.session.open()

    def leave(self) -> None:
        """The exam left the screen: the clock stops and is saved."""
        self.session.pause()
        self.save_progress()

    def set_answer(self, answer: Answer | None) -> bool:
        """Answer, change or (None) clear the question on screen; on disk when this returns."""
        changed = self.session.set_answer(answer)
        if changed:
            question = self.session.current().question
            when = self._now()
            stored = None if answer is None else answer_to_json(answer)
            text = "" if answer is None else describe_answer(question, answer)
            self.records.save_answer(self.session_id, question.id, stored, text, when)
            if answer is None:
                self._answered_at.pop(question.id, None)
            else:
                self._answered_at[question.id] = when
        return changed

    def set_flag(self, flagged: bool) -> None:
        self.session.set_flag(flagged)
        self.records.save_flag(self.session_id, self.session.current().question.id, flagged)

    def go_to(self, index: int) -> QuestionView:
        view = self.session.go_to(index)
        self.save_progress()
        return view

    def next(self) -> QuestionView | None:
        view = self.session.next()
        self.save_progress()
        return view

    def previous(self) -> QuestionView | None:
        view = self.session.previous()
        self.save_progress()
        return view

    def tick(self) -> list[int]:
        """The screen's timer: save the clock once a second; return the warnings due now."""
        if self._last_saved is None or self._clock() - self._last_saved >= CHECKPOINT_SECONDS:
            self.save_progress()
        return self.session.new_warnings()

    def save_progress(self) -> None:
        """The clock, the question on screen and the time spent on questions, as they are now."""
        session = self.session
        changed = {}
        for index in range(session.total):
            seconds = round(session.question_seconds(index), 2)
            if seconds and self._saved_seconds.get(index) != seconds:
                changed[index] = seconds
        self.records.save_progress(
            self.session_id, round(session.clock.used(), 2), session.position,
            {session.views[i].question.id: s for i, s in changed.items()})
        self._saved_seconds.update(changed)
        self._last_saved = self._clock()

    # -- the end -----------------------------------------------------------------------------------
    def hand_in(self, *, timed_out: bool = False) -> ExamOutcome:
        """Grade and record the exam as it stands (the learner's choice, or the clock's)."""
        if self.outcome is not None:
            return self.outcome
        self.session.pause()
        self.save_progress()
        self.records.begin_hand_in(self.session_id,
                                   CLOSED_BY_TIME if timed_out else CLOSED_BY_LEARNER)
        return self._record_hand_in(timed_out=timed_out)

    def _record_hand_in(self, *, timed_out: bool) -> ExamOutcome:
        """Each final answer becomes one attempt (skipping those a cut-short hand-in recorded);
        unanswered questions are not attempts: they say nothing of what the learner knows."""
        self.session.hand_in()
        outcome = self.session.grade(timed_out=timed_out, interruptions=self.interruptions)
        done = self.records.recorded_question_ids(self.session_id)
        for item in outcome.questions:
            question_id = item.view.question.id
            if not item.answered or question_id in done:
                continue
            self.history.record_attempt(
                self.session_id, question_id, answer_to_json(item.result.answer),
                item.result.given_answer, item.result.correct, item.seconds,
                answered_at=self._answered_at.get(question_id) or self._now())
        self.history.finish_session(self.session_id)
        self.outcome = outcome
        return outcome


def _recorded_preset(record: ExamRecord) -> ExamPreset:
    """The rules the exam began with; its time limit is the one recorded with it."""
    preset, _problems = read_exam_preset(record.preset, None, None)
    if preset is None:  # written by quizapp, so only a damaged file gets here: keep it open
        preset = ExamPreset("exam", "Exam")
    minutes = None if record.time_limit_seconds is None else record.time_limit_seconds / 60.0
    return replace(preset, time_limit_minutes=minutes)
