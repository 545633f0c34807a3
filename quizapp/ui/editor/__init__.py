"""The pack editor: write and fix packs in the app, cite the source by selecting its words.

The package imports nothing heavy itself: the main window installs ``integration`` at start-up,
and the editor's windows (``editor_window``) load when a pack is first edited.
"""
