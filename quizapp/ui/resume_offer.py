"""Offering to resume an interrupted quiz: on the home screen, and before ``quizapp --pack``
starts the same pack afresh (it used to start anew without asking)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from quizapp.core.models import Pack
from quizapp.core.selection import StudyMode
from quizapp.storage import StorageError, UnfinishedSession
from quizapp.study import StudyRun
from quizapp.ui.text_rendering import as_plain_rich_text
from quizapp.ui.translation import translate

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


def offer_resume(window: MainWindow) -> None:
    """The learner's interrupted quiz, offered once they are on the home screen with its pack."""
    if window.launching or window.stack.currentWidget() is not window.home:
        return  # offered once the learner is on the home screen (or by start_or_resume)
    window.resume_checked = True
    unfinished = window.history.unfinished_session(window.profile.id)
    if unfinished is None:
        return
    pack = next((p for p in window.loaded_packs() if p.id == unfinished.pack_id), None)
    if pack is not None:
        ask_resume(window, pack, unfinished)


def start_or_resume(window: MainWindow, pack: Pack, mode: StudyMode = StudyMode.PRACTICE) -> None:
    """``quizapp --pack [--mode]``: an interrupted quiz on this pack is offered before a new one."""
    # offered here, once: the home screen's own offer must not ask again while this question is
    # open (the packs finish loading behind it) nor after it
    window.resume_checked = True
    unfinished = window.history.unfinished_session(window.profile.id)
    if unfinished is None or unfinished.pack_id != pack.id or not ask_resume(
            window, pack, unfinished):
        window.start_mode(pack, mode)


def ask_resume(window: MainWindow, pack: Pack, unfinished: UnfinishedSession) -> bool:
    """True when the learner chose to resume (and the quiz is on screen); a "No" ends the
    interrupted quiz, whose answers stay in the history. A quiz left before its first answer is
    ended without asking. An exam has questions of its own."""
    if unfinished.mode == StudyMode.EXAM.value:
        return window.exams.offer_resume(pack, unfinished)
    done = len(unfinished.answers)
    if done == 0:  # left (or closed) before any answer: nothing to resume, so nothing to ask
        with suppress(StorageError):
            window.history.abandon_session(unfinished.session_id)
        return False
    total = len(unfinished.question_ids)
    answer = QMessageBox.question(
        window, translate("ResumeOffer", "Resume your quiz?"), as_plain_rich_text(
            translate("ResumeOffer", "%1, your quiz on “%2” was interrupted after %3 of %n "
                      "question(s). Resume where you stopped?", None, total)
            .replace("%3", str(done)).replace("%1", window.profile.name)
            .replace("%2", pack.title)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        window.begin(StudyRun.resume(pack, window.profile, window.history, unfinished,
                                     shuffle_choices=window.preferences().shuffle_choices))
        return True
    with suppress(StorageError):  # not marked: it is simply offered again next time
        window.history.abandon_session(unfinished.session_id)
    return False
