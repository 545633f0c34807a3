<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About quizapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline quizzes whose every explanation shows the passage of the source text that proves it. Your scores stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licenses and credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab moves between links; Enter opens a link in your web browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>License</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp is free software under the %1 license: use, change and share it as you like. %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundled pack’s source text is “%1” by %2, %3, licensed under %4. It is shipped verbatim, unaltered and non-commercially. The questions and explanations are quizapp’s own writing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundled article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Software</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL 3.0. They stay separate libraries in every build of quizapp, so you may replace them with versions you built yourself; their source code is at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Third-party software</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp %1 on Python %2, Qt %3, PySide6 %4, %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system (light or dark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BrokenPackDialog</name>
        <message>
            <source>&amp;Open in editor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceAnswer</name>
        <message>
            <source>Choose every answer that applies (keys 1–%1 toggle), then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one answer (keys 1–%1), then press Enter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitationView</name>
        <message>
            <source>From the source — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read in context</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassReport</name>
        <message>
            <source>Took version %1 of the pack. Not counted, because they changed since: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and %1 more: see the CSV export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class report: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unnumbered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>average score %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average time %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) left out (listed with the reason in the app and the CSV).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to look at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None flagged: too few learners to judge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question was too easy, too hard or discriminated negatively.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The facility and discrimination of every question are in the CSV export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out: the tab “Files left out” says why.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>These files hold %n session(s). This report is on one: %1. The others are left out.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Choose another under Session, or a pack's sessions all together.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) changed between versions of the pack (%1): left out for the learners who took the other version.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions on “%1” together</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions answered right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions given an answer (an unanswered one counts as wrong).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions this learner was asked and that the report counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score as a share of the questions counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time spent answering, minutes:seconds (hours:minutes:seconds when long).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facility: the share of learners who got the question right, from 0.00 (no one) to 1.00 (everyone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discrimination: did learners who did well overall get this one right more often? Near +1: yes, it tells strong and weak apart; near 0: it tells them apart little; below 0: the other way round — check the key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flags: too easy (facility above 0.90), too hard (below 0.20), negative discrimination (below 0). From 10 learners up; with fewer, one answer moves a facility by more than 0.10, so a question the rules would flag says “too few learners to judge”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most chosen wrong answer: the wrong answer given most often (case, accents and spaces ignored); Chosen by: how many gave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many learners gave the most chosen wrong answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners who were asked this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners who got it right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mean of each learner's share right in the section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners who were asked questions of this section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the file is not in the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— (or an empty cell in the CSV): not enough to compute it, with fewer than 3 learners or when everyone answered alike.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nearly everyone got it right (facility above 0.90), so it tells you little about who has understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nearly no one got it right (facility below 0.20): check the question and its key before blaming the class.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners who did well on the rest got this one wrong more often than the others (discrimination below 0): check the key and the wording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer than 10 learners took it: one answer more or less moves its facility by more than 0.10, so it is not flagged yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassReportWindow</name>
        <message>
            <source>Class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is on one session at a time: a live session, or the learners' hand-ins of a pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every results file in a folder and its subfolders (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results files one by one (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a folder of results files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add results files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results files (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading results files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of these files could be used; the tab “Files left out” says why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the results files your learners saved (Results → Save results for the teacher…, or quizapp results): a folder of them, or files one by one. Files can also be dropped on this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Learners (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sections (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files left &amp;out (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the class report as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the class report as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClassroomActions</name>
        <message>
            <source>Print &amp;worksheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lass report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save results for the teacher…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file the teacher reads into the class report (Ctrl+Shift+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Results</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message>
            <source>Single choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multiple choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numeric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the language and its standard library, with SQLite (public domain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>windows, text, charts, PDF and printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt from Python</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charts, PDF, speech and network modules of Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PySide6's binding generator runtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving packs with their comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ruamel.yaml's fast parser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spaced-repetition scheduling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>used by FSRS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>safe Moodle XML import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anki deck export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>used by genanki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number words in typed answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>country names in typed answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR codes for live sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomQuizDialog</name>
        <message>
            <source>Custom quiz — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 understanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 inference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shuffle the questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question types:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s) match; the quiz asks %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>EditorCommands</name>
        <message>
            <source>Edit %1 of question %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete question %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move question %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the pack's %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorFiles</name>
        <message>
            <source>This copy now has its own id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack could not be written. Your changes are kept in the editor; try Save as… another folder.

%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the pack as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text cannot become a source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is the source now: select words in it to cite them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit pack details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has changes that are not saved. Save them before closing?

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorService</name>
        <message>
            <source>&amp;New pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pack from a &amp;text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a pack to edit first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy now has its own id, %1, and its own history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed %1 from the list; the file is still there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to a pack were not saved when quizapp last closed. Open them in the editor to review and save them?

%1
Last change: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamMode</name>
        <message>
            <source>Resume your exam?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, with %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, your exam on “%2” was interrupted with %3 of %4 questions answered%5. Resume it where you stopped?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand it in as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the teacher…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file the teacher reads into the class report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exam cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exam cannot be resumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is closed; its answers stay in your history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamPrompts</name>
        <message>
            <source>Not answered yet: question(s) %1 (%2 of %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 questions are answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged for review: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand in your exam now? Your answers cannot be changed afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hand in now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep going</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamResultsScreen</name>
        <message>
            <source>Every question — ↑/↓ to move, Ctrl+R reads the cited passage in context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practise missed (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practise missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questions you got wrong or left out, with feedback after each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same exam, with new questions drawn and a new order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 right  ·  %3 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time ran out: your answers were handed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed in with %1 left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Interrupted and resumed %n time(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Time is up. Your answers were handed in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamReview</name>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions of the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  ·  flagged for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer: — (not answered)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamScreen</name>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 answered    %2 not answered    %3 flagged for review    —    Ctrl+L: question list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers with the order shown, as Enter does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous (Alt+←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand in… (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand in the exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1 of %2 · %3 answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand in…  ⏎</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶  ⏎</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚑ Flagged (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚑ Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag for review (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your exam could not be saved, so it stops here; the answers saved so far are kept.

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This exam does not let you go back to earlier questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on without an answer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1 has no answer, and this exam does not let you come back to it. Go on anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ 1 minute left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ %1 minutes left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved; when time is up they are handed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved, but handing in could not be recorded; it is finished the next time quizapp starts.

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExamSetupDialog</name>
        <message>
            <source>Exam — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners may go back and change answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until they hand in. Unticked, each question is answered once, in turn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same questions for every learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every learner of the class draws the same questions, on any computer, so the class report compares like with like; each learner still gets their own order. Untick it for a draw of each learner's own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw of questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: one draw for this exam, the same on every computer. A number gives another draw (for a second class, or a second sitting).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each learner's own question order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as preset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Exam:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Draw:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start exam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 questions, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching questions: %1 — the exam asks %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this exam:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (own)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>I was right (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I was right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count this answer as right (Ctrl+I). Your teacher sees it among the flagged questions, to add your way of writing it to the accepted answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≈  Almost — check your spelling and try once more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔  Counted as right — you said you were right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Almost — check your spelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not quite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 in the right place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagTableModel</name>
        <message>
            <source>(no longer in the pack)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“I was right”: marked wrong, answered “%1”; add it to the accepted answers if it is right</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagsDialog</name>
        <message>
            <source>Flagged questions — %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n flag(s) from learners who thought a question looked wrong</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them “I was right” on a typed answer marked wrong</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check each against the source and fix the pack file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question of this pack has been flagged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpOverlay</name>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryBackups</name>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history as it was is kept as the backup %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>none scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in under a minute</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Every answer explained, every explanation proved by its source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Learner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename or delete this learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading packs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a pack file (.yaml or .quizpack) anywhere on this window, or use Open pack… (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your progress (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Practice — all %n question(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Review mistakes — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due today — %1 due, %2 new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exam…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spaced repetition: %1 due now, %2 new today; next review %3. Mistakes to review: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged questions (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pack(s) ready.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be loaded (hover for why).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This pack cannot be used:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Host a live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this computer (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No countdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a po&amp;dium of the top three at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the questions &amp;full screen (F11 switches)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students open the address shown next, on any device on the same network, and type the PIN. Nothing leaves this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time per question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start hosting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InteropActions</name>
        <message>
            <source>Skipped and changed questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy every message as FILE:LINE: warning: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question of %1 could be imported. The reasons, by line:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the new pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz packs (*.yaml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack not saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be imported; the reasons are listed below with their line in the file.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Some questions were changed on the way (see below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a pack that opens without errors first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export “%1” as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be written in this format.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Pack exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the format could not hold, by question:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinWindow</name>
        <message>
            <source>Join a live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the address the teacher shows, like 192.168.1.20:8765</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection lost. Reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You're in! Waiting for the teacher to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer received. Wait for the reveal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time is up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quiz is over: %1 of %2 right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a complete answer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right answer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the source — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyRepairs</name>
        <message>
            <source>“%1” is not a key of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the colon: %1: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the missing colon after %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the colon after %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the key %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Learners</name>
        <message>
            <source>Guest (keeps nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>correct</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveActions</name>
        <message>
            <source>&amp;Class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host a live session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join a live session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The live session cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1

Choose another port or network and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue the live session?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A live session was interrupted at question %1 with %n student(s). Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>New address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interrupted live session's results are saved in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The live session cannot be continued</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveExtras</name>
        <message>
            <source>Joined students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR code of the address %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) joined</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Answers so far</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>of %n answered</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Everyone has answered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n right</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n did not answer</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results per student</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveWidgets</name>
        <message>
            <source>%1 (away)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>almost (a spelling slip, counted wrong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (right)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveWindow</name>
        <message>
            <source>Live session — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start; reveal the answer and how the class answered; then why and the source; then the next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen, or a window on this screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑  ↓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll a slide too long for the screen, or the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder of results files (at the end)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session (after asking); close it at the end</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s per question</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>PIN %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this address in the browser of a phone, tablet or computer on this network (or scan the code), then type the PIN and your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address %1, PIN %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer: %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1st</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2nd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3rd</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1  %2 — %n right</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) took part</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>On average %1 of %n right</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saving %n results file(s) in %1…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The results could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n results file(s) saved in %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Space, Esc: close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O: open the results folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1: keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc: end the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The results could not be saved in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the live session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Students will not be able to answer any more. Their results are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers cannot be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session's answers can no longer be written to disk (%1). End the session to save the results you have.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading packs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export history as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save progress &amp;report as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete learner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About quizapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a quiz pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml *.quizpack);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is open, but %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the quiz first (Esc); your answers are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use that name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new learner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted learner %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions to ask in this mode right now. Try Practice, or come back when reviews are due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag this question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What looks wrong? (optional, for the pack's author)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged — thank you. Teachers see it under Flagged questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved and you can resume later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of them could not be saved; the other %2 are saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave this quiz?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You have answered %1 of %n question(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match each item on the left: Tab between the lists, arrow keys choose. Then Enter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPackDialog</name>
        <message>
            <source>New pack from a text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text to cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: a .md, .txt or .html file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for the new pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text to cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack &amp;id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp copies the text into the folder as source.md, with an id on every paragraph, and starts the pack with one cited example question of each type for you to rewrite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create and edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder for the new pack.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Move up (Alt+↑)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down (Alt+↓)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the items in order: drag them, or select one and press Alt+↑ / Alt+↓. Press Enter when done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(belongs at: %1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackDetailsDialog</name>
        <message>
            <source>Pack details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Authors (comma-separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attribution below is shown with every quote; most licenses (Creative Commons among them) require it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackEditor</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1[*] — Edit pack — quizapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks — ✘ errors: %1, ⚠ warnings: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks — no problems: the pack is ready to play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1 question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select or add a question to cite for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This question already cites those words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cited passage %1: “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix this question's errors to preview it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source text (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackIdentity</name>
        <message>
            <source>Same pack or a copy?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another pack file already uses the id “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is this the same pack, moved or updated? Then learners' history carries on. Or is it a copy to adapt? Then it gets its own id and its own history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Same pack — share history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A &amp;copy — give it a new id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackProblemsDialog</name>
        <message>
            <source>This pack cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: 'Copy all' copies every one.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Problems in the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackTableModel</name>
        <message>
            <source>Bundled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaletteModel</name>
        <message>
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flagged for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaletteView</name>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every question of the exam: answered, not answered or flagged for review. Arrow keys move, Enter opens the question.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — as a learner sees it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview: answers are not recorded. After the feedback, Enter starts again; Esc closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close preview (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again  ⏎</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorLauncher</name>
        <message>
            <source>&amp;Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the pack's questions full screen for a class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a pack on the home screen first, then press F5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorMode</name>
        <message>
            <source>Space, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reveal the answer, then why and the source (in parts when it is long), then go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→  ←</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next or previous question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home  End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First or last question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+  −</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer or shorter countdown (0 = none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the countdown again, or stop it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑  ↓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll a slide too long for the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End of the questions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>countdown %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: first question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space: leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→ ←: questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1: keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc: leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Countdown: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No countdown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorStage</name>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↓ more below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also accepted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time's up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why, part %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Projector — quizapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank screen (B to show the slide again)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <source>comma-separated, e.g. chapter 2, dates, key terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se&amp;ction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback if chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>almost-right forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Almost (a spelling slip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item, in the correct order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches (right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The statement is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted &amp;answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Almost" forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tolerance (how far off still counts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xplanation (why the answer is right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: shown after a right answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: shown after a wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback after a right answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback after a wrong answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General &amp;feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>citations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The source's exact words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ci&amp;tations (select words in the source, then Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no section)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <source>no type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionListPanel</name>
        <message>
            <source>Any type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any section</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Questions: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Shown: %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuizPreferences</name>
        <message>
            <source>After each answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the end, on the results screen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Leave quiz (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag as wrong… (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the pack's author this question looks wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score: %1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> · %n not saved</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Answer and go on  ⏎</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an answer is needed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This answer could not be saved: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n earlier answer(s) of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer could not be counted as right:

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring replaces your whole history (every learner) with the backup you choose. Your history as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups yet. quizapp makes one each time it starts and every 50 answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsHandIn</name>
        <message>
            <source>Nothing to save yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer at least one question of a quiz first; then its results can be saved for the teacher.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pack of this quiz (%1) is not open. Open it (File → Open pack…) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guests keep nothing, so the teacher needs your name on the results:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1's results (%2 of %3 right) to %4 — hand this file to the teacher.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <source>No missed questions — every answer was right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry missed (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 right</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n missed question(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>a perfect round.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavePrompt</name>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreenChooser</name>
        <message>
            <source> — where this window is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen for the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the questions full screen on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text si&amp;ze:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl++, Ctrl+- and Ctrl+0 change the text size anywhere. High contrast shows white on black with yellow focus.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp shows it from its next start. Packs keep the language they are written in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quizzes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Shuffle the choices (packs that do not say)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shuffle the choices of packs that do not say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When feedback is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;feedback:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both apply to the next quiz you start. A pack's own “shuffle” setting always wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the data folder in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every learner's answers and these settings are kept in this folder, on this computer only:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp keeps backups of your history in the “backups” folder inside the data folder. Restoring one replaces every learner's history; yours as it is now is kept as a backup first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcePicker</name>
        <message>
            <source>Source text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source text: select words to cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cite selection (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cite selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the selected words as a citation of this question; the passage is found for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has no source text. Add a 'source' to the pack (Pack details…) to cite passages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source text — select words, then Cite selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has no source text to cite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the words that prove the answer first (drag with the mouse, or Shift+arrow keys in the text).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select words within one paragraph: a quote comes from one passage. Cite the other paragraph separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headings cannot be cited; select words in a paragraph.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only spaces are selected; select words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no words to prove anything; select the words that prove the answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cited “%1”: the words selected occur more than once in this passage, so the words around them say which place is meant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A heading (not citable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passage %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceViewer</name>
        <message>
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licensed under %1; shown verbatim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack has no source text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source — %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>quizapp could not read your learning history, because the file is damaged: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been deleted: whatever you choose, the damaged file is kept beside the new one, renamed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest good backup is from %1. Restore it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup to restore, so a new, empty history can be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a new history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started a new, empty history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp could not repair the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged file is kept as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your learning history in %1 cannot be used: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quizapp can show your history but cannot save anything new: %1. Answers given now will not be kept. To save them, start quizapp with a data folder you can write to (--data-dir).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: nothing is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history was repaired</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatisticsCharts</name>
        <message>
            <source>Accuracy per study day (last 30 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accuracy per study day — no answers in the last 30 days yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mastery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mastery per section (last answer right)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatisticsScreen</name>
        <message>
            <source>Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All modes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakest questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export history (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistics — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answers yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s per question</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>study streak: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right (“I was right”)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Mastery per pack (last answer right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a pack to see its statistics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mastery %1 %</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 s per answer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Weakest sections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none studied yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never seen:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your best</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time per answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>Type a number, e.g. 1994</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not one number yet: write it like 1994, 100,000 or eight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number (digits or words), then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your answer (case and accents do not matter), then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Almost: check the spelling, then press Enter to try once more.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size %1 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worksheet</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick one box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick True or False.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write your answer on the line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the number on the line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the letters in the right order, one in each numbered blank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the letter of the matching item in each box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · page %3 of %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name: ______________________________   Date: ______________</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer key: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotes from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer key · %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorksheetDialog</name>
        <message>
            <source>Print a worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also make the answer &amp;key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ack:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question types:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also make the answer key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same version number prints the same questions in the same order, so a key can be made again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one question type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a pack first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Save the worksheet as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the worksheet to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the worksheet to %1 and its answer key to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the worksheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing the worksheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent the worksheet to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The worksheet was not written</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YamlTextEditor</name>
        <message>
            <source>%1[*] — fix the pack — quizapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack file text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in the form &amp;editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1, column %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file reads as a pack now. Save it, then open it in the form editor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: the pack opens now, and it is in the app's list of packs. Open it in the form editor to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes to this file?

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
