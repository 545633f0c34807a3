"""Reading untrusted data field by field, reporting each problem at its place in the file.

``DataChecker`` is shared by the pack validator and the question checks: both need the same typed
getters ("this must be text", "this must be a list") and the same "did you mean" suggestions.
"""

from __future__ import annotations

import difflib
from typing import Protocol

from quizapp.core.diagnostics import Diagnostic, Severity
from quizapp.core.limits import MAX_SUGGESTIONS

SHOWN_OPTIONS = 20
"""Options listed in one message when none is close to what was written."""

PathPart = str | int
DataPath = tuple[PathPart, ...]


class Positions(Protocol):
    """Where values and keys stood in the file (1-based line and column)."""

    def of_value(self, path: DataPath) -> tuple[int, int]: ...

    def of_key(self, path: DataPath) -> tuple[int, int]: ...


class NoPositions:
    """For data that did not come from a file with positions (tests, generated packs)."""

    def of_value(self, path: DataPath) -> tuple[int, int]:
        return (1, 1)

    def of_key(self, path: DataPath) -> tuple[int, int]:
        return (1, 1)


def suggest(word: str, options: tuple[str, ...] | list[str], *, search: bool = True) -> str:
    """"did you mean 'x'?" when an option is close, else the options (a few, if there are many).

    ``search=False`` skips the fuzzy comparison, which costs a pass over every option.
    """
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6) if search else []
    if close:
        return f"did you mean '{close[0]}'?"
    if len(options) > SHOWN_OPTIONS:
        return ("allowed here: " + ", ".join(options[:SHOWN_OPTIONS])
                + f", … ({len(options):,} in all)")
    return "allowed here: " + ", ".join(options)


def describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def colon_missing_after(key: str, allowed: tuple[str, ...] | list[str],
                        mapping: dict[str, object] | None = None) -> str | None:
    """The known key an unknown one begins with, when its colon was left out.

    ``prompt "Why: …"`` without the colon after ``prompt`` still reads as YAML: the whole line up
    to the next ': ' becomes one key. Such a key starts with a known key and a space; that known
    key (absent from ``mapping``) is the one the author meant.
    """
    first = key.split(maxsplit=1)[0] if key.strip() else ""
    if first == key.strip() or first not in allowed:
        return None
    return None if mapping is not None and first in mapping else first


def colon_repair(key: str, value: object, allowed: tuple[str, ...] | list[str],
                 mapping: dict[str, object] | None = None) -> tuple[str, str] | None:
    """What the author of a key without its colon meant: the known key and its text.

    ``prompt "Why: because"`` reads as the key ``prompt "Why`` holding ``because"``; put back
    together, the prompt is ``Why: because``. None when the key is not such a slip, or its value
    is not text.
    """
    meant = colon_missing_after(key, allowed, mapping)
    if meant is None or isinstance(value, (dict, list, bool)):
        return None
    rest = key.strip()[len(meant):].strip()
    text = rest if value is None else f"{rest}: {value}"
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return meant, text


class DataChecker:
    def __init__(self, file: str, positions: Positions) -> None:
        self.file = file
        self.positions = positions
        self.diagnostics: list[Diagnostic] = []
        self.error_count = 0
        self.searches_left = MAX_SUGGESTIONS
        self.colonless: set[DataPath] = set()
        """Keys written without their colon (already reported), so not reported missing too."""

    # -- reporting -----------------------------------------------------------------------------
    def report(self, path: DataPath, message: str, *, key: bool = False,
               severity: Severity = Severity.ERROR) -> None:
        line, column = self.positions.of_key(path) if key else self.positions.of_value(path)
        self.diagnostics.append(Diagnostic(self.file, line, column, severity, message))
        if severity is Severity.ERROR:
            self.error_count += 1

    def suggest(self, word: str, options: tuple[str, ...] | list[str]) -> str:
        """``suggest`` within a budget: past ``MAX_SUGGESTIONS`` searches of long option lists,
        options are listed without a search, so many typos cannot make validation quadratic."""
        search = len(options) <= SHOWN_OPTIONS or self.searches_left > 0
        if len(options) > SHOWN_OPTIONS and search:
            self.searches_left -= 1
        return suggest(word, options, search=search)

    def colon_missing(self, path: DataPath, key: str) -> bool:
        """Whether ``key`` of the mapping at ``path`` was written without its colon."""
        return path + (key,) in self.colonless

    def warn(self, path: DataPath, message: str) -> None:
        self.report(path, message, severity=Severity.WARNING)

    def check_keys(self, mapping: dict[str, object], path: DataPath, allowed: tuple[str, ...],
                   context: str, misplaced: dict[str, str] | None = None) -> None:
        for raw_key in mapping:
            key: object = raw_key  # data from other readers may have non-text keys
            if not isinstance(key, str):
                self.report(path + (str(key),), f"keys must be text, found {key!r}", key=True)
                continue
            if key in allowed:
                continue
            if misplaced and key in misplaced:
                self.report(path + (key,), misplaced[key], key=True)
                continue
            meant = colon_missing_after(key, allowed, mapping)
            if meant is not None:
                self.colonless.add(path + (meant,))
                self.report(path + (key,), f"a colon is missing after `{meant}`; write "
                            f"`{meant}: …`", key=True)
                continue
            self.report(
                path + (key,), f"unknown key '{key}' in {context}; {self.suggest(key, allowed)}",
                key=True,
            )

    # -- typed getters -------------------------------------------------------------------------
    def mapping(self, value: object, path: DataPath, what: str) -> dict[str, object] | None:
        if isinstance(value, dict):
            return value
        self.report(path, f"{what} must be a mapping of 'key: value' lines, found {describe(value)}")
        return None

    def text(self, mapping: dict[str, object], key: str, path: DataPath, *, required: bool,
             what: str) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required and not self.colon_missing(path, key):
                self.report(path, f"{what} is missing '{key}'; add '{key}: ...'")
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.report(path + (key,), f"'{key}' must be text, found {describe(value)}")
            return None
        text = str(value)
        if required and not text.strip():
            self.report(path + (key,), f"'{key}' is empty; write the {key}")
            return None
        return text

    def switch(self, mapping: dict[str, object], key: str, path: DataPath) -> bool | None:
        """An optional true/false setting; None when absent (or wrong, which is reported)."""
        value = mapping.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.report(path + (key,), f"'{key}' must be true or false, found {describe(value)}")
        return None

    def text_list(self, value: object, path: DataPath, key: str) -> tuple[str, ...] | None:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return (str(value),)
        if not isinstance(value, list):
            self.report(path, f"'{key}' must be a list of text, found {describe(value)}")
            return None
        result = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                self.report(path + (index,), f"each entry of '{key}' must be text, "
                            f"found {describe(item)}")
                return None
            result.append(str(item))
        return tuple(result)
