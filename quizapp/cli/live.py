"""``quizapp live``: host a live class session from a terminal (no window needed).

When the host is listening, exactly one line goes to standard output —
``Students join at http://ADDR:PORT/ with PIN NNNNNN`` — so scripts and tests can read it.
Everything else (who joined, how many answered, where results went) goes to standard error.
The teacher drives the session from standard input: Enter starts, reveals and goes on; ``q``
then Enter (or Ctrl+C, or the end of input) ends it and saves one results file per student.
``--continue`` takes up a session that was interrupted (the app or this command died): same
address, port and PIN, the open question's countdown with the time it had left, and the
students' pages reconnect by themselves.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    ArgumentParser,
    load_named_pack,
    print_error,
)
from quizapp.core.models import Pack
from quizapp.core.wording import counted

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from quizapp.live.host import LiveHost


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser("live", help="host a live class session on the local network")
    parser.add_argument("pack", metavar="PACK", nargs="?",
                        help="pack file, folder or bundled pack id")
    parser.add_argument("--continue", dest="continue_session", nargs="?", const="latest",
                        metavar="SESSION",
                        help="continue an interrupted session (the newest, or the one with this "
                        "id) instead of starting one; students' pages reconnect by themselves")
    parser.add_argument("--listen", metavar="ADDR:PORT",
                        help="address and port to serve on (default: this computer's network "
                        "address, port 8765; 127.0.0.1:0 for this computer only, any free port)")
    parser.add_argument("--pin", help="the six-digit PIN students type (default: a random one)")
    parser.add_argument("--count", type=int, metavar="N", help="ask N questions picked at random")
    parser.add_argument("--time-limit", type=float, metavar="SECONDS",
                        help="countdown for each question (default: none)")
    parser.add_argument("--results-dir", metavar="DIR",
                        help="where to save one results file per student (default: the data "
                        "folder's live-results/)")


def parse_listen(text: str) -> tuple[str, int]:
    """``ADDR:PORT`` or ``[IPv6]:PORT`` into its parts; ValueError with a readable message."""
    address, _, port = text.rpartition(":")
    address = address.removeprefix("[").removesuffix("]")
    if not address or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"--listen wants ADDR:PORT, like 192.168.1.20:8765, not {text!r}")
    return address, int(port)


def _choose_address() -> tuple[str, int] | str:
    """The one LAN address, or the teacher's pick of several; a str is the error to show."""
    from quizapp.live.host import DEFAULT_PORT, lan_addresses

    found = lan_addresses()
    if not found:
        return ("this computer has no network address other devices can reach; connect it to "
                "the room's network, or use --listen 127.0.0.1:0 to try it on this computer")
    if len(found) == 1:
        return found[0].address, DEFAULT_PORT
    choices = "\n".join(f"  {n}. {a.label}" for n, a in enumerate(found, start=1))
    if not sys.stdin.isatty():
        return (f"this computer has several network addresses; choose one with --listen:\n"
                f"{choices}")
    print(f"Which network should students join on?\n{choices}", file=sys.stderr)
    answer = input(f"Number (1–{len(found)}): ").strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(found):
        return "no network chosen"
    return found[int(answer) - 1].address, DEFAULT_PORT


def run(arguments: argparse.Namespace) -> int:
    if arguments.continue_session:
        given = [name for name, value in (("PACK", arguments.pack), ("--listen", arguments.listen),
                                          ("--pin", arguments.pin), ("--count", arguments.count),
                                          ("--time-limit", arguments.time_limit)) if value]
        if given:
            print_error("live", f"--continue goes on with the session's own pack, address, PIN "
                        f"and questions; leave out {', '.join(given)}")
            return EXIT_USAGE
        return _continue(arguments)
    if not arguments.pack:
        print_error("live", "name the PACK to host, or give --continue to take up an "
                    "interrupted session")
        return EXIT_USAGE
    pack = load_named_pack("live", arguments.pack)
    if isinstance(pack, int):
        return pack
    if arguments.count is not None and arguments.count < 1:
        print_error("live", "--count must be at least 1")
        return EXIT_USAGE
    if arguments.time_limit is not None and not 1 <= arguments.time_limit <= 3600:
        print_error("live", "--time-limit must be between 1 and 3600 seconds")
        return EXIT_USAGE
    if arguments.listen:
        try:
            address, port = parse_listen(arguments.listen)
        except ValueError as error:
            print_error("live", str(error))
            return EXIT_USAGE
        fallback = False
    else:
        chosen = _choose_address()
        if isinstance(chosen, str):
            print_error("live", chosen)
            return EXIT_USAGE
        (address, port), fallback = chosen, True
    return _start(pack, arguments, address, port, fallback)


def _application() -> QCoreApplication:
    from PySide6.QtCore import QCoreApplication

    from quizapp.ui.main_thread_gc import collect_garbage_on_main_thread

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    collect_garbage_on_main_thread(app)  # the journal writes from a thread of its own
    return app


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _continue(arguments: argparse.Namespace) -> int:
    from quizapp.appdirs import data_dir
    from quizapp.live.host import HostError
    from quizapp.live.journal import JournalError, unfinished_sessions
    from quizapp.live.session_setup import JOURNAL_FOLDER, continue_host

    folder = data_dir(arguments.data_dir)
    found = unfinished_sessions(folder / JOURNAL_FOLDER)
    wanted = arguments.continue_session
    chosen = found[0] if found and wanted == "latest" else next(
        (f for f in found if f.header.session_id == wanted), None)
    if chosen is None:
        which = "" if wanted == "latest" else f" with the id {wanted}"
        print_error("live", f"no interrupted live session{which} in {folder / JOURNAL_FOLDER}")
        return EXIT_USAGE
    app = _application()
    try:
        host, note = continue_host(chosen.path)
    except (JournalError, HostError) as error:
        print_error("live", f"the session {chosen.header.session_id} cannot be continued: {error}")
        return EXIT_INVALID
    _say(f"Continuing the session {chosen.header.session_id} at question {chosen.number} with "
         f"{counted(chosen.students, 'student')}; their pages reconnect by themselves.")
    if note:
        _say(note)
    return _serve(app, host, arguments)


def _start(pack: Pack, arguments: argparse.Namespace, address: str, port: int,
           fallback: bool) -> int:
    from quizapp.appdirs import data_dir
    from quizapp.live.host import HostError
    from quizapp.live.journal import unfinished_sessions
    from quizapp.live.session_setup import JOURNAL_FOLDER, new_host

    app = _application()
    folder = data_dir(arguments.data_dir)
    for found in unfinished_sessions(folder / JOURNAL_FOLDER)[:1]:
        _say(f"An interrupted live session ({found.header.session_id}, question {found.number}, "
             f"{counted(found.students, 'student')}) can be continued with: quizapp live --continue")
    options = {"pin": arguments.pin, "count": arguments.count, "time_limit": arguments.time_limit}
    try:
        try:
            host = new_host(pack, folder / JOURNAL_FOLDER, address=address, port=port, **options)
        except HostError:
            if not fallback:
                raise
            host = new_host(pack, folder / JOURNAL_FOLDER, address=address, port=0, **options)
    except HostError as error:
        print_error("live", str(error))
        return EXIT_USAGE
    return _serve(app, host, arguments)


def _serve(app: QCoreApplication, host: LiveHost, arguments: argparse.Namespace) -> int:
    """Run the session from standard input until it ends; save the results."""
    from PySide6.QtCore import QObject, QTimer, Signal

    from quizapp.appdirs import data_dir
    from quizapp.live.session_setup import RESULTS_FOLDER, save_results
    from quizapp.live.state import Phase

    session = host.session
    results_dir = Path(arguments.results_dir) if arguments.results_dir else (
        data_dir(arguments.data_dir) / RESULTS_FOLDER / session.session_id)
    say = _say

    def report(change: str) -> None:
        if change == "students":
            say(f"{counted(sum(s.connected for s in session.seats), 'student')} connected: "
                + ", ".join(s.name for s in session.seats if s.connected))
        elif change == "answer":
            say(f"{session.answered_count()} of {len(session.seats)} answered")

    finished: list[bool] = []

    def finish() -> None:
        if finished:
            return
        finished.append(True)
        if session.phase is not Phase.ENDED:
            host.end()
        paths = save_results(host, results_dir)
        host.stop()
        say(f"Results of {counted(len(paths), 'student')} saved in {results_dir}")
        app.quit()

    def step() -> None:
        if session.phase is Phase.QUESTION:
            host.reveal()
            right = sum(1 for s in session.seats
                        if session.number in s.answers and s.answers[session.number].correct)
            say(f"Revealed question {session.number}: {right} of {len(session.seats)} right")
        elif session.number < session.total:
            host.next_question()
            say(f"Question {session.number} of {session.total} is open")
        else:
            finish()

    class Keyboard(QObject):
        line = Signal(str)

    keyboard = Keyboard()
    keyboard.line.connect(lambda text: finish() if text.strip().lower() in ("q", "quit", "end")
                          or text == "\x04" else step())

    def read_input() -> None:
        for text in sys.stdin:
            keyboard.line.emit(text)
        keyboard.line.emit("\x04")

    host.changed.connect(report)
    host.time_up.connect(lambda: say("Time is up"))
    print(f"Students join at {host.url} with PIN {host.pin}", flush=True)
    say(f"{session.pack.title}: {counted(session.total, 'question')}. Press Enter to start, to "
        "reveal and "
        "to go on; q and Enter ends.")
    threading.Thread(target=read_input, daemon=True).start()
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, finish))
    wake = QTimer()
    wake.start(200)  # lets Python notice Ctrl+C while Qt waits
    app.exec()
    return EXIT_OK
