"""*Class → Join a live session…*: take part in another teacher's live session from quizapp itself.

It speaks the same protocol as the browser page (``quizapp.live.protocol``) and answers with the
app's own answer widgets. Those widgets are given a key-free question built from what the host
sent — choices, items and right-hand sides in the order shown — so an answer is already in the
positions the host expects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWebSockets import QWebSocket
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.engine import QuestionView
from quizapp.core.models import Choice, MatchPair, Question, QuestionType
from quizapp.live.protocol import ProtocolError, decode_server, encode
from quizapp.ui.answer_inputs import AnswerInput, make_answer_input
from quizapp.ui.translation import translate

VERDICTS = {"right": "✔ Right!", "wrong": "✘ Not quite", "almost": "≈ Almost — check the spelling",
            "unanswered": "No answer this time"}


def _texts(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def question_from_message(message: dict[str, object]) -> QuestionView:
    """A question the answer widgets can show, holding only what the host sent (no key)."""
    kind = QuestionType(str(message["kind"]))
    rights = _texts(message.get("rights"))
    question = Question(
        id=f"live-{message['number']}", type=kind, prompt=str(message["prompt"]), explanation="",
        choices=tuple(Choice(text) for text in _texts(message.get("choices")))
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE) else (),
        items=tuple(_texts(message.get("items"))),
        pairs=tuple(MatchPair(left, right) for left, right in
                    zip(_texts(message.get("lefts")), rights, strict=False)),
    )
    count = len(question.items)
    return QuestionView(question, int(str(message["number"])), int(str(message["total"])),
                        item_order=tuple(range(count)), right_order=tuple(range(len(rights))))


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class JoinWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("JoinWindow", "Join a live session"))
        self.token: str | None = None
        self.ended = False
        self.number = 0
        self.input: AnswerInput | None = None
        self.socket: QWebSocket | None = None
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.20:8765")
        self.pin = QLineEdit()
        self.pin.setMaxLength(6)
        self.name = QLineEdit()
        self.name.setMaxLength(30)
        self.join_button = QPushButton(translate("JoinWindow", "Join"))
        self.join_button.setObjectName("primaryAction")
        self.join_button.clicked.connect(self.join)
        form_page = QWidget()
        form = QFormLayout(form_page)
        form.addRow(translate("JoinWindow", "&Address:"), self.address)
        form.addRow(translate("JoinWindow", "&PIN:"), self.pin)
        form.addRow(translate("JoinWindow", "&Name:"), self.name)
        form.addRow("", self.join_button)
        self.status = _label("joinStatus")
        self.prompt = _label("prompt")
        self.answer_box = QVBoxLayout()
        self.send_button = QPushButton(translate("JoinWindow", "Send answer"))
        self.send_button.setObjectName("primaryAction")
        self.send_button.clicked.connect(self.send_answer)
        self.reveal = _label("joinReveal")
        play_body = QWidget()
        play = QVBoxLayout(play_body)
        play.addWidget(self.prompt)
        play.addLayout(self.answer_box)
        play.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        play.addWidget(self.reveal)
        play.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(play_body)
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.resize(720, 560)
        self._show_answer(False)

    # -- connecting ----------------------------------------------------------------------------
    def join(self) -> None:
        url = QUrl.fromUserInput(self.address.text().strip())
        if not url.isValid() or url.scheme() != "http" or not url.host():
            self.status.setText(translate("JoinWindow", "Type the address the teacher shows, like "
                                   "192.168.1.20:8765"))
            return
        self.origin = f"http://{url.host()}:{url.port(80)}"
        self.socket_url = QUrl(f"ws://{url.host()}:{url.port(80)}/socket")
        self.join_button.setEnabled(False)
        self._connect()

    def _connect(self) -> None:
        self.socket = QWebSocket(self.origin, parent=self)
        self.socket.connected.connect(self._opened)
        self.socket.textMessageReceived.connect(self._received)
        self.socket.disconnected.connect(self._closed)
        self.socket.open(self.socket_url)

    def _send(self, message: dict[str, object]) -> None:
        if self.socket is not None:
            self.socket.sendTextMessage(encode(message))

    def _opened(self) -> None:
        if self.token:
            self._send({"type": "rejoin", "token": self.token})
        else:
            self._send({"type": "join", "pin": self.pin.text().strip(),
                        "name": self.name.text().strip()})

    def _closed(self) -> None:
        self.join_button.setEnabled(True)
        if self.socket is not None:
            self.socket.deleteLater()
            self.socket = None
        if self.token and not self.ended:
            self.status.setText(translate("JoinWindow", "Connection lost. Reconnecting…"))
            QTimer.singleShot(2000, self, self._connect)

    # -- messages ------------------------------------------------------------------------------
    def _received(self, text: str) -> None:
        try:
            message = decode_server(text)
        except ProtocolError as error:
            self.status.setText(str(error))
            return
        kind = message["type"]
        if kind == "joined":
            self.token = str(message["token"])
            self.setWindowTitle(str(message["title"]))
            self.pages.setCurrentIndex(1)
        elif kind == "lobby":
            self.prompt.setText(translate("JoinWindow", "You're in! Waiting for the teacher to start."))
        elif kind == "question":
            self._question(message)
        elif kind == "received":
            self.status.setText(translate("JoinWindow", "Answer received. Wait for the reveal."))
            self._show_answer(False)
        elif kind == "closed":
            self.status.setText(translate("JoinWindow", "Time is up."))
            self._show_answer(False)
        elif kind == "reveal":
            self._reveal(message)
        elif kind == "ended":
            self.ended = True
            self.prompt.setText(translate("JoinWindow", "The quiz is over: %1 of %2 right.")
                                .replace("%1", str(message["score"]))
                                .replace("%2", str(message["total"])))
            self._clear_input()
            self.reveal.setText("")
        elif kind == "error":
            self.status.setText(str(message.get("message", "")))
            if message.get("code") == "unknown_seat":
                self.token = None

    def _clear_input(self) -> None:
        if self.input is not None:
            self.input.setParent(None)
            self.input.deleteLater()
            self.input = None

    def _show_answer(self, visible: bool) -> None:
        self.send_button.setVisible(visible)
        if self.input is not None:
            self.input.setEnabled(visible)

    def _question(self, message: dict[str, object]) -> None:
        view = question_from_message(message)
        self.number = view.number
        self.prompt.setText(f"{view.number}/{view.total}  {view.question.prompt}")
        self.reveal.setText("")
        self._clear_input()
        self.input = make_answer_input(view)
        self.answer_box.addWidget(self.input)
        answered = bool(message.get("answered"))
        self._show_answer(not answered and bool(message.get("open")))
        self.status.setText(
            translate("JoinWindow", "Answer received. Wait for the reveal.") if answered else "")
        self.input.focus_first()

    def send_answer(self) -> None:
        if self.input is None:
            return
        answer = self.input.answer()
        if answer is None:
            self.status.setText(translate("JoinWindow", "Give a complete answer first."))
            return
        value: object = (
            sorted(answer)
            if isinstance(answer, frozenset)
            else (list(answer) if isinstance(answer, tuple) else answer)
        )
        self._send({"type": "answer", "question": self.number, "value": value})

    def _reveal(self, message: dict[str, object]) -> None:
        self._show_answer(False)
        lines = [VERDICTS.get(str(message["outcome"]), "")]
        if message.get("your_answer"):
            lines.append(
                translate("JoinWindow", "Your answer: %1").replace("%1", str(message["your_answer"]))
            )
        lines.append(translate("JoinWindow", "Right answer: %1").replace("%1", str(message["right_answer"])))
        lines.append("")
        lines.append(str(message["explanation"]))
        citations = message.get("citations")
        for cited in citations if isinstance(citations, list) else []:
            if isinstance(cited, dict):
                lines.append("")
                lines.append(
                    translate("JoinWindow", "From the source — %1").replace("%1", str(cited.get("section")))
                )
                lines.append(f"“{cited.get('quote')}”")
        self.reveal.setText("\n".join(lines))
        self.status.setText(translate("JoinWindow", "Score: %1").replace("%1", str(message["score"])))
