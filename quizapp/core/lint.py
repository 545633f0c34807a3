"""A lint for item-writing flaws: the cues that let a test-wise learner score without knowing.

The checks are the ones that can be found mechanically among the item-writing guidelines of
Haladyna, Downing & Rodriguez (2002, "A review of multiple-choice item-writing guidelines"): the
key's position or length giving it away, "all/none of the above", negative stems nobody notices,
absolute words that mark distractors as false, a stem word echoed only by the key, options that say
the same thing, one item answering another, and typed items that accept only one way of writing
the answer. Each finding says what to change.

``lint_pack`` works on a validated ``Pack`` plus the positions the validator used, so a pack
editor can call it on every change and show findings where they are.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quizapp.core.answer_language import AnswerLanguage
from quizapp.core.data_checks import DataPath, NoPositions, Positions
from quizapp.core.diagnostics import Diagnostic, Severity
from quizapp.core.models import CHOICE_TYPES, Pack, Question, QuestionType
from quizapp.core.scoring import correct_answer_text, grade
from quizapp.core.typed_answers import fold

__all__ = ["CHECKS", "Finding", "lint_pack"]

MIN_QUESTIONS_FOR_PATTERNS = 6
"""Below this many choice questions, position and length patterns are too noisy to report."""
BIAS_Z = 3.0
"""How far above chance (in standard deviations) a pattern must be to be reported."""

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_NEGATIVE = re.compile(r"\b(not|except|never|least|none|cannot|\w+n[’']t)\b", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*[^*]+\*\*|__[^_]+__|\*[^*]+\*|_[^_]+_")
_ABOVE = re.compile(r"\b(all|none|both|neither)\s+(of\s+)?(the\s+)?(above|these|those|them)\b|"
                    r"\ball\s+the\s+above\b", re.IGNORECASE)
ABSOLUTES = frozenset({"only", "always", "never", "none", "every", "completely", "entirely",
                       "totally", "absolutely", "impossible", "nobody", "nothing"})
_STOPWORD_TEXT = """
    about above after again against also among another because been before being below between
    both could does doing down during each from further have having here itself just more most
    other over same should some such than that their theirs them then there these they this
    those through under until very were what when where which while whom with would your into
    onto upon said says article text according name named give given following did done many
    much only like well
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Finding:
    """One flaw: where it is (a path into the pack data) and what to change."""

    check: str
    path: DataPath
    message: str


def _key_indexes(question: Question) -> list[int]:
    return [i for i, c in enumerate(question.choices) if c.correct]


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) >= 4 and w not in _STOPWORDS}


def _question_path(index: int, *rest: str | int) -> DataPath:
    return ("questions", index, *rest)


# -- patterns across the pack -------------------------------------------------------------------
def key_position_bias(pack: Pack) -> Iterator[Finding]:
    """The right answers sit in one place far more often than chance would put them there."""
    questions = [(i, q) for i, q in enumerate(pack.questions) if q.type in CHOICE_TYPES]
    if len(questions) < MIN_QUESTIONS_FOR_PATTERNS:
        return
    positions = max(len(q.choices) for _, q in questions)
    for position in range(positions):
        observed, expected, variance = 0, 0.0, 0.0
        for _, question in questions:
            if position >= len(question.choices):
                continue
            share = len(_key_indexes(question)) / len(question.choices)
            observed += question.choices[position].correct
            expected += share
            variance += share * (1 - share)
        if variance and (observed - expected) / math.sqrt(variance) > BIAS_Z:
            first = next(i for i, q in questions
                         if position < len(q.choices) and q.choices[position].correct)
            yield Finding(
                "key-position", _question_path(first, "choices"),
                f"a right answer is choice {position + 1} in {observed} of {len(questions)} "
                f"choice questions (about {expected:.0f} by chance); move right answers to "
                "varied places in the file: the quiz shuffles, but printed and exported copies "
                "keep this order")


def key_longest(pack: Pack) -> Iterator[Finding]:
    """The key is the longest option far more often than chance: learners learn to pick it."""
    singles = [(i, q) for i, q in enumerate(pack.questions)
               if q.type is QuestionType.SINGLE and len(q.choices) > 1]
    if len(singles) < MIN_QUESTIONS_FOR_PATTERNS:
        return
    longest = []
    expected, variance = 0.0, 0.0
    for index, question in singles:
        key = _key_indexes(question)[0]
        key_length = len(question.choices[key].text)
        if all(key_length > len(c.text) for i, c in enumerate(question.choices) if i != key):
            longest.append((index, question))
        share = 1 / len(question.choices)
        expected += share
        variance += share * (1 - share)
    share_observed = len(longest) / len(singles)
    if share_observed > 1 / 3 and (len(longest) - expected) / math.sqrt(variance) > BIAS_Z:
        examples = ", ".join(f"'{q.id}'" for _, q in longest[:5])
        yield Finding(
            "key-longest", _question_path(longest[0][0], "choices"),
            f"the right answer is the longest choice in {len(longest)} of {len(singles)} "
            f"single-choice questions (about {expected:.0f} by chance), e.g. {examples}; shorten "
            "those keys or lengthen their distractors so length gives nothing away")


def giveaway_between_questions(pack: Pack) -> Iterator[Finding]:
    """One question's stem (or, for typed questions, options) states another's keyed answer."""
    common = fold(f"{pack.title} {pack.description or ''}")
    answers: list[tuple[int, Question, str, bool]] = []
    for index, question in enumerate(pack.questions):
        typed = question.type in (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)
        if question.type is QuestionType.SHORT_ANSWER:
            forms = list(question.accept)
        elif question.type is QuestionType.NUMERIC:
            forms = [correct_answer_text(question).split(" (")[0]]
        elif question.type is QuestionType.SINGLE:
            forms = [question.choices[_key_indexes(question)[0]].text]
        else:
            continue
        for form in forms:
            folded = fold(form)
            if len(folded.replace(" ", "")) >= 4 and folded not in common:
                answers.append((index, question, folded, typed))
    for index, question in enumerate(pack.questions):
        texts: list[tuple[DataPath, str]] = [(_question_path(index, "prompt"), question.prompt)]
        texts += [(_question_path(index, "choices", i, "text"), c.text)
                  for i, c in enumerate(question.choices)]
        reported: set[str] = set()
        for other_index, other, answer, typed in answers:
            if other_index == index or other.id in reported:
                continue
            for path, text in texts if typed else texts[:1]:
                if re.search(rf"(?<![\w]){re.escape(answer)}(?![\w])", fold(text)):
                    where = "prompt" if path[-1] == "prompt" else "choice"
                    reported.add(other.id)
                    yield Finding(
                        "gives-away", path,
                        f"this {where} contains “{answer}”, the answer to question "
                        f"'{other.id}'; reword one of them so neither answers the other")
                    break


# -- one question at a time ---------------------------------------------------------------------
def all_or_none_of_the_above(index: int, question: Question) -> Iterator[Finding]:
    for number, choice in enumerate(question.choices):
        if _ABOVE.search(choice.text):
            yield Finding(
                "all-none-above", _question_path(index, "choices", number, "text"),
                f"“{choice.text}” lets learners answer from partial knowledge (spotting two "
                "true or one false option is enough); replace it with a real distractor, or make "
                "the question 'type: multiple'")


def unemphasized_negative(index: int, question: Question) -> Iterator[Finding]:
    if question.type is QuestionType.TRUE_FALSE:
        return  # a negated statement is the item itself, not a stem read past
    # words in quotation marks are a source's exact words: they cannot be capitalized
    plain = _QUOTED.sub(" ", _EMPHASIS.sub(" ", question.prompt))
    for match in _NEGATIVE.finditer(plain):
        word = match.group()
        if word.isupper() and len(word) > 1:
            continue
        yield Finding(
            "negative-stem", _question_path(index, "prompt"),
            f"the negative “{word}” is easy to read past; write it in capitals "
            f"({word.upper()}) or bold (**{word}**), or ask the question positively")
        return


def absolutes_in_distractors(index: int, question: Question) -> Iterator[Finding]:
    def absolutes(text: str) -> set[str]:
        if _ABOVE.search(text):
            return set()  # "none of the above" has its own check
        return set(fold(text).split()) & ABSOLUTES

    keys = _key_indexes(question)
    if any(absolutes(question.choices[k].text) for k in keys):
        return
    for number, choice in enumerate(question.choices):
        found = absolutes(choice.text)
        if number not in keys and found:
            word = sorted(found)[0]
            yield Finding(
                "absolute-distractor", _question_path(index, "choices", number, "text"),
                f"“{word}” appears only in wrong choices, and test-wise learners rule out "
                "absolute claims; reword this distractor without it, or use such words in the "
                "key too")
            return


def stem_word_in_key_only(index: int, question: Question) -> Iterator[Finding]:
    if question.type is not QuestionType.SINGLE:
        return
    key = _key_indexes(question)[0]
    stem = _words(question.prompt)
    echoed = stem & _words(question.choices[key].text)
    for number, choice in enumerate(question.choices):
        if number != key:
            echoed -= _words(choice.text)
    if echoed:
        word = sorted(echoed)[0]
        yield Finding(
            "stem-echo", _question_path(index, "choices", key, "text"),
            f"“{word}” from the question appears in the right answer and in no wrong one, so "
            "it points to the key; drop it from the key or use it in a distractor too")


def near_duplicate_choices(index: int, question: Question) -> Iterator[Finding]:
    folded = [fold(c.text) for c in question.choices]
    for later in range(len(folded)):
        for earlier in range(later):
            first, second = folded[earlier], folded[later]
            if first == second:
                continue  # identical choices are already a validation warning
            if re.findall(r"\d+", first) != re.findall(r"\d+", second):
                continue  # another year or number is another fact, not a repeat
            if sorted(first.split()) == sorted(second.split()):
                continue  # the same words swapped round say something else
            if difflib.SequenceMatcher(None, first, second).ratio() >= 0.9:
                yield Finding(
                    "near-duplicate", _question_path(index, "choices", later, "text"),
                    f"this choice says nearly the same as choice {earlier + 1} "
                    f"(“{question.choices[earlier].text}”); make each choice clearly different")
                return


def single_accepted_form(index: int, question: Question) -> Iterator[Finding]:
    if question.type is QuestionType.SHORT_ANSWER and len(question.accept) == 1:
        yield Finding(
            "one-accepted-form", _question_path(index, "accept"),
            f"only “{question.accept[0]}” is accepted; list the other ways a student who knows "
            "it would write it (abbreviation, full name, other spellings) — try them with "
            "'quizapp grade'")


def close_form_already_right(index: int, question: Question,
                             language: AnswerLanguage) -> Iterator[Finding]:
    if question.type is not QuestionType.SHORT_ANSWER:
        return
    for number, form in enumerate(question.close):
        if grade(question, form, language).correct:
            yield Finding(
                "close-is-right", _question_path(index, "close", number),
                f"“{form}” is listed as a near miss, but the grading rules already accept it "
                "as right; remove it from 'close' (or from 'accept' if it is wrong)")


QuestionCheck = Callable[[int, Question], Iterator[Finding]]
CHECKS: dict[str, str] = {
    "key-position": "right answers sit in one position far more often than chance",
    "key-longest": "the right answer is the longest choice far more often than chance",
    "all-none-above": "“all of the above” / “none of the above” choices",
    "negative-stem": "a negative (not, except) in the question that is not in capitals or bold",
    "absolute-distractor": "absolute words (only, always, never) in wrong choices only",
    "stem-echo": "a word of the question repeated in the right answer only",
    "near-duplicate": "two choices that say nearly the same",
    "gives-away": "one question's text states another question's answer",
    "one-accepted-form": "a typed question that accepts a single way of writing the answer",
    "close-is-right": "a 'close' form that the grading rules already accept as right",
}
"""Every check by name, with what it looks for (for documentation and the pack editor)."""


def findings(pack: Pack, language: AnswerLanguage | None = None) -> list[Finding]:
    """Every flaw in the pack, in file order of the questions they concern."""
    language = language or AnswerLanguage.plain(pack.language)
    found: list[Finding] = []
    per_question: tuple[QuestionCheck, ...] = (
        all_or_none_of_the_above, unemphasized_negative, absolutes_in_distractors,
        stem_word_in_key_only, near_duplicate_choices, single_accepted_form,
    )
    for index, question in enumerate(pack.questions):
        for check in per_question:
            found.extend(check(index, question))
        found.extend(close_form_already_right(index, question, language))
    found.extend(key_position_bias(pack))
    found.extend(key_longest(pack))
    found.extend(giveaway_between_questions(pack))
    return found


def lint_pack(pack: Pack, positions: Positions | None = None, *, file: str | None = None,
              language: AnswerLanguage | None = None) -> list[Diagnostic]:
    """Every item-writing flaw as a ``Diagnostic`` (severity ``lint``) at its line and column.

    ``positions`` are the validator's (``YamlPositions`` from the YAML reader); ``file`` defaults
    to ``pack.path``; ``language`` decides how typed answers are graded (for 'close' forms).
    """
    positions = positions or NoPositions()
    where = file if file is not None else pack.path or "<pack>"
    diagnostics = []
    for finding in findings(pack, language):
        line, column = positions.of_value(finding.path)
        diagnostics.append(Diagnostic(where, line, column, Severity.LINT, finding.message))
    return sorted(diagnostics, key=lambda d: (d.line, d.column))
