"""``quizapp smoke-test`` (not listed in --help): play one question offscreen to check a build.

For packagers and CI: ``packaging/build.py`` runs it on the frozen app. Exit 0 when the app
started, showed the bundled pack, graded an answer, opened the cited passage and saved the answer
(in a temporary folder); 1 with the reason otherwise. See ``quizapp.ui.smoke_test``.
"""

from __future__ import annotations

import argparse
import os

from quizapp.cli.common import ArgumentParser


def register(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    # no help= : argparse then leaves it out of the command list, as it is not for learners
    commands.add_parser(
        "smoke-test", description="Start the app offscreen (unless QT_QPA_PLATFORM says "
        "otherwise), answer one question of the bundled pack, and report what worked.")


def run(arguments: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from quizapp.ui.smoke_test import run_smoke_test

    return run_smoke_test()
