"""A pack file open for editing: plain data in and out, the author's file kept as written.

The editor sees questions as plain data (what the validator reads). Saving writes back only what
changed: every top-level key and every question the author did not touch is copied from the
original text byte for byte, comments and all; an edited question is re-written from the node
ruamel.yaml read, so comments inside it and its key order survive too. Before anything is
written, the new text is read back with the same safe reader the app uses and must give exactly
the data the editor holds; otherwise nothing is written.

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
from quizapp.packs.yaml_reader import read_text_file, read_yaml_text
from quizapp.packs.yaml_roundtrip import (
    NESTED_KEY_ORDER,
    PACK_KEY_ORDER,
    NodeWriter,
    fresh,
    merge,
    nested_style,
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
    """A part of the file: its original text while untouched, and the node to dump once edited."""

    text: str | None
    node: Any


@dataclass
class _Layout:
    prologue: str
    keys: dict[str, _Piece]
    questions_header: str
    dash_column: int
    question_lines: list[tuple[int, int]]  # 1-based first and last line of each question


def _lines_between(lines: list[str], start: int, end: int) -> str:
    return "".join(lines[start:end])


class PackDocument:
    """Plain data for the editor, the original text for saving."""

    def __init__(self, text: str, file: str = "<pack>", path: Path | None = None) -> None:
        self.file = file
        self.path = path
        self._read(text)

    def _read(self, text: str) -> None:
        data, _ = read_yaml_text(text, self.file)
        if not isinstance(data, dict):
            raise self._shape_error("the file is not a mapping of 'key: value' lines")
        raw_questions = data.get(QUESTIONS)
        if raw_questions is None:
            raw_questions = []
        if not isinstance(raw_questions, list):
            raise self._shape_error("'questions' is not a list, so the questions cannot be "
                                    "shown one by one")
        self._header: dict[str, Any] = {k: v for k, v in data.items() if k != QUESTIONS}
        self._questions: list[Any] = raw_questions
        try:
            root = round_trip_yaml().load(text)
        except RuamelError as error:
            raise self._shape_error(f"the file cannot be kept as written ({error})") from None
        self._root: CommentedMap = root
        nodes = root.get(QUESTIONS)
        self._question_pieces = [
            _Piece(None, node) for node in (nodes if isinstance(nodes, CommentedSeq) else [])]
        if len(self._question_pieces) != len(self._questions):
            raise self._shape_error("the file reads differently in two YAML readers")
        offset, mapping = nested_style(nodes)
        width = max([80, *(len(line) for line in text.splitlines())])
        self._writer = NodeWriter(offset, mapping, min(width, 400))
        self._layout = self._cut(text)
        self._order: list[str] = list(data)
        if QUESTIONS not in self._order:
            self._order.append(QUESTIONS)

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

    # -- cutting the original text into pieces --------------------------------------------------
    def _cut(self, text: str) -> _Layout | None:
        lines = text.splitlines(keepends=True)
        root = self._root
        starts = [(root.lc.key(key), key) for key in root]
        if _is_flow_node(root) or any(column != 0 for (_, column), _ in starts):
            return None
        rows = [line for (line, _), _ in starts]
        if rows != sorted(set(rows)):
            return None
        keys: dict[str, _Piece] = {}
        for number, (row, key) in enumerate(zip(rows, list(root), strict=True)):
            end = rows[number + 1] if number + 1 < len(rows) else len(lines)
            keys[key] = _Piece(_lines_between(lines, row, end), root[key])
        prologue = _lines_between(lines, 0, rows[0]) if rows else text
        header, dash_column = "questions:\n", 2
        spans: list[tuple[int, int]] = []
        nodes = root.get(QUESTIONS)
        if QUESTIONS in keys:
            cut = self._cut_questions(lines, rows[list(root).index(QUESTIONS)],
                                      keys[QUESTIONS].text or "", nodes)
            if cut is None:
                return None
            header, dash_column, spans = cut
        return _Layout(prologue, keys, header, dash_column, spans)

    def _cut_questions(self, lines: list[str], row: int, block: str,
                       nodes: Any) -> tuple[str, int, list[tuple[int, int]]] | None:
        block_end = row + len(block.splitlines())
        if not isinstance(nodes, CommentedSeq) or not len(nodes):
            if nodes is None or (isinstance(nodes, CommentedSeq) and _is_flow_node(nodes)):
                return "questions:\n", 2, []
            return None
        if _is_flow_node(nodes):
            return None
        dashes: list[int] = []
        columns: set[int] = set()
        for index in range(len(nodes)):
            item_row, item_column = nodes.lc.item(index)
            dash_row = item_row
            if lines[item_row][:item_column].strip() != "-":  # the entry starts below a lone '-'
                dash_row -= 1
                while dash_row > row and _blank_or_comment(lines[dash_row]):
                    dash_row -= 1
                if lines[dash_row].strip() != "-":
                    return None
            dashes.append(dash_row)
            columns.add(len(lines[dash_row]) - len(lines[dash_row].lstrip(" ")))
        if len(columns) != 1 or dashes != sorted(set(dashes)) or dashes[0] <= row:
            return None
        for index, start in enumerate(dashes):
            end = dashes[index + 1] if index + 1 < len(dashes) else block_end
            self._question_pieces[index].text = _lines_between(lines, start, end)
        spans = [(start + 1, (dashes[i + 1] if i + 1 < len(dashes) else block_end))
                 for i, start in enumerate(dashes)]
        return _lines_between(lines, row, dashes[0]), columns.pop(), spans

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
            if first <= line <= last and index < len(self._question_pieces):
                node = self._question_pieces[index].node
                key = None
                if isinstance(node, CommentedMap):
                    for candidate in node:
                        if node.lc.key(candidate)[0] + 1 <= line:
                            key = str(candidate)
                return index, key
        return None, None

    # -- editing --------------------------------------------------------------------------------
    def set_question(self, index: int, data: QuestionData) -> None:
        self._questions[index] = copy.deepcopy(data)
        piece = self._question_pieces[index]
        piece.node = merge(piece.node, copy.deepcopy(data))
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
            self._root.pop(key, None)
            return
        self._header[key] = copy.deepcopy(value)
        if key not in self._order:
            position = len(self._order)
            if key in PACK_KEY_ORDER:
                rank = PACK_KEY_ORDER.index(key)
                position = next((i for i, k in enumerate(self._order)
                                 if k in PACK_KEY_ORDER and PACK_KEY_ORDER.index(k) > rank),
                                len(self._order))
            self._order.insert(position, key)
        node = self._root.get(key)
        self._root[key] = merge(node, copy.deepcopy(value), NESTED_KEY_ORDER) \
            if node is not None else fresh(copy.deepcopy(value))
        if self._layout is not None:
            self._layout.keys[key] = _Piece(None, self._root[key])

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
                continue
            if key not in self._header:
                continue
            piece = layout.keys.get(key) or _Piece(None, self._root[key])
            if piece.text is None:
                piece.text = self._writer.key(key, piece.node, self._root.ca.items.get(key))
            parts.append(_ending_with_newline(piece.text))
        return "".join(parts)

    def _questions_text(self, layout: _Layout) -> str:
        if not self._question_pieces:
            return "questions: []\n"
        body = "".join(_ending_with_newline(self._question_text(index, layout.dash_column))
                       for index in range(len(self._question_pieces)))
        return _ending_with_newline(layout.questions_header) + body

    def _whole(self) -> str:
        root = self._root
        nodes = [piece.node for piece in self._question_pieces]
        original = root.get(QUESTIONS)
        if isinstance(original, CommentedSeq):
            del original[:]
            original.extend(nodes)
        else:
            root[QUESTIONS] = CommentedSeq(nodes)
        return self._writer.dump(root)


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _is_flow_node(node: Any) -> bool:
    return isinstance(node, (CommentedMap, CommentedSeq)) and bool(node.fa.flow_style())


def _ending_with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
