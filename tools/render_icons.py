"""Render the app icon (assets/quizapp.svg) to the PNG sizes desktops and installers ask for.

    .venv/bin/python tools/render_icons.py          # writes assets/icons/hicolor/NxN/apps/quizapp.png
    .venv/bin/python tools/render_icons.py --check  # exit 1 if a committed PNG is missing or stale

Run it after changing the SVG and commit the PNGs: pip installs them into the hicolor icon theme
(pyproject.toml data-files), and some launchers and AppStream tools want PNGs, not SVG. Qt's own
SVG renderer draws them, so no other tool is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "assets" / "quizapp.svg"
ICON_THEME = REPO / "assets" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICON_THEME / f"{size}x{size}" / "apps" / "quizapp.png"


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def looks_the_same(committed: Path, rendered: QImage) -> bool:
    """Pixel for pixel within a small tolerance: another Qt version may antialias a little
    differently, which is no reason to re-render."""
    image = QImage(str(committed))
    if image.isNull() or image.size() != rendered.size():
        return False
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # kept: constBits() points into it
    rendered = rendered.convertToFormat(QImage.Format.Format_ARGB32)
    ours, fresh = bytes(image.constBits()), bytes(rendered.constBits())
    differing = sum(1 for pixel in range(0, len(ours), 4)
                    if max(abs(ours[pixel + c] - fresh[pixel + c]) for c in range(4)) > 16)
    return differing <= image.width() * image.height() // 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed PNGs match the SVG")
    arguments = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    stale = []
    for size in SIZES:
        target = png_path(size)
        rendered = render(size)
        if arguments.check:
            if not looks_the_same(target, rendered):
                stale.append(str(target.relative_to(REPO)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png_bytes(rendered))
        print(target.relative_to(REPO))
    if stale:
        print("out of date; run tools/render_icons.py:", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
