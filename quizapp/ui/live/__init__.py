"""The teacher's screens of a live session (projector mode's window and stage, driven by the
session), the set-up dialog, the *Class* menu's actions and *Join a live session…*."""
