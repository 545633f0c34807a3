"""Reading a PDF back as a person would: its text (pdftotext) and its pages as pictures (pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:  # ./dev installs poppler-utils; a test that cannot look must not pass
        pytest.fail(f"{name} is missing: install poppler-utils (./dev test does it as root)")
    return found


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def printed(text: str, page: str) -> bool:
    """Whether ``text`` is on ``page``, however it was wrapped. pdftotext joins a word broken
    after a hyphen ("U.S.-" / "provided" reads "U.S.provided"), so spaces and hyphens are
    left out of the comparison."""
    return squash(text) in squash(page)


def squash(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page in reading order, whitespace folded (wrapped lines joined)."""
    result = subprocess.run([_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True, timeout=60)
    return [fold(page) for page in result.stdout.split("\f") if page.strip()]


def render_page(path: Path, page: int, out_dir: Path, dpi: int = 50) -> QImage:
    prefix = out_dir / f"{path.stem}-page"
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(prefix)], check=True, timeout=60)
    image = QImage(str(prefix) + ".png")
    assert not image.isNull()
    return image


def ink_share(image: QImage) -> float:
    """The share of pixels that are not white: zero means an empty page."""
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 200)
    return dark / ((image.height() // 2 + 1) * (image.width() // 2 + 1))
