<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About quizapp</source>
            <translation>Über quizapp</translation>
        </message>
        <message>
            <source>quizapp icon</source>
            <translation>quizapp-Symbol</translation>
        </message>
        <message>
            <source>quizapp %1</source>
            <translation>quizapp %1</translation>
        </message>
        <message>
            <source>Offline quizzes whose every explanation shows the passage of the source text that proves it. Your scores stay on this computer.</source>
            <translation>Quizze ohne Internet, deren Erklärungen jeweils die Stelle im Quelltext zeigen, die sie belegt. Deine Ergebnisse bleiben auf diesem Computer.</translation>
        </message>
        <message>
            <source>Licenses and credits</source>
            <translation>Lizenzen und Danksagungen</translation>
        </message>
        <message>
            <source>Tab moves between links; Enter opens a link in your web browser.</source>
            <translation>Tab wechselt zwischen Links; Enter öffnet einen Link im Webbrowser.</translation>
        </message>
        <message>
            <source>License</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>quizapp is free software under the %1 license: use, change and share it as you like. %2.</source>
            <translation>quizapp ist freie Software unter der %1-Lizenz: Du darfst sie nach Belieben nutzen, ändern und weitergeben. %2.</translation>
        </message>
        <message>
            <source>The bundled pack’s source text is “%1” by %2, %3, licensed under %4. It is shipped verbatim, unaltered and non-commercially. The questions and explanations are quizapp’s own writing.</source>
            <translation>Der Quelltext des mitgelieferten Pakets ist „%1“ von %2, %3, lizenziert unter %4. Er wird wörtlich, unverändert und nicht kommerziell mitgeliefert. Die Fragen und Erklärungen sind von quizapp selbst verfasst.</translation>
        </message>
        <message>
            <source>The bundled article</source>
            <translation>Der mitgelieferte Artikel</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Verwendet für</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL 3.0. They stay separate libraries in every build of quizapp, so you may replace them with versions you built yourself; their source code is at %1.</source>
            <translation>Qt und PySide6 werden unter der GNU LGPL 3.0 verwendet. Sie bleiben in jedem Build von quizapp eigenständige Bibliotheken, sodass du sie durch selbst gebaute Versionen ersetzen kannst; ihr Quellcode liegt unter %1.</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Software von Dritten</translation>
        </message>
        <message>
            <source>quizapp %1 on Python %2, Qt %3, PySide6 %4, %5</source>
            <translation>quizapp %1 auf Python %2, Qt %3, PySide6 %4, %5</translation>
        </message>
        <message>
            <source>Running on</source>
            <translation>Läuft auf</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system (light or dark)</source>
            <translation>Wie das System (hell oder dunkel)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Learner not saved</source>
            <translation>Lernende(r) nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>BrokenPackDialog</name>
        <message>
            <source>&amp;Open in editor</source>
            <translation>Im Editor ö&amp;ffnen</translation>
        </message>
    </context>
    <context>
        <name>ChoiceAnswer</name>
        <message>
            <source>one answer of several</source>
            <translation>eine Antwort von mehreren</translation>
        </message>
        <message>
            <source>choose every answer that applies</source>
            <translation>wähle alle zutreffenden Antworten</translation>
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–%1 toggle), then press Enter.</source>
            <translation>Wähle alle zutreffenden Antworten (Tasten 1–%1 schalten um), dann drücke Enter.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–%1), then press Enter.</source>
            <translation>Wähle eine Antwort (Tasten 1–%1), dann drücke Enter.</translation>
        </message>
        <message>
            <source>(missed)</source>
            <translation>(verpasst)</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>✔ right, your answer</source>
            <translation>✔ richtig, deine Antwort</translation>
        </message>
        <message>
            <source>✔ right answer, not chosen</source>
            <translation>✔ richtige Antwort, nicht gewählt</translation>
        </message>
        <message>
            <source>✘ wrong, your answer</source>
            <translation>✘ falsch, deine Antwort</translation>
        </message>
    </context>
    <context>
        <name>CitationView</name>
        <message>
            <source>From the source — %1</source>
            <translation>Aus der Quelle — %1</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>dem Text</translation>
        </message>
        <message>
            <source>Read in context</source>
            <translation>Im Zusammenhang lesen</translation>
        </message>
        <message>
            <source>Opens the source at the passage quoted, in %1</source>
            <translation>Öffnet die Quelle an der zitierten Stelle, in %1</translation>
        </message>
        <message>
            <source>Open the source at this passage, quote highlighted</source>
            <translation>Die Quelle an dieser Stelle öffnen, Zitat hervorgehoben</translation>
        </message>
    </context>
    <context>
        <name>ClassReport</name>
        <message>
            <source>Took version %1 of the pack. Not counted, because they changed since: %2</source>
            <translation>Hat Version %1 des Pakets bearbeitet. Nicht gezählt, weil sie sich seitdem geändert haben: %2</translation>
        </message>
        <message>
            <source>Flagged %1: %2</source>
            <translation>Markiert %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more: see the CSV export.</source>
            <translation>… und %1 weitere: siehe CSV-Export.</translation>
        </message>
        <message>
            <source>Class report: %1</source>
            <translation>Klassenbericht: %1</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>unnumbered</source>
            <translation>ohne Nummer</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n Lernende(r)</numerusform>
                <numerusform>%n Lernende</numerusform>
            </translation>
        </message>
        <message>
            <source>average score %1</source>
            <translation>Durchschnitt %1</translation>
        </message>
        <message>
            <source>average time %1</source>
            <translation>durchschnittliche Zeit %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out (listed with the reason in the app and the CSV).</source>
            <translation>
                <numerusform>%n Datei ausgelassen (mit Grund in der App und in der CSV aufgeführt).</numerusform>
                <numerusform>%n Dateien ausgelassen (mit Grund in der App und in der CSV aufgeführt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>Questions to look at</source>
            <translation>Fragen zum Prüfen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Trennschärfe</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>Häufigste falsche Antwort</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>None flagged: too few learners to judge.</source>
            <translation>Keine markiert: zu wenige Lernende für ein Urteil.</translation>
        </message>
        <message>
            <source>No question was too easy, too hard or discriminated negatively.</source>
            <translation>Keine Frage war zu leicht, zu schwer oder hatte negative Trennschärfe.</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Lernende(r)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>The facility and discrimination of every question are in the CSV export.</source>
            <translation>Schwierigkeit und Trennschärfe aller Fragen stehen im CSV-Export.</translation>
        </message>
        <message>
            <source>Every question</source>
            <translation>Alle Fragen</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Was die Zahlen bedeuten</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged</source>
            <translation>
                <numerusform>%n Frage markiert</numerusform>
                <numerusform>%n Fragen markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out: the tab “Files left out” says why.</source>
            <translation>
                <numerusform>%n Datei ausgelassen: Der Reiter „Ausgelassene Dateien“ sagt, warum.</numerusform>
                <numerusform>%n Dateien ausgelassen: Der Reiter „Ausgelassene Dateien“ sagt, warum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These files hold %n session(s). This report is on one: %1. The others are left out.</source>
            <translation>
                <numerusform>Diese Dateien enthalten %n Sitzung. Dieser Bericht betrifft eine: %1. Die anderen sind ausgelassen.</numerusform>
                <numerusform>Diese Dateien enthalten %n Sitzungen. Dieser Bericht betrifft eine: %1. Die anderen sind ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose another under Session, or a pack's sessions all together.</source>
            <translation>Wähle unter „Sitzung“ eine andere oder alle Sitzungen eines Pakets zusammen.</translation>
        </message>
        <message numerus="yes">
            <source>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</source>
            <translation>
                <numerusform>%n Sitzung in einem Bericht zusammengeführt: Wer an mehreren teilnahm, zählt einmal, mit der letzten Sitzung.</numerusform>
                <numerusform>%n Sitzungen in einem Bericht zusammengeführt: Wer an mehreren teilnahm, zählt einmal, mit der letzten Sitzung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) changed between versions of the pack (%1): left out for the learners who took the other version.</source>
            <translation>
                <numerusform>%n Frage hat sich zwischen Versionen des Pakets geändert (%1): ausgelassen für die Lernenden, die die andere Version bearbeitet haben.</numerusform>
                <numerusform>%n Fragen haben sich zwischen Versionen des Pakets geändert (%1): ausgelassen für die Lernenden, die die andere Version bearbeitet haben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</source>
            <translation>
                <numerusform>Noch keine Frage markiert: Markierungen gibt es ab %n Lernenden; bei weniger verschiebt eine Antwort die Schwierigkeit um mehr als 0,10.</numerusform>
                <numerusform>Noch keine Frage markiert: Markierungen gibt es ab %n Lernenden; bei weniger verschiebt eine Antwort die Schwierigkeit um mehr als 0,10.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions on “%1” together</source>
            <translation>
                <numerusform>Alle %n Sitzung zu „%1“ zusammen</numerusform>
                <numerusform>Alle %n Sitzungen zu „%1“ zusammen</numerusform>
            </translation>
        </message>
        <message>
            <source>too few learners to judge</source>
            <translation>zu wenige Lernende für ein Urteil</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Fragetext</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Chosen by</source>
            <translation>Gewählt von</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Gestellt</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Left out of</source>
            <translation>Ausgelassen für</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Questions answered right.</source>
            <translation>Richtig beantwortete Fragen.</translation>
        </message>
        <message>
            <source>Questions given an answer (an unanswered one counts as wrong).</source>
            <translation>Fragen mit einer Antwort (eine unbeantwortete zählt als falsch).</translation>
        </message>
        <message>
            <source>Questions this learner was asked and that the report counts.</source>
            <translation>Fragen, die diese Person gestellt bekam und die der Bericht zählt.</translation>
        </message>
        <message>
            <source>Score as a share of the questions counted.</source>
            <translation>Punkte als Anteil der gezählten Fragen.</translation>
        </message>
        <message>
            <source>Time spent answering, minutes:seconds (hours:minutes:seconds when long).</source>
            <translation>Zeit zum Antworten, Minuten:Sekunden (bei langer Dauer Stunden:Minuten:Sekunden).</translation>
        </message>
        <message>
            <source>Facility: the share of learners who got the question right, from 0.00 (no one) to 1.00 (everyone).</source>
            <translation>Schwierigkeit: der Anteil der Lernenden, die die Frage richtig beantwortet haben, von 0,00 (niemand) bis 1,00 (alle).</translation>
        </message>
        <message>
            <source>Discrimination: did learners who did well overall get this one right more often? Near +1: yes, it tells strong and weak apart; near 0: it tells them apart little; below 0: the other way round — check the key.</source>
            <translation>Trennschärfe: Haben Lernende, die insgesamt gut waren, diese Frage öfter richtig beantwortet? Nahe +1: ja, sie trennt Starke und Schwache; nahe 0: sie trennt kaum; unter 0: umgekehrt — prüfe den Lösungsschlüssel.</translation>
        </message>
        <message>
            <source>Flags: too easy (facility above 0.90), too hard (below 0.20), negative discrimination (below 0). From 10 learners up; with fewer, one answer moves a facility by more than 0.10, so a question the rules would flag says “too few learners to judge”.</source>
            <translation>Markierungen: zu leicht (Schwierigkeit über 0,90), zu schwer (unter 0,20), negative Trennschärfe (unter 0). Ab 10 Lernenden; bei weniger verschiebt eine Antwort die Schwierigkeit um mehr als 0,10, daher steht bei einer Frage, die die Regeln markieren würden, „zu wenige Lernende für ein Urteil“.</translation>
        </message>
        <message>
            <source>Most chosen wrong answer: the wrong answer given most often (case, accents and spaces ignored); Chosen by: how many gave it.</source>
            <translation>Häufigste falsche Antwort: die am öftesten gegebene falsche Antwort (Groß-/Kleinschreibung, Akzente und Leerzeichen ignoriert); Gewählt von: wie viele sie gaben.</translation>
        </message>
        <message>
            <source>How many learners gave the most chosen wrong answer.</source>
            <translation>Wie viele Lernende die häufigste falsche Antwort gaben.</translation>
        </message>
        <message>
            <source>Learners who were asked this question.</source>
            <translation>Lernende, denen diese Frage gestellt wurde.</translation>
        </message>
        <message>
            <source>Learners who got it right.</source>
            <translation>Lernende, die sie richtig beantwortet haben.</translation>
        </message>
        <message>
            <source>The mean of each learner's share right in the section.</source>
            <translation>Der Mittelwert des Anteils richtiger Antworten jedes Lernenden in diesem Abschnitt.</translation>
        </message>
        <message>
            <source>Learners who were asked questions of this section.</source>
            <translation>Lernende, denen Fragen aus diesem Abschnitt gestellt wurden.</translation>
        </message>
        <message>
            <source>Why the file is not in the report.</source>
            <translation>Warum die Datei nicht im Bericht ist.</translation>
        </message>
        <message>
            <source>— (or an empty cell in the CSV): not enough to compute it, with fewer than 3 learners or when everyone answered alike.</source>
            <translation>— (oder eine leere Zelle in der CSV): nicht genug Daten zum Berechnen, bei weniger als 3 Lernenden oder wenn alle gleich geantwortet haben.</translation>
        </message>
        <message>
            <source>too easy</source>
            <translation>zu leicht</translation>
        </message>
        <message>
            <source>Nearly everyone got it right (facility above 0.90), so it tells you little about who has understood.</source>
            <translation>Fast alle haben sie richtig beantwortet (Schwierigkeit über 0,90), sie sagt also wenig darüber, wer es verstanden hat.</translation>
        </message>
        <message>
            <source>too hard</source>
            <translation>zu schwer</translation>
        </message>
        <message>
            <source>Nearly no one got it right (facility below 0.20): check the question and its key before blaming the class.</source>
            <translation>Fast niemand hat sie richtig beantwortet (Schwierigkeit unter 0,20): Prüfe Frage und Lösungsschlüssel, bevor du es der Klasse anlastest.</translation>
        </message>
        <message>
            <source>negative discrimination</source>
            <translation>negative Trennschärfe</translation>
        </message>
        <message>
            <source>Learners who did well on the rest got this one wrong more often than the others (discrimination below 0): check the key and the wording.</source>
            <translation>Wer im Rest gut war, hat diese Frage öfter falsch beantwortet als die anderen (Trennschärfe unter 0): Prüfe Lösungsschlüssel und Formulierung.</translation>
        </message>
        <message>
            <source>Fewer than 10 learners took it: one answer more or less moves its facility by more than 0.10, so it is not flagged yet.</source>
            <translation>Weniger als 10 Lernende haben sie bearbeitet: Eine Antwort mehr oder weniger verschiebt ihre Schwierigkeit um mehr als 0,10, daher ist sie noch nicht markiert.</translation>
        </message>
    </context>
    <context>
        <name>ClassReportWindow</name>
        <message>
            <source>Class report</source>
            <translation>Klassenbericht</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Sitzung:</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>&amp;Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation>Dat&amp;eien hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Leeren</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>&amp;PDF speichern…</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>Ausgelassene Dateien</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>The report is on one session at a time: a live session, or the learners' hand-ins of a pack</source>
            <translation>Der Bericht betrifft jeweils eine Sitzung: eine Live-Sitzung oder die Abgaben der Lernenden zu einem Paket</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Was die Zahlen bedeuten</translation>
        </message>
        <message>
            <source>Every results file in a folder and its subfolders (Ctrl+Shift+O)</source>
            <translation>Alle Ergebnisdateien in einem Ordner und seinen Unterordnern (Strg+Umschalt+O)</translation>
        </message>
        <message>
            <source>Results files one by one (Ctrl+O)</source>
            <translation>Ergebnisdateien einzeln (Strg+O)</translation>
        </message>
        <message>
            <source>Add a folder of results files</source>
            <translation>Einen Ordner mit Ergebnisdateien hinzufügen</translation>
        </message>
        <message>
            <source>Add results files</source>
            <translation>Ergebnisdateien hinzufügen</translation>
        </message>
        <message>
            <source>Results files (*.json);;All files (*)</source>
            <translation>Ergebnisdateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading results files…</source>
            <translation>Ergebnisdateien werden gelesen…</translation>
        </message>
        <message>
            <source>None of these files could be used; the tab “Files left out” says why.</source>
            <translation>Keine dieser Dateien konnte verwendet werden; der Reiter „Ausgelassene Dateien“ sagt, warum.</translation>
        </message>
        <message>
            <source>No class report</source>
            <translation>Kein Klassenbericht</translation>
        </message>
        <message>
            <source>Add the results files your learners saved (Results → Save results for the teacher…, or quizapp results): a folder of them, or files one by one. Files can also be dropped on this window.</source>
            <translation>Füge die Ergebnisdateien hinzu, die deine Lernenden gespeichert haben (Ergebnisse → Ergebnisse für die Lehrkraft speichern… oder quizapp results): einen Ordner davon oder einzelne Dateien. Dateien können auch auf dieses Fenster gezogen werden.</translation>
        </message>
        <message>
            <source>&amp;Learners (%1)</source>
            <translation>&amp;Lernende (%1)</translation>
        </message>
        <message>
            <source>&amp;Questions (%1)</source>
            <translation>&amp;Fragen (%1)</translation>
        </message>
        <message>
            <source>&amp;Sections (%1)</source>
            <translation>&amp;Abschnitte (%1)</translation>
        </message>
        <message>
            <source>Files left &amp;out (%1)</source>
            <translation>Ausgelassene &amp;Dateien (%1)</translation>
        </message>
        <message>
            <source>Export the class report as CSV</source>
            <translation>Den Klassenbericht als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Save the class report as PDF</source>
            <translation>Den Klassenbericht als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ClassroomActions</name>
        <message>
            <source>Print &amp;worksheet…</source>
            <translation>Arbeitsblatt &amp;drucken…</translation>
        </message>
        <message>
            <source>C&amp;lass report…</source>
            <translation>K&amp;lassenbericht…</translation>
        </message>
        <message>
            <source>&amp;Save results for the teacher…</source>
            <translation>Ergebnisse für die Lehrkraft &amp;speichern…</translation>
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation>Ergebnisse für die Lehrkraft speichern…</translation>
        </message>
        <message>
            <source>A file the teacher reads into the class report (Ctrl+Shift+H)</source>
            <translation>Eine Datei, die die Lehrkraft in den Klassenbericht einliest (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message>
            <source>Single choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Wahr oder falsch</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Kurzantwort</translation>
        </message>
        <message>
            <source>Numeric</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Üben</translation>
        </message>
        <message>
            <source>Review mistakes</source>
            <translation>Fehler wiederholen</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Heute fällig</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Eigenes</translation>
        </message>
        <message>
            <source>Retry missed</source>
            <translation>Fehler wiederholen</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Wahr</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>the language and its standard library, with SQLite (public domain)</source>
            <translation>die Sprache und ihre Standardbibliothek, mit SQLite (gemeinfrei)</translation>
        </message>
        <message>
            <source>windows, text, charts, PDF and printing</source>
            <translation>Fenster, Text, Diagramme, PDF und Drucken</translation>
        </message>
        <message>
            <source>Qt from Python</source>
            <translation>Qt aus Python</translation>
        </message>
        <message>
            <source>charts, PDF, speech and network modules of Qt</source>
            <translation>Diagramm-, PDF-, Sprach- und Netzwerkmodule von Qt</translation>
        </message>
        <message>
            <source>PySide6's binding generator runtime</source>
            <translation>Laufzeit des Binding-Generators von PySide6</translation>
        </message>
        <message>
            <source>reading packs</source>
            <translation>Pakete lesen</translation>
        </message>
        <message>
            <source>saving packs with their comments</source>
            <translation>Pakete mit ihren Kommentaren speichern</translation>
        </message>
        <message>
            <source>ruamel.yaml's fast parser</source>
            <translation>schneller Parser von ruamel.yaml</translation>
        </message>
        <message>
            <source>spaced-repetition scheduling</source>
            <translation>Planung der verteilten Wiederholung</translation>
        </message>
        <message>
            <source>used by FSRS</source>
            <translation>von FSRS verwendet</translation>
        </message>
        <message>
            <source>safe Moodle XML import</source>
            <translation>sicherer Moodle-XML-Import</translation>
        </message>
        <message>
            <source>Anki deck export</source>
            <translation>Export als Anki-Stapel</translation>
        </message>
        <message>
            <source>used by genanki</source>
            <translation>von genanki verwendet</translation>
        </message>
        <message>
            <source>number words in typed answers</source>
            <translation>Zahlwörter in getippten Antworten</translation>
        </message>
        <message>
            <source>country names in typed answers</source>
            <translation>Ländernamen in getippten Antworten</translation>
        </message>
        <message>
            <source>QR codes for live sessions</source>
            <translation>QR-Codes für Live-Sitzungen</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Wählt eine Antwort.</translation>
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation>Wählt alle richtigen Antworten.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>Wahr oder falsch?</translation>
        </message>
        <message>
            <source>Write your answer in a few words.</source>
            <translation>Schreibt eure Antwort in wenigen Worten.</translation>
        </message>
        <message>
            <source>Write your answer as a number.</source>
            <translation>Schreibt eure Antwort als Zahl.</translation>
        </message>
        <message>
            <source>Put the letters in the right order.</source>
            <translation>Bringt die Buchstaben in die richtige Reihenfolge.</translation>
        </message>
        <message>
            <source>Match each number to a letter.</source>
            <translation>Ordnet jeder Zahl einen Buchstaben zu.</translation>
        </message>
        <message>
            <source>Question %1 of %2 · %3</source>
            <translation>Frage %1 von %2 · %3</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Licensed under %1.</source>
            <translation>Lizenziert unter %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n Lernende(r)</numerusform>
                <numerusform>%n Lernende</numerusform>
            </translation>
        </message>
        <message>
            <source>Live session of %1 on “%2”, %3</source>
            <translation>Live-Sitzung vom %1 zu „%2“, %3</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Hand-ins on “%1” (%2), %3</source>
            <translation>Abgaben zu „%1“ (%2), %3</translation>
        </message>
    </context>
    <context>
        <name>CustomQuizDialog</name>
        <message>
            <source>Custom quiz — %1</source>
            <translation>Eigenes Quiz — %1</translation>
        </message>
        <message>
            <source>1 recall</source>
            <translation>1 Wissen</translation>
        </message>
        <message>
            <source>2 understanding</source>
            <translation>2 Verstehen</translation>
        </message>
        <message>
            <source>3 inference</source>
            <translation>3 Schlussfolgern</translation>
        </message>
        <message>
            <source>Shuffle the questions</source>
            <translation>Fragen mischen</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Abschnitte:</translation>
        </message>
        <message>
            <source>Difficulty:</source>
            <translation>Schwierigkeit:</translation>
        </message>
        <message>
            <source>Question types:</source>
            <translation>Fragetypen:</translation>
        </message>
        <message>
            <source>How many:</source>
            <translation>Wie viele:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation>Keine Frage passt zu dieser Auswahl.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) match; the quiz asks %1.</source>
            <translation>
                <numerusform>%n Frage passt; das Quiz stellt %1.</numerusform>
                <numerusform>%n Fragen passen; das Quiz stellt %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorCommands</name>
        <message>
            <source>Edit %1 of question %2</source>
            <translation>%1 von Frage %2 bearbeiten</translation>
        </message>
        <message>
            <source>Delete question %1</source>
            <translation>Frage %1 löschen</translation>
        </message>
        <message>
            <source>Move question %1</source>
            <translation>Frage %1 verschieben</translation>
        </message>
        <message>
            <source>Edit the pack's %1</source>
            <translation>%1 des Pakets bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>EditorFiles</name>
        <message>
            <source>This copy now has its own id: %1</source>
            <translation>Diese Kopie hat jetzt eine eigene ID: %1</translation>
        </message>
        <message>
            <source>The pack was not saved</source>
            <translation>Das Paket wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>The pack could not be written. Your changes are kept in the editor; try Save as… another folder.

%1: %2</source>
            <translation>Das Paket konnte nicht geschrieben werden. Deine Änderungen bleiben im Editor; versuche Speichern unter… in einem anderen Ordner.

%1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Save the pack as</source>
            <translation>Paket speichern unter</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml)</source>
            <translation>Quiz-Pakete (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation>Der Text, den deine Fragen zitieren</translation>
        </message>
        <message>
            <source>Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</source>
            <translation>Texte (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>The text cannot be used</source>
            <translation>Der Text kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>The text cannot become a source.</source>
            <translation>Der Text kann keine Quelle werden.</translation>
        </message>
        <message>
            <source>%1 is the source now: select words in it to cite them.</source>
            <translation>%1 ist jetzt die Quelle: Markiere Wörter darin, um sie zu zitieren.</translation>
        </message>
        <message>
            <source>Edit pack details</source>
            <translation>Paketangaben bearbeiten</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Änderungen speichern?</translation>
        </message>
        <message>
            <source>This pack has changes that are not saved. Save them before closing?

%1</source>
            <translation>Dieses Paket hat ungespeicherte Änderungen. Vor dem Schließen speichern?

%1</translation>
        </message>
    </context>
    <context>
        <name>EditorService</name>
        <message>
            <source>&amp;New pack…</source>
            <translation>&amp;Neues Paket…</translation>
        </message>
        <message>
            <source>New pack from a &amp;text…</source>
            <translation>Neues Paket aus einem &amp;Text…</translation>
        </message>
        <message>
            <source>&amp;Edit pack…</source>
            <translation>Paket &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Select a pack to edit first.</source>
            <translation>Wähle zuerst ein Paket zum Bearbeiten.</translation>
        </message>
        <message>
            <source>The copy now has its own id, %1, and its own history.</source>
            <translation>Die Kopie hat jetzt eine eigene ID, %1, und einen eigenen Verlauf.</translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>Im Editor öffnen</translation>
        </message>
        <message>
            <source>&amp;Remove from the list</source>
            <translation>Aus der Liste &amp;entfernen</translation>
        </message>
        <message>
            <source>Removed %1 from the list; the file is still there.</source>
            <translation>%1 aus der Liste entfernt; die Datei ist noch da.</translation>
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
        </message>
        <message>
            <source>Changes to a pack were not saved when quizapp last closed. Open them in the editor to review and save them?

%1
Last change: %2</source>
            <translation>Änderungen an einem Paket wurden beim letzten Schließen von quizapp nicht gespeichert. Im Editor öffnen, um sie zu prüfen und zu speichern?

%1
Letzte Änderung: %2</translation>
        </message>
    </context>
    <context>
        <name>ExamMode</name>
        <message>
            <source>Resume your exam?</source>
            <translation>Prüfung fortsetzen?</translation>
        </message>
        <message>
            <source>, with %1 left</source>
            <translation>, mit %1 Restzeit</translation>
        </message>
        <message>
            <source>%1, your exam on “%2” was interrupted with %3 of %4 questions answered%5. Resume it where you stopped?</source>
            <translation>%1, deine Prüfung zu „%2“ wurde unterbrochen, nachdem %3 von %4 Fragen beantwortet waren%5. Dort weitermachen, wo du aufgehört hast?</translation>
        </message>
        <message>
            <source>Resume the exam</source>
            <translation>Prüfung fortsetzen</translation>
        </message>
        <message>
            <source>Hand it in as it is</source>
            <translation>So abgeben, wie sie ist</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation>Ergebnisse für die Lehrkraft speichern…</translation>
        </message>
        <message>
            <source>For the teacher…</source>
            <translation>Für die Lehrkraft…</translation>
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation>Ergebnisse für die Lehrkraft speichern</translation>
        </message>
        <message>
            <source>A file the teacher reads into the class report</source>
            <translation>Eine Datei, die die Lehrkraft in den Klassenbericht einliest</translation>
        </message>
        <message>
            <source>No such exam</source>
            <translation>Keine solche Prüfung</translation>
        </message>
        <message>
            <source>The exam cannot start</source>
            <translation>Die Prüfung kann nicht beginnen</translation>
        </message>
        <message>
            <source>The exam cannot be resumed</source>
            <translation>Die Prüfung kann nicht fortgesetzt werden</translation>
        </message>
        <message>
            <source>It is closed; its answers stay in your history.</source>
            <translation>Sie ist geschlossen; ihre Antworten bleiben in deinem Verlauf.</translation>
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation>Prüfung nicht abgegeben</translation>
        </message>
    </context>
    <context>
        <name>ExamPrompts</name>
        <message numerus="yes">
            <source>Not answered yet: question(s) %1 (%n of %2).</source>
            <translation>
                <numerusform>Noch nicht beantwortet: Frage %1 (%n von %2).</numerusform>
                <numerusform>Noch nicht beantwortet: Fragen %1 (%n von %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>All %1 questions are answered.</source>
            <translation>Alle %1 Fragen sind beantwortet.</translation>
        </message>
        <message>
            <source>Flagged for review: %1.</source>
            <translation>Zum Überprüfen markiert: %1.</translation>
        </message>
        <message>
            <source>Hand in your exam now? Your answers cannot be changed afterwards.</source>
            <translation>Prüfung jetzt abgeben? Deine Antworten können danach nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>&amp;Hand in now</source>
            <translation>Jetzt &amp;abgeben</translation>
        </message>
        <message>
            <source>&amp;Keep going</source>
            <translation>&amp;Weitermachen</translation>
        </message>
        <message>
            <source>Hand in your exam?</source>
            <translation>Prüfung abgeben?</translation>
        </message>
        <message>
            <source>Hand in now, or keep going?</source>
            <translation>Jetzt abgeben oder weitermachen?</translation>
        </message>
    </context>
    <context>
        <name>ExamResultsScreen</name>
        <message>
            <source>Every question — ↑/↓ to move, Ctrl+R reads the cited passage in context</source>
            <translation>Alle Fragen — ↑/↓ zum Wechseln, Strg+R liest die zitierte Stelle im Zusammenhang</translation>
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation>Zurück zu den Paketen (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Practise missed (Ctrl+M)</source>
            <translation>Falsche üben (Strg+M)</translation>
        </message>
        <message>
            <source>Practise missed</source>
            <translation>Falsche üben</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>Noch einmal ablegen</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Nochmal</translation>
        </message>
        <message>
            <source>The questions you got wrong or left out, with feedback after each</source>
            <translation>Die falsch beantworteten oder ausgelassenen Fragen, mit Rückmeldung nach jeder</translation>
        </message>
        <message>
            <source>The same exam, with new questions drawn and a new order</source>
            <translation>Dieselbe Prüfung, mit neu gezogenen Fragen und neuer Reihenfolge</translation>
        </message>
        <message>
            <source>Exam results: open the first cited passage</source>
            <translation>Prüfungsergebnisse: die erste zitierte Stelle öffnen</translation>
        </message>
        <message>
            <source>%1 / %2 right  ·  %3 %</source>
            <translation>%1 / %2 richtig  ·  %3 %</translation>
        </message>
        <message>
            <source>Time ran out: your answers were handed in.</source>
            <translation>Die Zeit ist abgelaufen: Deine Antworten wurden abgegeben.</translation>
        </message>
        <message>
            <source>Handed in with %1 left.</source>
            <translation>Abgegeben mit %1 Restzeit.</translation>
        </message>
        <message>
            <source>Not answered: %1.</source>
            <translation>Nicht beantwortet: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Interrupted and resumed %n time(s).</source>
            <translation>
                <numerusform>%n-mal unterbrochen und fortgesetzt.</numerusform>
                <numerusform>%n-mal unterbrochen und fortgesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up. Your answers were handed in.</source>
            <translation>Die Zeit ist um. Deine Antworten wurden abgegeben.</translation>
        </message>
    </context>
    <context>
        <name>ExamReview</name>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>right</source>
            <translation>richtig</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>falsch</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Frage %1: %2</translation>
        </message>
        <message>
            <source>Questions of the exam</source>
            <translation>Fragen der Prüfung</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Frage %1 von %2</translation>
        </message>
        <message>
            <source>  ·  flagged for review</source>
            <translation>  ·  zum Überprüfen markiert</translation>
        </message>
        <message>
            <source>%1  Not answered</source>
            <translation>%1  Nicht beantwortet</translation>
        </message>
        <message>
            <source>Your answer: — (not answered)</source>
            <translation>Deine Antwort: — (nicht beantwortet)</translation>
        </message>
    </context>
    <context>
        <name>ExamScreen</name>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>%1 answered    %2 not answered    %3 flagged for review    —    Ctrl+L: question list</source>
            <translation>%1 beantwortet    %2 nicht beantwortet    %3 zum Überprüfen markiert    —    Strg+L: Fragenliste</translation>
        </message>
        <message>
            <source>Keep this order</source>
            <translation>Diese Reihenfolge behalten</translation>
        </message>
        <message>
            <source>Answers with the order shown, as Enter does</source>
            <translation>Antwortet mit der gezeigten Reihenfolge, wie Enter</translation>
        </message>
        <message>
            <source>◀ Previous (Alt+←)</source>
            <translation>◀ Zurück (Alt+←)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Vorherige Frage</translation>
        </message>
        <message>
            <source>Hand in… (Ctrl+Enter)</source>
            <translation>Abgeben… (Strg+Enter)</translation>
        </message>
        <message>
            <source>Hand in…</source>
            <translation>Abgeben…</translation>
        </message>
        <message>
            <source>Hand in the exam</source>
            <translation>Die Prüfung abgeben</translation>
        </message>
        <message>
            <source>Exam: previous question</source>
            <translation>Prüfung: vorherige Frage</translation>
        </message>
        <message>
            <source>Exam: next question</source>
            <translation>Prüfung: nächste Frage</translation>
        </message>
        <message>
            <source>Exam: flag this question for review</source>
            <translation>Prüfung: diese Frage zum Überprüfen markieren</translation>
        </message>
        <message>
            <source>Exam: go to the question palette</source>
            <translation>Prüfung: zur Fragenübersicht</translation>
        </message>
        <message>
            <source>Exam: hand in</source>
            <translation>Prüfung: abgeben</translation>
        </message>
        <message>
            <source>Question %1 of %2 · %3 answered</source>
            <translation>Frage %1 von %2 · %3 beantwortet</translation>
        </message>
        <message>
            <source>Hand in…  ⏎</source>
            <translation>Abgeben…  ⏎</translation>
        </message>
        <message>
            <source>Next ▶  ⏎</source>
            <translation>Weiter ▶  ⏎</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Nächste Frage</translation>
        </message>
        <message>
            <source>⚑ Flagged (Ctrl+F)</source>
            <translation>⚑ Markiert (Strg+F)</translation>
        </message>
        <message>
            <source>⚑ Flagged</source>
            <translation>⚑ Markiert</translation>
        </message>
        <message>
            <source>Flag for review (Ctrl+F)</source>
            <translation>Zum Überprüfen markieren (Strg+F)</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Flagged for review</source>
            <translation>Zum Überprüfen markiert</translation>
        </message>
        <message>
            <source>Flag for review</source>
            <translation>Zum Überprüfen markieren</translation>
        </message>
        <message>
            <source>Answer not saved</source>
            <translation>Nicht gespeicherte Antwort</translation>
        </message>
        <message>
            <source>Your exam could not be saved, so it stops here; the answers saved so far are kept.

%1</source>
            <translation>Deine Prüfung konnte nicht gespeichert werden, daher endet sie hier; die bisher gespeicherten Antworten bleiben erhalten.

%1</translation>
        </message>
        <message>
            <source>This exam does not let you go back to earlier questions.</source>
            <translation>Bei dieser Prüfung kannst du nicht zu früheren Fragen zurück.</translation>
        </message>
        <message>
            <source>Go on without an answer?</source>
            <translation>Ohne Antwort weitermachen?</translation>
        </message>
        <message>
            <source>Question %1 has no answer, and this exam does not let you come back to it. Go on anyway?</source>
            <translation>Frage %1 hat keine Antwort, und bei dieser Prüfung kannst du nicht zu ihr zurück. Trotzdem weitermachen?</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Restzeit: %1</translation>
        </message>
        <message>
            <source>⚠ 1 minute left.</source>
            <translation>⚠ Noch 1 Minute.</translation>
        </message>
        <message>
            <source>⚠ %1 minutes left.</source>
            <translation>⚠ Noch %1 Minuten.</translation>
        </message>
        <message>
            <source>Your answers are saved; when time is up they are handed in.</source>
            <translation>Deine Antworten sind gespeichert; wenn die Zeit um ist, werden sie abgegeben.</translation>
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation>Prüfung nicht abgegeben</translation>
        </message>
        <message>
            <source>Your answers are saved, but handing in could not be recorded; it is finished the next time quizapp starts.

%1</source>
            <translation>Deine Antworten sind gespeichert, aber die Abgabe konnte nicht vermerkt werden; sie wird beim nächsten Start von quizapp abgeschlossen.

%1</translation>
        </message>
    </context>
    <context>
        <name>ExamSeal</name>
        <message>
            <source>Not available during an exam: hand it in first.</source>
            <translation>Während einer Prüfung nicht verfügbar: Gib sie zuerst ab.</translation>
        </message>
    </context>
    <context>
        <name>ExamSetupDialog</name>
        <message>
            <source>Exam — %1</source>
            <translation>Prüfung — %1</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation>Zeitlimit in Minuten</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>Kein Zeitlimit</translation>
        </message>
        <message>
            <source>Learners may go back and change answers</source>
            <translation>Lernende dürfen zurückgehen und Antworten ändern</translation>
        </message>
        <message>
            <source>Until they hand in. Unticked, each question is answered once, in turn.</source>
            <translation>Bis zur Abgabe. Ohne Haken wird jede Frage einmal der Reihe nach beantwortet.</translation>
        </message>
        <message>
            <source>The same questions for every learner</source>
            <translation>Dieselben Fragen für alle Lernenden</translation>
        </message>
        <message>
            <source>Every learner of the class draws the same questions, on any computer, so the class report compares like with like; each learner still gets their own order. Untick it for a draw of each learner's own.</source>
            <translation>Alle Lernenden der Klasse ziehen dieselben Fragen, an jedem Computer, sodass der Klassenbericht Gleiches mit Gleichem vergleicht; jede(r) bekommt trotzdem eine eigene Reihenfolge. Ohne Haken zieht jede(r) eigene Fragen.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Draw of questions</source>
            <translation>Auswahl der Fragen</translation>
        </message>
        <message>
            <source>Automatic: one draw for this exam, the same on every computer. A number gives another draw (for a second class, or a second sitting).</source>
            <translation>Automatisch: eine Auswahl für diese Prüfung, an jedem Computer gleich. Eine Zahl ergibt eine andere Auswahl (für eine zweite Klasse oder einen zweiten Termin).</translation>
        </message>
        <message>
            <source>Each learner's own question order</source>
            <translation>Eigene Fragenreihenfolge für alle Lernenden</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Als Vorlage speichern…</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Vorlage löschen</translation>
        </message>
        <message>
            <source>&amp;Exam:</source>
            <translation>&amp;Prüfung:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>Zeit&amp;limit:</translation>
        </message>
        <message>
            <source>&amp;Draw:</source>
            <translation>&amp;Auswahl:</translation>
        </message>
        <message>
            <source>Start exam</source>
            <translation>Prüfung starten</translation>
        </message>
        <message>
            <source>in the pack</source>
            <translation>im Paket</translation>
        </message>
        <message>
            <source>saved here</source>
            <translation>hier gespeichert</translation>
        </message>
        <message>
            <source>Your own settings</source>
            <translation>Eigene Einstellungen</translation>
        </message>
        <message>
            <source>no time limit</source>
            <translation>kein Zeitlimit</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 questions, %2</source>
            <translation>%1 Fragen, %2</translation>
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation>Keine Frage passt zu dieser Auswahl.</translation>
        </message>
        <message>
            <source>Matching questions: %1 — the exam asks %2.</source>
            <translation>Passende Fragen: %1 — die Prüfung stellt %2.</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Als Vorlage speichern</translation>
        </message>
        <message>
            <source>Name of this exam:</source>
            <translation>Name dieser Prüfung:</translation>
        </message>
        <message>
            <source> (own)</source>
            <translation> (eigene)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Export history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n answer(s) to %1.</source>
            <translation>
                <numerusform>%n Antwort nach %1 exportiert.</numerusform>
                <numerusform>%n Antworten nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting your history to %1…</source>
            <translation>Dein Verlauf wird nach %1 exportiert…</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Fortschrittsbericht speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Bericht nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved the progress report to %1.</source>
            <translation>Fortschrittsbericht in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Writing the progress report to %1…</source>
            <translation>Fortschrittsbericht wird in %1 geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>I was right (Ctrl+I)</source>
            <translation>Ich hatte recht (Strg+I)</translation>
        </message>
        <message>
            <source>I was right</source>
            <translation>Ich hatte recht</translation>
        </message>
        <message>
            <source>Count this answer as right (Ctrl+I). Your teacher sees it among the flagged questions, to add your way of writing it to the accepted answers.</source>
            <translation>Diese Antwort als richtig zählen (Strg+I). Deine Lehrkraft sieht das unter den markierten Fragen, um deine Schreibweise zu den akzeptierten Antworten hinzuzufügen.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>≈  Almost — check your spelling and try once more</source>
            <translation>≈  Fast — prüfe die Schreibweise und versuche es noch einmal</translation>
        </message>
        <message>
            <source>✔  Counted as right — you said you were right</source>
            <translation>✔  Als richtig gezählt — du sagtest, du hattest recht</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — still misspelt on the second try</source>
            <translation>✘  Als falsch gewertet — auch beim zweiten Versuch falsch geschrieben</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — the second try was not right either</source>
            <translation>✘  Als falsch gewertet — auch der zweite Versuch war nicht richtig</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — close; check your spelling</source>
            <translation>✘  Als falsch gewertet — knapp daneben; prüfe die Schreibweise</translation>
        </message>
        <message>
            <source>Not quite</source>
            <translation>Nicht ganz</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n choice(s) right</source>
            <translation>
                <numerusform>%1 von %n Antwort richtig</numerusform>
                <numerusform>%1 von %n Antworten richtig</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 in the right place</source>
            <translation>%1 von %2 richtig</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Deine Antwort: %1</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>Richtige Antwort: %1</translation>
        </message>
    </context>
    <context>
        <name>FlagTableModel</name>
        <message>
            <source>(no longer in the pack)</source>
            <translation>(nicht mehr im Paket)</translation>
        </message>
        <message>
            <source>“I was right”: marked wrong, answered “%1”; add it to the accepted answers if it is right</source>
            <translation>„Ich hatte recht“: als falsch gewertet, Antwort „%1“; füge sie zu den akzeptierten Antworten hinzu, wenn sie richtig ist</translation>
        </message>
    </context>
    <context>
        <name>FlagsDialog</name>
        <message>
            <source>Flagged questions — %1</source>
            <translation>Markierte Fragen — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n flag(s) from learners who thought a question looked wrong</source>
            <translation>
                <numerusform>%n Markierung von Lernenden, die eine Frage für falsch hielten</numerusform>
                <numerusform>%n Markierungen von Lernenden, die eine Frage für falsch hielten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them “I was right” on a typed answer marked wrong</source>
            <translation>
                <numerusform>davon %n „Ich hatte recht“ bei einer als falsch gewerteten getippten Antwort</numerusform>
                <numerusform>davon %n „Ich hatte recht“ bei einer als falsch gewerteten getippten Antwort</numerusform>
            </translation>
        </message>
        <message>
            <source>Check each against the source and fix the pack file.</source>
            <translation>Prüfe jede anhand der Quelle und korrigiere die Paketdatei.</translation>
        </message>
        <message>
            <source>No question of this pack has been flagged.</source>
            <translation>Keine Frage dieses Pakets wurde markiert.</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Markierte Fragen</translation>
        </message>
        <message>
            <source>Question, comment, learner and date of each flag</source>
            <translation>Frage, Kommentar, Lernende(r) und Datum jeder Markierung</translation>
        </message>
    </context>
    <context>
        <name>HelpOverlay</name>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>HistoryBackups</name>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Aus &amp;Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>Es wurde keine Sicherung erstellt: %1</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Your history as it was is kept as the backup %1.</source>
            <translation>Dein bisheriger Verlauf ist als Sicherung %1 aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>none scheduled</source>
            <translation>noch nicht geplant</translation>
        </message>
        <message>
            <source>in under a minute</source>
            <translation>in weniger als einer Minute</translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>in %n Min.</numerusform>
                <numerusform>in %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>in %n Std.</numerusform>
                <numerusform>in %n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Every answer explained, every explanation proved by its source.</source>
            <translation>Jede Antwort erklärt, jede Erklärung durch ihre Quelle belegt.</translation>
        </message>
        <message>
            <source>&amp;Learner:</source>
            <translation>&amp;Lernende(r):</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Neue(r) Lernende(r)…</translation>
        </message>
        <message>
            <source>Rename or delete this learner</source>
            <translation>Diese(n) Lernende(n) umbenennen oder löschen</translation>
        </message>
        <message>
            <source>Learner actions</source>
            <translation>Aktionen für Lernende</translation>
        </message>
        <message>
            <source>Rename learner…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Delete learner…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Packs</source>
            <translation>Pakete</translation>
        </message>
        <message>
            <source>Arrow keys choose a pack; Enter starts it in the chosen mode</source>
            <translation>Pfeiltasten wählen ein Paket; Enter startet es im gewählten Modus</translation>
        </message>
        <message>
            <source>Loading packs…</source>
            <translation>Pakete werden geladen…</translation>
        </message>
        <message>
            <source>Drop a pack file (.yaml or .quizpack) anywhere on this window, or use Open pack… (Ctrl+O).</source>
            <translation>Ziehe eine Paketdatei (.yaml oder .quizpack) irgendwo auf dieses Fenster oder nutze Paket öffnen… (Strg+O).</translation>
        </message>
        <message>
            <source>Open pack…</source>
            <translation>Paket öffnen…</translation>
        </message>
        <message>
            <source>Open a pack file (Ctrl+O)</source>
            <translation>Eine Paketdatei öffnen (Strg+O)</translation>
        </message>
        <message>
            <source>Read the source</source>
            <translation>Quelle lesen</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Your progress (Ctrl+T)</source>
            <translation>Dein Fortschritt (Strg+T)</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Markierte Fragen</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modus:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start the selected pack in the chosen mode (Enter)</source>
            <translation>Das gewählte Paket im gewählten Modus starten (Enter)</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Üben</translation>
        </message>
        <message numerus="yes">
            <source>Practice — all %n question(s)</source>
            <translation>
                <numerusform>Üben — alle %n Frage</numerusform>
                <numerusform>Üben — alle %n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>Review mistakes — %1</source>
            <translation>Fehler wiederholen — %1</translation>
        </message>
        <message>
            <source>Due today — %1 due, %2 new</source>
            <translation>Heute fällig — %1 fällig, %2 neu</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Eigenes…</translation>
        </message>
        <message>
            <source>Exam…</source>
            <translation>Prüfung…</translation>
        </message>
        <message>
            <source>Spaced repetition: %1 due now, %2 new today; next review %3. Mistakes to review: %4.</source>
            <translation>Verteilte Wiederholung: %1 jetzt fällig, %2 neu heute; nächste Wiederholung %3. Fehler zum Wiederholen: %4.</translation>
        </message>
        <message>
            <source>Flagged questions (%1)</source>
            <translation>Markierte Fragen (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) ready.</source>
            <translation>
                <numerusform>%n Paket bereit.</numerusform>
                <numerusform>%n Pakete bereit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be loaded (hover for why).</source>
            <translation>
                <numerusform>%n konnte nicht geladen werden (Mauszeiger darauf zeigt, warum).</numerusform>
                <numerusform>%n konnten nicht geladen werden (Mauszeiger darauf zeigt, warum).</numerusform>
            </translation>
        </message>
        <message>
            <source>This pack cannot be used:</source>
            <translation>Dieses Paket kann nicht verwendet werden:</translation>
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Host a live session</source>
            <translation>Eine Live-Sitzung leiten</translation>
        </message>
        <message>
            <source>Only this computer (%1)</source>
            <translation>Nur dieser Computer (%1)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>No countdown</source>
            <translation>Kein Countdown</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Show a po&amp;dium of the top three at the end</source>
            <translation>Am Ende ein Po&amp;dest der besten drei zeigen</translation>
        </message>
        <message>
            <source>Show the questions &amp;full screen (F11 switches)</source>
            <translation>Fragen im &amp;Vollbild zeigen (F11 wechselt)</translation>
        </message>
        <message>
            <source>Students open the address shown next, on any device on the same network, and type the PIN. Nothing leaves this computer.</source>
            <translation>Die Lernenden öffnen die gleich angezeigte Adresse auf einem beliebigen Gerät im selben Netzwerk und geben die PIN ein. Nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Netzwerk:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Fragen:</translation>
        </message>
        <message>
            <source>&amp;Time per question:</source>
            <translation>&amp;Zeit pro Frage:</translation>
        </message>
        <message>
            <source>Start hosting</source>
            <translation>Sitzung starten</translation>
        </message>
    </context>
    <context>
        <name>InteropActions</name>
        <message>
            <source>Skipped and changed questions</source>
            <translation>Übersprungene und geänderte Fragen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy every message as FILE:LINE: warning: …</source>
            <translation>Alle Meldungen als DATEI:ZEILE: warning: … kopieren</translation>
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation>Fragen &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport pack…</source>
            <translation>Paket e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Fragen importieren</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>%1 could not be imported:</source>
            <translation>%1 konnte nicht importiert werden:</translation>
        </message>
        <message>
            <source>Line %1: </source>
            <translation>Zeile %1: </translation>
        </message>
        <message>
            <source>No question of %1 could be imported. The reasons, by line:</source>
            <translation>Keine Frage aus %1 konnte importiert werden. Die Gründe, nach Zeile:</translation>
        </message>
        <message>
            <source>Save the new pack</source>
            <translation>Das neue Paket speichern</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml)</source>
            <translation>Quiz-Pakete (*.yaml)</translation>
        </message>
        <message>
            <source>Pack not saved</source>
            <translation>Paket nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation>
                <numerusform>%n Frage in %1 importiert.</numerusform>
                <numerusform>%n Fragen in %1 importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be imported; the reasons are listed below with their line in the file.</source>
            <translation>
                <numerusform>%n Frage konnte nicht importiert werden; die Gründe stehen unten mit ihrer Zeile in der Datei.</numerusform>
                <numerusform>%n Fragen konnten nicht importiert werden; die Gründe stehen unten mit ihrer Zeile in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some questions were changed on the way (see below).</source>
            <translation>Einige Fragen wurden unterwegs geändert (siehe unten).</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Fragen importiert</translation>
        </message>
        <message>
            <source>Export pack</source>
            <translation>Paket exportieren</translation>
        </message>
        <message>
            <source>Choose a pack that opens without errors first.</source>
            <translation>Wähle zuerst ein Paket, das sich ohne Fehler öffnet.</translation>
        </message>
        <message>
            <source>Export “%1” as:</source>
            <translation>„%1“ exportieren als:</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be written in this format.</source>
            <translation>
                <numerusform>%n Frage konnte in diesem Format nicht geschrieben werden.</numerusform>
                <numerusform>%n Fragen konnten in diesem Format nicht geschrieben werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pack exported</source>
            <translation>Paket exportiert</translation>
        </message>
        <message>
            <source>What the format could not hold, by question:</source>
            <translation>Was das Format nicht aufnehmen konnte, nach Frage:</translation>
        </message>
    </context>
    <context>
        <name>JoinWindow</name>
        <message>
            <source>Join a live session</source>
            <translation>An einer Live-Sitzung teilnehmen</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Teilnehmen</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Antwort senden</translation>
        </message>
        <message>
            <source>Type the address the teacher shows, like 192.168.1.20:8765</source>
            <translation>Gib die Adresse ein, die die Lehrkraft zeigt, etwa 192.168.1.20:8765</translation>
        </message>
        <message>
            <source>Connection lost. Reconnecting…</source>
            <translation>Verbindung verloren. Neu verbinden…</translation>
        </message>
        <message>
            <source>You're in! Waiting for the teacher to start.</source>
            <translation>Du bist dabei! Warte, bis die Lehrkraft beginnt.</translation>
        </message>
        <message>
            <source>Answer received. Wait for the reveal.</source>
            <translation>Antwort erhalten. Warte auf die Auflösung.</translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Die Zeit ist um.</translation>
        </message>
        <message>
            <source>The quiz is over: %1 of %2 right.</source>
            <translation>Das Quiz ist vorbei: %1 von %2 richtig.</translation>
        </message>
        <message>
            <source>Give a complete answer first.</source>
            <translation>Gib zuerst eine vollständige Antwort.</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Deine Antwort: %1</translation>
        </message>
        <message>
            <source>Right answer: %1</source>
            <translation>Richtige Antwort: %1</translation>
        </message>
        <message>
            <source>From the source — %1</source>
            <translation>Aus der Quelle — %1</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>Punkte: %1</translation>
        </message>
    </context>
    <context>
        <name>KeyRepairs</name>
        <message>
            <source>“%1” is not a key of %2.</source>
            <translation>„%1“ ist kein Schlüssel von %2.</translation>
        </message>
        <message>
            <source>Add the colon: %1: …</source>
            <translation>Doppelpunkt ergänzen: %1: …</translation>
        </message>
        <message>
            <source>Add the missing colon after %1</source>
            <translation>Den fehlenden Doppelpunkt nach %1 ergänzen</translation>
        </message>
        <message>
            <source>Add the colon after %1</source>
            <translation>Den Doppelpunkt nach %1 ergänzen</translation>
        </message>
        <message>
            <source>Remove this key</source>
            <translation>Diesen Schlüssel entfernen</translation>
        </message>
        <message>
            <source>Remove the key %1</source>
            <translation>Den Schlüssel %1 entfernen</translation>
        </message>
    </context>
    <context>
        <name>KeyboardHelp</name>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Umschalt+Tab</translation>
        </message>
        <message>
            <source>Next / previous control</source>
            <translation>Nächstes / vorheriges Bedienelement</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Press the focused button; elsewhere the screen's main action</source>
            <translation>Die fokussierte Schaltfläche drücken; sonst die Hauptaktion der Seite</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Press the focused button, tick the focused box</source>
            <translation>Die fokussierte Schaltfläche drücken, das fokussierte Kästchen ankreuzen</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close a dialog; leave the quiz (answers are saved); back to the packs</source>
            <translation>Einen Dialog schließen; das Quiz verlassen (Antworten sind gespeichert); zurück zu den Paketen</translation>
        </message>
        <message>
            <source>Move inside a table, list or drop-down list</source>
            <translation>In einer Tabelle, Liste oder Auswahlliste bewegen</translation>
        </message>
        <message>
            <source>Start the selected pack in the chosen mode</source>
            <translation>Das gewählte Paket im gewählten Modus starten</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <source>Pick a choice (toggle one for "choose all that apply")</source>
            <translation>Eine Antwort wählen (bei „alle zutreffenden“ umschalten)</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Check the answer; Enter again goes on</source>
            <translation>Die Antwort prüfen; erneut Enter geht weiter</translation>
        </message>
        <message>
            <source>Move the selected item up or down (ordering questions)</source>
            <translation>Das gewählte Element nach oben oder unten schieben (Reihenfolge-Fragen)</translation>
        </message>
        <message>
            <source>(undescribed)</source>
            <translation>(ohne Beschreibung)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Read aloud</source>
            <translation>&amp;Vorlesen</translation>
        </message>
        <message>
            <source>Read the question, its choices and the feedback aloud (%1)</source>
            <translation>Die Frage, ihre Antworten und die Rückmeldung vorlesen (%1)</translation>
        </message>
    </context>
    <context>
        <name>Learners</name>
        <message>
            <source>Guest (keeps nothing)</source>
            <translation>Gast (speichert nichts)</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Lernende(r)</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Lernende(n) umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Cannot rename</source>
            <translation>Umbenennen nicht möglich</translation>
        </message>
        <message>
            <source>Delete learner?</source>
            <translation>Lernende(n) löschen?</translation>
        </message>
        <message>
            <source>Delete “%1” and all of their history, statistics and review schedule? This cannot be undone.</source>
            <translation>„%1“ mit dem ganzen Verlauf, der Statistik und dem Wiederholungsplan löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Add a row to %1</source>
            <translation>Eine Zeile zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove the selected row of %1</source>
            <translation>Die gewählte Zeile von %1 entfernen</translation>
        </message>
        <message>
            <source>Move up the selected row of %1</source>
            <translation>Die gewählte Zeile von %1 nach oben schieben</translation>
        </message>
        <message>
            <source>Move down the selected row of %1</source>
            <translation>Die gewählte Zeile von %1 nach unten schieben</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>richtig</translation>
        </message>
    </context>
    <context>
        <name>LiveActions</name>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Klasse</translation>
        </message>
        <message>
            <source>&amp;Host a live session…</source>
            <translation>Live-Sitzung &amp;leiten…</translation>
        </message>
        <message>
            <source>&amp;Join a live session…</source>
            <translation>An Live-Sitzung &amp;teilnehmen…</translation>
        </message>
        <message>
            <source>The live session cannot start</source>
            <translation>Die Live-Sitzung kann nicht beginnen</translation>
        </message>
        <message>
            <source>%1

Choose another port or network and try again.</source>
            <translation>%1

Wähle einen anderen Port oder ein anderes Netzwerk und versuche es erneut.</translation>
        </message>
        <message>
            <source>Continue the live session?</source>
            <translation>Live-Sitzung fortsetzen?</translation>
        </message>
        <message numerus="yes">
            <source>A live session was interrupted at question %1 with %n student(s). Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</source>
            <translation>
                <numerusform>Eine Live-Sitzung wurde bei Frage %1 mit %n Lernenden unterbrochen. Fortsetzen? Die Seiten der Lernenden verbinden sich von selbst neu.

Wähle Nein, um sie zu beenden und ihre Ergebnisse zu speichern.</numerusform>
                <numerusform>Eine Live-Sitzung wurde bei Frage %1 mit %n Lernenden unterbrochen. Fortsetzen? Die Seiten der Lernenden verbinden sich von selbst neu.

Wähle Nein, um sie zu beenden und ihre Ergebnisse zu speichern.</numerusform>
            </translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Neue Adresse</translation>
        </message>
        <message>
            <source>The interrupted live session's results are saved in %1</source>
            <translation>Die Ergebnisse der unterbrochenen Live-Sitzung sind in %1 gespeichert</translation>
        </message>
        <message>
            <source>The live session cannot be continued</source>
            <translation>Die Live-Sitzung kann nicht fortgesetzt werden</translation>
        </message>
    </context>
    <context>
        <name>LiveExtras</name>
        <message>
            <source>Joined students</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>QR code of the address %1</source>
            <translation>QR-Code der Adresse %1</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) joined</source>
            <translation>
                <numerusform>%n Lernende(r) beigetreten</numerusform>
                <numerusform>%n Lernende beigetreten</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers so far</source>
            <translation>Bisherige Antworten</translation>
        </message>
        <message numerus="yes">
            <source>of %n answered</source>
            <translation>
                <numerusform>von %n beantwortet</numerusform>
                <numerusform>von %n beantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone has answered</source>
            <translation>Alle haben geantwortet</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 von %n beantwortet</numerusform>
                <numerusform>%1 von %n beantwortet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n right</source>
            <translation>
                <numerusform>%1 von %n richtig</numerusform>
                <numerusform>%1 von %n richtig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n did not answer</source>
            <translation>
                <numerusform>%n hat nicht geantwortet</numerusform>
                <numerusform>%n haben nicht geantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Lernende(r)</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Time (s)</source>
            <translation>Zeit (s)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Results per student</source>
            <translation>Ergebnisse pro Person</translation>
        </message>
    </context>
    <context>
        <name>LiveWidgets</name>
        <message>
            <source>%1 (away)</source>
            <translation>%1 (weg)</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Wahr</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Almost</source>
            <translation>Fast</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>right</source>
            <translation>richtig</translation>
        </message>
        <message>
            <source>almost (a spelling slip, counted wrong)</source>
            <translation>fast (ein Schreibfehler, als falsch gezählt)</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>falsch</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Answers chart</source>
            <translation>Antwortdiagramm</translation>
        </message>
        <message>
            <source> (right)</source>
            <translation> (richtig)</translation>
        </message>
    </context>
    <context>
        <name>LiveWindow</name>
        <message>
            <source>Live session — %1</source>
            <translation>Live-Sitzung — %1</translation>
        </message>
        <message>
            <source>Live session</source>
            <translation>Live-Sitzung</translation>
        </message>
        <message>
            <source>Space, Enter</source>
            <translation>Leertaste, Enter</translation>
        </message>
        <message>
            <source>Start; reveal the answer and how the class answered; then why and the source; then the next question</source>
            <translation>Starten; die Antwort und das Klassenergebnis zeigen; dann das Warum und die Quelle; dann die nächste Frage</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>Full screen, or a window on this screen</source>
            <translation>Vollbild oder ein Fenster auf diesem Bildschirm</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation>Bildschirm ausblenden und zurück</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation>Dunkle Schrift auf Weiß oder helle Schrift auf Schwarz</translation>
        </message>
        <message>
            <source>↑  ↓</source>
            <translation>↑  ↓</translation>
        </message>
        <message>
            <source>Scroll a slide too long for the screen, or the results</source>
            <translation>Eine für den Bildschirm zu lange Folie oder die Ergebnisse scrollen</translation>
        </message>
        <message>
            <source>O</source>
            <translation>O</translation>
        </message>
        <message>
            <source>Open the folder of results files (at the end)</source>
            <translation>Den Ordner der Ergebnisdateien öffnen (am Ende)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation>Diese Tasten zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>End the session (after asking); close it at the end</source>
            <translation>Die Sitzung beenden (nach Rückfrage); am Ende schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s per question</source>
            <translation>
                <numerusform>%n s pro Frage</numerusform>
                <numerusform>%n s pro Frage</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN %1</source>
            <translation>PIN %1</translation>
        </message>
        <message>
            <source>Open this address in the browser of a phone, tablet or computer on this network (or scan the code), then type the PIN and your name.</source>
            <translation>Öffne diese Adresse im Browser eines Handys, Tablets oder Computers in diesem Netzwerk (oder scanne den Code) und gib dann die PIN und deinen Namen ein.</translation>
        </message>
        <message>
            <source>Address %1, PIN %2</source>
            <translation>Adresse %1, PIN %2</translation>
        </message>
        <message>
            <source>Answer: %1. %2</source>
            <translation>Antwort: %1. %2</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1.</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2.</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3.</translation>
        </message>
        <message numerus="yes">
            <source>%1  %2 — %n right</source>
            <translation>
                <numerusform>%1  %2 — %n richtig</numerusform>
                <numerusform>%1  %2 — %n richtig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) took part</source>
            <translation>
                <numerusform>%n Lernende(r) hat teilgenommen</numerusform>
                <numerusform>%n Lernende haben teilgenommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average %1 of %n right</source>
            <translation>
                <numerusform>Im Schnitt %1 von %n richtig</numerusform>
                <numerusform>Im Schnitt %1 von %n richtig</numerusform>
            </translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n results file(s) in %1…</source>
            <translation>
                <numerusform>%n Ergebnisdatei wird in %1 gespeichert…</numerusform>
                <numerusform>%n Ergebnisdateien werden in %1 gespeichert…</numerusform>
            </translation>
        </message>
        <message>
            <source>The results could not be saved.</source>
            <translation>Die Ergebnisse konnten nicht gespeichert werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n results file(s) saved in %1</source>
            <translation>
                <numerusform>%n Ergebnisdatei in %1 gespeichert</numerusform>
                <numerusform>%n Ergebnisdateien in %1 gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Space, Esc: close</source>
            <translation>Leertaste, Esc: schließen</translation>
        </message>
        <message>
            <source>O: open the results folder</source>
            <translation>O: Ergebnisordner öffnen</translation>
        </message>
        <message>
            <source>F1: keys</source>
            <translation>F1: Tasten</translation>
        </message>
        <message>
            <source>Space: start</source>
            <translation>Leertaste: starten</translation>
        </message>
        <message>
            <source>Waiting for students</source>
            <translation>Warte auf Lernende</translation>
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation>Leertaste: Antwort zeigen</translation>
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation>Leertaste: Warum und die Quelle</translation>
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation>Leertaste: mehr aus der Quelle</translation>
        </message>
        <message>
            <source>Space: finish</source>
            <translation>Leertaste: beenden</translation>
        </message>
        <message>
            <source>Space: next question</source>
            <translation>Leertaste: nächste Frage</translation>
        </message>
        <message>
            <source>Esc: end the session</source>
            <translation>Esc: Sitzung beenden</translation>
        </message>
        <message>
            <source>Results not saved</source>
            <translation>Ergebnisse nicht gespeichert</translation>
        </message>
        <message>
            <source>The results could not be saved in %1: %2</source>
            <translation>Die Ergebnisse konnten nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>End the live session?</source>
            <translation>Die Live-Sitzung beenden?</translation>
        </message>
        <message>
            <source>Students will not be able to answer any more. Their results are saved.</source>
            <translation>Die Lernenden können dann nicht mehr antworten. Ihre Ergebnisse werden gespeichert.</translation>
        </message>
        <message>
            <source>Answers cannot be saved</source>
            <translation>Antworten können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The session's answers can no longer be written to disk (%1). End the session to save the results you have.</source>
            <translation>Die Antworten der Sitzung können nicht mehr auf die Festplatte geschrieben werden (%1). Beende die Sitzung, um die vorhandenen Ergebnisse zu speichern.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>Paket ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Export history as &amp;CSV…</source>
            <translation>Verlauf als &amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Save progress &amp;report as PDF…</source>
            <translation>Fortschrittsbericht als &amp;PDF speichern…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>B&amp;eenden</translation>
        </message>
        <message>
            <source>&amp;Learner</source>
            <translation>&amp;Lernende</translation>
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation>&amp;Neue(r) Lernende(r)…</translation>
        </message>
        <message>
            <source>&amp;Rename learner…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Delete learner…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Statistik</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About quizapp</source>
            <translation>Ü&amp;ber quizapp</translation>
        </message>
        <message>
            <source>A pack could not be opened as listed; the list is read again.</source>
            <translation>Ein Paket ließ sich nicht wie aufgeführt öffnen; die Liste wird neu gelesen.</translation>
        </message>
        <message numerus="yes">
            <source>Loading packs… %n read</source>
            <translation>
                <numerusform>Pakete werden geladen… %n gelesen</numerusform>
                <numerusform>Pakete werden geladen… %n gelesen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n to go</source>
            <translation>
                <numerusform>, %n fehlt noch</numerusform>
                <numerusform>, %n fehlen noch</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Open a quiz pack</source>
            <translation>Ein Quiz-Paket öffnen</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml *.quizpack);;All files (*)</source>
            <translation>Quiz-Pakete (*.yaml *.yml *.quizpack);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation>%1 kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>%1 is open, but %2.</source>
            <translation>%1 ist geöffnet, aber %2.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 wird geprüft…</translation>
        </message>
        <message>
            <source>Leave the quiz first (Esc); your answers are saved.</source>
            <translation>Verlasse zuerst das Quiz (Esc); deine Antworten sind gespeichert.</translation>
        </message>
        <message>
            <source>Cannot use that name</source>
            <translation>Dieser Name geht nicht</translation>
        </message>
        <message>
            <source>New learner</source>
            <translation>Neue(r) Lernende(r)</translation>
        </message>
        <message>
            <source>Name of the new learner:</source>
            <translation>Name der/des neuen Lernenden:</translation>
        </message>
        <message>
            <source>Deleted learner %1.</source>
            <translation>%1 gelöscht.</translation>
        </message>
        <message>
            <source>No questions to ask in this mode right now. Try Practice, or come back when reviews are due.</source>
            <translation>In diesem Modus gibt es gerade keine Fragen. Versuche Üben oder komm wieder, wenn Wiederholungen fällig sind.</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>Das Quiz kann nicht beginnen</translation>
        </message>
        <message>
            <source>Flag this question</source>
            <translation>Diese Frage markieren</translation>
        </message>
        <message>
            <source>What looks wrong? (optional, for the pack's author)</source>
            <translation>Was sieht falsch aus? (freiwillig, für die Person, die das Paket verfasst hat)</translation>
        </message>
        <message>
            <source>Flag not saved</source>
            <translation>Markierung nicht gespeichert</translation>
        </message>
        <message>
            <source>Flagged — thank you. Teachers see it under Flagged questions.</source>
            <translation>Markiert — danke. Lehrkräfte sehen es unter Markierte Fragen.</translation>
        </message>
        <message>
            <source>Your answers are saved and you can resume later.</source>
            <translation>Deine Antworten sind gespeichert, du kannst später weitermachen.</translation>
        </message>
        <message>
            <source>%1 of them could not be saved; the other %2 are saved.</source>
            <translation>%1 davon konnten nicht gespeichert werden; die anderen %2 sind gespeichert.</translation>
        </message>
        <message>
            <source>Leave this quiz?</source>
            <translation>Dieses Quiz verlassen?</translation>
        </message>
        <message numerus="yes">
            <source>You have answered %1 of %n question(s).</source>
            <translation>
                <numerusform>Du hast %1 von %n Frage beantwortet.</numerusform>
                <numerusform>Du hast %1 von %n Fragen beantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>Quiz verlassen?</translation>
        </message>
        <message>
            <source>Opening statistics…</source>
            <translation>Statistik wird geöffnet…</translation>
        </message>
        <message>
            <source>Reading the packs for the report…</source>
            <translation>Die Pakete für den Bericht werden gelesen…</translation>
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Match for: %1</source>
            <translation>Passend zu: %1</translation>
        </message>
        <message>
            <source>Item %1 of %2; arrow keys choose its match, Tab goes to the next item</source>
            <translation>Element %1 von %2; Pfeiltasten wählen das Passende, Tab geht zum nächsten Element</translation>
        </message>
        <message>
            <source>Match each item on the left: Tab between the lists, arrow keys choose. Then Enter.</source>
            <translation>Ordne jedes Element links zu: Tab wechselt zwischen den Listen, Pfeiltasten wählen. Dann Enter.</translation>
        </message>
        <message>
            <source>Matches to choose from: %1</source>
            <translation>Zur Auswahl: %1</translation>
        </message>
        <message>
            <source>right</source>
            <translation>richtig</translation>
        </message>
        <message>
            <source>wrong, the right match is %1</source>
            <translation>falsch, richtig wäre %1</translation>
        </message>
    </context>
    <context>
        <name>NewPackDialog</name>
        <message>
            <source>Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</source>
            <translation>Texte (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>New pack from a text</source>
            <translation>Neues Paket aus einem Text</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>Neues Paket</translation>
        </message>
        <message>
            <source>Text to cite</source>
            <translation>Zu zitierender Text</translation>
        </message>
        <message>
            <source>optional: a .md, .txt or .html file</source>
            <translation>optional: eine .md-, .txt- oder .html-Datei</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Folder for the new pack</source>
            <translation>Ordner für das neue Paket</translation>
        </message>
        <message>
            <source>Pack id</source>
            <translation>Paket-ID</translation>
        </message>
        <message>
            <source>&amp;Text to cite</source>
            <translation>Zu zitierender &amp;Text</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Ordner</translation>
        </message>
        <message>
            <source>Pack &amp;id</source>
            <translation>Paket-&amp;ID</translation>
        </message>
        <message>
            <source>quizapp copies the text into the folder as source.md, with an id on every paragraph, and starts the pack with one cited example question of each type for you to rewrite.</source>
            <translation>quizapp kopiert den Text als source.md in den Ordner, mit einer ID an jedem Absatz, und beginnt das Paket mit einer zitierten Beispielfrage jedes Typs, die du umschreiben kannst.</translation>
        </message>
        <message>
            <source>&amp;Create and edit</source>
            <translation>&amp;Erstellen und bearbeiten</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Browse for %1</source>
            <translation>%1 durchsuchen</translation>
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation>Der Text, den deine Fragen zitieren</translation>
        </message>
        <message>
            <source>Choose a folder for the new pack.</source>
            <translation>Wähle einen Ordner für das neue Paket.</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Zu ordnende Elemente</translation>
        </message>
        <message>
            <source>Move up (Alt+↑)</source>
            <translation>Nach oben (Alt+↑)</translation>
        </message>
        <message>
            <source>Move down (Alt+↓)</source>
            <translation>Nach unten (Alt+↓)</translation>
        </message>
        <message>
            <source>Put the items in order: drag them, or select one and press Alt+↑ / Alt+↓. Press Enter when done.</source>
            <translation>Bringe die Elemente in die richtige Reihenfolge: Ziehe sie oder wähle eines und drücke Alt+↑ / Alt+↓. Drücke Enter, wenn du fertig bist.</translation>
        </message>
        <message>
            <source>(belongs at: %1)</source>
            <translation>(gehört an: %1)</translation>
        </message>
        <message>
            <source>Your order, marked: %1</source>
            <translation>Deine Reihenfolge, bewertet: %1</translation>
        </message>
    </context>
    <context>
        <name>PackDetailsDialog</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Id (history is kept under it)</source>
            <translation>&amp;ID (der Verlauf wird darunter geführt)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Version</translation>
        </message>
        <message>
            <source>Source &amp;file (beside the pack)</source>
            <translation>Quell&amp;datei (neben dem Paket)</translation>
        </message>
        <message>
            <source>Source t&amp;itle</source>
            <translation>Titel der &amp;Quelle</translation>
        </message>
        <message>
            <source>&amp;Publisher or author</source>
            <translation>&amp;Herausgeber oder Autor(in)</translation>
        </message>
        <message>
            <source>Li&amp;cense</source>
            <translation>&amp;Lizenz</translation>
        </message>
        <message>
            <source>License &amp;address</source>
            <translation>Lizenz-&amp;URL</translation>
        </message>
        <message>
            <source>Where it was &amp;published</source>
            <translation>&amp;Wo es veröffentlicht wurde</translation>
        </message>
        <message>
            <source>Pack details</source>
            <translation>Paketangaben</translation>
        </message>
        <message>
            <source>&amp;Authors (comma-separated)</source>
            <translation>&amp;Autor(inn)en (durch Komma getrennt)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <source>The attribution below is shown with every quote; most licenses (Creative Commons among them) require it.</source>
            <translation>Die Quellenangabe unten wird mit jedem Zitat gezeigt; die meisten Lizenzen (darunter Creative Commons) verlangen das.</translation>
        </message>
    </context>
    <context>
        <name>PackEditor</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Duplicate question</source>
            <translation>Frage &amp;duplizieren</translation>
        </message>
        <message>
            <source>De&amp;lete question</source>
            <translation>Frage &amp;löschen</translation>
        </message>
        <message>
            <source>Move question &amp;up</source>
            <translation>Frage nach &amp;oben</translation>
        </message>
        <message>
            <source>Move question do&amp;wn</source>
            <translation>Frage nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Cite selection</source>
            <translation>Auswahl &amp;zitieren</translation>
        </message>
        <message>
            <source>&amp;Preview as a learner</source>
            <translation>&amp;Vorschau als Lernende(r)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Pack &amp;details…</source>
            <translation>Paket&amp;angaben…</translation>
        </message>
        <message>
            <source>Attach a source &amp;text…</source>
            <translation>&amp;Quelltext anhängen…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Frage</translation>
        </message>
        <message>
            <source>Go to the question &amp;list</source>
            <translation>Zur Fragen&amp;liste</translation>
        </message>
        <message>
            <source>Go to the &amp;form</source>
            <translation>Zum &amp;Formular</translation>
        </message>
        <message>
            <source>Go to the &amp;source text</source>
            <translation>Zum &amp;Quelltext</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>Frage &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>%1[*] — Edit pack — quizapp</source>
            <translation>%1[*] — Paket bearbeiten — quizapp</translation>
        </message>
        <message>
            <source>The pack: </source>
            <translation>Das Paket: </translation>
        </message>
        <message>
            <source>Checks — ✘ errors: %1, ⚠ warnings: %2</source>
            <translation>Prüfungen — ✘ Fehler: %1, ⚠ Warnungen: %2</translation>
        </message>
        <message>
            <source>Checks — no problems: the pack is ready to play</source>
            <translation>Prüfungen — keine Probleme: Das Paket ist bereit</translation>
        </message>
        <message>
            <source>Add %1 question</source>
            <translation>Frage vom Typ %1 hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate question</source>
            <translation>Frage duplizieren</translation>
        </message>
        <message>
            <source>Select or add a question to cite for.</source>
            <translation>Wähle eine Frage zum Zitieren oder füge eine hinzu.</translation>
        </message>
        <message>
            <source>This question already cites those words.</source>
            <translation>Diese Frage zitiert diese Wörter bereits.</translation>
        </message>
        <message>
            <source>Cited passage %1: “%2”</source>
            <translation>Zitierte Stelle %1: „%2“</translation>
        </message>
        <message>
            <source>Fix this question's errors to preview it.</source>
            <translation>Behebe die Fehler dieser Frage, um die Vorschau zu sehen.</translation>
        </message>
        <message>
            <source>Form (Ctrl+2)</source>
            <translation>Formular (Strg+2)</translation>
        </message>
        <message>
            <source>Source text (Ctrl+3)</source>
            <translation>Quelltext (Strg+3)</translation>
        </message>
    </context>
    <context>
        <name>PackIdentity</name>
        <message>
            <source>Same pack or a copy?</source>
            <translation>Dasselbe Paket oder eine Kopie?</translation>
        </message>
        <message>
            <source>Another pack file already uses the id “%1”.</source>
            <translation>Eine andere Paketdatei verwendet bereits die ID „%1“.</translation>
        </message>
        <message>
            <source>Is this the same pack, moved or updated? Then learners' history carries on. Or is it a copy to adapt? Then it gets its own id and its own history.</source>
            <translation>Ist das dasselbe Paket, verschoben oder aktualisiert? Dann läuft der Verlauf der Lernenden weiter. Oder ist es eine Kopie zum Anpassen? Dann bekommt sie eine eigene ID und einen eigenen Verlauf.</translation>
        </message>
        <message>
            <source>This pack: %1</source>
            <translation>Dieses Paket: %1</translation>
        </message>
        <message>
            <source>The other file: %1</source>
            <translation>Die andere Datei: %1</translation>
        </message>
        <message>
            <source>&amp;Same pack — share history</source>
            <translation>&amp;Dasselbe Paket — Verlauf teilen</translation>
        </message>
        <message>
            <source>A &amp;copy — give it a new id</source>
            <translation>Eine &amp;Kopie — neue ID vergeben</translation>
        </message>
    </context>
    <context>
        <name>PackProblemsDialog</name>
        <message>
            <source>This pack cannot be opened</source>
            <translation>Dieses Paket kann nicht geöffnet werden</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</source>
            <translation>
                <numerusform>%n Problem in %1 muss behoben werden, bevor es verwendet werden kann. Behebe es in der Datei und öffne sie erneut; auch 'quizapp validate' listet es auf.</numerusform>
                <numerusform>%n Probleme in %1 müssen behoben werden, bevor es verwendet werden kann. Behebe sie in der Datei und öffne sie erneut; auch 'quizapp validate' listet sie auf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: 'Copy all' copies every one.</source>
            <translation>
                <numerusform>… und %n weiteres: 'Alles kopieren' kopiert jedes.</numerusform>
                <numerusform>… und %n weitere: 'Alles kopieren' kopiert jedes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the pack</source>
            <translation>Probleme im Paket</translation>
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation>Alles &amp;kopieren</translation>
        </message>
    </context>
    <context>
        <name>PackTableModel</name>
        <message>
            <source>Bundled</source>
            <translation>Mitgeliefert</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
    </context>
    <context>
        <name>PaletteModel</name>
        <message>
            <source>answered</source>
            <translation>beantwortet</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>flagged for review</source>
            <translation>zum Überprüfen markiert</translation>
        </message>
        <message>
            <source>on screen</source>
            <translation>auf dem Bildschirm</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Frage %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PaletteView</name>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Every question of the exam: answered, not answered or flagged for review. Arrow keys move, Enter opens the question.</source>
            <translation>Alle Fragen der Prüfung: beantwortet, nicht beantwortet oder zum Überprüfen markiert. Pfeiltasten bewegen, Enter öffnet die Frage.</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — as a learner sees it</source>
            <translation>Vorschau — so sehen es Lernende</translation>
        </message>
        <message>
            <source>Preview: answers are not recorded. After the feedback, Enter starts again; Esc closes.</source>
            <translation>Vorschau: Antworten werden nicht gespeichert. Nach der Rückmeldung beginnt Enter von vorn; Esc schließt.</translation>
        </message>
        <message>
            <source>Close preview (Esc)</source>
            <translation>Vorschau schließen (Esc)</translation>
        </message>
        <message>
            <source>Try again  ⏎</source>
            <translation>Noch einmal  ⏎</translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Gesehen</translation>
        </message>
        <message>
            <source>Mastery</source>
            <translation>Beherrschung</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>in %n Sitzung</numerusform>
                <numerusform>in %n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 right</source>
            <translation>%1 richtig</translation>
        </message>
        <message numerus="yes">
            <source>study streak %n day(s)</source>
            <translation>
                <numerusform>Lernserie %n Tag</numerusform>
                <numerusform>Lernserie %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress report — %1</source>
            <translation>Fortschrittsbericht — %1</translation>
        </message>
        <message>
            <source>Mastery %1 %</source>
            <translation>Beherrschung %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>%1 von %n Frage gesehen</numerusform>
                <numerusform>%1 von %n Fragen gesehen</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1 of %2 right)</source>
            <translation>(%1 von %2 richtig)</translation>
        </message>
        <message>
            <source>Practise next:</source>
            <translation>Als Nächstes üben:</translation>
        </message>
    </context>
    <context>
        <name>ProjectorLauncher</name>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;Beamer</translation>
        </message>
        <message>
            <source>Show the pack's questions full screen for a class</source>
            <translation>Die Fragen des Pakets für eine Klasse im Vollbild zeigen</translation>
        </message>
        <message>
            <source>Choose a pack on the home screen first, then press F5.</source>
            <translation>Wähle zuerst auf der Startseite ein Paket und drücke dann F5.</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
    </context>
    <context>
        <name>ProjectorMode</name>
        <message>
            <source>Space, Enter</source>
            <translation>Leertaste, Enter</translation>
        </message>
        <message>
            <source>Reveal the answer, then why and the source (in parts when it is long), then go on</source>
            <translation>Die Antwort zeigen, dann das Warum und die Quelle (in Teilen, wenn sie lang ist), dann weiter</translation>
        </message>
        <message>
            <source>→  ←</source>
            <translation>→  ←</translation>
        </message>
        <message>
            <source>Next or previous question</source>
            <translation>Nächste oder vorherige Frage</translation>
        </message>
        <message>
            <source>Home  End</source>
            <translation>Pos1  Ende</translation>
        </message>
        <message>
            <source>First or last question</source>
            <translation>Erste oder letzte Frage</translation>
        </message>
        <message>
            <source>+  −</source>
            <translation>+  −</translation>
        </message>
        <message>
            <source>Longer or shorter countdown (0 = none)</source>
            <translation>Längerer oder kürzerer Countdown (0 = keiner)</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Start the countdown again, or stop it</source>
            <translation>Den Countdown neu starten oder anhalten</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation>Bildschirm ausblenden und zurück</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation>Dunkle Schrift auf Weiß oder helle Schrift auf Schwarz</translation>
        </message>
        <message>
            <source>↑  ↓</source>
            <translation>↑  ↓</translation>
        </message>
        <message>
            <source>Scroll a slide too long for the screen</source>
            <translation>Eine für den Bildschirm zu lange Folie scrollen</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation>Diese Tasten zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Leave the projector</source>
            <translation>Den Beamer-Modus verlassen</translation>
        </message>
        <message>
            <source>End of the questions</source>
            <translation>Ende der Fragen</translation>
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>countdown %1</source>
            <translation>Countdown %1</translation>
        </message>
        <message>
            <source>Space: first question</source>
            <translation>Leertaste: erste Frage</translation>
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation>Leertaste: Antwort zeigen</translation>
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation>Leertaste: Warum und die Quelle</translation>
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation>Leertaste: mehr aus der Quelle</translation>
        </message>
        <message>
            <source>Space: finish</source>
            <translation>Leertaste: beenden</translation>
        </message>
        <message>
            <source>Space: next question</source>
            <translation>Leertaste: nächste Frage</translation>
        </message>
        <message>
            <source>Space: leave</source>
            <translation>Leertaste: verlassen</translation>
        </message>
        <message>
            <source>→ ←: questions</source>
            <translation>→ ←: Fragen</translation>
        </message>
        <message>
            <source>F1: keys</source>
            <translation>F1: Tasten</translation>
        </message>
        <message>
            <source>Esc: leave</source>
            <translation>Esc: verlassen</translation>
        </message>
        <message>
            <source>Countdown: %1</source>
            <translation>Countdown: %1</translation>
        </message>
        <message>
            <source>No countdown</source>
            <translation>Kein Countdown</translation>
        </message>
    </context>
    <context>
        <name>ProjectorStage</name>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>↓ more below</source>
            <translation>↓ weiter unten mehr</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>Also accepted: %1</source>
            <translation>Ebenfalls akzeptiert: %1</translation>
        </message>
        <message>
            <source>Answer — %1</source>
            <translation>Antwort — %1</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Time's up</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>why, part %1 of %2</source>
            <translation>Warum, Teil %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Projector — quizapp</source>
            <translation>Beamer — quizapp</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Beamer</translation>
        </message>
        <message>
            <source>Blank screen (B to show the slide again)</source>
            <translation>Bildschirm ausgeblendet (B zeigt die Folie wieder)</translation>
        </message>
    </context>
    <context>
        <name>QuestionFields</name>
        <message>
            <source>✔ found</source>
            <translation>✔ gefunden</translation>
        </message>
        <message>
            <source>✘ not in this passage</source>
            <translation>✘ nicht in dieser Stelle</translation>
        </message>
        <message>
            <source>✘ no such passage</source>
            <translation>✘ keine solche Stelle</translation>
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <source>1 — recall</source>
            <translation>1 — Wissen</translation>
        </message>
        <message>
            <source>2 — understanding</source>
            <translation>2 — Verstehen</translation>
        </message>
        <message>
            <source>3 — inference across passages</source>
            <translation>3 — Schlussfolgern über mehrere Stellen</translation>
        </message>
        <message>
            <source>Problems with %1</source>
            <translation>Probleme bei %1</translation>
        </message>
        <message>
            <source>comma-separated, e.g. chapter 2, dates, key terms</source>
            <translation>durch Komma getrennt, z. B. Kapitel 2, Daten, Schlüsselbegriffe</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;ID</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>T&amp;yp</translation>
        </message>
        <message>
            <source>Se&amp;ction</source>
            <translation>Ab&amp;schnitt</translation>
        </message>
        <message>
            <source>&amp;Difficulty</source>
            <translation>&amp;Schwierigkeit</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>&amp;Fragetext</translation>
        </message>
        <message>
            <source>choices</source>
            <translation>Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Auswahlmöglichkeit</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Feedback if chosen</source>
            <translation>Rückmeldung, wenn gewählt</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Wahr</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>accepted answers</source>
            <translation>akzeptierte Antworten</translation>
        </message>
        <message>
            <source>Accepted answer</source>
            <translation>Akzeptierte Antwort</translation>
        </message>
        <message>
            <source>almost-right forms</source>
            <translation>fast richtige Formen</translation>
        </message>
        <message>
            <source>Almost (a spelling slip)</source>
            <translation>Fast (ein Schreibfehler)</translation>
        </message>
        <message>
            <source>items</source>
            <translation>Elemente</translation>
        </message>
        <message>
            <source>Item, in the correct order</source>
            <translation>Element, in der richtigen Reihenfolge</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>Paare</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Matches (right)</source>
            <translation>Passt zu (rechts)</translation>
        </message>
        <message>
            <source>C&amp;hoices</source>
            <translation>Aus&amp;wahlmöglichkeiten</translation>
        </message>
        <message>
            <source>The statement is</source>
            <translation>Die Aussage ist</translation>
        </message>
        <message>
            <source>Accepted &amp;answers</source>
            <translation>Akzeptierte &amp;Antworten</translation>
        </message>
        <message>
            <source>"Almost" forms</source>
            <translation>„Fast“-Formen</translation>
        </message>
        <message>
            <source>The &amp;number</source>
            <translation>Die &amp;Zahl</translation>
        </message>
        <message>
            <source>&amp;Tolerance (how far off still counts)</source>
            <translation>&amp;Toleranz (wie weit daneben noch zählt)</translation>
        </message>
        <message>
            <source>&amp;Items</source>
            <translation>&amp;Elemente</translation>
        </message>
        <message>
            <source>&amp;Pairs</source>
            <translation>&amp;Paare</translation>
        </message>
        <message>
            <source>E&amp;xplanation (why the answer is right)</source>
            <translation>E&amp;rklärung (warum die Antwort richtig ist)</translation>
        </message>
        <message>
            <source>T&amp;ags</source>
            <translation>Schlag&amp;wörter</translation>
        </message>
        <message>
            <source>optional: shown after a right answer</source>
            <translation>optional: nach einer richtigen Antwort gezeigt</translation>
        </message>
        <message>
            <source>optional: shown after a wrong answer</source>
            <translation>optional: nach einer falschen Antwort gezeigt</translation>
        </message>
        <message>
            <source>Feedback after a right answer</source>
            <translation>Rückmeldung nach einer richtigen Antwort</translation>
        </message>
        <message>
            <source>Feedback after a wrong answer</source>
            <translation>Rückmeldung nach einer falschen Antwort</translation>
        </message>
        <message>
            <source>General &amp;feedback</source>
            <translation>Allgemeine &amp;Rückmeldung</translation>
        </message>
        <message>
            <source>citations</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>The source's exact words</source>
            <translation>Die genauen Worte der Quelle</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Ci&amp;tations (select words in the source, then Ctrl+E)</source>
            <translation>&amp;Zitate (Wörter in der Quelle markieren, dann Strg+E)</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>(kein Abschnitt)</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <source>no type</source>
            <translation>kein Typ</translation>
        </message>
        <message>
            <source>has errors</source>
            <translation>hat Fehler</translation>
        </message>
        <message>
            <source>has warnings</source>
            <translation>hat Warnungen</translation>
        </message>
        <message>
            <source>has item-writing flaws</source>
            <translation>hat Formulierungsmängel</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Frage %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionListPanel</name>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>✘ With errors</source>
            <translation>✘ Mit Fehlern</translation>
        </message>
        <message>
            <source>⚠ With warnings</source>
            <translation>⚠ Mit Warnungen</translation>
        </message>
        <message>
            <source>• With item-writing flaws</source>
            <translation>• Mit Formulierungsmängeln</translation>
        </message>
        <message>
            <source>✔ No problems</source>
            <translation>✔ Keine Probleme</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Jeder Typ</translation>
        </message>
        <message>
            <source>Show questions of section</source>
            <translation>Fragen eines Abschnitts zeigen</translation>
        </message>
        <message>
            <source>Show questions of type</source>
            <translation>Fragen eines Typs zeigen</translation>
        </message>
        <message>
            <source>Show questions by check status</source>
            <translation>Fragen nach Prüfstatus zeigen</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Add a question</source>
            <translation>Eine Frage hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate the question</source>
            <translation>Die Frage duplizieren</translation>
        </message>
        <message>
            <source>Delete the question</source>
            <translation>Die Frage löschen</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <source>Any section</source>
            <translation>Jeder Abschnitt</translation>
        </message>
        <message numerus="yes">
            <source>Questions: %n</source>
            <translation>
                <numerusform>Fragen: %n</numerusform>
                <numerusform>Fragen: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Shown: %1 of %2</source>
            <translation>Angezeigt: %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>QuizPreferences</name>
        <message>
            <source>After each answer</source>
            <translation>Nach jeder Antwort</translation>
        </message>
        <message>
            <source>At the end, on the results screen</source>
            <translation>Am Ende, auf der Ergebnisseite</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Leave quiz (Esc)</source>
            <translation>Quiz verlassen (Esc)</translation>
        </message>
        <message>
            <source>Back to the packs; your answers are saved (Esc)</source>
            <translation>Zurück zu den Paketen; deine Antworten sind gespeichert (Esc)</translation>
        </message>
        <message>
            <source>Flag as wrong… (Ctrl+F)</source>
            <translation>Fehler in der Frage melden… (Strg+F)</translation>
        </message>
        <message>
            <source>Tell the pack's author this question looks wrong (Ctrl+F)</source>
            <translation>Der Person, die das Paket verfasst hat, mitteilen, dass diese Frage falsch aussieht (Strg+F)</translation>
        </message>
        <message>
            <source>Undo “I was right” (Ctrl+Z)</source>
            <translation>„Ich hatte recht“ zurücknehmen (Strg+Z)</translation>
        </message>
        <message>
            <source>Count this answer as wrong again, as it was marked (Ctrl+Z)</source>
            <translation>Diese Antwort wieder als falsch zählen, wie sie gewertet war (Strg+Z)</translation>
        </message>
        <message>
            <source>Quiz: open the cited passage of the feedback</source>
            <translation>Quiz: die zitierte Stelle der Rückmeldung öffnen</translation>
        </message>
        <message>
            <source>Quiz: flag this question as wrong</source>
            <translation>Quiz: diese Frage als falsch markieren</translation>
        </message>
        <message>
            <source>Quiz: count a typed answer marked wrong as right (I was right)</source>
            <translation>Quiz: eine als falsch gewertete getippte Antwort als richtig zählen (Ich hatte recht)</translation>
        </message>
        <message>
            <source>Quiz: take back “I was right” before the next question</source>
            <translation>Quiz: „Ich hatte recht“ vor der nächsten Frage zurücknehmen</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Frage %1 von %2</translation>
        </message>
        <message>
            <source>Score: %1 / %2</source>
            <translation>Punkte: %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source> · %n not saved</source>
            <translation>
                <numerusform> · %n nicht gespeichert</numerusform>
                <numerusform> · %n nicht gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Answer and go on  ⏎</source>
            <translation>Antworten und weiter  ⏎</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Antwort prüfen</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Ergebnisse ansehen</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Nächste Frage</translation>
        </message>
        <message>
            <source>%1 (Enter)</source>
            <translation>%1 (Enter)</translation>
        </message>
        <message>
            <source>An answer is needed first.</source>
            <translation>Zuerst wird eine Antwort gebraucht.</translation>
        </message>
        <message>
            <source>“I was right” could not be taken back:

%1</source>
            <translation>„Ich hatte recht“ konnte nicht zurückgenommen werden:

%1</translation>
        </message>
        <message>
            <source>Answer not saved</source>
            <translation>Antwort nicht gespeichert</translation>
        </message>
        <message>
            <source>This answer could not be saved: %1.</source>
            <translation>Diese Antwort konnte nicht gespeichert werden: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier answer(s) of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</source>
            <translation>
                <numerusform>%n frühere Antwort dieses Quiz ist gespeichert. Du kannst weitermachen, aber Antworten werden nicht behalten, bis das behoben ist; oder verlasse das Quiz mit Esc.</numerusform>
                <numerusform>%n frühere Antworten dieses Quiz sind gespeichert. Du kannst weitermachen, aber Antworten werden nicht behalten, bis das behoben ist; oder verlasse das Quiz mit Esc.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Your answer could not be counted as right:

%1</source>
            <translation>Deine Antwort konnte nicht als richtig gezählt werden:

%1</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Read aloud needs a speech engine, and none was found on this computer. On Debian or Ubuntu, install speech-dispatcher and espeak-ng; a screen reader (Orca, NVDA) also reads every screen.</source>
            <translation>Vorlesen braucht eine Sprachausgabe, und auf diesem Computer wurde keine gefunden. Installiere unter Debian oder Ubuntu speech-dispatcher und espeak-ng; auch ein Bildschirmleser (Orca, NVDA) liest jede Seite vor.</translation>
        </message>
        <message>
            <source>Nothing to read aloud here: Read aloud reads a question and its feedback.</source>
            <translation>Hier gibt es nichts vorzulesen: Vorlesen liest eine Frage und ihre Rückmeldung.</translation>
        </message>
        <message>
            <source>Reading aloud… (Ctrl+Shift+S again starts over)</source>
            <translation>Wird vorgelesen… (Strg+Umschalt+S beginnt von vorn)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restoring replaces your whole history (every learner) with the backup you choose. Your history as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>Das Wiederherstellen ersetzt deinen ganzen Verlauf (aller Lernenden) durch die gewählte Sicherung. Dein jetziger Verlauf wird vorher als Sicherung aufbewahrt, sodass sich das Wiederherstellen rückgängig machen lässt.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sicherungen, neueste zuerst</translation>
        </message>
        <message>
            <source>There are no backups yet. quizapp makes one each time it starts and every 50 answers.</source>
            <translation>Es gibt noch keine Sicherungen. quizapp legt bei jedem Start und alle 50 Antworten eine an.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>ResultsHandIn</name>
        <message>
            <source>Nothing to save yet</source>
            <translation>Noch nichts zu speichern</translation>
        </message>
        <message>
            <source>Answer at least one question of a quiz first; then its results can be saved for the teacher.</source>
            <translation>Beantworte zuerst mindestens eine Frage eines Quiz; dann lassen sich seine Ergebnisse für die Lehrkraft speichern.</translation>
        </message>
        <message>
            <source>Results not saved</source>
            <translation>Ergebnisse nicht gespeichert</translation>
        </message>
        <message>
            <source>The pack of this quiz (%1) is not open. Open it (File → Open pack…) and try again.</source>
            <translation>Das Paket dieses Quiz (%1) ist nicht geöffnet. Öffne es (Datei → Paket öffnen…) und versuche es erneut.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Dein Name</translation>
        </message>
        <message>
            <source>Guests keep nothing, so the teacher needs your name on the results:</source>
            <translation>Gäste speichern nichts, daher braucht die Lehrkraft deinen Namen auf den Ergebnissen:</translation>
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation>Ergebnisse für die Lehrkraft speichern</translation>
        </message>
        <message>
            <source>Results files (*.json)</source>
            <translation>Ergebnisdateien (*.json)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Saved %1's results (%2 of %3 right) to %4 — hand this file to the teacher.</source>
            <translation>Die Ergebnisse von %1 (%2 von %3 richtig) wurden in %4 gespeichert — gib diese Datei der Lehrkraft.</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <source>No missed questions — every answer was right.</source>
            <translation>Keine verpassten Fragen — jede Antwort war richtig.</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Deine Antwort:</translation>
        </message>
        <message>
            <source>Correct answer:</source>
            <translation>Richtige Antwort:</translation>
        </message>
        <message>
            <source>Score per section</source>
            <translation>Punkte pro Abschnitt</translation>
        </message>
        <message>
            <source>Missed questions</source>
            <translation>Verpasste Fragen</translation>
        </message>
        <message>
            <source>Missed questions, each explained</source>
            <translation>Verpasste Fragen, jede erklärt</translation>
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation>Zurück zu den Paketen (Esc)</translation>
        </message>
        <message>
            <source>Back to the packs (Esc)</source>
            <translation>Zurück zu den Paketen (Esc)</translation>
        </message>
        <message>
            <source>Play again</source>
            <translation>Noch einmal spielen</translation>
        </message>
        <message>
            <source>Retry missed (Ctrl+M)</source>
            <translation>Fehler wiederholen (Strg+M)</translation>
        </message>
        <message>
            <source>Practise the questions you missed (Ctrl+M)</source>
            <translation>Die verpassten Fragen üben (Strg+M)</translation>
        </message>
        <message>
            <source>Results: retry the missed questions</source>
            <translation>Ergebnisse: die verpassten Fragen wiederholen</translation>
        </message>
        <message>
            <source>Results: back to the packs</source>
            <translation>Ergebnisse: zurück zu den Paketen</translation>
        </message>
        <message>
            <source>%1 / %2 right</source>
            <translation>%1 / %2 richtig</translation>
        </message>
        <message numerus="yes">
            <source>%n missed question(s).</source>
            <translation>
                <numerusform>%n verpasste Frage.</numerusform>
                <numerusform>%n verpasste Fragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>a perfect round.</source>
            <translation>eine fehlerfreie Runde.</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <source>Resume your quiz?</source>
            <translation>Quiz fortsetzen?</translation>
        </message>
        <message numerus="yes">
            <source>%1, your quiz on “%2” was interrupted after %3 of %n question(s). Resume where you stopped?</source>
            <translation>
                <numerusform>%1, dein Quiz zu „%2“ wurde nach %3 von %n Frage unterbrochen. Dort weitermachen, wo du aufgehört hast?</numerusform>
                <numerusform>%1, dein Quiz zu „%2“ wurde nach %3 von %n Fragen unterbrochen. Dort weitermachen, wo du aufgehört hast?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavePrompt</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>ScreenChooser</name>
        <message>
            <source> — where this window is</source>
            <translation> — wo dieses Fenster ist</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Beamer</translation>
        </message>
        <message>
            <source>Screen for the projector</source>
            <translation>Bildschirm für den Beamer</translation>
        </message>
        <message>
            <source>Show the questions full screen on:</source>
            <translation>Die Fragen im Vollbild zeigen auf:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Close settings</source>
            <translation>Einstellungen schließen</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Text size in percent</source>
            <translation>Textgröße in Prozent</translation>
        </message>
        <message>
            <source>Text si&amp;ze:</source>
            <translation>Text&amp;größe:</translation>
        </message>
        <message>
            <source>Ctrl++, Ctrl+- and Ctrl+0 change the text size anywhere. High contrast shows white on black with yellow focus.</source>
            <translation>Strg++, Strg+- und Strg+0 ändern die Textgröße überall. Hoher Kontrast zeigt Weiß auf Schwarz mit gelbem Fokus.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Spr&amp;ache:</translation>
        </message>
        <message>
            <source>quizapp shows it from its next start. Packs keep the language they are written in.</source>
            <translation>quizapp zeigt sie ab dem nächsten Start. Pakete behalten die Sprache, in der sie geschrieben sind.</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Quizze</translation>
        </message>
        <message>
            <source>&amp;Shuffle the choices (packs that do not say)</source>
            <translation>Auswahlmöglichkeiten &amp;mischen (bei Paketen ohne Angabe)</translation>
        </message>
        <message>
            <source>Shuffle the choices of packs that do not say</source>
            <translation>Auswahlmöglichkeiten von Paketen ohne Angabe mischen</translation>
        </message>
        <message>
            <source>Shuffle the &amp;question order in practice</source>
            <translation>Fragen beim Üben &amp;zufällig ordnen</translation>
        </message>
        <message>
            <source>Shuffle the question order in practice</source>
            <translation>Fragen beim Üben zufällig ordnen</translation>
        </message>
        <message>
            <source>In the source's order, “Read in context” would show the answers of the questions still to come.</source>
            <translation>In der Reihenfolge der Quelle würde „Im Zusammenhang lesen“ die Antworten der noch kommenden Fragen zeigen.</translation>
        </message>
        <message>
            <source>When feedback is shown</source>
            <translation>Wann die Rückmeldung erscheint</translation>
        </message>
        <message>
            <source>Show &amp;feedback:</source>
            <translation>&amp;Rückmeldung zeigen:</translation>
        </message>
        <message>
            <source>These apply to the next quiz you start. A pack's own “shuffle” setting always wins.</source>
            <translation>Das gilt für das nächste Quiz, das du startest. Die eigene „shuffle“-Einstellung eines Pakets hat immer Vorrang.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Datenordner öffnen</translation>
        </message>
        <message>
            <source>Open the data folder in the file manager</source>
            <translation>Den Datenordner im Dateimanager öffnen</translation>
        </message>
        <message>
            <source>Every learner's answers and these settings are kept in this folder, on this computer only:</source>
            <translation>Die Antworten aller Lernenden und diese Einstellungen liegen in diesem Ordner, nur auf diesem Computer:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>quizapp keeps backups of your history in the “backups” folder inside the data folder. Restoring one replaces every learner's history; yours as it is now is kept as a backup first.</source>
            <translation>quizapp bewahrt Sicherungen deines Verlaufs im Ordner „backups“ im Datenordner auf. Das Wiederherstellen einer Sicherung ersetzt den Verlauf aller Lernenden; dein jetziger wird vorher als Sicherung aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Every key quizapp answers to. Tab moves between controls and leaves every table; arrow keys move inside it. The menus (Alt, or F10) show the same keys beside their entries.</source>
            <translation>Jede Taste, auf die quizapp reagiert. Tab wechselt zwischen Bedienelementen und verlässt jede Tabelle; Pfeiltasten bewegen sich darin. Die Menüs (Alt oder F10) zeigen dieselben Tasten neben ihren Einträgen.</translation>
        </message>
        <message>
            <source>Three columns: keys, what they do, where</source>
            <translation>Drei Spalten: Tasten, was sie tun, wo</translation>
        </message>
    </context>
    <context>
        <name>SourcePicker</name>
        <message>
            <source>Source text</source>
            <translation>Quelltext</translation>
        </message>
        <message>
            <source>Source text: select words to cite</source>
            <translation>Quelltext: Wörter zum Zitieren markieren</translation>
        </message>
        <message>
            <source>&amp;Cite selection (Ctrl+E)</source>
            <translation>Auswahl &amp;zitieren (Strg+E)</translation>
        </message>
        <message>
            <source>Cite selection</source>
            <translation>Auswahl zitieren</translation>
        </message>
        <message>
            <source>Add the selected words as a citation of this question; the passage is found for you</source>
            <translation>Die markierten Wörter als Zitat dieser Frage hinzufügen; die Stelle wird für dich gefunden</translation>
        </message>
        <message>
            <source>This pack has no source text. Add a 'source' to the pack (Pack details…) to cite passages.</source>
            <translation>Dieses Paket hat keinen Quelltext. Füge dem Paket eine 'source' hinzu (Paketangaben…), um Stellen zu zitieren.</translation>
        </message>
        <message>
            <source>Source text — select words, then Cite selection</source>
            <translation>Quelltext — Wörter markieren, dann Auswahl zitieren</translation>
        </message>
        <message>
            <source>This pack has no source text to cite.</source>
            <translation>Dieses Paket hat keinen Quelltext zum Zitieren.</translation>
        </message>
        <message>
            <source>Select the words that prove the answer first (drag with the mouse, or Shift+arrow keys in the text).</source>
            <translation>Markiere zuerst die Wörter, die die Antwort belegen (mit der Maus ziehen oder Umschalt+Pfeiltasten im Text).</translation>
        </message>
        <message>
            <source>Select words within one paragraph: a quote comes from one passage. Cite the other paragraph separately.</source>
            <translation>Markiere Wörter innerhalb eines Absatzes: Ein Zitat stammt aus einer Stelle. Zitiere den anderen Absatz separat.</translation>
        </message>
        <message>
            <source>Headings cannot be cited; select words in a paragraph.</source>
            <translation>Überschriften können nicht zitiert werden; markiere Wörter in einem Absatz.</translation>
        </message>
        <message>
            <source>Only spaces are selected; select words.</source>
            <translation>Nur Leerzeichen sind markiert; markiere Wörter.</translation>
        </message>
        <message>
            <source>“%1” has no words to prove anything; select the words that prove the answer.</source>
            <translation>„%1“ enthält keine Wörter, die etwas belegen; markiere die Wörter, die die Antwort belegen.</translation>
        </message>
        <message>
            <source>Cited “%1”: the words selected occur more than once in this passage, so the words around them say which place is meant.</source>
            <translation>„%1“ zitiert: Die markierten Wörter kommen in dieser Stelle mehrmals vor, daher sagen die Wörter drumherum, welche gemeint ist.</translation>
        </message>
        <message>
            <source>A heading (not citable)</source>
            <translation>Eine Überschrift (nicht zitierbar)</translation>
        </message>
        <message>
            <source>Passage %1</source>
            <translation>Stelle %1</translation>
        </message>
    </context>
    <context>
        <name>SourceViewer</name>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>Licensed under %1; shown verbatim.</source>
            <translation>Lizenziert unter %1; wörtlich wiedergegeben.</translation>
        </message>
        <message>
            <source>This pack has no source text.</source>
            <translation>Dieses Paket hat keinen Quelltext.</translation>
        </message>
        <message>
            <source>Source — %1</source>
            <translation>Quelle — %1</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Quelltext</translation>
        </message>
        <message>
            <source>Opened at the passage quoted, highlighted: “%1”</source>
            <translation>An der zitierten Stelle geöffnet, hervorgehoben: „%1“</translation>
        </message>
        <message>
            <source>The whole text; arrow keys and Page Down scroll</source>
            <translation>Der ganze Text; Pfeiltasten und Bild ab scrollen</translation>
        </message>
    </context>
    <context>
        <name>StageParts</name>
        <message>
            <source>right answer</source>
            <translation>richtige Antwort</translation>
        </message>
        <message>
            <source>From the source — %1</source>
            <translation>Aus der Quelle — %1</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>dem Text</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n Lernende(r)</numerusform>
                <numerusform>%n Lernende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <source>quizapp could not read your learning history, because the file is damaged: %1.</source>
            <translation>quizapp konnte deinen Lernverlauf nicht lesen, weil die Datei beschädigt ist: %1.</translation>
        </message>
        <message>
            <source>Nothing has been deleted: whatever you choose, the damaged file is kept beside the new one, renamed.</source>
            <translation>Nichts wurde gelöscht: Was du auch wählst, die beschädigte Datei bleibt umbenannt neben der neuen erhalten.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1. Restore it?</source>
            <translation>Die neueste intakte Sicherung ist vom %1. Wiederherstellen?</translation>
        </message>
        <message>
            <source>There is no good backup to restore, so a new, empty history can be started.</source>
            <translation>Es gibt keine intakte Sicherung zum Wiederherstellen, daher kann ein neuer, leerer Verlauf begonnen werden.</translation>
        </message>
        <message>
            <source>Your history needs attention</source>
            <translation>Dein Verlauf braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Start a new history</source>
            <translation>Neuen Verlauf &amp;beginnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Started a new, empty history.</source>
            <translation>Ein neuer, leerer Verlauf wurde begonnen.</translation>
        </message>
        <message>
            <source>quizapp could not repair the history</source>
            <translation>quizapp konnte den Verlauf nicht reparieren</translation>
        </message>
        <message>
            <source>The damaged file is kept as %1.</source>
            <translation>Die beschädigte Datei ist als %1 aufbewahrt.</translation>
        </message>
        <message>
            <source>quizapp cannot start</source>
            <translation>quizapp kann nicht starten</translation>
        </message>
        <message>
            <source>Your learning history in %1 cannot be used: %2.</source>
            <translation>Dein Lernverlauf in %1 kann nicht verwendet werden: %2.</translation>
        </message>
        <message>
            <source>Nothing will be saved</source>
            <translation>Nichts wird gespeichert</translation>
        </message>
        <message>
            <source>quizapp can show your history but cannot save anything new: %1. Answers given now will not be kept. To save them, start quizapp with a data folder you can write to (--data-dir).</source>
            <translation>quizapp kann deinen Verlauf zeigen, aber nichts Neues speichern: %1. Jetzt gegebene Antworten werden nicht behalten. Um sie zu speichern, starte quizapp mit einem beschreibbaren Datenordner (--data-dir).</translation>
        </message>
        <message>
            <source>Read-only: nothing is saved</source>
            <translation>Schreibgeschützt: Nichts wird gespeichert</translation>
        </message>
        <message>
            <source>Your history was repaired</source>
            <translation>Dein Verlauf wurde repariert</translation>
        </message>
    </context>
    <context>
        <name>StatisticsCharts</name>
        <message>
            <source>No data yet.</source>
            <translation>Noch keine Daten.</translation>
        </message>
        <message>
            <source>Accuracy per study day (last 30 days)</source>
            <translation>Trefferquote pro Lerntag (letzte 30 Tage)</translation>
        </message>
        <message>
            <source>%1: %2 % of %3</source>
            <translation>%1: %2 % von %3</translation>
        </message>
        <message>
            <source>Accuracy per study day: no answers yet</source>
            <translation>Trefferquote pro Lerntag: noch keine Antworten</translation>
        </message>
        <message>
            <source>No answers in the last 30 days yet.</source>
            <translation>In den letzten 30 Tagen noch keine Antworten.</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Noch nichts zu zeigen.</translation>
        </message>
        <message>
            <source>Open a pack to see its sections.</source>
            <translation>Öffne ein Paket, um seine Abschnitte zu sehen.</translation>
        </message>
        <message>
            <source>Mastery per section (last answer right)</source>
            <translation>Beherrschung pro Abschnitt (letzte Antwort richtig)</translation>
        </message>
    </context>
    <context>
        <name>StatisticsScreen</name>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Zurück (Esc)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>All modes</source>
            <translation>Alle Modi</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modus:</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>Weakest questions</source>
            <translation>Schwächste Fragen</translation>
        </message>
        <message>
            <source>Export history (CSV)…</source>
            <translation>Verlauf exportieren (CSV)…</translation>
        </message>
        <message>
            <source>Progress report (PDF)…</source>
            <translation>Fortschrittsbericht (PDF)…</translation>
        </message>
        <message>
            <source>Statistics: back to the packs</source>
            <translation>Statistik: zurück zu den Paketen</translation>
        </message>
        <message>
            <source>Statistics — %1</source>
            <translation>Statistik — %1</translation>
        </message>
        <message>
            <source>%1 % right</source>
            <translation>%1 % richtig</translation>
        </message>
        <message>
            <source>no answers yet</source>
            <translation>noch keine Antworten</translation>
        </message>
        <message>
            <source>%1 s per question</source>
            <translation>%1 s pro Frage</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>in %n Sitzung</numerusform>
                <numerusform>in %n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>study streak: %n day(s)</source>
            <translation>
                <numerusform>Lernserie: %n Tag</numerusform>
                <numerusform>Lernserie: %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right (“I was right”)</source>
            <translation>
                <numerusform>%n Antwort, die du als richtig markiert hast („Ich hatte recht“)</numerusform>
                <numerusform>%n Antworten, die du als richtig markiert hast („Ich hatte recht“)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mastery per pack (last answer right)</source>
            <translation>Beherrschung pro Paket (letzte Antwort richtig)</translation>
        </message>
        <message>
            <source>Open a pack to see its statistics.</source>
            <translation>Öffne ein Paket, um seine Statistik zu sehen.</translation>
        </message>
        <message>
            <source>mastery %1 %</source>
            <translation>Beherrschung %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>%1 von %n Frage gesehen</numerusform>
                <numerusform>%1 von %n Fragen gesehen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s per answer</source>
            <translation>%1 s pro Antwort</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right</source>
            <translation>
                <numerusform>%n Antwort, die du als richtig markiert hast</numerusform>
                <numerusform>%n Antworten, die du als richtig markiert hast</numerusform>
            </translation>
        </message>
        <message>
            <source>Weakest sections</source>
            <translation>Schwächste Abschnitte</translation>
        </message>
        <message>
            <source>(answered questions right last time):</source>
            <translation>(zuletzt richtig beantwortete Fragen):</translation>
        </message>
        <message>
            <source>%1 of %2, %3 %</source>
            <translation>%1 von %2, %3 %</translation>
        </message>
        <message>
            <source>Weakest sections:</source>
            <translation>Schwächste Abschnitte:</translation>
        </message>
        <message>
            <source>none — every answered question was right last time.</source>
            <translation>keine — jede beantwortete Frage war zuletzt richtig.</translation>
        </message>
        <message>
            <source>none studied yet.</source>
            <translation>noch keiner bearbeitet.</translation>
        </message>
        <message>
            <source>Never seen:</source>
            <translation>Nie gesehen:</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>, for example:</source>
            <translation>, zum Beispiel:</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Lernende(r)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Your best</source>
            <translation>Dein Bestwert</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <source>Time per answer</source>
            <translation>Zeit pro Antwort</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Was sie tun</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>Type a number, e.g. 1994</source>
            <translation>Gib eine Zahl ein, z. B. 1994</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Gib deine Antwort ein</translation>
        </message>
        <message>
            <source>Your answer, a number</source>
            <translation>Deine Antwort, eine Zahl</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Deine Antwort</translation>
        </message>
        <message>
            <source>That is not one number yet: write it like 1994, 100,000 or eight.</source>
            <translation>Das ist noch keine einzelne Zahl: Schreibe sie etwa als 1994, 100.000 oder acht.</translation>
        </message>
        <message>
            <source>Type a number (digits or words), then press Enter.</source>
            <translation>Gib eine Zahl ein (Ziffern oder Wörter) und drücke dann Enter.</translation>
        </message>
        <message>
            <source>Type your answer (case and accents do not matter), then press Enter.</source>
            <translation>Gib deine Antwort ein (Groß-/Kleinschreibung und Akzente sind egal) und drücke dann Enter.</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Deine Antwort: %1</translation>
        </message>
        <message>
            <source>Almost: check the spelling, then press Enter to try once more.</source>
            <translation>Fast: Prüfe die Schreibweise und drücke dann Enter für einen neuen Versuch.</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Größerer Text</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Kleinerer Text</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normale Textgröße</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Text size %1 %</source>
            <translation>Textgröße %1 %</translation>
        </message>
    </context>
    <context>
        <name>Worksheet</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Tick one box.</source>
            <translation>Kreuze ein Kästchen an.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>Kreuze jede richtige Antwort an.</translation>
        </message>
        <message>
            <source>Tick True or False.</source>
            <translation>Kreuze Wahr oder Falsch an.</translation>
        </message>
        <message>
            <source>Write your answer on the line.</source>
            <translation>Schreibe deine Antwort auf die Linie.</translation>
        </message>
        <message>
            <source>Write the number on the line.</source>
            <translation>Schreibe die Zahl auf die Linie.</translation>
        </message>
        <message>
            <source>Write the letters in the right order, one in each numbered blank.</source>
            <translation>Schreibe die Buchstaben in der richtigen Reihenfolge, je einen in jede nummerierte Lücke.</translation>
        </message>
        <message>
            <source>Write the letter of the matching item in each box.</source>
            <translation>Schreibe den Buchstaben des passenden Elements in jedes Kästchen.</translation>
        </message>
        <message>
            <source>Answers at a glance</source>
            <translation>Antworten auf einen Blick</translation>
        </message>
        <message>
            <source>Answers explained</source>
            <translation>Antworten erklärt</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Antwort:</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>%1 · %2 · page %3 of %4</source>
            <translation>%1 · %2 · Seite %3 von %4</translation>
        </message>
        <message>
            <source>Name: ______________________________   Date: ______________</source>
            <translation>Name: ______________________________   Datum: ______________</translation>
        </message>
        <message>
            <source>Answer key: %1</source>
            <translation>Lösungsschlüssel: %1</translation>
        </message>
        <message>
            <source>Quotes from %1</source>
            <translation>Zitate aus %1</translation>
        </message>
        <message>
            <source>Answer key · %1</source>
            <translation>Lösungsschlüssel · %1</translation>
        </message>
    </context>
    <context>
        <name>WorksheetDialog</name>
        <message>
            <source>Print a worksheet</source>
            <translation>Ein Arbeitsblatt drucken</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>&amp;Neue Version</translation>
        </message>
        <message>
            <source>Also make the answer &amp;key</source>
            <translation>Auch den Lösungs&amp;schlüssel erstellen</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>P&amp;ack:</source>
            <translation>P&amp;aket:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>S&amp;ections:</source>
            <translation>Ab&amp;schnitte:</translation>
        </message>
        <message>
            <source>Question types:</source>
            <translation>Fragetypen:</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>&amp;Wie viele:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version:</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>How many questions</source>
            <translation>Wie viele Fragen</translation>
        </message>
        <message>
            <source>Version number</source>
            <translation>Versionsnummer</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Neue Version</translation>
        </message>
        <message>
            <source>Also make the answer key</source>
            <translation>Auch den Lösungsschlüssel erstellen</translation>
        </message>
        <message>
            <source>The same version number prints the same questions in the same order, so a key can be made again later.</source>
            <translation>Dieselbe Versionsnummer druckt dieselben Fragen in derselben Reihenfolge, sodass sich ein Schlüssel später neu erstellen lässt.</translation>
        </message>
        <message>
            <source>Tick at least one section.</source>
            <translation>Kreuze mindestens einen Abschnitt an.</translation>
        </message>
        <message>
            <source>Tick at least one question type.</source>
            <translation>Kreuze mindestens einen Fragetyp an.</translation>
        </message>
        <message>
            <source>Open a pack first.</source>
            <translation>Öffne zuerst ein Paket.</translation>
        </message>
        <message numerus="yes">
            <source>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</source>
            <translation>
                <numerusform>Fragen auf dem Arbeitsblatt: %n, in der Reihenfolge des Pakets; Auswahlmöglichkeiten gemischt für Version %1.</numerusform>
                <numerusform>Fragen auf dem Arbeitsblatt: %n, in der Reihenfolge des Pakets; Auswahlmöglichkeiten gemischt für Version %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the worksheet as PDF</source>
            <translation>Das Arbeitsblatt als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the worksheet to %1.</source>
            <translation>Arbeitsblatt in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Saved the worksheet to %1 and its answer key to %2.</source>
            <translation>Arbeitsblatt in %1 und Lösungsschlüssel in %2 gespeichert.</translation>
        </message>
        <message>
            <source>Writing the worksheet…</source>
            <translation>Das Arbeitsblatt wird geschrieben…</translation>
        </message>
        <message>
            <source>Print the worksheet</source>
            <translation>Das Arbeitsblatt drucken</translation>
        </message>
        <message>
            <source>Printing the worksheet…</source>
            <translation>Das Arbeitsblatt wird gedruckt…</translation>
        </message>
        <message>
            <source>Sent the worksheet to the printer.</source>
            <translation>Das Arbeitsblatt wurde an den Drucker geschickt.</translation>
        </message>
        <message>
            <source>The worksheet was not written</source>
            <translation>Das Arbeitsblatt wurde nicht geschrieben</translation>
        </message>
    </context>
    <context>
        <name>YamlTextEditor</name>
        <message>
            <source>%1[*] — fix the pack — quizapp</source>
            <translation>%1[*] — Paket reparieren — quizapp</translation>
        </message>
        <message>
            <source>Pack file text</source>
            <translation>Text der Paketdatei</translation>
        </message>
        <message>
            <source>Open in the form &amp;editor</source>
            <translation>Im Formular-&amp;Editor öffnen</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>Erneut &amp;prüfen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>The file reads as a pack now. Save it, then open it in the form editor.</source>
            <translation>Die Datei liest sich jetzt als Paket. Speichere sie und öffne sie dann im Formular-Editor.</translation>
        </message>
        <message>
            <source>Saved: the pack opens now, and it is in the app's list of packs. Open it in the form editor to go on.</source>
            <translation>Gespeichert: Das Paket lässt sich jetzt öffnen und steht in der Paketliste der App. Öffne es im Formular-Editor, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Die Datei konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Änderungen speichern?</translation>
        </message>
        <message>
            <source>Save your changes to this file?

%1</source>
            <translation>Änderungen an dieser Datei speichern?

%1</translation>
        </message>
    </context>
</TS>
