"""The bundled bank's promises: size, coverage of every passage, type mix, quality rules."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.core.models import CHOICE_TYPES, Pack, QuestionType
from quizapp.core.source import fold_whitespace
from quizapp.packs import load_pack
from tests.conftest import BUNDLED_PACK


@pytest.fixture(scope="module")
def bank() -> Pack:
    return load_pack(BUNDLED_PACK)


def test_at_least_120_questions(bank: Pack) -> None:
    assert len(bank.questions) >= 120


def test_every_article_passage_is_cited(bank: Pack) -> None:
    assert bank.document is not None
    cited = {c.passage_id for q in bank.questions for c in q.citations}
    article = [p.id for p in bank.document.passages if p.section_id != "license"]
    assert len(article) == 34
    assert [p for p in article if p not in cited] == []


def test_every_section_is_covered_in_proportion(bank: Pack) -> None:
    assert bank.document is not None
    words = Counter[str]()
    for passage in bank.document.passages:
        if passage.section_id and passage.section_id != "license":
            words[passage.section_id] += len(passage.text.split())
    questions = Counter(q.section_id for q in bank.questions)
    total_words, total_questions = sum(words.values()), len(bank.questions)
    for section, count in words.items():
        share = count / total_words
        assert questions[section] >= max(3, 0.5 * share * total_questions), section


def test_at_least_five_of_each_type(bank: Pack) -> None:
    counts = Counter(q.type for q in bank.questions)
    assert {t: counts[t] for t in QuestionType if counts[t] < 5} == {}


def test_difficulty_is_spread_over_all_three_levels(bank: Pack) -> None:
    counts = Counter(q.difficulty for q in bank.questions)
    assert all(counts[level] >= 0.15 * len(bank.questions) for level in (1, 2, 3)), counts


def test_no_two_questions_share_a_prompt(bank: Pack) -> None:
    prompts = Counter(fold_whitespace(q.prompt).casefold() for q in bank.questions)
    assert [p for p, n in prompts.items() if n > 1] == []


def test_half_of_choice_questions_explain_their_wrong_choices(bank: Pack) -> None:
    choice_questions = [q for q in bank.questions if q.type in CHOICE_TYPES]
    with_feedback = [q for q in choice_questions
                     if any(c.feedback for c in q.choices if not c.correct)]
    assert len(with_feedback) >= len(choice_questions) / 2


def test_every_question_has_section_tags_and_explanation(bank: Pack) -> None:
    for question in bank.questions:
        assert question.section_id and question.tags and question.explanation.strip(), question.id
        assert question.citations, question.id


def test_no_all_or_none_of_the_above(bank: Pack) -> None:
    for question in bank.questions:
        for choice in question.choices:
            assert "of the above" not in choice.text.casefold(), question.id


def test_true_false_answers_are_balanced(bank: Pack) -> None:
    answers = Counter(q.truth for q in bank.questions if q.type is QuestionType.TRUE_FALSE)
    assert min(answers[True], answers[False]) >= 0.3 * sum(answers.values())


def test_single_choice_keys_are_spread_over_positions(bank: Pack) -> None:
    """A printed or exported pack must not reward always picking the same place (issue 7)."""
    singles = [q for q in bank.questions if q.type is QuestionType.SINGLE]
    positions = Counter(next(i for i, c in enumerate(q.choices) if c.correct) for q in singles)
    assert max(positions.values()) <= 0.35 * len(singles), positions
    assert positions[0] <= len(singles) / 3, positions


def test_single_choice_key_is_not_usually_the_longest_option(bank: Pack) -> None:
    singles = [q for q in bank.questions if q.type is QuestionType.SINGLE]
    longest = [q.id for q in singles
               if all(len(c.text) < len(key.text) for key in q.choices if key.correct
                      for c in q.choices if not c.correct)]
    assert len(longest) <= len(singles) / 3, longest


def test_multiple_choice_keys_do_not_fill_the_first_places(bank: Pack) -> None:
    for question in bank.questions:
        if question.type is QuestionType.MULTIPLE:
            marks = [c.correct for c in question.choices]
            first_wrong = marks.index(False)
            assert any(marks[first_wrong:]), question.id
