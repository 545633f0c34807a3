"""ruamel.yaml's round-trip nodes, edited in place so comments, key order and quoting survive.

The editor hands over plain data (what PyYAML reads); ``merge`` writes it into the node that was
read from the file, touching only what changed. ``NodeWriter`` dumps one node in the style the
file already uses (how far nested lists are indented, how long lines get). Strings that PyYAML
would read as something else when written bare (``yes``, ``1990``, ``null``) are quoted, because
the pack is read back with PyYAML.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    ScalarString,
    SingleQuotedScalarString,
)

QUESTION_KEY_ORDER = (
    "id", "type", "section", "difficulty", "tags", "prompt", "choices", "answer", "tolerance",
    "accept", "close", "items", "pairs", "explanation", "feedback", "cite",
)
NESTED_KEY_ORDER = (
    "text", "title", "publisher", "license", "url", "article_url", "correct", "feedback", "left",
    "right", "passage", "quote",
)
PACK_KEY_ORDER = (
    "format", "id", "title", "language", "version", "authors", "description", "source",
    "sections", "questions",
)
_STRING_TAG = "tag:yaml.org,2002:str"
_NEEDS_ESCAPES = re.compile("[^\x09\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters PyYAML reads only as a double-quoted escape: controls, odd line breaks, BOMs."""
_SHORT_FLOW = 70


def round_trip_yaml() -> YAML:
    loader = YAML(typ="rt")
    loader.preserve_quotes = True
    loader.allow_unicode = True
    return loader


def to_plain(node: Any) -> Any:
    """A ruamel node as plain Python data (dicts, lists, str, int, float, bool)."""
    if isinstance(node, dict):
        return {str(key): to_plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [to_plain(item) for item in node]
    if isinstance(node, ScalarBoolean):
        return bool(node)
    if isinstance(node, bool):
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return node


def _read_as_text_by_pyyaml(text: str) -> bool:
    resolver = yaml.resolver.Resolver()
    resolved = resolver.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(resolved == _STRING_TAG)


def scalar(value: object, like: Any = None, in_flow: bool = False) -> Any:
    """A plain value ready to dump: quoting kept from ``like``, ambiguous text quoted.

    Inside ``[...]`` or ``{...}`` a bare '?' stops pure-Python PyYAML (libyaml accepts it), so
    such text is quoted there.
    """
    if not isinstance(value, str):
        return value
    if _NEEDS_ESCAPES.search(value) or (in_flow and "?" in value):
        return DoubleQuotedScalarString(value)
    if isinstance(like, (SingleQuotedScalarString, DoubleQuotedScalarString)):
        return type(like)(value)
    if "\n" in value.strip("\n") and not in_flow:
        return LiteralScalarString(value)
    if not _read_as_text_by_pyyaml(value):
        return DoubleQuotedScalarString(value)
    return value


def _is_flow(node: Any) -> bool:
    return isinstance(node, (CommentedMap, CommentedSeq)) and bool(node.fa.flow_style())


def _short(value: Any) -> bool:
    return len(repr(value)) <= _SHORT_FLOW


def _scalars_only(values: Iterable[Any]) -> bool:
    return all(not isinstance(item, (dict, list)) for item in values)


def fresh(value: Any, like: Any = None, in_flow: bool = False) -> Any:
    """A new node for ``value``; containers follow the style of ``like`` (a sibling), if any.

    Without a sibling, short lists of text and small mappings inside lists are written in flow
    style (``[a, b]``, ``{text: …, correct: true}``), the way hand-written packs usually are.
    """
    if isinstance(value, (dict, list)):
        items = list(value.values()) if isinstance(value, dict) else value
        own_style = _is_flow(like) if like is not None else _short(value)
        flow = in_flow or (own_style and _scalars_only(items))
        if isinstance(value, dict):
            node: Any = CommentedMap()
            for key, item in value.items():
                node[key] = fresh(item, None, flow)
        else:
            node = CommentedSeq()
            for item in value:
                node.append(fresh(item, node[-1] if len(node) else None, flow))
        if flow:
            node.fa.set_flow_style()
        return node
    return scalar(value, None, in_flow)


def _insert_position(node: CommentedMap, key: str, order: Iterable[str]) -> int:
    """Just after the key that comes closest before ``key`` in the usual order."""
    canonical = list(order)
    if key not in canonical:
        return len(node)
    rank = canonical.index(key)
    best_rank, position = -1, 0
    for index, existing in enumerate(node):
        if existing in canonical and best_rank < canonical.index(existing) < rank:
            best_rank, position = canonical.index(existing), index + 1
    return position


def merge(node: Any, value: Any, order: Iterable[str] = QUESTION_KEY_ORDER,
          in_flow: bool = False) -> Any:
    """``node`` changed in place to hold ``value``; returns the node to store (new if needed)."""
    flow = in_flow or _is_flow(node)
    if isinstance(value, dict) and isinstance(node, CommentedMap):
        for key in [key for key in node if key not in value]:
            del node[key]
        for key, item in value.items():
            if key in node:
                if to_plain(node[key]) != item:
                    node[key] = merge(node[key], item, NESTED_KEY_ORDER, flow)
            else:
                node.insert(_insert_position(node, key, order), key, fresh(item, None, flow))
        return node
    if isinstance(value, list) and isinstance(node, CommentedSeq):
        for index, item in enumerate(value):
            if index < len(node):
                if to_plain(node[index]) != item:
                    node[index] = merge(node[index], item, NESTED_KEY_ORDER, flow)
            else:
                node.append(fresh(item, node[-1] if len(node) else None, flow))
        del node[len(value):]
        return node
    if isinstance(value, (dict, list)):
        return fresh(value, node if _is_flow(node) else None, in_flow)
    return scalar(value, node if isinstance(node, ScalarString) else None, in_flow)


class NodeWriter:
    """Dumps nodes the way this file is laid out, so edited parts look like the rest."""

    def __init__(self, nested_offset: int = 2, mapping_indent: int = 2, width: int = 100) -> None:
        self.yaml = round_trip_yaml()
        self.yaml.indent(mapping=mapping_indent, sequence=nested_offset + 2, offset=nested_offset)
        self.yaml.width = width

    def dump(self, node: Any) -> str:
        stream = io.StringIO()
        self.yaml.dump(node, stream)
        return stream.getvalue()

    def item(self, node: Any, dash_column: int, expected: Any) -> str:
        """One entry of a block list, its '-' at ``dash_column``, reading back as ``expected``.

        Should ruamel.yaml write some text bare that libyaml reads differently, the entry is
        written again with every text in double quotes, which always reads back as written.
        """
        text = self._shifted(self.dump(CommentedSeq([node])), dash_column)
        if _reads_as(text, [expected]):
            return text
        _quote_all(node)
        return self._shifted(self.dump(CommentedSeq([node])), dash_column)

    def _shifted(self, text: str, dash_column: int) -> str:
        lines = text.splitlines()
        first = lines[0] if lines else ""
        shift = dash_column - (len(first) - len(first.lstrip(" ")))
        if shift > 0:
            lines = [(" " * shift + line) if line else line for line in lines]
        elif shift < 0:
            lines = [line[-shift:] if line[: -shift].strip() == "" else line.lstrip(" ")
                     for line in lines]
        shifted = "\n".join(lines) + "\n"
        trimmed = "\n".join(line.rstrip() for line in lines) + "\n"
        if trimmed != shifted and _same_reading(trimmed, shifted):
            return trimmed
        return shifted

    def key(self, key: str, node: Any, comments: Any = None) -> str:
        """One top-level ``key: value`` block, with the comments that belonged to it."""
        mapping = CommentedMap()
        mapping[key] = node
        if comments is not None:
            mapping.ca.items[key] = comments
        return self.dump(mapping)


_LOADERS: tuple[Any, ...] = (getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader)


def _load(text: str, loader: Any = _LOADERS[0]) -> Any:
    return yaml.load(text, Loader=loader)  # a safe loader: plain data only


def _reads_as(text: str, expected: Any) -> bool:
    """True when libyaml and pure-Python PyYAML (used by other tools) both read ``expected``."""
    try:
        return all(_load(text, loader) == expected for loader in _LOADERS)
    except yaml.YAMLError:
        return False


def _same_reading(first: str, second: str) -> bool:
    try:
        return bool(_load(first) == _load(second))
    except yaml.YAMLError:
        return False


def _quote_all(node: Any) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, (dict, list)):
            _quote_all(value)
        elif isinstance(value, str):
            node[key] = DoubleQuotedScalarString(value)
