"""Stand-ins for the network and the disk, so the room's rules are tested with no Qt and no clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from quizapp.live.state import Record
from tests.fake_clock import FakeClock as FakeClock  # shared by every timed test


class FakeTransport:
    """Keeps every message per connection, decoded, and which connections were closed."""

    def __init__(self) -> None:
        self.inbox: dict[int, list[dict[str, Any]]] = {}
        self.closed: set[int] = set()

    def send(self, connection: int, text: str) -> None:
        assert connection not in self.closed, "sent to a closed connection"
        self.inbox.setdefault(connection, []).append(json.loads(text))

    def close(self, connection: int) -> None:
        self.closed.add(connection)

    def last(self, connection: int) -> dict[str, Any]:
        return self.inbox[connection][-1]

    def codes(self, connection: int) -> list[str]:
        return [m["code"] for m in self.inbox.get(connection, []) if m["type"] == "error"]


class FakeJournal:
    """Records in memory; ``durable=False`` holds callbacks back, like a disk that has not synced."""

    def __init__(self, durable: bool = True) -> None:
        self.records: list[Record] = []
        self.durable = durable
        self.waiting: list[Callable[[], None]] = []

    def append(self, record: Record, on_durable: Callable[[], None] | None = None) -> None:
        self.records.append(record)
        if on_durable is not None:
            if self.durable:
                on_durable()
            else:
                self.waiting.append(on_durable)

    def sync(self) -> None:
        waiting, self.waiting = self.waiting, []
        for callback in waiting:
            callback()
