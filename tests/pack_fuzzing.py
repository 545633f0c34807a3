"""Hostile pack files, made up at random, and the one rule they must obey.

The rule: whatever the bytes, reading and validating end in a pack or in errors that each name a
file, a line and a column — never another exception, never a hang. ``hostile_pack`` makes inputs
three ways: packs of the right shape carrying hostile values (tags, anchors, huge numbers, odd
floats, control characters, markup), the fixture pack with random edits, and raw bytes of
YAML's special characters. It draws from a ``random.Random``, so Hypothesis (``st.randoms()``,
which can shrink a failure) and the long run in ``tools/fuzz_packs.py`` share it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.diagnostics import Diagnostic, PackError
from quizapp.core.validation import validate_pack_data
from quizapp.packs.safe_files import UnreadableFile, decode_text
from quizapp.packs.yaml_reader import read_yaml_text

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
SEED_PACK = (FIXTURE / "pack.yaml").read_text(encoding="utf-8")
SOURCE = (FIXTURE / "source.md").read_text(encoding="utf-8")
FILE = "fuzz/pack.yaml"

HOSTILE_SCALARS = [
    "!!float abc", "!!float ''", "!!int 0x", "!!int _", "!!bool maybe", "!!null x", "!!str 7",
    "!!binary aGk=", "!!python/object/apply:os.system ['true']", "!custom x", "!!timestamp x",
    "1" * 400, "1" * 4301, "-0x" + "f" * 120, "1e999", "-.inf", ".nan", "0o777", "0b101",
    "1_000", "12:30:45", "2024-01-01", "~", "null", "yes", "off", "''", '""', "'\\x00'",
    '"\\u0000"', '"\\ud800"', "\"<b>b</b><img src='file:///etc/passwd'>\"", "'{#x}'", "&a x",
    "*a", "*undefined", "\"ä\"", "🙂", "\u202e", "!!map {}", "!!seq []", "!!set {a}",
    "1.5", "-3", "0", "3", "true", "false", "single", "numeric", "ordering", "atlas-1",
]
"""Values that parse as YAML (mostly) but are wrong or dangerous in a pack."""
SYNTAX_BREAKERS = ["? x", "- - - x", "|\n  block", ">-\n  folded", "'unclosed", '"unclosed',
                   "x: y: z", "\t", "{#id}", "[{#x}]", "%", "@", "`", "!", "[", "]", "{", "}"]
KEYS = ["type", "prompt", "choices", "text", "correct", "explanation", "cite", "passage",
        "quote", "answer", "tolerance", "items", "pairs", "left", "right", "accept", "close",
        "section", "difficulty", "tags", "feedback", "id", "sections", "format", "source"]
ODD_KEYS = ["<<", "? k", "dup", "", "'quoted key'", "1", "true", "~", "[a]"]
SPECIAL = "\n\n\n  -:?,[]{}#&*!|>'\"%@`\\\taé1."
CONTROL = "\0\x07\x1b\x7f\r\ufeff\u2028"
"""Characters YAML refuses or treats specially; used sparingly, or nothing would parse."""


WORDS = ["Port Amber", "Hillcross", "true", "1802", "q1", "towns", "atlas-1", "single",
         "to the sea at Port Amber", "the river", "12500", "x"]


def scalar(rng: random.Random, hostility: float = 0.35) -> str:
    """One value; ``hostility`` is the share that break the YAML reader's rules."""
    way = rng.random()
    if way < hostility:
        return rng.choice(HOSTILE_SCALARS)
    if way < hostility + 0.3:  # any text, quoted so that it parses: it reaches the validator
        return json.dumps("".join(rng.choice(SPECIAL + "abc") for _ in range(rng.randint(0, 12))))
    if way < 1 - hostility / 3:
        return rng.choice(WORDS)
    if way < 1 - hostility / 6:
        return rng.choice(SYNTAX_BREAKERS)
    alphabet = SPECIAL + CONTROL if rng.random() < 0.2 else SPECIAL
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def key(rng: random.Random) -> str:
    return rng.choice(ODD_KEYS) if rng.random() < 0.03 else rng.choice(KEYS)


def value(rng: random.Random, depth: int, hostility: float = 0.35) -> str:
    """A YAML value in flow style, at most ``depth`` levels of lists and mappings deep."""
    kind = rng.random()
    if depth <= 0 or kind < 0.5:
        return scalar(rng, hostility)
    if kind < 0.75:
        return "[" + ", ".join(value(rng, depth - 1, hostility)
                               for _ in range(rng.randint(0, 4))) + "]"
    return "{" + ", ".join(f"{key(rng)}: {value(rng, depth - 1, hostility)}"
                           for _ in range(rng.randint(0, 4))) + "}"


def shaped_pack(rng: random.Random) -> str:
    """A pack of the right shape whose values are hostile."""
    hostility = rng.choice([0.0, 0.02, 0.1, 0.35])  # some packs get past the YAML reader
    lines = ["format: quizapp/1", "id: fuzz", "title: Fuzz",
             "source: {text: source.md, title: S}", "questions:"]
    for number in range(rng.randint(1, 5)):
        lines.append(f"  - id: {rng.choice([f'q{number}', 'q0', scalar(rng, hostility)])}")
        used = {"id"}
        for _ in range(rng.randint(1, 8)):
            name = key(rng)
            if name in used and name != "dup" and rng.random() < 0.9:
                continue
            used.add(name)
            lines.append(f"    {name}: {value(rng, rng.randint(0, 3), hostility)}")
    if rng.random() < 0.1:
        lines.insert(rng.randint(0, len(lines)), rng.choice(["---", "...", "%YAML 1.1",
                                                            "a: &a [1]", "b: *a"]))
    return "\n".join(lines) + "\n"


def edited_pack(rng: random.Random) -> str:
    """The fixture pack with a few random edits: characters, lines, indentation."""
    lines = SEED_PACK.splitlines()
    for _ in range(rng.randint(1, 6)):
        number = rng.randrange(len(lines))
        line = lines[number]
        edit = rng.randrange(6)
        if edit == 0 and line:
            at = rng.randrange(len(line))
            lines[number] = line[:at] + rng.choice(SPECIAL) + line[at + 1:]
        elif edit == 1:
            at = rng.randint(0, len(line))
            lines[number] = line[:at] + scalar(rng) + line[at:]
        elif edit == 2:
            lines.insert(number, line)
        elif edit == 3 and len(lines) > 1:
            del lines[number]
        elif edit == 4:
            lines[number] = " " * rng.randint(0, 8) + line.lstrip()
        else:
            key = line.split(":")[0] if ":" in line else "x"
            lines[number] = f"{key}: {value(rng, 2)}"
    return "\n".join(lines) + "\n"


def raw_bytes(rng: random.Random) -> bytes:
    alphabet = (SPECIAL + CONTROL + "abc").encode() + bytes([0xFF, 0xFE, 0xC3, 0x80, 0xED, 0xA0])
    return bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))


def hostile_pack(rng: random.Random) -> bytes:
    way = rng.random()
    if way < 0.45:
        return shaped_pack(rng).encode("utf-8", "surrogatepass")
    if way < 0.9:
        return edited_pack(rng).encode("utf-8", "surrogatepass")
    return raw_bytes(rng)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "pack", "yaml error", "invalid", "unreadable"
    problems: tuple[Diagnostic, ...] = ()


def located(diagnostic: Diagnostic) -> bool:
    return (diagnostic.path in (FILE, "fuzz/source.md") and diagnostic.line >= 1
            and diagnostic.column >= 1 and bool(diagnostic.message.strip()))


def read_and_validate(data: bytes) -> Outcome:
    """What ``check_pack_file`` does after reading the file; raises only if the rule is broken."""
    try:
        text = decode_text(data, what="pack")
    except UnreadableFile:
        return Outcome("unreadable")
    try:
        parsed, positions = read_yaml_text(text, FILE)
    except PackError as error:
        assert error.diagnostics and all(located(d) for d in error.diagnostics), error
        return Outcome("yaml error", tuple(error.diagnostics))
    result = validate_pack_data(parsed, file=FILE, positions=positions,
                                read_source=lambda _: SOURCE)
    if result.pack is not None:
        return Outcome("pack", result.diagnostics)
    assert result.errors and all(located(d) for d in result.diagnostics), result.diagnostics
    return Outcome("invalid", result.diagnostics)
