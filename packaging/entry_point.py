"""The frozen app's entry point: one program for the desktop and the terminal.

``quizapp PACK`` opens a pack (what a desktop launcher passes), ``quizapp validate ...`` and the
other commands work as usual: ``main_gui`` only treats a lone argument that is not a command or an
option as a pack. So ``quizapp-gui`` can be a link to the same program.
"""

import sys

from quizapp.cli import main_gui

sys.exit(main_gui())
