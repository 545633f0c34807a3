"""Answer widgets on their own: what they collect, and how they refuse input once answered."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from quizapp.answer_reading import answer_language
from quizapp.core.engine import QuizSession
from quizapp.core.models import Pack
from quizapp.ui.answer_inputs import MatchingAnswer, OrderingAnswer, TextAnswer


def view_of(pack: Pack, question_id: str):  # type: ignore[no-untyped-def]
    question = pack.question(question_id)
    assert question is not None
    session = QuizSession(pack, [question])
    view = session.current()
    assert view is not None
    return session, view


def test_ordering_by_drag_and_drop(qtbot: QtBot, mini_pack: Pack) -> None:
    session, view = view_of(mini_pack, "founding-order")
    widget = OrderingAnswer(view)
    qtbot.addWidget(widget)
    model = widget.model
    # what the list view does on a drop: move the dragged row's data to the drop row
    for target in range(3):
        row = widget.current_order().index(target)
        if row == target:
            continue
        data = model.mimeData([model.index(row, 0)])
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, target, 0, QModelIndex())
        model.removeRow(row + 1 if row > target else row)
    assert widget.current_order() == (0, 1, 2)
    result = session.submit(widget.answer())  # type: ignore[arg-type]
    assert result.correct
    widget.show_result(result)
    assert all(model.item(r).text().startswith("✔") for r in range(3))
    widget.move_current(1)
    assert widget.current_order() == (0, 1, 2)  # locked after answering


def test_matching_needs_every_left_chosen(qtbot: QtBot, mini_pack: Pack) -> None:
    session, view = view_of(mini_pack, "founding-years")
    widget = MatchingAnswer(view)
    qtbot.addWidget(widget)
    assert widget.answer() is None
    widget.choose(0, 0)
    widget.choose(1, 2)
    assert widget.answer() is None
    widget.choose(2, 1)
    result = session.submit(widget.answer())  # type: ignore[arg-type]
    assert not result.correct and result.grade.parts_right == 1
    widget.show_result(result)
    assert [m.text() for m in widget.marks] == ["✔", "✘ 1850", "✘ 1901"]


def test_numeric_input_explains_what_it_wants(qtbot: QtBot, mini_pack: Pack) -> None:
    _, view = view_of(mini_pack, "population")
    widget = TextAnswer(view)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.edit, "twelve or so")
    assert widget.answer() is None
    assert "not one number yet" in widget.problem.text()
    widget.edit.clear()
    qtbot.keyClicks(widget.edit, "12,500")
    assert widget.answer() == "12,500" and widget.problem.text() == ""


def test_numeric_input_reads_numbers_as_the_session_does(qtbot: QtBot, mini_pack: Pack) -> None:
    population = mini_pack.question("population")
    assert population is not None
    session = QuizSession(mini_pack, [population], language=answer_language("en"))
    view = session.current()
    assert view is not None
    widget = TextAnswer(view, read_number=session.read_number)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.edit, "twelve thousand five hundred inhabitants")
    assert widget.problem.text() == ""
    answer = widget.answer()
    assert answer is not None and session.submit(answer).correct


def test_a_drag_reads_no_half_moved_list_and_the_highlight_follows_the_item(
        qtbot: QtBot, mini_pack: Pack) -> None:
    """Dragging printed "AttributeError: 'NoneType' object has no attribute 'data'" (the quiz
    screen read the order while the dropped row was still empty), and the highlight stayed on
    the row number the item was dragged from."""
    _session, view = view_of(mini_pack, "founding-order")
    widget = OrderingAnswer(view)
    qtbot.addWidget(widget)
    widget.show()
    model = widget.model
    answers: list[object] = []
    widget.answer_changed.connect(lambda: answers.append(widget.answer()))  # as the quiz screen
    moved = widget.current_order()[0]
    widget.list.setCurrentIndex(model.index(0, 0))
    # what the list view does on a drop: insert the dragged row's data, then remove the source
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    model.removeRow(0)
    qtbot.wait(10)
    assert answers and all(answer is not None for answer in answers)
    assert sorted(widget.current_order()) == [0, 1, 2]
    assert widget.current_order()[2] == moved
    assert widget.list.currentIndex().row() == 2  # on the dragged item, where it landed
    assert widget.list.selectionModel().isSelected(model.index(2, 0))
