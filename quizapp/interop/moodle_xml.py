"""Reading Moodle XML question files into a pack, safely.

The file is parsed with defusedxml: entity declarations (the "billion laughs" bomb) and external
entities or DTDs (XXE) are refused outright, so nothing outside the file is ever read. Question
text is HTML in most files (often in CDATA); it is converted to plain text and Markdown. Images
embedded in the file (``<file encoding="base64">``) are kept as files beside the new pack.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ElementTree
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.core.limits import MAX_IMPORTED_IMAGE_BYTES
from quizapp.interop.answer_rules import AnswerRules, NumericAnswer, Weighted, parse_number
from quizapp.interop.builder import PackBuilder, category_title, short
from quizapp.interop.cloze import read_cloze
from quizapp.interop.html_text import Image, replace_images
from quizapp.interop.results import ImportFailure, ImportResult
from quizapp.interop.text_formats import image_names, plain_text, to_text

IMAGE_DIR = "images"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
UNSUPPORTED = {
    "essay": "essay questions need a person to mark them; quizapp grades answers automatically",
    "description": "it is a description (text without a question)",
    "calculated": "calculated questions draw random numbers from formulas; quizapp has none",
    "calculatedsimple": "calculated questions draw random numbers from formulas; quizapp has none",
    "calculatedmulti": "calculated questions draw random numbers from formulas; quizapp has none",
    "ddwtos": "drag-and-drop questions cannot be answered by keyboard here; quizapp has none",
    "ddimageortext": "drag-and-drop onto an image is not a quizapp question type",
    "ddmarker": "drag-and-drop markers are not a quizapp question type",
    "gapselect": "select-missing-words questions have several gaps; quizapp asks one thing",
    "randomsamatch": "random short-answer matching is built from other questions at quiz time",
    "random": "a random question is chosen from a category at quiz time",
}


_REFUSED = {
    "DTDForbidden": "the file has a document type declaration (<!DOCTYPE ...>)",
    "EntitiesForbidden": "the file declares XML entities (<!ENTITY ...>)",
    "ExternalReferenceForbidden": "the file refers to an outside file or address",
}


class _LineBuilder(ElementTree.TreeBuilder):
    """Remembers the line each element starts on, so warnings can point at it."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[int, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def parse_xml(data: bytes, file: str) -> tuple[Element, dict[int, int]]:
    """Parse untrusted XML; every failure becomes an ``ImportFailure`` at its line."""
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root: Element = parser.close()
    except ElementTree.ParseError as error:
        line = error.position[0] if error.position else 1
        reason = str(error).split(":")[0]
        raise ImportFailure(file, line, f"not well-formed XML ({reason}); check the file is "
                            "complete and every tag is closed") from None
    except DefusedXmlException as error:
        line = parser.parser.CurrentLineNumber
        raise ImportFailure(file, line, f"{_REFUSED.get(type(error).__name__, 'unsafe XML')}; "
                            "quizapp refuses it for safety, as such declarations can read other "
                            "files or blow up in memory. Moodle never writes one: export the "
                            "questions from Moodle again") from None
    except (ValueError, LookupError) as error:  # e.g. an unknown encoding declaration
        raise ImportFailure(file, 1, f"cannot read the XML: {error}") from None
    return root, builder.lines


def _text(element: Element | None, path: str = "text") -> tuple[str, str]:
    """The text and format of a Moodle text field such as ``<questiontext format=...>``."""
    if element is None:
        return "", "plain_text"
    child = element.find(path)
    text = "".join(child.itertext()) if child is not None else ""
    return text, element.get("format", "moodle_auto_format")


def _fraction(element: Element) -> float:
    try:
        return float(element.get("fraction", "0")) / 100
    except ValueError:
        return 0.0


class _XmlReader:
    def __init__(self, builder: PackBuilder, lines: dict[int, int]) -> None:
        self.b = builder
        self.lines = lines

    def line(self, element: Element) -> int:
        return self.lines.get(id(element), 1)

    def files(self, element: Element | None) -> dict[str, bytes]:
        """Images embedded in a text field, by file name."""
        found: dict[str, bytes] = {}
        if element is None:
            return found
        for node in element.findall("file"):
            name = node.get("name", "")
            try:
                content = base64.b64decode("".join(node.itertext()), validate=False)
            except (binascii.Error, ValueError):
                continue
            if name and len(content) <= MAX_IMPORTED_IMAGE_BYTES:
                found[name] = content
        return found

    def rich(self, element: Element | None, label: str, line: int) -> str | None:
        """A question's text as Markdown; None (and a warning) if it shows a missing image."""
        raw, fmt = _text(element)
        text, images = to_text(raw, fmt)
        if not images:
            return text
        embedded = self.files(element)
        missing = [i for i in images if self.image_file(i) not in embedded]
        if missing:
            self.b.skip(line, label, f"it shows an image that is not in the file "
                        f"({image_names(missing)})")
            return None
        shown = []
        for image in images:
            name = self.image_file(image)
            safe = _SAFE_NAME.sub("-", name).strip("-.") or "image"
            if not safe.lower().endswith(_IMAGE_SUFFIXES):
                safe += ".png"
            target, number = f"{IMAGE_DIR}/{safe}", 2
            while self.b.attachments.get(target, embedded[name]) != embedded[name]:
                stem, dot, ext = safe.rpartition(".")  # another question's image of that name
                target, number = f"{IMAGE_DIR}/{stem}-{number}{dot}{ext}", number + 1
            self.b.attachments[target] = embedded[name]
            shown.append(f"![{image.alt or safe}]({target})")
        self.b.warn(line, f"{label}: its image ({image_names(images)}) was saved in {IMAGE_DIR}/ "
                    "beside the pack and is named in the text")
        return replace_images(text, images, shown)

    @staticmethod
    def image_file(image: Image) -> str:
        source = image.source
        prefix = "@@PLUGINFILE@@/"
        return source[len(prefix):].split("?")[0] if source.startswith(prefix) else ""

    def plain(self, element: Element | None, path: str = "text") -> str:
        raw, fmt = _text(element, path)
        return plain_text(raw, fmt, markdown=False)

    def feedback(self, element: Element | None) -> str:
        raw, fmt = _text(element)
        return plain_text(raw, fmt)

    def read(self, question: Element) -> None:
        kind = question.get("type", "")
        line = self.line(question)
        if kind == "category":
            raw, _ = _text(question.find("category"))
            self.b.start_section(category_title(raw))
            return
        name = " ".join(_text(question.find("name"))[0].split()) or None
        label = f"question '{name}'" if name else f"a {kind or 'untyped'} question"
        if kind in UNSUPPORTED:
            self.b.skip(line, label, UNSUPPORTED[kind])
            return
        readers = {"multichoice": self.multichoice, "truefalse": self.truefalse,
                   "shortanswer": self.shortanswer, "numerical": self.numerical,
                   "matching": self.matching, "ordering": self.ordering,
                   "cloze": self.cloze, "multianswer": self.cloze}
        if kind not in readers:
            self.b.skip(line, label, f"quizapp cannot hold Moodle's '{kind}' questions")
            return
        prompt = self.rich(question.find("questiontext"), label, line)
        if prompt is None:
            return
        rules = AnswerRules(self.b, line, label)
        fields = readers[kind](question, rules, prompt)
        if fields is None:
            return
        data: dict[str, object] = {"prompt": prompt, **fields}
        explanation = self.feedback(question.find("generalfeedback"))
        if explanation:
            data["explanation"] = explanation
        tags = [" ".join("".join(t.itertext()).split()) for t in question.findall("tags/tag")]
        if [t for t in tags if t]:
            data["tags"] = [t for t in tags if t]
        self.b.add(line, data, name)

    def weighted(self, question: Element) -> list[Weighted]:
        return [Weighted(self.plain(a), _fraction(a), self.feedback(a.find("feedback")))
                for a in question.findall("answer")]

    def combined_feedback(self, question: Element, data: dict[str, object]) -> dict[str, object]:
        right = self.feedback(question.find("correctfeedback"))
        wrong = self.feedback(question.find("incorrectfeedback"))
        feedback = {k: v for k, v in (("correct", right), ("incorrect", wrong)) if v}
        return {**data, "feedback": feedback} if feedback else data

    def multichoice(self, question: Element, rules: AnswerRules,
                    prompt: str) -> dict[str, object] | None:
        single = (question.findtext("single") or "true").strip().lower() in ("true", "1")
        return self.combined_feedback(question, rules.choices(self.weighted(question), single))

    def truefalse(self, question: Element, rules: AnswerRules,
                  prompt: str) -> dict[str, object] | None:
        answers = self.weighted(question)
        right = [a for a in answers if a.weight >= 0.999]
        if len(right) != 1 or right[0].text.strip().lower() not in ("true", "false"):
            self.b.skip(rules.line, rules.label, "a true/false question needs one answer 'true' "
                        "or 'false' worth 100%")
            return None
        wrong = [a for a in answers if a is not right[0]]
        data: dict[str, object] = {"type": "true_false",
                                   "answer": right[0].text.strip().lower() == "true"}
        feedback = {k: v for k, v in (("correct", right[0].feedback),
                                      ("incorrect", wrong[0].feedback if wrong else "")) if v}
        if feedback:
            data["feedback"] = feedback
        return data

    def shortanswer(self, question: Element, rules: AnswerRules,
                    prompt: str) -> dict[str, object] | None:
        if (question.findtext("usecase") or "0").strip() == "1":
            rules.warn("answers were case-sensitive in Moodle; quizapp ignores case")
        return rules.short_answer(self.weighted(question))

    def numerical(self, question: Element, rules: AnswerRules,
                  prompt: str) -> dict[str, object] | None:
        answers = []
        for answer in question.findall("answer"):
            value = self.plain(answer).strip()
            feedback = self.feedback(answer.find("feedback"))
            if value == "*" or not value:
                answers.append(NumericAnswer(None, 0.0, feedback))
                continue
            parsed = parse_number(value, answer.findtext("tolerance") or "0")
            if parsed is None:
                self.b.skip(rules.line, rules.label, f"'{short(value, 30)}' is not a number")
                return None
            answers.append(NumericAnswer(parsed, _fraction(answer), feedback, value))
        units = [u.findtext("unit_name") or "" for u in question.findall("units/unit")]
        if [u for u in units if u.strip()]:
            rules.warn(f"its units ({', '.join(u for u in units if u.strip())}) were left out; "
                       "quizapp expects a bare number")
        return rules.numeric(answers)

    def matching(self, question: Element, rules: AnswerRules,
                 prompt: str) -> dict[str, object] | None:
        pairs = []
        for sub in question.findall("subquestion"):
            left = self.plain(sub)
            right = self.plain(sub.find("answer"))
            if not left:
                rules.warn(f"the extra answer '{short(right, 30)}' (with no question) was left "
                           "out; quizapp matches pairs only")
                continue
            pairs.append({"left": left, "right": right})
        return self.combined_feedback(question, {"type": "matching", "pairs": pairs})

    def ordering(self, question: Element, rules: AnswerRules,
                 prompt: str) -> dict[str, object] | None:
        answers = [(_fraction(a) * 100, index, self.plain(a))
                   for index, a in enumerate(question.findall("answer"))]
        items = [text for _, _, text in sorted(answers)]
        return self.combined_feedback(question, {"type": "ordering", "items": items})

    def cloze(self, question: Element, rules: AnswerRules,
              prompt: str) -> dict[str, object] | None:
        return read_cloze(prompt, rules)


def read_moodle_xml(data: bytes, file: str, title: str = "Imported questions") -> ImportResult:
    """A pack from a Moodle XML file, with a located warning for everything left out."""
    root, lines = parse_xml(data, file)
    if root.tag != "quiz":
        raise ImportFailure(file, lines.get(id(root), 1), f"not a Moodle XML question file: it "
                            f"starts with <{root.tag}>, where Moodle writes <quiz>")
    builder = PackBuilder(file, title)
    reader = _XmlReader(builder, lines)
    for question in root.findall("question"):
        reader.read(question)
    return builder.build()
