"""*Class → Host a live session…*: which pack, which network, how many questions, a countdown.

The choices (all but the pack) are remembered for the next session: a teacher hosts in the same
room, on the same network, with the same habits, week after week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from quizapp.core.models import Pack
from quizapp.live.host import DEFAULT_PORT, LanAddress
from quizapp.packs.pack_labels import distinct_labels

LOOPBACK = "127.0.0.1"
SETTINGS_GROUP = "live/host"


@dataclass(frozen=True)
class HostOptions:
    pack: Pack
    address: str
    port: int
    count: int | None
    time_limit: float | None
    podium: bool
    full_screen: bool = True


class HostDialog(QDialog):
    def __init__(self, packs: Sequence[Pack], current: Pack | None,
                 addresses: Sequence[LanAddress], parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Host a live session"))
        self.settings = settings
        self.packs = list(packs)
        self.pack = QComboBox()
        for label in distinct_labels([(p.title, str(p.path or "")) for p in self.packs]):
            self.pack.addItem(label)  # an original and its copy told apart
        if current is not None and current in self.packs:
            self.pack.setCurrentIndex(self.packs.index(current))
        self.network = QComboBox()
        for address in addresses:
            self.network.addItem(address.label, address.address)
        self.network.addItem(self.tr("Only this computer (%1)").replace("%1", LOOPBACK), LOOPBACK)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.count = QSpinBox()
        self.count.setSpecialValueText(self.tr("All"))
        self.count.setRange(0, 500)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, 600)
        self.time_limit.setSingleStep(5)
        self.time_limit.setSpecialValueText(self.tr("No countdown"))
        self.time_limit.setSuffix(self.tr(" s"))
        self.podium = QCheckBox(self.tr("Show a po&dium of the top three at the end"))
        self.podium.setChecked(False)
        self.full_screen = QCheckBox(self.tr("Show the questions &full screen (F11 switches)"))
        self.full_screen.setChecked(True)
        note = QLabel(self.tr("Students open the address shown next, on any device on the same "
                              "network, and type the PIN. Nothing leaves this computer."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Pack:"), self.pack)
        form.addRow(self.tr("&Network:"), self.network)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Questions:"), self.count)
        form.addRow(self.tr("&Time per question:"), self.time_limit)
        form.addRow("", self.podium)
        form.addRow("", self.full_screen)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start hosting"))
        ok.setEnabled(bool(self.packs))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._restore()
        self.pack.setFocus()

    def _restore(self) -> None:
        """Last session's choices; a network that is gone now falls back to the first."""
        if self.settings is None:
            return
        stored = self.settings
        stored.beginGroup(SETTINGS_GROUP)
        try:
            index = self.network.findData(str(stored.value("network", "")))
            if index >= 0:
                self.network.setCurrentIndex(index)
            for box, key in ((self.port, "port"), (self.count, "count"),
                             (self.time_limit, "time_limit")):
                box.setValue(_number(stored.value(key), box.value()))
            for check, key in ((self.podium, "podium"), (self.full_screen, "full_screen")):
                check.setChecked(_flag(stored.value(key), check.isChecked()))
        finally:
            stored.endGroup()

    def accept(self) -> None:
        if self.settings is not None:
            stored = self.settings
            stored.beginGroup(SETTINGS_GROUP)
            stored.setValue("network", str(self.network.currentData()))
            stored.setValue("port", self.port.value())
            stored.setValue("count", self.count.value())
            stored.setValue("time_limit", self.time_limit.value())
            stored.setValue("podium", self.podium.isChecked())
            stored.setValue("full_screen", self.full_screen.isChecked())
            stored.endGroup()
        super().accept()

    def options(self) -> HostOptions:
        return HostOptions(
            pack=self.packs[self.pack.currentIndex()],
            address=str(self.network.currentData()),
            port=self.port.value(),
            count=self.count.value() or None,
            time_limit=float(self.time_limit.value()) or None,
            podium=self.podium.isChecked(),
            full_screen=self.full_screen.isChecked(),
        )


def _number(value: object, default: int) -> int:
    """A stored number; anything else (a hand-edited settings file) leaves the default."""
    try:
        return int(str(value))
    except ValueError:
        return default


def _flag(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return {"true": True, "false": False}.get(text, default)
