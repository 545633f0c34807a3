"""The PyInstaller build, checked without PyInstaller: the spec runs and trims what it should, and
the list of Qt modules the app keeps covers everything quizapp imports. (The real build, which
takes half a minute, is ./dev build; see packaging/build.py.)"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

from quizapp.resources import DATA_FOLDER, SHIPPED_FOLDERS
from tests.conftest import REPO
from tests.packaging.conftest import PACKAGING, load_trimming

trimming = load_trimming()


def qt_modules_imported_by(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found |= {name.split(".")[1] for name in names
                      if name.startswith("PySide6.Qt") and name.count(".") >= 1}
    return found


def installed_pyside_modules() -> set[str]:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    return {path.name.split(".")[0] for path in folder.glob("Qt*.*") if path.suffix in (".so", ".pyd")}


def test_every_qt_module_quizapp_imports_is_kept() -> None:
    imported = qt_modules_imported_by(REPO / "quizapp")
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts"} <= imported  # the scan does find them
    missing = imported - set(trimming.USED)
    assert not missing, f"add {sorted(missing)} to USED in packaging/trimming.py"


def test_the_kept_modules_exist_and_none_is_trimmed() -> None:
    assert set(trimming.USED) <= installed_pyside_modules()
    for module in trimming.USED:
        assert f"PySide6.{module}" not in trimming.excluded_modules(installed_pyside_modules())
        assert not trimming.is_unwanted(f"PySide6/{module}.abi3.so")
        assert not trimming.is_unwanted(f"PySide6/Qt/lib/libQt6{module[2:]}.so.6")
    excluded = trimming.excluded_modules(installed_pyside_modules())
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtQuick" in excluded


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="reads ELF libraries with objdump (binutils)")
def test_no_library_a_kept_qt_module_links_to_is_trimmed() -> None:
    """QtTextToSpeech links QtMultimedia, QtCharts links QtOpenGLWidgets: trimming by name must not
    take such a library away (the build would stop; this says so before a build)."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    lib = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"
    pending = [f"libQt6{module[2:]}.so.6" for module in trimming.USED]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or not (lib / name).exists():
            continue
        seen.add(name)
        assert not trimming.is_unwanted(f"PySide6/Qt/lib/{name}"), f"{name} is needed"
        pending += [needed for needed in trimming.linked_libraries(str(lib / name))
                    if needed.startswith("libQt6")]
    assert "libQt6Multimedia.so.6" in seen  # through QtTextToSpeech


@pytest.mark.parametrize(("destination", "unwanted"), [
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", True),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", True),
    ("PySide6/Qt/lib/libQt63DRender.so.6", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ("PySide6/Qt/lib/libQt6TextToSpeech.so.6", False),
    ("PySide6/Qt/lib/libQt6Multimedia.so.6", False),
    ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
    ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_uk.qm", False),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qt_help_de.qm", True),
    ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
    ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", False),
    ("pycountry/locales/de/LC_MESSAGES/iso639-3.mo", True),
    ("pycountry/databases/iso3166-1.json", False),
    ("quizapp/_data/assets/themes/quizapp.qss", False),
])
def test_what_is_left_out(destination: str, unwanted: bool) -> None:
    assert trimming.is_unwanted(destination) is unwanted


def test_host_libraries_are_those_of_the_desktop() -> None:
    assert trimming.is_from_host("libX11.so.6") and trimming.is_from_host("libfontconfig.so.1")
    assert trimming.is_from_host("libdbus-1.so.3") and trimming.is_from_host("libpulse.so.0")
    assert not trimming.is_from_host("libxcb-cursor.so.0")  # often missing: bundled
    assert not trimming.is_from_host("libstdc++.so.6") and not trimming.is_from_host("libzstd.so.1")


LINKS = {  # what each fake file links to
    "PySide6/QtCore.abi3.so": ["libQt6Core.so.6"],
    "PySide6/Qt/lib/libQt6Core.so.6": ["libicuuc.so.73", "libglib-2.0.so.0"],
    "PySide6/Qt/lib/libicuuc.so.73": [],
    "libglib-2.0.so.0": ["libpcre2-8.so.0"],
    "libpcre2-8.so.0": [],
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libgtk-3.so.0"],
    "libgtk-3.so.0": ["libglib-2.0.so.0"],
    "PySide6/Qt/lib/libQt6Quick.so.6": [],
    "libpython3.11.so.1.0": [],
}


def entries(*destinations: str) -> list[tuple[str, str, str]]:
    return [(destination, f"/src/{destination}", "BINARY") for destination in destinations]


def test_trim_drops_unwanted_host_and_orphaned_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trimming, "linked_libraries", lambda path: LINKS[path.removeprefix("/src/")])
    trimmed = trimming.trim(entries(*LINKS), entries("pycountry/locales/fr/LC_MESSAGES/iso4217.mo"),
                            follow_links=True)
    assert [e[0] for e in trimmed.binaries] == [
        "PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libicuuc.so.73",
        "libpython3.11.so.1.0"]
    assert trimmed.from_host == ["libglib-2.0.so.0"]
    assert trimmed.orphans == ["libgtk-3.so.0", "libpcre2-8.so.0"]
    assert trimmed.datas == []
    assert "libgtk-3.so.0" in trimmed.report()


def test_trim_stops_when_a_kept_file_needs_a_left_out_one(monkeypatch: pytest.MonkeyPatch) -> None:
    links = {"PySide6/QtCore.abi3.so": ["libQt6Quick.so.6"], "PySide6/Qt/lib/libQt6Quick.so.6": []}
    monkeypatch.setattr(trimming, "linked_libraries", lambda path: links[path.removeprefix("/src/")])
    with pytest.raises(trimming.TrimmingError, match=r"libQt6Quick\.so\.6"):
        trimming.trim(entries(*links), [], follow_links=True)


class Recorder:
    """Stands in for one of PyInstaller's spec classes and keeps what it was given."""

    made: ClassVar[dict[str, Recorder]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Recorder.made[type(self).__name__] = self


class Analysis(Recorder):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries = entries(*LINKS)
        self.datas = list(kwargs["datas"]) + entries("PySide6/Qt/translations/qtbase_fr.qm")
        self.pure: list[object] = []
        self.scripts: list[object] = []


class PYZ(Recorder): ...


class EXE(Recorder): ...


class COLLECT(Recorder): ...


def fake_pyinstaller_hooks() -> dict[str, ModuleType]:
    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, excludes=(): [  # type: ignore[attr-defined]
        (str(REPO / "quizapp" / "py.typed"), "quizapp")]
    hooks.collect_submodules = lambda package: ["quizapp.cli", "quizapp.ui.main_window"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    return {"PyInstaller": ModuleType("PyInstaller"), "PyInstaller.utils": ModuleType("PyInstaller.utils"),
            "PyInstaller.utils.hooks": hooks}


def test_the_spec_runs_ships_the_data_and_trims(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for name, module in fake_pyinstaller_hooks().items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(trimming, "linked_libraries", lambda path: LINKS[path.removeprefix("/src/")])
    spec_file = PACKAGING / "quizapp.spec"
    namespace = {"SPECPATH": str(PACKAGING), "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE,
                 "COLLECT": COLLECT, "__file__": str(spec_file)}
    exec(compile(spec_file.read_text(encoding="utf-8"), str(spec_file), "exec"), namespace)

    analysis = Recorder.made["Analysis"]
    entry_point = Path(analysis.args[0][0])
    assert entry_point.is_file() and "main_gui" in entry_point.read_text(encoding="utf-8")
    datas = analysis.kwargs["datas"]
    for folder in SHIPPED_FOLDERS:  # where quizapp.resources looks in a frozen app
        assert (str(REPO / folder), f"quizapp/{DATA_FOLDER}/{folder}") in datas
    assert all(Path(source).exists() for source, _ in datas if not source.startswith("/site/"))
    assert ("/site/PyYAML.dist-info", "PyYAML.dist-info") in datas  # About shows versions
    assert "PySide6.QtCharts" in analysis.kwargs["hiddenimports"]
    assert "PySide6.QtQuick" in analysis.kwargs["excludes"]
    assert "PySide6.QtWidgets" not in analysis.kwargs["excludes"]
    collected = Recorder.made["COLLECT"]
    assert collected.kwargs["name"] == "quizapp" and Recorder.made["EXE"].kwargs["name"] == "quizapp"
    kept = [entry[0] for entry in collected.args[1]]
    assert "PySide6/Qt/lib/libQt6Core.so.6" in kept
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in kept and "libglib-2.0.so.0" not in kept
    assert "PySide6/Qt/translations/qtbase_fr.qm" not in [e[0] for e in collected.args[2]]
    assert "quizapp.spec: left out" in capsys.readouterr().out


def test_the_build_script_is_documented_and_parses() -> None:
    result = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--help"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "--max-mb" in result.stdout


def test_the_built_app_carries_its_desktop_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("quizapp_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.add_desktop_files(tmp_path)
    share = tmp_path / "share"
    assert (share / "applications" / "io.github.quizapp.QuizApp.desktop").is_file()
    assert (share / "mime" / "packages" / "quizapp-pack.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "quizapp.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "quizapp.svg").is_file()
