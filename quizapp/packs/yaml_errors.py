"""PyYAML's parser errors, said in plain words at the line where the author has to look.

Teachers writing a pack do not know what "mapping values are not allowed here" means; they need
"line 38: the value of `prompt` contains ': ' — put the whole value in quotes". The parser's own
message and marks say what kind of mistake it met; the text around the marks says which key and
which character it was. Both libyaml's messages and pure-Python PyYAML's are recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_KEY_AT_START = re.compile(r"^\s*(?:-\s+)*([^\s:#][^:#]*?)\s*:(?:\s|$)")
_COLON_WITHOUT_SPACE = re.compile(r"^\s*(?:-\s+)*([^\s:#\"'][^\s:]*):(\S)")
_VALUE_START_QUOTE = re.compile(r"^\s*(?:-\s+)*[^\s:#][^:#]*?:\s+([\"'])")
_VALUE_START_BRACKET = re.compile(r"^\s*(?:-\s+)*[^\s:#][^:#]*?:\s+([\[{])")
QUOTE_HINT = "put the whole value in quotes"


@dataclass(frozen=True)
class PlainYamlError:
    """Where to look (1-based line and column) and what to do, for one YAML error."""

    line: int
    column: int
    message: str


class _Text:
    """The YAML text with 0-based line access that never fails, for looking around a mark."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line(self, number: int) -> str:
        return self.lines[number] if 0 <= number < len(self.lines) else ""

    def char(self, mark: yaml.Mark | None) -> str:
        if mark is None:
            return ""
        line = self.line(mark.line)
        return line[mark.column] if 0 <= mark.column < len(line) else ""

    def key_of(self, number: int) -> str | None:
        match = _KEY_AT_START.match(self.line(number))
        return match.group(1).strip() if match else None

    def previous_content_line(self, number: int) -> int | None:
        for candidate in range(number - 1, -1, -1):
            stripped = self.line(candidate).strip()
            if stripped and not stripped.startswith("#"):
                return candidate
        return None


def _at(mark: yaml.Mark | None, message: str) -> PlainYamlError:
    if mark is None:
        return PlainYamlError(1, 1, message)
    return PlainYamlError(mark.line + 1, mark.column + 1, message)


def _first_word(text: str) -> str:
    words = text.strip().split()
    return words[0].rstrip(":") if words else text.strip()


def _missing_colon(text: _Text, start: yaml.Mark) -> PlainYamlError:
    line = text.line(start.line)[start.column:].strip()
    word = _first_word(line)
    if " " in line:
        return _at(start, f"a colon is missing after `{word}`; write `{word}: …`")
    return _at(start, f"`{word}` is neither a `key: value` line nor a list entry; add a colon after "
               "the key, start a list entry with '- ', or indent it to continue the text above")


def _mapping_value_misplaced(text: _Text, colon: yaml.Mark) -> PlainYamlError:
    line = text.line(colon.line)
    before = line[: colon.column]
    key = text.key_of(colon.line)
    if key is not None and ": " in before + " ":
        return _at(colon, f"the value of `{key}` contains ': ', which YAML reads as a second key; "
                   f"{QUOTE_HINT}, e.g. {key}: \"…: …\"")
    previous = text.previous_content_line(colon.line)
    if previous is not None:
        glued = _COLON_WITHOUT_SPACE.match(text.line(previous))
        if glued:
            return PlainYamlError(previous + 1, 1, f"a space is missing after the colon in "
                                  f"`{glued.group(1)}:{glued.group(2)}…`; write "
                                  f"`{glued.group(1)}: {glued.group(2)}…`")
    name = _first_word(before) or "this key"
    start = len(line) - len(line.lstrip())
    return PlainYamlError(colon.line + 1, start + 1,
                          f"`{name}` is indented more than the key above it; keys of the same "
                          "entry must start in the same column")


def _misaligned(text: _Text, error: yaml.MarkedYAMLError) -> PlainYamlError:
    problem, context = error.problem_mark, error.context_mark
    if problem is None:
        return _at(context, "this line is not lined up with the lines above it")
    line = text.line(problem.line)
    quote = _VALUE_START_QUOTE.match(line)
    key = text.key_of(problem.line)
    if quote and problem.column > line.find(quote.group(1)):
        return _at(problem, f"text follows the closing quote of `{key}`; {QUOTE_HINT} (write a "
                   f"quote inside double quotes as \\\" or use single quotes)")
    bracket = _VALUE_START_BRACKET.match(line)
    if bracket and problem.column > line.find(bracket.group(1)):
        return _at(problem, f"the value of `{key}` starts with `{bracket.group(1)}`, which YAML "
                   f"reads as a list or mapping; {QUOTE_HINT}")
    name = text.key_of(problem.line) or _first_word(line[problem.column:]) or "this line"
    where = f" (the entry that starts on line {context.line + 1})" if context is not None else ""
    return PlainYamlError(problem.line + 1, problem.column + 1,
                          f"`{name}` is not lined up with the lines above it{where}; indent it "
                          "like the other keys of its entry, or start a new entry with '- '")


def _cannot_start(text: _Text, mark: yaml.Mark | None) -> PlainYamlError:
    char = text.char(mark)
    if char == "\t":
        return _at(mark, "a tab character is used here; YAML indents with spaces only, so "
                   "replace the tab with spaces")
    shown = f"'{char}'" if char else "this character"
    return _at(mark, f"a value cannot start with {shown}; {QUOTE_HINT}")


def _unclosed_bracket(text: _Text, end: yaml.Mark | None) -> PlainYamlError:
    """A ``[`` or ``{`` left open until the end: point at the line that opened it."""
    last = end.line if end is not None else len(text.lines) - 1
    depth = 0
    for number in range(min(last, len(text.lines) - 1), -1, -1):
        line = text.line(number).split(" #")[0]
        depth += line.count("]") + line.count("}") - line.count("[") - line.count("{")
        if depth < 0:
            opening = "[" if line.rfind("[") > line.rfind("{") else "{"
            closing = "]" if opening == "[" else "}"
            return PlainYamlError(number + 1, line.rfind(opening) + 1,
                                  f"the `{opening}` opened here is never closed; add `{closing}`, "
                                  f"or put the value in quotes if it is text")
    return _at(end, "a list `[…]` or mapping `{…}` is not finished; close it, or put text "
               "that starts with [ or { in quotes")


def translate(error: yaml.MarkedYAMLError, source: str) -> PlainYamlError:
    """The plain-words version of a PyYAML error, placed where the author has to fix it."""
    text = _Text(source)
    problem = (error.problem or "").lower()
    context = (error.context or "").lower()
    problem_mark, context_mark = error.problem_mark, error.context_mark
    if "could not find expected ':'" in problem and context_mark is not None:
        return _missing_colon(text, context_mark)
    if "mapping values are not allowed" in problem and problem_mark is not None:
        return _mapping_value_misplaced(text, problem_mark)
    if "tab" in problem or text.char(problem_mark) == "\t":
        return _cannot_start(text, problem_mark)
    if "cannot start any token" in problem:
        return _cannot_start(text, problem_mark)
    if "quoted scalar" in context and "end of stream" in problem:
        quote = text.char(context_mark) or '"'
        return _at(context_mark, f"the quote {quote} opened here is never closed; add the closing "
                   f"{quote} at the end of the value")
    if "unknown escape" in problem:
        return _at(problem_mark, "a backslash starts an unknown escape inside double quotes; "
                   "write \\\\ for a backslash, or use single quotes")
    if "flow node" in context:
        return _unclosed_bracket(text, problem_mark)
    if "flow mapping" in context or "flow sequence" in context:
        opening, closing = ("{", "}") if "mapping" in context else ("[", "]")
        return _at(context_mark, f"the `{opening}` opened here is not closed with `{closing}`, or "
                   "a comma is missing between its entries; if this is text, put it in quotes")
    if "alias" in context or "alias" in problem or "anchor" in context:
        return _at(context_mark or problem_mark, f"a value cannot start with '*' or '&' (YAML "
                   f"reads them as a reference); {QUOTE_HINT}")
    if "sequence entries are not allowed" in problem:
        return _at(problem_mark, "a list cannot start on the same line as its key; put each "
                   "'- ' entry on its own line below the key, indented")
    if "single document" in context:
        return _at(problem_mark, "a second YAML document starts here (`---`); a pack is one "
                   "document, so remove this line")
    if "block scalar" in context:
        return _at(context_mark, "after `|` or `>` only a comment may follow on the same line; "
                   "start the text on the next line, indented")
    if ("expected key" in problem or "expected '-'" in problem or "<block end>" in problem):
        return _misaligned(text, error)
    said = error.problem or error.context
    return _at(problem_mark or context_mark, f"the YAML is not valid here ({said}); check the "
               "indentation and quoting around this point")


def translate_reader_error(error: yaml.reader.ReaderError, source: str) -> PlainYamlError:
    """A character that may not appear in a YAML file (control characters and the like)."""
    before = source[: max(0, error.position)]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    character = error.character
    code = character if isinstance(character, int) else ord(str(character)[:1] or "?")
    return PlainYamlError(line, column, f"the file contains a control character (code "
                          f"{code:#04x}) that a text file may not hold; delete it")
