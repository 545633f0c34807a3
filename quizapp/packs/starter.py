"""A new pack folder from a teacher's text: ``source.md`` with passage ids, ``pack.yaml`` to fill in.

The pack starts with one example question of each type, each citing a passage of the teacher's own
text, with comments saying what every key does; it validates as written, so the teacher edits a
working pack instead of starting from a blank page. ``quizapp new`` and *File → New pack…* both
come here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from quizapp.core.models import Pack, Passage
from quizapp.core.question_checks import ID_PATTERN
from quizapp.core.source import parse_source
from quizapp.core.source_building import TEXT_KINDS, SourceTextError, draft_source, readable_slug
from quizapp.packs.atomic_write import write_text_atomically
from quizapp.packs.library import PACK_FILE
from quizapp.packs.loader import load_pack
from quizapp.packs.yaml_reader import read_text_file

SOURCE_FILE = "source.md"
_SIMPLE_TEXT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .’()-]*$")


class StarterError(ValueError):
    """The pack cannot be made: the folder is taken, the text unreadable or the id malformed."""


@dataclass(frozen=True)
class NewPack:
    pack_path: Path
    source_path: Path | None
    pack: Pack


def yaml_text(value: str) -> str:
    """A string as a YAML scalar: bare when that reads back as the same text, else quoted."""
    if _SIMPLE_TEXT.match(value) and yaml.safe_load(value) == value:
        return value
    return json.dumps(value, ensure_ascii=False)


def pack_id_for(title: str) -> str:
    return readable_slug(title, words=4, limit=40)


def _check_folder(directory: Path) -> None:
    for name in (PACK_FILE, SOURCE_FILE):
        if (directory / name).exists():
            raise StarterError(f"{directory / name} already exists; choose an empty folder (or "
                               "a new one) so nothing is overwritten")
    if directory.exists() and not directory.is_dir():
        raise StarterError(f"{directory} is a file, not a folder")


def _quote(passage: Passage) -> str:
    """The first words of a passage: an exact quote the validator accepts."""
    return " ".join(passage.text.split()[:8])


_EXAMPLES = (
    ("single", "difficulty: 1    # 1 recall, 2 understanding, 3 inference across passages", """
    prompt: "Example (single choice): write your question here."
    choices:                     # 2 to 9; exactly one is correct
      - {text: The right answer, correct: true}
      - {text: A tempting wrong answer, feedback: Why this answer is wrong.}
      - {text: Another wrong answer}
    explanation: Why the right answer is right, in your own words.
"""),
    ("multiple", "difficulty: 2", """
    prompt: "Example (multiple choice): which of these does the text say? Choose all that apply."
    choices:                     # one or more are correct; scored all or nothing
      - {text: A first right answer, correct: true}
      - {text: A second right answer, correct: true}
      - {text: A wrong answer, feedback: Why this one does not apply.}
    explanation: Why exactly these answers are right.
"""),
    ("true_false", "difficulty: 1", """
    prompt: "Example (true or false): write a statement about the text."
    answer: true                 # or false
    feedback: {correct: Shown after a right answer., incorrect: Shown after a wrong answer.}
    explanation: What the text says, and so whether the statement holds.
"""),
    ("short_answer", "difficulty: 2", """
    prompt: "Example (short answer): ask for a word or a name from the text."
    accept: [The answer, Another accepted form]   # case, accents and punctuation are ignored
    close: [A near miss]         # scored wrong, but the learner is told to check the spelling
    explanation: Where the text gives this answer.
"""),
    ("numeric", "difficulty: 2", """
    prompt: "Example (numeric): ask for a number the text gives."
    answer: 1990
    tolerance: 0                 # how far off an answer may be and still count
    explanation: The number the text gives, and in what words.
"""),
    ("ordering", "difficulty: 3", """
    prompt: "Example (ordering): put these events in the order the text gives."
    items: [First event, Second event, Third event]   # in the correct order; shown shuffled
    explanation: The order in which the text tells them.
"""),
    ("matching", "difficulty: 2", """
    prompt: "Example (matching): match each person to what the text says about them."
    pairs:                       # the right-hand sides are shown shuffled
      - {left: First person, right: What the text says about the first}
      - {left: Second person, right: What the text says about the second}
    explanation: Where the text says each of these.
"""),
)


def _commented(line: str, comment: str, column: int = 32) -> str:
    return f"{line.ljust(column - 1)} # {comment}"


def starter_yaml(pack_id: str, title: str, passages: tuple[Passage, ...], source_title: str | None,
                 origin: str) -> str:
    """The text of a new ``pack.yaml``: header, attribution to fill in, seven cited examples."""
    lines = [
        f"# A quizapp pack made from {origin}. Check it any time with: quizapp validate pack.yaml",
        "# The format is described in docs/pack-format.md of quizapp.",
        "format: quizapp/1",
        _commented(f"id: {pack_id}", "the same id means the same pack: history follows it"),
        f"title: {yaml_text(title)}",
        "language: en",
        'version: "1"',
        _commented("authors: []", "fill in: your name, e.g. [Ms. Example]"),
        f"description: {yaml_text(f'Questions on “{source_title or title}”.')}",
    ]
    if source_title is not None:
        lines += [
            "source:",
            _commented(f"  text: {SOURCE_FILE}", "every paragraph ends with its passage id {#…}"),
            f"  title: {yaml_text(source_title)}",
            "  # Fill in the attribution: it is shown with every quote, and most licenses ask for it.",
            _commented('  publisher: ""', "fill in: who wrote or published the text"),
            _commented('  license: ""', 'fill in: e.g. CC BY 4.0, or "used with permission"'),
            _commented('  url: ""', "fill in: the license's web address, if it has one"),
            _commented("  # article_url: https://…", "where the text was published, if online"),
        ]
    lines += [
        "questions:",
        "  # One example of each type. Replace them with your own questions, or delete them.",
    ]
    if source_title is not None:
        lines.append("  # `cite` names a passage id of source.md and quotes its exact words, which "
                     "prove the answer;")
        lines.append("  # cite several passages as a list: cite: [{passage: …, quote: …}, "
                     "{passage: …, quote: …}]")
    text = "\n".join(lines) + "\n"
    for number, (kind, difficulty, body) in enumerate(_EXAMPLES):
        passage = passages[number % len(passages)] if passages else None
        text += f"  - id: example-{kind.replace('_', '-')}\n    type: {kind}\n"
        if passage is not None and passage.section_id:
            text += f"    section: {passage.section_id}\n"
        text += f"    {difficulty}\n    tags: [example]" + body
        if passage is not None:
            text += (f"    cite: {{passage: {passage.id}, "
                     f"quote: {yaml_text(_quote(passage))}}}\n")
    return text


def read_teacher_text(path: Path) -> tuple[str, str]:
    """The text of a .md, .txt or .html file and its kind; raises ``StarterError`` in plain words."""
    kind = TEXT_KINDS.get(path.suffix.lower())
    if kind is None:
        raise StarterError(f"{path.name}: quizapp makes packs from .md, .txt and .html texts; "
                           "save the text in one of those forms first")
    try:
        return read_text_file(path, what="text"), kind
    except FileNotFoundError:
        raise StarterError(f"{path}: no such file") from None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise StarterError(f"{path}: {reason}") from None


def text_title(path: Path) -> str:
    """The title a text gives itself (its first heading, an HTML page's title), else its name."""
    fallback = path.stem.replace("_", " ").replace("-", " ").strip()
    try:
        text, kind = read_teacher_text(path)
        return draft_source(text, kind, fallback).title
    except (StarterError, SourceTextError):
        return fallback


def create_pack(directory: Path, source_file: Path | None = None, *, title: str | None = None,
                pack_id: str | None = None) -> NewPack:
    """Make ``directory/pack.yaml`` (and ``source.md`` from ``source_file``); never overwrites."""
    directory = Path(directory)
    _check_folder(directory)
    draft = None
    if source_file is not None:
        text, kind = read_teacher_text(Path(source_file))
        fallback = title or Path(source_file).stem.replace("_", " ").replace("-", " ").strip()
        try:
            draft = draft_source(text, kind, fallback)
        except SourceTextError as error:
            raise StarterError(f"{Path(source_file).name}: {error}") from None
    pack_title = (title or (draft.title if draft else "") or directory.name).strip()
    if not pack_title:
        raise StarterError("the pack needs a title")
    ident = pack_id or pack_id_for(pack_title)
    if not ID_PATTERN.match(ident):
        raise StarterError(f"the pack id {ident!r} may only use lowercase letters, digits and "
                           "single dashes, e.g. 'my-first-pack'")
    passages: tuple[Passage, ...] = ()
    if draft is not None:
        passages = parse_source(draft.markdown)[0].passages
    origin = Path(source_file).name if source_file is not None else "scratch"
    pack_text = starter_yaml(ident, pack_title, passages, draft.title if draft else None, origin)
    directory.mkdir(parents=True, exist_ok=True)
    source_path = None
    if draft is not None:
        source_path = directory / SOURCE_FILE
        write_text_atomically(source_path, draft.markdown)
    pack_path = directory / PACK_FILE
    write_text_atomically(pack_path, pack_text)
    return NewPack(pack_path, source_path, load_pack(pack_path))


def attach_source(pack_dir: Path, text_file: Path) -> tuple[str, str]:
    """Put a teacher's text beside an existing pack as a source with passage ids.

    Returns the file name to write under ``source: text:`` and the text's title. An existing
    ``source.md`` is never overwritten: the new one is then ``source-2.md`` (or -3…).
    """
    text, kind = read_teacher_text(Path(text_file))
    fallback = Path(text_file).stem.replace("_", " ").replace("-", " ").strip()
    try:
        draft = draft_source(text, kind, fallback)
    except SourceTextError as error:
        raise StarterError(f"{Path(text_file).name}: {error}") from None
    name, number = SOURCE_FILE, 2
    while (pack_dir / name).exists():
        name, number = f"source-{number}.md", number + 1
    write_text_atomically(pack_dir / name, draft.markdown)
    return name, draft.title
