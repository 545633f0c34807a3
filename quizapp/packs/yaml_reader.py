"""Reading untrusted YAML into plain data, remembering where every value stood.

Packs come from strangers, so only plain data is accepted: no tags that construct objects, no
anchors or aliases (an "alias bomb" can make a tiny file expand into billions of nodes), no
numbers too long to convert, and no more values or nesting than ``quizapp.core.limits`` allows.
libyaml's C parser produces the events; the data is built from them here, so that each value's
line and column is kept for error messages and no tree of YAML nodes is held in memory (that tree
took several times the memory and time of the data it described).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import yaml

from quizapp.core.cancellation import CancelCheck, check
from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.limits import (
    MAX_NUMBER_CHARACTERS,
    MAX_PACK_BYTES,
    MAX_YAML_DEPTH,
    MAX_YAML_NODES,
)
from quizapp.core.validation import DataPath
from quizapp.packs.safe_files import read_text_file
from quizapp.packs.yaml_errors import translate, translate_reader_error

__all__ = ["MAX_PACK_BYTES", "YamlPositions", "read_text_file", "read_yaml_text"]

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + name for name in ("str", "int", "float", "bool", "null"))
_MAP, _SEQ, _MERGE = _TAG + "map", _TAG + "seq", _TAG + "merge"
_BOOLEANS = yaml.constructor.SafeConstructor.bool_values
_CANCEL_EVERY = 4096
"""Values read between two looks at whether the reading should stop."""
_ALIASES = ("YAML anchors and aliases (&name / *name) are not allowed in packs: a value cannot "
            "start with '*' or '&'. If you meant text (such as *emphasis*), put the whole value "
            "in quotes; if you meant to reuse a value, write it out in full")


@dataclass
class YamlPositions:
    """Line and column (1-based) of every value and mapping key read from a YAML file."""

    values: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[DataPath, tuple[int, int]] = field(default_factory=dict)

    def of_value(self, path: DataPath) -> tuple[int, int]:
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def of_key(self, path: DataPath) -> tuple[int, int]:
        return self.keys.get(path) or self.of_value(path)


class _Mark(Protocol):
    line: int
    column: int


def _position(mark: _Mark | None) -> tuple[int, int]:
    """1-based line and column, as editors count."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


class _Frame:
    """A list or mapping being filled; ``key`` is the mapping key whose value comes next."""

    __slots__ = ("container", "key", "path", "wants_key")

    def __init__(self, container: dict[str, object] | list[object], path: DataPath) -> None:
        self.container = container
        self.path = path
        self.key = ""
        self.wants_key = isinstance(container, dict)


class _Builder:
    def __init__(self, file: str, loader: yaml.SafeLoader,
                 cancelled: CancelCheck | None = None) -> None:
        self.file = file
        self.loader = loader
        self.positions = YamlPositions()
        self.constructor = yaml.constructor.SafeConstructor()
        self.anchors: dict[str, _Mark | None] = {}
        self.nodes = 0
        self.next_event: Callable[[], yaml.Event] = loader.get_event
        self.cancelled = cancelled

    def fail(self, mark: _Mark | None, message: str) -> PackError:
        line, column = _position(mark)
        return PackError([Diagnostic(self.file, line, column, Severity.ERROR, message)])

    def build(self) -> object:
        """The one document of the stream as plain data (None for an empty document)."""
        get = self.next_event
        get()  # the start of the stream
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            raise PackError([Diagnostic(self.file, 1, 1, Severity.ERROR,
                                        "the file is empty; a pack starts with 'format: quizapp/1'")])
        data = self.document()
        get()  # the end of the document
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            raise self.fail(event.start_mark, "a second YAML document starts here (`---`); a pack "
                            "is one document, so remove this line")
        return data

    def document(self) -> object:
        get = self.next_event
        stack: list[_Frame] = []
        root: object = None
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                if not stack:
                    return root
                continue
            frame = stack[-1] if stack else None
            if frame is not None and frame.wants_key:
                self.key(event, frame)
                continue
            self.count(event)
            if frame is None:
                path: DataPath = ()
            elif isinstance(frame.container, dict):
                path = frame.path + (frame.key,)
            else:
                path = frame.path + (len(frame.container),)
            mark = event.start_mark
            self.positions.values[path] = _position(mark)
            value: object
            opened = None
            if isinstance(event, yaml.ScalarEvent):
                value = self.scalar(event)
            elif isinstance(event, yaml.CollectionStartEvent):
                self.check_collection(event, len(stack))
                container: dict[str, object] | list[object] = (
                    {} if isinstance(event, yaml.MappingStartEvent) else [])
                value, opened = container, _Frame(container, path)
            else:
                raise self.fail(mark, f"unexpected YAML {kind.__name__}")
            if frame is None:
                root = value
            elif isinstance(frame.container, dict):
                frame.container[frame.key] = value
                frame.wants_key = True
            else:
                frame.container.append(value)
            if opened is not None:
                stack.append(opened)
            elif not stack:
                return root

    def count(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.AliasEvent):
            raise self.fail(self.anchors.get(str(event.anchor), event.start_mark), _ALIASES)
        self.nodes += 1
        if not self.nodes % _CANCEL_EVERY:
            check(self.cancelled)
        if self.nodes > MAX_YAML_NODES:
            raise self.fail(event.start_mark, f"the file holds more than {MAX_YAML_NODES:,} "
                            "values; split it into several packs")
        anchor: str | None = getattr(event, "anchor", None)
        if anchor is not None:
            self.anchors[anchor] = event.start_mark

    def check_collection(self, event: yaml.CollectionStartEvent, depth: int) -> None:
        if depth >= MAX_YAML_DEPTH:
            raise self.fail(event.start_mark, f"the data is nested more than {MAX_YAML_DEPTH} "
                            "levels deep; packs are flat lists of questions")
        tag = event.tag
        expected = _MAP if isinstance(event, yaml.MappingStartEvent) else _SEQ
        if tag is not None and tag != "!" and tag != expected:
            raise self.fail(event.start_mark, f"the tag {tag!r} is not allowed; packs hold plain "
                            "data only")

    def key(self, event: yaml.Event, frame: _Frame) -> None:
        self.count(event)
        mark = event.start_mark
        if not isinstance(event, yaml.ScalarEvent):
            raise self.fail(mark, "a mapping key must be plain text")
        if event.tag is None and event.implicit[0] and event.value == "<<":
            raise self.fail(mark, "merge keys ('<<') are not allowed in packs; write the keys "
                            "out in full")
        key = self.scalar(event)
        if key is None:
            raise self.fail(mark, "a mapping key must be plain text")
        text = key if isinstance(key, str) else str(key)
        container = frame.container
        assert isinstance(container, dict)
        if text in container:
            raise self.fail(mark, f"the key '{text}' appears twice in this mapping; keep only one")
        self.positions.keys[frame.path + (text,)] = _position(mark)
        frame.key = text
        frame.wants_key = False

    def scalar(self, event: yaml.ScalarEvent) -> object:
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)  # type: ignore[no-untyped-call]
        if tag == _STR:
            return value
        if tag == _NULL:
            return None
        mark = event.start_mark
        if tag == _BOOL:
            truth = _BOOLEANS.get(value.lower())
            if truth is None:
                raise self.fail(mark, f"{_shown(value)} is not true or false; write true or "
                                "false, or quote the value if you meant text")
            return truth
        if tag not in (_INT, _FLOAT):
            raise self.fail(mark, f"the tag {tag!r} is not allowed; packs hold plain text, "
                            "numbers, true/false, lists and mappings only (quote the value if "
                            "you meant text)")
        if len(value) > MAX_NUMBER_CHARACTERS:
            raise self.fail(mark, f"this number is {len(value):,} characters long; numbers may "
                            f"have at most {MAX_NUMBER_CHARACTERS} (quote it if you meant text)")
        node = yaml.ScalarNode(tag, value)
        try:
            number: object = (self.constructor.construct_yaml_int(node) if tag == _INT
                              else self.constructor.construct_yaml_float(node))
        except (ValueError, ArithmeticError, LookupError, TypeError):
            raise self.fail(mark, f"{_shown(value)} is not a valid number; write digits such as "
                            "12 or 1.5, or quote the value if you meant text") from None
        if isinstance(number, float) and not math.isfinite(number):
            raise self.fail(mark, "infinite or not-a-number values are not allowed")
        return number


def read_yaml_text(text: str, file: str,
                   cancelled: CancelCheck | None = None) -> tuple[object, YamlPositions]:
    """Parse YAML text into plain data; raises ``PackError`` with a position on any problem."""
    loader = _Loader(text)
    builder = _Builder(file, loader, cancelled)
    try:
        data = builder.build()
    except yaml.MarkedYAMLError as error:
        plain = translate(error, text)
        raise PackError([Diagnostic(file, plain.line, plain.column, Severity.ERROR,
                                    plain.message)]) from None
    except yaml.reader.ReaderError as error:
        plain = translate_reader_error(error, text)
        raise PackError([Diagnostic(file, plain.line, plain.column, Severity.ERROR,
                                    plain.message)]) from None
    except yaml.YAMLError as error:
        raise PackError([Diagnostic(file, 1, 1, Severity.ERROR,
                                    f"not a readable YAML file: {error}")]) from None
    finally:
        loader.dispose()
    return data, builder.positions

