<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About quizapp</source>
            <translation>Про quizapp</translation>
        </message>
        <message>
            <source>quizapp icon</source>
            <translation>Значок quizapp</translation>
        </message>
        <message>
            <source>quizapp %1</source>
            <translation>quizapp %1</translation>
        </message>
        <message>
            <source>Offline quizzes whose every explanation shows the passage of the source text that proves it. Your scores stay on this computer.</source>
            <translation>Тести без інтернету, де кожне пояснення показує уривок джерела, який його доводить. Ваші результати залишаються на цьому комп’ютері.</translation>
        </message>
        <message>
            <source>Licenses and credits</source>
            <translation>Ліцензії та подяки</translation>
        </message>
        <message>
            <source>Tab moves between links; Enter opens a link in your web browser.</source>
            <translation>Tab переходить між посиланнями; Enter відкриває посилання у вебоглядачі.</translation>
        </message>
        <message>
            <source>License</source>
            <translation>Ліцензія</translation>
        </message>
        <message>
            <source>quizapp is free software under the %1 license: use, change and share it as you like. %2.</source>
            <translation>quizapp — вільне програмне забезпечення за ліцензією %1: використовуйте, змінюйте й поширюйте як забажаєте. %2.</translation>
        </message>
        <message>
            <source>The bundled pack’s source text is “%1” by %2, %3, licensed under %4. It is shipped verbatim, unaltered and non-commercially. The questions and explanations are quizapp’s own writing.</source>
            <translation>Джерело вбудованого пакета — «%1», автор %2, %3, ліцензія %4. Його постачено дослівно, без змін і некомерційно. Запитання й пояснення написано для quizapp.</translation>
        </message>
        <message>
            <source>The bundled article</source>
            <translation>Вбудована стаття</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Програма</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Для чого</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL 3.0. They stay separate libraries in every build of quizapp, so you may replace them with versions you built yourself; their source code is at %1.</source>
            <translation>Qt і PySide6 використовуються за ліцензією GNU LGPL 3.0. У кожній збірці quizapp вони лишаються окремими бібліотеками, тож ви можете замінити їх власноруч зібраними версіями; їхній вихідний код — на %1.</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Стороннє програмне забезпечення</translation>
        </message>
        <message>
            <source>quizapp %1 on Python %2, Qt %3, PySide6 %4, %5</source>
            <translation>quizapp %1 на Python %2, Qt %3, PySide6 %4, %5</translation>
        </message>
        <message>
            <source>Running on</source>
            <translation>Працює на</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Follow the system (light or dark)</source>
            <translation>Як у системі (світла чи темна)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Світла</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Темна</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Висока контрастність</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Learner not saved</source>
            <translation>Учня не збережено</translation>
        </message>
    </context>
    <context>
        <name>BrokenPackDialog</name>
        <message>
            <source>&amp;Open in editor</source>
            <translation>&amp;Відкрити в редакторі</translation>
        </message>
    </context>
    <context>
        <name>ChoiceAnswer</name>
        <message>
            <source>one answer of several</source>
            <translation>одна відповідь із кількох</translation>
        </message>
        <message>
            <source>choose every answer that applies</source>
            <translation>виберіть усі правильні відповіді</translation>
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–%1 toggle), then press Enter.</source>
            <translation>Виберіть усі правильні відповіді (клавіші 1–%1 перемикають), потім натисніть Enter.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–%1), then press Enter.</source>
            <translation>Виберіть одну відповідь (клавіші 1–%1), потім натисніть Enter.</translation>
        </message>
        <message>
            <source>(missed)</source>
            <translation>(пропущено)</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>✔ right, your answer</source>
            <translation>✔ правильно, ваша відповідь</translation>
        </message>
        <message>
            <source>✔ right answer, not chosen</source>
            <translation>✔ правильна відповідь, не вибрана</translation>
        </message>
        <message>
            <source>✘ wrong, your answer</source>
            <translation>✘ хибно, ваша відповідь</translation>
        </message>
    </context>
    <context>
        <name>CitationView</name>
        <message>
            <source>From the source — %1</source>
            <translation>Із джерела — %1</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>тексту</translation>
        </message>
        <message>
            <source>Read in context</source>
            <translation>Читати в контексті</translation>
        </message>
        <message>
            <source>Opens the source at the passage quoted, in %1</source>
            <translation>Відкриває джерело на цитованому уривку, у %1</translation>
        </message>
        <message>
            <source>Open the source at this passage, quote highlighted</source>
            <translation>Відкрити джерело на цьому уривку з виділеною цитатою</translation>
        </message>
    </context>
    <context>
        <name>ClassReport</name>
        <message>
            <source>Took version %1 of the pack. Not counted, because they changed since: %2</source>
            <translation>Проходив версію %1 пакета. Не враховано, бо відтоді вони змінилися: %2</translation>
        </message>
        <message>
            <source>Flagged %1: %2</source>
            <translation>Позначено %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more: see the CSV export.</source>
            <translation>… і ще %1: див. експорт CSV.</translation>
        </message>
        <message>
            <source>Class report: %1</source>
            <translation>Звіт класу: %1</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>версія %1</translation>
        </message>
        <message>
            <source>unnumbered</source>
            <translation>без номера</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n учень</numerusform>
                <numerusform>%n учні</numerusform>
                <numerusform>%n учнів</numerusform>
            </translation>
        </message>
        <message>
            <source>average score %1</source>
            <translation>середній бал %1</translation>
        </message>
        <message>
            <source>average time %1</source>
            <translation>середній час %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out (listed with the reason in the app and the CSV).</source>
            <translation>
                <numerusform>%n файл пропущено (причину вказано в застосунку та в CSV).</numerusform>
                <numerusform>%n файли пропущено (причину вказано в застосунку та в CSV).</numerusform>
                <numerusform>%n файлів пропущено (причину вказано в застосунку та в CSV).</numerusform>
            </translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Розділ</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Середнє</translation>
        </message>
        <message>
            <source>Questions to look at</source>
            <translation>Запитання, на які варто глянути</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Легкість</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Розрізнювальність</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>Найчастіша хибна відповідь</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>None flagged: too few learners to judge.</source>
            <translation>Жодного не позначено: замало учнів, щоб судити.</translation>
        </message>
        <message>
            <source>No question was too easy, too hard or discriminated negatively.</source>
            <translation>Жодне запитання не було надто легким, надто складним чи з від’ємною розрізнювальністю.</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Учні</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Учень</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Бали</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Відсоток</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>The facility and discrimination of every question are in the CSV export.</source>
            <translation>Легкість і розрізнювальність кожного запитання — в експорті CSV.</translation>
        </message>
        <message>
            <source>Every question</source>
            <translation>Усі запитання</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Що означають числа</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged</source>
            <translation>
                <numerusform>%n запитання позначено</numerusform>
                <numerusform>%n запитання позначено</numerusform>
                <numerusform>%n запитань позначено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) left out: the tab “Files left out” says why.</source>
            <translation>
                <numerusform>%n файл пропущено: причину вказано на вкладці «Пропущені файли».</numerusform>
                <numerusform>%n файли пропущено: причину вказано на вкладці «Пропущені файли».</numerusform>
                <numerusform>%n файлів пропущено: причину вказано на вкладці «Пропущені файли».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These files hold %n session(s). This report is on one: %1. The others are left out.</source>
            <translation>
                <numerusform>Ці файли містять %n сесію. Звіт стосується однієї: %1. Інші пропущено.</numerusform>
                <numerusform>Ці файли містять %n сесії. Звіт стосується однієї: %1. Інші пропущено.</numerusform>
                <numerusform>Ці файли містять %n сесій. Звіт стосується однієї: %1. Інші пропущено.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose another under Session, or a pack's sessions all together.</source>
            <translation>Виберіть іншу в полі «Сесія» або всі сесії пакета разом.</translation>
        </message>
        <message numerus="yes">
            <source>%n sessions merged into one report: a learner who took part in several counts once, with their latest session.</source>
            <translation>
                <numerusform>%n сесію об’єднано в один звіт: учень, який брав участь у кількох, рахується один раз, за останньою сесією.</numerusform>
                <numerusform>%n сесії об’єднано в один звіт: учень, який брав участь у кількох, рахується один раз, за останньою сесією.</numerusform>
                <numerusform>%n сесій об’єднано в один звіт: учень, який брав участь у кількох, рахується один раз, за останньою сесією.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) changed between versions of the pack (%1): left out for the learners who took the other version.</source>
            <translation>
                <numerusform>%n запитання змінилося між версіями пакета (%1): пропущено для учнів, які проходили іншу версію.</numerusform>
                <numerusform>%n запитання змінилися між версіями пакета (%1): пропущено для учнів, які проходили іншу версію.</numerusform>
                <numerusform>%n запитань змінилися між версіями пакета (%1): пропущено для учнів, які проходили іншу версію.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No question is flagged yet: flags are raised from %n learners up; with fewer, one answer moves a facility by more than 0.10.</source>
            <translation>
                <numerusform>Жодне запитання ще не позначено: позначки з’являються від %n учня; якщо їх менше, одна відповідь зсуває легкість більш ніж на 0,10.</numerusform>
                <numerusform>Жодне запитання ще не позначено: позначки з’являються від %n учнів; якщо їх менше, одна відповідь зсуває легкість більш ніж на 0,10.</numerusform>
                <numerusform>Жодне запитання ще не позначено: позначки з’являються від %n учнів; якщо їх менше, одна відповідь зсуває легкість більш ніж на 0,10.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n sessions on “%1” together</source>
            <translation>
                <numerusform>Усі %n сесія з «%1» разом</numerusform>
                <numerusform>Усі %n сесії з «%1» разом</numerusform>
                <numerusform>Усі %n сесій з «%1» разом</numerusform>
            </translation>
        </message>
        <message>
            <source>too few learners to judge</source>
            <translation>замало учнів, щоб судити</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Відповіли</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Режим</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сесія</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Початок</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Текст запитання</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Позначки</translation>
        </message>
        <message>
            <source>Chosen by</source>
            <translation>Вибрали</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Поставлено</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Left out of</source>
            <translation>Пропущено для</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файли</translation>
        </message>
        <message>
            <source>Questions answered right.</source>
            <translation>Запитання, на які відповіли правильно.</translation>
        </message>
        <message>
            <source>Questions given an answer (an unanswered one counts as wrong).</source>
            <translation>Запитання з відповіддю (запитання без відповіді рахується як хибне).</translation>
        </message>
        <message>
            <source>Questions this learner was asked and that the report counts.</source>
            <translation>Запитання, які отримав цей учень і які враховує звіт.</translation>
        </message>
        <message>
            <source>Score as a share of the questions counted.</source>
            <translation>Бали як частка врахованих запитань.</translation>
        </message>
        <message>
            <source>Time spent answering, minutes:seconds (hours:minutes:seconds when long).</source>
            <translation>Час на відповіді, хвилини:секунди (години:хвилини:секунди, якщо довго).</translation>
        </message>
        <message>
            <source>Facility: the share of learners who got the question right, from 0.00 (no one) to 1.00 (everyone).</source>
            <translation>Легкість: частка учнів, які правильно відповіли на запитання, від 0,00 (ніхто) до 1,00 (усі).</translation>
        </message>
        <message>
            <source>Discrimination: did learners who did well overall get this one right more often? Near +1: yes, it tells strong and weak apart; near 0: it tells them apart little; below 0: the other way round — check the key.</source>
            <translation>Розрізнювальність: чи учні, які загалом впоралися добре, частіше відповідали правильно саме на це запитання? Близько +1: так, воно розрізняє сильних і слабших; близько 0: майже не розрізняє; нижче 0: навпаки — перевірте ключ.</translation>
        </message>
        <message>
            <source>Flags: too easy (facility above 0.90), too hard (below 0.20), negative discrimination (below 0). From 10 learners up; with fewer, one answer moves a facility by more than 0.10, so a question the rules would flag says “too few learners to judge”.</source>
            <translation>Позначки: надто легке (легкість понад 0,90), надто складне (нижче 0,20), від’ємна розрізнювальність (нижче 0). Від 10 учнів; якщо їх менше, одна відповідь зсуває легкість більш ніж на 0,10, тож запитання, яке правила позначили б, має напис «замало учнів, щоб судити».</translation>
        </message>
        <message>
            <source>Most chosen wrong answer: the wrong answer given most often (case, accents and spaces ignored); Chosen by: how many gave it.</source>
            <translation>Найчастіша хибна відповідь: хибна відповідь, яку давали найчастіше (регістр, наголоси й пробіли не враховуються); Вибрали: скільки учнів її дали.</translation>
        </message>
        <message>
            <source>How many learners gave the most chosen wrong answer.</source>
            <translation>Скільки учнів дали найчастішу хибну відповідь.</translation>
        </message>
        <message>
            <source>Learners who were asked this question.</source>
            <translation>Учні, яким поставили це запитання.</translation>
        </message>
        <message>
            <source>Learners who got it right.</source>
            <translation>Учні, які відповіли правильно.</translation>
        </message>
        <message>
            <source>The mean of each learner's share right in the section.</source>
            <translation>Середнє часток правильних відповідей кожного учня в розділі.</translation>
        </message>
        <message>
            <source>Learners who were asked questions of this section.</source>
            <translation>Учні, яким поставили запитання з цього розділу.</translation>
        </message>
        <message>
            <source>Why the file is not in the report.</source>
            <translation>Чому файлу немає у звіті.</translation>
        </message>
        <message>
            <source>— (or an empty cell in the CSV): not enough to compute it, with fewer than 3 learners or when everyone answered alike.</source>
            <translation>— (або порожня клітинка в CSV): замало даних для обчислення — менше ніж 3 учні або всі відповіли однаково.</translation>
        </message>
        <message>
            <source>too easy</source>
            <translation>надто легке</translation>
        </message>
        <message>
            <source>Nearly everyone got it right (facility above 0.90), so it tells you little about who has understood.</source>
            <translation>Майже всі відповіли правильно (легкість понад 0,90), тож воно мало що каже про те, хто зрозумів.</translation>
        </message>
        <message>
            <source>too hard</source>
            <translation>надто складне</translation>
        </message>
        <message>
            <source>Nearly no one got it right (facility below 0.20): check the question and its key before blaming the class.</source>
            <translation>Майже ніхто не відповів правильно (легкість нижче 0,20): перевірте запитання та його ключ, перш ніж винити клас.</translation>
        </message>
        <message>
            <source>negative discrimination</source>
            <translation>від’ємна розрізнювальність</translation>
        </message>
        <message>
            <source>Learners who did well on the rest got this one wrong more often than the others (discrimination below 0): check the key and the wording.</source>
            <translation>Учні, які добре впоралися з рештою, частіше за інших відповідали на це хибно (розрізнювальність нижче 0): перевірте ключ і формулювання.</translation>
        </message>
        <message>
            <source>Fewer than 10 learners took it: one answer more or less moves its facility by more than 0.10, so it is not flagged yet.</source>
            <translation>Його проходили менше ніж 10 учнів: одна відповідь більше чи менше зсуває легкість більш ніж на 0,10, тож його ще не позначено.</translation>
        </message>
    </context>
    <context>
        <name>ClassReportWindow</name>
        <message>
            <source>Class report</source>
            <translation>Звіт класу</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Сесія:</translation>
        </message>
        <message>
            <source>Add &amp;folder…</source>
            <translation>Додати &amp;теку…</translation>
        </message>
        <message>
            <source>Add f&amp;iles…</source>
            <translation>Додати &amp;файли…</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>О&amp;чистити</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Експорт &amp;CSV…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Зберегти &amp;PDF…</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Учні</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <source>Files left out</source>
            <translation>Пропущені файли</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Попередження</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сесія</translation>
        </message>
        <message>
            <source>The report is on one session at a time: a live session, or the learners' hand-ins of a pack</source>
            <translation>Звіт стосується однієї сесії за раз: живої сесії або зданих учнями робіт з одного пакета</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Що означають числа</translation>
        </message>
        <message>
            <source>Every results file in a folder and its subfolders (Ctrl+Shift+O)</source>
            <translation>Усі файли результатів у теці та її підтеках (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>Results files one by one (Ctrl+O)</source>
            <translation>Файли результатів по одному (Ctrl+O)</translation>
        </message>
        <message>
            <source>Add a folder of results files</source>
            <translation>Додати теку з файлами результатів</translation>
        </message>
        <message>
            <source>Add results files</source>
            <translation>Додати файли результатів</translation>
        </message>
        <message>
            <source>Results files (*.json);;All files (*)</source>
            <translation>Файли результатів (*.json);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Reading results files…</source>
            <translation>Читання файлів результатів…</translation>
        </message>
        <message>
            <source>None of these files could be used; the tab “Files left out” says why.</source>
            <translation>Жоден із цих файлів не вдалося використати; причину вказано на вкладці «Пропущені файли».</translation>
        </message>
        <message>
            <source>No class report</source>
            <translation>Звіту класу немає</translation>
        </message>
        <message>
            <source>Add the results files your learners saved (Results → Save results for the teacher…, or quizapp results): a folder of them, or files one by one. Files can also be dropped on this window.</source>
            <translation>Додайте файли результатів, які зберегли ваші учні (Результати → Зберегти результати для вчителя… або quizapp results): теку з ними або файли по одному. Файли можна також перетягнути на це вікно.</translation>
        </message>
        <message>
            <source>&amp;Learners (%1)</source>
            <translation>&amp;Учні (%1)</translation>
        </message>
        <message>
            <source>&amp;Questions (%1)</source>
            <translation>&amp;Запитання (%1)</translation>
        </message>
        <message>
            <source>&amp;Sections (%1)</source>
            <translation>&amp;Розділи (%1)</translation>
        </message>
        <message>
            <source>Files left &amp;out (%1)</source>
            <translation>Пропущені &amp;файли (%1)</translation>
        </message>
        <message>
            <source>Export the class report as CSV</source>
            <translation>Експортувати звіт класу як CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файли CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save the class report as PDF</source>
            <translation>Зберегти звіт класу як PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Не вдалося записати %1: %2</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Збережено %1.</translation>
        </message>
    </context>
    <context>
        <name>ClassroomActions</name>
        <message>
            <source>Print &amp;worksheet…</source>
            <translation>Друкувати &amp;аркуш…</translation>
        </message>
        <message>
            <source>C&amp;lass report…</source>
            <translation>Звіт &amp;класу…</translation>
        </message>
        <message>
            <source>&amp;Save results for the teacher…</source>
            <translation>&amp;Зберегти результати для вчителя…</translation>
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation>Зберегти результати для вчителя…</translation>
        </message>
        <message>
            <source>A file the teacher reads into the class report (Ctrl+Shift+H)</source>
            <translation>Файл, який учитель додає до звіту класу (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Результати</translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message>
            <source>Single choice</source>
            <translation>Одна відповідь</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Кілька відповідей</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Правда чи неправда</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Коротка відповідь</translation>
        </message>
        <message>
            <source>Numeric</source>
            <translation>Число</translation>
        </message>
        <message>
            <source>Ordering</source>
            <translation>Послідовність</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Відповідність</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Практика</translation>
        </message>
        <message>
            <source>Review mistakes</source>
            <translation>Повторити помилки</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>На сьогодні</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Власний</translation>
        </message>
        <message>
            <source>Retry missed</source>
            <translation>Повтор хибних</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Іспит</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Правда</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Неправда</translation>
        </message>
        <message>
            <source>the language and its standard library, with SQLite (public domain)</source>
            <translation>мова та її стандартна бібліотека, з SQLite (суспільне надбання)</translation>
        </message>
        <message>
            <source>windows, text, charts, PDF and printing</source>
            <translation>вікна, текст, діаграми, PDF і друк</translation>
        </message>
        <message>
            <source>Qt from Python</source>
            <translation>Qt з Python</translation>
        </message>
        <message>
            <source>charts, PDF, speech and network modules of Qt</source>
            <translation>модулі Qt для діаграм, PDF, мовлення й мережі</translation>
        </message>
        <message>
            <source>PySide6's binding generator runtime</source>
            <translation>середовище генератора прив’язок PySide6</translation>
        </message>
        <message>
            <source>reading packs</source>
            <translation>читання пакетів</translation>
        </message>
        <message>
            <source>saving packs with their comments</source>
            <translation>збереження пакетів із коментарями</translation>
        </message>
        <message>
            <source>ruamel.yaml's fast parser</source>
            <translation>швидкий парсер ruamel.yaml</translation>
        </message>
        <message>
            <source>spaced-repetition scheduling</source>
            <translation>планування інтервальних повторень</translation>
        </message>
        <message>
            <source>used by FSRS</source>
            <translation>використовує FSRS</translation>
        </message>
        <message>
            <source>safe Moodle XML import</source>
            <translation>безпечний імпорт Moodle XML</translation>
        </message>
        <message>
            <source>Anki deck export</source>
            <translation>експорт колод Anki</translation>
        </message>
        <message>
            <source>used by genanki</source>
            <translation>використовує genanki</translation>
        </message>
        <message>
            <source>number words in typed answers</source>
            <translation>числа словами у введених відповідях</translation>
        </message>
        <message>
            <source>country names in typed answers</source>
            <translation>назви країн у введених відповідях</translation>
        </message>
        <message>
            <source>QR codes for live sessions</source>
            <translation>QR-коди для живих сесій</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Виберіть одну відповідь.</translation>
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation>Виберіть усі правильні відповіді.</translation>
        </message>
        <message>
            <source>True or false?</source>
            <translation>Правда чи неправда?</translation>
        </message>
        <message>
            <source>Write your answer in a few words.</source>
            <translation>Запишіть відповідь кількома словами.</translation>
        </message>
        <message>
            <source>Write your answer as a number.</source>
            <translation>Запишіть відповідь числом.</translation>
        </message>
        <message>
            <source>Put the letters in the right order.</source>
            <translation>Розставте літери в правильному порядку.</translation>
        </message>
        <message>
            <source>Match each number to a letter.</source>
            <translation>Доберіть до кожного числа літеру.</translation>
        </message>
        <message>
            <source>Question %1 of %2 · %3</source>
            <translation>Запитання %1 з %2 · %3</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1, автор %2</translation>
        </message>
        <message>
            <source>Licensed under %1.</source>
            <translation>Ліцензія %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n учень</numerusform>
                <numerusform>%n учні</numerusform>
                <numerusform>%n учнів</numerusform>
            </translation>
        </message>
        <message>
            <source>Live session of %1 on “%2”, %3</source>
            <translation>Жива сесія %1 з «%2», %3</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>з %1 до %2</translation>
        </message>
        <message>
            <source>Hand-ins on “%1” (%2), %3</source>
            <translation>Здані роботи з «%1» (%2), %3</translation>
        </message>
    </context>
    <context>
        <name>CustomQuizDialog</name>
        <message>
            <source>Custom quiz — %1</source>
            <translation>Власний тест — %1</translation>
        </message>
        <message>
            <source>1 recall</source>
            <translation>1 знання</translation>
        </message>
        <message>
            <source>2 understanding</source>
            <translation>2 розуміння</translation>
        </message>
        <message>
            <source>3 inference</source>
            <translation>3 висновки</translation>
        </message>
        <message>
            <source>Shuffle the questions</source>
            <translation>Перемішати запитання</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Розділи:</translation>
        </message>
        <message>
            <source>Difficulty:</source>
            <translation>Складність:</translation>
        </message>
        <message>
            <source>Question types:</source>
            <translation>Типи запитань:</translation>
        </message>
        <message>
            <source>How many:</source>
            <translation>Скільки:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Почати</translation>
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation>Жодне запитання не відповідає цьому вибору.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) match; the quiz asks %1.</source>
            <translation>
                <numerusform>%n запитання підходить; тест поставить %1.</numerusform>
                <numerusform>%n запитання підходять; тест поставить %1.</numerusform>
                <numerusform>%n запитань підходять; тест поставить %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorCommands</name>
        <message>
            <source>Edit %1 of question %2</source>
            <translation>Редагувати %1 запитання %2</translation>
        </message>
        <message>
            <source>Delete question %1</source>
            <translation>Видалити запитання %1</translation>
        </message>
        <message>
            <source>Move question %1</source>
            <translation>Перемістити запитання %1</translation>
        </message>
        <message>
            <source>Edit the pack's %1</source>
            <translation>Редагувати %1 пакета</translation>
        </message>
    </context>
    <context>
        <name>EditorFiles</name>
        <message>
            <source>This copy now has its own id: %1</source>
            <translation>Ця копія тепер має власний ідентифікатор: %1</translation>
        </message>
        <message>
            <source>The pack was not saved</source>
            <translation>Пакет не збережено</translation>
        </message>
        <message>
            <source>The pack could not be written. Your changes are kept in the editor; try Save as… another folder.

%1: %2</source>
            <translation>Не вдалося записати пакет. Ваші зміни лишаються в редакторі; спробуйте «Зберегти як…» в іншу теку.

%1: %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Збережено %1</translation>
        </message>
        <message>
            <source>Save the pack as</source>
            <translation>Зберегти пакет як</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml)</source>
            <translation>Пакети тестів (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation>Текст, який цитуватимуть ваші запитання</translation>
        </message>
        <message>
            <source>Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</source>
            <translation>Тексти (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>The text cannot be used</source>
            <translation>Цей текст не можна використати</translation>
        </message>
        <message>
            <source>The text cannot become a source.</source>
            <translation>Цей текст не може стати джерелом.</translation>
        </message>
        <message>
            <source>%1 is the source now: select words in it to cite them.</source>
            <translation>%1 тепер джерело: виділіть у ньому слова, щоб їх процитувати.</translation>
        </message>
        <message>
            <source>Edit pack details</source>
            <translation>Редагувати відомості про пакет</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Зберегти зміни?</translation>
        </message>
        <message>
            <source>This pack has changes that are not saved. Save them before closing?

%1</source>
            <translation>У цьому пакеті є незбережені зміни. Зберегти їх перед закриттям?

%1</translation>
        </message>
    </context>
    <context>
        <name>EditorService</name>
        <message>
            <source>&amp;New pack…</source>
            <translation>&amp;Новий пакет…</translation>
        </message>
        <message>
            <source>New pack from a &amp;text…</source>
            <translation>Новий пакет із &amp;тексту…</translation>
        </message>
        <message>
            <source>&amp;Edit pack…</source>
            <translation>&amp;Редагувати пакет…</translation>
        </message>
        <message>
            <source>Select a pack to edit first.</source>
            <translation>Спершу виберіть пакет для редагування.</translation>
        </message>
        <message>
            <source>The copy now has its own id, %1, and its own history.</source>
            <translation>Копія тепер має власний ідентифікатор, %1, і власну історію.</translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>Відкрити в редакторі</translation>
        </message>
        <message>
            <source>&amp;Remove from the list</source>
            <translation>&amp;Прибрати зі списку</translation>
        </message>
        <message>
            <source>Removed %1 from the list; the file is still there.</source>
            <translation>%1 прибрано зі списку; файл нікуди не дівся.</translation>
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation>Відновити незбережені зміни?</translation>
        </message>
        <message>
            <source>Changes to a pack were not saved when quizapp last closed. Open them in the editor to review and save them?

%1
Last change: %2</source>
            <translation>Зміни в пакеті не було збережено, коли quizapp закривався востаннє. Відкрити їх у редакторі, щоб переглянути й зберегти?

%1
Остання зміна: %2</translation>
        </message>
    </context>
    <context>
        <name>ExamMode</name>
        <message>
            <source>Resume your exam?</source>
            <translation>Продовжити іспит?</translation>
        </message>
        <message>
            <source>, with %1 left</source>
            <translation>, залишилося %1</translation>
        </message>
        <message>
            <source>%1, your exam on “%2” was interrupted with %3 of %4 questions answered%5. Resume it where you stopped?</source>
            <translation>%1, ваш іспит «%2» перервано, коли було відповідено на %3 з %4 запитань%5. Продовжити з того місця?</translation>
        </message>
        <message>
            <source>Resume the exam</source>
            <translation>Продовжити іспит</translation>
        </message>
        <message>
            <source>Hand it in as it is</source>
            <translation>Здати як є</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не зараз</translation>
        </message>
        <message>
            <source>Save results for the teacher…</source>
            <translation>Зберегти результати для вчителя…</translation>
        </message>
        <message>
            <source>For the teacher…</source>
            <translation>Для вчителя…</translation>
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation>Зберегти результати для вчителя</translation>
        </message>
        <message>
            <source>A file the teacher reads into the class report</source>
            <translation>Файл, який учитель додає до звіту класу</translation>
        </message>
        <message>
            <source>No such exam</source>
            <translation>Такого іспиту немає</translation>
        </message>
        <message>
            <source>The exam cannot start</source>
            <translation>Іспит не може розпочатися</translation>
        </message>
        <message>
            <source>The exam cannot be resumed</source>
            <translation>Іспит не можна продовжити</translation>
        </message>
        <message>
            <source>It is closed; its answers stay in your history.</source>
            <translation>Його закрито; відповіді лишаються у вашій історії.</translation>
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation>Іспит не здано</translation>
        </message>
    </context>
    <context>
        <name>ExamPrompts</name>
        <message numerus="yes">
            <source>Not answered yet: question(s) %1 (%n of %2).</source>
            <translation>
                <numerusform>Ще без відповіді: запитання %1 (%n з %2).</numerusform>
                <numerusform>Ще без відповіді: запитання %1 (%n з %2).</numerusform>
                <numerusform>Ще без відповіді: запитання %1 (%n з %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>All %1 questions are answered.</source>
            <translation>На всі %1 запитань є відповіді.</translation>
        </message>
        <message>
            <source>Flagged for review: %1.</source>
            <translation>Позначено для перегляду: %1.</translation>
        </message>
        <message>
            <source>Hand in your exam now? Your answers cannot be changed afterwards.</source>
            <translation>Здати іспит зараз? Після цього відповіді не можна буде змінити.</translation>
        </message>
        <message>
            <source>&amp;Hand in now</source>
            <translation>&amp;Здати зараз</translation>
        </message>
        <message>
            <source>&amp;Keep going</source>
            <translation>&amp;Продовжити</translation>
        </message>
        <message>
            <source>Hand in your exam?</source>
            <translation>Здати іспит?</translation>
        </message>
        <message>
            <source>Hand in now, or keep going?</source>
            <translation>Здати зараз чи продовжити?</translation>
        </message>
    </context>
    <context>
        <name>ExamResultsScreen</name>
        <message>
            <source>Every question — ↑/↓ to move, Ctrl+R reads the cited passage in context</source>
            <translation>Усі запитання — ↑/↓ для переходу, Ctrl+R відкриває цитований уривок у контексті</translation>
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation>Назад до пакетів (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Practise missed (Ctrl+M)</source>
            <translation>Повторити хибні (Ctrl+M)</translation>
        </message>
        <message>
            <source>Practise missed</source>
            <translation>Повторити хибні</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>Скласти ще раз</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Ще раз</translation>
        </message>
        <message>
            <source>The questions you got wrong or left out, with feedback after each</source>
            <translation>Запитання з хибними або пропущеними відповідями, з відгуком після кожного</translation>
        </message>
        <message>
            <source>The same exam, with new questions drawn and a new order</source>
            <translation>Той самий іспит із новими запитаннями й новим порядком</translation>
        </message>
        <message>
            <source>Exam results: open the first cited passage</source>
            <translation>Результати іспиту: відкрити перший цитований уривок</translation>
        </message>
        <message>
            <source>%1 / %2 right  ·  %3 %</source>
            <translation>%1 / %2 правильно  ·  %3 %</translation>
        </message>
        <message>
            <source>Time ran out: your answers were handed in.</source>
            <translation>Час вичерпано: ваші відповіді здано.</translation>
        </message>
        <message>
            <source>Handed in with %1 left.</source>
            <translation>Здано, коли залишалося %1.</translation>
        </message>
        <message>
            <source>Not answered: %1.</source>
            <translation>Без відповіді: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Interrupted and resumed %n time(s).</source>
            <translation>
                <numerusform>Перервано й продовжено %n раз.</numerusform>
                <numerusform>Перервано й продовжено %n рази.</numerusform>
                <numerusform>Перервано й продовжено %n разів.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up. Your answers were handed in.</source>
            <translation>Час минув. Ваші відповіді здано.</translation>
        </message>
    </context>
    <context>
        <name>ExamReview</name>
        <message>
            <source>not answered</source>
            <translation>без відповіді</translation>
        </message>
        <message>
            <source>right</source>
            <translation>правильно</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>хибно</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Запитання %1: %2</translation>
        </message>
        <message>
            <source>Questions of the exam</source>
            <translation>Запитання іспиту</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Запитання %1 з %2</translation>
        </message>
        <message>
            <source>  ·  flagged for review</source>
            <translation>  ·  позначено для перегляду</translation>
        </message>
        <message>
            <source>%1  Not answered</source>
            <translation>%1  Без відповіді</translation>
        </message>
        <message>
            <source>Your answer: — (not answered)</source>
            <translation>Ваша відповідь: — (без відповіді)</translation>
        </message>
    </context>
    <context>
        <name>ExamScreen</name>
        <message>
            <source>Time left</source>
            <translation>Залишилось часу</translation>
        </message>
        <message>
            <source>%1 answered    %2 not answered    %3 flagged for review    —    Ctrl+L: question list</source>
            <translation>%1 з відповіддю    %2 без відповіді    %3 позначено для перегляду    —    Ctrl+L: список запитань</translation>
        </message>
        <message>
            <source>Keep this order</source>
            <translation>Залишити цей порядок</translation>
        </message>
        <message>
            <source>Answers with the order shown, as Enter does</source>
            <translation>Відповідає показаним порядком, як і Enter</translation>
        </message>
        <message>
            <source>◀ Previous (Alt+←)</source>
            <translation>◀ Попереднє (Alt+←)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Попереднє</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Попереднє запитання</translation>
        </message>
        <message>
            <source>Hand in… (Ctrl+Enter)</source>
            <translation>Здати… (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Hand in…</source>
            <translation>Здати…</translation>
        </message>
        <message>
            <source>Hand in the exam</source>
            <translation>Здати іспит</translation>
        </message>
        <message>
            <source>Exam: previous question</source>
            <translation>Іспит: попереднє запитання</translation>
        </message>
        <message>
            <source>Exam: next question</source>
            <translation>Іспит: наступне запитання</translation>
        </message>
        <message>
            <source>Exam: flag this question for review</source>
            <translation>Іспит: позначити це запитання для перегляду</translation>
        </message>
        <message>
            <source>Exam: go to the question palette</source>
            <translation>Іспит: до панелі запитань</translation>
        </message>
        <message>
            <source>Exam: hand in</source>
            <translation>Іспит: здати</translation>
        </message>
        <message>
            <source>Question %1 of %2 · %3 answered</source>
            <translation>Запитання %1 з %2 · відповідей: %3</translation>
        </message>
        <message>
            <source>Hand in…  ⏎</source>
            <translation>Здати…  ⏎</translation>
        </message>
        <message>
            <source>Next ▶  ⏎</source>
            <translation>Далі ▶  ⏎</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Далі ▶</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Наступне запитання</translation>
        </message>
        <message>
            <source>⚑ Flagged (Ctrl+F)</source>
            <translation>⚑ Позначено (Ctrl+F)</translation>
        </message>
        <message>
            <source>⚑ Flagged</source>
            <translation>⚑ Позначено</translation>
        </message>
        <message>
            <source>Flag for review (Ctrl+F)</source>
            <translation>Позначити для перегляду (Ctrl+F)</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Позначити</translation>
        </message>
        <message>
            <source>Flagged for review</source>
            <translation>Позначено для перегляду</translation>
        </message>
        <message>
            <source>Flag for review</source>
            <translation>Позначити для перегляду</translation>
        </message>
        <message>
            <source>Answer not saved</source>
            <translation>Відповідь не збережено</translation>
        </message>
        <message>
            <source>Your exam could not be saved, so it stops here; the answers saved so far are kept.

%1</source>
            <translation>Ваш іспит не вдалося зберегти, тому він зупиняється тут; збережені досі відповіді лишаються.

%1</translation>
        </message>
        <message>
            <source>This exam does not let you go back to earlier questions.</source>
            <translation>Цей іспит не дозволяє повертатися до попередніх запитань.</translation>
        </message>
        <message>
            <source>Go on without an answer?</source>
            <translation>Продовжити без відповіді?</translation>
        </message>
        <message>
            <source>Question %1 has no answer, and this exam does not let you come back to it. Go on anyway?</source>
            <translation>Запитання %1 без відповіді, а цей іспит не дозволяє до нього повернутися. Усе одно продовжити?</translation>
        </message>
        <message>
            <source>Time left: %1</source>
            <translation>Залишилось часу: %1</translation>
        </message>
        <message>
            <source>⚠ 1 minute left.</source>
            <translation>⚠ Залишилася 1 хвилина.</translation>
        </message>
        <message>
            <source>⚠ %1 minutes left.</source>
            <translation>⚠ Залишилось хвилин: %1.</translation>
        </message>
        <message>
            <source>Your answers are saved; when time is up they are handed in.</source>
            <translation>Ваші відповіді збережено; коли час мине, їх буде здано.</translation>
        </message>
        <message>
            <source>Exam not handed in</source>
            <translation>Іспит не здано</translation>
        </message>
        <message>
            <source>Your answers are saved, but handing in could not be recorded; it is finished the next time quizapp starts.

%1</source>
            <translation>Ваші відповіді збережено, але здачу не вдалося записати; її буде завершено під час наступного запуску quizapp.

%1</translation>
        </message>
    </context>
    <context>
        <name>ExamSeal</name>
        <message>
            <source>Not available during an exam: hand it in first.</source>
            <translation>Недоступно під час іспиту: спершу здайте його.</translation>
        </message>
    </context>
    <context>
        <name>ExamSetupDialog</name>
        <message>
            <source>Exam — %1</source>
            <translation>Іспит — %1</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Іспит</translation>
        </message>
        <message>
            <source> min</source>
            <translation> хв</translation>
        </message>
        <message>
            <source>Time limit in minutes</source>
            <translation>Обмеження часу в хвилинах</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>Без обмеження часу</translation>
        </message>
        <message>
            <source>Learners may go back and change answers</source>
            <translation>Учні можуть повертатися й змінювати відповіді</translation>
        </message>
        <message>
            <source>Until they hand in. Unticked, each question is answered once, in turn.</source>
            <translation>До здачі. Якщо зняти позначку, на кожне запитання відповідають один раз, по черзі.</translation>
        </message>
        <message>
            <source>The same questions for every learner</source>
            <translation>Ті самі запитання для всіх учнів</translation>
        </message>
        <message>
            <source>Every learner of the class draws the same questions, on any computer, so the class report compares like with like; each learner still gets their own order. Untick it for a draw of each learner's own.</source>
            <translation>Усі учні класу отримують ті самі запитання на будь-якому комп’ютері, тож звіт класу порівнює рівне з рівним; порядок у кожного свій. Зніміть позначку, щоб кожен учень отримав власну вибірку.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматично</translation>
        </message>
        <message>
            <source>Draw of questions</source>
            <translation>Вибірка запитань</translation>
        </message>
        <message>
            <source>Automatic: one draw for this exam, the same on every computer. A number gives another draw (for a second class, or a second sitting).</source>
            <translation>Автоматично: одна вибірка для цього іспиту, однакова на кожному комп’ютері. Число дає іншу вибірку (для другого класу чи другої спроби).</translation>
        </message>
        <message>
            <source>Each learner's own question order</source>
            <translation>Власний порядок запитань для кожного учня</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Зберегти як шаблон…</translation>
        </message>
        <message>
            <source>Delete preset</source>
            <translation>Видалити шаблон</translation>
        </message>
        <message>
            <source>&amp;Exam:</source>
            <translation>&amp;Іспит:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>&amp;Обмеження часу:</translation>
        </message>
        <message>
            <source>&amp;Draw:</source>
            <translation>&amp;Вибірка:</translation>
        </message>
        <message>
            <source>Start exam</source>
            <translation>Почати іспит</translation>
        </message>
        <message>
            <source>in the pack</source>
            <translation>у пакеті</translation>
        </message>
        <message>
            <source>saved here</source>
            <translation>збережено тут</translation>
        </message>
        <message>
            <source>Your own settings</source>
            <translation>Власні налаштування</translation>
        </message>
        <message>
            <source>no time limit</source>
            <translation>без обмеження часу</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 хв</translation>
        </message>
        <message>
            <source>%1 questions, %2</source>
            <translation>Запитань: %1, %2</translation>
        </message>
        <message>
            <source>No question matches these choices.</source>
            <translation>Жодне запитання не відповідає цьому вибору.</translation>
        </message>
        <message>
            <source>Matching questions: %1 — the exam asks %2.</source>
            <translation>Відповідних запитань: %1 — іспит поставить %2.</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Зберегти як шаблон</translation>
        </message>
        <message>
            <source>Name of this exam:</source>
            <translation>Назва цього іспиту:</translation>
        </message>
        <message>
            <source> (own)</source>
            <translation> (власний)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Export history</source>
            <translation>Експортувати історію</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файли CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Не вдалося експортувати</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Не вдалося записати %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n answer(s) to %1.</source>
            <translation>
                <numerusform>Експортовано %n відповідь у %1.</numerusform>
                <numerusform>Експортовано %n відповіді у %1.</numerusform>
                <numerusform>Експортовано %n відповідей у %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting your history to %1…</source>
            <translation>Експорт вашої історії в %1…</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Зберегти звіт про поступ</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Звіт не збережено</translation>
        </message>
        <message>
            <source>Saved the progress report to %1.</source>
            <translation>Звіт про поступ збережено в %1.</translation>
        </message>
        <message>
            <source>Writing the progress report to %1…</source>
            <translation>Запис звіту про поступ у %1…</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>I was right (Ctrl+I)</source>
            <translation>Я мав рацію (Ctrl+I)</translation>
        </message>
        <message>
            <source>I was right</source>
            <translation>Я мав рацію</translation>
        </message>
        <message>
            <source>Count this answer as right (Ctrl+I). Your teacher sees it among the flagged questions, to add your way of writing it to the accepted answers.</source>
            <translation>Зарахувати цю відповідь як правильну (Ctrl+I). Учитель побачить її серед позначених запитань, щоб додати ваше написання до прийнятих відповідей.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>≈  Almost — check your spelling and try once more</source>
            <translation>≈  Майже — перевірте написання й спробуйте ще раз</translation>
        </message>
        <message>
            <source>✔  Counted as right — you said you were right</source>
            <translation>✔  Зараховано як правильну — ви сказали, що мали рацію</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — still misspelt on the second try</source>
            <translation>✘  Зараховано як хибну — і з другої спроби з помилкою</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — the second try was not right either</source>
            <translation>✘  Зараховано як хибну — друга спроба теж неправильна</translation>
        </message>
        <message>
            <source>✘  Counted as wrong — close; check your spelling</source>
            <translation>✘  Зараховано як хибну — близько; перевірте написання</translation>
        </message>
        <message>
            <source>Not quite</source>
            <translation>Не зовсім</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n choice(s) right</source>
            <translation>
                <numerusform>%1 з %n варіанта правильно</numerusform>
                <numerusform>%1 з %n варіантів правильно</numerusform>
                <numerusform>%1 з %n варіантів правильно</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 in the right place</source>
            <translation>%1 з %2 на правильному місці</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Ваша відповідь: %1</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>Правильна відповідь: %1</translation>
        </message>
    </context>
    <context>
        <name>FlagTableModel</name>
        <message>
            <source>(no longer in the pack)</source>
            <translation>(більше немає в пакеті)</translation>
        </message>
        <message>
            <source>“I was right”: marked wrong, answered “%1”; add it to the accepted answers if it is right</source>
            <translation>«Я мав рацію»: позначено хибною, відповідь «%1»; додайте її до прийнятих відповідей, якщо вона правильна</translation>
        </message>
    </context>
    <context>
        <name>FlagsDialog</name>
        <message>
            <source>Flagged questions — %1</source>
            <translation>Позначені запитання — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n flag(s) from learners who thought a question looked wrong</source>
            <translation>
                <numerusform>%n позначка від учнів, яким запитання здалося хибним</numerusform>
                <numerusform>%n позначки від учнів, яким запитання здалося хибним</numerusform>
                <numerusform>%n позначок від учнів, яким запитання здалося хибним</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them “I was right” on a typed answer marked wrong</source>
            <translation>
                <numerusform>з них %n «Я мав рацію» щодо введеної відповіді, позначеної хибною</numerusform>
                <numerusform>з них %n «Я мав рацію» щодо введених відповідей, позначених хибними</numerusform>
                <numerusform>з них %n «Я мав рацію» щодо введених відповідей, позначених хибними</numerusform>
            </translation>
        </message>
        <message>
            <source>Check each against the source and fix the pack file.</source>
            <translation>Перевірте кожне за джерелом і виправте файл пакета.</translation>
        </message>
        <message>
            <source>No question of this pack has been flagged.</source>
            <translation>Жодне запитання цього пакета не позначено.</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Позначені запитання</translation>
        </message>
        <message>
            <source>Question, comment, learner and date of each flag</source>
            <translation>Запитання, коментар, учень і дата кожної позначки</translation>
        </message>
    </context>
    <context>
        <name>HelpOverlay</name>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
    </context>
    <context>
        <name>HistoryBackups</name>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Відн&amp;овити з резервної копії…</translation>
        </message>
        <message>
            <source>No backup was made: %1</source>
            <translation>Резервну копію не створено: %1</translation>
        </message>
        <message>
            <source>The backup was not restored</source>
            <translation>Резервну копію не відновлено</translation>
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation>Відновлено резервну копію від %1.</translation>
        </message>
        <message>
            <source>Your history as it was is kept as the backup %1.</source>
            <translation>Вашу попередню історію збережено як резервну копію %1.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>none scheduled</source>
            <translation>не заплановано</translation>
        </message>
        <message>
            <source>in under a minute</source>
            <translation>менш ніж за хвилину</translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>за %n хв</numerusform>
                <numerusform>за %n хв</numerusform>
                <numerusform>за %n хв</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>за %n год</numerusform>
                <numerusform>за %n год</numerusform>
                <numerusform>за %n год</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>за %n день</numerusform>
                <numerusform>за %n дні</numerusform>
                <numerusform>за %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Every answer explained, every explanation proved by its source.</source>
            <translation>Кожна відповідь пояснена, кожне пояснення доведене джерелом.</translation>
        </message>
        <message>
            <source>&amp;Learner:</source>
            <translation>&amp;Учень:</translation>
        </message>
        <message>
            <source>New learner…</source>
            <translation>Новий учень…</translation>
        </message>
        <message>
            <source>Rename or delete this learner</source>
            <translation>Перейменувати або видалити цього учня</translation>
        </message>
        <message>
            <source>Learner actions</source>
            <translation>Дії з учнем</translation>
        </message>
        <message>
            <source>Rename learner…</source>
            <translation>Перейменувати…</translation>
        </message>
        <message>
            <source>Delete learner…</source>
            <translation>Видалити…</translation>
        </message>
        <message>
            <source>Packs</source>
            <translation>Пакети</translation>
        </message>
        <message>
            <source>Arrow keys choose a pack; Enter starts it in the chosen mode</source>
            <translation>Стрілки вибирають пакет; Enter запускає його у вибраному режимі</translation>
        </message>
        <message>
            <source>Loading packs…</source>
            <translation>Завантаження пакетів…</translation>
        </message>
        <message>
            <source>Drop a pack file (.yaml or .quizpack) anywhere on this window, or use Open pack… (Ctrl+O).</source>
            <translation>Перетягніть файл пакета (.yaml або .quizpack) будь-куди в це вікно або скористайтеся «Відкрити пакет…» (Ctrl+O).</translation>
        </message>
        <message>
            <source>Open pack…</source>
            <translation>Відкрити пакет…</translation>
        </message>
        <message>
            <source>Open a pack file (Ctrl+O)</source>
            <translation>Відкрити файл пакета (Ctrl+O)</translation>
        </message>
        <message>
            <source>Read the source</source>
            <translation>Читати джерело</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Your progress (Ctrl+T)</source>
            <translation>Ваш поступ (Ctrl+T)</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Позначені запитання</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Режим</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Режим:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Почати</translation>
        </message>
        <message>
            <source>Start the selected pack in the chosen mode (Enter)</source>
            <translation>Запустити вибраний пакет у вибраному режимі (Enter)</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Практика</translation>
        </message>
        <message numerus="yes">
            <source>Practice — all %n question(s)</source>
            <translation>
                <numerusform>Практика — усе %n запитання</numerusform>
                <numerusform>Практика — усі %n запитання</numerusform>
                <numerusform>Практика — усі %n запитань</numerusform>
            </translation>
        </message>
        <message>
            <source>Review mistakes — %1</source>
            <translation>Повторити помилки — %1</translation>
        </message>
        <message>
            <source>Due today — %1 due, %2 new</source>
            <translation>На сьогодні — %1 до повторення, %2 нових</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Власний…</translation>
        </message>
        <message>
            <source>Exam…</source>
            <translation>Іспит…</translation>
        </message>
        <message>
            <source>Spaced repetition: %1 due now, %2 new today; next review %3. Mistakes to review: %4.</source>
            <translation>Інтервальні повторення: зараз %1 до повторення, %2 нових сьогодні; наступне повторення %3. Помилок до повторення: %4.</translation>
        </message>
        <message>
            <source>Flagged questions (%1)</source>
            <translation>Позначені запитання (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n pack(s) ready.</source>
            <translation>
                <numerusform>%n пакет готовий.</numerusform>
                <numerusform>%n пакети готові.</numerusform>
                <numerusform>%n пакетів готові.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be loaded (hover for why).</source>
            <translation>
                <numerusform>%n не вдалося завантажити (наведіть курсор, щоб дізнатися чому).</numerusform>
                <numerusform>%n не вдалося завантажити (наведіть курсор, щоб дізнатися чому).</numerusform>
                <numerusform>%n не вдалося завантажити (наведіть курсор, щоб дізнатися чому).</numerusform>
            </translation>
        </message>
        <message>
            <source>This pack cannot be used:</source>
            <translation>Цей пакет не можна використати:</translation>
        </message>
    </context>
    <context>
        <name>HostDialog</name>
        <message>
            <source>Host a live session</source>
            <translation>Провести живу сесію</translation>
        </message>
        <message>
            <source>Only this computer (%1)</source>
            <translation>Лише цей комп’ютер (%1)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>No countdown</source>
            <translation>Без відліку</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Show a po&amp;dium of the top three at the end</source>
            <translation>Показати в кінці п’&amp;єдестал трьох найкращих</translation>
        </message>
        <message>
            <source>Show the questions &amp;full screen (F11 switches)</source>
            <translation>Показувати запитання на весь &amp;екран (F11 перемикає)</translation>
        </message>
        <message>
            <source>Students open the address shown next, on any device on the same network, and type the PIN. Nothing leaves this computer.</source>
            <translation>Учні відкривають адресу, яку буде показано далі, на будь-якому пристрої в тій самій мережі, і вводять PIN. Ніщо не залишає цей комп’ютер.</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Пакет:</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Мережа:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Запитання:</translation>
        </message>
        <message>
            <source>&amp;Time per question:</source>
            <translation>&amp;Час на запитання:</translation>
        </message>
        <message>
            <source>Start hosting</source>
            <translation>Почати сесію</translation>
        </message>
    </context>
    <context>
        <name>InteropActions</name>
        <message>
            <source>Skipped and changed questions</source>
            <translation>Пропущені та змінені запитання</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копіювати</translation>
        </message>
        <message>
            <source>Copy every message as FILE:LINE: warning: …</source>
            <translation>Копіювати всі повідомлення як ФАЙЛ:РЯДОК: warning: …</translation>
        </message>
        <message>
            <source>&amp;Import questions…</source>
            <translation>&amp;Імпортувати запитання…</translation>
        </message>
        <message>
            <source>E&amp;xport pack…</source>
            <translation>&amp;Експортувати пакет…</translation>
        </message>
        <message>
            <source>Import questions</source>
            <translation>Імпортувати запитання</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Імпорт %1…</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Нічого не імпортовано</translation>
        </message>
        <message>
            <source>%1 could not be imported:</source>
            <translation>Не вдалося імпортувати %1:</translation>
        </message>
        <message>
            <source>Line %1: </source>
            <translation>Рядок %1: </translation>
        </message>
        <message>
            <source>No question of %1 could be imported. The reasons, by line:</source>
            <translation>Жодного запитання з %1 не вдалося імпортувати. Причини за рядками:</translation>
        </message>
        <message>
            <source>Save the new pack</source>
            <translation>Зберегти новий пакет</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml)</source>
            <translation>Пакети тестів (*.yaml)</translation>
        </message>
        <message>
            <source>Pack not saved</source>
            <translation>Пакет не збережено</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation>
                <numerusform>Імпортовано %n запитання в %1.</numerusform>
                <numerusform>Імпортовано %n запитання в %1.</numerusform>
                <numerusform>Імпортовано %n запитань в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be imported; the reasons are listed below with their line in the file.</source>
            <translation>
                <numerusform>%n запитання не вдалося імпортувати; причини наведено нижче з рядком у файлі.</numerusform>
                <numerusform>%n запитання не вдалося імпортувати; причини наведено нижче з рядком у файлі.</numerusform>
                <numerusform>%n запитань не вдалося імпортувати; причини наведено нижче з рядком у файлі.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some questions were changed on the way (see below).</source>
            <translation>Деякі запитання змінено під час імпорту (див. нижче).</translation>
        </message>
        <message>
            <source>Questions imported</source>
            <translation>Запитання імпортовано</translation>
        </message>
        <message>
            <source>Export pack</source>
            <translation>Експортувати пакет</translation>
        </message>
        <message>
            <source>Choose a pack that opens without errors first.</source>
            <translation>Спершу виберіть пакет, що відкривається без помилок.</translation>
        </message>
        <message>
            <source>Export “%1” as:</source>
            <translation>Експортувати «%1» як:</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Не вдалося експортувати</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Експортовано в %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) could not be written in this format.</source>
            <translation>
                <numerusform>%n запитання не вдалося записати в цьому форматі.</numerusform>
                <numerusform>%n запитання не вдалося записати в цьому форматі.</numerusform>
                <numerusform>%n запитань не вдалося записати в цьому форматі.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pack exported</source>
            <translation>Пакет експортовано</translation>
        </message>
        <message>
            <source>What the format could not hold, by question:</source>
            <translation>Що формат не зміг вмістити, за запитаннями:</translation>
        </message>
    </context>
    <context>
        <name>JoinWindow</name>
        <message>
            <source>Join a live session</source>
            <translation>Приєднатися до живої сесії</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Приєднатися</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адреса:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ім’я:</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Надіслати відповідь</translation>
        </message>
        <message>
            <source>Type the address the teacher shows, like 192.168.1.20:8765</source>
            <translation>Введіть адресу, яку показує вчитель, наприклад 192.168.1.20:8765</translation>
        </message>
        <message>
            <source>Connection lost. Reconnecting…</source>
            <translation>З’єднання втрачено. Повторне підключення…</translation>
        </message>
        <message>
            <source>You're in! Waiting for the teacher to start.</source>
            <translation>Ви в грі! Чекайте, доки вчитель почне.</translation>
        </message>
        <message>
            <source>Answer received. Wait for the reveal.</source>
            <translation>Відповідь отримано. Чекайте на розкриття.</translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Час минув.</translation>
        </message>
        <message>
            <source>The quiz is over: %1 of %2 right.</source>
            <translation>Тест завершено: %1 з %2 правильно.</translation>
        </message>
        <message>
            <source>Give a complete answer first.</source>
            <translation>Спершу дайте повну відповідь.</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Ваша відповідь: %1</translation>
        </message>
        <message>
            <source>Right answer: %1</source>
            <translation>Правильна відповідь: %1</translation>
        </message>
        <message>
            <source>From the source — %1</source>
            <translation>Із джерела — %1</translation>
        </message>
        <message>
            <source>Score: %1</source>
            <translation>Бали: %1</translation>
        </message>
    </context>
    <context>
        <name>KeyRepairs</name>
        <message>
            <source>“%1” is not a key of %2.</source>
            <translation>«%1» не є ключем %2.</translation>
        </message>
        <message>
            <source>Add the colon: %1: …</source>
            <translation>Додати двокрапку: %1: …</translation>
        </message>
        <message>
            <source>Add the missing colon after %1</source>
            <translation>Додати пропущену двокрапку після %1</translation>
        </message>
        <message>
            <source>Add the colon after %1</source>
            <translation>Додати двокрапку після %1</translation>
        </message>
        <message>
            <source>Remove this key</source>
            <translation>Вилучити цей ключ</translation>
        </message>
        <message>
            <source>Remove the key %1</source>
            <translation>Вилучити ключ %1</translation>
        </message>
    </context>
    <context>
        <name>KeyboardHelp</name>
        <message>
            <source>Everywhere</source>
            <translation>Будь-де</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Next / previous control</source>
            <translation>Наступний / попередній елемент</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Press the focused button; elsewhere the screen's main action</source>
            <translation>Натиснути кнопку у фокусі; деінде — головна дія екрана</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Пробіл</translation>
        </message>
        <message>
            <source>Press the focused button, tick the focused box</source>
            <translation>Натиснути кнопку у фокусі, позначити прапорець у фокусі</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close a dialog; leave the quiz (answers are saved); back to the packs</source>
            <translation>Закрити діалог; вийти з тесту (відповіді збережено); назад до пакетів</translation>
        </message>
        <message>
            <source>Move inside a table, list or drop-down list</source>
            <translation>Рух у таблиці, списку чи розкривному списку</translation>
        </message>
        <message>
            <source>Start the selected pack in the chosen mode</source>
            <translation>Запустити вибраний пакет у вибраному режимі</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Головний екран</translation>
        </message>
        <message>
            <source>Pick a choice (toggle one for "choose all that apply")</source>
            <translation>Вибрати варіант (перемкнути для «виберіть усі правильні»)</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>Check the answer; Enter again goes on</source>
            <translation>Перевірити відповідь; ще раз Enter — далі</translation>
        </message>
        <message>
            <source>Move the selected item up or down (ordering questions)</source>
            <translation>Пересунути вибраний елемент угору чи вниз (запитання на послідовність)</translation>
        </message>
        <message>
            <source>(undescribed)</source>
            <translation>(без опису)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>&amp;Read aloud</source>
            <translation>&amp;Читати вголос</translation>
        </message>
        <message>
            <source>Read the question, its choices and the feedback aloud (%1)</source>
            <translation>Прочитати вголос запитання, варіанти й відгук (%1)</translation>
        </message>
    </context>
    <context>
        <name>Learners</name>
        <message>
            <source>Guest (keeps nothing)</source>
            <translation>Гість (нічого не зберігає)</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Учень</translation>
        </message>
        <message>
            <source>Rename learner</source>
            <translation>Перейменувати учня</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Нове ім’я:</translation>
        </message>
        <message>
            <source>Cannot rename</source>
            <translation>Не вдається перейменувати</translation>
        </message>
        <message>
            <source>Delete learner?</source>
            <translation>Видалити учня?</translation>
        </message>
        <message>
            <source>Delete “%1” and all of their history, statistics and review schedule? This cannot be undone.</source>
            <translation>Видалити «%1» разом з усією історією, статистикою та розкладом повторень? Це не можна скасувати.</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <source>Add a row to %1</source>
            <translation>Додати рядок до: %1</translation>
        </message>
        <message>
            <source>Remove the selected row of %1</source>
            <translation>Вилучити вибраний рядок: %1</translation>
        </message>
        <message>
            <source>Move up the selected row of %1</source>
            <translation>Пересунути вибраний рядок угору: %1</translation>
        </message>
        <message>
            <source>Move down the selected row of %1</source>
            <translation>Пересунути вибраний рядок униз: %1</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>правильна</translation>
        </message>
    </context>
    <context>
        <name>LiveActions</name>
        <message>
            <source>&amp;Class</source>
            <translation>&amp;Клас</translation>
        </message>
        <message>
            <source>&amp;Host a live session…</source>
            <translation>&amp;Провести живу сесію…</translation>
        </message>
        <message>
            <source>&amp;Join a live session…</source>
            <translation>Приєдн&amp;атися до живої сесії…</translation>
        </message>
        <message>
            <source>The live session cannot start</source>
            <translation>Жива сесія не може розпочатися</translation>
        </message>
        <message>
            <source>%1

Choose another port or network and try again.</source>
            <translation>%1

Виберіть інший порт чи мережу й спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Continue the live session?</source>
            <translation>Продовжити живу сесію?</translation>
        </message>
        <message numerus="yes">
            <source>A live session was interrupted at question %1 with %n student(s). Continue it? The students' pages reconnect by themselves.

Choose No to end it and save its results.</source>
            <translation>
                <numerusform>Живу сесію перервано на запитанні %1 з %n учнем. Продовжити? Сторінки учнів під’єднаються самі.

Виберіть «Ні», щоб завершити її та зберегти результати.</numerusform>
                <numerusform>Живу сесію перервано на запитанні %1 з %n учнями. Продовжити? Сторінки учнів під’єднаються самі.

Виберіть «Ні», щоб завершити її та зберегти результати.</numerusform>
                <numerusform>Живу сесію перервано на запитанні %1 з %n учнями. Продовжити? Сторінки учнів під’єднаються самі.

Виберіть «Ні», щоб завершити її та зберегти результати.</numerusform>
            </translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Нова адреса</translation>
        </message>
        <message>
            <source>The interrupted live session's results are saved in %1</source>
            <translation>Результати перерваної живої сесії збережено в %1</translation>
        </message>
        <message>
            <source>The live session cannot be continued</source>
            <translation>Живу сесію не можна продовжити</translation>
        </message>
    </context>
    <context>
        <name>LiveExtras</name>
        <message>
            <source>Joined students</source>
            <translation>Учасники</translation>
        </message>
        <message>
            <source>QR code of the address %1</source>
            <translation>QR-код адреси %1</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) joined</source>
            <translation>
                <numerusform>Приєднався %n учень</numerusform>
                <numerusform>Приєдналися %n учні</numerusform>
                <numerusform>Приєдналися %n учнів</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers so far</source>
            <translation>Відповіді досі</translation>
        </message>
        <message numerus="yes">
            <source>of %n answered</source>
            <translation>
                <numerusform>з %n відповіли</numerusform>
                <numerusform>з %n відповіли</numerusform>
                <numerusform>з %n відповіли</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone has answered</source>
            <translation>Усі відповіли</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 з %n відповіли</numerusform>
                <numerusform>%1 з %n відповіли</numerusform>
                <numerusform>%1 з %n відповіли</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n right</source>
            <translation>
                <numerusform>%1 з %n правильно</numerusform>
                <numerusform>%1 з %n правильно</numerusform>
                <numerusform>%1 з %n правильно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n did not answer</source>
            <translation>
                <numerusform>%n не відповів</numerusform>
                <numerusform>%n не відповіли</numerusform>
                <numerusform>%n не відповіли</numerusform>
            </translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Учень</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Відповіли</translation>
        </message>
        <message>
            <source>Time (s)</source>
            <translation>Час (с)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <source>Results per student</source>
            <translation>Результати кожного учня</translation>
        </message>
    </context>
    <context>
        <name>LiveWidgets</name>
        <message>
            <source>%1 (away)</source>
            <translation>%1 (немає)</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Правда</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Неправда</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <source>Almost</source>
            <translation>Майже</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>Хибно</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Без відповіді</translation>
        </message>
        <message>
            <source>right</source>
            <translation>правильно</translation>
        </message>
        <message>
            <source>almost (a spelling slip, counted wrong)</source>
            <translation>майже (описка, зараховано як хибну)</translation>
        </message>
        <message>
            <source>wrong</source>
            <translation>хибно</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Відповіді</translation>
        </message>
        <message>
            <source>Answers chart</source>
            <translation>Діаграма відповідей</translation>
        </message>
        <message>
            <source> (right)</source>
            <translation> (правильна)</translation>
        </message>
    </context>
    <context>
        <name>LiveWindow</name>
        <message>
            <source>Live session — %1</source>
            <translation>Жива сесія — %1</translation>
        </message>
        <message>
            <source>Live session</source>
            <translation>Жива сесія</translation>
        </message>
        <message>
            <source>Space, Enter</source>
            <translation>Пробіл, Enter</translation>
        </message>
        <message>
            <source>Start; reveal the answer and how the class answered; then why and the source; then the next question</source>
            <translation>Почати; показати відповідь і як відповів клас; потім пояснення й джерело; потім наступне запитання</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>Full screen, or a window on this screen</source>
            <translation>Повний екран або вікно на цьому екрані</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation>Затемнити екран і назад</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation>Темний текст на білому або світлий на чорному</translation>
        </message>
        <message>
            <source>↑  ↓</source>
            <translation>↑  ↓</translation>
        </message>
        <message>
            <source>Scroll a slide too long for the screen, or the results</source>
            <translation>Прокрутити задовгий слайд або результати</translation>
        </message>
        <message>
            <source>O</source>
            <translation>O</translation>
        </message>
        <message>
            <source>Open the folder of results files (at the end)</source>
            <translation>Відкрити теку з файлами результатів (у кінці)</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation>Показати або сховати ці клавіші</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>End the session (after asking); close it at the end</source>
            <translation>Завершити сесію (після підтвердження); закрити в кінці</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s per question</source>
            <translation>
                <numerusform>%n с на запитання</numerusform>
                <numerusform>%n с на запитання</numerusform>
                <numerusform>%n с на запитання</numerusform>
            </translation>
        </message>
        <message>
            <source>PIN %1</source>
            <translation>PIN %1</translation>
        </message>
        <message>
            <source>Open this address in the browser of a phone, tablet or computer on this network (or scan the code), then type the PIN and your name.</source>
            <translation>Відкрийте цю адресу в браузері телефона, планшета чи комп’ютера в цій мережі (або скануйте код), потім введіть PIN і своє ім’я.</translation>
        </message>
        <message>
            <source>Address %1, PIN %2</source>
            <translation>Адреса %1, PIN %2</translation>
        </message>
        <message>
            <source>Answer: %1. %2</source>
            <translation>Відповідь: %1. %2</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1-ше</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2-ге</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3-тє</translation>
        </message>
        <message numerus="yes">
            <source>%1  %2 — %n right</source>
            <translation>
                <numerusform>%1  %2 — %n правильна</numerusform>
                <numerusform>%1  %2 — %n правильні</numerusform>
                <numerusform>%1  %2 — %n правильних</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) took part</source>
            <translation>
                <numerusform>Взяв участь %n учень</numerusform>
                <numerusform>Взяли участь %n учні</numerusform>
                <numerusform>Взяли участь %n учнів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average %1 of %n right</source>
            <translation>
                <numerusform>У середньому %1 з %n правильно</numerusform>
                <numerusform>У середньому %1 з %n правильно</numerusform>
                <numerusform>У середньому %1 з %n правильно</numerusform>
            </translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результати</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n results file(s) in %1…</source>
            <translation>
                <numerusform>Збереження %n файлу результатів у %1…</numerusform>
                <numerusform>Збереження %n файлів результатів у %1…</numerusform>
                <numerusform>Збереження %n файлів результатів у %1…</numerusform>
            </translation>
        </message>
        <message>
            <source>The results could not be saved.</source>
            <translation>Не вдалося зберегти результати.</translation>
        </message>
        <message numerus="yes">
            <source>%n results file(s) saved in %1</source>
            <translation>
                <numerusform>%n файл результатів збережено в %1</numerusform>
                <numerusform>%n файли результатів збережено в %1</numerusform>
                <numerusform>%n файлів результатів збережено в %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Space, Esc: close</source>
            <translation>Пробіл, Esc: закрити</translation>
        </message>
        <message>
            <source>O: open the results folder</source>
            <translation>O: відкрити теку результатів</translation>
        </message>
        <message>
            <source>F1: keys</source>
            <translation>F1: клавіші</translation>
        </message>
        <message>
            <source>Space: start</source>
            <translation>Пробіл: почати</translation>
        </message>
        <message>
            <source>Waiting for students</source>
            <translation>Очікування учнів</translation>
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation>Пробіл: показати відповідь</translation>
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation>Пробіл: пояснення й джерело</translation>
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation>Пробіл: більше з джерела</translation>
        </message>
        <message>
            <source>Space: finish</source>
            <translation>Пробіл: завершити</translation>
        </message>
        <message>
            <source>Space: next question</source>
            <translation>Пробіл: наступне запитання</translation>
        </message>
        <message>
            <source>Esc: end the session</source>
            <translation>Esc: завершити сесію</translation>
        </message>
        <message>
            <source>Results not saved</source>
            <translation>Результати не збережено</translation>
        </message>
        <message>
            <source>The results could not be saved in %1: %2</source>
            <translation>Не вдалося зберегти результати в %1: %2</translation>
        </message>
        <message>
            <source>End the live session?</source>
            <translation>Завершити живу сесію?</translation>
        </message>
        <message>
            <source>Students will not be able to answer any more. Their results are saved.</source>
            <translation>Учні більше не зможуть відповідати. Їхні результати збережено.</translation>
        </message>
        <message>
            <source>Answers cannot be saved</source>
            <translation>Не вдається зберігати відповіді</translation>
        </message>
        <message>
            <source>The session's answers can no longer be written to disk (%1). End the session to save the results you have.</source>
            <translation>Відповіді сесії більше не вдається записувати на диск (%1). Завершіть сесію, щоб зберегти наявні результати.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>&amp;Відкрити пакет…</translation>
        </message>
        <message>
            <source>Export history as &amp;CSV…</source>
            <translation>Експортувати історію як &amp;CSV…</translation>
        </message>
        <message>
            <source>Save progress &amp;report as PDF…</source>
            <translation>Зберегти &amp;звіт про поступ як PDF…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>&amp;Learner</source>
            <translation>&amp;Учень</translation>
        </message>
        <message>
            <source>&amp;New learner…</source>
            <translation>&amp;Новий учень…</translation>
        </message>
        <message>
            <source>&amp;Rename learner…</source>
            <translation>&amp;Перейменувати…</translation>
        </message>
        <message>
            <source>&amp;Delete learner…</source>
            <translation>Ви&amp;далити…</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Статистика</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;About quizapp</source>
            <translation>&amp;Про quizapp</translation>
        </message>
        <message>
            <source>A pack could not be opened as listed; the list is read again.</source>
            <translation>Пакет не вдалося відкрити так, як у списку; список читається знову.</translation>
        </message>
        <message numerus="yes">
            <source>Loading packs… %n read</source>
            <translation>
                <numerusform>Завантаження пакетів… прочитано %n</numerusform>
                <numerusform>Завантаження пакетів… прочитано %n</numerusform>
                <numerusform>Завантаження пакетів… прочитано %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n to go</source>
            <translation>
                <numerusform>, лишився %n</numerusform>
                <numerusform>, лишилося %n</numerusform>
                <numerusform>, лишилося %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Щось пішло не так</translation>
        </message>
        <message>
            <source>Open a quiz pack</source>
            <translation>Відкрити пакет тестів</translation>
        </message>
        <message>
            <source>Quiz packs (*.yaml *.yml *.quizpack);;All files (*)</source>
            <translation>Пакети тестів (*.yaml *.yml *.quizpack);;Усі файли (*)</translation>
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation>Не вдається відкрити %1.</translation>
        </message>
        <message>
            <source>%1 is open, but %2.</source>
            <translation>%1 відкрито, але %2.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Перевірка %1…</translation>
        </message>
        <message>
            <source>Leave the quiz first (Esc); your answers are saved.</source>
            <translation>Спершу вийдіть із тесту (Esc); ваші відповіді збережено.</translation>
        </message>
        <message>
            <source>Cannot use that name</source>
            <translation>Це ім’я не підходить</translation>
        </message>
        <message>
            <source>New learner</source>
            <translation>Новий учень</translation>
        </message>
        <message>
            <source>Name of the new learner:</source>
            <translation>Ім’я нового учня:</translation>
        </message>
        <message>
            <source>Deleted learner %1.</source>
            <translation>Учня %1 видалено.</translation>
        </message>
        <message>
            <source>No questions to ask in this mode right now. Try Practice, or come back when reviews are due.</source>
            <translation>У цьому режимі зараз немає запитань. Спробуйте «Практику» або поверніться, коли настане час повторення.</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>Тест не може розпочатися</translation>
        </message>
        <message>
            <source>Flag this question</source>
            <translation>Позначити це запитання</translation>
        </message>
        <message>
            <source>What looks wrong? (optional, for the pack's author)</source>
            <translation>Що здається хибним? (необов’язково, для автора пакета)</translation>
        </message>
        <message>
            <source>Flag not saved</source>
            <translation>Позначку не збережено</translation>
        </message>
        <message>
            <source>Flagged — thank you. Teachers see it under Flagged questions.</source>
            <translation>Позначено — дякуємо. Учителі побачать це в «Позначених запитаннях».</translation>
        </message>
        <message>
            <source>Your answers are saved and you can resume later.</source>
            <translation>Ваші відповіді збережено, ви зможете продовжити пізніше.</translation>
        </message>
        <message>
            <source>%1 of them could not be saved; the other %2 are saved.</source>
            <translation>%1 з них не вдалося зберегти; решту %2 збережено.</translation>
        </message>
        <message>
            <source>Leave this quiz?</source>
            <translation>Вийти з цього тесту?</translation>
        </message>
        <message numerus="yes">
            <source>You have answered %1 of %n question(s).</source>
            <translation>
                <numerusform>Ви відповіли на %1 з %n запитання.</numerusform>
                <numerusform>Ви відповіли на %1 з %n запитань.</numerusform>
                <numerusform>Ви відповіли на %1 з %n запитань.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>Вийти з тесту?</translation>
        </message>
        <message>
            <source>Opening statistics…</source>
            <translation>Відкриття статистики…</translation>
        </message>
        <message>
            <source>Reading the packs for the report…</source>
            <translation>Читання пакетів для звіту…</translation>
        </message>
    </context>
    <context>
        <name>MatchingAnswer</name>
        <message>
            <source>Choose…</source>
            <translation>Виберіть…</translation>
        </message>
        <message>
            <source>Match for: %1</source>
            <translation>Пара для: %1</translation>
        </message>
        <message>
            <source>Item %1 of %2; arrow keys choose its match, Tab goes to the next item</source>
            <translation>Елемент %1 з %2; стрілки вибирають пару, Tab — до наступного елемента</translation>
        </message>
        <message>
            <source>Match each item on the left: Tab between the lists, arrow keys choose. Then Enter.</source>
            <translation>Доберіть пару кожному елементу ліворуч: Tab переходить між списками, стрілки вибирають. Потім Enter.</translation>
        </message>
        <message>
            <source>Matches to choose from: %1</source>
            <translation>На вибір: %1</translation>
        </message>
        <message>
            <source>right</source>
            <translation>правильно</translation>
        </message>
        <message>
            <source>wrong, the right match is %1</source>
            <translation>хибно, правильна пара — %1</translation>
        </message>
    </context>
    <context>
        <name>NewPackDialog</name>
        <message>
            <source>Texts (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</source>
            <translation>Тексти (*.md *.markdown *.txt *.text *.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>New pack from a text</source>
            <translation>Новий пакет із тексту</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>Новий пакет</translation>
        </message>
        <message>
            <source>Text to cite</source>
            <translation>Текст для цитування</translation>
        </message>
        <message>
            <source>optional: a .md, .txt or .html file</source>
            <translation>необов’язково: файл .md, .txt або .html</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Folder for the new pack</source>
            <translation>Тека для нового пакета</translation>
        </message>
        <message>
            <source>Pack id</source>
            <translation>Ідентифікатор пакета</translation>
        </message>
        <message>
            <source>&amp;Text to cite</source>
            <translation>&amp;Текст для цитування</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>Т&amp;ека</translation>
        </message>
        <message>
            <source>Pack &amp;id</source>
            <translation>&amp;Ідентифікатор пакета</translation>
        </message>
        <message>
            <source>quizapp copies the text into the folder as source.md, with an id on every paragraph, and starts the pack with one cited example question of each type for you to rewrite.</source>
            <translation>quizapp копіює текст у теку як source.md, з ідентифікатором для кожного абзацу, і починає пакет із прикладу запитання кожного типу з цитатою, щоб ви його переписали.</translation>
        </message>
        <message>
            <source>&amp;Create and edit</source>
            <translation>&amp;Створити й редагувати</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Огляд…</translation>
        </message>
        <message>
            <source>Browse for %1</source>
            <translation>Огляд: %1</translation>
        </message>
        <message>
            <source>The text your questions will cite</source>
            <translation>Текст, який цитуватимуть ваші запитання</translation>
        </message>
        <message>
            <source>Choose a folder for the new pack.</source>
            <translation>Виберіть теку для нового пакета.</translation>
        </message>
    </context>
    <context>
        <name>OrderingAnswer</name>
        <message>
            <source>Items to put in order</source>
            <translation>Елементи для впорядкування</translation>
        </message>
        <message>
            <source>Move up (Alt+↑)</source>
            <translation>Вгору (Alt+↑)</translation>
        </message>
        <message>
            <source>Move down (Alt+↓)</source>
            <translation>Вниз (Alt+↓)</translation>
        </message>
        <message>
            <source>Put the items in order: drag them, or select one and press Alt+↑ / Alt+↓. Press Enter when done.</source>
            <translation>Розставте елементи в правильному порядку: перетягніть їх або виберіть один і натисніть Alt+↑ / Alt+↓. Коли закінчите, натисніть Enter.</translation>
        </message>
        <message>
            <source>(belongs at: %1)</source>
            <translation>(має бути: %1)</translation>
        </message>
        <message>
            <source>Your order, marked: %1</source>
            <translation>Ваш порядок, з позначками: %1</translation>
        </message>
    </context>
    <context>
        <name>PackDetailsDialog</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <source>&amp;Id (history is kept under it)</source>
            <translation>&amp;Ідентифікатор (під ним ведеться історія)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Версія</translation>
        </message>
        <message>
            <source>Source &amp;file (beside the pack)</source>
            <translation>&amp;Файл джерела (поруч із пакетом)</translation>
        </message>
        <message>
            <source>Source t&amp;itle</source>
            <translation>Назва дж&amp;ерела</translation>
        </message>
        <message>
            <source>&amp;Publisher or author</source>
            <translation>Ви&amp;давець або автор</translation>
        </message>
        <message>
            <source>Li&amp;cense</source>
            <translation>&amp;Ліцензія</translation>
        </message>
        <message>
            <source>License &amp;address</source>
            <translation>Адреса ліцен&amp;зії</translation>
        </message>
        <message>
            <source>Where it was &amp;published</source>
            <translation>Де о&amp;публіковано</translation>
        </message>
        <message>
            <source>Pack details</source>
            <translation>Відомості про пакет</translation>
        </message>
        <message>
            <source>&amp;Authors (comma-separated)</source>
            <translation>&amp;Автори (через кому)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Опис</translation>
        </message>
        <message>
            <source>The attribution below is shown with every quote; most licenses (Creative Commons among them) require it.</source>
            <translation>Зазначення авторства нижче показується з кожною цитатою; цього вимагає більшість ліцензій (зокрема Creative Commons).</translation>
        </message>
    </context>
    <context>
        <name>PackEditor</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>&amp;Duplicate question</source>
            <translation>&amp;Дублювати запитання</translation>
        </message>
        <message>
            <source>De&amp;lete question</source>
            <translation>&amp;Видалити запитання</translation>
        </message>
        <message>
            <source>Move question &amp;up</source>
            <translation>Пересунути запитання в&amp;гору</translation>
        </message>
        <message>
            <source>Move question do&amp;wn</source>
            <translation>Пересунути запитання в&amp;низ</translation>
        </message>
        <message>
            <source>&amp;Cite selection</source>
            <translation>&amp;Цитувати виділене</translation>
        </message>
        <message>
            <source>&amp;Preview as a learner</source>
            <translation>&amp;Переглянути як учень</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Зберегти &amp;як…</translation>
        </message>
        <message>
            <source>Pack &amp;details…</source>
            <translation>&amp;Відомості про пакет…</translation>
        </message>
        <message>
            <source>Attach a source &amp;text…</source>
            <translation>Додати &amp;текст джерела…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>За&amp;крити</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Запитання</translation>
        </message>
        <message>
            <source>Go to the question &amp;list</source>
            <translation>До &amp;списку запитань</translation>
        </message>
        <message>
            <source>Go to the &amp;form</source>
            <translation>До &amp;форми</translation>
        </message>
        <message>
            <source>Go to the &amp;source text</source>
            <translation>До тексту дж&amp;ерела</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>Додати &amp;запитання</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>%1[*] — Edit pack — quizapp</source>
            <translation>%1[*] — Редагування пакета — quizapp</translation>
        </message>
        <message>
            <source>The pack: </source>
            <translation>Пакет: </translation>
        </message>
        <message>
            <source>Checks — ✘ errors: %1, ⚠ warnings: %2</source>
            <translation>Перевірки — ✘ помилки: %1, ⚠ попередження: %2</translation>
        </message>
        <message>
            <source>Checks — no problems: the pack is ready to play</source>
            <translation>Перевірки — проблем немає: пакет готовий</translation>
        </message>
        <message>
            <source>Add %1 question</source>
            <translation>Додати запитання: %1</translation>
        </message>
        <message>
            <source>Duplicate question</source>
            <translation>Дублювати запитання</translation>
        </message>
        <message>
            <source>Select or add a question to cite for.</source>
            <translation>Виберіть або додайте запитання, для якого цитувати.</translation>
        </message>
        <message>
            <source>This question already cites those words.</source>
            <translation>Це запитання вже цитує ці слова.</translation>
        </message>
        <message>
            <source>Cited passage %1: “%2”</source>
            <translation>Цитований уривок %1: «%2»</translation>
        </message>
        <message>
            <source>Fix this question's errors to preview it.</source>
            <translation>Виправте помилки цього запитання, щоб переглянути його.</translation>
        </message>
        <message>
            <source>Form (Ctrl+2)</source>
            <translation>Форма (Ctrl+2)</translation>
        </message>
        <message>
            <source>Source text (Ctrl+3)</source>
            <translation>Текст джерела (Ctrl+3)</translation>
        </message>
    </context>
    <context>
        <name>PackIdentity</name>
        <message>
            <source>Same pack or a copy?</source>
            <translation>Той самий пакет чи копія?</translation>
        </message>
        <message>
            <source>Another pack file already uses the id “%1”.</source>
            <translation>Інший файл пакета вже використовує ідентифікатор «%1».</translation>
        </message>
        <message>
            <source>Is this the same pack, moved or updated? Then learners' history carries on. Or is it a copy to adapt? Then it gets its own id and its own history.</source>
            <translation>Це той самий пакет, переміщений чи оновлений? Тоді історія учнів продовжується. Чи це копія для переробки? Тоді вона отримає власний ідентифікатор і власну історію.</translation>
        </message>
        <message>
            <source>This pack: %1</source>
            <translation>Цей пакет: %1</translation>
        </message>
        <message>
            <source>The other file: %1</source>
            <translation>Інший файл: %1</translation>
        </message>
        <message>
            <source>&amp;Same pack — share history</source>
            <translation>&amp;Той самий пакет — спільна історія</translation>
        </message>
        <message>
            <source>A &amp;copy — give it a new id</source>
            <translation>&amp;Копія — дати новий ідентифікатор</translation>
        </message>
    </context>
    <context>
        <name>PackProblemsDialog</name>
        <message>
            <source>This pack cannot be opened</source>
            <translation>Цей пакет не можна відкрити</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in %1 must be fixed before it can be used. Fix them in the file and open it again; 'quizapp validate' lists them too.</source>
            <translation>
                <numerusform>%n проблему в %1 треба виправити, перш ніж його можна буде використати. Виправте її у файлі й відкрийте знову; 'quizapp validate' теж її показує.</numerusform>
                <numerusform>%n проблеми в %1 треба виправити, перш ніж його можна буде використати. Виправте їх у файлі й відкрийте знову; 'quizapp validate' теж їх показує.</numerusform>
                <numerusform>%n проблем у %1 треба виправити, перш ніж його можна буде використати. Виправте їх у файлі й відкрийте знову; 'quizapp validate' теж їх показує.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: 'Copy all' copies every one.</source>
            <translation>
                <numerusform>… і ще %n: «Копіювати все» копіює кожну.</numerusform>
                <numerusform>… і ще %n: «Копіювати все» копіює кожну.</numerusform>
                <numerusform>… і ще %n: «Копіювати все» копіює кожну.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the pack</source>
            <translation>Проблеми в пакеті</translation>
        </message>
        <message>
            <source>&amp;Copy all</source>
            <translation>&amp;Копіювати все</translation>
        </message>
    </context>
    <context>
        <name>PackTableModel</name>
        <message>
            <source>Bundled</source>
            <translation>Вбудований</translation>
        </message>
        <message>
            <source>Recent</source>
            <translation>Нещодавній</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Відкритий</translation>
        </message>
    </context>
    <context>
        <name>PaletteModel</name>
        <message>
            <source>answered</source>
            <translation>з відповіддю</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без відповіді</translation>
        </message>
        <message>
            <source>flagged for review</source>
            <translation>позначено для перегляду</translation>
        </message>
        <message>
            <source>on screen</source>
            <translation>на екрані</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Запитання %1: %2</translation>
        </message>
    </context>
    <context>
        <name>PaletteView</name>
        <message>
            <source>Questions</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Every question of the exam: answered, not answered or flagged for review. Arrow keys move, Enter opens the question.</source>
            <translation>Усі запитання іспиту: з відповіддю, без відповіді чи позначені для перегляду. Стрілки переміщують, Enter відкриває запитання.</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — as a learner sees it</source>
            <translation>Попередній перегляд — як бачить учень</translation>
        </message>
        <message>
            <source>Preview: answers are not recorded. After the feedback, Enter starts again; Esc closes.</source>
            <translation>Попередній перегляд: відповіді не записуються. Після відгуку Enter починає знову; Esc закриває.</translation>
        </message>
        <message>
            <source>Close preview (Esc)</source>
            <translation>Закрити перегляд (Esc)</translation>
        </message>
        <message>
            <source>Try again  ⏎</source>
            <translation>Ще раз  ⏎</translation>
        </message>
    </context>
    <context>
        <name>ProgressReport</name>
        <message>
            <source>Section</source>
            <translation>Розділ</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Переглянуто</translation>
        </message>
        <message>
            <source>Mastery</source>
            <translation>Засвоєння</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n відповідь</numerusform>
                <numerusform>%n відповіді</numerusform>
                <numerusform>%n відповідей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>за %n сесію</numerusform>
                <numerusform>за %n сесії</numerusform>
                <numerusform>за %n сесій</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 right</source>
            <translation>%1 правильно</translation>
        </message>
        <message numerus="yes">
            <source>study streak %n day(s)</source>
            <translation>
                <numerusform>серія навчання %n день</numerusform>
                <numerusform>серія навчання %n дні</numerusform>
                <numerusform>серія навчання %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress report — %1</source>
            <translation>Звіт про поступ — %1</translation>
        </message>
        <message>
            <source>Mastery %1 %</source>
            <translation>Засвоєння %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>переглянуто %1 з %n запитання</numerusform>
                <numerusform>переглянуто %1 з %n запитань</numerusform>
                <numerusform>переглянуто %1 з %n запитань</numerusform>
            </translation>
        </message>
        <message>
            <source>(%1 of %2 right)</source>
            <translation>(%1 з %2 правильно)</translation>
        </message>
        <message>
            <source>Practise next:</source>
            <translation>Що повторити далі:</translation>
        </message>
    </context>
    <context>
        <name>ProjectorLauncher</name>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;Проєктор</translation>
        </message>
        <message>
            <source>Show the pack's questions full screen for a class</source>
            <translation>Показати запитання пакета на весь екран для класу</translation>
        </message>
        <message>
            <source>Choose a pack on the home screen first, then press F5.</source>
            <translation>Спершу виберіть пакет на головному екрані, потім натисніть F5.</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
    </context>
    <context>
        <name>ProjectorMode</name>
        <message>
            <source>Space, Enter</source>
            <translation>Пробіл, Enter</translation>
        </message>
        <message>
            <source>Reveal the answer, then why and the source (in parts when it is long), then go on</source>
            <translation>Показати відповідь, потім пояснення й джерело (частинами, якщо довге), потім далі</translation>
        </message>
        <message>
            <source>→  ←</source>
            <translation>→  ←</translation>
        </message>
        <message>
            <source>Next or previous question</source>
            <translation>Наступне чи попереднє запитання</translation>
        </message>
        <message>
            <source>Home  End</source>
            <translation>Home  End</translation>
        </message>
        <message>
            <source>First or last question</source>
            <translation>Перше чи останнє запитання</translation>
        </message>
        <message>
            <source>+  −</source>
            <translation>+  −</translation>
        </message>
        <message>
            <source>Longer or shorter countdown (0 = none)</source>
            <translation>Довший чи коротший відлік (0 = без відліку)</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Start the countdown again, or stop it</source>
            <translation>Почати відлік знову або зупинити</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Blank the screen, and back</source>
            <translation>Затемнити екран і назад</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Dark text on white, or light text on black</source>
            <translation>Темний текст на білому або світлий на чорному</translation>
        </message>
        <message>
            <source>↑  ↓</source>
            <translation>↑  ↓</translation>
        </message>
        <message>
            <source>Scroll a slide too long for the screen</source>
            <translation>Прокрутити задовгий слайд</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Show or hide these keys</source>
            <translation>Показати або сховати ці клавіші</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Leave the projector</source>
            <translation>Вийти з режиму проєктора</translation>
        </message>
        <message>
            <source>End of the questions</source>
            <translation>Кінець запитань</translation>
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions</source>
            <translation>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитань</numerusform>
            </translation>
        </message>
        <message>
            <source>countdown %1</source>
            <translation>відлік %1</translation>
        </message>
        <message>
            <source>Space: first question</source>
            <translation>Пробіл: перше запитання</translation>
        </message>
        <message>
            <source>Space: reveal the answer</source>
            <translation>Пробіл: показати відповідь</translation>
        </message>
        <message>
            <source>Space: why, and the source</source>
            <translation>Пробіл: пояснення й джерело</translation>
        </message>
        <message>
            <source>Space: more of the source</source>
            <translation>Пробіл: більше з джерела</translation>
        </message>
        <message>
            <source>Space: finish</source>
            <translation>Пробіл: завершити</translation>
        </message>
        <message>
            <source>Space: next question</source>
            <translation>Пробіл: наступне запитання</translation>
        </message>
        <message>
            <source>Space: leave</source>
            <translation>Пробіл: вийти</translation>
        </message>
        <message>
            <source>→ ←: questions</source>
            <translation>→ ←: запитання</translation>
        </message>
        <message>
            <source>F1: keys</source>
            <translation>F1: клавіші</translation>
        </message>
        <message>
            <source>Esc: leave</source>
            <translation>Esc: вийти</translation>
        </message>
        <message>
            <source>Countdown: %1</source>
            <translation>Відлік: %1</translation>
        </message>
        <message>
            <source>No countdown</source>
            <translation>Без відліку</translation>
        </message>
    </context>
    <context>
        <name>ProjectorStage</name>
        <message>
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <source>↓ more below</source>
            <translation>↓ нижче ще</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Джерело: %1</translation>
        </message>
        <message>
            <source>Also accepted: %1</source>
            <translation>Також приймається: %1</translation>
        </message>
        <message>
            <source>Answer — %1</source>
            <translation>Відповідь — %1</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Відповідь</translation>
        </message>
        <message>
            <source>Time's up</source>
            <translation>Час минув</translation>
        </message>
        <message>
            <source>why, part %1 of %2</source>
            <translation>пояснення, частина %1 з %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Projector — quizapp</source>
            <translation>Проєктор — quizapp</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Проєктор</translation>
        </message>
        <message>
            <source>Blank screen (B to show the slide again)</source>
            <translation>Екран затемнено (B знову показує слайд)</translation>
        </message>
    </context>
    <context>
        <name>QuestionFields</name>
        <message>
            <source>✔ found</source>
            <translation>✔ знайдено</translation>
        </message>
        <message>
            <source>✘ not in this passage</source>
            <translation>✘ немає в цьому уривку</translation>
        </message>
        <message>
            <source>✘ no such passage</source>
            <translation>✘ такого уривка немає</translation>
        </message>
    </context>
    <context>
        <name>QuestionForm</name>
        <message>
            <source>1 — recall</source>
            <translation>1 — знання</translation>
        </message>
        <message>
            <source>2 — understanding</source>
            <translation>2 — розуміння</translation>
        </message>
        <message>
            <source>3 — inference across passages</source>
            <translation>3 — висновки з кількох уривків</translation>
        </message>
        <message>
            <source>Problems with %1</source>
            <translation>Проблеми: %1</translation>
        </message>
        <message>
            <source>comma-separated, e.g. chapter 2, dates, key terms</source>
            <translation>через кому, наприклад розділ 2, дати, ключові терміни</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;Ідентифікатор</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>Se&amp;ction</source>
            <translation>Р&amp;озділ</translation>
        </message>
        <message>
            <source>&amp;Difficulty</source>
            <translation>&amp;Складність</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>Текст &amp;запитання</translation>
        </message>
        <message>
            <source>choices</source>
            <translation>варіанти</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Варіант</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Правильний</translation>
        </message>
        <message>
            <source>Feedback if chosen</source>
            <translation>Відгук, якщо вибрано</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Правда</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Неправда</translation>
        </message>
        <message>
            <source>accepted answers</source>
            <translation>прийнятні відповіді</translation>
        </message>
        <message>
            <source>Accepted answer</source>
            <translation>Прийнятна відповідь</translation>
        </message>
        <message>
            <source>almost-right forms</source>
            <translation>майже правильні форми</translation>
        </message>
        <message>
            <source>Almost (a spelling slip)</source>
            <translation>Майже (описка)</translation>
        </message>
        <message>
            <source>items</source>
            <translation>елементи</translation>
        </message>
        <message>
            <source>Item, in the correct order</source>
            <translation>Елемент, у правильному порядку</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>пари</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Ліворуч</translation>
        </message>
        <message>
            <source>Matches (right)</source>
            <translation>Відповідає (праворуч)</translation>
        </message>
        <message>
            <source>C&amp;hoices</source>
            <translation>&amp;Варіанти</translation>
        </message>
        <message>
            <source>The statement is</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <source>Accepted &amp;answers</source>
            <translation>Прийнятні &amp;відповіді</translation>
        </message>
        <message>
            <source>"Almost" forms</source>
            <translation>Форми «майже»</translation>
        </message>
        <message>
            <source>The &amp;number</source>
            <translation>&amp;Число</translation>
        </message>
        <message>
            <source>&amp;Tolerance (how far off still counts)</source>
            <translation>&amp;Допуск (наскільки можна відхилитися)</translation>
        </message>
        <message>
            <source>&amp;Items</source>
            <translation>&amp;Елементи</translation>
        </message>
        <message>
            <source>&amp;Pairs</source>
            <translation>&amp;Пари</translation>
        </message>
        <message>
            <source>E&amp;xplanation (why the answer is right)</source>
            <translation>По&amp;яснення (чому відповідь правильна)</translation>
        </message>
        <message>
            <source>T&amp;ags</source>
            <translation>Т&amp;еги</translation>
        </message>
        <message>
            <source>optional: shown after a right answer</source>
            <translation>необов’язково: показується після правильної відповіді</translation>
        </message>
        <message>
            <source>optional: shown after a wrong answer</source>
            <translation>необов’язково: показується після хибної відповіді</translation>
        </message>
        <message>
            <source>Feedback after a right answer</source>
            <translation>Відгук після правильної відповіді</translation>
        </message>
        <message>
            <source>Feedback after a wrong answer</source>
            <translation>Відгук після хибної відповіді</translation>
        </message>
        <message>
            <source>General &amp;feedback</source>
            <translation>Загальний &amp;відгук</translation>
        </message>
        <message>
            <source>citations</source>
            <translation>цитати</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Уривок</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>The source's exact words</source>
            <translation>Точні слова джерела</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Знайдено</translation>
        </message>
        <message>
            <source>Ci&amp;tations (select words in the source, then Ctrl+E)</source>
            <translation>&amp;Цитати (виділіть слова в джерелі, потім Ctrl+E)</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>(без розділу)</translation>
        </message>
    </context>
    <context>
        <name>QuestionListModel</name>
        <message>
            <source>no type</source>
            <translation>без типу</translation>
        </message>
        <message>
            <source>has errors</source>
            <translation>має помилки</translation>
        </message>
        <message>
            <source>has warnings</source>
            <translation>має попередження</translation>
        </message>
        <message>
            <source>has item-writing flaws</source>
            <translation>має вади формулювання</translation>
        </message>
        <message>
            <source>Question %1</source>
            <translation>Запитання %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionListPanel</name>
        <message>
            <source>Any status</source>
            <translation>Будь-який стан</translation>
        </message>
        <message>
            <source>✘ With errors</source>
            <translation>✘ З помилками</translation>
        </message>
        <message>
            <source>⚠ With warnings</source>
            <translation>⚠ З попередженнями</translation>
        </message>
        <message>
            <source>• With item-writing flaws</source>
            <translation>• З вадами формулювання</translation>
        </message>
        <message>
            <source>✔ No problems</source>
            <translation>✔ Без проблем</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Будь-який тип</translation>
        </message>
        <message>
            <source>Show questions of section</source>
            <translation>Показати запитання розділу</translation>
        </message>
        <message>
            <source>Show questions of type</source>
            <translation>Показати запитання типу</translation>
        </message>
        <message>
            <source>Show questions by check status</source>
            <translation>Показати запитання за станом перевірки</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Дублювати</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Add a question</source>
            <translation>Додати запитання</translation>
        </message>
        <message>
            <source>Duplicate the question</source>
            <translation>Дублювати запитання</translation>
        </message>
        <message>
            <source>Delete the question</source>
            <translation>Видалити запитання</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Запитання</translation>
        </message>
        <message>
            <source>Any section</source>
            <translation>Будь-який розділ</translation>
        </message>
        <message numerus="yes">
            <source>Questions: %n</source>
            <translation>
                <numerusform>Запитань: %n</numerusform>
                <numerusform>Запитань: %n</numerusform>
                <numerusform>Запитань: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Shown: %1 of %2</source>
            <translation>Показано: %1 з %2</translation>
        </message>
    </context>
    <context>
        <name>QuizPreferences</name>
        <message>
            <source>After each answer</source>
            <translation>Після кожної відповіді</translation>
        </message>
        <message>
            <source>At the end, on the results screen</source>
            <translation>У кінці, на екрані результатів</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Leave quiz (Esc)</source>
            <translation>Вийти з тесту (Esc)</translation>
        </message>
        <message>
            <source>Back to the packs; your answers are saved (Esc)</source>
            <translation>Назад до пакетів; ваші відповіді збережено (Esc)</translation>
        </message>
        <message>
            <source>Flag as wrong… (Ctrl+F)</source>
            <translation>Позначити як хибне… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Tell the pack's author this question looks wrong (Ctrl+F)</source>
            <translation>Повідомити автора пакета, що це запитання здається хибним (Ctrl+F)</translation>
        </message>
        <message>
            <source>Undo “I was right” (Ctrl+Z)</source>
            <translation>Скасувати «Я мав рацію» (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Count this answer as wrong again, as it was marked (Ctrl+Z)</source>
            <translation>Знову зарахувати цю відповідь хибною, як її було позначено (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Quiz: open the cited passage of the feedback</source>
            <translation>Тест: відкрити цитований уривок відгуку</translation>
        </message>
        <message>
            <source>Quiz: flag this question as wrong</source>
            <translation>Тест: позначити це запитання як хибне</translation>
        </message>
        <message>
            <source>Quiz: count a typed answer marked wrong as right (I was right)</source>
            <translation>Тест: зарахувати введену відповідь, позначену хибною, як правильну (Я мав рацію)</translation>
        </message>
        <message>
            <source>Quiz: take back “I was right” before the next question</source>
            <translation>Тест: скасувати «Я мав рацію» до наступного запитання</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Запитання %1 з %2</translation>
        </message>
        <message>
            <source>Score: %1 / %2</source>
            <translation>Бали: %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source> · %n not saved</source>
            <translation>
                <numerusform> · %n не збережено</numerusform>
                <numerusform> · %n не збережено</numerusform>
                <numerusform> · %n не збережено</numerusform>
            </translation>
        </message>
        <message>
            <source>Answer and go on  ⏎</source>
            <translation>Відповісти й далі  ⏎</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Перевірити відповідь</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Переглянути результати</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Наступне запитання</translation>
        </message>
        <message>
            <source>%1 (Enter)</source>
            <translation>%1 (Enter)</translation>
        </message>
        <message>
            <source>An answer is needed first.</source>
            <translation>Спершу потрібна відповідь.</translation>
        </message>
        <message>
            <source>“I was right” could not be taken back:

%1</source>
            <translation>«Я мав рацію» не вдалося скасувати:

%1</translation>
        </message>
        <message>
            <source>Answer not saved</source>
            <translation>Відповідь не збережено</translation>
        </message>
        <message>
            <source>This answer could not be saved: %1.</source>
            <translation>Цю відповідь не вдалося зберегти: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier answer(s) of this quiz are saved. You can go on, but answers are not kept until this is fixed; or leave the quiz with Esc.</source>
            <translation>
                <numerusform>%n попередню відповідь цього тесту збережено. Можна продовжити, але відповіді не зберігатимуться, доки це не виправлено; або вийдіть із тесту клавішею Esc.</numerusform>
                <numerusform>%n попередні відповіді цього тесту збережено. Можна продовжити, але відповіді не зберігатимуться, доки це не виправлено; або вийдіть із тесту клавішею Esc.</numerusform>
                <numerusform>%n попередніх відповідей цього тесту збережено. Можна продовжити, але відповіді не зберігатимуться, доки це не виправлено; або вийдіть із тесту клавішею Esc.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>Your answer could not be counted as right:

%1</source>
            <translation>Вашу відповідь не вдалося зарахувати як правильну:

%1</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Read aloud needs a speech engine, and none was found on this computer. On Debian or Ubuntu, install speech-dispatcher and espeak-ng; a screen reader (Orca, NVDA) also reads every screen.</source>
            <translation>Для читання вголос потрібен рушій мовлення, а на цьому комп’ютері його не знайдено. У Debian чи Ubuntu встановіть speech-dispatcher і espeak-ng; програма зчитування екрана (Orca, NVDA) теж читає кожен екран.</translation>
        </message>
        <message>
            <source>Nothing to read aloud here: Read aloud reads a question and its feedback.</source>
            <translation>Тут нічого читати вголос: читання вголос читає запитання та відгук.</translation>
        </message>
        <message>
            <source>Reading aloud… (Ctrl+Shift+S again starts over)</source>
            <translation>Читання вголос… (Ctrl+Shift+S ще раз — спочатку)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Відновити з резервної копії</translation>
        </message>
        <message>
            <source>Restoring replaces your whole history (every learner) with the backup you choose. Your history as it is now is kept as a backup first, so a restore can be undone.</source>
            <translation>Відновлення замінює всю вашу історію (усіх учнів) вибраною резервною копією. Поточну історію спершу буде збережено як резервну копію, тож відновлення можна скасувати.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервні копії, спершу найновіші</translation>
        </message>
        <message>
            <source>There are no backups yet. quizapp makes one each time it starts and every 50 answers.</source>
            <translation>Резервних копій ще немає. quizapp створює їх під час кожного запуску та кожні 50 відповідей.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
    </context>
    <context>
        <name>ResultsHandIn</name>
        <message>
            <source>Nothing to save yet</source>
            <translation>Ще нічого зберігати</translation>
        </message>
        <message>
            <source>Answer at least one question of a quiz first; then its results can be saved for the teacher.</source>
            <translation>Спершу дайте відповідь хоча б на одне запитання тесту; тоді його результати можна буде зберегти для вчителя.</translation>
        </message>
        <message>
            <source>Results not saved</source>
            <translation>Результати не збережено</translation>
        </message>
        <message>
            <source>The pack of this quiz (%1) is not open. Open it (File → Open pack…) and try again.</source>
            <translation>Пакет цього тесту (%1) не відкрито. Відкрийте його (Файл → Відкрити пакет…) і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше ім’я</translation>
        </message>
        <message>
            <source>Guests keep nothing, so the teacher needs your name on the results:</source>
            <translation>Гості нічого не зберігають, тож учителеві потрібне ваше ім’я в результатах:</translation>
        </message>
        <message>
            <source>Save results for the teacher</source>
            <translation>Зберегти результати для вчителя</translation>
        </message>
        <message>
            <source>Results files (*.json)</source>
            <translation>Файли результатів (*.json)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Не вдалося записати %1: %2</translation>
        </message>
        <message>
            <source>Saved %1's results (%2 of %3 right) to %4 — hand this file to the teacher.</source>
            <translation>Результати %1 (%2 з %3 правильно) збережено в %4 — передайте цей файл учителеві.</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message>
            <source>No missed questions — every answer was right.</source>
            <translation>Пропущених запитань немає — кожна відповідь правильна.</translation>
        </message>
        <message>
            <source>Your answer:</source>
            <translation>Ваша відповідь:</translation>
        </message>
        <message>
            <source>Correct answer:</source>
            <translation>Правильна відповідь:</translation>
        </message>
        <message>
            <source>Score per section</source>
            <translation>Бали за розділами</translation>
        </message>
        <message>
            <source>Missed questions</source>
            <translation>Хибні відповіді</translation>
        </message>
        <message>
            <source>Missed questions, each explained</source>
            <translation>Хибні відповіді, кожна з поясненням</translation>
        </message>
        <message>
            <source>Back to packs (Esc)</source>
            <translation>Назад до пакетів (Esc)</translation>
        </message>
        <message>
            <source>Back to the packs (Esc)</source>
            <translation>Назад до пакетів (Esc)</translation>
        </message>
        <message>
            <source>Play again</source>
            <translation>Пройти ще раз</translation>
        </message>
        <message>
            <source>Retry missed (Ctrl+M)</source>
            <translation>Повторити хибні (Ctrl+M)</translation>
        </message>
        <message>
            <source>Practise the questions you missed (Ctrl+M)</source>
            <translation>Повторити запитання з хибними відповідями (Ctrl+M)</translation>
        </message>
        <message>
            <source>Results: retry the missed questions</source>
            <translation>Результати: повторити хибні відповіді</translation>
        </message>
        <message>
            <source>Results: back to the packs</source>
            <translation>Результати: назад до пакетів</translation>
        </message>
        <message>
            <source>%1 / %2 right</source>
            <translation>%1 / %2 правильно</translation>
        </message>
        <message numerus="yes">
            <source>%n missed question(s).</source>
            <translation>
                <numerusform>%n хибна відповідь.</numerusform>
                <numerusform>%n хибні відповіді.</numerusform>
                <numerusform>%n хибних відповідей.</numerusform>
            </translation>
        </message>
        <message>
            <source>a perfect round.</source>
            <translation>бездоганне проходження.</translation>
        </message>
    </context>
    <context>
        <name>ResumeOffer</name>
        <message>
            <source>Resume your quiz?</source>
            <translation>Продовжити тест?</translation>
        </message>
        <message numerus="yes">
            <source>%1, your quiz on “%2” was interrupted after %3 of %n question(s). Resume where you stopped?</source>
            <translation>
                <numerusform>%1, ваш тест «%2» перервано після %3 з %n запитання. Продовжити з того місця?</numerusform>
                <numerusform>%1, ваш тест «%2» перервано після %3 з %n запитань. Продовжити з того місця?</numerusform>
                <numerusform>%1, ваш тест «%2» перервано після %3 з %n запитань. Продовжити з того місця?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavePrompt</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Відкинути</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>ScreenChooser</name>
        <message>
            <source> — where this window is</source>
            <translation> — де це вікно</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Проєктор</translation>
        </message>
        <message>
            <source>Screen for the projector</source>
            <translation>Екран для проєктора</translation>
        </message>
        <message>
            <source>Show the questions full screen on:</source>
            <translation>Показати запитання на весь екран на:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показати</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Close settings</source>
            <translation>Закрити налаштування</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Вигляд</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>Text size in percent</source>
            <translation>Розмір тексту у відсотках</translation>
        </message>
        <message>
            <source>Text si&amp;ze:</source>
            <translation>&amp;Розмір тексту:</translation>
        </message>
        <message>
            <source>Ctrl++, Ctrl+- and Ctrl+0 change the text size anywhere. High contrast shows white on black with yellow focus.</source>
            <translation>Ctrl++, Ctrl+- і Ctrl+0 змінюють розмір тексту будь-де. Висока контрастність показує біле на чорному з жовтим фокусом.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Мова системи</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>quizapp shows it from its next start. Packs keep the language they are written in.</source>
            <translation>quizapp покаже її з наступного запуску. Пакети залишаються мовою, якою їх написано.</translation>
        </message>
        <message>
            <source>Quizzes</source>
            <translation>Тести</translation>
        </message>
        <message>
            <source>&amp;Shuffle the choices (packs that do not say)</source>
            <translation>&amp;Перемішувати варіанти (для пакетів без вказівки)</translation>
        </message>
        <message>
            <source>Shuffle the choices of packs that do not say</source>
            <translation>Перемішувати варіанти пакетів без вказівки</translation>
        </message>
        <message>
            <source>Shuffle the &amp;question order in practice</source>
            <translation>Перемішувати порядок запитань у пра&amp;ктиці</translation>
        </message>
        <message>
            <source>Shuffle the question order in practice</source>
            <translation>Перемішувати порядок запитань у практиці</translation>
        </message>
        <message>
            <source>In the source's order, “Read in context” would show the answers of the questions still to come.</source>
            <translation>У порядку джерела «Читати в контексті» показувало б відповіді на ще не поставлені запитання.</translation>
        </message>
        <message>
            <source>When feedback is shown</source>
            <translation>Коли показувати відгук</translation>
        </message>
        <message>
            <source>Show &amp;feedback:</source>
            <translation>Показувати &amp;відгук:</translation>
        </message>
        <message>
            <source>These apply to the next quiz you start. A pack's own “shuffle” setting always wins.</source>
            <translation>Це діє для наступного тесту, який ви почнете. Власний параметр «shuffle» пакета завжди має перевагу.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Ваші дані</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Тека даних</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>Відкрити теку &amp;даних</translation>
        </message>
        <message>
            <source>Open the data folder in the file manager</source>
            <translation>Відкрити теку даних у файловому менеджері</translation>
        </message>
        <message>
            <source>Every learner's answers and these settings are kept in this folder, on this computer only:</source>
            <translation>Відповіді всіх учнів і ці налаштування зберігаються в цій теці, лише на цьому комп’ютері:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервні копії</translation>
        </message>
        <message>
            <source>quizapp keeps backups of your history in the “backups” folder inside the data folder. Restoring one replaces every learner's history; yours as it is now is kept as a backup first.</source>
            <translation>quizapp зберігає резервні копії вашої історії в теці «backups» у теці даних. Відновлення копії замінює історію всіх учнів; поточну спершу буде збережено як резервну копію.</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Відн&amp;овити з резервної копії…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Відновити з резервної копії</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Every key quizapp answers to. Tab moves between controls and leaves every table; arrow keys move inside it. The menus (Alt, or F10) show the same keys beside their entries.</source>
            <translation>Усі клавіші, на які реагує quizapp. Tab переходить між елементами й виходить із кожної таблиці; стрілки рухаються всередині. Меню (Alt або F10) показують ті самі клавіші біля своїх пунктів.</translation>
        </message>
        <message>
            <source>Three columns: keys, what they do, where</source>
            <translation>Три стовпці: клавіші, що вони роблять, де</translation>
        </message>
    </context>
    <context>
        <name>SourcePicker</name>
        <message>
            <source>Source text</source>
            <translation>Текст джерела</translation>
        </message>
        <message>
            <source>Source text: select words to cite</source>
            <translation>Текст джерела: виділіть слова для цитування</translation>
        </message>
        <message>
            <source>&amp;Cite selection (Ctrl+E)</source>
            <translation>&amp;Цитувати виділене (Ctrl+E)</translation>
        </message>
        <message>
            <source>Cite selection</source>
            <translation>Цитувати виділене</translation>
        </message>
        <message>
            <source>Add the selected words as a citation of this question; the passage is found for you</source>
            <translation>Додати виділені слова як цитату цього запитання; уривок буде знайдено автоматично</translation>
        </message>
        <message>
            <source>This pack has no source text. Add a 'source' to the pack (Pack details…) to cite passages.</source>
            <translation>У цьому пакеті немає тексту джерела. Додайте до пакета 'source' (Відомості про пакет…), щоб цитувати уривки.</translation>
        </message>
        <message>
            <source>Source text — select words, then Cite selection</source>
            <translation>Текст джерела — виділіть слова, потім «Цитувати виділене»</translation>
        </message>
        <message>
            <source>This pack has no source text to cite.</source>
            <translation>У цьому пакеті немає тексту джерела для цитування.</translation>
        </message>
        <message>
            <source>Select the words that prove the answer first (drag with the mouse, or Shift+arrow keys in the text).</source>
            <translation>Спершу виділіть слова, що доводять відповідь (перетягніть мишею або Shift+стрілки в тексті).</translation>
        </message>
        <message>
            <source>Select words within one paragraph: a quote comes from one passage. Cite the other paragraph separately.</source>
            <translation>Виділяйте слова в межах одного абзацу: цитата береться з одного уривка. Інший абзац процитуйте окремо.</translation>
        </message>
        <message>
            <source>Headings cannot be cited; select words in a paragraph.</source>
            <translation>Заголовки не можна цитувати; виділіть слова в абзаці.</translation>
        </message>
        <message>
            <source>Only spaces are selected; select words.</source>
            <translation>Виділено лише пробіли; виділіть слова.</translation>
        </message>
        <message>
            <source>“%1” has no words to prove anything; select the words that prove the answer.</source>
            <translation>«%1» не має слів, які б щось доводили; виділіть слова, що доводять відповідь.</translation>
        </message>
        <message>
            <source>Cited “%1”: the words selected occur more than once in this passage, so the words around them say which place is meant.</source>
            <translation>Процитовано «%1»: виділені слова трапляються в цьому уривку кілька разів, тож слова довкола вказують, яке місце мається на увазі.</translation>
        </message>
        <message>
            <source>A heading (not citable)</source>
            <translation>Заголовок (не можна цитувати)</translation>
        </message>
        <message>
            <source>Passage %1</source>
            <translation>Уривок %1</translation>
        </message>
    </context>
    <context>
        <name>SourceViewer</name>
        <message>
            <source>Source:</source>
            <translation>Джерело:</translation>
        </message>
        <message>
            <source>Licensed under %1; shown verbatim.</source>
            <translation>Ліцензія %1; подано дослівно.</translation>
        </message>
        <message>
            <source>This pack has no source text.</source>
            <translation>У цьому пакеті немає тексту джерела.</translation>
        </message>
        <message>
            <source>Source — %1</source>
            <translation>Джерело — %1</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Текст джерела</translation>
        </message>
        <message>
            <source>Opened at the passage quoted, highlighted: “%1”</source>
            <translation>Відкрито на цитованому уривку, виділено: «%1»</translation>
        </message>
        <message>
            <source>The whole text; arrow keys and Page Down scroll</source>
            <translation>Увесь текст; стрілки й Page Down прокручують</translation>
        </message>
    </context>
    <context>
        <name>StageParts</name>
        <message>
            <source>right answer</source>
            <translation>правильна відповідь</translation>
        </message>
        <message>
            <source>From the source — %1</source>
            <translation>Із джерела — %1</translation>
        </message>
        <message>
            <source>the text</source>
            <translation>тексту</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message numerus="yes">
            <source>%n learner(s)</source>
            <translation>
                <numerusform>%n учень</numerusform>
                <numerusform>%n учні</numerusform>
                <numerusform>%n учнів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n відповідь</numerusform>
                <numerusform>%n відповіді</numerusform>
                <numerusform>%n відповідей</numerusform>
            </translation>
        </message>
        <message>
            <source>quizapp could not read your learning history, because the file is damaged: %1.</source>
            <translation>quizapp не зміг прочитати вашу історію навчання, бо файл пошкоджено: %1.</translation>
        </message>
        <message>
            <source>Nothing has been deleted: whatever you choose, the damaged file is kept beside the new one, renamed.</source>
            <translation>Нічого не видалено: що б ви не вибрали, пошкоджений файл лишиться поруч із новим, перейменований.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1. Restore it?</source>
            <translation>Найновіша справна резервна копія — від %1. Відновити її?</translation>
        </message>
        <message>
            <source>There is no good backup to restore, so a new, empty history can be started.</source>
            <translation>Справної резервної копії для відновлення немає, тож можна почати нову, порожню історію.</translation>
        </message>
        <message>
            <source>Your history needs attention</source>
            <translation>Ваша історія потребує уваги</translation>
        </message>
        <message>
            <source>&amp;Restore the backup</source>
            <translation>&amp;Відновити резервну копію</translation>
        </message>
        <message>
            <source>&amp;Start a new history</source>
            <translation>&amp;Почати нову історію</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>Restored the backup of %1.</source>
            <translation>Відновлено резервну копію від %1.</translation>
        </message>
        <message>
            <source>Started a new, empty history.</source>
            <translation>Розпочато нову, порожню історію.</translation>
        </message>
        <message>
            <source>quizapp could not repair the history</source>
            <translation>quizapp не зміг відновити історію</translation>
        </message>
        <message>
            <source>The damaged file is kept as %1.</source>
            <translation>Пошкоджений файл збережено як %1.</translation>
        </message>
        <message>
            <source>quizapp cannot start</source>
            <translation>quizapp не може запуститися</translation>
        </message>
        <message>
            <source>Your learning history in %1 cannot be used: %2.</source>
            <translation>Вашу історію навчання в %1 не можна використати: %2.</translation>
        </message>
        <message>
            <source>Nothing will be saved</source>
            <translation>Нічого не буде збережено</translation>
        </message>
        <message>
            <source>quizapp can show your history but cannot save anything new: %1. Answers given now will not be kept. To save them, start quizapp with a data folder you can write to (--data-dir).</source>
            <translation>quizapp може показати вашу історію, але не може зберегти нічого нового: %1. Відповіді, дані зараз, не збережуться. Щоб зберігати їх, запустіть quizapp із текою даних, доступною для запису (--data-dir).</translation>
        </message>
        <message>
            <source>Read-only: nothing is saved</source>
            <translation>Лише читання: нічого не зберігається</translation>
        </message>
        <message>
            <source>Your history was repaired</source>
            <translation>Вашу історію відновлено</translation>
        </message>
    </context>
    <context>
        <name>StatisticsCharts</name>
        <message>
            <source>No data yet.</source>
            <translation>Даних ще немає.</translation>
        </message>
        <message>
            <source>Accuracy per study day (last 30 days)</source>
            <translation>Точність за навчальний день (останні 30 днів)</translation>
        </message>
        <message>
            <source>%1: %2 % of %3</source>
            <translation>%1: %2 % з %3</translation>
        </message>
        <message>
            <source>Accuracy per study day: no answers yet</source>
            <translation>Точність за навчальний день: відповідей ще немає</translation>
        </message>
        <message>
            <source>No answers in the last 30 days yet.</source>
            <translation>За останні 30 днів відповідей ще немає.</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Поки що нічого показати.</translation>
        </message>
        <message>
            <source>Open a pack to see its sections.</source>
            <translation>Відкрийте пакет, щоб побачити його розділи.</translation>
        </message>
        <message>
            <source>Mastery per section (last answer right)</source>
            <translation>Засвоєння за розділами (остання відповідь правильна)</translation>
        </message>
    </context>
    <context>
        <name>StatisticsScreen</name>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Назад (Esc)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Режим</translation>
        </message>
        <message>
            <source>All modes</source>
            <translation>Усі режими</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Режим:</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Пакет:</translation>
        </message>
        <message>
            <source>Weakest questions</source>
            <translation>Найслабші запитання</translation>
        </message>
        <message>
            <source>Export history (CSV)…</source>
            <translation>Експортувати історію (CSV)…</translation>
        </message>
        <message>
            <source>Progress report (PDF)…</source>
            <translation>Звіт про поступ (PDF)…</translation>
        </message>
        <message>
            <source>Statistics: back to the packs</source>
            <translation>Статистика: назад до пакетів</translation>
        </message>
        <message>
            <source>Statistics — %1</source>
            <translation>Статистика — %1</translation>
        </message>
        <message>
            <source>%1 % right</source>
            <translation>%1 % правильно</translation>
        </message>
        <message>
            <source>no answers yet</source>
            <translation>ще немає відповідей</translation>
        </message>
        <message>
            <source>%1 s per question</source>
            <translation>%1 с на запитання</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n відповідь</numerusform>
                <numerusform>%n відповіді</numerusform>
                <numerusform>%n відповідей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n session(s)</source>
            <translation>
                <numerusform>за %n сесію</numerusform>
                <numerusform>за %n сесії</numerusform>
                <numerusform>за %n сесій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>study streak: %n day(s)</source>
            <translation>
                <numerusform>серія навчання: %n день</numerusform>
                <numerusform>серія навчання: %n дні</numerusform>
                <numerusform>серія навчання: %n днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right (“I was right”)</source>
            <translation>
                <numerusform>%n відповідь, яку ви позначили правильною («Я мав рацію»)</numerusform>
                <numerusform>%n відповіді, які ви позначили правильними («Я мав рацію»)</numerusform>
                <numerusform>%n відповідей, які ви позначили правильними («Я мав рацію»)</numerusform>
            </translation>
        </message>
        <message>
            <source>Mastery per pack (last answer right)</source>
            <translation>Засвоєння за пакетами (остання відповідь правильна)</translation>
        </message>
        <message>
            <source>Open a pack to see its statistics.</source>
            <translation>Відкрийте пакет, щоб побачити його статистику.</translation>
        </message>
        <message>
            <source>mastery %1 %</source>
            <translation>засвоєння %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n question(s) seen</source>
            <translation>
                <numerusform>переглянуто %1 з %n запитання</numerusform>
                <numerusform>переглянуто %1 з %n запитань</numerusform>
                <numerusform>переглянуто %1 з %n запитань</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s per answer</source>
            <translation>%1 с на відповідь</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) you marked right</source>
            <translation>
                <numerusform>%n відповідь, яку ви позначили правильною</numerusform>
                <numerusform>%n відповіді, які ви позначили правильними</numerusform>
                <numerusform>%n відповідей, які ви позначили правильними</numerusform>
            </translation>
        </message>
        <message>
            <source>Weakest sections</source>
            <translation>Найслабші розділи</translation>
        </message>
        <message>
            <source>(answered questions right last time):</source>
            <translation>(запитання, на які востаннє відповіли правильно):</translation>
        </message>
        <message>
            <source>%1 of %2, %3 %</source>
            <translation>%1 з %2, %3 %</translation>
        </message>
        <message>
            <source>Weakest sections:</source>
            <translation>Найслабші розділи:</translation>
        </message>
        <message>
            <source>none — every answered question was right last time.</source>
            <translation>немає — на кожне запитання востаннє відповіли правильно.</translation>
        </message>
        <message>
            <source>none studied yet.</source>
            <translation>ще жоден не вивчено.</translation>
        </message>
        <message>
            <source>Never seen:</source>
            <translation>Не бачені:</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитання</numerusform>
                <numerusform>%n запитань</numerusform>
            </translation>
        </message>
        <message>
            <source>, for example:</source>
            <translation>, наприклад:</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Section</source>
            <translation>Розділ</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Правильно</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Відповіді</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Бали</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Запитання</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Учень</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Your best</source>
            <translation>Ваш найкращий</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Звідки</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Створено</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Учні</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Відповіді</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Точність</translation>
        </message>
        <message>
            <source>Time per answer</source>
            <translation>Час на відповідь</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Що роблять</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Де</translation>
        </message>
    </context>
    <context>
        <name>TextAnswer</name>
        <message>
            <source>Type a number, e.g. 1994</source>
            <translation>Введіть число, наприклад 1994</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Введіть свою відповідь</translation>
        </message>
        <message>
            <source>Your answer, a number</source>
            <translation>Ваша відповідь, число</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Ваша відповідь</translation>
        </message>
        <message>
            <source>That is not one number yet: write it like 1994, 100,000 or eight.</source>
            <translation>Це ще не одне число: напишіть, наприклад, 1994, 100 000 або вісім.</translation>
        </message>
        <message>
            <source>Type a number (digits or words), then press Enter.</source>
            <translation>Введіть число (цифрами чи словами), потім натисніть Enter.</translation>
        </message>
        <message>
            <source>Type your answer (case and accents do not matter), then press Enter.</source>
            <translation>Введіть відповідь (регістр і наголоси не важливі), потім натисніть Enter.</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Ваша відповідь: %1</translation>
        </message>
        <message>
            <source>Almost: check the spelling, then press Enter to try once more.</source>
            <translation>Майже: перевірте написання й натисніть Enter, щоб спробувати ще раз.</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Більший текст</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Менший текст</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Звичайний розмір тексту</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>Text size %1 %</source>
            <translation>Розмір тексту %1 %</translation>
        </message>
    </context>
    <context>
        <name>Worksheet</name>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Tick one box.</source>
            <translation>Позначте одну клітинку.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>Позначте кожну правильну відповідь.</translation>
        </message>
        <message>
            <source>Tick True or False.</source>
            <translation>Позначте «Правда» чи «Неправда».</translation>
        </message>
        <message>
            <source>Write your answer on the line.</source>
            <translation>Напишіть відповідь на рядку.</translation>
        </message>
        <message>
            <source>Write the number on the line.</source>
            <translation>Напишіть число на рядку.</translation>
        </message>
        <message>
            <source>Write the letters in the right order, one in each numbered blank.</source>
            <translation>Напишіть літери в правильному порядку, по одній у кожен пронумерований пропуск.</translation>
        </message>
        <message>
            <source>Write the letter of the matching item in each box.</source>
            <translation>Напишіть у кожну клітинку літеру відповідного елемента.</translation>
        </message>
        <message>
            <source>Answers at a glance</source>
            <translation>Відповіді з першого погляду</translation>
        </message>
        <message>
            <source>Answers explained</source>
            <translation>Відповіді з поясненнями</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Відповідь:</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>версія %1</translation>
        </message>
        <message>
            <source>%1 · %2 · page %3 of %4</source>
            <translation>%1 · %2 · сторінка %3 з %4</translation>
        </message>
        <message>
            <source>Name: ______________________________   Date: ______________</source>
            <translation>Ім’я: ______________________________   Дата: ______________</translation>
        </message>
        <message>
            <source>Answer key: %1</source>
            <translation>Ключ відповідей: %1</translation>
        </message>
        <message>
            <source>Quotes from %1</source>
            <translation>Цитати з %1</translation>
        </message>
        <message>
            <source>Answer key · %1</source>
            <translation>Ключ відповідей · %1</translation>
        </message>
    </context>
    <context>
        <name>WorksheetDialog</name>
        <message>
            <source>Print a worksheet</source>
            <translation>Надрукувати аркуш</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>&amp;Нова версія</translation>
        </message>
        <message>
            <source>Also make the answer &amp;key</source>
            <translation>Також створити &amp;ключ відповідей</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Зберегти як PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Друкувати…</translation>
        </message>
        <message>
            <source>P&amp;ack:</source>
            <translation>&amp;Пакет:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>S&amp;ections:</source>
            <translation>&amp;Розділи:</translation>
        </message>
        <message>
            <source>Question types:</source>
            <translation>Типи запитань:</translation>
        </message>
        <message>
            <source>How &amp;many:</source>
            <translation>С&amp;кільки:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Версія:</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <source>How many questions</source>
            <translation>Скільки запитань</translation>
        </message>
        <message>
            <source>Version number</source>
            <translation>Номер версії</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Нова версія</translation>
        </message>
        <message>
            <source>Also make the answer key</source>
            <translation>Також створити ключ відповідей</translation>
        </message>
        <message>
            <source>The same version number prints the same questions in the same order, so a key can be made again later.</source>
            <translation>Той самий номер версії друкує ті самі запитання в тому самому порядку, тож ключ можна створити знову пізніше.</translation>
        </message>
        <message>
            <source>Tick at least one section.</source>
            <translation>Позначте хоча б один розділ.</translation>
        </message>
        <message>
            <source>Tick at least one question type.</source>
            <translation>Позначте хоча б один тип запитань.</translation>
        </message>
        <message>
            <source>Open a pack first.</source>
            <translation>Спершу відкрийте пакет.</translation>
        </message>
        <message numerus="yes">
            <source>Questions on the worksheet: %n, in the pack's order; choices shuffled for version %1.</source>
            <translation>
                <numerusform>Запитань на аркуші: %n, у порядку пакета; варіанти перемішано для версії %1.</numerusform>
                <numerusform>Запитань на аркуші: %n, у порядку пакета; варіанти перемішано для версії %1.</numerusform>
                <numerusform>Запитань на аркуші: %n, у порядку пакета; варіанти перемішано для версії %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the worksheet as PDF</source>
            <translation>Зберегти аркуш як PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the worksheet to %1.</source>
            <translation>Аркуш збережено в %1.</translation>
        </message>
        <message>
            <source>Saved the worksheet to %1 and its answer key to %2.</source>
            <translation>Аркуш збережено в %1, а ключ відповідей — у %2.</translation>
        </message>
        <message>
            <source>Writing the worksheet…</source>
            <translation>Запис аркуша…</translation>
        </message>
        <message>
            <source>Print the worksheet</source>
            <translation>Надрукувати аркуш</translation>
        </message>
        <message>
            <source>Printing the worksheet…</source>
            <translation>Друк аркуша…</translation>
        </message>
        <message>
            <source>Sent the worksheet to the printer.</source>
            <translation>Аркуш надіслано на принтер.</translation>
        </message>
        <message>
            <source>The worksheet was not written</source>
            <translation>Аркуш не записано</translation>
        </message>
    </context>
    <context>
        <name>YamlTextEditor</name>
        <message>
            <source>%1[*] — fix the pack — quizapp</source>
            <translation>%1[*] — виправлення пакета — quizapp</translation>
        </message>
        <message>
            <source>Pack file text</source>
            <translation>Текст файлу пакета</translation>
        </message>
        <message>
            <source>Open in the form &amp;editor</source>
            <translation>Відкрити в &amp;редакторі форм</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;Перевірити знову</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Line %1, column %2</source>
            <translation>Рядок %1, стовпець %2</translation>
        </message>
        <message>
            <source>The file reads as a pack now. Save it, then open it in the form editor.</source>
            <translation>Файл тепер читається як пакет. Збережіть його, потім відкрийте в редакторі форм.</translation>
        </message>
        <message>
            <source>Saved: the pack opens now, and it is in the app's list of packs. Open it in the form editor to go on.</source>
            <translation>Збережено: пакет тепер відкривається і є в списку пакетів застосунку. Відкрийте його в редакторі форм, щоб продовжити.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Не вдалося записати файл.</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Зберегти зміни?</translation>
        </message>
        <message>
            <source>Save your changes to this file?

%1</source>
            <translation>Зберегти зміни в цьому файлі?

%1</translation>
        </message>
    </context>
</TS>
