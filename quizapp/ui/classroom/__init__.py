"""Qt screens for teaching a room: the projector stage and projector mode (View → Projector).

The reusable pieces, for any screen that shows questions to a class (live sessions too):

- ``ProjectorStage`` — shows a question, reveals its answer, shows why and the cited passage, or
  a card; type fitted to the window; an extra area for the caller's widget.
- ``ProjectorWindow`` — the stage full screen on a chosen screen, keys turned into signals, the
  F1 help overlay, a blank screen and the colour scheme.
- ``CountdownTimer`` — a countdown on an injected clock.
- ``choose_screen`` — which screen, asked only when there are several.

Import them from their modules (``projector_mode``, ``projector_window``, ``stage``,
``countdown_timer``, ``screen_chooser``, ``theme``): the package itself imports nothing, so the
app starts without loading the classroom's windows.
"""
