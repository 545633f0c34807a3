"""Reading untrusted YAML into plain data, remembering where every value stood.

Packs come from strangers, so only plain data is accepted: no tags that construct objects, no
anchors or aliases (an "alias bomb" can make a tiny file expand into billions of nodes), no huge
files. Parsing uses libyaml's C composer for speed; building the data is done here so that each
value's line and column is kept for error messages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.validation import DataPath
from quizapp.packs.yaml_errors import translate, translate_reader_error

MAX_PACK_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


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


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.positions = YamlPositions()
        self.constructor = yaml.constructor.SafeConstructor()
        self.seen: set[int] = set()

    def fail(self, node: yaml.Node, message: str) -> PackError:
        mark = node.start_mark
        return PackError([Diagnostic(self.file, mark.line + 1, mark.column + 1, Severity.ERROR,
                                     message)])

    def build(self, node: yaml.Node, path: DataPath, depth: int = 0) -> object:
        if id(node) in self.seen:
            raise self.fail(node, "YAML anchors and aliases (&name / *name) are not allowed in "
                            "packs, and the value anchored here is reused by an alias; write "
                            "each value out in full")
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise self.fail(node, f"the data is nested more than {MAX_DEPTH} levels deep; packs "
                            "are flat lists of questions")
        mark = node.start_mark
        self.positions.values[path] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                raise self.fail(node, f"the tag {node.tag!r} is not allowed; packs hold plain "
                                "data only")
            result: dict[str, object] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.fail(key_node, "merge keys ('<<') are not allowed in packs; write "
                                    "the keys out in full")
                key = self.build(key_node, path + ("<key>",), depth + 1)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    raise self.fail(key_node, "a mapping key must be plain text")
                key_text = str(key) if not isinstance(key, str) else key
                if key_text in result:
                    raise self.fail(key_node, f"the key '{key_text}' appears twice in this "
                                    "mapping; keep only one")
                key_mark = key_node.start_mark
                self.positions.keys[path + (key_text,)] = (key_mark.line + 1, key_mark.column + 1)
                result[key_text] = self.build(value_node, path + (key_text,), depth + 1)
            self.positions.values.pop(path + ("<key>",), None)
            return result
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.fail(node, f"the tag {node.tag!r} is not allowed; packs hold plain "
                                "data only")
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if node.tag not in _PLAIN_TAGS:
            raise self.fail(node, f"the tag {node.tag!r} is not allowed; packs hold plain text, "
                            "numbers, true/false, lists and mappings only (quote the value if "
                            "you meant text)")
        value: object = self.constructor.construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(node, "infinite or not-a-number values are not allowed")
        return value


def read_yaml_text(text: str, file: str) -> tuple[object, YamlPositions]:
    """Parse YAML text into plain data; raises ``PackError`` with a position on any problem."""
    try:
        node = yaml.compose(text, Loader=_Loader)
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
    if node is None:
        raise PackError([Diagnostic(file, 1, 1, Severity.ERROR,
                                    "the file is empty; a pack starts with 'format: quizapp/1'")])
    builder = _Builder(file)
    data = builder.build(node, ())
    return data, builder.positions


def read_text_file(path: Path, *, limit: int = MAX_PACK_BYTES, what: str = "pack") -> str:
    """Read a UTF-8 text file with a size cap; raises ``ValueError`` in plain words."""
    size = path.stat().st_size
    if size > limit:
        raise ValueError(f"the {what} file is {size / 1048576:.1f} MB; the limit is "
                         f"{limit / 1048576:.0f} MB")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValueError(f"the {what} file is not UTF-8 text (bad byte on line {line}); save "
                         "it as UTF-8") from None
