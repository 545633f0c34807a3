"""The list of joined students grows by rows, so a class joining at once never relayouts it all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.live.state import Seat
from quizapp.ui.live.widgets import StudentsModel


def test_joining_adds_rows_and_a_device_away_is_marked(qtbot: QtBot) -> None:
    model = StudentsModel()
    seats = [Seat(1, "Ann", "t1", connected=True)]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        model.set_seats(seats)
    seats += [Seat(2, "Bob", "t2", connected=True), Seat(3, "Cy", "t3", connected=True)]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted) as added:
        model.set_seats(seats)
    assert added.args[1:] == [1, 2]
    seats[0].connected = False
    model.set_seats(seats)
    assert [model.data(model.index(row)) for row in range(3)] == ["Ann (away)", "Bob", "Cy"]
