"""Desktop integration: the launcher, the AppStream metadata, the file types and the icons are valid
for the desktop's own tools and agree with each other and with what pip installs."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import quizapp
from tests.conftest import BUNDLED_PACK, REPO
from tests.packaging.conftest import PACKAGING, system_tool

APP_ID = "io.github.quizapp.QuizApp"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_FILE = PACKAGING / "quizapp-pack.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def pyproject() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> list[str]:
    return [element.get("type", "") for element in ET.parse(MIME_FILE).getroot()]


def test_desktop_file_is_valid() -> None:
    result = subprocess.run([system_tool("desktop-file-validate", "desktop-file-utils"),
                             str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    result = subprocess.run([system_tool("appstreamcli", "appstream"), "validate", "--no-net",
                             str(METAINFO)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout  # no errors/warnings


def test_launcher_metadata_and_file_types_agree() -> None:
    entry = desktop_entry()
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert entry["Exec"].split()[0] in project["gui-scripts"]  # quizapp-gui, which takes %f
    assert entry["MimeType"].rstrip(";").split(";") == mime_types()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    provided = root.find("provides")
    assert provided is not None
    assert [m.text for m in provided.findall("mediatype")] == mime_types()
    assert {b.text for b in provided.findall("binary")} == set(project["scripts"]) | set(
        project["gui-scripts"])


def test_metainfo_has_this_release_and_real_screenshots() -> None:
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == quizapp.__version__
    assert newest.find("description") is not None  # release notes
    images = [image.text or "" for image in root.iter("image")]
    assert len(images) >= 2
    for url in images:  # each one is a picture of this repository's docs/
        assert url.startswith("https://") and "/docs/" in url
        assert (REPO / "docs" / url.rsplit("/docs/", 1)[1]).is_file(), url


def test_icons_in_every_size_are_installed_by_pip() -> None:
    icon = desktop_entry()["Icon"]
    data_files = pyproject()["tool"]["setuptools"]["data-files"]  # type: ignore[index]
    assert data_files["share/icons/hicolor/scalable/apps"] == [f"assets/{icon}.svg"]
    for size in ICON_SIZES:
        (png,) = data_files[f"share/icons/hicolor/{size}x{size}/apps"]
        image = QImage(str(REPO / png))
        assert Path(png).name == f"{icon}.png" and (image.width(), image.height()) == (size, size)
        middle = image.pixelColor(size // 4, size // 2)
        assert middle.alpha() == 255, f"{png} looks blank"
    for files in data_files.values():
        assert all((REPO / name).is_file() for name in files), files


def test_committed_icons_match_the_svg() -> None:
    result = subprocess.run([sys.executable, str(REPO / "tools" / "render_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def mime_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An XDG data folder with only quizapp's file types, compiled by the desktop's own tool."""
    folder = tmp_path_factory.mktemp("xdg")
    packages = folder / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / MIME_FILE.name).write_bytes(MIME_FILE.read_bytes())
    result = subprocess.run([system_tool("update-mime-database", "shared-mime-info"),
                             str(folder / "mime")], capture_output=True, text=True, check=False,
                            env=dict(os.environ, XDG_DATA_DIRS=f"{folder}:/usr/share"))
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    return folder


def test_packs_and_bundles_are_recognised(mime_data_dir: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "my-quiz"  # no extension: only the content can tell
    renamed.write_text("# a teacher's pack\nformat: quizapp/1\nid: x\n", encoding="utf-8")
    plain_yaml = tmp_path / "settings.yaml"
    plain_yaml.write_text("colour: blue\n", encoding="utf-8")
    bundle = tmp_path / "biology.quizpack"
    bundle.write_bytes(b"PK\x03\x04" + bytes(40))
    files = [BUNDLED_PACK, renamed, plain_yaml, bundle]
    script = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\ndb = QMimeDatabase()\n"
              "print(' '.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    environment = dict(os.environ, XDG_DATA_DIRS=f"{mime_data_dir}:/usr/share")
    result = subprocess.run([sys.executable, "-c", script, *map(str, files)], env=environment,
                            capture_output=True, text=True, timeout=60, check=True)
    pack, renamed_pack, yaml, quizpack = result.stdout.split()
    assert pack == renamed_pack == "application/x-quizapp-pack+yaml"
    assert yaml != pack
    assert quizpack == "application/x-quizapp-bundle"
