"""What the exam screen asks before it ends: hand in now, or keep going?

Handing in (Ctrl+Enter, *Hand in…*) and Esc ask the same question, naming the questions still
without an answer and those flagged for review. *Keep going* is the default and what Esc in the
question means, so a learner never ends an exam by a key pressed twice; there is no way out of
an exam on screen but handing it in (or closing the app, which pauses it: see docs/exam.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.classroom.exam import ExamSession, numbers_text
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate


def hand_in_summary(session: ExamSession) -> str:
    """"Not answered yet: questions 2 and 4 (2 of 7). Flagged for review: 5." and the question."""
    missing = [i + 1 for i in session.unanswered()]
    flagged = [i + 1 for i in session.flagged()]
    if missing:
        count = len(missing)
        text = translate("ExamPrompts", "Not answered yet: question(s) %1 (%n of %2).", None,
                         count)
        text = text.replace("%1", numbers_text(missing)).replace("%2", str(session.total))
    else:
        text = translate("ExamPrompts", "All %1 questions are answered.").replace("%1", str(session.total))
    if flagged:
        text += " " + translate("ExamPrompts", "Flagged for review: %1.").replace("%1", numbers_text(flagged))
    return text + "\n\n" + translate("ExamPrompts", "Hand in your exam now? Your answers cannot be changed "
                              "afterwards.")


def confirm_hand_in(parent: QWidget, title: str, text: str) -> bool:
    """True for *Hand in now*; *Keep going* (the default, and Esc) is False."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("handInQuestion")
    hand_in = box.addButton(translate("ExamPrompts", "&Hand in now"), QMessageBox.ButtonRole.AcceptRole)
    keep_going = box.addButton(translate("ExamPrompts", "&Keep going"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_going)
    box.setEscapeButton(keep_going)
    box.exec()
    return box.clickedButton() is hand_in


HAND_IN_TITLE = QT_TRANSLATE_NOOP("ExamPrompts", "Hand in your exam?")
ESCAPE_TITLE = QT_TRANSLATE_NOOP("ExamPrompts", "Hand in now, or keep going?")


def ask_hand_in(parent: QWidget, session: ExamSession, *, escape: bool = False) -> bool:
    """Ask before handing in; ``escape``: the learner pressed Esc, which never leaves silently."""
    title = translate("ExamPrompts", ESCAPE_TITLE) if escape else translate("ExamPrompts", HAND_IN_TITLE)
    return confirm_hand_in(parent, title, hand_in_summary(session))
