"""The class report's fixed texts, written in English by the Qt-free classroom code.

``quizapp.classroom`` names the report's columns, explains them and gives the reasons a question
is flagged, in English (the CSV keeps them so). The window and its PDF show them through
``report_text`` in context "ClassReport"; this list marks each one for lupdate.
``tests/ui/test_translations.py`` fails when the classroom code has a text missing here.
"""

from __future__ import annotations

from quizapp.ui.translation import QT_TRANSLATE_NOOP

REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("ClassReport", "too few learners to judge"),
    QT_TRANSLATE_NOOP("ClassReport", "Learner"),
    QT_TRANSLATE_NOOP("ClassReport", "Score"),
    QT_TRANSLATE_NOOP("ClassReport", "Answered"),
    QT_TRANSLATE_NOOP("ClassReport", "Questions"),
    QT_TRANSLATE_NOOP("ClassReport", "Percent"),
    QT_TRANSLATE_NOOP("ClassReport", "Time"),
    QT_TRANSLATE_NOOP("ClassReport", "Mode"),
    QT_TRANSLATE_NOOP("ClassReport", "Session"),
    QT_TRANSLATE_NOOP("ClassReport", "Started"),
    QT_TRANSLATE_NOOP("ClassReport", "File"),
    QT_TRANSLATE_NOOP("ClassReport", "Question"),
    QT_TRANSLATE_NOOP("ClassReport", "Prompt"),
    QT_TRANSLATE_NOOP("ClassReport", "Facility"),
    QT_TRANSLATE_NOOP("ClassReport", "Discrimination"),
    QT_TRANSLATE_NOOP("ClassReport", "Flags"),
    QT_TRANSLATE_NOOP("ClassReport", "Most chosen wrong answer"),
    QT_TRANSLATE_NOOP("ClassReport", "Chosen by"),
    QT_TRANSLATE_NOOP("ClassReport", "Asked"),
    QT_TRANSLATE_NOOP("ClassReport", "Right"),
    QT_TRANSLATE_NOOP("ClassReport", "Type"),
    QT_TRANSLATE_NOOP("ClassReport", "Section"),
    QT_TRANSLATE_NOOP("ClassReport", "Learners"),
    QT_TRANSLATE_NOOP("ClassReport", "Average"),
    QT_TRANSLATE_NOOP("ClassReport", "Reason"),
    QT_TRANSLATE_NOOP("ClassReport", "Left out of"),
    QT_TRANSLATE_NOOP("ClassReport", "Files"),
    QT_TRANSLATE_NOOP("ClassReport", "Questions answered right."),
    QT_TRANSLATE_NOOP("ClassReport", "Questions given an answer (an unanswered one counts as wrong)."),
    QT_TRANSLATE_NOOP("ClassReport", "Questions this learner was asked and that the report counts."),
    QT_TRANSLATE_NOOP("ClassReport", "Score as a share of the questions counted."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Time spent answering, minutes:seconds (hours:minutes:seconds when long)."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Facility: the share of learners who got the question right, from 0.00 (no one) to "
                      "1.00 (everyone)."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Discrimination: did learners who did well overall get this one right more often? "
                      "Near +1: yes, it tells strong and weak apart; near 0: it tells them apart little; "
                      "below 0: the other way round — check the key."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Flags: too easy (facility above 0.90), too hard (below 0.20), negative "
                      "discrimination (below 0). From 10 learners up; with fewer, one answer moves a "
                      "facility by more than 0.10, so a question the rules would flag says “too few "
                      "learners to judge”."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Most chosen wrong answer: the wrong answer given most often (case, accents and "
                      "spaces ignored); Chosen by: how many gave it."),
    QT_TRANSLATE_NOOP("ClassReport", "How many learners gave the most chosen wrong answer."),
    QT_TRANSLATE_NOOP("ClassReport", "Learners who were asked this question."),
    QT_TRANSLATE_NOOP("ClassReport", "Learners who got it right."),
    QT_TRANSLATE_NOOP("ClassReport", "The mean of each learner's share right in the section."),
    QT_TRANSLATE_NOOP("ClassReport", "Learners who were asked questions of this section."),
    QT_TRANSLATE_NOOP("ClassReport", "Why the file is not in the report."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "— (or an empty cell in the CSV): not enough to compute it, with fewer than 3 "
                      "learners or when everyone answered alike."),
    QT_TRANSLATE_NOOP("ClassReport", "too easy"),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Nearly everyone got it right (facility above 0.90), so it tells you little about "
                      "who has understood."),
    QT_TRANSLATE_NOOP("ClassReport", "too hard"),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Nearly no one got it right (facility below 0.20): check the question and its key "
                      "before blaming the class."),
    QT_TRANSLATE_NOOP("ClassReport", "negative discrimination"),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Learners who did well on the rest got this one wrong more often than the others "
                      "(discrimination below 0): check the key and the wording."),
    QT_TRANSLATE_NOOP("ClassReport",
                      "Fewer than 10 learners took it: one answer more or less moves its facility by more "
                      "than 0.10, so it is not flagged yet."),
)
