"""A pack file open for editing: plain data in and out, the author's file kept as written.

The editor sees questions as plain data (what the validator reads). Saving writes back only what
changed: every top-level key and every question the author did not touch is copied from the
original text byte for byte, comments and all. A question (or key) is read with ruamel.yaml only
when it is first edited, and re-written from that node, so comments inside it and its key order
survive too; opening a pack therefore costs no more than reading it with libyaml. Before
anything is written, the new text is read back with the same safe reader the app uses and must
give exactly the data the editor holds; otherwise nothing is written.

Files whose layout cannot be cut into per-key and per-question pieces (a ``questions: [...]``
flow list, keys not at the start of their lines) are re-written whole by ruamel.yaml: comments
and key order are still kept, but spacing may change (``layout_kept`` says which).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError

from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.packs.atomic_write import write_text_atomically
from quizapp.packs.yaml_reader import YamlPositions, read_text_file, read_yaml_text
from quizapp.packs.yaml_roundtrip import (
    NESTED_KEY_ORDER,
    PACK_KEY_ORDER,
    NodeWriter,
    fresh,
    merge,
    round_trip_yaml,
)

QuestionData = dict[str, Any]
QUESTIONS = "questions"


class DocumentShapeError(PackError):
    """The file is YAML but not shaped like a pack (no mapping, or 'questions' is not a list)."""


class DocumentWriteError(RuntimeError):
    """The edited pack could not be written as YAML that reads back the same (a bug, never data)."""


@dataclass
class _Piece:
    """A part of the file: its original text, and once edited the ruamel node to write instead."""

    original: str | None
    node: Any = None
    text: str | None = None  # what to write; the original until edited

    def __post_init__(self) -> None:
        if self.text is None and self.node is None:
            self.text = self.original


@dataclass
class _Layout:
    prologue: str
    keys: dict[str, _Piece]
    questions_header: str
    dash_column: int
    question_lines: list[tuple[int, int]]  # 1-based first and last line of each question


class PackDocument:
    """Plain data for the editor, the original text for saving."""

    def __init__(self, text: str, file: str = "<pack>", path: Path | None = None) -> None:
        self.file = file
        self.path = path
        self._read(text)

    def _read(self, text: str) -> None:
        data, positions = read_yaml_text(text, self.file)
        if not isinstance(data, dict):
            raise self._shape_error("the file is not a mapping of 'key: value' lines")
        raw_questions = data.get(QUESTIONS)
        if raw_questions is None:
            raw_questions = []
        if not isinstance(raw_questions, list):
            raise self._shape_error("'questions' is not a list, so the questions cannot be "
                                    "shown one by one")
        self._text = text
        self._header: dict[str, Any] = {k: v for k, v in data.items() if k != QUESTIONS}
        self._questions: list[Any] = raw_questions
        self._positions = positions
        self._order: list[str] = list(data)
        if QUESTIONS not in self._order:
            self._order.append(QUESTIONS)
        lines = text.splitlines(keepends=True)
        offset, mapping = _nested_style(data, positions, lines)
        width = max([80, *(len(line) for line in lines)])
        self._writer = NodeWriter(offset, mapping, min(width, 400))
        self._root: CommentedMap | None = None  # the whole file in ruamel, only if it must be
        self._question_pieces: list[_Piece] = []
        self._layout = self._cut(lines, data, positions)
        if self._layout is None:
            root = self._whole_root()
            nodes = root.get(QUESTIONS)
            self._question_pieces = [_Piece(None, node) for node in
                                     (nodes if isinstance(nodes, CommentedSeq) else [])]

    @classmethod
    def load(cls, path: Path) -> PackDocument:
        path = Path(path)
        try:
            text = read_text_file(path)
        except FileNotFoundError:
            raise PackError([Diagnostic(str(path), 1, 1, Severity.ERROR,
                                        "no such file; check the path")]) from None
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise PackError([Diagnostic(str(path), 1, 1, Severity.ERROR,
                                        f"cannot read the pack: {reason}")]) from None
        return cls(text, str(path), path)

    def _shape_error(self, message: str) -> DocumentShapeError:
        return DocumentShapeError([Diagnostic(self.file, 1, 1, Severity.ERROR, message)])

    def _whole_root(self) -> CommentedMap:
        if self._root is None:
            try:
                self._root = round_trip_yaml().load(self._text)
            except RuamelError as error:
                raise self._shape_error(f"the file cannot be kept as written ({error})") from None
        return self._root

    # -- cutting the original text into pieces --------------------------------------------------
    def _cut(self, lines: list[str], data: dict[str, Any],
             positions: YamlPositions) -> _Layout | None:
        starts = [(positions.keys.get((key,), (0, 0)), key) for key in data]
        if _first_content(lines) == "{" or any(column != 1 for (_, column), _ in starts):
            return None
        rows = [line - 1 for (line, _), _ in starts]
        if rows != sorted(set(rows)):
            return None
        keys: dict[str, _Piece] = {}
        for number, (row, key) in enumerate(zip(rows, list(data), strict=True)):
            end = rows[number + 1] if number + 1 < len(rows) else len(lines)
            keys[key] = _Piece("".join(lines[row:end]))
        prologue = "".join(lines[: rows[0]]) if rows else "".join(lines)
        header, dash_column = "questions:\n", 2
        spans: list[tuple[int, int]] = []
        if QUESTIONS in keys:
            index = list(data).index(QUESTIONS)
            end = rows[index + 1] if index + 1 < len(rows) else len(lines)
            cut = self._cut_questions(lines, rows[index], end, positions)
            if cut is None:
                return None
            header, dash_column, spans = cut
        return _Layout(prologue, keys, header, dash_column, spans)

    def _cut_questions(self, lines: list[str], row: int, end: int,
                       positions: YamlPositions) -> tuple[str, int, list[tuple[int, int]]] | None:
        if not self._questions:  # `questions:` with nothing, or `questions: []`
            return "questions:\n", 2, []
        first_line, first_column = positions.of_value((QUESTIONS,))
        if lines[first_line - 1][first_column - 1:first_column] == "[":
            return None  # a flow list: entries cannot be cut apart by lines
        dashes: list[int] = []
        columns: set[int] = set()
        for index in range(len(self._questions)):
            line, column = positions.values.get((QUESTIONS, index), (0, 0))
            dash_row = line - 1
            if lines[dash_row][: column - 1].strip() != "-":  # the entry starts below a lone '-'
                dash_row -= 1
                while dash_row > row and _blank_or_comment(lines[dash_row]):
                    dash_row -= 1
                if lines[dash_row].strip() != "-":
                    return None
            dashes.append(dash_row)
            columns.add(len(lines[dash_row]) - len(lines[dash_row].lstrip(" ")))
        if len(columns) != 1 or dashes != sorted(set(dashes)) or dashes[0] <= row:
            return None
        bounds = [*dashes[1:], end]
        self._question_pieces = [_Piece("".join(lines[start:stop]))
                                 for start, stop in zip(dashes, bounds, strict=True)]
        spans = [(start + 1, stop) for start, stop in zip(dashes, bounds, strict=True)]
        return "".join(lines[row:dashes[0]]), columns.pop(), spans

    @property
    def layout_kept(self) -> bool:
        """True when saving keeps every untouched part byte for byte."""
        return self._layout is not None

    # -- reading ---------------------------------------------------------------------------------
    def header(self) -> dict[str, Any]:
        return copy.deepcopy(self._header)

    def questions(self) -> list[Any]:
        """Each question's plain data (a mapping, unless the file holds something else there)."""
        return copy.deepcopy(self._questions)

    def question(self, index: int) -> Any:
        return copy.deepcopy(self._questions[index])

    def __len__(self) -> int:
        return len(self._questions)

    def data(self) -> dict[str, Any]:
        """The whole pack as plain data, as the validator and the saved file see it."""
        result: dict[str, Any] = {key: copy.deepcopy(self._header[key]) for key in self._order
                                  if key in self._header}
        result[QUESTIONS] = self.questions()
        return result

    def locate(self, line: int) -> tuple[int | None, str | None]:
        """Which question (index) and key a line of the file as opened belongs to."""
        if self._layout is None:
            return None, None
        for index, (first, last) in enumerate(self._layout.question_lines):
            if first <= line <= last:
                question = self._questions[index] if index < len(self._questions) else None
                key = None
                for candidate in question if isinstance(question, dict) else ():
                    key_line, _ = self._positions.of_key((QUESTIONS, index, candidate))
                    if key_line <= line:
                        key = str(candidate)
                return index, key
        return None, None

    # -- editing --------------------------------------------------------------------------------
    def _question_node(self, piece: _Piece) -> Any:
        """The ruamel node of a question, read from its own text the first time it is edited."""
        if piece.node is None and piece.original is not None:
            try:
                parsed = round_trip_yaml().load(piece.original)
                piece.node = parsed[0] if isinstance(parsed, CommentedSeq) and parsed else None
            except (RuamelError, KeyError, IndexError):
                piece.node = None
        return piece.node

    def set_question(self, index: int, data: QuestionData) -> None:
        self._questions[index] = copy.deepcopy(data)
        piece = self._question_pieces[index]
        node = self._question_node(piece)
        piece.node = merge(node, copy.deepcopy(data)) if node is not None else \
            fresh(copy.deepcopy(data))
        piece.text = None

    def insert_question(self, index: int, data: QuestionData) -> None:
        self._questions.insert(index, copy.deepcopy(data))
        self._question_pieces.insert(index, _Piece(None, fresh(copy.deepcopy(data))))

    def remove_question(self, index: int) -> Any:
        self._question_pieces.pop(index)
        return self._questions.pop(index)

    def move_question(self, source: int, target: int) -> None:
        """Move question ``source`` so that it ends up at index ``target``."""
        self._questions.insert(target, self._questions.pop(source))
        self._question_pieces.insert(target, self._question_pieces.pop(source))

    def set_field(self, key: str, value: Any) -> None:
        """Set (or, with None, remove) a top-level key of the pack, such as 'id' or 'title'."""
        if key == QUESTIONS:
            raise ValueError("questions are edited one by one")
        if value is None:
            self._header.pop(key, None)
            if self._layout is not None:
                self._layout.keys.pop(key, None)
            else:
                self._whole_root().pop(key, None)
            return
        self._header[key] = copy.deepcopy(value)
        if key not in self._order:
            self._order.insert(_key_position(self._order, key), key)
        if self._layout is None:
            root = self._whole_root()
            root[key] = merge(root[key], copy.deepcopy(value), NESTED_KEY_ORDER) \
                if key in root else fresh(copy.deepcopy(value))
            return
        piece = self._layout.keys.get(key) or _Piece(None)
        if piece.node is None:
            try:
                parsed = round_trip_yaml().load(piece.original) if piece.original else None
            except RuamelError:
                parsed = None
            piece.node = parsed if isinstance(parsed, CommentedMap) and key in parsed \
                else CommentedMap()
        mapping = piece.node
        mapping[key] = merge(mapping[key], copy.deepcopy(value), NESTED_KEY_ORDER) \
            if key in mapping else fresh(copy.deepcopy(value))
        piece.text = None
        self._layout.keys[key] = piece

    # -- writing --------------------------------------------------------------------------------
    def text(self, *, verify: bool = True) -> str:
        """The file as it would be saved; with ``verify``, checked to read back as ``data()``."""
        result = self._spliced() if self._layout is not None else None
        if result is not None and (not verify or self._reads_back(result)):
            return result
        whole = self._whole()
        if not verify or self._reads_back(whole):
            return whole
        raise DocumentWriteError("the edited pack did not read back the same; nothing was "
                                 "written (please report this)")

    def save(self, path: Path | None = None) -> Path:
        """Write the pack atomically (temporary file, then rename); returns where it went."""
        target = Path(path or self.path or self.file)
        text = self.text()
        write_text_atomically(target, text)
        self.file, self.path = str(target), target
        self._read(text)  # what was saved is the new original
        return target

    def _reads_back(self, text: str) -> bool:
        try:
            data, _ = read_yaml_text(text, self.file)
        except PackError:
            return False
        return bool(data == self.data())

    def _question_text(self, index: int, dash_column: int) -> str:
        piece = self._question_pieces[index]
        if piece.text is None:
            piece.text = self._writer.item(piece.node, dash_column, self._questions[index])
        return piece.text

    def _spliced(self) -> str:
        layout = self._layout
        assert layout is not None
        parts = [layout.prologue]
        for key in self._order:
            if key == QUESTIONS:
                parts.append(self._questions_text(layout))
            elif key in self._header:
                piece = layout.keys[key]
                if piece.text is None:
                    piece.text = self._writer.dump(piece.node)
                parts.append(_ending_with_newline(piece.text))
        return "".join(parts)

    def _questions_text(self, layout: _Layout) -> str:
        if not self._question_pieces:
            return "questions: []\n"
        body = "".join(_ending_with_newline(self._question_text(index, layout.dash_column))
                       for index in range(len(self._question_pieces)))
        return _ending_with_newline(layout.questions_header) + body

    def _whole(self) -> str:
        """The whole file from ruamel nodes: the fallback when the text cannot be spliced."""
        root = self._whole_root()
        for key, value in self._header.items():
            root[key] = merge(root[key], copy.deepcopy(value), NESTED_KEY_ORDER) \
                if key in root else fresh(copy.deepcopy(value))
        for key in [key for key in root if key != QUESTIONS and key not in self._header]:
            del root[key]
        nodes = []
        for index, piece in enumerate(self._question_pieces):
            node = piece.node if piece.node is not None else self._question_node(piece)
            data = copy.deepcopy(self._questions[index])
            nodes.append(merge(node, data) if node is not None else fresh(data))
        original = root.get(QUESTIONS)
        if isinstance(original, CommentedSeq):
            del original[:]
            original.extend(nodes)
        else:
            root[QUESTIONS] = CommentedSeq(nodes)
        return self._writer.dump(root)


def _key_position(order: list[str], key: str) -> int:
    if key not in PACK_KEY_ORDER:
        return len(order)
    rank = PACK_KEY_ORDER.index(key)
    return next((i for i, k in enumerate(order)
                 if k in PACK_KEY_ORDER and PACK_KEY_ORDER.index(k) > rank), len(order))


def _nested_style(data: dict[str, Any], positions: YamlPositions,
                  lines: list[str]) -> tuple[int, int]:
    """How far this file indents a list under a key ('-' under the key, or two further) and a
    mapping under a key, judged from the first question that has one."""
    offset = mapping = None
    questions = data.get(QUESTIONS)
    for index, question in enumerate(questions if isinstance(questions, list) else []):
        for key, value in question.items() if isinstance(question, dict) else ():
            if not value or not isinstance(value, (list, dict)):
                continue
            key_column = positions.of_key((QUESTIONS, index, key))[1]
            line, column = positions.of_value((QUESTIONS, index, key))
            if lines[line - 1][column - 1:column] in ("[", "{"):
                continue  # flow style says nothing about block indentation
            if isinstance(value, list) and offset is None:
                item_column = positions.of_value((QUESTIONS, index, key, 0))[1]
                offset = max(0, item_column - 2 - key_column)
            if isinstance(value, dict) and mapping is None:
                first = next(iter(value))
                mapping = max(1, positions.of_key((QUESTIONS, index, key, first))[1] - key_column)
        if offset is not None and mapping is not None:
            break
    return (2 if offset is None else offset), (2 if mapping is None else mapping)


def _first_content(lines: list[str]) -> str:
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "%", "---")):
            return stripped[:1]
    return ""


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _ending_with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
