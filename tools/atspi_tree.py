"""What a screen reader (Orca) is told by a running app: its AT-SPI tree and the events it sends.

Runs with the system Python (Debian's python3-pyatspi), beside the app under test on the same
X display and accessibility bus:

    dbus-run-session -- bash -c '
        /usr/libexec/at-spi-bus-launcher --launch-immediately & sleep 1
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 .venv/bin/python SOME_APP.py &
        /usr/bin/python3 tools/atspi_tree.py APP_NAME ROUNDS'

Every 1.5 s (ROUNDS times) it prints the showing part of the app's tree — role, name and
description — and the latest announcements, name and value changes and focus moves.
"""

from __future__ import annotations

import sys
import threading
import time

import pyatspi  # type: ignore[import-not-found]

# listening to description changes also keeps the cached descriptions current: Qt sends only
# the events someone listens to, and without them libatspi keeps the first description it read
EVENTS = ("object:announcement", "object:property-change:accessible-name",
          "object:property-change:accessible-description",
          "object:property-change:accessible-value", "object:state-changed:focused")


def dump(node: object, depth: int, out: list[str]) -> None:
    try:
        role, name, description = node.getRoleName(), node.name, node.description  # type: ignore[attr-defined]
        showing = node.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]
    except Exception:  # the widget went away while we looked
        return
    if showing or depth < 2:
        out.append("  " * depth + f"[{role}] {name!r}"
                   + (f" — {description[:80]!r}" if description else ""))
    for index in range(node.childCount):  # type: ignore[attr-defined]
        dump(node.getChildAtIndex(index), depth + 1, out)  # type: ignore[attr-defined]


def main() -> int:
    wanted, rounds = sys.argv[1], int(sys.argv[2])
    seen: list[str] = []

    def heard(event: object) -> None:
        source = event.source  # type: ignore[attr-defined]
        what = f"{source.getRoleName()} {source.name!r}" if source else ""
        detail = event.any_data if isinstance(event.any_data, str) else ""  # type: ignore[attr-defined]
        seen.append(f"{event.type} {what} {detail!r}")  # type: ignore[attr-defined]

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)

    def look() -> None:
        for number in range(rounds):
            time.sleep(1.5)
            apps = [a for a in pyatspi.Registry.getDesktop(0) if a is not None and wanted in a.name]
            print(f"=== {number}", flush=True)
            for app in apps:
                out: list[str] = []
                dump(app, 0, out)
                print("\n".join(out), flush=True)
            print("events:", *seen[-10:], sep="\n  ", flush=True)
            seen.clear()
        pyatspi.Registry.stop()

    threading.Thread(target=look, daemon=True).start()
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
