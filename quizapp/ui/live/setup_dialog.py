"""*Class → Host a live session…*: which pack, which network, how many questions, a countdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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

LOOPBACK = "127.0.0.1"


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
                 addresses: Sequence[LanAddress], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Host a live session"))
        self.packs = list(packs)
        self.pack = QComboBox()
        for pack in self.packs:
            self.pack.addItem(pack.title)
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
        self.pack.setFocus()

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
