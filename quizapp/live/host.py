"""The teacher's app as a small web server on the room's network: one page, its script and style,
and one WebSocket — nothing else, no file paths, no other service to install.

One port serves both. A front-door ``QTcpServer`` peeks at each new connection's request without
consuming it: a WebSocket upgrade for ``/socket`` goes to ``QWebSocketServer.handleConnection``
(origin checked), anything else to ``QHttpServer``, which knows only three routes. The host binds
to the address the teacher chose, stops listening when the session ends, and hands every byte
from a device to ``Room``, which applies the limits and the rules.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal, Slot
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import (
    QAbstractSocket,
    QHostAddress,
    QHttpHeaders,
    QNetworkInterface,
    QSslConfiguration,
    QTcpServer,
    QTcpSocket,
)
from PySide6.QtWebSockets import QWebSocket, QWebSocketCorsAuthenticator, QWebSocketServer
from shiboken6 import isValid

from quizapp.core.limits import MAX_LIVE_MESSAGE_BYTES, MAX_LIVE_WAITING
from quizapp.live.journal import Callback, Journal, SessionHeader
from quizapp.live.room import Room
from quizapp.live.state import LiveSession, Phase

WEB_DIR = Path(__file__).with_name("web")
PAGES = {"/": ("index.html", "text/html; charset=utf-8"),
         "/app.js": ("app.js", "text/javascript; charset=utf-8"),
         "/app.css": ("app.css", "text/css; charset=utf-8")}
SOCKET_PATH = "/socket"
REQUEST_PEEK = 8192
WAIT_FOR_REQUEST_MS = 10_000
DEFAULT_PORT = 8765
TIME_NOTE_MS = 1000
"""How often an open question's elapsed time is journaled (what a continued session trusts)."""


def prepare_sockets_in_background() -> threading.Thread:
    """Load Qt's TLS defaults (every CA certificate of the system) on a worker thread.

    Qt builds them the first time a ``QWebSocket`` is made, even for plain ``ws://``: 70–100 ms
    that would otherwise freeze the teacher's screen just as the first students join. Qt keeps
    the result, so later sockets cost nothing; the call releases the GIL, and it touches no
    QObject, so no Qt object is made or freed on that thread.
    """
    thread = threading.Thread(target=QSslConfiguration.defaultConfiguration,
                              name="live-tls-defaults", daemon=True)
    thread.start()
    return thread


class HostError(Exception):
    """The host cannot start (address not on this computer, port taken); the message says so."""


@dataclass(frozen=True)
class LanAddress:
    interface: str
    address: str

    @property
    def label(self) -> str:
        return f"{self.address} ({self.interface})"


def lan_addresses() -> list[LanAddress]:
    """This computer's IPv4 addresses that other devices can reach (no loopback, interface up)."""
    found = []
    wanted = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if (flags & wanted) != wanted or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(LanAddress(interface.humanReadableName(), ip.toString()))
    return found


def security_headers(connect_origin: str) -> dict[str, str]:
    """Nothing from elsewhere: own script and style only, the socket only to this host."""
    return {
        "Content-Security-Policy": (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            f"connect-src 'self' {connect_origin}; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
    }


def _close_handle(handle: int) -> None:
    socket.socket(fileno=handle).close()


def _request_head(handle: int) -> bytes | None:
    """The request so far, left in the socket for whoever reads it next; None if incomplete."""
    raw = socket.socket(fileno=handle)
    try:
        data = raw.recv(REQUEST_PEEK, socket.MSG_PEEK)
    except OSError:
        data = b""
    finally:
        raw.detach()
    if data and b"\r\n\r\n" not in data and len(data) < REQUEST_PEEK:
        return None
    return data


def is_socket_upgrade(head: bytes) -> bool:
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or parts[0] != b"GET" or parts[1] != SOCKET_PATH.encode():
        return False
    return any(line.lower().startswith(b"upgrade:") and b"websocket" in line.lower()
               for line in lines[1:])


class _FrontDoor(QTcpServer):
    """Accepts connections and sends each, by its first request, to the page or the socket."""

    def __init__(self, route: Callable[[int, bytes], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._route = route
        self._waiting: dict[int, tuple[QSocketNotifier, QTimer]] = {}

    def incomingConnection(self, handle: int) -> None:
        if len(self._waiting) >= MAX_LIVE_WAITING:
            _close_handle(handle)
            return
        notifier = QSocketNotifier(handle, QSocketNotifier.Type.Read, self)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._give_up(handle))
        timer.start(WAIT_FOR_REQUEST_MS)
        self._waiting[handle] = (notifier, timer)
        notifier.activated.connect(lambda *_: self._peek(handle))

    def _forget(self, handle: int) -> None:
        notifier, timer = self._waiting.pop(handle)
        notifier.setEnabled(False)
        notifier.deleteLater()
        timer.stop()
        timer.deleteLater()

    def _give_up(self, handle: int) -> None:
        if handle in self._waiting:
            self._forget(handle)
            _close_handle(handle)

    def _peek(self, handle: int) -> None:
        if handle not in self._waiting:
            return
        head = _request_head(handle)
        if head is None:  # part of a request: look again a little later, not in a busy loop
            notifier = self._waiting[handle][0]
            notifier.setEnabled(False)
            QTimer.singleShot(50, self, lambda: self._listen_again(handle))
            return
        self._forget(handle)
        if not head:
            _close_handle(handle)
            return
        self._route(handle, head)

    def _listen_again(self, handle: int) -> None:
        if handle in self._waiting:
            self._waiting[handle][0].setEnabled(True)

    def close_waiting(self) -> None:
        for handle in list(self._waiting):
            self._give_up(handle)


class _WebPages:
    """The three files of the student page, read once; every reply carries the security headers.

    PySide's ``QHttpServer.route`` takes plain functions (bound methods are not called
    reliably), so the handlers are closures over this object's data.
    """

    def __init__(self, server: QHttpServer, connect_origin: str) -> None:
        texts = {path: (WEB_DIR / name).read_text(encoding="utf-8")
                 for path, (name, _) in PAGES.items()}
        extra = security_headers(connect_origin)

        def page(request: QHttpServerRequest) -> str:
            return texts.get(request.url().path(), "")

        def after(request: QHttpServerRequest, response: QHttpServerResponse) -> None:
            headers = response.headers()
            known = PAGES.get(request.url().path())
            ok = response.statusCode() == QHttpServerResponder.StatusCode.Ok
            headers.replaceOrAppend(QHttpHeaders.WellKnownHeader.ContentType,
                                    known[1] if known and ok else "text/plain; charset=utf-8")
            for name, value in extra.items():
                headers.replaceOrAppend(name, value)
            response.setHeaders(headers)

        for path in PAGES:
            server.route(path, page)
        server.addAfterRequestHandler(server, after)
        self.handlers = (page, after)  # kept alive as long as the server


class _SocketTransport:
    """``Room``'s way out: connection ids to the QWebSockets that carry them."""

    def __init__(self) -> None:
        self.sockets: dict[int, QWebSocket] = {}

    def send(self, connection: int, text: str) -> None:
        sock = self.sockets.get(connection)
        if sock is not None:
            sock.sendTextMessage(text)

    def close(self, connection: int) -> None:
        sock = self.sockets.get(connection)
        if sock is not None:
            sock.close()


class LiveHost(QObject):
    """Serves one ``LiveSession`` until it ends. ``changed`` repeats the room's changes (students,
    answer, phase) for the teacher's screen; ``time_up`` fires when a countdown reaches zero."""

    changed = Signal(str)
    time_up = Signal()
    stopped = Signal()
    journal_failed = Signal(str)
    _durable = Signal(object)

    def __init__(self, session: LiveSession, pin: str, journal_path: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pin = pin
        self.header: SessionHeader | None = None
        """Set by whoever starts the session (``session_setup``); results need its start time."""
        self._durable.connect(self._run_callbacks)
        self.journal = Journal(journal_path, deliver=self._durable.emit)
        self.transport = _SocketTransport()
        self.room = Room(session, pin, self.transport, self.journal, changed=self.changed.emit)
        self._next_id = 1
        self.address = ""
        self.port = 0
        self._front: _FrontDoor | None = None
        self._http: QHttpServer | None = None
        self._sockets: QWebSocketServer | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)  # not up to 5 % late
        self._deadline.timeout.connect(self._time_up)
        self._time_notes = QTimer(self)
        self._time_notes.setInterval(TIME_NOTE_MS)
        self._time_notes.timeout.connect(self.room.note_time)
        self._tls_defaults = prepare_sockets_in_background()

    # -- listening -----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        shown = self.address if self.address not in ("0.0.0.0", "::") else (
            next((a.address for a in lan_addresses()), "127.0.0.1"))
        return f"http://{shown}:{self.port}/"

    @property
    def listening(self) -> bool:
        return self._front is not None and self._front.isListening()

    def listen(self, address: str, port: int) -> str:
        """Start serving on ``address:port`` (port 0: any free one); returns the students' URL."""
        host = QHostAddress(address)
        if host.isNull():
            raise HostError(f"{address!r} is not an IP address")
        self._front = _FrontDoor(self._route, self)
        if not self._front.listen(host, port):
            error = self._front.errorString()
            self._front = None
            raise HostError(f"cannot listen on {address}:{port}: {error}")
        self.address, self.port = address, self._front.serverPort()
        origin = f"http://{self.url.split('/')[2]}"
        self._allowed_origins = {origin, f"http://{address}:{self.port}"}
        self._http = QHttpServer(self)
        self._pages = _WebPages(self._http, "ws://" + origin.removeprefix("http://"))
        self._http.bind(self._front)
        self._sockets = QWebSocketServer("quizapp", QWebSocketServer.SslMode.NonSecureMode, self)
        self._sockets.originAuthenticationRequired.connect(self._check_origin)
        self._sockets.newConnection.connect(self._accept_socket)
        return self.url

    def _route(self, handle: int, head: bytes) -> None:
        assert self._front is not None and self._sockets is not None
        if is_socket_upgrade(head):
            tcp = QTcpSocket(self._sockets)
            tcp.setSocketDescriptor(handle)
            self._sockets.handleConnection(tcp)
        else:
            tcp = QTcpSocket(self._front)
            tcp.setSocketDescriptor(handle)
            self._front.addPendingConnection(tcp)

    def _check_origin(self, authenticator: QWebSocketCorsAuthenticator) -> None:
        authenticator.setAllowed(authenticator.origin() in self._allowed_origins)

    def _accept_socket(self) -> None:
        assert self._sockets is not None
        while self._sockets.hasPendingConnections():
            sock = self._sockets.nextPendingConnection()
            sock.setParent(self)
            sock.setMaxAllowedIncomingMessageSize(MAX_LIVE_MESSAGE_BYTES)
            sock.setMaxAllowedIncomingFrameSize(MAX_LIVE_MESSAGE_BYTES)
            connection = self._next_id
            self._next_id += 1
            if not self.room.connect(connection, sock.peerAddress().toString()):
                sock.close()
                sock.deleteLater()
                continue
            self.transport.sockets[connection] = sock
            sock.textMessageReceived.connect(lambda text, c=connection: self.room.receive(c, text))
            sock.binaryMessageReceived.connect(
                lambda _data, c=connection: self.room.receive(c, "binary"))
            sock.disconnected.connect(lambda c=connection: self._socket_closed(c))

    def _socket_closed(self, connection: int) -> None:
        sock = self.transport.sockets.pop(connection, None)
        self.room.disconnect(connection)
        if sock is not None and isValid(sock):
            sock.deleteLater()

    def stop_listening(self) -> None:
        """No new connections from now on (the session has ended, or the teacher closed it)."""
        if self._front is not None:
            self._front.close()
            self._front.close_waiting()
        if self._sockets is not None:
            self._sockets.close()

    def stop(self) -> None:
        """Stop listening, close every device's connection and finish the journal."""
        self._stop_clocks()
        self.stop_listening()
        self.room.close_all()
        self.journal.close()
        # a process that exits while Qt still loads its TLS defaults on that thread can abort
        # ("terminate called without an active exception"), as `quizapp live` on a busy port did
        self._tls_defaults.join(timeout=10)
        self.stopped.emit()

    # -- the teacher's moves -------------------------------------------------------------------
    def next_question(self) -> None:
        self.room.next_question()
        self.resume()

    def resume(self) -> None:
        """Run the open question's clocks: the countdown's end (with the time left, so a session
        continued after a crash goes on where it was) and the journal's note of elapsed time."""
        if self.session.phase is not Phase.QUESTION:
            return
        self._time_notes.start()
        left = self.session.seconds_left()
        if left is not None:
            self._deadline.start(round(left * 1000))

    def _stop_clocks(self) -> None:
        self._deadline.stop()
        self._time_notes.stop()

    def reveal(self) -> None:
        self._stop_clocks()
        self.room.reveal()

    def end(self) -> None:
        self._stop_clocks()
        if self.session.phase is not Phase.ENDED:
            self.room.end()
        self.room.close_all()
        self.stop_listening()

    def _time_up(self) -> None:
        self._time_notes.stop()
        self.room.time_up()
        self.time_up.emit()

    @Slot(object)
    def _run_callbacks(self, callbacks: list[Callback]) -> None:
        for callback in callbacks:
            callback()
        failure = self.journal.failure
        if failure is not None:
            self.journal_failed.emit(str(failure))
