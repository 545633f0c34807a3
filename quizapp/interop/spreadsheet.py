"""Questions as a spreadsheet: CSV or TSV with the header
``question, type, choices, answer, explanation, section``.

One row per question. ``choices`` lists choices (or ordering items, or ``left -> right`` pairs)
separated by ``|``; ``answer`` names the right choice(s) by text, letter or number, or holds
``true``/``false``, accepted answers separated by ``|``, or a number (``42``, ``42 ± 2``, ``42:2``,
``40..44``). ``type`` may be left empty: it is then guessed from the other columns. A literal ``|``
is written ``\\|``. Comma, semicolon and tab delimiters are recognized.
"""

from __future__ import annotations

import csv
import io
import re

from quizapp.core.models import Pack, Question, QuestionType
from quizapp.interop.answer_rules import parse_number, plain_number
from quizapp.interop.builder import PackBuilder, short
from quizapp.interop.export_text import general_feedback
from quizapp.interop.gift_export import number_text
from quizapp.interop.results import ExportNote, ExportResult, ImportFailure, ImportResult

COLUMNS = ("question", "type", "choices", "answer", "explanation", "section")
TYPE_NAMES = {
    **{t.value: t for t in QuestionType},
    "single choice": QuestionType.SINGLE, "mc": QuestionType.SINGLE,
    "multiple choice": QuestionType.MULTIPLE, "multiple answers": QuestionType.MULTIPLE,
    "true/false": QuestionType.TRUE_FALSE, "truefalse": QuestionType.TRUE_FALSE,
    "tf": QuestionType.TRUE_FALSE, "short answer": QuestionType.SHORT_ANSWER,
    "shortanswer": QuestionType.SHORT_ANSWER, "numerical": QuestionType.NUMERIC,
    "number": QuestionType.NUMERIC, "order": QuestionType.ORDERING, "match": QuestionType.MATCHING,
}
_SPLIT = re.compile(r"(?<!\\)\|")
_TRUE = {"true", "t", "yes", "y", "1", "vrai", "wahr"}
_FALSE = {"false", "f", "no", "n", "0", "faux", "falsch"}
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_PLUS_MINUS = re.compile(r"^\s*(\S+)\s*(?:±|\+/-|\+-)\s*(\S+)\s*$")


def split_list(cell: str) -> list[str]:
    return [part.replace("\\|", "|").strip() for part in _SPLIT.split(cell) if part.strip()]


def join_list(items: list[str] | tuple[str, ...]) -> str:
    return " | ".join(item.replace("|", "\\|") for item in items)


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: counts[d]) if max(counts.values()) else ","


class _RowReader:
    def __init__(self, builder: PackBuilder) -> None:
        self.b = builder

    def guess(self, choices: list[str], answer: str) -> QuestionType:
        if choices and all("->" in c for c in choices):
            return QuestionType.MATCHING
        if choices:
            return QuestionType.MULTIPLE if len(split_list(answer)) > 1 else QuestionType.SINGLE
        if answer.strip().lower() in ("true", "false"):
            return QuestionType.TRUE_FALSE
        if self.number(answer) is not None:
            return QuestionType.NUMERIC
        return QuestionType.SHORT_ANSWER

    @staticmethod
    def number(answer: str) -> tuple[float, float] | None:
        text = answer.strip()
        if _THOUSANDS.match(text):  # 12,500 — a comma between digit groups, not a decimal comma
            text = text.replace(",", "")
        match = _PLUS_MINUS.match(text)
        return parse_number(match.group(1), match.group(2)) if match else parse_number(text)

    def row(self, line: int, row: dict[str, str]) -> None:
        prompt = row.get("question", "").strip()
        label = f"row '{short(prompt)}'" if prompt else "a row"
        if not any(value.strip() for value in row.values()):
            return
        if not prompt:
            self.b.skip(line, label, "the 'question' column is empty")
            return
        choices = split_list(row.get("choices", ""))
        answer = row.get("answer", "").strip()
        type_name = row.get("type", "").strip().lower().replace("-", " ").replace("_", " ")
        kind = TYPE_NAMES.get(type_name) or TYPE_NAMES.get(type_name.replace(" ", "_"))
        if type_name and kind is None:
            self.b.skip(line, label, f"unknown type '{row.get('type', '').strip()}'; use one of "
                        f"{', '.join(t.value for t in QuestionType)} (or leave it empty)")
            return
        kind = kind or self.guess(choices, answer)
        fields = self.fields(kind, choices, answer, line, label)
        if fields is None:
            return
        data: dict[str, object] = {"type": kind.value, "prompt": prompt, **fields}
        if row.get("explanation", "").strip():
            data["explanation"] = row["explanation"].strip()
        section = row.get("section", "").strip()
        self.b.start_section(section)
        self.b.add(line, data)

    def fields(self, kind: QuestionType, choices: list[str], answer: str, line: int,
               label: str) -> dict[str, object] | None:
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            marked = self.right_choices(choices, split_list(answer), line, label)
            if marked is None:
                return None
            return {"choices": [{"text": c, **({"correct": True} if i in marked else {})}
                                for i, c in enumerate(choices)]}
        if kind is QuestionType.TRUE_FALSE:
            word = answer.lower()
            if word not in _TRUE | _FALSE:
                self.b.skip(line, label, f"a true/false answer must be true or false, not "
                            f"'{short(answer, 20)}'")
                return None
            return {"answer": word in _TRUE}
        if kind is QuestionType.SHORT_ANSWER:
            return {"accept": split_list(answer)}
        if kind is QuestionType.NUMERIC:
            value = self.number(answer)
            if value is None:
                self.b.skip(line, label, f"'{short(answer, 20)}' is not a number (write 42, "
                            "42 ± 2, 42:2 or 40..44)")
                return None
            return {"answer": plain_number(value[0]), "tolerance": plain_number(value[1])}
        if kind is QuestionType.ORDERING:
            return {"items": choices}
        pairs = []
        for choice in choices:
            left, arrow, right = choice.partition("->")
            if not arrow:
                self.b.skip(line, label, f"the pair '{short(choice, 20)}' has no '->'; write "
                            "matching pairs as 'left -> right | left -> right'")
                return None
            pairs.append({"left": left.strip(), "right": right.strip()})
        return {"pairs": pairs}

    def right_choices(self, choices: list[str], answers: list[str], line: int,
                      label: str) -> set[int] | None:
        right: set[int] = set()
        for answer in answers:
            if answer in choices:
                right.add(choices.index(answer))
            elif len(answer) == 1 and answer.upper() in "ABCDEFGHI" and \
                    "ABCDEFGHI".index(answer.upper()) < len(choices):
                right.add("ABCDEFGHI".index(answer.upper()))
            elif answer.isdigit() and 1 <= int(answer) <= len(choices):
                right.add(int(answer) - 1)
            else:
                self.b.skip(line, label, f"the answer '{short(answer, 20)}' is none of the "
                            "choices; name the right choice by its text, letter (A) or number (1)")
                return None
        return right


def read_csv(text: str, file: str, title: str = "Imported questions") -> ImportResult:
    """A pack from CSV or TSV text with the documented header."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ImportFailure(file, 1, "the file is empty; the first line must be the header "
                            f"{','.join(COLUMNS)}")
    delimiter = _delimiter(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
        if "question" not in header:
            raise ImportFailure(file, 1, "the header has no 'question' column; the first line "
                                f"must name the columns, e.g. {','.join(COLUMNS)}")
        builder = PackBuilder(file, title)
        unknown = [name for name in header if name and name not in COLUMNS]
        if unknown:
            builder.warn(1, f"the columns {', '.join(unknown)} were ignored; quizapp reads "
                         f"{', '.join(COLUMNS)}")
        rows = _RowReader(builder)
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            rows.row(line, {name: cells[i] if i < len(cells) else ""
                            for i, name in enumerate(header) if name})
    except csv.Error as error:
        raise ImportFailure(file, reader.line_num or 1, f"not readable as CSV: {error}") from None
    return builder.build()


def _row(pack: Pack, question: Question, notes: list[ExportNote]) -> list[str]:
    kind = question.type
    choices, answer = "", ""
    letters = "ABCDEFGHI"
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        choices = join_list([c.text for c in question.choices])
        answer = join_list([letters[i] for i, c in enumerate(question.choices) if c.correct])
    elif kind is QuestionType.TRUE_FALSE:
        answer = "true" if question.truth else "false"
    elif kind is QuestionType.SHORT_ANSWER:
        answer = join_list(question.accept)
    elif kind is QuestionType.NUMERIC:
        answer = number_text(question.number or 0.0)
        if question.tolerance:
            answer += f" ± {number_text(question.tolerance)}"
    elif kind is QuestionType.ORDERING:
        choices = join_list(question.items)
    else:
        choices = join_list([f"{p.left} -> {p.right}" for p in question.pairs])
    lost = [name for name, present in (
        ("per-choice feedback", any(c.feedback for c in question.choices)),
        ("feedback", question.feedback_correct or question.feedback_incorrect),
        ("'almost' answers", question.close), ("tags", question.tags)) if present]
    if lost:
        notes.append(ExportNote(question.id, f"{', '.join(lost)} left out: the spreadsheet has "
                                f"the columns {', '.join(COLUMNS)} only"))
    section = pack.section_title(question.section_id) or question.section_id or ""
    return [question.prompt, kind.value, choices, answer, general_feedback(pack, question),
            section]


def write_csv(pack: Pack, delimiter: str = ",") -> ExportResult:
    """The pack as CSV (or TSV with ``delimiter="\\t"``), UTF-8 with a byte-order mark for Excel."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    notes: list[ExportNote] = []
    for question in pack.questions:
        writer.writerow(_row(pack, question, notes))
    return ExportResult(out.getvalue().encode("utf-8-sig"), tuple(notes))
