import pytest

from quizapp.core.models import Choice, MatchPair, Question, QuestionType
from quizapp.core.scoring import correct_answer_text, grade, normalize_text, parse_number


def make(kind: QuestionType, **fields: object) -> Question:
    return Question(id="q", type=kind, prompt="?", explanation="!", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "expected"), [
    ("100,000", 100000.0), ("100000", 100000.0), ("100 000", 100000.0), (" 8 ", 8.0),
    ("-3.5", -3.5), ("1,5", None), ("eight", None), ("", None), ("1,00,000", None),
])
def test_numbers_are_read_with_or_without_thousands_separators(typed: str,
                                                               expected: float | None) -> None:
    assert parse_number(typed) == expected


def test_short_answers_ignore_case_space_punctuation_and_accents() -> None:
    assert normalize_text("  Partnership-for  Peace. ") == "partnership for peace"
    assert normalize_text("Kyïv") == normalize_text("kyiv")
    question = make(QuestionType.SHORT_ANSWER, accept=("Partnership for Peace", "PfP"),
                    close=("Partnership of Peace",))
    assert grade(question, "partnership for peace!").correct
    assert grade(question, " P.f.P ").correct  # a dotted abbreviation
    assert grade(question, "pfp").correct
    almost = grade(question, "Partnership of peace")
    assert not almost.correct and almost.almost
    assert not grade(question, "").correct


def test_numeric_tolerance() -> None:
    question = make(QuestionType.NUMERIC, number=1994.0, tolerance=1.0)
    assert grade(question, "1995").correct
    assert not grade(question, "1996").correct
    assert not grade(question, "soon").correct
    assert correct_answer_text(make(QuestionType.NUMERIC, number=100000.0)) == "100,000"


def test_multiple_is_all_or_nothing_and_marks_each_choice() -> None:
    question = make(QuestionType.MULTIPLE, choices=(Choice("a", True), Choice("b", True),
                                                    Choice("c")))
    half = grade(question, frozenset({0}))
    assert not half.correct and half.marks == (True, False, True)
    assert grade(question, frozenset({0, 1})).correct
    assert not grade(question, frozenset({0, 1, 2})).correct


def test_ordering_gives_partial_credit_but_scores_only_the_full_order() -> None:
    question = make(QuestionType.ORDERING, items=("a", "b", "c", "d"))
    partly = grade(question, (0, 2, 1, 3))
    assert not partly.correct and (partly.parts_right, partly.parts_total) == (2, 4)
    assert grade(question, (0, 1, 2, 3)).correct


def test_matching_marks_each_pair() -> None:
    question = make(QuestionType.MATCHING, pairs=(MatchPair("x", "1"), MatchPair("y", "2")))
    wrong = grade(question, (1, 0))
    assert not wrong.correct and wrong.marks == (False, False)
    assert grade(question, (0, 1)).correct


def test_single_and_true_false() -> None:
    single = make(QuestionType.SINGLE, choices=(Choice("a"), Choice("b", True)))
    assert grade(single, 1).correct and not grade(single, 0).correct
    assert not grade(single, 7).correct
    truth = make(QuestionType.TRUE_FALSE, truth=False)
    assert grade(truth, False).correct and not grade(truth, True).correct
