"""Qt screens for teaching a room: the projector stage and projector mode (View → Projector).

The reusable pieces, for any screen that shows questions to a class (live sessions too):

- ``ProjectorStage`` — shows a question, reveals its answer, shows why and the cited passage, or
  a card; type fitted to the window; an extra area for the caller's widget.
- ``ProjectorWindow`` — the stage full screen on a chosen screen, keys turned into signals, the
  F1 help overlay, a blank screen and the colour scheme.
- ``CountdownTimer`` — a countdown on an injected clock.
- ``choose_screen`` — which screen, asked only when there are several.
"""

from quizapp.ui.classroom.countdown_timer import CountdownTimer
from quizapp.ui.classroom.projector_mode import ProjectorMode
from quizapp.ui.classroom.projector_window import ProjectorWindow
from quizapp.ui.classroom.screen_chooser import choose_screen
from quizapp.ui.classroom.stage import ExtraSide, ProjectorStage
from quizapp.ui.classroom.theme import DARK, LIGHT, ProjectorTheme, ThemeChoice, theme_for

__all__ = [
    "DARK", "LIGHT", "CountdownTimer", "ExtraSide", "ProjectorMode", "ProjectorStage",
    "ProjectorTheme", "ProjectorWindow", "ThemeChoice", "choose_screen", "theme_for",
]
