"""The example words a new pack starts with, kept in one place: the starter writes them into
``pack.yaml`` (``quizapp.packs.starter``) and the validator warns about any that are still there,
so a pack never goes to a class with "write your question here" in it.

Each example question of the starter is a ``string.Template`` in ``quizapp.packs.starter`` whose
``$names`` are the keys below.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PLACEHOLDERS: dict[str, str] = {
    "single_prompt": "Example (single choice): write your question here.",
    "single_right": "The right answer",
    "single_tempting": "A tempting wrong answer",
    "single_tempting_why": "Why this answer is wrong.",
    "single_other": "Another wrong answer",
    "single_explanation": "Why the right answer is right, in your own words.",
    "multiple_prompt": "Example (multiple choice): which of these does the text say? Choose all "
                       "that apply.",
    "multiple_first": "A first right answer",
    "multiple_second": "A second right answer",
    "multiple_wrong": "A wrong answer",
    "multiple_wrong_why": "Why this one does not apply.",
    "multiple_explanation": "Why exactly these answers are right.",
    "true_false_prompt": "Example (true or false): write a statement about the text.",
    "true_false_right": "Shown after a right answer.",
    "true_false_wrong": "Shown after a wrong answer.",
    "true_false_explanation": "What the text says, and so whether the statement holds.",
    "short_prompt": "Example (short answer): ask for a word or a name from the text.",
    "short_answer": "The answer",
    "short_other": "Another accepted form",
    "short_near_miss": "A near miss",
    "short_explanation": "Where the text gives this answer.",
    "numeric_prompt": "Example (numeric): ask for a number the text gives.",
    "numeric_explanation": "The number the text gives, and in what words.",
    "ordering_prompt": "Example (ordering): put these events in the order the text gives.",
    "ordering_first": "First event",
    "ordering_second": "Second event",
    "ordering_third": "Third event",
    "ordering_explanation": "The order in which the text tells them.",
    "matching_prompt": "Example (matching): match each person to what the text says about them.",
    "matching_first": "First person",
    "matching_first_says": "What the text says about the first",
    "matching_second": "Second person",
    "matching_second_says": "What the text says about the second",
    "matching_explanation": "Where the text says each of these.",
}
STARTER_TEXTS = frozenset(" ".join(text.split()) for text in PLACEHOLDERS.values())
TEXT_KEYS = ("prompt", "choices", "accept", "close", "items", "pairs", "feedback", "explanation")
"""The keys of a question that hold an author's words, in the order a form shows them."""


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            if not isinstance(item, bool):
                yield from _texts(item)


def starter_texts_in(question: dict[str, object]) -> list[tuple[str, str]]:
    """``(key, text)`` for each key of a question still holding the starter's example words."""
    found = []
    for key in TEXT_KEYS:
        text = next((t for t in _texts(question.get(key)) if " ".join(t.split()) in STARTER_TEXTS),
                    None)
        if text is not None:
            found.append((key, text))
    return found
