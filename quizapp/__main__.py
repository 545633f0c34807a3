"""Allows ``python -m quizapp`` as well as the ``quizapp`` script."""

import sys

from quizapp.cli import main

sys.exit(main())
