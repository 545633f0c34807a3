"""Where live sessions keep their files inside the learner's data folder.

A module of its own, importing nothing, so that the app can look for an interrupted session at
start-up without loading the live server.
"""

JOURNAL_FOLDER = "live-sessions"
"""Journals of sessions being run (one file each); an unfinished one is offered at start."""

RESULTS_FOLDER = "live-results"
"""Results files of ended sessions, one folder per session."""
