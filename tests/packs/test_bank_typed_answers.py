"""Typed answers in the bundled bank are graded as a teacher would grade them.

For every short-answer and numeric question: the forms a student who knows the fact types are accepted,
answers giving another fact are rejected, and the listed near-misses are "almost". ``right`` lists forms
in the pack's accept list or close to them; ``forgiven`` lists forms only the grader's rules accept (a
leading "the" or "in", number words, a trailing unit noun, "&" for "and", singular for plural). Both are
graded as the app grades them, with the pack's language.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from quizapp.answer_reading import answer_language
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import Grade, grade
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK


@dataclass(frozen=True)
class Typed:
    right: tuple[str, ...]
    wrong: tuple[str, ...]
    forgiven: tuple[str, ...] = ()


TYPED: dict[str, Typed] = {
    # short answers
    "headline-cold-war": Typed(
        right=("Cold War", "the cold war", "The Cold-War.", "the end of the Cold War", "Cold War era",
               "end of Cold War"),
        wrong=("World War II", "the Warsaw Pact", "cold peace"),
        forgiven=("the Cold War period", "Cold Wars"),
    ),
    "promise-two-plus-four": Typed(
        right=("Two Plus Four", "two-plus-four", "2+4", "2 plus 4", "the Two Plus Four talks",
               "Two Plus Four group", "2+4 talks"),
        wrong=("Big Four", "Group of Seven", "Warsaw Pact"),
        forgiven=("the 2+4", "the Two Plus Four powers"),
    ),
    "diplomacy-pfp-name": Typed(
        right=("Partnership for Peace", "PfP", "the partnership for peace", "Partnership-for-Peace",
               "Partnership for Peace (PfP)", "Partnership for Peace program", "NATO PfP"),
        wrong=("NATO-Russia Council", "Warsaw Pact", "Group of Seven"),
        forgiven=("P.f.P.", "the PfP", "the Partnership for Peace initiative"),
    ),
    "diplomacy-prague": Typed(
        right=("Prague", "prague.", "Praha", "Prague, Czech Republic"),
        wrong=("Warsaw", "Munich", "Budapest", "not Prague"),
        forgiven=("in Prague", "in Prague, Czech Republic"),
    ),
    "diplomacy-group-of-seven": Typed(
        right=("Group of Seven", "G7", "g-7", "G.7", "the G7", "Group of 7", "the Group of 7",
               "Group of Seven (G7)", "G7 (Group of Seven)"),
        wrong=("G20", "NATO", "Group of Twenty", "G8"),
    ),
    "diplomacy-humiliation": Typed(
        right=("humiliation", "Humiliation.", "a decade of humiliation", "national humiliation"),
        wrong=("resentment", "turmoil", "prosperity"),
        forgiven=("national humiliations",),
    ),
    "diplomacy-munich": Typed(
        right=("Munich", "München", "munchen", "Munich, Germany", "Munich Germany"),
        wrong=("Moscow", "Bucharest", "Berlin"),
        forgiven=("in Munich",),
    ),
    "demands-pretext": Typed(
        right=("pretext", "a pretext", "Pretext.", "an excuse", "justification"),
        wrong=("bargaining chip", "concession", "compromise"),
        forgiven=("the pretext", "pretexts"),
    ),
    "support-minsk-agreements": Typed(
        right=("Minsk agreements", "the Minsk Accords", "minsk agreement", "Minsk", "Minsk protocols",
               "Minsk II", "Minsk 2", "Minsk protocol"),
        wrong=("Budapest Memorandum", "Bucharest", "Normandy format"),
        forgiven=("the Minsk accord", "the Minsk protocol"),
    ),
    "support-donbas-region": Typed(
        right=("Donbas", "Donbass", "the Donbas", "Donbas region", "Donets Basin", "Donbass region"),
        wrong=("Crimea", "Kharkiv", "Kyiv"),
        forgiven=("the Donbas region", "in the Donbas", "Donbas, Ukraine"),
    ),
    "support-exercise-names": Typed(
        right=("Sea Breeze", "rapid trident", "Sea-Breeze", "Rapid Trident drills",
               "Sea Breeze and Rapid Trident", "Rapid Trident exercises"),
        wrong=("Trident Juncture", "Sea Shield", "Defender Europe"),
        forgiven=("Sea Breeze drill", "Rapid Trident & Sea Breeze"),
    ),
    "support-javelin": Typed(
        right=("Javelin", "javelins", "Javelin missiles", "Javelin anti tank missile", "FGM-148 Javelin",
               "FGM-148"),
        wrong=("Stinger", "NLAW", "Patriot"),
        forgiven=("the Javelin", "the Javelin missiles"),
    ),
    # numeric
    "summary-troops": Typed(
        right=("100000", "100,000", "100 000", "100000."),
        wrong=("10,000", "150,000", "1,000,000"),
        forgiven=("one hundred thousand", "100,000 troops"),
    ),
    "dispute-total-count": Typed(
        right=("14", " 14 ", "14."),
        wrong=("13", "16", "twelve"),
        forgiven=("fourteen", "14 countries"),
    ),
    "promise-treaty-year": Typed(
        right=("1990", "1990 ", "1990."),
        wrong=("1989", "1991", "1997"),
        forgiven=("in 1990",),
    ),
    "diplomacy-yeltsin-reelected": Typed(
        right=("1996", " 1996", "1996."),
        wrong=("1994", "2000", "1993"),
        forgiven=("in 1996",),
    ),
    "diplomacy-kosovo-year": Typed(
        right=("1999", "1999 ", "1999."),
        wrong=("1989", "2004", "1996"),
        forgiven=("in 1999",),
    ),
    "diplomacy-fastest-growth": Typed(
        right=("2004", " 2004", "2004."),
        wrong=("2009", "1999", "2008"),
        forgiven=("in 2004",),
    ),
    "diplomacy-crimea-year": Typed(
        right=("2014", "2014 ", "2014."),
        wrong=("2008", "2022", "2015"),
        forgiven=("in 2014",),
    ),
    "demands-us-treaty-article-count": Typed(
        right=("8", " 8", "8."),
        wrong=("9", "7", "nine"),
        forgiven=("eight", "8 articles", "eight articles"),
    ),
    "demands-nato-agreement-article-count": Typed(
        right=("9", "9 ", "9."),
        wrong=("8", "10", "eight"),
        forgiven=("nine", "9 articles"),
    ),
    "support-partner-count": Typed(
        right=("6", " 6", "6."),
        wrong=("5", "30", "seven"),
        forgiven=("six", "6 partners"),
    ),
    "support-partner-year": Typed(
        right=("2020", "2020 ", "2020."),
        wrong=("2017", "2009", "2014"),
        forgiven=("in 2020",),
    ),
}

TYPED_KINDS = (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)


@pytest.fixture(scope="module")
def bank() -> Pack:
    return load_pack(BUNDLED_PACK)


def typed_question(bank: Pack, question_id: str) -> Question:
    question = bank.question(question_id)
    assert question is not None and question.type in TYPED_KINDS, question_id
    return question


def cases(kind: str) -> list[object]:
    params: list[object] = []
    for question_id, typed in TYPED.items():
        if kind == "right":
            params += [pytest.param(question_id, a, id=f"{question_id}:{a}") for a in typed.right]
        elif kind == "forgiven":
            params += [pytest.param(question_id, a, id=f"{question_id}:{a}") for a in typed.forgiven]
        else:
            params += [pytest.param(question_id, a, id=f"{question_id}:{a}") for a in typed.wrong]
    return params


def test_every_typed_question_has_a_row_with_enough_variants(bank: Pack) -> None:
    typed_ids = {q.id for q in bank.questions if q.type in TYPED_KINDS}
    assert set(TYPED) == typed_ids
    for question_id, typed in TYPED.items():
        assert len(typed.right) + len(typed.forgiven) >= 3, question_id
        assert len(typed.right) >= 3, question_id
        assert len(typed.wrong) >= 2, question_id


def test_short_answers_list_more_than_one_accepted_form(bank: Pack) -> None:
    for question in bank.questions:
        if question.type is QuestionType.SHORT_ANSWER:
            assert len(question.accept) >= 2, question.id


def graded(bank: Pack, question_id: str, answer: str) -> Grade:
    return grade(typed_question(bank, question_id), answer, answer_language(bank.language))


@pytest.mark.parametrize(("question_id", "answer"), cases("right"))
def test_reasonable_answer_is_accepted(bank: Pack, question_id: str, answer: str) -> None:
    assert graded(bank, question_id, answer).correct


@pytest.mark.parametrize(("question_id", "answer"), cases("forgiven"))
def test_answer_the_forgiving_grader_accepts(bank: Pack, question_id: str, answer: str) -> None:
    assert graded(bank, question_id, answer).correct


@pytest.mark.parametrize(("question_id", "answer"), cases("wrong"))
def test_answer_giving_another_fact_is_rejected(bank: Pack, question_id: str, answer: str) -> None:
    assert not graded(bank, question_id, answer).correct


def test_listed_near_misses_are_almost_and_not_right(bank: Pack) -> None:
    for question in bank.questions:
        for near_miss in question.close:
            result = grade(question, near_miss, answer_language(bank.language))
            assert result.almost and not result.correct, (question.id, near_miss)
