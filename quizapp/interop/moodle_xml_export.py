"""Writing a pack as Moodle XML, which holds all seven quizapp question types.

Prompts and feedback are written as Markdown (Moodle renders it), choices and answers as plain
text; the explanation and the cited quotes become the general feedback.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from xml.etree.ElementTree import Element, SubElement

from quizapp.core.models import Pack, Question, QuestionType
from quizapp.interop.answer_rules import ALMOST_FEEDBACK
from quizapp.interop.export_text import general_feedback
from quizapp.interop.gift_export import number_text
from quizapp.interop.results import ExportResult

MARKDOWN, PLAIN = "markdown", "plain_text"


def _text_field(parent: Element, tag: str, text: str, text_format: str | None = MARKDOWN,
                **attributes: str) -> Element:
    field = SubElement(parent, tag, attributes)
    if text_format is not None:
        field.set("format", text_format)
    SubElement(field, "text").text = text
    return field


def _answer(parent: Element, fraction: float, text: str, feedback: str | None,
            text_format: str = PLAIN) -> Element:
    answer = SubElement(parent, "answer", {"fraction": f"{fraction:.7g}", "format": text_format})
    SubElement(answer, "text").text = text
    _text_field(answer, "feedback", feedback or "")
    return answer


def _combined_feedback(element: Element, question: Question) -> None:
    _text_field(element, "correctfeedback", question.feedback_correct or "")
    _text_field(element, "partiallycorrectfeedback", "")
    _text_field(element, "incorrectfeedback", question.feedback_incorrect or "")


def _fill(element: Element, question: Question) -> str:
    """The type-specific part; returns Moodle's name of the type."""
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        single = kind is QuestionType.SINGLE
        right_count = sum(1 for c in question.choices if c.correct)
        SubElement(element, "single").text = "true" if single else "false"
        SubElement(element, "shuffleanswers").text = "true"
        SubElement(element, "answernumbering").text = "abc"
        _combined_feedback(element, question)
        for choice in question.choices:
            fraction = (100.0 if single else 100.0 / right_count) if choice.correct else (
                0.0 if single else -100.0)
            _answer(element, fraction, choice.text, choice.feedback)
        return "multichoice"
    if kind is QuestionType.TRUE_FALSE:
        for value in (True, False):
            is_right = value == question.truth
            _answer(element, 100.0 if is_right else 0.0, "true" if value else "false",
                    question.feedback_correct if is_right else question.feedback_incorrect,
                    "moodle_auto_format")
        return "truefalse"
    if kind is QuestionType.SHORT_ANSWER:
        SubElement(element, "usecase").text = "0"
        for accepted in question.accept:
            _answer(element, 100.0, accepted, question.feedback_correct)
        for almost in question.close:
            _answer(element, 0.0, almost, ALMOST_FEEDBACK)
        if question.feedback_incorrect:
            _answer(element, 0.0, "*", question.feedback_incorrect)
        return "shortanswer"
    if kind is QuestionType.NUMERIC:
        exact = _answer(element, 100.0, number_text(question.number or 0.0),
                        question.feedback_correct)
        SubElement(exact, "tolerance").text = number_text(question.tolerance)
        if question.feedback_incorrect:
            SubElement(_answer(element, 0.0, "*", question.feedback_incorrect),
                       "tolerance").text = "0"
        return "numerical"
    if kind is QuestionType.ORDERING:
        for tag, setting in (("layouttype", "VERTICAL"), ("selecttype", "ALL"),
                             ("selectcount", "0"), ("gradingtype", "ABSOLUTE_POSITION"),
                             ("showgrading", "SHOW"), ("numberingstyle", "none")):
            SubElement(element, tag).text = setting
        _combined_feedback(element, question)
        for position, item in enumerate(question.items, start=1):
            _answer(element, float(position), item, None)
        return "ordering"
    SubElement(element, "shuffleanswers").text = "true"
    _combined_feedback(element, question)
    for pair in question.pairs:
        sub = _text_field(element, "subquestion", pair.left, PLAIN)
        SubElement(SubElement(sub, "answer"), "text").text = pair.right
    return "matching"


def write_moodle_xml(pack: Pack) -> ExportResult:
    """Every question of the pack as Moodle XML (UTF-8); nothing is left out."""
    quiz = Element("quiz")
    quiz.append(ElementTree.Comment(f" {pack.title}: exported from quizapp pack '{pack.id}' "
                                    .replace("--", "- -")))
    section: str | None = None
    for question in pack.questions:
        if question.section_id != section and question.section_id is not None:
            section = question.section_id
            category = SubElement(quiz, "question", {"type": "category"})
            title = (pack.section_title(section) or section).replace("/", "-")
            _text_field(category, "category", f"$course$/top/{title}", None)
        element = SubElement(quiz, "question")
        _text_field(element, "name", question.id, None)
        _text_field(element, "questiontext", question.prompt)
        _text_field(element, "generalfeedback", general_feedback(pack, question))
        SubElement(element, "defaultgrade").text = "1"
        SubElement(element, "penalty").text = "0"
        SubElement(element, "hidden").text = "0"
        SubElement(element, "idnumber").text = question.id
        element.set("type", _fill(element, question))
        if question.tags:
            tags = SubElement(element, "tags")
            for tag in question.tags:
                SubElement(SubElement(tags, "tag"), "text").text = tag
    ElementTree.indent(quiz)
    body = ElementTree.tostring(quiz, encoding="unicode")
    return ExportResult(f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode())
