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
from string import Template

import yaml

from quizapp.core.models import Pack, Passage
from quizapp.core.question_checks import ID_PATTERN
from quizapp.core.source import parse_source
from quizapp.core.source_building import TEXT_KINDS, SourceTextError, draft_source, readable_slug
from quizapp.core.starter_text import PLACEHOLDERS
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


_EXAMPLES = (  # $names are the starter's example words, kept in quizapp.core.starter_text
    ("single", "difficulty: 1    # 1 recall, 2 understanding, 3 inference across passages", """
    prompt: $single_prompt
    choices:                     # 2 to 9; exactly one is correct
      - {text: $single_right, correct: true}
      - {text: $single_tempting, feedback: $single_tempting_why}
      - {text: $single_other}
    explanation: $single_explanation
"""),
    ("multiple", "difficulty: 2", """
    prompt: $multiple_prompt
    choices:                     # one or more are correct; scored all or nothing
      - {text: $multiple_first, correct: true}
      - {text: $multiple_second, correct: true}
      - {text: $multiple_wrong, feedback: $multiple_wrong_why}
    explanation: $multiple_explanation
"""),
    ("true_false", "difficulty: 1", """
    prompt: $true_false_prompt
    answer: true                 # or false
    feedback: {correct: $true_false_right, incorrect: $true_false_wrong}
    explanation: $true_false_explanation
"""),
    ("short_answer", "difficulty: 2", """
    prompt: $short_prompt
    accept: [$short_answer, $short_other]   # case, accents and punctuation are ignored
    close: [$short_near_miss]         # scored wrong, but the learner is told to check the spelling
    explanation: $short_explanation
"""),
    ("numeric", "difficulty: 2", """
    prompt: $numeric_prompt
    answer: 1990
    tolerance: 0                 # how far off an answer may be and still count
    explanation: $numeric_explanation
"""),
    ("ordering", "difficulty: 3", """
    prompt: $ordering_prompt
    items: [$ordering_first, $ordering_second, $ordering_third]   # in the correct order; shown shuffled
    explanation: $ordering_explanation
"""),
    ("matching", "difficulty: 2", """
    prompt: $matching_prompt
    pairs:                       # the right-hand sides are shown shuffled
      - {left: $matching_first, right: $matching_first_says}
      - {left: $matching_second, right: $matching_second_says}
    explanation: $matching_explanation
"""),
)
_EXAMPLE_WORDS = {name: yaml_text(text) for name, text in PLACEHOLDERS.items()}


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
        text += f"    {difficulty}\n    tags: [example]" + Template(body).substitute(_EXAMPLE_WORDS)
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
