<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../components/AppShell.qml" line="+52"/>
        <source>Today</source>
        <extracomment>Bottom navigation: appearances and tasks due today</extracomment>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseload</source>
        <extracomment>Bottom navigation: the people assigned to this user</extracomment>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <extracomment>Bottom navigation: programmes waiting for the supervisor&apos;s approval</extracomment>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <extracomment>Navigation: the people whose progress review is due (supervisor); keep it short</extracomment>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <extracomment>Navigation: the supervisor&apos;s figures and charts of their unit or region</extracomment>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Qadam</source>
        <extracomment>App name in the navigation rail; &quot;Qadam&quot; means &quot;step&quot;</extracomment>
        <translation>Qadam</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Back</source>
        <extracomment>Goes back to the previous screen</extracomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing selected</source>
        <extracomment>Desktop detail pane before anything is chosen in the list</extracomment>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person or a task in the list to see it here.</source>
        <translation>Мұнда көру үшін тізімнен адамды немесе тапсырманы таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ApprovalDelegate</name>
    <message>
        <location filename="../delegates/ApprovalDelegate.qml" line="+28"/>
        <source>Programme for %1, drafted by %2</source>
        <extracomment>Screen-reader name of a programme awaiting approval: %1 the person, %2 who drafted it</extracomment>
        <translation>%1 үшін бағдарлама, құрастырған %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drafted by %1 · sent %2</source>
        <extracomment>%1 officer&apos;s name, %2 date sent</extracomment>
        <translation>Құрастырған %1 · жіберілді %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs · %2 goals · %3 measures</source>
        <extracomment>Size of a programme: %1 needs, %2 goals, %3 measures</extracomment>
        <translation>Қажеттіліктер: %1 · мақсаттар: %2 · шаралар: %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../pages/ApprovalsPage.qml" line="+16"/>
        <source>Approvals</source>
        <extracomment>Title of the supervisor&apos;s list of programmes awaiting approval</extracomment>
        <translation>Бекітуге</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing awaits your approval</source>
        <translation>Бекітуді күтіп тұрған ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes your officers submit appear here.</source>
        <translation>Инспекторларыңыз жіберген бағдарламалар осында көрінеді.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>‹ All programmes</source>
        <extracomment>Goes back from one programme to the list of programmes awaiting approval</extracomment>
        <translation>‹ Барлық бағдарламалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to all programmes</source>
        <translation>Барлық бағдарламаларға оралу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme&apos;s plan</source>
        <translation>Бағдарлама жоспары</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>To return it: what should the officer change?</source>
        <extracomment>Placeholder of the supervisor&apos;s comment when returning a programme</extracomment>
        <translation>Қайтару үшін: инспектор нені өзгертуі керек?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the officer</source>
        <translation>Инспекторға түсініктеме</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return with comment</source>
        <extracomment>Sends a programme back to the officer with the supervisor&apos;s comment</extracomment>
        <translation>Түсініктемемен қайтару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve</source>
        <extracomment>Approves the individual programme</extracomment>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a programme</source>
        <translation>Бағдарламаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its plan and your decision appear here.</source>
        <translation>Оның жоспары мен сіздің шешіміңіз осында көрінеді.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../pages/CaseloadPage.qml" line="+15"/>
        <source>Caseload</source>
        <translation>Істер тізімі</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search by name (Cyrillic or Latin)</source>
        <extracomment>Caseload search; names can be typed in Cyrillic or Latin letters</extracomment>
        <translation>Аты бойынша іздеу (кирилл немесе латын әрпімен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name</source>
        <translation>Аты бойынша іздеу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters and sort</source>
        <extracomment>Shows or hides the caseload filters</extracomment>
        <translation>Сүзгілер мен сұрыптау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case status</source>
        <translation>Істің мәртебесі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort by name</source>
        <extracomment>Caseload sort order</extracomment>
        <translation>Аты бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by next appearance</source>
        <extracomment>Caseload sort order: the next appearance due</extracomment>
        <translation>Келесі келу күні бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by who needs attention</source>
        <extracomment>Caseload sort order: who needs attention first (plain wording, not a risk score)</extracomment>
        <translation>Алдымен назар қажет ететіндер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort order</source>
        <translation>Сұрыптау тәртібі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only overdue appearances</source>
        <extracomment>Caseload filter: only people with an overdue appearance</extracomment>
        <translation>Тек мерзімі өткен келулер</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 people</source>
        <extracomment>%1 people shown of %2 in the caseload</extracomment>
        <translation>%2 адамның %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No one in your caseload yet</source>
        <extracomment>Caseload with nobody in it</extracomment>
        <translation>Тізіміңізде әзірге ешкім жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one matches</source>
        <extracomment>Caseload search or filters that match nobody</extracomment>
        <translation>Ешкім табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People assigned to you, or referred to you, show here after the next sync.</source>
        <translation>Сізге бекітілген немесе жолдама бойынша жіберілген адамдар келесі синхрондаудан кейін осында көрінеді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, try the other alphabet, or clear the filters.</source>
        <translation>Жазылуын тексеріңіз, басқа әліпбиді қолданып көріңіз немесе сүзгілерді тазалаңыз.</translation>
    </message>
</context>
<context>
    <name>CaseloadRecords</name>
    <message>
        <location filename="../../app/models/caseloadrecords.cpp" line="+114"/>
        <source>Released, under supervision</source>
        <extracomment>Person category (plain, non-stigmatising wording)</extracomment>
        <translation>Босатылған, әкімшілік қадағалауда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee</source>
        <translation>Шетелден оралған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee child</source>
        <translation>Оралған отбасының баласы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woman, family support</source>
        <translation>Әйел, отбасын қолдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth prevention (voluntary)</source>
        <translation>Жастар арасындағы алдын алу (ерікті)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative, supporter</source>
        <translation>Туысы, көмекші</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance for registration (police)</source>
        <extracomment>PEC Art. 172 part 9: the appearance at the internal affairs body (police)</extracomment>
        <translation>Тіркеуге келу (ішкі істер органы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to the probation service</source>
        <translation>Пробация қызметіне келу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed appearance</source>
        <translation>Өткізіп алынған келу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measure overdue</source>
        <translation>Бағдарлама шарасының мерзімі өтті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision order ending</source>
        <translation>Әкімшілік қадағалаудың аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral ending</source>
        <translation>Жолдаманың аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn</source>
        <translation>Келісім кері қайтарылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress review due</source>
        <translation>Прогресті бағалау мерзімі келді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concern noted in a session</source>
        <translation>Кездесуде белгіленген алаңдаушылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counsellor safety check</source>
        <translation>Кеңесшінің қауіпсіздігін тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other alert</source>
        <translation>Басқа ескерту</translation>
    </message>
</context>
<context>
    <name>CaseloadSnapshots</name>
    <message>
        <location filename="../../app/models/caseloadsnapshot.cpp" line="+106"/>
        <source>No appearance due</source>
        <translation>Келу белгіленбеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance overdue since %1</source>
        <translation>Келу %1 бастап мерзімі өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appearance %1</source>
        <translation>Келесі келу %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Needs attention now</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Қазір назар қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up soon</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Жақында хабарласу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Бәрі жоспар бойынша</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../components/ChangePassphraseDialog.qml" line="+21"/>
        <location line="+86"/>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Екі фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the passphrase</source>
        <translation>Құпия фраза өзгертілуде</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="+21"/>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Dialog button that closes without doing anything</extracomment>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ConflictFieldDelegate</name>
    <message>
        <location filename="../delegates/ConflictFieldDelegate.qml" line="+72"/>
        <source>%1, %2</source>
        <extracomment>Who made a version and when, e.g. &quot;Aliya Nurlanovna, 21.11.2026 10:25&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>On this device</source>
        <translation>Осы құрылғыда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From another device</source>
        <translation>Басқа құрылғыдан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the server</source>
        <translation>Серверде</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which version should stay?</source>
        <translation>Қай нұсқаны қалдыру керек?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the version from this device</source>
        <translation>Осы құрылғыдағы нұсқаны қалдыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the version from the other device</source>
        <translation>Басқа құрылғыдағы нұсқаны қалдыру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the server&apos;s version</source>
        <translation>Сервердегі нұсқаны қалдыру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a merged text from both</source>
        <translation>Екеуінен біріктірілген мәтін жазу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The text to keep</source>
        <extracomment>Placeholder of the editor where both versions of a note are merged by hand</extracomment>
        <translation>Қалатын мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged text for %1</source>
        <translation>%1 үшін біріктірілген мәтін</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save this choice</source>
        <translation>Осы таңдауды сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the choice for %1</source>
        <extracomment>Screen reader: %1 is the field whose conflict is settled</extracomment>
        <translation>%1 үшін таңдауды сақтау</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../pages/ConflictPage.qml" line="+15"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>These fields were changed on this device and on the server before they could sync. Both versions are kept until you choose; your choice is sent with the next sync.</source>
        <translation>Бұл өрістер синхрондауға дейін осы құрылғыда да, серверде де өзгертілген. Сіз таңдағанша екі нұсқа да сақталады; таңдауыңыз келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing left to choose</source>
        <translation>Таңдайтын ештеңе қалмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every conflict of this record is settled. The choices are sent with the next sync.</source>
        <translation>Бұл жазбаның барлық қайшылықтары шешілді. Таңдаулар келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sync</source>
        <translation>Синхрондауға оралу</translation>
    </message>
</context>
<context>
    <name>ConflictRowDelegate</name>
    <message>
        <location filename="../delegates/ConflictRowDelegate.qml" line="+22"/>
        <source>%1 · %2</source>
        <extracomment>Record kind · person, e.g. &quot;Person · Ахметов Ерлан&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict in %1 of %2: choose a version</source>
        <extracomment>Screen reader text of a conflict row; %1 field, %2 record</extracomment>
        <translation>«%2» жазбасының «%1» өрісінде қайшылық: нұсқаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: changed here and on the server</source>
        <extracomment>%1 is a field name; both versions are kept until someone chooses</extracomment>
        <translation>%1: осында да, серверде де өзгертілді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Here: %1 — Server: %2</source>
        <extracomment>Compact comparison: %1 this device&apos;s value, %2 the server&apos;s</extracomment>
        <translation>Осында: %1 — Серверде: %2</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../app/models/conflicttext.cpp" line="+27"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Туысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conviction</source>
        <translation>Сотталғандық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <translation>Әкімшілік қадағалау туралы шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order suspension</source>
        <translation>Қадағалауды тоқтата тұру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order restriction</source>
        <translation>Қадағалау бойынша шектеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status change</source>
        <translation>Қадағалау мәртебесінің өзгеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual programme</source>
        <translation>Жеке бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme need</source>
        <translation>Бағдарлама қажеттілігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme goal</source>
        <translation>Бағдарлама мақсаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme measure</source>
        <translation>Бағдарлама шарасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Келу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling session</source>
        <translation>Кеңес беру кездесуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information share</source>
        <translation>Мәліметтерді беру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Істің мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for ending</source>
        <translation>Аяқталу себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Басшының түсініктемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>Жабылу себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome reported</source>
        <translation>Хабарланған нәтиже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not possible</source>
        <translation>Неге мүмкін болмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case officer</source>
        <translation>Жауапты инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>Бекітілген уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>тоқтатыла тұрды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>ұзартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>мерзімінен бұрын тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>мерзімі аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for approval</source>
        <translation>бекітуге жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>бекітілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>қайта қаралуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer version</source>
        <translation>жаңа нұсқамен ауыстырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not possible</source>
        <translation>мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achieved</source>
        <translation>қол жеткізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly achieved</source>
        <translation>ішінара қол жеткізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>қол жеткізілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>алынып тасталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engaged</source>
        <translation>қатысады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly engaged</source>
        <translation>ішінара қатысады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not engaged</source>
        <translation>қатыспайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feedback</source>
        <translation>кері байланыс жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred onward</source>
        <translation>әрі қарай жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>өте жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attended</source>
        <translation>келді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation>дәлелді себеп</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(empty)</source>
        <extracomment>A field that holds no value, in the conflict comparison</extracomment>
        <translation>(бос)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another record</source>
        <extracomment>A record this device does not hold, named in a conflict</extracomment>
        <translation>басқа жазба</translation>
    </message>
</context>
<context>
    <name>Counsel</name>
    <message>
        <location filename="../../app/controllers/counselsupport.cpp" line="+141"/>
        <source>Your role may not %1 on this case.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Бұл іс бойынша сіздің рөліңізге мына әрекетке рұқсат жоқ: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this record meanwhile. The list is reloaded; please %1 again.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Біреу бұл жазбаны өзгертті. Тізім жаңартылды; қайталаңыз: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is no longer possible to %1: its status has changed.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Енді мүмкін емес (%1): мәртебесі өзгерді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is no longer on this device.</source>
        <translation>Бұл жазба енді құрылғыда жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app is locked. Unlock it and try again.</source>
        <translation>Қолданба құлыпталған. Құлпын ашып, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: check the field &quot;%2&quot;.</source>
        <extracomment>%1 is an action; %2 is the name of a form field (technical)</extracomment>
        <translation>%1 мүмкін болмады: «%2» өрісін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the device&apos;s store refused the change. Nothing was saved.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>%1 мүмкін болмады: құрылғы қоймасы өзгерісті қабылдамады. Ештеңе сақталмады.</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <location filename="../components/DashboardCard.qml" line="+84"/>
        <source>Nothing to show for these filters.</source>
        <extracomment>A dashboard chart with no records for the chosen filters</extracomment>
        <translation>Бұл сүзгілер бойынша көрсететін ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../app/models/dashboardcharts.cpp" line="+22"/>
        <source>%1 %</source>
        <extracomment>A percentage on the dashboard, e.g. &quot;87 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+237"/>
        <source>%1: %2</source>
        <extracomment>Heading of the people behind one dashboard figure: %1 a series (e.g. &quot;Completed&quot;), %2 a bar (an organisation)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>People</source>
        <extracomment>Dashboard series: people on the caseload</extracomment>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case officer</source>
        <translation>Инспекторсыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unnamed officer</source>
        <translation>Аты жоқ инспектор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region unknown</source>
        <translation>Өңір белгісіз</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Police registration</source>
        <extracomment>Dashboard: the monthly appearance at the internal affairs body (Art. 172 p9)</extracomment>
        <translation>Ішкі істер органына тіркеуге келу</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Probation report</source>
        <extracomment>Dashboard: the monthly report at the probation service (Art. 172 p9)</extracomment>
        <translation>Пробация қызметіндегі есеп</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Overdue</source>
        <extracomment>Dashboard series: overdue appearances or measures</extracomment>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme measures</source>
        <extracomment>Dashboard: measures of the individual programmes past their due date</extracomment>
        <translation>Бағдарлама шаралары</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No measures</source>
        <extracomment>Dashboard: a programme without measures</extracomment>
        <translation>Шаралар жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None delivered</source>
        <extracomment>Dashboard: a programme none of whose measures is delivered yet</extracomment>
        <translation>Ешқайсысы орындалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–24 %</source>
        <translation>1–24 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25–49 %</source>
        <translation>25–49 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50–74 %</source>
        <translation>50–74 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75–99 %</source>
        <translation>75–99 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All delivered</source>
        <extracomment>Dashboard: a programme all of whose measures are delivered</extracomment>
        <translation>Барлығы орындалды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programmes</source>
        <extracomment>Dashboard series: individual programmes</extracomment>
        <translation>Бағдарламалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred</source>
        <extracomment>Dashboard series: referrals whose term started in the period</extracomment>
        <translation>Жолданды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Dashboard series: referrals completed with the outcome reported</extracomment>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended early</source>
        <extracomment>Dashboard series: referrals declined, revoked or expired</extracomment>
        <translation>Мерзімінен бұрын тоқтатылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unnamed organisation</source>
        <translation>Атауы жоқ ұйым</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open alerts</source>
        <extracomment>Dashboard series: alerts not resolved yet</extracomment>
        <translation>Ашық дабылдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent</source>
        <extracomment>Alert severity</extracomment>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <extracomment>Alert severity</extracomment>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <extracomment>Alert severity</extracomment>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviews</source>
        <extracomment>Dashboard series: progress reviews</extracomment>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due</source>
        <extracomment>Dashboard: programmes whose progress review is due</extracomment>
        <translation>Прогресті бағалау мерзімі келді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting sign-off</source>
        <extracomment>Dashboard: reviews written but not signed off by a supervisor</extracomment>
        <translation>Бекітуді күтуде</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2</source>
        <extracomment>One line of a dashboard figure read aloud: %1 a bar&apos;s label, %2 its value(s)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to show for these filters.</source>
        <translation>Бұл сүзгілер бойынша көрсететін ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>DashboardDrillPanel</name>
    <message>
        <location filename="../components/DashboardDrillPanel.qml" line="+50"/>
        <source>Close the list</source>
        <extracomment>Closes the list of people behind a dashboard figure</extracomment>
        <translation>Тізімді жабу</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Figure: %1 · %n person(s)</source>
        <extracomment>Under the heading of a dashboard drill-down: %1 the figure (a number or a percentage), then how many people it concerns</extracomment>
        <translation>
            <numerusform>Көрсеткіш: %1 · %n адам</numerusform>
            <numerusform>Көрсеткіш: %1 · %n адам</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening a person is recorded in the audit log.</source>
        <extracomment>Why opening a person from the dashboard is not private</extracomment>
        <translation>Адамның картасын ашу аудит журналына жазылады.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nobody to show</source>
        <extracomment>A dashboard figure of zero: nobody to list</extracomment>
        <translation>Көрсететін ешкім жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No person in your scope is counted in this figure.</source>
        <translation>Бұл көрсеткіште сіздің жауапкершілік аймағыңыздағы адамдар жоқ.</translation>
    </message>
</context>
<context>
    <name>DashboardFigureTable</name>
    <message>
        <location filename="../components/DashboardFigureTable.qml" line="+90"/>
        <source>%1, %2: %3</source>
        <extracomment>A figure of the dashboard for screen readers: %1 what is counted (an officer, a region, a month), %2 the series (e.g. &quot;Completed&quot;), %3 the number</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the list of people</source>
        <translation>Адамдар тізімін ашады</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../components/DashboardFilterBar.qml" line="+40"/>
        <source>Period</source>
        <extracomment>Dashboard filter: over which months the figures are counted</extracomment>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case officer</source>
        <extracomment>Dashboard filter: the probation officer who owns the cases</extracomment>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../pages/DashboardPage.qml" line="+18"/>
        <source>Dashboard</source>
        <extracomment>Title of the supervisor&apos;s dashboard of figures and charts</extracomment>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caseload</source>
        <extracomment>Dashboard card: the people under supervision</extracomment>
        <translation>Есептегі адамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people with an active case</source>
        <extracomment>Under the caseload figure of the dashboard</extracomment>
        <translation>ісі ашық адам</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By officer</source>
        <extracomment>Dashboard: caseload grouped by case officer</extracomment>
        <translation>Инспекторлар бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <extracomment>Dashboard: caseload grouped by region of residence</extracomment>
        <translation>Өңірлер бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By category</source>
        <extracomment>Dashboard: caseload grouped by person category</extracomment>
        <translation>Санаттар бойынша</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appearance compliance</source>
        <extracomment>Dashboard card: share of the monthly appearances (Art. 172 p9) that were attended</extracomment>
        <translation>Келулердің сақталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of appearances attended; excused ones not counted. A figure opens who missed.</source>
        <translation>келу орындалды; дәлелді себептер есептелмейді. Көрсеткіш келмегендердің тізімін ашады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <extracomment>Dashboard card: appearances and programme measures past their date</extracomment>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appearances and programme measures overdue today</source>
        <translation>бүгінге мерзімі өткен келулер мен бағдарлама шаралары</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme progress</source>
        <extracomment>Dashboard card: how much of each individual programme is delivered</extracomment>
        <translation>Бағдарламалардың барысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes, by share of planned measures delivered</source>
        <translation>жоспарланған шаралардың орындалған үлесі бойынша бағдарламалар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referrals by organisation</source>
        <extracomment>Dashboard card: referrals to organisations and how they ended</extracomment>
        <translation>Ұйымдар бойынша жолдамалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrals started in the period</source>
        <translation>кезеңде басталған жолдамалар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open alerts</source>
        <extracomment>Dashboard card: alerts not resolved yet, by severity</extracomment>
        <translation>Ашық дабылдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open or acknowledged, by severity</source>
        <translation>ашық немесе назарға алынған, маңыздылығы бойынша</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress reviews</source>
        <extracomment>Dashboard card: progress reviews that are due or await a sign-off</extracomment>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes due for a review today. A person opens their review.</source>
        <translation>бүгін тексерілуі тиіс бағдарламалар. Адам өз тексеруін ашады.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="+41"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Date format hint: year-month-day</extracomment>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Pick from a calendar: %1</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar; %1 the field&apos;s name</extracomment>
        <translation>Күнтізбеден таңдау: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick from a calendar</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar</extracomment>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Calendar: %1</source>
        <extracomment>Screen-reader name of the calendar opened from a date field; %1 the field&apos;s name</extracomment>
        <translation>Күнтізбе: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous month</source>
        <extracomment>Calendar button: shows the month before</extracomment>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Next month</source>
        <extracomment>Calendar button: shows the month after</extracomment>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>From %1 to %2</source>
        <extracomment>Under the calendar: the days that may be chosen; %1 and %2 dates (YYYY-MM-DD)</extracomment>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <extracomment>Under the calendar: the earliest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <extracomment>Under the calendar: the latest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>%1 дейін</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../pages/EnrolPage.qml" line="+12"/>
        <location line="+140"/>
        <source>Set up this device</source>
        <translation>Құрылғыны баптау</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Qadam</source>
        <translation>Qadam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records are kept encrypted on this device and work without a connection. Your administrator gives you the server address and a one-time code.</source>
        <translation>Жазбалар осы құрылғыда шифрланған күйде сақталады және байланыссыз да қолжетімді. Сервер мекенжайы мен бір реттік кодты әкімші береді.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example https://qadam.example.kz</source>
        <translation>Мысалы, https://qadam.example.kz</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>One-time code</source>
        <extracomment>The enrolment code an administrator issues once per device</extracomment>
        <translation>Бір реттік код</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>It works once and expires; ask for a new one if it was refused.</source>
        <translation>Код бір рет және шектеулі уақыт жарамды; қабылданбаса, жаңасын сұраңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase</source>
        <translation>Құпия фраза ойлап табыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ.</source>
        <translation>Екі фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can recover a forgotten passphrase. After 10 wrong attempts the records on this device are erased.</source>
        <extracomment>Warning under the passphrase fields at enrolment</extracomment>
        <translation>Ұмытылған фразаны ешкім қалпына келтіре алмайды. 10 қате әрекеттен кейін осы құрылғыдағы жазбалар өшіріледі.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting up</source>
        <translation>Бапталуда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting up this device and fetching your cases…</source>
        <translation>Құрылғы бапталып, істеріңіз жүктелуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up</source>
        <translation>Баптау</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../components/ErrorBanner.qml" line="+73"/>
        <source>Dismiss message</source>
        <extracomment>Closes an error or information message</extracomment>
        <translation>Хабарды жабу</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../components/ExportButton.qml" line="+36"/>
        <source>Export case report (PDF)</source>
        <translation>Іс бойынша есепті түсіру (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export NGO activity (CSV)</source>
        <translation>ҮЕҰ қызметін түсіру (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics (CSV)</source>
        <extracomment>De-identified statistics: counts only, small cells suppressed</extracomment>
        <translation>Статистиканы түсіру (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>Түсіру…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
</context>
<context>
    <name>LabeledField</name>
    <message>
        <location filename="../components/LabeledField.qml" line="+28"/>
        <source>%1 *</source>
        <extracomment>%1 is a field label; the star marks a required field</extracomment>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="+20"/>
        <source>Qadam</source>
        <extracomment>Window title; &quot;Qadam&quot; (Kazakh &quot;step&quot;) is the product name</extracomment>
        <translation>Qadam</translation>
    </message>
</context>
<context>
    <name>PageUnavailable</name>
    <message>
        <location filename="../components/PageUnavailable.qml" line="+10"/>
        <source>Not available</source>
        <translation>Қолжетімсіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This screen is not available yet</source>
        <translation>Бұл экран әзірге қолжетімсіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will come with a later version of Qadam. Everything else keeps working.</source>
        <extracomment>Shown when a screen is missing from this version of the app</extracomment>
        <translation>Ол Qadam-ның келесі нұсқасында қосылады. Қалғанының бәрі жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../components/PassphraseField.qml" line="+23"/>
        <source>Very weak</source>
        <extracomment>Passphrase strength, 0 of 4</extracomment>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <extracomment>Passphrase strength, 4 of 4</extracomment>
        <translation>Мықты</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide</source>
        <extracomment>Button that shows the typed passphrase in clear text</extracomment>
        <translation>Жасыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide passphrase</source>
        <translation>Құпия фразаны жасыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase strength: %1</source>
        <extracomment>%1 is a strength word like &quot;Weak&quot;</extracomment>
        <translation>Фраза беріктігі: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use four or more unrelated words; length matters more than symbols.</source>
        <extracomment>Advice under the passphrase strength meter</extracomment>
        <translation>Бір-бірімен байланыссыз төрт не одан көп сөз алыңыз: таңбалардан гөрі ұзындық маңыздырақ.</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/models/personlabels.cpp" line="+24"/>
        <source>Draft</source>
        <comment>programme status</comment>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <comment>programme status: submitted to the supervisor</comment>
        <translation>Бекітуді күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>programme status</comment>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>programme status</comment>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>programme status</comment>
        <translation>Қайта қаралуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>programme status</comment>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>programme status</comment>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a newer version</source>
        <comment>programme status</comment>
        <translation>Жаңа нұсқамен ауыстырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>goal status</comment>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Қол жеткізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly achieved</source>
        <comment>goal status</comment>
        <translation>Ішінара қол жеткізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not achieved</source>
        <comment>goal status</comment>
        <translation>Қол жеткізілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>goal status</comment>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <comment>measure status</comment>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <comment>measure status</comment>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>measure status</comment>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>measure status</comment>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible</source>
        <comment>measure status</comment>
        <translation>Мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <comment>measure frequency</comment>
        <translation>Бір рет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <comment>measure frequency</comment>
        <translation>Апта сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>measure frequency</comment>
        <translation>Екі аптада бір рет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>measure frequency</comment>
        <translation>Ай сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <comment>measure frequency</comment>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <comment>measure frequency</comment>
        <translation>Қажет болғанда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need</source>
        <comment>need severity</comment>
        <translation>Қажеттілік жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <comment>need severity</comment>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <comment>need severity</comment>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>need severity</comment>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>need severity</comment>
        <translation>Өте жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High priority</source>
        <comment>need priority</comment>
        <translation>Жоғары басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium priority</source>
        <comment>need priority</comment>
        <translation>Орташа басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low priority</source>
        <comment>need priority</comment>
        <translation>Төмен басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>referral status</comment>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>referral status</comment>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <comment>referral status</comment>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <comment>referral status</comment>
        <translation>Мерзімі аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part</source>
        <comment>referral outcome</comment>
        <translation>Қатысады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part in part</source>
        <comment>referral outcome</comment>
        <translation>Ішінара қатысады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not take part</source>
        <comment>referral outcome</comment>
        <translation>Қатыспайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback yet</source>
        <comment>referral outcome</comment>
        <translation>Кері байланыс әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral outcome</comment>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred onward</source>
        <comment>referral outcome</comment>
        <translation>Әрі қарай жіберілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance for registration (police)</source>
        <comment>check-in channel, DOMAIN glossary</comment>
        <translation>Тіркеуге келу (ішкі істер органы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the probation service</source>
        <comment>check-in channel</comment>
        <translation>Пробация қызметіне келу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <comment>appearance outcome</comment>
        <translation>Келді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>appearance outcome</comment>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <comment>appearance outcome</comment>
        <translation>Дәлелді себеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <comment>session mode</comment>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <comment>session mode</comment>
        <translation>Телефон арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <comment>session mode</comment>
        <translation>Бейнеқоңырау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing</source>
        <comment>session mode</comment>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session</source>
        <comment>session mode</comment>
        <translation>Топтық кездесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <comment>session engagement</comment>
        <translation>Белсенді қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <comment>session engagement</comment>
        <translation>Ішінара қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <comment>session engagement</comment>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined to take part</source>
        <comment>session engagement</comment>
        <translation>Қатысудан бас тартты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback</source>
        <comment>session engagement</comment>
        <translation>Кері байланыс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary shared with probation</source>
        <comment>session confidentiality tier</comment>
        <translation>Қысқаша мазмұны пробация қызметіне қолжетімді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling team only</source>
        <comment>session confidentiality tier</comment>
        <translation>Тек кеңесшілер тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: author only</source>
        <comment>session confidentiality tier</comment>
        <translation>Жабық: тек автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <comment>case status</comment>
        <translation>Іс ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <comment>case status</comment>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed case</source>
        <comment>case status</comment>
        <translation>Іс жабық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <comment>supervision order status</comment>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <comment>supervision order status</comment>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <comment>supervision order status</comment>
        <translation>Тоқтатыла тұрды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <comment>supervision order status</comment>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <comment>supervision order status</comment>
        <translation>Мерзімінен бұрын тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term over</source>
        <comment>supervision order status</comment>
        <translation>Мерзімі аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>alert status</comment>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <comment>alert status</comment>
        <translation>Қаралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>alert status</comment>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improving</source>
        <comment>review trend</comment>
        <translation>Жақсаруда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <comment>review trend</comment>
        <translation>Тұрақты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worsening</source>
        <comment>review trend</comment>
        <translation>Нашарлауда</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>After release, under administrative supervision</source>
        <comment>person category</comment>
        <translation>Босатылғаннан кейін, әкімшілік қадағалауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned from abroad</source>
        <comment>person category</comment>
        <translation>Шетелден оралған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child of a returned family</source>
        <comment>person category</comment>
        <translation>Оралған отбасының баласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and women&apos;s support</source>
        <comment>person category</comment>
        <translation>Отбасы мен әйелдерді қолдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person, voluntary support</source>
        <comment>person category</comment>
        <translation>Жас адам, ерікті қолдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative and supporter</source>
        <comment>person category</comment>
        <translation>Туысы және көмекші</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <comment>person screen section</comment>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision and obligations</source>
        <comment>person screen section: court order of administrative supervision</comment>
        <translation>Қадағалау және міндеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearances</source>
        <comment>person screen section: appearance timeline</comment>
        <translation>Келулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>person screen section: individual programme of social and legal assistance</comment>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <comment>person screen section</comment>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <comment>person screen section: counselling sessions</comment>
        <translation>Кеңес беру кездесулері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <comment>person screen section: progress reviews</comment>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <comment>person screen section: audit trail</comment>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <comment>audit action</comment>
        <translation>Түзетілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the case</source>
        <comment>audit action: someone read the case</comment>
        <translation>Істі ашты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <comment>audit action</comment>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <comment>audit action</comment>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <comment>record kind</comment>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <comment>record kind</comment>
        <translation>Әкімшілік қадағалау туралы шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <comment>record kind</comment>
        <translation>Келу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>record kind</comment>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <comment>record kind</comment>
        <translation>Қажеттілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <comment>record kind</comment>
        <translation>Мақсат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <comment>record kind</comment>
        <translation>Шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <comment>record kind</comment>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <comment>record kind</comment>
        <translation>Кеңес беру кездесуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <comment>record kind</comment>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <comment>record kind</comment>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <comment>record kind</comment>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <comment>record kind</comment>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probation officer</source>
        <comment>staff role</comment>
        <translation>Пробация қызметінің инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police officer</source>
        <comment>staff role</comment>
        <translation>Учаскелік полиция инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <comment>staff role</comment>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Басшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <comment>staff role</comment>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../pages/PersonPage.qml" line="+16"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Try again</source>
        <extracomment>Button that reads the case again after a failure</extracomment>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Programme builder</source>
        <extracomment>Opens the guided builder of the individual programme of social and legal assistance</extracomment>
        <translation>Бағдарлама құрастырушы</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>IIN %1</source>
        <extracomment>The person&apos;s IIN with all but the last four digits hidden</extracomment>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sections of the case</source>
        <translation>Іс бөлімдері</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <extracomment>A section tab: %1 the section, %2 how many records it holds</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Entries of this section</source>
        <translation>Осы бөлімнің жазбалары</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded here yet</source>
        <translation>Мұнда әзірге ештеңе жазылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries appear here as soon as they are recorded or synced.</source>
        <translation>Жазбалар енгізілген немесе синхрондалған бойда осында көрінеді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading</source>
        <translation>Жүктелуде</translation>
    </message>
</context>
<context>
    <name>PersonSectionRowDelegate</name>
    <message>
        <location filename="../delegates/PersonSectionRowDelegate.qml" line="+30"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader text of a row: %1 title, %2 facts, %3 status</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Progress %1%</source>
        <extracomment>Screen-reader name of a progress bar; %1 is a percentage</extracomment>
        <translation>Прогресс %1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <extracomment>A percentage of measures delivered</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ProgrammeBuilderPage</name>
    <message>
        <location filename="../pages/ProgrammeBuilderPage.qml" line="+17"/>
        <source>Individual programme</source>
        <extracomment>Title of the guided builder of the individual programme of social and legal assistance</extracomment>
        <translation>Жеке бағдарлама</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assess needs</source>
        <extracomment>Step 1 of the programme builder</extracomment>
        <translation>Қажеттіліктерді бағалау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested goals</source>
        <extracomment>Step 2 of the programme builder: goals and measures the templates propose</extracomment>
        <translation>Ұсынылған мақсаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Goals and measures</source>
        <extracomment>Step 3 of the programme builder</extracomment>
        <translation>Мақсаттар мен шаралар</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+193"/>
        <source>Submit for approval</source>
        <extracomment>Step 4 of the programme builder</extracomment>
        <translation>Бекітуге жіберу</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 step number, %2 number of steps, %3 the step&apos;s title</extracomment>
        <translation>%2 қадамның %1-сі · %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent for approval</source>
        <translation>Бекітуге жіберілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No new programme now</source>
        <translation>Қазір жаңа бағдарлама жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the person</source>
        <extracomment>Goes back from the programme builder to the person</extracomment>
        <translation>Адамға оралу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Need domains</source>
        <translation>Қажеттілік салалары</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every domain a severity. &quot;No need&quot; means you assessed it and found nothing to work on.</source>
        <translation>Әр салаға баға беріңіз. «Қажеттілік жоқ» — сіз оны бағалап, жұмыс істейтін ештеңе таппадыңыз деген сөз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suggested goals and measures</source>
        <translation>Ұсынылған мақсаттар мен шаралар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The programme as it will be sent</source>
        <translation>Жіберілетін түріндегі бағдарлама</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 goals, %2 measures. The supervisor approves the programme or returns it with a comment.</source>
        <extracomment>%1 number of goals, %2 number of measures</extracomment>
        <translation>Мақсаттар: %1, шаралар: %2. Басшы бағдарламаны бекітеді немесе түсініктемемен қайтарады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading</source>
        <translation>Жүктелуде</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back</source>
        <extracomment>Goes to the previous step of the programme builder</extracomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save and review</source>
        <translation>Сақтап, тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
</context>
<context>
    <name>ProgrammeNeedDelegate</name>
    <message>
        <location filename="../delegates/ProgrammeNeedDelegate.qml" line="+23"/>
        <source>Need: %1</source>
        <extracomment>Screen-reader name of a need row: %1 the need domain</extracomment>
        <translation>Қажеттілік: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Severity of %1</source>
        <extracomment>Screen-reader name of the severity choice; %1 the need domain</extracomment>
        <translation>Маңыздылығы: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you found, in a few words</source>
        <extracomment>Placeholder of the officer&apos;s assessment of one need</extracomment>
        <translation>Не анықтадыңыз, бірнеше сөзбен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment of %1</source>
        <translation>Бағалау: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePlanItemDelegate</name>
    <message>
        <location filename="../delegates/ProgrammePlanItemDelegate.qml" line="+44"/>
        <source>Goal: %1</source>
        <extracomment>Screen-reader name of a goal row; %1 the goal</extracomment>
        <translation>Мақсат: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: %1</source>
        <extracomment>Screen-reader name of a measure row; %1 the kind of measure</extracomment>
        <translation>Шара: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add goal</source>
        <extracomment>Adds an empty goal under a need</extracomment>
        <translation>Мақсат қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a goal to %1</source>
        <translation>«%1» үшін мақсат қосу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep goal: %1</source>
        <extracomment>Screen-reader name of the switch that keeps a suggested goal; %1 the goal</extracomment>
        <translation>Мақсатты қалдыру: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target: %1</source>
        <extracomment>A goal&apos;s target date</extracomment>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · due %2 · %3</source>
        <extracomment>A suggested measure: %1 its kind, %2 due date, %3 frequency</extracomment>
        <translation>%1 · мерзімі %2 · %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the person will have achieved</source>
        <extracomment>Placeholder of a goal&apos;s text</extracomment>
        <translation>Адам неге қол жеткізеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal text</source>
        <translation>Мақсат мәтіні</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target date</source>
        <translation>Мақсатты күн</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure</source>
        <extracomment>Adds a measure under a goal</extracomment>
        <translation>Шара қосу</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a measure</source>
        <translation>Шараны таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of measure</source>
        <translation>Шара түрі</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Frequency</source>
        <translation>Жиілігі</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider not in the directory</source>
        <extracomment>Shown in a measure&apos;s provider choice when the stored provider is not in the local directory</extracomment>
        <translation>Орындаушы анықтамалықта жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the measure</source>
        <extracomment>Screen-reader name of the choice of who delivers a measure</extracomment>
        <translation>Шараның орындаушысы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove measure %1</source>
        <extracomment>Removes a measure from the plan; %1 the kind of measure</extracomment>
        <translation>%1 шарасын жою</translation>
    </message>
</context>
<context>
    <name>Qadam</name>
    <message>
        <location filename="../../app/export/casereport.cpp" line="+43"/>
        <source>Person summary</source>
        <translation>Адам туралы мәлімет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative supervision: order and obligations</source>
        <comment>DOMAIN glossary: administrative supervision</comment>
        <translation>Әкімшілік қадағалау: қаулы және міндеттер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances for registration at the internal affairs body</source>
        <comment>PEC Art. 172 part 9, channel 1</comment>
        <translation>Ішкі істер органына тіркеуге келу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances at the probation service</source>
        <comment>PEC Art. 172 part 9, channel 2</comment>
        <translation>Пробация қызметіне келу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual programme of social and legal assistance</source>
        <comment>DOMAIN glossary</comment>
        <translation>Әлеуметтік-құқықтық көмек көрсетудің жеке бағдарламасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals and outcomes</source>
        <translation>Жолдамалар және нәтижелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling sessions (attendance only)</source>
        <translation>Кеңес беру сессиялары (тек қатысу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress reviews</source>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Court order of administrative supervision</source>
        <translation>Әкімшілік қадағалау туралы сот шешімі</translation>
    </message>
</context>
<context>
    <name>Qadam::AppSession</name>
    <message>
        <location filename="../../app/session/appsession.cpp" line="+231"/>
        <source>Probation officer</source>
        <translation>Пробация қызметінің инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District police officer</source>
        <translation>Учаскелік полиция инспекторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sync is off: this device is not enrolled</source>
        <translation>Синхрондау өшірулі: құрылғы тіркелмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending changes…</source>
        <translation>Өзгерістер жіберілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving changes… %1%</source>
        <extracomment>%1 is a percentage of the records to receive</extracomment>
        <translation>Өзгерістер алынуда… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving changes…</source>
        <translation>Өзгерістер алынуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: will try again soon</source>
        <translation>Байланыс жоқ: жақында қайталаймыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some changes were refused: open Sync</source>
        <translation>Кейбір өзгерістер қабылданбады: «Синхрондау» бөлімін ашыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the app to keep syncing</source>
        <translation>Синхрондауды жалғастыру үшін қолданбаны жаңартыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device: enrol it again</source>
        <translation>Сервер бұл құрылғыны енді қабылдамайды: оны қайта тіркеңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync needs attention</source>
        <translation>Синхрондау назар қажет етеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline for too long: connect to sync</source>
        <translation>Байланыссыз тым ұзақ уақыт: синхрондау үшін қосылыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync paused while locked</source>
        <translation>Қолданба құлыпталғанда синхрондау тоқтатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Бәрі синхрондалған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qadam %1 · Qt %2 · SQLCipher %3</source>
        <extracomment>About: versions of the app and the libraries it is built on</extracomment>
        <translation>Qadam %1 · Qt %2 · SQLCipher %3</translation>
    </message>
    <message>
        <location filename="../../app/session/appsessionvault.cpp" line="+26"/>
        <source>Enter the server address you were given, starting with https://</source>
        <translation>Сізге берілген сервер мекенжайын https:// бастап енгізіңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the one-time enrolment code you were given.</source>
        <translation>Сізге берілген бір реттік тіркеу кодын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+180"/>
        <source>Choose a longer passphrase: at least 14 characters, or 8 with capitals, digits and signs.</source>
        <translation>Ұзынырақ құпия фразаны таңдаңыз: кемінде 14 таңба немесе бас әріптер, сандар мен белгілері бар 8 таңба.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Could not create the encrypted store on this device.</source>
        <translation>Осы құрылғыда шифрланған қойманы жасау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server did not accept this code: it may be mistyped, used or expired. Ask for a new one.</source>
        <translation>Сервер бұл кодты қабылдамады: қате терілген, пайдаланылған немесе мерзімі өткен болуы мүмкін. Жаңасын сұраңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of the app is too old for the server. Update the app.</source>
        <translation>Қолданбаның бұл нұсқасы сервер үшін тым ескі. Қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server address exactly as printed, including the part after #pin=.</source>
        <translation>Сервер мекенжайын басылғандай дәл енгізіңіз, #pin= кейінгі бөлігін қоса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Check the address and the connection, then try again.</source>
        <translation>Серверге қосылу мүмкін болмады. Мекенжай мен байланысты тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+69"/>
        <source>Too many failed attempts: wait until the countdown ends.</source>
        <translation>Сәтсіз әрекеттер тым көп: кері санақ аяқталғанша күтіңіз.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The enrolment of this device did not finish. Enrol it again.</source>
        <translation>Бұл құрылғыны тіркеу аяқталмады. Оны қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Too many failed attempts: the data on this device was erased. Enrol the device again.</source>
        <translation>Сәтсіз әрекеттер тым көп: осы құрылғыдағы деректер өшірілді. Құрылғыны қайта тіркеңіз.</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Wrong passphrase. %n attempt(s) left before this device erases its data.</source>
        <translation>
            <numerusform>Құпия фраза қате. Құрылғы деректерін өшіргенге дейін %n әрекет қалды.</numerusform>
            <numerusform>Құпия фраза қате. Құрылғы деректерін өшіргенге дейін %n әрекет қалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store on this device could not be opened.</source>
        <translation>Осы құрылғыдағы қойманы ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Жаңа құпия фраза қазіргісімен бірдей.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current passphrase is wrong.</source>
        <translation>Қазіргі құпия фраза қате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase could not be changed.</source>
        <translation>Құпия фразаны өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../app/session/appsessionsync.cpp" line="+88"/>
        <source>This device was signed out by the server and its data erased.</source>
        <translation>Сервер бұл құрылғыны шығарып, деректерін өшірді.</translation>
    </message>
</context>
<context>
    <name>Qadam::AppearanceController</name>
    <message>
        <location filename="../../app/controllers/appearancecontroller.cpp" line="+111"/>
        <source>Illness, with a medical certificate</source>
        <translation>Ауру, анықтамасымен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family circumstances</source>
        <translation>Отбасылық жағдайлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say why the appearance is excused.</source>
        <translation>Келудің неге дәлелді себеппен болмағанын көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the new date of the appearance.</source>
        <translation>Келудің жаңа күнін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>This appearance is no longer due: it may have been recorded already.</source>
        <translation>Бұл келу енді күтілмейді: ол бұрын тіркелген болуы мүмкін.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Attendance recorded</source>
        <translation>Келу тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed appearance recorded</source>
        <translation>Келмеу тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused; new date set</source>
        <translation>Дәлелді себеп; жаңа күн белгіленді</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appearances for registration are recorded by the internal affairs body (police).</source>
        <translation>Тіркеуге келуді ішкі істер органы тіркейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to the probation service are recorded by the probation service.</source>
        <translation>Пробация қызметіне келуді пробация қызметі тіркейді.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This person is not in your caseload: you cannot record their appearance.</source>
        <translation>Бұл адам сіздің тізіміңізде жоқ: оның келуін тіркей алмайсыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not record this appearance.</source>
        <translation>Сіздің рөліңіз бұл келуді тіркеуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of the appearance is in the future. Choose today or an earlier day.</source>
        <translation>Келу күні болашақта. Бүгінгі немесе ертерек күнді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appearance can be recorded as missed only after its period has ended.</source>
        <translation>Келмеуді тек оның кезеңі аяқталғаннан кейін тіркеуге болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new date after the due date.</source>
        <translation>Белгіленген мерзімнен кейінгі жаңа күнді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervision order was not in force on that day.</source>
        <translation>Ол күні әкімшілік қадағалау күшінде болмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long.</source>
        <translation>Мәтін тым ұзын.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be recorded: the details are not valid.</source>
        <translation>Келуді тіркеу мүмкін болмады: деректер жарамсыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record changed meanwhile. Check the appearance and try again.</source>
        <translation>Жазба осы уақытта өзгерді. Келуді тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be saved. Try again.</source>
        <translation>Келуді сақтау мүмкін болмады. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseReportPdf</name>
    <message>
        <location filename="../../app/export/casereportpdf.cpp" line="+91"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not included: your role may not export this part of the case.</source>
        <translation>Қосылмаған: сіздің рөліңіз істің бұл бөлігін түсіре алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing recorded.</source>
        <translation>Ештеңе жазылмаған.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROBATION SERVICE · ADMINISTRATIVE SUPERVISION</source>
        <comment>DOMAIN glossary; printed in capitals</comment>
        <translation>ПРОБАЦИЯ ҚЫЗМЕТІ · ӘКІМШІЛІК ҚАДАҒАЛАУ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+36"/>
        <source>Case report</source>
        <translation>Іс бойынша есеп</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Person under administrative supervision (Penal Enforcement Code, Art. 172)</source>
        <comment>DOMAIN glossary</comment>
        <translation>Әкімшілік қадағалаудағы адам (Қылмыстық-атқару кодексі, 172-бап)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names withheld: your role may not export them</source>
        <translation>Аттар жасырылған: сіздің рөліңіз оларды түсіре алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>Іс мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation>Дайындалған күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report is redacted for the role of the person who prepared it: parts and fields that role may not export are left out. Counselling notes are never part of a report.</source>
        <translation>Есеп дайындаушының рөліне сай қысқартылған: бұл рөл түсіре алмайтын бөліктер мен өрістер алынып тасталды. Кеңес беру жазбалары ешқашан есепке кірмейді.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ref. %1</source>
        <comment>case reference</comment>
        <translation>Іс %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOR OFFICIAL USE</source>
        <comment>printed in capitals</comment>
        <translation>ҚЫЗМЕТТІК ПАЙДАЛАНУ ҮШІН</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported by %1 (%2) on %3</source>
        <comment>footer of every page: user, role, date and time</comment>
        <translation>Түсірген %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseloadModel</name>
    <message>
        <location filename="../../app/models/caseloadmodel.cpp" line="+233"/>
        <source>The caseload could not be loaded. Try again.</source>
        <translation>Тізімді жүктеу мүмкін болмады. Қайталаңыз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The search could not be run. Try again.</source>
        <translation>Іздеу мүмкін болмады. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictController</name>
    <message>
        <location filename="../../app/controllers/conflictcontroller.cpp" line="+22"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>Қойма құлыпталған: қолданбаның құлпын ашып, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This conflict was already settled or is no longer on this device.</source>
        <translation>Бұл қайшылық шешілген немесе енді құрылғыда жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change this field, so the conflict stays for someone who may.</source>
        <translation>Сіздің рөліңіз бұл өрісті өзгертуге рұқсат бермейді, сондықтан қайшылық оны шеше алатын адамға қалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the merged text, or keep one of the two versions.</source>
        <translation>Біріктірілген мәтін жазыңыз немесе екі нұсқаның бірін қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which version to keep.</source>
        <translation>Қай нұсқаны қалдыратыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen value is not valid for this field. Edit the merged text or keep the other version.</source>
        <translation>Таңдалған мән бұл өріс үшін жарамсыз. Біріктірілген мәтінді өзгертіңіз немесе басқа нұсқаны қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record changed meanwhile. Look at both versions again and choose.</source>
        <translation>Жазба осы уақытта өзгерді. Екі нұсқаны қайта қарап, таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s state does not allow this value any more.</source>
        <translation>Жазбаның күйі енді бұл мәнге жол бермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice could not be saved on this device. Try again.</source>
        <translation>Таңдауды осы құрылғыда сақтау мүмкін болмады. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictModel</name>
    <message>
        <location filename="../../app/models/conflictmodel.cpp" line="+90"/>
        <source>Conflicts could not be read from this device&apos;s store.</source>
        <translation>Құрылғы қоймасынан қайшылықтарды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <extracomment>Record kind and the person it belongs to, e.g. &quot;Person · Ахметов Ерлан&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardChartModel</name>
    <message>
        <location filename="../../app/models/dashboardchartmodel.cpp" line="+48"/>
        <source>This dashboard has no figure called &quot;%1&quot;.</source>
        <translation>Бұл панельде «%1» көрсеткіші жоқ.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardData</name>
    <message>
        <location filename="../../app/models/dashboarddata.cpp" line="+75"/>
        <source>The figures could not be read from this device&apos;s store. Try again; if it keeps failing, sync and reopen the app.</source>
        <extracomment>The supervisor&apos;s dashboard could not compute its figures</extracomment>
        <translation>Көрсеткіштерді құрылғы қоймасынан оқу мүмкін болмады. Қайталаңыз; болмаса, синхрондап, қолданбаны қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardDrillModel</name>
    <message>
        <location filename="../../app/models/dashboarddrillmodel.cpp" line="+113"/>
        <source>The people behind this figure could not be read from this device&apos;s store.</source>
        <extracomment>The list of people behind a dashboard figure could not be read</extracomment>
        <translation>Осы көрсеткіштің артындағы адамдарды құрылғы қоймасынан оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardFilters</name>
    <message>
        <location filename="../../app/models/dashboardfilters.cpp" line="+62"/>
        <location line="+107"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All officers</source>
        <translation>Барлық инспекторлар</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message numerus="yes">
        <location line="-65"/>
        <location line="+16"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Соңғы %n ай</numerusform>
            <numerusform>Соңғы %n ай</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>The dashboard&apos;s filters in one line: period · region · officer · category</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The filter choices could not be read from this device&apos;s store.</source>
        <translation>Сүзгі нұсқаларын құрылғы қоймасынан оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unnamed officer</source>
        <translation>Аты жоқ инспектор</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportCli</name>
    <message>
        <location filename="../../app/export/exportcli.cpp" line="+77"/>
        <source>say what to export: case-pdf, statistics or ngo-activity (see --help)</source>
        <translation>не түсіру керегін көрсетіңіз: case-pdf, statistics немесе ngo-activity (--help қараңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE is required</source>
        <translation>--out FILE қажет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--person ID is required</source>
        <translation>--person ID қажет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to must be dates (YYYY-MM-DD), the first not after the last</source>
        <translation>--from және --to күндер болуы керек (ЖЖЖЖ-АА-КК), біріншісі екіншісінен кеш емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--period must be month, quarter or year</source>
        <translation>--period month, quarter немесе year болуы керек</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>--lang must be kk, ru or en</source>
        <translation>--lang kk, ru немесе en болуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no enrolled device in %1</source>
        <translation>%1 ішінде тіркелген құрылғы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed attempts: try again in %1 s</source>
        <translation>сәтсіз әрекеттер тым көп: %1 с кейін қайталаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no passphrase: give --passphrase-file FILE or one line on stdin</source>
        <translation>құпия фраза жоқ: --passphrase-file FILE немесе stdin-де бір жол беріңіз</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportController</name>
    <message>
        <location filename="../../app/controllers/exportcontroller.cpp" line="+58"/>
        <source>Saved %1: %2 rows, %3 small cells suppressed.</source>
        <extracomment>%1 the file, %2 data rows, %3 cells hidden because they count fewer than five people or events</extracomment>
        <translation>%1 сақталды: %2 жол, %3 шағын ұяшық жасырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1: %2 rows.</source>
        <extracomment>%1 the file, %2 data rows</extracomment>
        <translation>%1 сақталды: %2 жол.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Case report saved: %1</source>
        <translation>Іс бойынша есеп сақталды: %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportMessages</name>
    <message>
        <location filename="../../app/export/exportmessages.cpp" line="+26"/>
        <source>Your role may not export this. Nothing was saved.</source>
        <translation>Сіздің рөліңіз мұны түсіре алмайды. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case cannot be exported: %1. Nothing was saved.</source>
        <comment>%1 is the access policy&apos;s reason</comment>
        <translation>Бұл істі түсіру мүмкін емес: %1. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is outside your scope, so it cannot be exported. Nothing was saved.</source>
        <translation>Бұл іс сіздің жауапкершілік аймағыңыздан тыс, оны түсіру мүмкін емес. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case is not on this device. Nothing was saved.</source>
        <translation>Бұл іс құрылғыда жоқ. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to save the file.</source>
        <translation>Файлды қайда сақтауды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the period: both dates are needed and the first must not be after the last.</source>
        <translation>Кезеңді тексеріңіз: екі күн де қажет, біріншісі екіншісінен кеш болмауы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the app first.</source>
        <translation>Алдымен қолданбаның құлпын ашыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written. Choose another place and try again. Nothing was saved.</source>
        <translation>Файлды жазу мүмкін болмады. Басқа орын таңдап, қайталаңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export is turned off on this device. It can be turned on in Settings.</source>
        <translation>Бұл құрылғыда түсіру өшірулі. Оны баптауларда қосуға болады.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonModel</name>
    <message>
        <location filename="../../app/models/personmodel.cpp" line="+48"/>
        <location line="+16"/>
        <source>This case could not be read. Try again in a moment.</source>
        <translation>Істі оқу мүмкін болмады. Біраздан соң қайталаңыз.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You do not have access to this case.</source>
        <translation>Сізде бұл іске қолжетімділік жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening this case could not be recorded, so it is not shown. Try again.</source>
        <translation>Істің ашылуын тіркеу мүмкін болмады, сондықтан ол көрсетілмеді. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSectionModel</name>
    <message>
        <location filename="../../app/models/personsectionmodel.cpp" line="+123"/>
        <source>You do not have access to this case.</source>
        <translation>Сізде бұл іске қолжетімділік жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This section could not be read. Try again in a moment.</source>
        <translation>Бөлімді оқу мүмкін болмады. Біраздан соң қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSections</name>
    <message>
        <location filename="../../app/models/personsections.cpp" line="+55"/>
        <source>from %1</source>
        <comment>open-ended period</comment>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <comment>individual identification number, shown masked</comment>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred language</source>
        <translation>Қалаулы тіл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of residence</source>
        <translation>Тұратын өңірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case officer</source>
        <translation>Жауапты инспектор</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Court order %1</source>
        <comment>administrative supervision; %1 is the decision number</comment>
        <translation>Сот шешімі %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>preventive conversation held</source>
        <comment>DOMAIN glossary: preventive conversation</comment>
        <translation>профилактикалық әңгіме өткізілді</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Supervision suspended</source>
        <translation>Әкімшілік қадағалау тоқтатыла тұрды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision resumed</source>
        <translation>Әкімшілік қадағалау қайта басталды</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>due %1</source>
        <comment>a measure&apos;s due date</comment>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Individual programme, version %1</source>
        <comment>DOMAIN glossary: individual programme of social and legal assistance</comment>
        <translation>Жеке бағдарлама, %1-нұсқа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drafted by %1</source>
        <translation>құрастырған %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by %1</source>
        <translation>бекіткен %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>target %1</source>
        <comment>a goal&apos;s target date</comment>
        <translation>мақсат мерзімі %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 min</source>
        <comment>session duration in minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review of %1</source>
        <comment>progress review; %1 is a period</comment>
        <translation>%1 бағалау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed off yet</source>
        <translation>Әлі қол қойылмаған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed off by %1</source>
        <translation>Қол қойған %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalController</name>
    <message>
        <location filename="../../app/controllers/programmeapprovalcontroller.cpp" line="+18"/>
        <source>Programme approved.</source>
        <translation>Бағдарлама бекітілді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme returned to the officer with your comment.</source>
        <translation>Бағдарлама түсініктемеңізбен инспекторға қайтарылды.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You drafted this programme, so another supervisor must approve it.</source>
        <translation>Бұл бағдарламаны сіз құрастырдыңыз, сондықтан оны басқа басшы бекітуі керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not decide on this programme.</source>
        <translation>Сіздің рөліңіз бұл бағдарлама бойынша шешім қабылдауға мүмкіндік бермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment that tells the officer what to change.</source>
        <translation>Түсініктеме жазыңыз: инспектор нені өзгертуі керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded: some entries are not valid.</source>
        <translation>Шешімді тіркеу мүмкін болмады: кейбір деректер жарамсыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer awaiting approval.</source>
        <translation>Бұл бағдарлама енді бекітуді күтпейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again.</source>
        <translation>Біреу осы уақытта бұл бағдарламаны өзгертті. Оны қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer on this device.</source>
        <translation>Бұл бағдарлама енді құрылғыда жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded. Try again in a moment.</source>
        <translation>Шешімді тіркеу мүмкін болмады. Біраздан соң қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalsModel</name>
    <message>
        <location filename="../../app/models/programmeapprovalsmodel.cpp" line="+68"/>
        <source>You drafted this programme, so another supervisor approves it.</source>
        <translation>Бұл бағдарламаны сіз құрастырдыңыз, сондықтан оны басқа басшы бекітеді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not approve programmes.</source>
        <translation>Сіздің рөліңіз бағдарламаларды бекітуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The programmes awaiting approval could not be read. Try again in a moment.</source>
        <translation>Бекітуді күтіп тұрған бағдарламаларды оқу мүмкін болмады. Біраздан соң қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeBuilderController</name>
    <message>
        <location filename="../../app/controllers/programmebuildercontroller.cpp" line="+37"/>
        <source>goal text</source>
        <translation>мақсат мәтіні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target date</source>
        <translation>мақсатты күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due date</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind of measure</source>
        <translation>шара түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frequency</source>
        <translation>жиілігі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity</source>
        <translation>маңыздылығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>жазба</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Keep at least one goal, or go back and assess a need above &quot;No need&quot;.</source>
        <translation>Кемінде бір мақсат қалдырыңыз немесе артқа оралып, қажеттілікті «Қажеттілік жоқ» деңгейінен жоғары бағалаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Draft saved.</source>
        <translation>Жоба сақталды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme sent to the supervisor for approval.</source>
        <translation>Бағдарлама басшыға бекітуге жіберілді.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Enter the target date as year-month-day, for example 2026-09-30.</source>
        <translation>Мақсатты күнді жыл-ай-күн пішімінде енгізіңіз, мысалы 2026-09-30.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the due date as year-month-day, for example 2026-09-30.</source>
        <translation>Мерзімді жыл-ай-күн пішімінде енгізіңіз, мысалы 2026-09-30.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your role may not draft or submit programmes for this person.</source>
        <translation>Сіздің рөліңіз бұл адам үшін бағдарлама құрастыруға немесе жіберуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme can no longer be changed: it has been submitted or approved. Revise it instead.</source>
        <translation>Бағдарламаны енді өзгертуге болмайды: ол жіберілген немесе бекітілген. Жаңа редакциясын жасаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>Бұл адамның орындалып жатқан бағдарламасы бар. Жоспарды өзгерту үшін оның жаңа редакциясын жасаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again and repeat your change.</source>
        <translation>Біреу осы уақытта бұл бағдарламаны өзгертті. Оны қайта ашып, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme could not be saved. Try again in a moment.</source>
        <translation>Бағдарламаны сақтау мүмкін болмады. Біраздан соң қайталаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess at least one need above &quot;No need&quot; and give it a goal with a measure before submitting.</source>
        <translation>Жібермес бұрын кемінде бір қажеттілікті «Қажеттілік жоқ» деңгейінен жоғары бағалап, оған шарасы бар мақсат қойыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no programme template for this person&apos;s category.</source>
        <translation>Бұл адамның санаты үшін бағдарлама үлгісі жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries are missing or not valid. Check the plan and try again.</source>
        <translation>Кейбір деректер жоқ немесе жарамсыз. Жоспарды тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goal %1</source>
        <translation>%1-мақсат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure %1</source>
        <translation>%1-шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 is missing or not valid.</source>
        <comment>%1 names the place in the plan, %2 the field</comment>
        <translation>%1: «%2» өрісі толтырылмаған немесе жарамсыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeDrafts</name>
    <message>
        <location filename="../../app/controllers/programmedraft.cpp" line="+101"/>
        <source>This person&apos;s programme is awaiting the supervisor&apos;s approval.</source>
        <translation>Бұл адамның бағдарламасы басшының бекітуін күтуде.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>Бұл адамның орындалып жатқан бағдарламасы бар. Жоспарды өзгерту үшін оның жаңа редакциясын жасаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProviderChoiceModel</name>
    <message>
        <location filename="../../app/models/providerchoicemodel.cpp" line="+30"/>
        <source>No provider yet</source>
        <extracomment>The first choice of a measure&apos;s provider: none chosen yet</extracomment>
        <translation>Орындаушы әлі таңдалмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (usual provider)</source>
        <extracomment>A provider of the kind that usually delivers this measure; %1 its name</extracomment>
        <translation>%1 (әдеттегі орындаушы)</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralController</name>
    <message>
        <location filename="../../app/controllers/referralcontroller.cpp" line="+28"/>
        <source>Consent to a referral</source>
        <translation>Жолдамаға келісім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to counselling</source>
        <translation>Кеңес алуға келісім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to voluntary prevention work</source>
        <extracomment>consent of the voluntary youth prevention track</extracomment>
        <translation>Ерікті алдын алу жұмысына келісім</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written, signed by the person</source>
        <translation>Жазбаша, адамның қолы қойылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral, recorded by the officer</source>
        <translation>Ауызша, инспектор жазып алған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by a legal representative</source>
        <translation>Заңды өкіл берген</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 what the consent is for, %2 its form, %3 the date it was given</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · due %2</source>
        <extracomment>%1 a programme measure, %2 its due date</extracomment>
        <translation>%1 · мерзімі %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the person&apos;s recorded consent first: a referral is never sent without it.</source>
        <translation>Алдымен адамның тіркелген келісімін таңдаңыз: жолдама онсыз ешқашан жіберілмейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the counsellor the person is referred to.</source>
        <translation>Адам жолдамамен жіберілетін кеңесшіні таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for the referral: it is the only case detail the provider sees.</source>
        <translation>Жолдаманың себебін жазыңыз: бұл орындаушы көретін істің жалғыз мәліметі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the referral&apos;s term: a start and an end date (YYYY-MM-DD).</source>
        <translation>Жолдаманың мерзімін көрсетіңіз: басталу және аяқталу күні (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term cannot end before it starts.</source>
        <translation>Мерзім басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose how the person gave consent.</source>
        <translation>Адамның келісімді қалай бергенін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the consent</source>
        <translation>келісімді тіркеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent recorded.</source>
        <translation>Келісім тіркелді.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Referral sent. The provider will see it in their inbox after the next sync.</source>
        <translation>Жолдама жіберілді. Орындаушы оны келесі синхрондаудан кейін кіріс тізімінде көреді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen consent does not cover this referral (withdrawn, not given yet, or for another purpose). Record the person&apos;s consent first.</source>
        <translation>Таңдалған келісім бұл жолдаманы қамтымайды (кері қайтарылған, әлі берілмеген немесе басқа мақсатқа арналған). Алдымен адамның келісімін тіркеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen measure is no longer open. Choose another measure or none.</source>
        <translation>Таңдалған шара енді ашық емес. Басқа шараны таңдаңыз немесе ешқайсысын таңдамаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen provider is not a counsellor.</source>
        <translation>Таңдалған орындаушы кеңесші емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send the referral</source>
        <translation>жолдаманы жіберу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept the referral</source>
        <translation>жолдаманы қабылдау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral accepted.</source>
        <translation>Жолдама қабылданды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why you decline the referral: probation needs it to refer the person elsewhere.</source>
        <translation>Жолдамадан неге бас тартатыныңызды көрсетіңіз: пробация қызметіне адамды басқа жерге жіберу үшін бұл қажет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decline the referral</source>
        <translation>жолдамадан бас тарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral declined.</source>
        <translation>Жолдамадан бас тартылды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the work</source>
        <translation>жұмысты бастау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work on the referral started.</source>
        <translation>Жолдама бойынша жұмыс басталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the outcome to report to probation.</source>
        <translation>Пробация қызметіне хабарланатын нәтижені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>complete the referral</source>
        <translation>жолдаманы аяқтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral completed.</source>
        <translation>Жолдама аяқталды.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralModel</name>
    <message numerus="yes">
        <location filename="../../app/models/referralmodel.cpp" line="+57"/>
        <source>%1 · %n session(s) attended</source>
        <extracomment>%1 is an outcome (&quot;Engaged&quot;); %n the number of sessions the person attended</extracomment>
        <translation>
            <numerusform>%1 · %n кездесуге қатысты</numerusform>
            <numerusform>%1 · %n кездесуге қатысты</numerusform>
        </translation>
    </message>
    <message>
        <location line="+177"/>
        <source>load the referrals</source>
        <translation>жолдамаларды жүктеу</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Awaiting the provider</source>
        <extracomment>referral status: probation sent it, the provider has not answered yet</extracomment>
        <translation>Орындаушының жауабын күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <extracomment>referral status: the provider is working with the person</extracomment>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by probation</source>
        <translation>Пробация қызметі кері қайтарды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term ended</source>
        <translation>Мерзімі аяқталды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Engaged</source>
        <translation>Белсенді қатысты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly engaged</source>
        <translation>Ішінара қатысты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not engaged</source>
        <translation>Қатыспайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback</source>
        <extracomment>a valid outcome: the person gave no feedback</extracomment>
        <translation>Кері байланыс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme completed</source>
        <translation>Бағдарлама аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred onward</source>
        <translation>Әрі қарай жіберілді</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesController</name>
    <message>
        <location filename="../../app/controllers/rejectedchangescontroller.cpp" line="+23"/>
        <source>The change could not be sent again. Check the values and try again.</source>
        <translation>Өзгерісті қайта жіберу мүмкін болмады. Мәндерді тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>Қойма құлыпталған: қолданбаның құлпын ашып, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This change is no longer waiting for attention.</source>
        <translation>Бұл өзгеріс енді назар қажет етпейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later changes on this device depend on this one. Settle them first.</source>
        <translation>Құрылғыдағы кейінгі өзгерістер осыған тәуелді. Алдымен соларды реттеңіз.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The change could not be discarded on this device. Try again.</source>
        <translation>Өзгерісті осы құрылғыда болдырмау мүмкін болмады. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesModel</name>
    <message>
        <location filename="../../app/models/rejectedchangesmodel.cpp" line="+20"/>
        <source>Added: %1</source>
        <extracomment>What a refused change tried to do; %1 is a record kind, e.g. &quot;Appearance&quot;</extracomment>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step “%2”</source>
        <extracomment>%1 is a record kind, %2 a workflow step such as &quot;approve&quot;</extracomment>
        <translation>%1: «%2» қадамы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: copy sent again after the server was restored</source>
        <translation>%1: сервер қалпына келтірілгеннен кейін көшірмесі қайта жіберілді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed “%1” to “%2”</source>
        <extracomment>%1 is a field name, %2 the value the person entered</extracomment>
        <translation>«%1» мәні «%2» болып өзгертілді</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed %1</source>
        <extracomment>%1 is a list of field names</extracomment>
        <translation>Өзгертілді: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Refused changes could not be read from this device&apos;s store.</source>
        <translation>Құрылғы қоймасынан қабылданбаған өзгерістерді оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewController</name>
    <message>
        <location filename="../../app/controllers/reviewcontroller.cpp" line="+240"/>
        <source>A review already covers the period up to today.</source>
        <translation>Бағалау бүгінге дейінгі кезеңді қамтып қойған.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>compute the indicators</source>
        <translation>көрсеткіштерді есептеу</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>▲ better than last time (%1)</source>
        <extracomment>trend of a review indicator against the previous review; %1 the previous value</extracomment>
        <translation>▲ өткен жолғыдан жақсы (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▼ worse than last time (%1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>▼ өткен жолғыдан нашар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= as last time</source>
        <translation>= өткен жолғыдай</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed (was %1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>өзгерді (бұрын %1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Last review: %1 — %2</source>
        <extracomment>the rating a need domain had in the previous review: %1 the number, %2 its meaning</extracomment>
        <translation>Өткен тексеру: %1 — %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You drafted this person&apos;s programme, so you cannot sign off its review: another supervisor signs it off.</source>
        <translation>Сіз бұл адамның бағдарламасын құрастырдыңыз, сондықтан оның тексеруін бекіте алмайсыз: оны басқа басшы бекітеді.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trend compared with the review of %1 – %2.</source>
        <extracomment>%1 – %2 the period of the previous progress review</extracomment>
        <translation>%1 – %2 тексеруімен салыстырғандағы үрдіс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first review: there is no trend yet.</source>
        <translation>Бұл алғашқы тексеру: үрдіс әлі жоқ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A review covers a period that has ended: choose an end no later than today.</source>
        <translation>Тексеру аяқталған кезеңді қамтиды: соңын бүгіннен кешіктірмей таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай жатып аяқталады.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 – %2</source>
        <extracomment>the period a progress review covers: %1 first day, %2 last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the period as two dates, YYYY-MM-DD.</source>
        <translation>Кезеңді екі күнмен енгізіңіз, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The review form is still loading.</source>
        <translation>Бағалау нысаны әлі жүктелуде.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rating for &quot;%1&quot;.</source>
        <extracomment>%1 is a need domain, e.g. &quot;Housing&quot;</extracomment>
        <translation>«%1» үшін баға таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rationale for &quot;%1&quot;: at least %2 characters.</source>
        <extracomment>%1 is a need domain; %2 the minimum number of characters</extracomment>
        <translation>«%1» үшін негіздеме жазыңыз: кемінде %2 таңба.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a value for &quot;%1&quot;.</source>
        <extracomment>%1 is an outcome, e.g. &quot;Employment&quot;</extracomment>
        <translation>«%1» үшін мәнді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The review is recorded. Sign it off and schedule the next review.</source>
        <translation>Тексеру жазылды. Оны бекітіп, келесі тексеруді тағайындаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review is recorded. A supervisor signs it off.</source>
        <translation>Тексеру жазылды. Оны басшы бекітеді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date of the next review as YYYY-MM-DD.</source>
        <translation>Келесі тексеру күнін ЖЖЖЖ-АА-КК түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review signed off. The next review is due on %1.</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Тексеру бекітілді. Келесі тексеру — %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You drafted the programme under review, so you cannot sign this review off: another supervisor signs it off.</source>
        <translation>Сіз тексерілетін бағдарламаны құрастырдыңыз, сондықтан бұл тексеруді бекіте алмайсыз: оны басқа басшы бекітеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next review must be after today.</source>
        <translation>Келесі тексеру бүгіннен кейін болуы керек.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Another review already covers part of this period.</source>
        <translation>Басқа бағалау осы кезеңнің бір бөлігін қамтып қойған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress reviews are written by probation officers and supervisors.</source>
        <translation>Прогресті бағалауды пробация қызметінің инспекторлары мен басшылар жазады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every need domain of the programme needs a rating and a written rationale.</source>
        <translation>Бағдарламаның әр қажеттілік саласына баға мен жазбаша негіздеме қажет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the review</source>
        <translation>бағалауды тіркеу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a supervisor signs a review off.</source>
        <translation>Бағалауға тек басшы қол қояды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This review is already signed off.</source>
        <translation>Бұл бағалауға қол қойылған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign the review off</source>
        <translation>бағалауға қол қою</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewModel</name>
    <message>
        <location filename="../../app/models/reviewmodel.cpp" line="+61"/>
        <source>%1: %2 — %3</source>
        <extracomment>one judgement of a review: %1 need domain, %2 rating 1–5, %3 the rating&apos;s meaning</extracomment>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed off by %1 on %2</source>
        <translation>Қол қойған %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Қол қоюды күтуде</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next review due on %1</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Келесі тексеру — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <source>load the reviews</source>
        <translation>бағалауларды жүктеу</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewsDueModel</name>
    <message>
        <location filename="../../app/models/reviewsduemodel.cpp" line="+31"/>
        <source>Due today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due since %1</source>
        <translation>%1 бастап тиіс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed review up to %1</source>
        <extracomment>%1 the last day of the period the last signed progress review covered</extracomment>
        <translation>Соңғы бекітілген тексеру — %1 дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signed review yet</source>
        <translation>Бекітілген тексерулер әлі жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Бекітуді күтуде</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>load the reviews due</source>
        <translation>мерзімдегі тексерулерді жүктеу</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="+130"/>
        <source>Referral %1 – %2</source>
        <translation>Жолдама %1 – %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Probation sees that the session took place: date, mode, duration, engagement. Notes and observations stay with the counselling team.</source>
        <translation>Пробация қызметі кездесудің өткенін көреді: күні, түрі, ұзақтығы, қатысуы. Жазбалар мен бақылаулар кеңесшілер тобында қалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the counselling team of this referral reads the notes and observations. Probation sees nothing of this session.</source>
        <translation>Жазбалар мен бақылауларды тек осы жолдаманың кеңесшілер тобы оқиды. Пробация қызметі бұл кездесу туралы ештеңе көрмейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you read the notes and observations. Your team sees that the session took place.</source>
        <translation>Жазбалар мен бақылауларды тек сіз оқисыз. Тобыңыз кездесудің өткенін көреді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet: choose who may read this session before saving.</source>
        <translation>Әлі таңдалмаған: сақтамас бұрын бұл кездесуді кім оқи алатынын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the referral this session belongs to.</source>
        <translation>Бұл кездесу жататын жолдаманы таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the session (YYYY-MM-DD).</source>
        <translation>Кездесу күнін көрсетіңіз (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the session took place (face to face, phone…).</source>
        <translation>Кездесудің қалай өткенін таңдаңыз (бетпе-бет, телефон арқылы…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who may read this session (the confidentiality tier) before saving.</source>
        <translation>Сақтамас бұрын бұл кездесуді кім оқи алатынын таңдаңыз (құпиялылық деңгейі).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the duration in whole minutes.</source>
        <translation>Ұзақтығын бүтін минутпен көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why you judged the person&apos;s state as &quot;%1&quot;.</source>
        <extracomment>%1 is a stability judgement, e.g. &quot;Fluctuating&quot;</extracomment>
        <translation>Адамның күйін неге «%1» деп бағалағаныңызды көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each request needs what the person asked for and its outcome.</source>
        <translation>Әр өтініш үшін адамның не сұрағанын және нәтижесін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the session to correct.</source>
        <translation>Түзетілетін кездесуді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Session saved.</source>
        <translation>Кездесу сақталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your supervisor was alerted; the alert carries no notes.</source>
        <translation>Басшыңызға ескерту жіберілді; ескертуде жазбалар жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider an onward referral for a psychiatric assessment (an observation, not a diagnosis).</source>
        <translation>Психиатриялық тексеруге жолдама беру мүмкіндігін қарастырыңыз (бұл бақылау, диагноз емес).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session date must lie inside the referral&apos;s term and not in the future.</source>
        <translation>Кездесу күні жолдама мерзімінің ішінде болуы және болашақта болмауы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next session cannot be before this one.</source>
        <translation>Келесі кездесу осы кездесуден ерте бола алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be between 1 and 1440 minutes.</source>
        <translation>Ұзақтығы 1-ден 1440 минутқа дейін болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request needs what the person asked for (at most 1000 characters) and its outcome.</source>
        <translation>Әр өтініш үшін адамның не сұрағанын (1000 таңбадан аспайтын) және нәтижесін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can log sessions only on a referral to you that you accepted, within its term.</source>
        <translation>Кездесулерді тек сізге берілген және сіз қабылдаған жолдама бойынша, оның мерзімі ішінде тіркеуге болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the session</source>
        <translation>кездесуді сақтау</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionModel</name>
    <message>
        <location filename="../../app/models/sessionmodel.cpp" line="+35"/>
        <source>load the sessions</source>
        <translation>кездесулерді жүктеу</translation>
    </message>
</context>
<context>
    <name>Qadam::SyncController</name>
    <message>
        <location filename="../../app/controllers/synccontroller.cpp" line="+143"/>
        <source>never</source>
        <extracomment>Last sync: this device has never synced</extracomment>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минут бұрын</numerusform>
            <numerusform>%n минут бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n сағат бұрын</numerusform>
            <numerusform>%n сағат бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This app is too old for the server: update it. Your changes are kept on this device until then.</source>
        <translation>Бұл қолданба сервер үшін тым ескі: оны жаңартыңыз. Оған дейін өзгерістеріңіз осы құрылғыда сақталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device. Ask your administrator; your changes stay on this device.</source>
        <translation>Сервер бұл құрылғыны енді қабылдамайды. Әкімшіге хабарласыңыз; өзгерістеріңіз құрылғыда қалады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your offline lease has ended: connect to the internet and sync to keep working.</source>
        <translation>Байланыссыз жұмыс мерзімі аяқталды: жұмысты жалғастыру үшін интернетке қосылып, синхрондаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your offline lease ends in %n hour(s): connect to keep working.</source>
        <translation>
            <numerusform>Байланыссыз жұмыс мерзімі %n сағаттан кейін аяқталады: жұмысты жалғастыру үшін қосылыңыз.</numerusform>
            <numerusform>Байланыссыз жұмыс мерзімі %n сағаттан кейін аяқталады: жұмысты жалғастыру үшін қосылыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server refused %n change(s). Look at each below and discard it once you have noted it.</source>
        <translation>
            <numerusform>Сервер %n өзгерісті қабылдамады. Әрқайсысын төменде қарап, ескергеннен кейін болдырмаңыз.</numerusform>
            <numerusform>Сервер %n өзгерісті қабылдамады. Әрқайсысын төменде қарап, ескергеннен кейін болдырмаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n field(s) were changed here and on the server. Choose which version to keep.</source>
        <translation>
            <numerusform>%n өріс осында да, серверде де өзгертілді. Қай нұсқаны қалдыратыныңызды таңдаңыз.</numerusform>
            <numerusform>%n өріс осында да, серверде де өзгертілді. Қай нұсқаны қалдыратыныңызды таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Qadam tries again by itself; your changes are safe on this device.</source>
        <translation>Сервер қолжетімсіз. Qadam өзі қайта әрекет жасайды; өзгерістеріңіз осы құрылғыда қауіпсіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync needs your attention.</source>
        <translation>Синхрондау сіздің назарыңызды қажет етеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is paused while the app is locked.</source>
        <translation>Қолданба құлыпталғанда синхрондау тоқтатылады.</translation>
    </message>
</context>
<context>
    <name>Qadam::TodayModel</name>
    <message>
        <location filename="../../app/models/todaymodel.cpp" line="+126"/>
        <source>Today&apos;s list could not be loaded. Try again.</source>
        <translation>Бүгінгі тізімді жүктеу мүмкін болмады. Қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>RecordAppearancePage</name>
    <message>
        <location filename="../pages/RecordAppearancePage.qml" line="+28"/>
        <source>Record an appearance</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No appearance to record now</source>
        <extracomment>Record page when the person has nothing to record now</extracomment>
        <translation>Қазір тіркейтін келу жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no appearance due or open at the moment.</source>
        <translation>Бұл адамның қазір күтілетін немесе ашық келуі жоқ.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Outcome</source>
        <extracomment>Heading above the choice attended / missed / excused</extracomment>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attended</source>
        <translation>Келді</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missed</source>
        <extracomment>Outcome: the person did not come and had no valid reason</extracomment>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Excused, with a new date</source>
        <extracomment>Outcome: the person could not come for a valid reason; a new date is set</extracomment>
        <translation>Дәлелді себеп, жаңа күнмен</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Date of the appearance</source>
        <extracomment>Date field; the format hint follows in the placeholder</extracomment>
        <translation>Келу күні</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (optional)</source>
        <translation>Не істелді (міндетті емес)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: called, visited the home, set a new date</source>
        <extracomment>Placeholder of the follow-up note of a missed appearance</extracomment>
        <translation>Мысалы: қоңырау шалынды, үйіне барылды, жаңа күн белгіленді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Describe the reason</source>
        <translation>Себебін сипаттаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New date of the appearance</source>
        <translation>Келудің жаңа күні</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <extracomment>Saves the appearance&apos;s outcome</extracomment>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Нәтижені тіркеу</translation>
    </message>
</context>
<context>
    <name>ReferralDecisionDialog</name>
    <message>
        <location filename="../pages/ReferralDecisionDialog.qml" line="+32"/>
        <source>Decline the referral</source>
        <translation>Жолдамадан бас тарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the referral</source>
        <translation>Жолдаманы аяқтау</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Why you decline</source>
        <translation>Неге бас тартасыз</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Probation reads this to refer the person elsewhere.</source>
        <translation>Пробация қызметі адамды басқа жерге жіберу үшін мұны оқиды.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Outcome for probation</source>
        <translation>Пробация қызметіне арналған нәтиже</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only this outcome goes back to probation; your notes stay with you.</source>
        <translation>Пробация қызметіне тек осы нәтиже қайтарылады; жазбаларыңыз сізде қалады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Sessions attended</source>
        <translation>Қатысқан кездесулер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person completed the programme with us</source>
        <translation>Адам бізде бағдарламаны аяқтады</translation>
    </message>
</context>
<context>
    <name>ReferralDelegate</name>
    <message>
        <location filename="../delegates/ReferralDelegate.qml" line="+38"/>
        <source>%1, %2, %3</source>
        <extracomment>screen-reader summary of a referral row: %1 person or provider, %2 status, %3 term</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Term: %1</source>
        <extracomment>%1 the referral&apos;s term, &quot;01.11.2026 – 30.04.2027&quot;</extracomment>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outcome: %1</source>
        <extracomment>%1 the provider&apos;s minimal outcome, e.g. &quot;Engaged · 5 sessions attended&quot;</extracomment>
        <translation>Нәтиже: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the referral of %1</source>
        <extracomment>%1 is the person&apos;s name</extracomment>
        <translation>Жолдаманы қабылдау: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the referral of %1</source>
        <translation>Жолдамадан бас тарту: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start work</source>
        <extracomment>starts the work on an accepted referral</extracomment>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start work on the referral of %1</source>
        <translation>Жолдама бойынша жұмысты бастау: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session log</source>
        <translation>Кездесулер журналы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the session log of %1</source>
        <translation>Кездесулер журналын ашу: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the referral of %1</source>
        <translation>Жолдаманы аяқтау: %1</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../pages/ReferralForm.qml" line="+31"/>
        <source>1. The person&apos;s consent</source>
        <extracomment>step 1 of sending a referral</extracomment>
        <translation>1. Адамның келісімі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A referral shares the person&apos;s case with a provider. It needs the person&apos;s recorded consent.</source>
        <translation>Жолдама адамның ісін орындаушымен бөліседі. Ол үшін адамның тіркелген келісімі қажет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Recorded consent</source>
        <translation>Тіркелген келісім</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No consent to a referral is recorded for this person. Ask the person, then record the consent here.</source>
        <translation>Бұл адамның жолдамаға келісімі тіркелмеген. Адамнан сұрап, келісімді осында тіркеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>How the person gave consent</source>
        <translation>Адам келісімді қалай берді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record consent given today</source>
        <translation>Бүгін берілген келісімді тіркеу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2. The referral</source>
        <extracomment>step 2 of sending a referral</extracomment>
        <translation>2. Жолдама</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Refer to</source>
        <translation>Кімге жіберу</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose a counsellor…</source>
        <translation>Кеңесшіні таңдаңыз…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Programme measure it delivers</source>
        <translation>Ол орындайтын бағдарлама шарасы</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Optional. Completing the referral can mark the measure delivered.</source>
        <translation>Міндетті емес. Жолдама аяқталғанда шара орындалды деп белгіленуі мүмкін.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The only case detail the provider sees. Keep it short and factual.</source>
        <translation>Орындаушы көретін істің жалғыз мәліметі. Қысқа әрі нақты жазыңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term starts (YYYY-MM-DD)</source>
        <translation>Мерзімнің басталуы (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term starts</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Term ends (YYYY-MM-DD)</source>
        <translation>Мерзімнің аяқталуы (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term ends</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send referral</source>
        <translation>Жолдаманы жіберу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../pages/ReferralsPage.qml" line="+21"/>
        <source>Referrals to me</source>
        <translation>Маған берілген жолдамалар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Referred to me · %n people</source>
        <extracomment>%1 number of people with an active referral to the counsellor</extracomment>
        <translation>
            <numerusform>Маған жолдамамен жіберілгендер · %n адам</numerusform>
            <numerusform>Маған жолдамамен жіберілгендер · %n адам</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New referral</source>
        <translation>Жаңа жолдама</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No referrals to you</source>
        <translation>Сізге жолдамалар жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No referrals yet</source>
        <translation>Жолдамалар әзірге жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When probation refers a person to you, the referral shows here to accept or decline.</source>
        <translation>Пробация қызметі сізге адамды жіберген кезде, жолдама қабылдау немесе бас тарту үшін осында көрінеді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals to counsellors and organisations show here with their outcome.</source>
        <translation>Кеңесшілер мен ұйымдарға берілген жолдамалар нәтижесімен бірге осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>RejectedChangeDelegate</name>
    <message>
        <location filename="../delegates/RejectedChangeDelegate.qml" line="+47"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Made %1</source>
        <extracomment>When the refused change was made on this device</extracomment>
        <translation>Жасалған уақыты %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send again</source>
        <extracomment>Sends a change the server refused once more, as it was made</extracomment>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send refused change again: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Қабылданбаған өзгерісті қайта жіберу: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard refused change: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Қабылданбаған өзгерісті болдырмау: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../delegates/ReviewDelegate.qml" line="+29"/>
        <source>Review %1, %2</source>
        <extracomment>screen-reader summary: %1 period, %2 sign-off state</extracomment>
        <translation>Бағалау %1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Written by %1</source>
        <extracomment>%1 the name of the person who wrote the review</extracomment>
        <translation>Жазған %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sign off</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign off the review of %1</source>
        <translation>Бағалауға қол қою: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDomainEditor</name>
    <message>
        <location filename="../pages/ReviewDomainEditor.qml" line="+34"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <extracomment>a judgement rating: %1 the number, %2 its meaning</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: rating %2, %3</source>
        <extracomment>%1 a need domain, %2 the rating, %3 its meaning</extracomment>
        <translation>%1: баға %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why this rating: what you saw, what changed</source>
        <translation>Неге осындай баға: не көрдіңіз, не өзгерді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rationale for %1</source>
        <extracomment>%1 is a need domain</extracomment>
        <translation>«%1» үшін негіздеме</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of at least %2 characters</source>
        <extracomment>%1 characters typed, %2 the minimum</extracomment>
        <translation>Кемінде %2 таңбаның %1</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../pages/ReviewForm.qml" line="+41"/>
        <source>Period: %1</source>
        <extracomment>%1 the period the review covers</extracomment>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Бастап (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period from</source>
        <extracomment>the first day of the period a progress review covers</extracomment>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Дейін (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period to</source>
        <extracomment>the last day of the period a progress review covers</extracomment>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this period</source>
        <extracomment>recomputes the review&apos;s indicators for the dates typed</extracomment>
        <translation>Осы кезеңді алу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed indicators</source>
        <translation>Есептелген көрсеткіштер</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Professional judgement per domain</source>
        <translation>Салалар бойынша кәсіби баға</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record review</source>
        <translation>Бағалауды тіркеу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/ReviewPage.qml" line="+40"/>
        <source>Progress reviews</source>
        <translation>Прогресті бағалау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews to sign off</source>
        <translation>Қол қоюға арналған бағалаулар</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>New review</source>
        <translation>Жаңа бағалау</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No reviews yet</source>
        <translation>Бағалаулар әзірге жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to sign off</source>
        <translation>Қол қоятын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review shows progress for a period: computed indicators and a judgement per domain.</source>
        <translation>Бағалау кезеңдегі прогресті көрсетеді: есептелген көрсеткіштер және әр сала бойынша пікір.</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPanel</name>
    <message>
        <location filename="../pages/ReviewSignOffPanel.qml" line="+36"/>
        <source>Sign off and schedule the next review</source>
        <translation>Бекітіп, келесі тексеруді тағайындау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next review on (YYYY-MM-DD)</source>
        <extracomment>the date the next progress review is due, typed as year-month-day</extracomment>
        <translation>Келесі тексеру (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person appears in the reviews due list on this date.</source>
        <translation>Осы күні адам мерзімдегі тексерулер тізімінде пайда болады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next review on</source>
        <translation>Келесі тексеру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign off</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign off the review and schedule the next one</source>
        <translation>Тексеруді бекітіп, келесісін тағайындау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ReviewsDueDelegate</name>
    <message>
        <location filename="../delegates/ReviewsDueDelegate.qml" line="+23"/>
        <source>%1, %2, %3</source>
        <extracomment>screen-reader summary of a row of the reviews due list: %1 person, %2 due since, %3 state</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>ReviewsDuePage</name>
    <message>
        <location filename="../pages/ReviewsDuePage.qml" line="+14"/>
        <source>Reviews due</source>
        <translation>Мерзімдегі тексерулер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviews due (%1)</source>
        <extracomment>heading of the reviews due list; %1 how many people</extracomment>
        <translation>Мерзімдегі тексерулер (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No reviews due</source>
        <translation>Мерзімдегі тексерулер жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People appear here on the day their progress review is due.</source>
        <translation>Адамдар мұнда прогресін тексеру күні пайда болады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading</source>
        <translation>Жүктелуде</translation>
    </message>
</context>
<context>
    <name>SectionActionBar</name>
    <message>
        <location filename="../pages/SectionActionBar.qml" line="+18"/>
        <source>Open referrals</source>
        <extracomment>Person page, referrals section: opens the referrals screen of this person</extracomment>
        <translation>Жолдамаларды ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a session</source>
        <extracomment>Person page, sessions section: opens the session log of this person (counsellors)</extracomment>
        <translation>Сессияны жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open progress reviews</source>
        <extracomment>Person page, reviews section: opens the progress reviews of this person</extracomment>
        <translation>Прогресті бағалауды ашу</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="-278"/>
        <source>Face to face</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Сабырлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxious</source>
        <translation>Мазасыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood</source>
        <translation>Көңіл күйі төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Ашулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agitated</source>
        <translation>Қозған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Үміті бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distressed</source>
        <translation>Күйзелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Шаршаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Тұрақты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluctuating</source>
        <translation>Өзгермелі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstable</source>
        <translation>Тұрақсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insults</source>
        <translation>Қорлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims of dominance</source>
        <translation>Үстемдікке ұмтылу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evasion</source>
        <translation>Жалтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostility to state institutions</source>
        <translation>Мемлекеттік институттарға дұшпандық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiting attempt</source>
        <translation>Тартуға әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of intoxication</source>
        <translation>Мас болу белгілері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible mental disorder (an observation, not a diagnosis)</source>
        <translation>Мүмкін психикалық бұзылыс (бақылау, диагноз емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Белсенді қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <translation>Ішінара қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>No feedback</source>
        <translation>Кері байланыс жоқ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Shared summary</source>
        <translation>Ортақ қысқаша мазмұн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling team only</source>
        <translation>Тек кеңесшілер тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: only me</source>
        <translation>Жабық: тек мен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Қажет емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in and out of the home visit</source>
        <translation>Үйге бару кезінде келу және кету белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out missed</source>
        <translation>Кету белгісі жасалмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted</source>
        <translation>Ішінара қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../delegates/SessionDelegate.qml" line="+35"/>
        <source>Session %1, %2, %3</source>
        <extracomment>screen-reader summary: %1 date, %2 mode, %3 confidentiality tier</extracomment>
        <translation>Кездесу %1, %2, %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2 · %3 min</source>
        <extracomment>%1 date, %2 mode (&quot;Face to face&quot;), %3 minutes</extracomment>
        <translation>%1 · %2 · %3 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>corrected</source>
        <extracomment>%1 counsellor&apos;s name, %2 engagement (&quot;Engaged&quot;); &quot;corrected&quot; marks an amended record</extracomment>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <extracomment>%1 part of the notes (&quot;Observations&quot;), %2 its text</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Correct</source>
        <extracomment>corrects a logged session (an amendment; the original stays in the history)</extracomment>
        <translation>Түзету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the session of %1</source>
        <translation>Кездесуді түзету: %1</translation>
    </message>
</context>
<context>
    <name>SessionLogForm</name>
    <message>
        <location filename="../pages/SessionLogForm.qml" line="+76"/>
        <location line="+10"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of the session</source>
        <translation>Кездесу күні</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration, minutes</source>
        <translation>Ұзақтығы, минут</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration in minutes</source>
        <translation>Ұзақтығы минутпен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it took place</source>
        <translation>Қалай өтті</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed emotional state</source>
        <translation>Байқалған эмоциялық күй</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intensity</source>
        <translation>Қарқындылығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability</source>
        <translation>Тұрақтылығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your judgement; say why below.</source>
        <translation>Сіздің пікіріңіз; төменде түсіндіріңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you judge it so</source>
        <translation>Неге олай ойлайсыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationale for the stability judgement</source>
        <translation>Тұрақтылық туралы пікірдің негіздемесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk signals in communication</source>
        <translation>Қарым-қатынастағы қауіп белгілері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any risk signal alerts your supervisor; the alert carries no notes.</source>
        <translation>Кез келген қауіп белгісі басшыңызға ескерту жібереді; ескертуде жазбалар жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altered state</source>
        <translation>Өзгерген күй</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next session (YYYY-MM-DD)</source>
        <translation>Келесі кездесу (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the next session</source>
        <translation>Келесі кездесу күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home visit safety check</source>
        <translation>Үйге бару кезіндегі қауіпсіздік тексерісі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may read this session</source>
        <translation>Бұл кездесуді кім оқи алады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save session</source>
        <translation>Кездесуді сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save correction</source>
        <translation>Түзетуді сақтау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>SessionLogNotes</name>
    <message>
        <location filename="../pages/SessionLogNotes.qml" line="+26"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Observations</source>
        <translation>1. Бақылаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw and heard, without interpretation.</source>
        <translation>Не көрдіңіз және не естідіңіз, түсіндірмесіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Analysis</source>
        <translation>2. Талдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it may mean, and why you think so.</source>
        <translation>Бұл нені білдіруі мүмкін және неге солай ойлайсыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Conclusions</source>
        <translation>3. Қорытындылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you conclude from this session.</source>
        <translation>Осы кездесуден қандай қорытынды жасайсыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. Plan</source>
        <translation>4. Жоспар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next, and who does it.</source>
        <translation>Әрі қарай не болады және оны кім істейді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message>
        <location filename="../pages/SessionLogPage.qml" line="+26"/>
        <source>Session log</source>
        <translation>Кездесулер журналы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New session</source>
        <translation>Жаңа кездесу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct a session</source>
        <translation>Кездесуді түзету</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sessions · %n</source>
        <extracomment>%n number of sessions</extracomment>
        <translation>
            <numerusform>Кездесулер · %n</numerusform>
            <numerusform>Кездесулер · %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a session</source>
        <translation>Кездесуді тіркеу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No sessions you may read</source>
        <translation>Сізге оқуға болатын кездесулер жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the first session with this person.</source>
        <translation>Осы адаммен алғашқы кездесуді тіркеңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of the counselling team show here as their confidentiality allows.</source>
        <translation>Кеңесшілер тобының кездесулері құпиялылығы рұқсат еткен деңгейде осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>SessionLogRequests</name>
    <message>
        <location filename="../pages/SessionLogRequests.qml" line="+22"/>
        <source>Requests and alternatives offered</source>
        <translation>Өтініштер және ұсынылған баламалар</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the person asked for</source>
        <translation>Адам не сұрады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request %1</source>
        <translation>%1-өтініш</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternative offered (optional)</source>
        <translation>Ұсынылған балама (міндетті емес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative offered for request %1</source>
        <translation>%1-өтінішке ұсынылған балама</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome…</source>
        <translation>Нәтиже…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of request %1</source>
        <translation>%1-өтініштің нәтижесі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a request</source>
        <translation>Өтініш қосу</translation>
    </message>
</context>
<context>
    <name>SessionLogTierBanner</name>
    <message>
        <location filename="../pages/SessionLogTierBanner.qml" line="+35"/>
        <source>Confidentiality: %1</source>
        <extracomment>%1 is the chosen confidentiality tier, e.g. &quot;Counselling team only&quot;</extracomment>
        <translation>Құпиялылық: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality: not chosen yet</source>
        <translation>Құпиялылық: әлі таңдалмаған</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/SettingsPage.qml" line="+13"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Security</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Lock after inactivity</source>
        <extracomment>Setting: lock the app after this long without use</extracomment>
        <translation>Әрекетсіздіктен кейін бұғаттау</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qadam also locks when it goes to the background.</source>
        <translation>Qadam фондық режимге өткенде де бұғатталады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow exports (PDF, CSV) from this device</source>
        <extracomment>Setting: PDF and CSV reports may be saved outside the app on this device (off on phones by default)</extracomment>
        <translation>Осы құрылғыдан түсіруге рұқсат беру (PDF, CSV)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passphrase…</source>
        <translation>Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Lock now</source>
        <translation>Қазір бұғаттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a server</source>
        <extracomment>Shown instead of a server address when the device works from a local store only</extracomment>
        <translation>Серверге қосылмаған</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device…</source>
        <translation>Шығу және құрылғыны тазарту…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device</source>
        <translation>Шығу және құрылғыны тазарту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign out and wipe this device?</source>
        <translation>Шығып, құрылғыны тазарту керек пе?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All case records on this device will be erased. %n change(s) not yet synced will be lost for good. You will need a new one-time code to use this device again.</source>
        <extracomment>Confirmation before erasing the device; names the consequence</extracomment>
        <translation>
            <numerusform>Осы құрылғыдағы барлық іс жазбалары өшіріледі. Серверге әлі жіберілмеген %n өзгеріс біржола жоғалады. Бұл құрылғыда қайта жұмыс істеу үшін жаңа бір реттік код қажет болады.</numerusform>
            <numerusform>Осы құрылғыдағы барлық іс жазбалары өшіріледі. Серверге әлі жіберілмеген %n өзгеріс біржола жоғалады. Бұл құрылғыда қайта жұмыс істеу үшін жаңа бір реттік код қажет болады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All case records on this device will be erased. Everything is synced, so nothing is lost on the server. You will need a new one-time code to use this device again.</source>
        <translation>Осы құрылғыдағы барлық іс жазбалары өшіріледі. Бәрі синхрондалған, сондықтан серверде ештеңе жоғалмайды. Бұл құрылғыда қайта жұмыс істеу үшін жаңа бір реттік код қажет болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase and sign out</source>
        <translation>Өшіріп, шығу</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../components/SyncIndicator.qml" line="+20"/>
        <source>Needs attention</source>
        <extracomment>Sync indicator: conflicts or rejected changes need the user</extracomment>
        <translation>Назар аударыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <extracomment>Sync indicator: connection to the server</extracomment>
        <translation>Желіде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n to send</source>
        <extracomment>Sync indicator: %n changes saved on this device, not yet sent</extracomment>
        <translation>
            <numerusform>%n жіберуге</numerusform>
            <numerusform>%n жіберуге</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1, %2</source>
        <translation>Синхрондау: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sync screen</source>
        <translation>Синхрондау экранын ашады</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/SyncPage.qml" line="+16"/>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard this change?</source>
        <extracomment>Title of the question before a refused change is dropped</extracomment>
        <translation>Бұл өзгерісті болдырмау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change stays refused and leaves this list. It is not sent again; make it again on the record if it is still needed.</source>
        <translation>Өзгеріс қабылданбаған күйде қалып, осы тізімнен шығады. Ол қайта жіберілмейді; әлі қажет болса, оны жазбаға қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Conflicts (%1)</source>
        <extracomment>Heading; %1 is how many fields conflict</extracomment>
        <translation>Қайшылықтар (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts. When the same field is changed here and on the server, both versions wait here for you to choose.</source>
        <translation>Қайшылықтар жоқ. Бір өріс осында да, серверде де өзгертілгенде, екі нұсқа да осында таңдауыңызды күтеді.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused changes (%1)</source>
        <extracomment>Heading; %1 is how many changes the server refused</extracomment>
        <translation>Қабылданбаған өзгерістер (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was refused. Changes the server does not accept wait here, and never hold up the others.</source>
        <translation>Ештеңе қабылданбаған жоқ. Сервер қабылдамаған өзгерістер осында күтеді және басқаларын ешқашан тоқтатпайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes were not accepted by the server. Send a change again where that is offered; otherwise note what it said, then discard it.</source>
        <translation>Сервер бұл өзгерістерді қабылдамады. Ұсынылған жерде өзгерісті қайта жіберіңіз; әйтпесе сервердің жауабын жазып алып, өзгерісті болдырмаңыз.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../components/SyncStatusCard.qml" line="+45"/>
        <source>Sync running</source>
        <extracomment>Accessible name of the progress bar of a running sync</extracomment>
        <translation>Синхрондау жүріп жатыр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync %1% done</source>
        <translation>Синхрондау %1% орындалды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting to be sent</source>
        <extracomment>Label: number of changes saved on this device and not yet sent</extracomment>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/TodayPage.qml" line="+18"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record attendance?</source>
        <extracomment>Title of the question before an attendance is recorded</extracomment>
        <translation>Келуді тіркеу керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attended today: %2.</source>
        <extracomment>%1 is the person&apos;s name, %2 what the appearance is (e.g. &quot;Report to the probation service&quot;)</extracomment>
        <translation>%1 бүгін келді: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Confirms recording that the person came</extracomment>
        <translation>Растау</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try again</source>
        <extracomment>Button that loads the list again after a failure</extracomment>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release to sync</source>
        <extracomment>Shown while the Today list is pulled down far enough to sync</extracomment>
        <translation>Синхрондау үшін жіберіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull to sync</source>
        <extracomment>Shown while the Today list is pulled down</extracomment>
        <translation>Синхрондау үшін тартыңыз</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing due today</source>
        <extracomment>Today page with nothing to do</extracomment>
        <translation>Бүгінге ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue and due appearances, open alerts and programme measures show here as soon as they are due.</source>
        <translation>Мерзімі өткен және алдағы келулер, ашық ескертулер мен бағдарлама шаралары мерзімі келген бойда осында көрінеді.</translation>
    </message>
</context>
<context>
    <name>TodayRowDelegate</name>
    <message>
        <location filename="../delegates/TodayRowDelegate.qml" line="+112"/>
        <source>Attended</source>
        <extracomment>Records that the person came to the appearance</extracomment>
        <translation>Келді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %1</source>
        <translation>Келді: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other outcome…</source>
        <extracomment>Opens the form to record a missed or excused appearance</extracomment>
        <translation>Басқа нәтиже…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed or excused: %1</source>
        <translation>Келмеді немесе дәлелді себеп: %1</translation>
    </message>
</context>
<context>
    <name>TodayRows</name>
    <message>
        <location filename="../../app/models/todayrows.cpp" line="+145"/>
        <source>overdue since %1</source>
        <translation>%1 бастап мерзімі өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Session planned</source>
        <translation>Кездесу жоспарланды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raised %1</source>
        <translation>%1 құрылды</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Referral waiting for your answer</source>
        <extracomment>Today row: a referral to the counsellor that waits for their answer</extracomment>
        <translation>Жолдама жауабыңызды күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral from %1</source>
        <translation>Жолдама, жіберген: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term: %1</source>
        <extracomment>Today row: the referral&apos;s term, %1 e.g. &quot;01.11.2026 – 30.04.2027&quot;</extracomment>
        <translation>Мерзімі: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent %1</source>
        <extracomment>Today row: when the referral was sent, %1 a date</extracomment>
        <translation>%1 жіберілді</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overdue appearances (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Мерзімі өткен келулер (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances due soon (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Жақындағы келулер (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open alerts (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Ашық ескертулер (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measures due (%1)</source>
        <extracomment>Today section heading: measures of the individual programme; %1 is how many</extracomment>
        <translation>Мерзімі келген бағдарлама шаралары (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals waiting for your answer (%1)</source>
        <extracomment>Today section heading: referrals sent to the counsellor, not yet accepted or declined; %1 is how many</extracomment>
        <translation>Жауабыңызды күтетін жолдамалар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions planned (%1)</source>
        <extracomment>Today section heading: counselling sessions; %1 is how many</extracomment>
        <translation>Жоспарланған кездесулер (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances open this period (%1)</source>
        <extracomment>Today section heading: appearances whose window is open but not yet due; %1 is how many</extracomment>
        <translation>Осы кезеңде ашық келулер (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../pages/UnlockPage.qml" line="+11"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Qadam</source>
        <translation>Qadam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records on this device are locked</source>
        <extracomment>Lock screen heading</extracomment>
        <translation>Осы құрылғыдағы жазбалар құлыпталған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <extracomment>Lock screen after failed attempts; %n is seconds</extracomment>
        <translation>
            <numerusform>Қате әрекеттер тым көп. %n секундтан кейін қайталаңыз.</numerusform>
            <numerusform>Қате әрекеттер тым көп. %n секундтан кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n attempt(s) left before the records on this device are erased.</source>
        <extracomment>%n attempts left before the device erases its records</extracomment>
        <translation>
            <numerusform>Осы құрылғыдағы жазбалар өшірілгенге дейін %n әрекет қалды.</numerusform>
            <numerusform>Осы құрылғыдағы жазбалар өшірілгенге дейін %n әрекет қалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the passphrase</source>
        <translation>Құпия фраза тексерілуде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo with synthetic data: the passphrase is %1</source>
        <extracomment>Shown only on the demo device with synthetic data; %1 is the demo passphrase</extracomment>
        <translation>Жасанды деректері бар демо: құпия фраза — %1</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <location filename="../pages/WipedPage.qml" line="+12"/>
        <source>Device wiped</source>
        <translation>Құрылғы тазартылды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The records on this device were erased</source>
        <translation>Осы құрылғыдағы жазбалар өшірілді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that were already synced are safe on the server. To work on this device again, ask your administrator for a new one-time code.</source>
        <translation>Синхрондалып үлгерген өзгерістер серверде сақталған. Бұл құрылғыда қайта жұмыс істеу үшін әкімшіден жаңа бір реттік код сұраңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up again</source>
        <translation>Қайта баптау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up this device again</source>
        <translation>Құрылғыны қайта баптау</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Close Qadam</source>
        <translation>Qadam-ды жабу</translation>
    </message>
</context>
</TS>
