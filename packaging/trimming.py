"""What the built app leaves out, so that it stays small: read by ``quizapp.spec``, checked by tests.

PySide6's wheels hold all of Qt (650 MB installed); the app needs a fraction. PyInstaller already
collects only the Qt modules that are imported, but Qt's plugins drag in more (the GTK theme
plugin brings GTK and Cairo, the embedded-device platforms their own libraries), Qt's
translations come for every module, and pycountry brings country names in every language for six
ISO standards. So the spec

1. tells PyInstaller not to import any PySide6 module outside ``USED``, nor Python's TLS
   (``excluded_modules``, ``EXCLUDED_PYTHON_MODULES``),
2. leaves out every library, plugin, translation and data file that ``is_unwanted`` names,
3. leaves out the desktop's own libraries (``HOST_LIBRARIES``: display, fonts, GLib, D-Bus, sound,
   printing), which must match the user's system anyway, and
4. drops the libraries nothing left needs any more (``orphaned_libraries``, Linux only).

``trim`` does 2–4 on PyInstaller's lists of files; the spec prints what it left out.
``tests/packaging/test_pyinstaller_spec.py`` fails when quizapp imports a Qt module that is not in
``USED`` — add it here when a feature needs one. Plain Python (no PyInstaller), so tests import it.
"""

from __future__ import annotations

import functools
import re
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

USED = (
    "QtCore", "QtGui", "QtWidgets",  # everything
    "QtCharts",  # statistics
    "QtPdf", "QtPrintSupport",  # reports, worksheets, printing
    "QtSvg",  # the icon (through Qt's SVG image and icon plugins)
    "QtNetwork", "QtHttpServer", "QtWebSockets",  # live sessions
    "QtTextToSpeech",  # read aloud
    "QtDBus",  # desktop integration on Linux (portals, input methods)
)
"""PySide6 modules the app imports or whose libraries its plugins need."""

UNWANTED = (
    "Qml", "Quick", "QuickControls2", "QuickWidgets", "QuickTest", "QuickTemplates2",
    "QuickShapes", "QuickLayouts", "QuickParticles", "QuickEffects", "QuickDialogs2",
    "QuickVectorImage", "Quick3D", "VirtualKeyboard", "WebEngine", "WebEngineCore",
    "WebEngineWidgets", "WebEngineQuick", "WebView", "WebChannel", "3D", "MultimediaWidgets",
    "MultimediaQuick", "SpatialAudio", "Designer", "UiTools", "Help", "Sql", "Test", "Location",
    "Positioning", "Sensors", "Bluetooth", "Nfc", "SerialPort", "SerialBus", "RemoteObjects", "Scxml",
    "StateMachine", "DataVisualization", "Graphs", "CanvasPainter", "ShaderTools", "Lottie",
    "EglFSDeviceIntegration", "EglFsKmsSupport", "EglFsKmsGbmSupport",
)
"""Parts of Qt the app never uses; their libraries, plugins and translations are left out.
(Not QtMultimedia's library: QtTextToSpeech links to it. Its media-playback plugins do go.)"""

UNWANTED_PLUGIN_FOLDERS = (
    "assetimporters", "canbus", "designer", "geometryloaders", "geoservices", "multimedia",
    "position", "qmllint", "qmltooling", "renderers", "renderplugins", "sceneparsers",
    "scxmldatamodel", "sensors", "sqldrivers", "webview", "virtualkeyboard",
    "tls",  # TLS backends; see EXCLUDED_PYTHON_MODULES
    "egldeviceintegrations",  # embedded devices without a window system
    "generic",  # raw evdev/TUIO input, for the same; desktops deliver input through xcb/wayland
)
UNWANTED_PLUGINS = (
    "libqtvirtualkeyboardplugin",  # an on-screen keyboard built on Qt Quick
    "libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvkkhrdisplay", "libqvnc",  # embedded
    "libqgtk3",  # GTK look for dialogs: brings GTK, GDK, Cairo and Pango (~25 MB); Qt's own
                 # dialogs or the desktop portal's (libqxdgdesktopportal) are used instead
    "libqicns", "libqtga", "libqwbmp",  # image formats no pack uses
    "libqpdf",  # PDF pages as images: no pack has them (QtPdf itself stays, see USED)
    "libqtexttospeech_mock",  # a test engine that speaks to no one
)

LANGUAGES = ("de", "uk")
"""The languages quizapp is translated into (assets/translations); Qt's own strings (standard
buttons and dialogs) are kept for these only. Add a language here when adding a translation."""

KEPT_TRANSLATIONS = re.compile(r"(qt|qtbase|qtmultimedia|qtwebsockets)_(" + "|".join(LANGUAGES)
                               + r")(_[A-Z]{2})?\.qm$")

PYCOUNTRY_DOMAINS = ("iso3166-1",)
"""pycountry catalogues that quizapp.answer_reading reads (country names); the other standards'
translations (languages, currencies, subdivisions, scripts: ~20 MB) are left out."""

EXCLUDED_PYTHON_MODULES = ("tkinter", "pytest", "pytestqt", "ssl", "_ssl", "_hashlib")
"""Never needed: quizapp is offline and its live sessions are plain HTTP on the room's network,
so no TLS (OpenSSL, ~6 MB); hashlib falls back to Python's own SHA-256. If quizapp ever speaks
HTTPS, take "ssl", "_ssl" and "_hashlib" out of here and "tls" out of UNWANTED_PLUGIN_FOLDERS."""

HOST_LIBRARIES = (
    "libX11.so", "libX11-xcb.so", "libxcb.so", "libxcb-dri2.so", "libxcb-dri3.so", "libICE.so",
    "libSM.so", "libfontconfig.so", "libfreetype.so", "libharfbuzz.so", "libfribidi.so",
    "libglib-2.0.so", "libgobject-2.0.so", "libgio-2.0.so", "libexpat.so", "libz.so",
    "libgmp.so", "libgpg-error.so", "libp11-kit.so", "libcom_err.so", "libuuid.so",
    "libasound.so", "libdrm.so", "libgbm.so", "libEGL.so", "libGL.so", "libGLX.so",
    "libGLdispatch.so", "libusb-1.0.so",
    # and the clients of the desktop's own services, which speak its daemons' protocols
    "libdbus-1.so", "libpulse.so", "libpulse-simple.so", "libcups.so",
)
"""Libraries of the desktop itself, taken from the user's system rather than bundled: the
AppImage project's exclude list (github.com/AppImage/pkg2appimage, "excludelist") names them as
present on every desktop Linux and tied to its display server, fonts and drivers, so a bundled copy
is dead weight at best and a mismatch at worst; likewise the clients of its D-Bus, sound server
(PulseAudio or PipeWire) and printing system (CUPS). Unlike that list, libstdc++ stays bundled: Qt's
wheels need a newer one than older systems have. README, "Install", lists what the system needs."""


def excluded_modules(available: Iterable[str]) -> list[str]:
    """``PySide6.X`` for every installed PySide6 module X the app does not use, and the Python
    modules it never needs."""
    return sorted(f"PySide6.{name}" for name in available if name not in USED) + list(
        EXCLUDED_PYTHON_MODULES)


def is_from_host(destination: str) -> bool:
    """Whether a collected library is one of the desktop's own (``HOST_LIBRARIES``)."""
    name = destination.replace("\\", "/").split("/")[-1]
    return any(name == library or name.startswith(library + ".") for library in HOST_LIBRARIES)


_UNWANTED_LIBRARY = re.compile(r"(?:lib)?Qt6?(" + "|".join(sorted(UNWANTED, key=len, reverse=True))
                               + r")(?:[A-Z][A-Za-z0-9]*)?(?:\.|_|$)")


def is_unwanted(destination: str) -> bool:
    """Whether a file the analysis collected (its path inside the bundle) should be left out."""
    parts = destination.replace("\\", "/").split("/")
    name, folders = parts[-1], parts[:-1]
    if "qml" in folders:
        return True
    if "plugins" in folders:
        plugin_folder = folders[folders.index("plugins") + 1:][:1]
        if plugin_folder and plugin_folder[0] in UNWANTED_PLUGIN_FOLDERS:
            return True
        if name.split(".")[0].startswith(UNWANTED_PLUGINS):
            return True
    if "translations" in folders and name.endswith(".qm"):
        return not KEPT_TRANSLATIONS.match(name)
    if folders[:2] == ["pycountry", "locales"] and name.endswith(".mo"):
        return name[:-3] not in PYCOUNTRY_DOMAINS
    if "resources" in folders and name.startswith("qtwebengine"):
        return True
    return bool(_UNWANTED_LIBRARY.match(name))


def is_shared_library(destination: str) -> bool:
    """A library others link to (libfoo.so.1, PySide6/Qt/lib/libQt6Gui.so.6), as opposed to a
    Python extension module or a Qt plugin, which are loaded on purpose and so always kept."""
    parts = destination.replace("\\", "/").split("/")
    name = parts[-1]
    if "plugins" in parts or "lib-dynload" in parts or ".cpython-" in name or ".abi3." in name:
        return False
    return bool(re.match(r"lib.+\.so(\.[0-9.]+)?$", name))


def broken_links(binaries: Iterable[str], removed: Iterable[str],
                 imports_of: Callable[[str], Iterable[str]]) -> list[tuple[str, str]]:
    """(binary, library) for every kept binary that links to a library that was left out: the
    build must stop, or the app would fail to start (or to load that plugin) on a user's machine."""
    removed_names = {destination.replace("\\", "/").split("/")[-1] for destination in removed}
    return [(binary, library) for binary in binaries for library in imports_of(binary)
            if library.split("/")[-1] in removed_names]


def orphaned_libraries(binaries: Iterable[str],
                       imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The shared libraries among ``binaries`` (destinations) that nothing kept links to.

    ``imports_of(destination)`` names the libraries a binary links to (file names). Everything that
    is not a shared library — extension modules, plugins, the Python library — is a root.
    """
    binaries = list(binaries)
    by_name: dict[str, list[str]] = {}
    for destination in binaries:
        by_name.setdefault(destination.replace("\\", "/").split("/")[-1], []).append(destination)
    needed = [d for d in binaries if not is_shared_library(d) or _is_kept_anyway(d)]
    reached = set(needed)
    while needed:
        for library in imports_of(needed.pop()):
            for destination in by_name.get(library.split("/")[-1], []):
                if destination not in reached:
                    reached.add(destination)
                    needed.append(destination)
    return {d for d in binaries if d not in reached}


def _is_kept_anyway(destination: str) -> bool:
    return destination.replace("\\", "/").split("/")[-1].startswith("libpython")


TocEntry = tuple[str, str, str]
"""A file as PyInstaller lists it: (destination in the bundle, source path, kind)."""


class TrimmingError(RuntimeError):
    """Leaving something out would break the app; the message says what links to what."""


@dataclass
class Trimmed:
    binaries: list[TocEntry]
    datas: list[TocEntry]
    unwanted: list[str] = field(default_factory=list)
    from_host: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)

    def report(self) -> str:
        return (f"left out {len(self.unwanted)} unwanted files, {len(self.from_host)} libraries of "
                f"the desktop ({', '.join(self.from_host)}) and {len(self.orphans)} libraries "
                f"nothing needed ({', '.join(self.orphans)})")


def linked_libraries(path: str) -> list[str]:
    """The libraries a binary links to directly: its ELF NEEDED entries (``ldd`` would list its
    dependencies' too). objdump comes with binutils, which PyInstaller needs on Linux anyway."""
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                          check=True).stdout
    return [line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")]


def trim(binaries: list[TocEntry], datas: list[TocEntry], follow_links: bool) -> Trimmed:
    """Steps 2–4 of the module docstring; ``follow_links`` (ELF platforms) enables 3 and 4."""
    unwanted = [entry[0] for entry in binaries + datas if is_unwanted(entry[0])]
    kept = Trimmed([e for e in binaries if not is_unwanted(e[0])],
                   [e for e in datas if not is_unwanted(e[0])], unwanted)
    if not follow_links:
        return kept
    sources = {destination: source for destination, source, _kind in kept.binaries}

    @functools.cache
    def imports_of(destination: str) -> list[str]:
        return linked_libraries(sources[destination])

    broken = broken_links(sources, unwanted, imports_of)
    if broken:
        raise TrimmingError("these kept files link to left-out libraries; change "
                            f"packaging/trimming.py: {broken}")
    kept.from_host = sorted(d for d in sources if is_from_host(d))
    kept.orphans = sorted(orphaned_libraries(set(sources) - set(kept.from_host), imports_of))
    dropped = set(kept.from_host) | set(kept.orphans)
    kept.binaries = [entry for entry in kept.binaries if entry[0] not in dropped]
    return kept
