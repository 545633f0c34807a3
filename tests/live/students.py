"""Simulated students for the live-session tests: real WebSocket clients (the ``websockets``
library) on threads, so the host's Qt event loop keeps running on the test's own thread.

Every message a student receives is kept in ``received`` so tests can read all of it (for
example to prove the answer key never arrived before the reveal).
"""

from __future__ import annotations

import json
import queue
import threading
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect


class Student:
    def __init__(self, url: str, origin: str | None = None) -> None:
        self.url = url.replace("http://", "ws://").rstrip("/") + "/socket"
        self.origin = origin if origin is not None else url.rstrip("/")
        self.received: list[dict[str, Any]] = []
        self.raw: list[str] = []
        self.closed = threading.Event()
        self.connected = threading.Event()
        self.failure: BaseException | None = None
        self._outbox: queue.Queue[str | None] = queue.Queue()
        self._connection: ClientConnection | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            extra = {"origin": self.origin} if self.origin else {}
            with connect(self.url, open_timeout=10, close_timeout=1, max_size=2**20,
                         **extra) as connection:
                self._connection = connection
                self.connected.set()
                sender = threading.Thread(target=self._send_loop, args=(connection,), daemon=True)
                sender.start()
                for text in connection:
                    assert isinstance(text, str)
                    with self._lock:
                        self.raw.append(text)
                        self.received.append(json.loads(text))
        except ConnectionClosed:
            pass
        except BaseException as error:  # recorded for the test to inspect
            self.failure = error
        finally:
            self._outbox.put(None)
            self.closed.set()

    def _send_loop(self, connection: ClientConnection) -> None:
        while True:
            text = self._outbox.get()
            if text is None:
                return
            try:
                connection.send(text)
            except ConnectionClosed:
                return

    def send(self, message: dict[str, Any] | str) -> None:
        self._outbox.put(message if isinstance(message, str) else json.dumps(message))

    def close(self) -> None:
        """Close without waiting for the host's reply (the host may not be running any more)."""
        if self._connection is not None:
            threading.Thread(target=self._connection.close, daemon=True).start()

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.received if m.get("type") == kind]

    def last(self, kind: str | None = None) -> dict[str, Any] | None:
        with self._lock:
            found = [m for m in self.received if kind is None or m.get("type") == kind]
        return found[-1] if found else None

    def errors(self) -> list[str]:
        return [str(m.get("code")) for m in self.of_type("error")]


class Fetch:
    """An HTTP GET on a thread (the host answers from the test's thread, which must stay free)."""

    def __init__(self, url: str, method: str = "GET") -> None:
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = b""
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(url, method), daemon=True)
        self._thread.start()

    def _run(self, url: str, method: str) -> None:
        import urllib.error
        import urllib.request

        try:
            with urllib.request.urlopen(urllib.request.Request(url, method=method),
                                        timeout=10) as response:
                self.status = response.status
                self.headers = {k.lower(): v for k, v in response.headers.items()}
                self.body = response.read()
        except urllib.error.HTTPError as error:
            self.status = error.code
            self.headers = {k.lower(): v for k, v in error.headers.items()}
        except OSError:
            self.status = -1
        finally:
            self.done.set()
