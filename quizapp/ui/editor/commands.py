"""Every edit of a pack as an undoable command (QUndoStack): one Ctrl+Z undoes one change.

Typing in one field of one question is merged into a single command, so undo takes back the
word or sentence just written rather than one letter at a time; anything else is its own step.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from quizapp.ui.editor.question_model import QuestionListModel
from quizapp.ui.translation import translate

MERGING_FIELDS = frozenset({"id", "prompt", "explanation", "tags", "feedback", "answer",
                            "tolerance"})
_EDIT_QUESTION, _EDIT_FIELD = 1, 2


class QuestionCommand(QUndoCommand):
    """A change to the question at ``row``; ``row`` is where the editor shows it afterwards."""

    def __init__(self, model: QuestionListModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.row = row


class EditQuestion(QuestionCommand):
    def __init__(self, model: QuestionListModel, row: int, after: dict[str, Any],
                 field: str) -> None:
        super().__init__(model, row, translate("EditorCommands", "Edit %1 of question %2").replace(
            "%1", field or "question").replace("%2", str(row + 1)))
        self.before = model.question(row)
        self.after = copy.deepcopy(after)
        self.field = field

    def id(self) -> int:
        return _EDIT_QUESTION

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (isinstance(other, EditQuestion) and other.row == self.row
                and other.field == self.field and self.field in MERGING_FIELDS):
            self.after = copy.deepcopy(other.after)
            # typed back to what it was (the text box's own Ctrl+Z, or retyped): no change is
            # left, so the stack drops the command and is back at the saved state ("*" goes)
            self.setObsolete(self.after == self.before)
            return True
        return False

    def redo(self) -> None:
        self.model.set_question(self.row, self.after)

    def undo(self) -> None:
        self.model.set_question(self.row, self.before)


class InsertQuestion(QuestionCommand):
    def __init__(self, model: QuestionListModel, row: int, data: dict[str, Any],
                 text: str) -> None:
        super().__init__(model, row, text)
        self.data = copy.deepcopy(data)

    def redo(self) -> None:
        self.model.insert_question(self.row, self.data)

    def undo(self) -> None:
        self.model.remove_question(self.row)


class RemoveQuestion(QuestionCommand):
    def __init__(self, model: QuestionListModel, row: int) -> None:
        super().__init__(
            model, row, translate("EditorCommands", "Delete question %1").replace("%1", str(row + 1))
        )
        self.data = model.document.question(row)

    def redo(self) -> None:
        self.model.remove_question(self.row)

    def undo(self) -> None:
        self.model.insert_question(self.row, self.data)


class MoveQuestion(QuestionCommand):
    def __init__(self, model: QuestionListModel, source: int, target: int) -> None:
        super().__init__(
            model, target, translate("EditorCommands", "Move question %1").replace("%1", str(source + 1))
        )
        self.source = source

    def redo(self) -> None:
        self.model.move_question(self.source, self.row)

    def undo(self) -> None:
        self.model.move_question(self.row, self.source)


class EditPackField(QUndoCommand):
    """A top-level field of the pack: title, id, the source's attribution…"""

    def __init__(self, model: QuestionListModel, key: str, value: Any) -> None:
        super().__init__(translate("EditorCommands", "Edit the pack's %1").replace("%1", key))
        self.model = model
        self.key = key
        self.before = copy.deepcopy(model.document.header().get(key))
        self.after = copy.deepcopy(value)

    def id(self) -> int:
        return _EDIT_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, EditPackField) and other.key == self.key:
            self.after = copy.deepcopy(other.after)
            self.setObsolete(self.after == self.before)
            return True
        return False

    def redo(self) -> None:
        self.model.set_field(self.key, self.after)

    def undo(self) -> None:
        self.model.set_field(self.key, self.before)
