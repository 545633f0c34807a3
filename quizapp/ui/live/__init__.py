"""The teacher's screens of a live session and *Join a live session…*; panels are separate widgets
so they can move onto projector mode (``quizapp.ui.classroom``) when it lands."""
