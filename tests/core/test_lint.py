"""The item-writing lint: each check tripped by a small pack, and quiet on a pack without the flaw."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizapp.core.lint import CHECKS, findings, lint_pack
from quizapp.core.models import Pack
from quizapp.core.validation import validate_pack_data
from quizapp.packs import check_pack_file


def single(qid: str, prompt: str, key: str, *distractors: str, key_first: bool = False,
           **extra: Any) -> dict[str, Any]:
    choices = [{"text": d} for d in distractors]
    choices.insert(0 if key_first else len(choices) // 2, {"text": key, "correct": True})
    return {"id": qid, "type": "single", "prompt": prompt, "choices": choices,
            "explanation": "Because.", **extra}


def typed(qid: str, prompt: str, *accept: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": "short_answer", "prompt": prompt, "accept": list(accept),
            "explanation": "Because.", **extra}


def pack_of(*questions: dict[str, Any]) -> Pack:
    data = {"format": "quizapp/1", "id": "lint-test", "title": "Lint test",
            "questions": list(questions)}
    result = validate_pack_data(data)
    assert result.pack is not None, [str(d) for d in result.diagnostics]
    return result.pack


def checks_of(pack: Pack) -> list[str]:
    return [f.check for f in findings(pack)]


PLAIN = [  # eight fair questions: keys in varied places, of varied length, no cues
    single(f"q{n}", f"Which harbour is number {n} on the chart?", f"Harbour {n}{'x' * (n % 3)}",
           f"Harbour {n + 10}", f"Harbour {n + 20}{'y' * ((n + 1) % 3)}", key_first=n % 3 == 0)
    for n in range(8)
]


def test_a_fair_pack_has_no_findings() -> None:
    assert checks_of(pack_of(*PLAIN, typed("t", "Which river?", "Vell", "the Vell river"))) == []


def test_every_check_is_documented() -> None:
    assert set(CHECKS) == {"key-position", "key-longest", "all-none-above", "negative-stem",
                           "absolute-distractor", "stem-echo", "near-duplicate", "gives-away",
                           "one-accepted-form", "close-is-right"}


def test_key_position_bias() -> None:
    biased = [single(f"q{n}", f"Which harbour is number {n}?", f"Harbour {n}{'x' * (n % 3)}",
                     f"Harbour {n + 10}", f"Harbour {n + 20}", key_first=True) for n in range(9)]
    found = [f for f in findings(pack_of(*biased)) if f.check == "key-position"]
    assert len(found) == 1
    assert "choice 1 in 9 of 9 choice questions (about 3 by chance)" in found[0].message
    assert "key-position" not in checks_of(pack_of(*PLAIN))
    # too few questions to call it a pattern
    assert "key-position" not in checks_of(pack_of(*biased[:4]))


def test_key_longest_far_more_often_than_chance() -> None:
    longest = [single(f"q{n}", f"Which harbour is number {n}?",
                      f"The harbour listed as number {n} on the old chart", f"Harbour {n + 10}",
                      f"Harbour {n + 20}", key_first=n % 3 == 0) for n in range(9)]
    found = [f for f in findings(pack_of(*longest)) if f.check == "key-longest"]
    assert len(found) == 1 and "longest choice in 9 of 9" in found[0].message
    assert "key-longest" not in checks_of(pack_of(*PLAIN))


@pytest.mark.parametrize("text", ["All of the above", "none of these", "Both of the above",
                                  "all the above"])
def test_all_or_none_of_the_above(text: str) -> None:
    flawed = single("q", "Which town?", text, "Hillcross", "Dunmoor")
    assert checks_of(pack_of(flawed)) == ["all-none-above"]
    assert checks_of(pack_of(single("q", "Which town?", "Port Amber", "Hillcross",
                                    "Above the river"))) == []


@pytest.mark.parametrize(("prompt", "flagged"), [
    ("Which town is not on the river?", True),
    ("Which town was founded in 1802 EXCEPT by traders?", False),
    ("Which of these towns was founded except by traders?", True),
    ("Which town is NOT on the river?", False),
    ("Which town is **not** on the river?", False),
    ("Which town isn't on the river?", True),
    ("Which town is on the river?", False),
    # a quotation keeps the source's exact words, so its negatives cannot be capitalized
    ("Who said “the river never floods”?", False),
    ('Who said "the river never floods"?', False),
    ("Who said “the river floods” but never proved it?", True),
])
def test_unemphasized_negative_stems(prompt: str, flagged: bool) -> None:
    pack = pack_of(single("q", prompt, "Dunmoor", "Hillcross", "Port Amber"))
    assert ("negative-stem" in checks_of(pack)) is flagged


def test_negatives_in_true_false_statements_are_the_item_itself() -> None:
    statement = {"id": "q", "type": "true_false", "prompt": "Hillcross is not on the river.",
                 "answer": True, "explanation": "Because."}
    assert checks_of(pack_of(statement)) == []


def test_absolute_words_in_distractors_only() -> None:
    flawed = single("q", "How often is the market held?", "Each winter",
                    "Only in summer", "Twice a year")
    assert checks_of(pack_of(flawed)) == ["absolute-distractor"]
    in_key_too = single("q", "How often is the market held?", "Only in winter",
                        "Only in summer", "Twice a year")
    assert checks_of(pack_of(in_key_too)) == []


def test_a_stem_word_repeated_in_the_key_only() -> None:
    flawed = single("q", "Which lantern festival does Hillcross hold?", "A lantern market",
                    "A spring fair", "A harvest dance")
    [finding] = findings(pack_of(flawed))
    assert finding.check == "stem-echo" and "“lantern”" in finding.message
    balanced = single("q", "Which lantern festival does Hillcross hold?", "A lantern market",
                      "A lantern parade", "A harvest dance")
    assert checks_of(pack_of(balanced)) == []


def test_near_duplicate_choices() -> None:
    flawed = single("q", "Where does the river end?", "At the sea by Port Amber",
                    "At the sea by Port Ambers", "In the hills")
    assert checks_of(pack_of(flawed)) == ["near-duplicate"]
    distinct = single("q", "When was Port Amber founded?", "In 1802", "In 1803",
                      "In 1850")  # another number is another fact
    swapped = single("q", "Which pair?", "Port Amber before Hillcross",
                     "Hillcross before Port Amber", "Dunmoor first")
    assert checks_of(pack_of(distinct)) == []
    assert checks_of(pack_of(swapped)) == []


def test_one_question_giving_away_another() -> None:
    answer = typed("town", "Which town holds the lantern market?", "Hillcross", "Hill Cross")
    gives_away = single("q", "When was Hillcross founded?", "In 1850", "In 1802", "In 1901")
    found = [f for f in findings(pack_of(answer, gives_away)) if f.check == "gives-away"]
    assert len(found) == 1 and "answer to question 'town'" in found[0].message
    assert found[0].path == ("questions", 1, "prompt")
    in_a_choice = single("q", "Which town was founded first?", "Port Amber", "Hillcross",
                         "Dunmoor")
    assert [f.path for f in findings(pack_of(answer, in_a_choice))
            if f.check == "gives-away"] == [("questions", 1, "choices", 0, "text")]
    unrelated = single("q", "When was Port Amber founded?", "In 1802", "In 1850", "In 1901")
    assert "gives-away" not in checks_of(pack_of(answer, unrelated))


def test_typed_questions_need_more_than_one_accepted_form() -> None:
    assert checks_of(pack_of(typed("t", "Which river?", "Vell"))) == ["one-accepted-form"]
    assert checks_of(pack_of(typed("t", "Which river?", "Vell", "River Vell"))) == []


def test_close_forms_the_rules_already_accept() -> None:
    redundant = typed("t", "Which era?", "Cold War", "the Cold War", close=["Cold Wars"])
    assert checks_of(pack_of(redundant)) == ["close-is-right"]
    useful = typed("t", "Which era?", "Cold War", "the Cold War", close=["Cold Ward"])
    assert checks_of(pack_of(useful)) == []


def test_findings_are_located_in_the_file(write_pack: Callable[[str], Path]) -> None:
    path = write_pack("""format: quizapp/1
id: located
title: Located
questions:
  - id: q
    type: single
    prompt: Which town is not on the river?
    choices:
      - {text: Dunmoor, correct: true}
      - {text: None of the above}
    explanation: Because.
""")
    result = check_pack_file(path, lint=True)
    assert [str(d) for d in result.lint] == [
        f"{path}:7:13: lint: the negative “not” is easy to read past; write it in capitals (NOT) "
        "or bold (**not**), or ask the question positively",
        f"{path}:10:16: lint: “None of the above” lets learners answer from partial knowledge "
        "(spotting two true or one false option is enough); replace it with a real distractor, "
        "or make the question 'type: multiple'",
    ]
    assert result.warnings == () and result.errors == ()
    assert check_pack_file(path).lint == ()  # only when asked for
    pack = result.pack
    assert pack is not None and [d.line for d in lint_pack(pack)] == [1, 1]  # no positions
