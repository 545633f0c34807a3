"""Writing a new pack file from pack data: readable block-style YAML that every parser reads back
identically.

PyYAML quotes what YAML 1.1 would misread (``yes``, ``no``, ``1_000``), but leaves plain what a
YAML 1.2 reader takes for a number or a boolean (``1e3``, ``0o17``) and leaves ambiguous words
like ``y`` plain. So a string is written plain only when it is obviously text to every reader;
everything else is quoted. Existing files are saved by the editor with a round-trip writer that
keeps comments; this module only writes new files (imports, ``quizapp new``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from quizapp.core.models import Pack
from quizapp.packs.json_export import pack_to_dict

_SAFE_PLAIN = re.compile(r"^[A-Za-z][\w ,;.'’()?!/&+-]*$")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf"}
_OPTIONAL_EMPTY = ("tags", "close", "authors", "sections", "cite", "feedback")


def _plain_is_safe(text: str) -> bool:
    if not _SAFE_PLAIN.match(text) or text != text.strip() or "  " in text:
        return False
    if text.lower() in _RESERVED or text.lower().lstrip(".") in _RESERVED:
        return False
    return not (": " in text or " #" in text or text.endswith(":"))


class _PackDumper(yaml.SafeDumper):
    """Block style everywhere; multi-line text as ``|`` blocks; unsure strings quoted."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key: easier to read


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    if "\n" in text:
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|")
    style = None if _plain_is_safe(text) else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_PackDumper.add_representer(str, _represent_text)


def _prune(value: Any) -> Any:
    """Leave out optional keys that say nothing (empty lists, no feedback, no cites)."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items()
                if v is not None and not (k in _OPTIONAL_EMPTY and v in ([], {}))}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def dump_pack_data(data: dict[str, Any], header: str = "") -> str:
    """Pack data (as a pack file holds it) as YAML text, with optional ``#`` comment lines."""
    body = yaml.dump(_prune(data), Dumper=_PackDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100)
    comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return comments + body


def pack_to_yaml(pack: Pack, header: str = "") -> str:
    """A pack as the text of a new pack file; reading it back gives the same pack."""
    data = pack_to_dict(pack)
    for question in data["questions"]:
        if question.get("difficulty") == 2:
            del question["difficulty"]  # the default
        if question.get("explanation") == "":
            del question["explanation"]
        for choice in question.get("choices", []):
            if choice.get("correct") is False:
                del choice["correct"]
    if data.get("language") == "en":
        del data["language"]
    return dump_pack_data(data, header)


def write_new_pack(pack: Pack, path: Path, header: str = "",
                   attachments: dict[str, bytes] | None = None) -> None:
    """Write a new pack file (and its attached files beside it), each atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for relative, content in (attachments or {}).items():
        target = path.parent / relative
        if target.resolve().is_relative_to(path.parent.resolve()):
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, content)
    _write_atomically(path, pack_to_yaml(pack, header).encode("utf-8"))


def _write_atomically(path: Path, content: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(content)
    temporary.replace(path)
