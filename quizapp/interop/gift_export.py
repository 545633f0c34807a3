"""Writing a pack as GIFT, Moodle's text format, reporting per question what GIFT cannot hold."""

from __future__ import annotations

from quizapp.core.models import Pack, Question, QuestionType
from quizapp.interop.answer_rules import ALMOST_FEEDBACK
from quizapp.interop.export_text import general_feedback
from quizapp.interop.results import ExportNote, ExportResult

_SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """Text safe inside GIFT: control characters escaped, line breaks as ``\\n``."""
    text = text.replace("\\", "\\\\")
    for character in _SPECIAL:
        text = text.replace(character, "\\" + character)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)


def _weight(fraction: float) -> str:
    return f"%{fraction * 100:.5f}".rstrip("0").rstrip(".") + "%"


class _GiftWriter:
    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.notes: list[ExportNote] = []
        self.skipped: list[str] = []

    def note(self, question: Question, message: str) -> None:
        self.notes.append(ExportNote(question.id, message))

    def answers(self, question: Question) -> list[str] | None:
        kind = question.type
        feedback_lost = False
        lines: list[str]
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            right = [c for c in question.choices if c.correct]
            lines = []
            for choice in question.choices:
                if kind is QuestionType.SINGLE:
                    mark = "=" if choice.correct else "~"
                else:
                    mark = "~" + (_weight(1 / len(right)) if choice.correct else "%-100%")
                lines.append(mark + escape(choice.text)
                             + (f"#{escape(choice.feedback)}" if choice.feedback else ""))
            feedback_lost = True
        elif kind is QuestionType.TRUE_FALSE:
            head = "TRUE" if question.truth else "FALSE"
            wrong, right_fb = question.feedback_incorrect or "", question.feedback_correct or ""
            if right_fb:
                head += f"#{escape(wrong)}#{escape(right_fb)}"
            elif wrong:
                head += f"#{escape(wrong)}"
            lines = [head]
        elif kind is QuestionType.SHORT_ANSWER:
            if any("->" in answer for answer in question.accept + question.close):
                self.note(question, "left out: an answer contains '->', which GIFT reads as a "
                          "matching pair")
                return None
            right_fb = f"#{escape(question.feedback_correct)}" if question.feedback_correct else ""
            lines = [f"={escape(answer)}{right_fb}" for answer in question.accept]
            lines += [f"=%0%{escape(answer)}#{escape(ALMOST_FEEDBACK)}" for answer in question.close]
            if question.feedback_incorrect:
                lines.append(f"=%0%*#{escape(question.feedback_incorrect)}")
        elif kind is QuestionType.NUMERIC:
            right_fb = f"#{escape(question.feedback_correct)}" if question.feedback_correct else ""
            lines = [f"#={number_text(question.number or 0.0)}:{number_text(question.tolerance)}"
                     f"{right_fb}"]
            if question.feedback_incorrect:
                lines.append(f"~#{escape(question.feedback_incorrect)}")
        elif kind is QuestionType.MATCHING:
            if any("->" in p.left or "->" in p.right for p in question.pairs):
                self.note(question, "left out: a pair contains '->', which GIFT uses to separate "
                          "the two sides")
                return None
            lines = [f"={escape(p.left)} -> {escape(p.right)}" for p in question.pairs]
            feedback_lost = True
        else:
            self.note(question, "left out: GIFT has no ordering questions (use Moodle XML)")
            return None
        if feedback_lost and (question.feedback_correct or question.feedback_incorrect):
            self.note(question, "its feedback for right and wrong answers was left out: GIFT "
                      "holds it only for true/false, short-answer and numeric questions")
        return lines

    def question(self, question: Question) -> str | None:
        lines = self.answers(question)
        if lines is None:
            self.skipped.append(question.id)
            return None
        if question.tags:
            self.note(question, "its tags were left out: GIFT has no tags (Moodle XML does)")
        general = general_feedback(self.pack, question)
        body = "\n".join(f"    {line}" for line in lines)
        if general:
            body += f"\n    ####[markdown]{escape(general)}"
        return f"::{escape(question.id)}::[markdown]{escape(question.prompt)} {{\n{body}\n}}\n"

    def write(self) -> ExportResult:
        out = [f"// {self.pack.title}", "// Exported from quizapp pack "
               f"'{self.pack.id}'{' version ' + self.pack.version if self.pack.version else ''}.",
               ""]
        section: str | None = None
        for question in self.pack.questions:
            text = self.question(question)
            if text is None:
                continue
            if question.section_id != section and question.section_id is not None:
                section = question.section_id
                title = self.pack.section_title(section) or section
                out += [f"$CATEGORY: $course$/top/{title.replace('/', '-')}", ""]
            out.append(text)
        return ExportResult("\n".join(out).encode("utf-8"), tuple(self.notes), tuple(self.skipped))


def write_gift(pack: Pack) -> ExportResult:
    """The pack as GIFT text (UTF-8), with a note for everything GIFT cannot hold."""
    return _GiftWriter(pack).write()
