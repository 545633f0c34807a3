"""Checking one question of a pack: the keys every question has, then the rules of its type."""

from __future__ import annotations

import math
import re

from quizapp.core.data_checks import DataChecker, DataPath, describe
from quizapp.core.limits import MAX_CHOICES, MAX_ELSEWHERE_SEARCHES
from quizapp.core.models import (
    Choice,
    Citation,
    MatchPair,
    Question,
    QuestionType,
    SourceDocument,
    SourceInfo,
)
from quizapp.core.quotes import quote_problems
from quizapp.core.source import PassageIndex, fold_whitespace
from quizapp.core.starter_text import starter_texts_in

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMON_QUESTION_KEYS = (
    "id", "type", "prompt", "explanation", "cite", "section", "difficulty", "tags", "feedback",
)
TYPE_KEYS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.SINGLE: ("choices", "shuffle"),
    QuestionType.MULTIPLE: ("choices", "shuffle"),
    QuestionType.TRUE_FALSE: ("answer",),
    QuestionType.SHORT_ANSWER: ("accept", "close", "implied"),
    QuestionType.NUMERIC: ("answer", "tolerance"),
    QuestionType.ORDERING: ("items",),
    QuestionType.MATCHING: ("pairs",),
}
ALL_TYPE_KEYS = tuple(sorted({key for keys in TYPE_KEYS.values() for key in keys}))
CHOICE_KEYS = ("text", "correct", "feedback")
PAIR_KEYS = ("left", "right")
CITE_KEYS = ("passage", "quote")
FEEDBACK_KEYS = ("correct", "incorrect")


class PackContext:
    """What every question of one pack is checked against, prepared once for the whole pack."""

    def __init__(self, source: SourceInfo | None, document: SourceDocument | None,
                 section_ids: set[str]) -> None:
        self.source = source
        self.index = PassageIndex(document) if document is not None else None
        self.section_ids = section_ids
        self.sorted_section_ids = sorted(section_ids)
        self.elsewhere_searches_left = MAX_ELSEWHERE_SEARCHES


class QuestionChecker:
    def __init__(self, parent: DataChecker, index: int, context: PackContext) -> None:
        self.v = parent
        self.path: DataPath = ("questions", index)
        self.number = index + 1
        self.context = context
        self.source = context.source
        self.section_ids = context.section_ids
        self.ok = True

    def error(self, path: DataPath, message: str, *, key: bool = False) -> None:
        self.ok = False
        self.v.report(path, message, key=key)

    def missing(self, key: str, message: str) -> None:
        """A required key is absent: said unless it was written without its colon (said once)."""
        if self.v.colon_missing(self.path, key):
            self.ok = False
        else:
            self.error(self.path, message)

    def say_answer(self, mapping: dict[str, object], message: str) -> None:
        if "answer" in mapping:
            self.error(self.path + ("answer",), message)
        else:
            self.missing("answer", message)

    def run(self, entry: object) -> Question | None:
        v, path = self.v, self.path
        mapping = v.mapping(entry, path, f"question {self.number}")
        if mapping is None:
            return None
        errors_before = v.error_count
        what = f"question {self.number}"
        ident = v.text(mapping, "id", path, required=True, what=what)
        if ident is not None:
            what = f"question '{ident}'"
            if not ID_PATTERN.match(ident):
                self.error(path + ("id",), f"question id {ident!r} may only use lowercase letters, "
                           "digits and single dashes")
        qtype = self.question_type(mapping, what)
        allowed = COMMON_QUESTION_KEYS + (TYPE_KEYS[qtype] if qtype else ALL_TYPE_KEYS)
        misplaced = {}
        if qtype is not None:
            for key in ALL_TYPE_KEYS:
                if key not in TYPE_KEYS[qtype]:
                    users = [t.value for t, keys in TYPE_KEYS.items() if key in keys]
                    misplaced[key] = (f"'{key}' belongs to {'/'.join(users)} questions, not to "
                                      f"{qtype.value}; remove it or change 'type'")
        v.check_keys(mapping, path, allowed, what, misplaced)
        starter = starter_texts_in(mapping)
        if starter:
            v.warn(path + (starter[0][0],), f"{what} still holds the new pack's example text "
                   f"(“{starter[0][1]}”) in {', '.join(key for key, _ in starter)}; write your "
                   "own question there, or delete this example")
        prompt = v.text(mapping, "prompt", path, required=True, what=what)
        # A cited pack explains every answer; a pack without a source (imported questions)
        # may leave explanations to be written later.
        explanation = v.text(mapping, "explanation", path, required=self.source is not None,
                             what=what)
        if explanation is None and self.source is None:
            explanation = ""
        difficulty = self.difficulty(mapping)
        tags = self.tags(mapping)
        section_id = self.section(mapping)
        citations = self.citations(mapping, what)
        feedback_correct, feedback_incorrect = self.feedback(mapping)
        fields: dict[str, object] = {}
        if qtype is not None:
            fields = self.type_fields(qtype, mapping, what)
        if v.error_count > errors_before or not self.ok:
            return None
        if ident is None or qtype is None or prompt is None or explanation is None:
            return None
        return Question(
            id=ident, type=qtype, prompt=prompt, explanation=explanation, section_id=section_id,
            difficulty=difficulty, tags=tags, citations=citations,
            feedback_correct=feedback_correct, feedback_incorrect=feedback_incorrect,
            **fields,  # type: ignore[arg-type]
        )

    def question_type(self, mapping: dict[str, object], what: str) -> QuestionType | None:
        raw = mapping.get("type")
        names = [t.value for t in QuestionType]
        if raw is None:
            self.missing("type", f"{what} is missing 'type'; use one of: {', '.join(names)}")
            return None
        if not isinstance(raw, str) or raw not in names:
            self.error(self.path + ("type",), f"unknown question type {raw!r}; "
                       f"{self.v.suggest(str(raw), names)}")
            return None
        return QuestionType(raw)

    def difficulty(self, mapping: dict[str, object]) -> int:
        raw = mapping.get("difficulty", 2)
        if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= 3:
            self.error(self.path + ("difficulty",), f"difficulty must be 1, 2 or 3, found {raw!r}")
            return 2
        return raw

    def tags(self, mapping: dict[str, object]) -> tuple[str, ...]:
        if mapping.get("tags") is None:
            return ()
        tags = self.v.text_list(mapping["tags"], self.path + ("tags",), "tags")
        if tags is None:
            self.ok = False
            return ()
        return tags

    def section(self, mapping: dict[str, object]) -> str | None:
        section = self.v.text(mapping, "section", self.path, required=False, what="")
        if section is not None and self.section_ids and section not in self.section_ids:
            self.error(self.path + ("section",), f"unknown section '{section}'; "
                       f"{self.v.suggest(section, self.context.sorted_section_ids)}")
        return section

    def feedback(self, mapping: dict[str, object]) -> tuple[str | None, str | None]:
        raw = mapping.get("feedback")
        if raw is None:
            return None, None
        path = self.path + ("feedback",)
        if isinstance(raw, str):
            return raw, raw
        feedback = self.v.mapping(raw, path, "'feedback'")
        if feedback is None:
            self.ok = False
            return None, None
        self.v.check_keys(feedback, path, FEEDBACK_KEYS, "'feedback'")
        return (self.v.text(feedback, "correct", path, required=False, what=""),
                self.v.text(feedback, "incorrect", path, required=False, what=""))

    def two_texts(self, entry: object, path: DataPath, keys: tuple[str, str],
                  what: str) -> tuple[str, str] | None:
        """A small mapping of two required text fields, such as a cite or a matching pair."""
        mapping = self.v.mapping(entry, path, f"each {what}")
        if mapping is None:
            self.ok = False
            return None
        self.v.check_keys(mapping, path, keys, f"a {what}")
        first = self.v.text(mapping, keys[0], path, required=True, what=f"this {what}")
        second = self.v.text(mapping, keys[1], path, required=True, what=f"this {what}")
        if first is None or second is None:
            self.ok = False
            return None
        return first, second

    def citations(self, mapping: dict[str, object], what: str) -> tuple[Citation, ...]:
        raw = mapping.get("cite")
        path = self.path + ("cite",)
        if raw is None:
            if self.source is not None:
                self.missing("cite", f"{what} has no 'cite'; this pack has a source, so every "
                           "question must cite the passage that proves its answer "
                           "(cite: {passage: ID, quote: exact words})")
            return ()
        if self.source is None:
            self.error(path, "this question cites, but the pack has no 'source'; add a 'source:' "
                       "block naming the source text")
            return ()
        entries: list[tuple[DataPath, object]]
        if isinstance(raw, list):
            if not raw:
                self.error(path, "'cite' is an empty list; cite at least one passage")
            entries = [(path + (i,), item) for i, item in enumerate(raw)]
        else:
            entries = [(path, raw)]
        result = []
        for entry_path, entry in entries:
            fields = self.two_texts(entry, entry_path, CITE_KEYS, "cite")
            if fields is None:
                continue
            passage_id, quote = fields
            self.check_quote(entry_path, passage_id, quote)
            result.append(Citation(passage_id, quote))
        return tuple(result)

    def check_quote(self, path: DataPath, passage_id: str, quote: str) -> None:
        index = self.context.index
        if index is None:
            return
        passage = index.passages.get(passage_id)
        if passage is None:
            self.error(path + ("passage",), f"no passage '{passage_id}' in the source text; "
                       f"{self.v.suggest(passage_id, index.ids)}")
            return
        if index.occurs_in(quote, passage):
            for problem in quote_problems(quote, passage.text):
                self.v.warn(path + ("quote",), problem)
            return
        elsewhere = None
        if self.context.elsewhere_searches_left > 0:  # each search reads the whole source
            self.context.elsewhere_searches_left -= 1
            elsewhere = index.first_passage_quoting(quote)
        hint = (f"it does occur in passage '{elsewhere}': cite that one" if elsewhere else
                "copy the words exactly from the source (only whitespace may differ; quotes, "
                "case and punctuation must match)")
        self.error(path + ("quote",), f"the quote does not occur verbatim in passage "
                   f"'{passage_id}'; {hint}")

    # -- per type ------------------------------------------------------------------------------
    def type_fields(self, qtype: QuestionType, mapping: dict[str, object],
                    what: str) -> dict[str, object]:
        if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            return {"choices": self.choices(qtype, mapping, what),
                    "shuffle": self.v.switch(mapping, "shuffle", self.path)}
        if qtype is QuestionType.TRUE_FALSE:
            raw = mapping.get("answer")
            if not isinstance(raw, bool):
                self.say_answer(mapping, f"{what} needs 'answer: true' or 'answer: false'")
                return {}
            return {"truth": raw}
        if qtype is QuestionType.SHORT_ANSWER:
            return self.short_answer(mapping, what)
        if qtype is QuestionType.NUMERIC:
            return self.numeric(mapping, what)
        if qtype is QuestionType.ORDERING:
            return self.ordering(mapping, what)
        return self.matching(mapping, what)

    def entry_list(self, mapping: dict[str, object], key: str, what: str, example: str,
                   minimum: int = 2) -> list[object] | None:
        raw = mapping.get(key)
        if raw is None:
            self.missing(key, f"{what} needs '{key}:'; {example}")
            return None
        if not isinstance(raw, list):
            self.error(self.path + (key,), f"'{key}' must be a list, found {describe(raw)}")
            return None
        if len(raw) < minimum:
            self.error(self.path + (key,), f"'{key}' needs at least {minimum} entries")
            return None
        if len(raw) > MAX_CHOICES:
            self.error(self.path + (key,), f"'{key}' has {len(raw)} entries; at most "
                       f"{MAX_CHOICES} fit the keys 1–9")
            return None
        return raw

    def choices(self, qtype: QuestionType, mapping: dict[str, object],
                what: str) -> tuple[Choice, ...]:
        raw = self.entry_list(mapping, "choices", what,
                              "list choices as '- {text: ..., correct: true}'")
        if raw is None:
            return ()
        choices = []
        seen: dict[str, int] = {}
        for index, entry in enumerate(raw):
            path = self.path + ("choices", index)
            choice = self.v.mapping(entry, path, "each choice")
            if choice is None:
                self.ok = False
                continue
            self.v.check_keys(choice, path, CHOICE_KEYS, "a choice")
            text = self.v.text(choice, "text", path, required=True, what="this choice")
            correct = choice.get("correct", False)
            if not isinstance(correct, bool):
                self.error(path + ("correct",), f"'correct' must be true or false, found "
                           f"{correct!r}")
                correct = False
            feedback = self.v.text(choice, "feedback", path, required=False, what="")
            if text is None:
                self.ok = False
                continue
            folded = fold_whitespace(text).casefold()
            if folded in seen:
                self.v.warn(path + ("text",), f"this choice is identical to choice "
                            f"{seen[folded] + 1}; make every choice different")
            seen.setdefault(folded, index)
            choices.append(Choice(text, correct, feedback))
        correct_count = sum(1 for c in choices if c.correct)
        if qtype is QuestionType.SINGLE and correct_count != 1 and len(choices) == len(raw):
            if correct_count == 0:
                self.error(self.path + ("choices",), f"{what} has no correct choice; mark one "
                           "with 'correct: true'")
            else:
                self.error(self.path + ("choices",), f"single-choice {what} has "
                           f"{correct_count} correct choices; mark only one correct, or use "
                           "'type: multiple'")
        if qtype is QuestionType.MULTIPLE and choices:
            if correct_count == 0:
                self.error(self.path + ("choices",), f"{what} has no correct choice; mark at "
                           "least one with 'correct: true'")
            elif correct_count == len(choices):
                self.v.warn(self.path + ("choices",), f"every choice of {what} is correct; add "
                            "at least one wrong choice so the question tests something")
        return tuple(choices)

    def short_answer(self, mapping: dict[str, object], what: str) -> dict[str, object]:
        raw = mapping.get("accept")
        if raw is None:
            self.missing("accept", f"{what} needs 'accept:', a list of accepted answers")
            return {}
        accept = self.v.text_list(raw, self.path + ("accept",), "accept")
        if accept is None:
            self.ok = False
            return {}
        if not [a for a in accept if a.strip()]:
            self.error(self.path + ("accept",), "'accept' needs at least one non-empty answer")
        close: tuple[str, ...] = ()
        if mapping.get("close") is not None:
            close = self.v.text_list(mapping["close"], self.path + ("close",), "close") or ()
        implied: tuple[str, ...] = ()
        if mapping.get("implied") is not None:
            implied = self.v.text_list(mapping["implied"], self.path + ("implied",),
                                       "implied") or ()
        return {"accept": accept, "close": close, "implied": implied}

    def numeric(self, mapping: dict[str, object], what: str) -> dict[str, object]:
        raw = mapping.get("answer")
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            self.say_answer(mapping, f"{what} needs a number as 'answer', e.g. 'answer: 1994'")
            return {}
        tolerance = mapping.get("tolerance", 0)
        if (isinstance(tolerance, bool) or not isinstance(tolerance, (int, float))
                or not math.isfinite(tolerance) or tolerance < 0):
            self.error(self.path + ("tolerance",), f"'tolerance' must be a number of 0 or more, "
                       f"found {tolerance!r}")
            tolerance = 0
        return {"number": float(raw), "tolerance": float(tolerance)}

    def ordering(self, mapping: dict[str, object], what: str) -> dict[str, object]:
        raw = self.entry_list(mapping, "items", what, "list the items in their correct order")
        if raw is None:
            return {}
        items = self.v.text_list(raw, self.path + ("items",), "items")
        if items is None:
            self.ok = False
            return {}
        folded = [fold_whitespace(i).casefold() for i in items]
        if len(set(folded)) != len(folded):
            self.error(self.path + ("items",), "two items are identical, so the order would be "
                       "ambiguous; make every item different")
        return {"items": items}

    def matching(self, mapping: dict[str, object], what: str) -> dict[str, object]:
        raw = self.entry_list(mapping, "pairs", what, "list pairs as '- {left: ..., right: ...}'")
        if raw is None:
            return {}
        pairs = []
        for index, entry in enumerate(raw):
            fields = self.two_texts(entry, self.path + ("pairs", index), PAIR_KEYS, "pair")
            if fields is not None:
                pairs.append(MatchPair(*fields))
        for side in ("left", "right"):
            values = [fold_whitespace(getattr(p, side)).casefold() for p in pairs]
            if len(set(values)) != len(values):
                self.error(self.path + ("pairs",), f"two pairs have the same '{side}'; each "
                           f"{side} must be different so every match is unambiguous")
        return {"pairs": tuple(pairs)}
