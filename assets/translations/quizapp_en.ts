<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ClassReport</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out (listed with the reason in the app and the CSV).</source>
            <translation>
                <numerusform>%n file left out (listed with the reason in the app and the CSV).</numerusform>
                <numerusform>%n files left out (listed with the reason in the app and the CSV).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged</source>
            <translation>
                <numerusform>%n question flagged</numerusform>
                <numerusform>%n questions flagged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out: the tab “Files left out” says why.</source>
            <translation>
                <numerusform>%n file left out: the tab “Files left out” says why.</numerusform>
                <numerusform>%n files left out: the tab “Files left out” says why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These files hold %n session(s). This report is on one: %1. The others are left out.</source>
            <translation>
                <numerusform>These files hold %n session. This report is on one: %1. The others are left out.</numerusform>
                <numerusform>These files hold %n sessions. This report is on one: %1. The others are left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</source>
            <translation>
                <numerusform>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</numerusform>
                <numerusform>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) changed between versions of the pack (%1): left out for the learners who took the other version.</source>
            <translation>
                <numerusform>%n question changed between versions of the pack (%1): left out for the learners who took the other version.</numerusform>
                <numerusform>%n questions changed between versions of the pack (%1): left out for the learners who took the other version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</source>
            <translation>
                <numerusform>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</numerusform>
                <numerusform>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions on “%1” together</source>
            <translation>
                <numerusform>All %n sessions on “%1” together</numerusform>
                <numerusform>All %n sessions on “%1” together</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomQuizDialog</name>
        <message numerus="yes">
            <source>%n question(s) match; the quiz asks %1.</source>
            <translation>
                <numerusform>%n question matches; the quiz asks %1.</numerusform>
                <numerusform>%n questions match; the quiz asks %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamPrompts</name>
        <message numerus="yes">
            <source>Not answered yet: question(s) %1 (%n of %2).</source>
            <translation>
                <numerusform>Not answered yet: question %1 (%n of %2).</numerusform>
                <numerusform>Not answered yet: questions %1 (%n of %2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamResultsScreen</name>
        <message numerus="yes">
            <source>Interrupted and resumed %n time(s).</source>
            <translation>
                <numerusform>Interrupted and resumed %n time.</numerusform>
                <numerusform>Interrupted and resumed %n times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message numerus="yes">
            <source>Exported %n answer(s) to %1.</source>
            <translation>
                <numerusform>Exported %n answer to %1.</numerusform>
                <numerusform>Exported %n answers to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message numerus="yes">
            <source>%1 of %n choice(s) right</source>
            <translation>
                <numerusform>%1 of %n choice right</numerusform>
                <numerusform>%1 of %n choices right</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FlagsDialog</name>
        <message numerus="yes">
            <source>%n flag(s) from learners who thought a question looked wrong</source>
            <translation>
                <numerusform>%n flag from learners who thought a question looked wrong</numerusform>
                <numerusform>%n flags from learners who thought a question looked wrong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them “I was right” on a typed answer marked wrong</source>
            <translation>
                <numerusform>%n of them “I was right” on a typed answer marked wrong</numerusform>
                <numerusform>%n of them “I was right” on a typed answer marked wrong</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>in %n min</numerusform>
                <numerusform>in %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>in %n h</numerusform>
                <numerusform>in %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Practice — all %n question(s)</source>
            <translation>
                <numerusform>Practice — all %n question</numerusform>
                <numerusform>Practice — all %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) ready.</source>
            <translation>
                <numerusform>%n pack ready.</numerusform>
                <numerusform>%n packs ready.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be loaded (hover for why).</source>
            <translation>
                <numerusform>%n could not be loaded (hover for why).</numerusform>
                <numerusform>%n could not be loaded (hover for why).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InteropActions</name>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation>
                <numerusform>Imported %n question into %1.</numerusform>
                <numerusform>Imported %n questions into %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be imported; the reasons are listed below with their line in the file.</source>
            <translation>
                <numerusform>%n question could not be imported; the reasons are listed below with their line in the file.</numerusform>
                <numerusform>%n questions could not be imported; the reasons are listed below with their line in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be written in this format.</source>
            <translation>
                <numerusform>%n question could not be written in this format.</numerusform>
                <numerusform>%n questions could not be written in this format.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveActions</name>
        <message numerus="yes">
            <source>A live session was interrupted at question %1 with %n student(s). Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</source>
            <translation>
                <numerusform>A live session was interrupted at question %1 with %n student. Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</numerusform>
                <numerusform>A live session was interrupted at question %1 with %n students. Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveExtras</name>
        <message numerus="yes">
            <source>%n student(s) joined</source>
            <translation>
                <numerusform>%n student joined</numerusform>
                <numerusform>%n students joined</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n answered</source>
            <translation>
                <numerusform>of %n answered</numerusform>
                <numerusform>of %n answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 of %n answered</numerusform>
                <numerusform>%1 of %n answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n right</source>
            <translation>
                <numerusform>%1 of %n right</numerusform>
                <numerusform>%1 of %n right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n did not answer</source>
            <translation>
                <numerusform>%n did not answer</numerusform>
                <numerusform>%n did not answer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveWindow</name>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s per question</source>
            <translation>
                <numerusform>%n s per question</numerusform>
                <numerusform>%n s per question</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1  %2 — %n right</source>
            <translation>
                <numerusform>%1  %2 — %n right</numerusform>
                <numerusform>%1  %2 — %n right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) took part</source>
            <translation>
                <numerusform>%n student took part</numerusform>
                <numerusform>%n students took part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average %1 of %n right</source>
            <translation>
                <numerusform>On average %1 of %n right</numerusform>
                <numerusform>On average %1 of %n right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving %n results file(s) in %1…</source>
            <translation>
                <numerusform>Saving %n results file in %1…</numerusform>
                <numerusform>Saving %n results files in %1…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n results file(s) saved in %1</source>
            <translation>
                <numerusform>%n results file saved in %1</numerusform>
                <numerusform>%n results files saved in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Loading packs… %n read</source>
            <translation>
                <numerusform>Loading packs… %n read</numerusform>
                <numerusform>Loading packs… %n read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n to go</source>
            <translation>
                <numerusform>, %n to go</numerusform>
                <numerusform>, %n to go</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have answered %1 of %n question(s).</source>
            <translation>
                <numerusform>You have answered %1 of %n question.</numerusform>
                <numerusform>You have answered %1 of %n questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackProblemsDialog</name>
        <message numerus="yes">
            <source>%n problem(s) in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</source>
            <translation>
                <numerusform>%n problem in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</numerusform>
                <numerusform>%n problems in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: 'Copy all' copies every one.</source>
            <translation>
                <numerusform>… and %n more: 'Copy all' copies every one.</numerusform>
                <numerusform>… and %n more: 'Copy all' copies every one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>in %n session</numerusform>
                <numerusform>in %n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>study streak %n day(s)</source>
            <translation>
                <numerusform>study streak %n day</numerusform>
                <numerusform>study streak %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>%1 of %n question seen</numerusform>
                <numerusform>%1 of %n questions seen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectorMode</name>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n question</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n questions</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionListPanel</name>
        <message numerus="yes">
            <source>Questions: %n</source>
            <translation>
                <numerusform>Questions: %n</numerusform>
                <numerusform>Questions: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message numerus="yes">
            <source> · %n not saved</source>
            <translation>
                <numerusform> · %n not saved</numerusform>
                <numerusform> · %n not saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier answer(s) of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</source>
            <translation>
                <numerusform>%n earlier answer of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</numerusform>
                <numerusform>%n earlier answers of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message numerus="yes">
            <source>%n missed question(s).</source>
            <translation>
                <numerusform>%n missed question.</numerusform>
                <numerusform>%n missed questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message numerus="yes">
            <source>%1, your quiz on “%2” was interrupted after %3 of %n question(s). Resume where you stopped?</source>
            <translation>
                <numerusform>%1, your quiz on “%2” was interrupted after %3 of %n question. Resume where you stopped?</numerusform>
                <numerusform>%1, your quiz on “%2” was interrupted after %3 of %n questions. Resume where you stopped?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n learner</numerusform>
                <numerusform>%n learners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatisticsScreen</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>in %n session</numerusform>
                <numerusform>in %n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>study streak: %n day(s)</source>
            <translation>
                <numerusform>study streak: %n day</numerusform>
                <numerusform>study streak: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right (“I was right”)</source>
            <translation>
                <numerusform>%n answer you marked right (“I was right”)</numerusform>
                <numerusform>%n answers you marked right (“I was right”)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>%1 of %n question seen</numerusform>
                <numerusform>%1 of %n questions seen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right</source>
            <translation>
                <numerusform>%n answer you marked right</numerusform>
                <numerusform>%n answers you marked right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorksheetDialog</name>
        <message numerus="yes">
            <source>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</source>
            <translation>
                <numerusform>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</numerusform>
                <numerusform>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
