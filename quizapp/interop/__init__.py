"""Other quiz formats in and out (GIFT, Aiken, Moodle XML, CSV, Anki, JSON Schema), without Qt.

The public surface, for the command line, the app and other helpers:

- ``import_file(path, fmt=None)`` → ``ImportResult`` (pack or None, located warnings, attached
  images); raises ``ImportFailure`` (file, line, message) when the file cannot be read at all.
- ``import_data(data, file, fmt=None)``: the same from bytes already read.
- ``guess_format(data, name)``: "gift", "aiken", "moodle-xml", "csv" or None.
- ``export_pack(pack, fmt)`` → ``ExportResult`` (bytes, per-question notes) for the formats in
  ``EXPORT_FORMATS``.
- ``pack_schema()``: the JSON Schema of the pack format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from quizapp.core.limits import MAX_IMPORT_BYTES
from quizapp.core.models import Pack
from quizapp.interop.aiken import read_aiken, write_aiken
from quizapp.interop.anki import write_anki
from quizapp.interop.gift import read_gift
from quizapp.interop.gift_export import write_gift
from quizapp.interop.json_schema import pack_schema
from quizapp.interop.moodle_xml import read_moodle_xml
from quizapp.interop.moodle_xml_export import write_moodle_xml
from quizapp.interop.results import (
    ExportNote,
    ExportResult,
    ImportFailure,
    ImportResult,
    ImportWarning,
)
from quizapp.interop.spreadsheet import read_csv, write_csv
from quizapp.packs.safe_files import UnreadableFile, read_limited

__all__ = [
    "EXPORT_FORMATS", "EXTENSIONS", "FORMAT_NAMES", "IMPORT_FORMATS", "MAX_IMPORT_BYTES", "ExportNote",
    "ExportResult", "ImportFailure", "ImportResult", "ImportWarning", "export_pack",
    "guess_format", "import_data", "import_file", "pack_schema", "title_from_name",
]

IMPORT_FORMATS = ("gift", "aiken", "moodle-xml", "csv")
FORMAT_NAMES = {"gift": "GIFT", "aiken": "Aiken", "moodle-xml": "Moodle XML", "csv": "CSV"}
"""How each import format is called where people read it (a pack's title, a message)."""
EXPORTERS: dict[str, Callable[[Pack], ExportResult]] = {
    "gift": write_gift,
    "aiken": write_aiken,
    "moodle-xml": write_moodle_xml,
    "csv": write_csv,
    "tsv": lambda pack: write_csv(pack, "\t"),
    "anki": write_anki,
}
EXPORT_FORMATS = tuple(EXPORTERS)
EXTENSIONS = {"gift": ".gift.txt", "aiken": ".aiken.txt", "moodle-xml": ".xml", "csv": ".csv",
              "tsv": ".tsv", "anki": ".apkg", "json": ".json", "quizpack": ".quizpack"}
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*[A-Za-z]", re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^\s*[A-Za-z]\s*[.)]\s+\S", re.MULTILINE)
_GIFT_MARKS = re.compile(r"(^|\n)\s*(::|\$CATEGORY:)|\{[^{}]*[~=#}][^{}]*\}|\{\s*(T|F|TRUE|FALSE)")


def title_from_name(name: str) -> str:
    """"biology-week_1.gift.txt" → "Biology week 1"."""
    stem = Path(name).name.split(".")[0]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Imported questions"


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        try:  # spreadsheets saved by Excel on Windows
            return data.decode("cp1252")
        except UnicodeDecodeError:
            line = data[: error.start].count(b"\n") + 1
            raise ImportFailure(file, line, "the file is not UTF-8 text (a bad byte stands on "
                                "this line); save it as UTF-8 and import it again") from None


def guess_format(data: bytes, name: str = "") -> str | None:
    """Which import format a file is in, from its content first and its name second."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "moodle-xml"
    text = head.decode("utf-8", "replace")
    first = text.splitlines()[0].lower() if text.splitlines() else ""
    cells = [c.strip().strip('"') for c in re.split(r"[,;\t]", first)]
    if "question" in cells and len(cells) > 1:
        return "csv"
    if _AIKEN_ANSWER.search(text) and _AIKEN_CHOICE.search(text):
        return "aiken"
    if _GIFT_MARKS.search(text):
        return "gift"
    if len(_AIKEN_CHOICE.findall(text)) >= 2 and "{" not in text:
        return "aiken"  # an Aiken file whose ANSWER lines are missing: its reader says where
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    return {"xml": "moodle-xml", "csv": "csv", "tsv": "csv", "gift": "gift"}.get(suffix)


def import_data(data: bytes, file: str, fmt: str | None = None,
                title: str | None = None) -> ImportResult:
    """Import questions from a file's bytes; ``fmt`` is guessed when not given."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFailure(file, 1, f"the file is {len(data) / 1048576:.1f} MB; the limit is "
                            f"{MAX_IMPORT_BYTES // 1048576} MB")
    fmt = fmt or guess_format(data, file)
    if fmt is None:
        raise ImportFailure(file, 1, "cannot tell which format this is; name it with --format "
                            f"({', '.join(IMPORT_FORMATS)})")
    title = title or title_from_name(file)
    if fmt == "moodle-xml":
        return replace(read_moodle_xml(data, file, title), format=fmt)
    text = _decode(data, file)
    readers = {"gift": read_gift, "aiken": read_aiken, "csv": read_csv}
    if fmt not in readers:
        raise ValueError(f"unknown import format {fmt!r}")
    return replace(readers[fmt](text, file, title), format=fmt)


def import_file(path: Path, fmt: str | None = None, title: str | None = None) -> ImportResult:
    """Import questions from a file; raises ``ImportFailure`` when it cannot be read at all."""
    file = str(path)
    try:
        data = read_limited(path, limit=MAX_IMPORT_BYTES, what="imported")
    except UnreadableFile as error:  # a pipe, a device, too large
        raise ImportFailure(file, 1, str(error)) from None
    except FileNotFoundError:
        raise ImportFailure(file, 1, "no such file; check the path") from None
    except OSError as error:
        raise ImportFailure(file, 1, f"cannot read the file: {error.strerror or error}") from None
    return import_data(data, file, fmt, title)


def export_pack(pack: Pack, fmt: str) -> ExportResult:
    """The pack in one of ``EXPORT_FORMATS``, with a note for everything the format cannot hold."""
    return EXPORTERS[fmt](pack)
