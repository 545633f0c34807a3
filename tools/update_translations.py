"""Update the translations: collect the app's texts into ``assets/translations/*.ts``, compile ``.qm``.

    ./dev translations            # = .venv/bin/python tools/update_translations.py
    tools/update_translations.py --check   # exit 1 if a .ts misses a text of the code or a .qm is stale

Step 1 runs ``pyside6-lupdate`` over every ``.py`` file of ``quizapp/`` and merges what it finds
into each ``quizapp_<language>.ts``: new texts arrive untranslated (``type="unfinished"``),
texts no longer in the code are dropped (``-no-obsolete``), translations of unchanged texts are
kept. ``quizapp_en.ts`` holds only the texts with a count (``-pluralonly``): it gives English
its "1 session" / "2 sessions" forms, so English is loaded like any other language.
Step 2 runs ``pyside6-lrelease`` on each ``.ts`` to write the ``.qm`` the app loads.

Translate between the two steps with Qt Linguist (``.venv/bin/pyside6-linguist FILE.ts``) or
any editor, then run this again (docs/translations.md). Both tools ship with PySide6 in the venv.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quizapp"
TRANSLATIONS = ROOT / "assets" / "translations"
PREFIX = "quizapp_"
LANGUAGES = ("de", "uk")
"""Full translations. Add a language here and run this script to start its ``.ts``."""
PLURAL_ONLY = ("en",)
"""Languages that keep the source text and need only the plural forms of counts."""
PLURAL_FORMS = {"en": 2, "de": 2, "uk": 3}
"""How many plural forms each language has (Qt's rules: Ukrainian one, few, many)."""


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run ./dev test once to install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py"))


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{PREFIX}{language}.ts"


def message_key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (context.findtext("name") or "", message.findtext("source") or "",
            message.findtext("comment") or "")


def numerus_translations(target: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The plural translations ``target`` holds now, by (context, source, comment)."""
    if not target.exists():
        return {}
    found = {}
    for context in ET.parse(target).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                found[message_key(context, message)] = copy.deepcopy(translation)
    return found


def mark_plurals(target: Path, language: str,
                 before: dict[tuple[str, str, str], ET.Element]) -> None:
    """Every text with ``%n`` becomes a plural message, its plural translations kept.

    lupdate's Python parser marks ``self.tr("%n …", "", n)`` as plural, but not
    ``translate("Context", "%n …", None, n)`` unless ``n`` is a number written out; it then turns
    such a message back into a single one and drops its plural forms. This puts them back.
    """
    tree = ET.parse(target)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
                if language in PLURAL_ONLY:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            old = before.get(message_key(context, message))
            translation = message.find("translation")
            if old is not None or translation is None or not translation.findall("numerusform"):
                if translation is not None:
                    message.remove(translation)
                if old is None:
                    old = ET.Element("translation", {"type": "unfinished"})
                    for _ in range(PLURAL_FORMS[language]):
                        ET.SubElement(old, "numerusform")
                message.append(old)
            if language in PLURAL_ONLY:
                english_plurals(message)
    for context in list(tree.getroot().iter("context")):
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")


def english_plurals(message: ET.Element) -> None:
    """English forms of a new count: "%n file(s)" → "%n file", "%n files" (the source's own
    convention), so English needs no hand translation; forms edited by hand ("1 question
    matches", "2 questions match") are kept."""
    source = message.findtext("source") or ""
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") != "unfinished":
        return
    for form, ending in zip(translation.findall("numerusform"), ("", "s"), strict=True):
        form.text = source.replace("(s)", ending)
    translation.attrib.pop("type", None)


def extract(target: Path, language: str) -> None:
    """Merge the code's texts into ``target`` (created if missing) with lupdate."""
    before = numerus_translations(target)
    arguments = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-target-language", language]
    ran = subprocess.run(arguments + sources() + ["-ts", str(target)], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    for line in (ran.stdout + ran.stderr).splitlines():  # what mark_plurals undoes is no news
        if not line.startswith(("Removed plural forms", "If this sounds wrong")):
            print(line, file=sys.stderr)
    mark_plurals(target, language, before)


def compile_ts(source: Path, target: Path) -> None:
    """lrelease into a new file that then replaces ``target``: a running quizapp keeps reading
    the .qm it mapped into memory (rewriting that file in place would crash it)."""
    fresh = target.with_name(target.name + ".new")
    subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(fresh)], check=True)
    os.replace(fresh, target)


def stale(folder: Path = TRANSLATIONS) -> list[str]:
    """What an update would change: .ts files missing texts of the code, .qm files not made
    from their .ts. Empty when everything is current."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES + PLURAL_ONLY:
            current = ts_path(language, folder)
            if not current.exists():
                problems.append(f"{current.name} is missing")
                continue
            fresh = Path(scratch) / current.name
            shutil.copy(current, fresh)
            extract(fresh, language)
            if fresh.read_bytes() != current.read_bytes():
                problems.append(f"{current.name} differs from the code's texts")
            compiled = Path(scratch) / current.with_suffix(".qm").name
            compile_ts(current, compiled)
            shipped = current.with_suffix(".qm")
            if not shipped.exists() or not filecmp.cmp(compiled, shipped, shallow=False):
                problems.append(f"{shipped.name} is not compiled from {current.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if an update would change a file")
    arguments = parser.parse_args(argv)
    if arguments.check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES + PLURAL_ONLY:
        extract(ts_path(language), language)
        compile_ts(ts_path(language), ts_path(language).with_suffix(".qm"))
        print(f"{ts_path(language).relative_to(ROOT)} → .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
