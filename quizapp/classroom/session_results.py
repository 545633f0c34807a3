"""A session from the learner's history as a results file for the teacher.

History keeps what was asked and answered but not which version of the pack asked it, so the
conversion takes the pack as it is now and checks that it still grades every stored answer the
way it was graded. If it does not, the pack changed since the session and the file would claim a
content hash its answers do not belong to; the learner is told instead of a wrong file written.
"""

from __future__ import annotations

from quizapp.answer_reading import answer_language
from quizapp.classroom.results_file import (
    ResultAnswer,
    SessionResults,
    pack_content_hash,
    question_content_hash,
)
from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.models import Pack, Question
from quizapp.core.scoring import answer_from_json, grade
from quizapp.storage.session_records import RecordedAnswer, SessionRecord


class SessionConversionError(ValueError):
    """The session cannot be written as results for this pack; the message says why."""


def session_results(record: SessionRecord, pack: Pack) -> SessionResults:
    """Every question the session asked, in the order asked, answered or not.

    When a question was answered more than once in the session (an exam whose answers were
    changed before submitting), the last answer is the one handed in.
    """
    if record.pack_id != pack.id:
        raise SessionConversionError(
            f"session {record.session_id} is on pack {record.pack_id!r}, not {pack.id!r}")
    last: dict[str, RecordedAnswer] = {}
    for answer in record.answers:
        last[answer.question_id] = answer
    order = list(dict.fromkeys([*record.question_ids, *last]))
    language = answer_language(pack.language)
    answers = []
    for question_id in order:
        question = pack.question(question_id)
        if question is None:
            raise SessionConversionError(
                f"question {question_id!r} of session {record.session_id} is no longer in "
                f"{pack.title!r}: the pack changed since, so these results cannot be matched "
                "to it")
        given = last.get(question_id)
        answers.append(_result_answer(question, given, record.session_id, language))
    return SessionResults(
        pack_id=pack.id,
        pack_version=pack.version,
        pack_title=pack.title,
        pack_hash=pack_content_hash(pack),
        learner=record.learner,
        session_id=str(record.session_id),
        mode=record.mode,
        started_at=record.started_at,
        finished_at=record.finished_at,
        answers=tuple(answers),
        sections=tuple((s.id, s.title) for s in pack.sections),
    )


def _result_answer(question: Question, given: RecordedAnswer | None, session_id: int,
                   language: AnswerLanguage) -> ResultAnswer:
    if given is None:
        return ResultAnswer(question.id, question.type.value, None, "", False,
                            section_id=question.section_id,
                            content_hash=question_content_hash(question))
    answer = answer_from_json(question, given.answer)
    # graded as the session graded it: with the pack's language ("eight" for 8), and an answer
    # the learner overrode ("I was right") stays right
    regraded = answer is not None and (given.overridden
                                       or grade(question, answer, language).correct)
    if answer is None or regraded != given.correct:
        raise SessionConversionError(
            f"question {question.id!r} of session {session_id} is graded differently by the "
            "pack as it is now: the pack changed since the session, so these results cannot "
            "be matched to it")
    return ResultAnswer(question.id, question.type.value, given.answer, given.answer_text,
                        given.correct, given.seconds, given.answered_at,
                        section_id=question.section_id,
                        content_hash=question_content_hash(question))
