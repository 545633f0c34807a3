"""``quizapp new``: a pack folder from a teacher's text, with ids on every passage and examples."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizapp.cli.common import EXIT_INVALID, EXIT_OK, ArgumentParser, print_error
from quizapp.core.wording import counted
from quizapp.packs.starter import StarterError, create_pack


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "new", help="make a pack folder from a text (.md, .txt or .html)",
        description="Make DIR/source.md (the text, with a passage id on every heading and "
        "paragraph) and DIR/pack.yaml (one cited example question of each type, to edit).")
    parser.add_argument("directory", metavar="DIR", help="the new pack's folder (created if new)")
    parser.add_argument("--source", metavar="FILE", required=True,
                        help="the text the questions will cite: .md, .txt or .html")
    parser.add_argument("--title", metavar="T", help="the pack's title (default: the text's)")
    parser.add_argument("--id", metavar="ID", dest="pack_id",
                        help="the pack's id (default: made from the title)")


def run(arguments: argparse.Namespace) -> int:
    directory = Path(arguments.directory)
    try:
        made = create_pack(directory, Path(arguments.source), title=arguments.title,
                           pack_id=arguments.pack_id)
    except StarterError as error:
        print_error("new", str(error))
        return EXIT_INVALID
    passages = len(made.pack.document.passages) if made.pack.document else 0
    print(f"Made {made.source_path} ({counted(passages, 'passage')}) and {made.pack_path} "
          f"({counted(len(made.pack.questions), 'example question')}, "
          f"pack id '{made.pack.id}').")
    print("Next: fill in the attribution under 'source:' in pack.yaml, replace the example "
          "questions with your own (or open the pack in quizapp and use Edit pack…), then run")
    print(f"  quizapp validate {made.pack_path}")
    return EXIT_OK
