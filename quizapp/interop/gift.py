"""Reading GIFT, Moodle's text format for questions, into a pack.

Follows Moodle's own GIFT reader: questions are separated by blank lines, ``//`` starts a comment
line, ``::title::`` names a question, ``$CATEGORY:`` starts a category (a section here), ``{...}``
holds the answers, and ``\\~ \\= \\# \\{ \\} \\: \\n \\\\`` are escapes. Everything quizapp
cannot hold is reported at the line where its question starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.interop.answer_rules import AnswerRules, NumericAnswer, Weighted, parse_number
from quizapp.interop.builder import PackBuilder, category_title, short
from quizapp.interop.results import ImportResult
from quizapp.interop.text_formats import FORMATS, image_names, plain_text, to_text

ESCAPES = {"\\\\": "\ue000", "\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003", "\\{": "\ue004",
           "\\}": "\ue005", "\\~": "\ue006", "\\n": "\ue007"}
_RESTORE = {"\ue000": "\\", "\ue001": ":", "\ue002": "#", "\ue003": "=", "\ue004": "{",
            "\ue005": "}", "\ue006": "~", "\ue007": "\n"}
_PRIVATE = re.compile("[\ue000-\ue007]")
_WEIGHT = re.compile(r"^%\s*(-?\d+(?:\.\d*)?)\s*%")
_FORMAT = re.compile(r"^\s*\[(\w+)\]")


@dataclass(frozen=True)
class _Block:
    line: int
    text: str


@dataclass(frozen=True)
class _Answer:
    text: str
    weight: float | None  # None: no weight was written
    feedback: str


def _blocks(text: str) -> list[_Block]:
    """Questions are separated by blank lines; comment lines are blank for this purpose only
    when they stand alone, as in Moodle."""
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith("//"):
            continue
        if not line.strip():
            if current:
                blocks.append(_Block(start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append(_Block(start, "\n".join(current)))
    return blocks


def _escape(text: str) -> str:
    text = _PRIVATE.sub("", text)
    for escaped, placeholder in ESCAPES.items():
        text = text.replace(escaped, placeholder)
    return text


def _restore(text: str) -> str:
    for placeholder, character in _RESTORE.items():
        text = text.replace(placeholder, character)
    return text


def _split_format(text: str, default: str) -> tuple[str, str]:
    match = _FORMAT.match(text)
    if match and match.group(1).lower() in FORMATS:
        return text[match.end():], match.group(1).lower()
    return text, default


class _GiftReader:
    def __init__(self, builder: PackBuilder) -> None:
        self.b = builder

    def text(self, raw: str, text_format: str, markdown: bool = True) -> str:
        body, fmt = _split_format(raw.strip(), text_format)
        return plain_text(_restore(body).strip(), fmt, markdown)

    def label(self, raw: str, text_format: str) -> str:
        """A choice, an accepted answer or a side of a pair: plain words, no Markdown."""
        return self.text(raw, text_format, markdown=False)

    def answers(self, body: str, separators: str, text_format: str) -> list[_Answer]:
        pieces = re.split(f"(?=[{re.escape(separators)}])", body)
        result = []
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            marker, rest = piece[0], piece[1:].lstrip()
            weight: float | None = 1.0 if marker == "=" else None
            match = _WEIGHT.match(rest)
            if match:
                weight = float(match.group(1)) / 100
                rest = rest[match.end():]
            elif marker == "~":
                weight = 0.0
            text, _, feedback = rest.partition("#")
            result.append(_Answer(text, weight, feedback))
        return result

    def read(self, block: _Block) -> None:
        text = _escape(block.text.strip())
        if text.startswith("$CATEGORY:"):
            self.b.start_section(category_title(_restore(text[len("$CATEGORY:"):])))
            return
        name: str | None = None
        if text.startswith("::"):
            end = text.find("::", 2)
            if end != -1:
                name = " ".join(_restore(text[2:end]).split()) or None
                text = text[end + 2:].strip()
        what = f"question '{name}'" if name else None
        start, finish = text.find("{"), text.find("}")
        if start == -1 and finish == -1:
            self.b.skip(block.line, what or f"'{short(_restore(text))}'",
                        "it has no answers in { }, so it is a description, not a question")
            return
        if finish == -1:
            self.b.skip(block.line, what or "a question", "the '{' that starts its answers is "
                        "never closed with '}'")
            return
        if start == -1 or finish < start:
            self.b.skip(block.line, what or "a question", "a '}' comes before any '{'; write the "
                        "answers as { ... } (escape a literal brace as \\})")
            return
        answer_text = text[start + 1:finish].strip()
        after = text[finish + 1:]
        if "{" in after or "}" in after:
            self.b.skip(block.line, what or "a question", "it has several answer blanks { }; "
                        "quizapp asks one thing per question (write one question per blank)")
            return
        prompt_raw = text[:start] + ("" if not after.strip() else "_____" + after)
        general = ""
        separator = answer_text.rfind("####")
        if separator != -1:
            general = answer_text[separator + 4:]
            answer_text = answer_text[:separator].strip()
        prompt_body, text_format = _split_format(prompt_raw.strip(), "moodle")
        prompt, images = to_text(_restore(prompt_body), text_format)
        label = what or f"question '{short(prompt)}'"
        if images:
            self.b.skip(block.line, label, f"it shows an image that is not in the file "
                        f"({image_names(images)}); GIFT files cannot carry images")
            return
        data: dict[str, object] = {"prompt": prompt}
        explanation = self.text(general, text_format) if general.strip() else ""
        if explanation:
            data["explanation"] = explanation
        fields = self.answer_fields(answer_text, text_format, block.line, label)
        if fields is None:
            return
        data.update(fields)
        self.b.add(block.line, data, name)

    def answer_fields(self, body: str, fmt: str, line: int,
                      label: str) -> dict[str, object] | None:
        if not body:
            self.b.skip(line, label, "it is an essay question (empty { }); quizapp grades "
                        "answers automatically, and essays need a person to mark them")
            return None
        if body.startswith("#"):
            return self.numeric(body[1:], fmt, line, label)
        if "~" in body:
            return self.choices(body, fmt, line, label)
        if "=" in body and "->" in body:
            return self.matching(body, fmt, line, label)
        head = body.split("#", 1)[0].strip()
        if head in ("T", "TRUE", "F", "FALSE"):
            parts = body.split("#", 2) + ["", ""]
            wrong, right = self.text(parts[1], fmt), self.text(parts[2], fmt)
            data: dict[str, object] = {"type": "true_false", "answer": head.startswith("T")}
            feedback = {k: v for k, v in (("correct", right), ("incorrect", wrong)) if v}
            if feedback:
                data["feedback"] = feedback
            return data
        return self.short_answer(body, fmt, line, label)

    def weighted(self, body: str, separators: str, fmt: str) -> list[Weighted]:
        return [Weighted(self.label(a.text, fmt), 1.0 if a.weight is None else a.weight,
                         self.text(a.feedback, fmt)) for a in self.answers(body, separators, fmt)]

    def choices(self, body: str, fmt: str, line: int, label: str) -> dict[str, object]:
        return AnswerRules(self.b, line, label).choices(self.weighted(body, "~=", fmt),
                                                        single="=" in body)

    def matching(self, body: str, fmt: str, line: int, label: str) -> dict[str, object] | None:
        pairs = []
        for answer in self.answers(body, "=", fmt):
            left, arrow, right = (answer.text + ("#" + answer.feedback if answer.feedback
                                                 else "")).partition("->")
            if not arrow:
                self.b.skip(line, label, f"the matching pair '{short(_restore(left), 30)}' has no "
                            "'->'; write each pair as =left -> right")
                return None
            left_text, right_text = self.label(left, fmt), self.label(right, fmt)
            if not left_text:
                self.b.warn(line, f"{label}: the extra answer '{short(right_text, 30)}' (with no "
                            "question) was left out; quizapp matches pairs only")
                continue
            pairs.append({"left": left_text, "right": right_text})
        return {"type": "matching", "pairs": pairs}

    def short_answer(self, body: str, fmt: str, line: int, label: str) -> dict[str, object]:
        answers = self.weighted(body if body.startswith("=") else "=" + body, "=", fmt)
        return AnswerRules(self.b, line, label).short_answer(answers)

    def numeric(self, body: str, fmt: str, line: int, label: str) -> dict[str, object] | None:
        answers: list[NumericAnswer] = []
        tilde = body.find("~")
        if tilde != -1:
            answers.append(NumericAnswer(None, 0.0, self.text(body[tilde + 1:].partition("#")[2],
                                                              fmt)))
            body = body[:tilde]
        body = body.strip()
        for answer in self.answers(body if body.startswith("=") else "=" + body, "=", fmt):
            weight = 1.0 if answer.weight is None else answer.weight
            value = _restore(answer.text).strip()
            feedback = self.text(answer.feedback, fmt)
            if value == "*":
                answers.append(NumericAnswer(None, 0.0, feedback))
                continue
            parsed = parse_number(value)
            if parsed is None:
                self.b.skip(line, label, f"'{short(value, 30)}' is not a number, a number:margin "
                            "or a low..high range")
                return None
            answers.append(NumericAnswer(parsed, weight, feedback, value))
        return AnswerRules(self.b, line, label).numeric(answers)


def read_gift(text: str, file: str, title: str = "Imported questions") -> ImportResult:
    """A pack from GIFT text, with a located warning for everything left out."""
    builder = PackBuilder(file, title)
    reader = _GiftReader(builder)
    for block in _blocks(text):
        reader.read(block)
    return builder.build()
