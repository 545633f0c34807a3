"""``quizapp grade``: how typed answers to one question would be graded, to test an accept list."""

from __future__ import annotations

import argparse
import json

from quizapp.answer_reading import answer_language
from quizapp.cli.common import EXIT_OK, EXIT_USAGE, ArgumentParser, load_named_pack, print_error
from quizapp.core.models import QuestionType
from quizapp.core.scoring import grade
from quizapp.core.typed_answers import Verdict

TYPED = (QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    parser = commands.add_parser(
        "grade", help="show how typed answers to a question would be graded",
        description="Grade each ANSWER as the quiz would (right, almost or wrong), to test a "
        "short-answer or numeric question's accept list.")
    parser.add_argument("pack", metavar="PACK", help="pack file, folder or bundled pack id")
    parser.add_argument("question_id", metavar="QUESTION_ID")
    parser.add_argument("answers", nargs="+", metavar="ANSWER")
    parser.add_argument("--json", action="store_true",
                        help='print a JSON list of {"answer", "verdict", "matched"} objects')


def run(arguments: argparse.Namespace) -> int:
    pack = load_named_pack("grade", arguments.pack)
    if isinstance(pack, int):
        return pack
    question = pack.question(arguments.question_id)
    if question is None:
        print_error("grade", f"pack {pack.id!r} has no question {arguments.question_id!r}")
        return EXIT_USAGE
    if question.type not in TYPED:
        print_error("grade", f"question {question.id!r} is a {question.type.value} question; "
                    "grade tests typed answers (short_answer and numeric questions)")
        return EXIT_USAGE
    language = answer_language(pack.language)
    graded = []
    for answer in arguments.answers:
        outcome = grade(question, answer, language)
        verdict = (Verdict.RIGHT if outcome.correct else
                   Verdict.ALMOST if outcome.almost else Verdict.WRONG)
        graded.append({"answer": answer, "verdict": verdict.value, "matched": outcome.matched})
    if arguments.json:
        print(json.dumps(graded, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max(len(json.dumps(g["answer"], ensure_ascii=False)) for g in graded)
    for entry in graded:
        shown = json.dumps(entry["answer"], ensure_ascii=False)
        relation = "close to" if entry["verdict"] == Verdict.ALMOST else "matches"
        matched = f"  ({relation} {entry['matched']!r})" if entry["matched"] else ""
        print(f"{entry['verdict']:<6}  {shown:<{width}}{matched}".rstrip())
    return EXIT_OK
