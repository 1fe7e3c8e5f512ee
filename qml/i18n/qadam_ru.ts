<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../components/AppShell.qml" line="+52"/>
        <source>Today</source>
        <extracomment>Bottom navigation: appearances and tasks due today</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseload</source>
        <extracomment>Bottom navigation: the people assigned to this user</extracomment>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <extracomment>Bottom navigation: programmes waiting for the supervisor&apos;s approval</extracomment>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <extracomment>Navigation: the people whose progress review is due (supervisor); keep it short</extracomment>
        <translation>Проверки</translation>
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
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
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
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing selected</source>
        <extracomment>Desktop detail pane before anything is chosen in the list</extracomment>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person or a task in the list to see it here.</source>
        <translation>Выберите человека или задачу в списке, чтобы увидеть подробности здесь.</translation>
    </message>
</context>
<context>
    <name>ApprovalDelegate</name>
    <message>
        <location filename="../delegates/ApprovalDelegate.qml" line="+28"/>
        <source>Programme for %1, drafted by %2</source>
        <extracomment>Screen-reader name of a programme awaiting approval: %1 the person, %2 who drafted it</extracomment>
        <translation>Программа для %1, составил(а) %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drafted by %1 · sent %2</source>
        <extracomment>%1 officer&apos;s name, %2 date sent</extracomment>
        <translation>Составил(а) %1 · отправлено %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs · %2 goals · %3 measures</source>
        <extracomment>Size of a programme: %1 needs, %2 goals, %3 measures</extracomment>
        <translation>Потребностей: %1 · целей: %2 · мер: %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../pages/ApprovalsPage.qml" line="+16"/>
        <source>Approvals</source>
        <extracomment>Title of the supervisor&apos;s list of programmes awaiting approval</extracomment>
        <translation>На утверждение</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing awaits your approval</source>
        <translation>Нет ничего на утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes your officers submit appear here.</source>
        <translation>Здесь появятся программы, которые отправят ваши инспекторы.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>‹ All programmes</source>
        <extracomment>Goes back from one programme to the list of programmes awaiting approval</extracomment>
        <translation>‹ Все программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to all programmes</source>
        <translation>Назад ко всем программам</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme&apos;s plan</source>
        <translation>План программы</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>To return it: what should the officer change?</source>
        <extracomment>Placeholder of the supervisor&apos;s comment when returning a programme</extracomment>
        <translation>Чтобы вернуть: что инспектору нужно изменить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the officer</source>
        <translation>Комментарий для инспектора</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return with comment</source>
        <extracomment>Sends a programme back to the officer with the supervisor&apos;s comment</extracomment>
        <translation>Вернуть с комментарием</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve</source>
        <extracomment>Approves the individual programme</extracomment>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a programme</source>
        <translation>Выберите программу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its plan and your decision appear here.</source>
        <translation>Здесь появятся её план и ваше решение.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../pages/CaseloadPage.qml" line="+15"/>
        <source>Caseload</source>
        <translation>Подопечные</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search by name (Cyrillic or Latin)</source>
        <extracomment>Caseload search; names can be typed in Cyrillic or Latin letters</extracomment>
        <translation>Поиск по имени (кириллицей или латиницей)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name</source>
        <translation>Поиск по имени</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters and sort</source>
        <extracomment>Shows or hides the caseload filters</extracomment>
        <translation>Фильтры и сортировка</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort by name</source>
        <extracomment>Caseload sort order</extracomment>
        <translation>По имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by next appearance</source>
        <extracomment>Caseload sort order: the next appearance due</extracomment>
        <translation>По ближайшей явке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by who needs attention</source>
        <extracomment>Caseload sort order: who needs attention first (plain wording, not a risk score)</extracomment>
        <translation>Сначала требующие внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only overdue appearances</source>
        <extracomment>Caseload filter: only people with an overdue appearance</extracomment>
        <translation>Только просроченные явки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 people</source>
        <extracomment>%1 people shown of %2 in the caseload</extracomment>
        <translation>%1 из %2 человек</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No one in your caseload yet</source>
        <extracomment>Caseload with nobody in it</extracomment>
        <translation>В вашем списке пока никого нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one matches</source>
        <extracomment>Caseload search or filters that match nobody</extracomment>
        <translation>Никто не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People assigned to you, or referred to you, show here after the next sync.</source>
        <translation>Закреплённые за вами или направленные к вам люди появятся здесь после следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, try the other alphabet, or clear the filters.</source>
        <translation>Проверьте написание, попробуйте другой алфавит или сбросьте фильтры.</translation>
    </message>
</context>
<context>
    <name>CaseloadRecords</name>
    <message>
        <location filename="../../app/models/caseloadrecords.cpp" line="+114"/>
        <source>Released, under supervision</source>
        <extracomment>Person category (plain, non-stigmatising wording)</extracomment>
        <translation>Освобождён, под административным надзором</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee</source>
        <translation>Вернувшийся из-за рубежа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee child</source>
        <translation>Ребёнок из вернувшейся семьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woman, family support</source>
        <translation>Женщина, поддержка семьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth prevention (voluntary)</source>
        <translation>Профилактика среди молодёжи (добровольно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative, supporter</source>
        <translation>Родственник, помощник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance for registration (police)</source>
        <extracomment>PEC Art. 172 part 9: the appearance at the internal affairs body (police)</extracomment>
        <translation>Явка на регистрацию (орган внутренних дел)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to the probation service</source>
        <translation>Явка в службу пробации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed appearance</source>
        <translation>Пропущенная явка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measure overdue</source>
        <translation>Мера программы просрочена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision order ending</source>
        <translation>Окончание административного надзора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral ending</source>
        <translation>Окончание направления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress review due</source>
        <translation>Пора провести оценку прогресса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concern noted in a session</source>
        <translation>Беспокойство, отмеченное на беседе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counsellor safety check</source>
        <translation>Проверка безопасности консультанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other alert</source>
        <translation>Другое оповещение</translation>
    </message>
</context>
<context>
    <name>CaseloadSnapshots</name>
    <message>
        <location filename="../../app/models/caseloadsnapshot.cpp" line="+106"/>
        <source>No appearance due</source>
        <translation>Явок не назначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance overdue since %1</source>
        <translation>Явка просрочена с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appearance %1</source>
        <translation>Следующая явка %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Needs attention now</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Требует внимания сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up soon</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Скоро связаться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Всё по плану</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../components/ChangePassphraseDialog.qml" line="+21"/>
        <location line="+86"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the passphrase</source>
        <translation>Парольная фраза меняется</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="+21"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Dialog button that closes without doing anything</extracomment>
        <translation>Отмена</translation>
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
        <translation>На этом устройстве</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From another device</source>
        <translation>С другого устройства</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which version should stay?</source>
        <translation>Какую версию оставить?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the version from this device</source>
        <translation>Оставить версию с этого устройства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the version from the other device</source>
        <translation>Оставить версию с другого устройства</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the server&apos;s version</source>
        <translation>Оставить версию сервера</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a merged text from both</source>
        <translation>Составить общий текст из обоих</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The text to keep</source>
        <extracomment>Placeholder of the editor where both versions of a note are merged by hand</extracomment>
        <translation>Текст, который останется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged text for %1</source>
        <translation>Объединённый текст для %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save this choice</source>
        <translation>Сохранить этот выбор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the choice for %1</source>
        <extracomment>Screen reader: %1 is the field whose conflict is settled</extracomment>
        <translation>Сохранить выбор для %1</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../pages/ConflictPage.qml" line="+15"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>These fields were changed on this device and on the server before they could sync. Both versions are kept until you choose; your choice is sent with the next sync.</source>
        <translation>Эти поля были изменены и на этом устройстве, и на сервере до синхронизации. Обе версии хранятся, пока вы не выберете; ваш выбор отправится при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing left to choose</source>
        <translation>Выбирать больше нечего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every conflict of this record is settled. The choices are sent with the next sync.</source>
        <translation>Все конфликты этой записи решены. Выбор отправится при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sync</source>
        <translation>Назад к синхронизации</translation>
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
        <translation>Конфликт в поле «%1» записи «%2»: выберите версию</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: changed here and on the server</source>
        <extracomment>%1 is a field name; both versions are kept until someone chooses</extracomment>
        <translation>%1: изменено здесь и на сервере</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Here: %1 — Server: %2</source>
        <extracomment>Compact comparison: %1 this device&apos;s value, %2 the server&apos;s</extracomment>
        <translation>Здесь: %1 — Сервер: %2</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../app/models/conflicttext.cpp" line="+27"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conviction</source>
        <translation>Судимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <translation>Решение об административном надзоре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order suspension</source>
        <translation>Приостановление надзора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order restriction</source>
        <translation>Ограничение по надзору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status change</source>
        <translation>Изменение статуса надзора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual programme</source>
        <translation>Индивидуальная программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme need</source>
        <translation>Потребность программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme goal</source>
        <translation>Цель программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme measure</source>
        <translation>Мера программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <translation>Оценка прогресса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information share</source>
        <translation>Передача сведений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for ending</source>
        <translation>Причина окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Комментарий руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome reported</source>
        <translation>Сообщённый результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not possible</source>
        <translation>Почему это было невозможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case officer</source>
        <translation>Ответственный инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>продлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>прекращено досрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for approval</source>
        <translation>отправлено на утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>на пересмотре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer version</source>
        <translation>заменено новой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not possible</source>
        <translation>невозможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achieved</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly achieved</source>
        <translation>частично достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>не достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engaged</source>
        <translation>участвует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly engaged</source>
        <translation>участвует частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not engaged</source>
        <translation>не участвует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feedback</source>
        <translation>нет отзыва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred onward</source>
        <translation>направлен дальше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>умеренная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>критическая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attended</source>
        <translation>явился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>не явился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation>уважительная причина</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(empty)</source>
        <extracomment>A field that holds no value, in the conflict comparison</extracomment>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another record</source>
        <extracomment>A record this device does not hold, named in a conflict</extracomment>
        <translation>другая запись</translation>
    </message>
</context>
<context>
    <name>Counsel</name>
    <message>
        <location filename="../../app/controllers/counselsupport.cpp" line="+141"/>
        <source>Your role may not %1 on this case.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Ваша роль не позволяет %1 по этому делу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this record meanwhile. The list is reloaded; please %1 again.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Кто-то изменил эту запись. Список обновлён; пожалуйста, повторите: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is no longer possible to %1: its status has changed.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Больше нельзя %1: статус изменился.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is no longer on this device.</source>
        <translation>Этой записи больше нет на устройстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app is locked. Unlock it and try again.</source>
        <translation>Приложение заблокировано. Разблокируйте его и повторите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: check the field &quot;%2&quot;.</source>
        <extracomment>%1 is an action; %2 is the name of a form field (technical)</extracomment>
        <translation>Не удалось %1: проверьте поле «%2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the device&apos;s store refused the change. Nothing was saved.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Не удалось %1: хранилище устройства отклонило изменение. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <location filename="../components/DashboardCard.qml" line="+84"/>
        <source>Nothing to show for these filters.</source>
        <extracomment>A dashboard chart with no records for the chosen filters</extracomment>
        <translation>Для этих фильтров нечего показать.</translation>
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
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case officer</source>
        <translation>Без инспектора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unnamed officer</source>
        <translation>Инспектор без имени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region unknown</source>
        <translation>Регион неизвестен</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Police registration</source>
        <extracomment>Dashboard: the monthly appearance at the internal affairs body (Art. 172 p9)</extracomment>
        <translation>Явка на регистрацию в ОВД</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Probation report</source>
        <extracomment>Dashboard: the monthly report at the probation service (Art. 172 p9)</extracomment>
        <translation>Отчёт в службе пробации</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Overdue</source>
        <extracomment>Dashboard series: overdue appearances or measures</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme measures</source>
        <extracomment>Dashboard: measures of the individual programmes past their due date</extracomment>
        <translation>Меры программы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No measures</source>
        <extracomment>Dashboard: a programme without measures</extracomment>
        <translation>Нет мер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None delivered</source>
        <extracomment>Dashboard: a programme none of whose measures is delivered yet</extracomment>
        <translation>Ни одна не выполнена</translation>
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
        <translation>Все выполнены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programmes</source>
        <extracomment>Dashboard series: individual programmes</extracomment>
        <translation>Программы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred</source>
        <extracomment>Dashboard series: referrals whose term started in the period</extracomment>
        <translation>Направлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Dashboard series: referrals completed with the outcome reported</extracomment>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended early</source>
        <extracomment>Dashboard series: referrals declined, revoked or expired</extracomment>
        <translation>Прекращено досрочно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unnamed organisation</source>
        <translation>Организация без названия</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open alerts</source>
        <extracomment>Dashboard series: alerts not resolved yet</extracomment>
        <translation>Открытые сигналы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent</source>
        <extracomment>Alert severity</extracomment>
        <translation>Срочно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <extracomment>Alert severity</extracomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <extracomment>Alert severity</extracomment>
        <translation>Сведения</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviews</source>
        <extracomment>Dashboard series: progress reviews</extracomment>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due</source>
        <extracomment>Dashboard: programmes whose progress review is due</extracomment>
        <translation>Пора проверить прогресс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting sign-off</source>
        <extracomment>Dashboard: reviews written but not signed off by a supervisor</extracomment>
        <translation>Ждёт утверждения</translation>
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
        <translation>Для этих фильтров нечего показать.</translation>
    </message>
</context>
<context>
    <name>DashboardDrillPanel</name>
    <message>
        <location filename="../components/DashboardDrillPanel.qml" line="+50"/>
        <source>Close the list</source>
        <extracomment>Closes the list of people behind a dashboard figure</extracomment>
        <translation>Закрыть список</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Figure: %1 · %n person(s)</source>
        <extracomment>Under the heading of a dashboard drill-down: %1 the figure (a number or a percentage), then how many people it concerns</extracomment>
        <translation>
            <numerusform>Показатель: %1 · %n человек</numerusform>
            <numerusform>Показатель: %1 · %n человека</numerusform>
            <numerusform>Показатель: %1 · %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening a person is recorded in the audit log.</source>
        <extracomment>Why opening a person from the dashboard is not private</extracomment>
        <translation>Открытие карточки человека записывается в журнал аудита.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nobody to show</source>
        <extracomment>A dashboard figure of zero: nobody to list</extracomment>
        <translation>Некого показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No person in your scope is counted in this figure.</source>
        <translation>В этом показателе нет людей из вашей зоны ответственности.</translation>
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
        <translation>Открывает список людей</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../components/DashboardFilterBar.qml" line="+40"/>
        <source>Period</source>
        <extracomment>Dashboard filter: over which months the figures are counted</extracomment>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Регион</translation>
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
        <translation>Категория</translation>
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
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caseload</source>
        <extracomment>Dashboard card: the people under supervision</extracomment>
        <translation>Контингент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people with an active case</source>
        <extracomment>Under the caseload figure of the dashboard</extracomment>
        <translation>человек с открытым делом</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By officer</source>
        <extracomment>Dashboard: caseload grouped by case officer</extracomment>
        <translation>По инспекторам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <extracomment>Dashboard: caseload grouped by region of residence</extracomment>
        <translation>По регионам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By category</source>
        <extracomment>Dashboard: caseload grouped by person category</extracomment>
        <translation>По категориям</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appearance compliance</source>
        <extracomment>Dashboard card: share of the monthly appearances (Art. 172 p9) that were attended</extracomment>
        <translation>Соблюдение явок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of appearances attended; excused ones not counted. A figure opens who missed.</source>
        <translation>явок состоялось; уважительные причины не учитываются. Показатель открывает список пропустивших.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <extracomment>Dashboard card: appearances and programme measures past their date</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appearances and programme measures overdue today</source>
        <translation>явки и меры программы, просроченные на сегодня</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme progress</source>
        <extracomment>Dashboard card: how much of each individual programme is delivered</extracomment>
        <translation>Ход программ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes, by share of planned measures delivered</source>
        <translation>программы по доле выполненных запланированных мер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referrals by organisation</source>
        <extracomment>Dashboard card: referrals to organisations and how they ended</extracomment>
        <translation>Направления по организациям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrals started in the period</source>
        <translation>направления, начатые в периоде</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open alerts</source>
        <extracomment>Dashboard card: alerts not resolved yet, by severity</extracomment>
        <translation>Открытые сигналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open or acknowledged, by severity</source>
        <translation>открытые или принятые к сведению, по важности</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress reviews</source>
        <extracomment>Dashboard card: progress reviews that are due or await a sign-off</extracomment>
        <translation>Оценки прогресса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes due for a review today. A person opens their review.</source>
        <translation>программы, которым сегодня положена проверка. Человек открывает свою проверку.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="+41"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Date format hint: year-month-day</extracomment>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Pick from a calendar: %1</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar; %1 the field&apos;s name</extracomment>
        <translation>Выбрать в календаре: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick from a calendar</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar</extracomment>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Calendar: %1</source>
        <extracomment>Screen-reader name of the calendar opened from a date field; %1 the field&apos;s name</extracomment>
        <translation>Календарь: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous month</source>
        <extracomment>Calendar button: shows the month before</extracomment>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Next month</source>
        <extracomment>Calendar button: shows the month after</extracomment>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>From %1 to %2</source>
        <extracomment>Under the calendar: the days that may be chosen; %1 and %2 dates (YYYY-MM-DD)</extracomment>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <extracomment>Under the calendar: the earliest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>Не ранее %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <extracomment>Under the calendar: the latest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>Не позднее %1</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../pages/EnrolPage.qml" line="+12"/>
        <location line="+140"/>
        <source>Set up this device</source>
        <translation>Настройка устройства</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Qadam</source>
        <translation>Qadam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records are kept encrypted on this device and work without a connection. Your administrator gives you the server address and a one-time code.</source>
        <translation>Записи хранятся на этом устройстве в зашифрованном виде и доступны без связи. Адрес сервера и одноразовый код выдаёт администратор.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example https://qadam.example.kz</source>
        <translation>Например, https://qadam.example.kz</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>One-time code</source>
        <extracomment>The enrolment code an administrator issues once per device</extracomment>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>It works once and expires; ask for a new one if it was refused.</source>
        <translation>Код действует один раз и ограниченное время; если его не приняли, попросите новый.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can recover a forgotten passphrase. After 10 wrong attempts the records on this device are erased.</source>
        <extracomment>Warning under the passphrase fields at enrolment</extracomment>
        <translation>Забытую фразу восстановить нельзя. После 10 неверных попыток записи на этом устройстве будут стёрты.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting up</source>
        <translation>Идёт настройка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting up this device and fetching your cases…</source>
        <translation>Устройство настраивается, загружаются ваши дела…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up</source>
        <translation>Настроить</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../components/ErrorBanner.qml" line="+73"/>
        <source>Dismiss message</source>
        <extracomment>Closes an error or information message</extracomment>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../components/ExportButton.qml" line="+36"/>
        <source>Export case report (PDF)</source>
        <translation>Выгрузить отчёт по делу (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export NGO activity (CSV)</source>
        <translation>Выгрузить деятельность НКО (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics (CSV)</source>
        <extracomment>De-identified statistics: counts only, small cells suppressed</extracomment>
        <translation>Выгрузить статистику (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
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
        <translation>Недоступно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This screen is not available yet</source>
        <translation>Этот экран пока недоступен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will come with a later version of Qadam. Everything else keeps working.</source>
        <extracomment>Shown when a screen is missing from this version of the app</extracomment>
        <translation>Он появится в следующей версии Qadam. Всё остальное работает.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../components/PassphraseField.qml" line="+23"/>
        <source>Very weak</source>
        <extracomment>Passphrase strength, 0 of 4</extracomment>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <extracomment>Passphrase strength, 4 of 4</extracomment>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide</source>
        <extracomment>Button that shows the typed passphrase in clear text</extracomment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase strength: %1</source>
        <extracomment>%1 is a strength word like &quot;Weak&quot;</extracomment>
        <translation>Надёжность фразы: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use four or more unrelated words; length matters more than symbols.</source>
        <extracomment>Advice under the passphrase strength meter</extracomment>
        <translation>Возьмите четыре или больше не связанных между собой слов: длина важнее символов.</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/models/personlabels.cpp" line="+24"/>
        <source>Draft</source>
        <comment>programme status</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <comment>programme status: submitted to the supervisor</comment>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>programme status</comment>
        <translation>Утверждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>programme status</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>programme status</comment>
        <translation>На пересмотре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>programme status</comment>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>programme status</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a newer version</source>
        <comment>programme status</comment>
        <translation>Заменена новой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>goal status</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly achieved</source>
        <comment>goal status</comment>
        <translation>Частично достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not achieved</source>
        <comment>goal status</comment>
        <translation>Не достигнута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>goal status</comment>
        <translation>Снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <comment>measure status</comment>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <comment>measure status</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>measure status</comment>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>measure status</comment>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible</source>
        <comment>measure status</comment>
        <translation>Невозможна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <comment>measure frequency</comment>
        <translation>Однократно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <comment>measure frequency</comment>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>measure frequency</comment>
        <translation>Раз в две недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>measure frequency</comment>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <comment>measure frequency</comment>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <comment>measure frequency</comment>
        <translation>По необходимости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need</source>
        <comment>need severity</comment>
        <translation>Нет потребности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <comment>need severity</comment>
        <translation>Низкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <comment>need severity</comment>
        <translation>Умеренная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>need severity</comment>
        <translation>Высокая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>need severity</comment>
        <translation>Критическая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High priority</source>
        <comment>need priority</comment>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium priority</source>
        <comment>need priority</comment>
        <translation>Средний приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low priority</source>
        <comment>need priority</comment>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>referral status</comment>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>referral status</comment>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <comment>referral status</comment>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <comment>referral status</comment>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part</source>
        <comment>referral outcome</comment>
        <translation>Участвует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part in part</source>
        <comment>referral outcome</comment>
        <translation>Участвует частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not take part</source>
        <comment>referral outcome</comment>
        <translation>Не участвует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback yet</source>
        <comment>referral outcome</comment>
        <translation>Отзыва пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral outcome</comment>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred onward</source>
        <comment>referral outcome</comment>
        <translation>Направлен дальше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance for registration (police)</source>
        <comment>check-in channel, DOMAIN glossary</comment>
        <translation>Явка на регистрацию (орган внутренних дел)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the probation service</source>
        <comment>check-in channel</comment>
        <translation>Явка в службу пробации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <comment>appearance outcome</comment>
        <translation>Явился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>appearance outcome</comment>
        <translation>Не явился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <comment>appearance outcome</comment>
        <translation>Уважительная причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <comment>session mode</comment>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <comment>session mode</comment>
        <translation>По телефону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <comment>session mode</comment>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing</source>
        <comment>session mode</comment>
        <translation>Письменно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session</source>
        <comment>session mode</comment>
        <translation>Групповое занятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <comment>session engagement</comment>
        <translation>Вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <comment>session engagement</comment>
        <translation>Частично вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <comment>session engagement</comment>
        <translation>Не вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined to take part</source>
        <comment>session engagement</comment>
        <translation>Отказался участвовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback</source>
        <comment>session engagement</comment>
        <translation>Нет отзыва</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary shared with probation</source>
        <comment>session confidentiality tier</comment>
        <translation>Краткое содержание доступно службе пробации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling team only</source>
        <comment>session confidentiality tier</comment>
        <translation>Только команда консультантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: author only</source>
        <comment>session confidentiality tier</comment>
        <translation>Закрыто: только автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <comment>case status</comment>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <comment>case status</comment>
        <translation>Передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed case</source>
        <comment>case status</comment>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <comment>supervision order status</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <comment>supervision order status</comment>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <comment>supervision order status</comment>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <comment>supervision order status</comment>
        <translation>Продлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <comment>supervision order status</comment>
        <translation>Прекращён досрочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term over</source>
        <comment>supervision order status</comment>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>alert status</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <comment>alert status</comment>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>alert status</comment>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improving</source>
        <comment>review trend</comment>
        <translation>Улучшение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <comment>review trend</comment>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worsening</source>
        <comment>review trend</comment>
        <translation>Ухудшение</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>After release, under administrative supervision</source>
        <comment>person category</comment>
        <translation>После освобождения, под административным надзором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned from abroad</source>
        <comment>person category</comment>
        <translation>Вернулся из-за рубежа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child of a returned family</source>
        <comment>person category</comment>
        <translation>Ребёнок из вернувшейся семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and women&apos;s support</source>
        <comment>person category</comment>
        <translation>Поддержка семьи и женщин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person, voluntary support</source>
        <comment>person category</comment>
        <translation>Молодой человек, добровольная поддержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative and supporter</source>
        <comment>person category</comment>
        <translation>Родственник и помощник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <comment>person screen section</comment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision and obligations</source>
        <comment>person screen section: court order of administrative supervision</comment>
        <translation>Надзор и обязанности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearances</source>
        <comment>person screen section: appearance timeline</comment>
        <translation>Явки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>person screen section: individual programme of social and legal assistance</comment>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <comment>person screen section</comment>
        <translation>Направления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <comment>person screen section: counselling sessions</comment>
        <translation>Консультации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <comment>person screen section: progress reviews</comment>
        <translation>Оценки прогресса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <comment>person screen section: audit trail</comment>
        <translation>История</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <comment>audit action</comment>
        <translation>Исправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the case</source>
        <comment>audit action: someone read the case</comment>
        <translation>Открыл(а) дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <comment>audit action</comment>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <comment>audit action</comment>
        <translation>Передано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <comment>record kind</comment>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <comment>record kind</comment>
        <translation>Решение об административном надзоре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <comment>record kind</comment>
        <translation>Явка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>record kind</comment>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <comment>record kind</comment>
        <translation>Потребность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <comment>record kind</comment>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <comment>record kind</comment>
        <translation>Мера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <comment>record kind</comment>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <comment>record kind</comment>
        <translation>Консультация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <comment>record kind</comment>
        <translation>Оценка прогресса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <comment>record kind</comment>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <comment>record kind</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <comment>record kind</comment>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probation officer</source>
        <comment>staff role</comment>
        <translation>Инспектор службы пробации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police officer</source>
        <comment>staff role</comment>
        <translation>Участковый инспектор полиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <comment>staff role</comment>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <comment>staff role</comment>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../pages/PersonPage.qml" line="+16"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Try again</source>
        <extracomment>Button that reads the case again after a failure</extracomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Programme builder</source>
        <extracomment>Opens the guided builder of the individual programme of social and legal assistance</extracomment>
        <translation>Конструктор программы</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>IIN %1</source>
        <extracomment>The person&apos;s IIN with all but the last four digits hidden</extracomment>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sections of the case</source>
        <translation>Разделы дела</translation>
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
        <translation>Записи этого раздела</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded here yet</source>
        <translation>Здесь пока ничего не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries appear here as soon as they are recorded or synced.</source>
        <translation>Записи появятся здесь, как только их внесут или синхронизируют.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
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
        <translation>Индивидуальная программа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assess needs</source>
        <extracomment>Step 1 of the programme builder</extracomment>
        <translation>Оценка потребностей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested goals</source>
        <extracomment>Step 2 of the programme builder: goals and measures the templates propose</extracomment>
        <translation>Предлагаемые цели</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Goals and measures</source>
        <extracomment>Step 3 of the programme builder</extracomment>
        <translation>Цели и меры</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+193"/>
        <source>Submit for approval</source>
        <extracomment>Step 4 of the programme builder</extracomment>
        <translation>Отправить на утверждение</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 step number, %2 number of steps, %3 the step&apos;s title</extracomment>
        <translation>Шаг %1 из %2 · %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent for approval</source>
        <translation>Отправлено на утверждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No new programme now</source>
        <translation>Новой программы сейчас нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the person</source>
        <extracomment>Goes back from the programme builder to the person</extracomment>
        <translation>Назад к человеку</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Need domains</source>
        <translation>Сферы потребностей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every domain a severity. &quot;No need&quot; means you assessed it and found nothing to work on.</source>
        <translation>Оцените каждую сферу. «Нет потребности» означает, что вы её оценили и работать не над чем.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suggested goals and measures</source>
        <translation>Предлагаемые цели и меры</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The programme as it will be sent</source>
        <translation>Программа в том виде, в каком будет отправлена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 goals, %2 measures. The supervisor approves the programme or returns it with a comment.</source>
        <extracomment>%1 number of goals, %2 number of measures</extracomment>
        <translation>Целей: %1, мер: %2. Руководитель утверждает программу или возвращает её с комментарием.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back</source>
        <extracomment>Goes to the previous step of the programme builder</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save and review</source>
        <translation>Сохранить и проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>ProgrammeNeedDelegate</name>
    <message>
        <location filename="../delegates/ProgrammeNeedDelegate.qml" line="+23"/>
        <source>Need: %1</source>
        <extracomment>Screen-reader name of a need row: %1 the need domain</extracomment>
        <translation>Потребность: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Severity of %1</source>
        <extracomment>Screen-reader name of the severity choice; %1 the need domain</extracomment>
        <translation>Серьёзность: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you found, in a few words</source>
        <extracomment>Placeholder of the officer&apos;s assessment of one need</extracomment>
        <translation>Что вы выяснили, в нескольких словах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment of %1</source>
        <translation>Оценка: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePlanItemDelegate</name>
    <message>
        <location filename="../delegates/ProgrammePlanItemDelegate.qml" line="+44"/>
        <source>Goal: %1</source>
        <extracomment>Screen-reader name of a goal row; %1 the goal</extracomment>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: %1</source>
        <extracomment>Screen-reader name of a measure row; %1 the kind of measure</extracomment>
        <translation>Мера: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add goal</source>
        <extracomment>Adds an empty goal under a need</extracomment>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a goal to %1</source>
        <translation>Добавить цель к «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep goal: %1</source>
        <extracomment>Screen-reader name of the switch that keeps a suggested goal; %1 the goal</extracomment>
        <translation>Оставить цель: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target: %1</source>
        <extracomment>A goal&apos;s target date</extracomment>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · due %2 · %3</source>
        <extracomment>A suggested measure: %1 its kind, %2 due date, %3 frequency</extracomment>
        <translation>%1 · срок %2 · %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the person will have achieved</source>
        <extracomment>Placeholder of a goal&apos;s text</extracomment>
        <translation>Чего человек достигнет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal text</source>
        <translation>Текст цели</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target date</source>
        <translation>Целевая дата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure</source>
        <extracomment>Adds a measure under a goal</extracomment>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a measure</source>
        <translation>Выберите меру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of measure</source>
        <translation>Вид меры</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider not in the directory</source>
        <extracomment>Shown in a measure&apos;s provider choice when the stored provider is not in the local directory</extracomment>
        <translation>Исполнителя нет в справочнике</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the measure</source>
        <extracomment>Screen-reader name of the choice of who delivers a measure</extracomment>
        <translation>Исполнитель меры</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove measure %1</source>
        <extracomment>Removes a measure from the plan; %1 the kind of measure</extracomment>
        <translation>Удалить меру %1</translation>
    </message>
</context>
<context>
    <name>Qadam</name>
    <message>
        <location filename="../../app/export/casereport.cpp" line="+43"/>
        <source>Person summary</source>
        <translation>Сведения о человеке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative supervision: order and obligations</source>
        <comment>DOMAIN glossary: administrative supervision</comment>
        <translation>Административный надзор: постановление и обязанности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances for registration at the internal affairs body</source>
        <comment>PEC Art. 172 part 9, channel 1</comment>
        <translation>Явки на регистрацию в орган внутренних дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances at the probation service</source>
        <comment>PEC Art. 172 part 9, channel 2</comment>
        <translation>Явки в службу пробации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual programme of social and legal assistance</source>
        <comment>DOMAIN glossary</comment>
        <translation>Индивидуальная программа оказания социально-правовой помощи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals and outcomes</source>
        <translation>Направления и результаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling sessions (attendance only)</source>
        <translation>Консультационные сессии (только посещение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress reviews</source>
        <translation>Оценки прогресса</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Court order of administrative supervision</source>
        <translation>Решение суда об административном надзоре</translation>
    </message>
</context>
<context>
    <name>Qadam::AppSession</name>
    <message>
        <location filename="../../app/session/appsession.cpp" line="+231"/>
        <source>Probation officer</source>
        <translation>Инспектор службы пробации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District police officer</source>
        <translation>Участковый инспектор полиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sync is off: this device is not enrolled</source>
        <translation>Синхронизация выключена: устройство не зарегистрировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending changes…</source>
        <translation>Отправка изменений…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving changes… %1%</source>
        <extracomment>%1 is a percentage of the records to receive</extracomment>
        <translation>Получение изменений… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving changes…</source>
        <translation>Получение изменений…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: will try again soon</source>
        <translation>Нет связи: скоро повторим</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some changes were refused: open Sync</source>
        <translation>Некоторые изменения отклонены: откройте «Синхронизация»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the app to keep syncing</source>
        <translation>Обновите приложение, чтобы продолжить синхронизацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device: enrol it again</source>
        <translation>Сервер больше не принимает это устройство: зарегистрируйте его заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync needs attention</source>
        <translation>Синхронизация требует внимания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline for too long: connect to sync</source>
        <translation>Слишком долго без связи: подключитесь для синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync paused while locked</source>
        <translation>Синхронизация приостановлена, пока приложение заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Всё синхронизировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
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
        <translation>Введите выданный вам адрес сервера, начиная с https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the one-time enrolment code you were given.</source>
        <translation>Введите выданный вам одноразовый код регистрации.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+180"/>
        <source>Choose a longer passphrase: at least 14 characters, or 8 with capitals, digits and signs.</source>
        <translation>Выберите фразу-пароль длиннее: не менее 14 символов или 8 с заглавными буквами, цифрами и знаками.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Could not create the encrypted store on this device.</source>
        <translation>Не удалось создать зашифрованное хранилище на этом устройстве.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server did not accept this code: it may be mistyped, used or expired. Ask for a new one.</source>
        <translation>Сервер не принял этот код: возможно, он введён с ошибкой, уже использован или истёк. Запросите новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of the app is too old for the server. Update the app.</source>
        <translation>Эта версия приложения слишком старая для сервера. Обновите приложение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server address exactly as printed, including the part after #pin=.</source>
        <translation>Введите адрес сервера точно как напечатано, включая часть после #pin=.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Check the address and the connection, then try again.</source>
        <translation>Не удалось связаться с сервером. Проверьте адрес и подключение и повторите.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+69"/>
        <source>Too many failed attempts: wait until the countdown ends.</source>
        <translation>Слишком много неудачных попыток: дождитесь окончания отсчёта.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The enrolment of this device did not finish. Enrol it again.</source>
        <translation>Регистрация этого устройства не завершилась. Зарегистрируйте его заново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Too many failed attempts: the data on this device was erased. Enrol the device again.</source>
        <translation>Слишком много неудачных попыток: данные на этом устройстве стёрты. Зарегистрируйте устройство заново.</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Wrong passphrase. %n attempt(s) left before this device erases its data.</source>
        <translation>
            <numerusform>Неверная фраза-пароль. Осталась %n попытка до стирания данных на устройстве.</numerusform>
            <numerusform>Неверная фраза-пароль. Осталось %n попытки до стирания данных на устройстве.</numerusform>
            <numerusform>Неверная фраза-пароль. Осталось %n попыток до стирания данных на устройстве.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store on this device could not be opened.</source>
        <translation>Не удалось открыть хранилище на этом устройстве.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Новая фраза-пароль совпадает с текущей.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase changed.</source>
        <translation>Фраза-пароль изменена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая фраза-пароль неверна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase could not be changed.</source>
        <translation>Не удалось изменить фразу-пароль.</translation>
    </message>
    <message>
        <location filename="../../app/session/appsessionsync.cpp" line="+88"/>
        <source>This device was signed out by the server and its data erased.</source>
        <translation>Сервер отключил это устройство, и его данные стёрты.</translation>
    </message>
</context>
<context>
    <name>Qadam::AppearanceController</name>
    <message>
        <location filename="../../app/controllers/appearancecontroller.cpp" line="+111"/>
        <source>Illness, with a medical certificate</source>
        <translation>Болезнь, со справкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work trip</source>
        <translation>Командировка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family circumstances</source>
        <translation>Семейные обстоятельства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say why the appearance is excused.</source>
        <translation>Укажите, почему явка пропущена по уважительной причине.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the new date of the appearance.</source>
        <translation>Выберите новую дату явки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>This appearance is no longer due: it may have been recorded already.</source>
        <translation>Эта явка больше не ожидается: возможно, она уже записана.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Attendance recorded</source>
        <translation>Явка записана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed appearance recorded</source>
        <translation>Неявка записана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused; new date set</source>
        <translation>Уважительная причина; новая дата назначена</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appearances for registration are recorded by the internal affairs body (police).</source>
        <translation>Явки на регистрацию записывает орган внутренних дел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to the probation service are recorded by the probation service.</source>
        <translation>Явки в службу пробации записывает служба пробации.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This person is not in your caseload: you cannot record their appearance.</source>
        <translation>Этого человека нет в вашем списке: вы не можете записать его явку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not record this appearance.</source>
        <translation>Ваша роль не позволяет записать эту явку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of the appearance is in the future. Choose today or an earlier day.</source>
        <translation>Дата явки в будущем. Выберите сегодняшний или более ранний день.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appearance can be recorded as missed only after its period has ended.</source>
        <translation>Неявку можно записать только после окончания её периода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new date after the due date.</source>
        <translation>Выберите новую дату после установленного срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervision order was not in force on that day.</source>
        <translation>В тот день административный надзор не действовал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be recorded: the details are not valid.</source>
        <translation>Не удалось записать явку: данные неверны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record changed meanwhile. Check the appearance and try again.</source>
        <translation>Запись тем временем изменилась. Проверьте явку и повторите.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be saved. Try again.</source>
        <translation>Не удалось сохранить явку. Повторите.</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseReportPdf</name>
    <message>
        <location filename="../../app/export/casereportpdf.cpp" line="+91"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not included: your role may not export this part of the case.</source>
        <translation>Не включено: ваша роль не может выгружать эту часть дела.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROBATION SERVICE · ADMINISTRATIVE SUPERVISION</source>
        <comment>DOMAIN glossary; printed in capitals</comment>
        <translation>СЛУЖБА ПРОБАЦИИ · АДМИНИСТРАТИВНЫЙ НАДЗОР</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+36"/>
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Person under administrative supervision (Penal Enforcement Code, Art. 172)</source>
        <comment>DOMAIN glossary</comment>
        <translation>Лицо под административным надзором (Уголовно-исполнительный кодекс, ст. 172)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names withheld: your role may not export them</source>
        <translation>Имена скрыты: ваша роль не может их выгружать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>Подготовил(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation>Дата подготовки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report is redacted for the role of the person who prepared it: parts and fields that role may not export are left out. Counselling notes are never part of a report.</source>
        <translation>Отчёт сокращён по роли подготовившего: части и поля, которые эта роль не может выгружать, опущены. Записи консультаций никогда не входят в отчёт.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ref. %1</source>
        <comment>case reference</comment>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOR OFFICIAL USE</source>
        <comment>printed in capitals</comment>
        <translation>ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported by %1 (%2) on %3</source>
        <comment>footer of every page: user, role, date and time</comment>
        <translation>Выгрузил(а) %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseloadModel</name>
    <message>
        <location filename="../../app/models/caseloadmodel.cpp" line="+233"/>
        <source>The caseload could not be loaded. Try again.</source>
        <translation>Не удалось загрузить список. Повторите.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The search could not be run. Try again.</source>
        <translation>Не удалось выполнить поиск. Повторите.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictController</name>
    <message>
        <location filename="../../app/controllers/conflictcontroller.cpp" line="+22"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>Хранилище заблокировано: разблокируйте приложение и повторите.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This conflict was already settled or is no longer on this device.</source>
        <translation>Этот конфликт уже решён или его больше нет на устройстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change this field, so the conflict stays for someone who may.</source>
        <translation>Ваша роль не позволяет менять это поле, поэтому конфликт останется тому, кто может.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the merged text, or keep one of the two versions.</source>
        <translation>Напишите объединённый текст или оставьте одну из двух версий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which version to keep.</source>
        <translation>Выберите, какую версию оставить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen value is not valid for this field. Edit the merged text or keep the other version.</source>
        <translation>Выбранное значение недопустимо для этого поля. Измените объединённый текст или оставьте другую версию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record changed meanwhile. Look at both versions again and choose.</source>
        <translation>Запись тем временем изменилась. Посмотрите обе версии ещё раз и выберите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s state does not allow this value any more.</source>
        <translation>Состояние записи больше не допускает это значение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice could not be saved on this device. Try again.</source>
        <translation>Не удалось сохранить выбор на этом устройстве. Повторите.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictModel</name>
    <message>
        <location filename="../../app/models/conflictmodel.cpp" line="+90"/>
        <source>Conflicts could not be read from this device&apos;s store.</source>
        <translation>Не удалось прочитать конфликты из хранилища устройства.</translation>
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
        <translation>На этой панели нет показателя «%1».</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardData</name>
    <message>
        <location filename="../../app/models/dashboarddata.cpp" line="+75"/>
        <source>The figures could not be read from this device&apos;s store. Try again; if it keeps failing, sync and reopen the app.</source>
        <extracomment>The supervisor&apos;s dashboard could not compute its figures</extracomment>
        <translation>Не удалось прочитать показатели из хранилища устройства. Повторите; если не получится, синхронизируйте и откройте приложение заново.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardDrillModel</name>
    <message>
        <location filename="../../app/models/dashboarddrillmodel.cpp" line="+113"/>
        <source>The people behind this figure could not be read from this device&apos;s store.</source>
        <extracomment>The list of people behind a dashboard figure could not be read</extracomment>
        <translation>Не удалось прочитать из хранилища устройства людей, стоящих за этим показателем.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardFilters</name>
    <message>
        <location filename="../../app/models/dashboardfilters.cpp" line="+62"/>
        <location line="+107"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All officers</source>
        <translation>Все инспекторы</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <location line="-65"/>
        <location line="+16"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Последний %n месяц</numerusform>
            <numerusform>Последние %n месяца</numerusform>
            <numerusform>Последние %n месяцев</numerusform>
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
        <translation>Не удалось прочитать варианты фильтров из хранилища устройства.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unnamed officer</source>
        <translation>Инспектор без имени</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportCli</name>
    <message>
        <location filename="../../app/export/exportcli.cpp" line="+77"/>
        <source>say what to export: case-pdf, statistics or ngo-activity (see --help)</source>
        <translation>укажите, что выгрузить: case-pdf, statistics или ngo-activity (см. --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE is required</source>
        <translation>нужен --out FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--person ID is required</source>
        <translation>нужен --person ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to must be dates (YYYY-MM-DD), the first not after the last</source>
        <translation>--from и --to должны быть датами (ГГГГ-ММ-ДД), первая не позже второй</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--period must be month, quarter or year</source>
        <translation>--period должен быть month, quarter или year</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>--lang must be kk, ru or en</source>
        <translation>--lang должен быть kk, ru или en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no enrolled device in %1</source>
        <translation>в %1 нет зарегистрированного устройства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed attempts: try again in %1 s</source>
        <translation>слишком много неудачных попыток: повторите через %1 с</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no passphrase: give --passphrase-file FILE or one line on stdin</source>
        <translation>нет парольной фразы: укажите --passphrase-file FILE или одну строку на stdin</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportController</name>
    <message>
        <location filename="../../app/controllers/exportcontroller.cpp" line="+58"/>
        <source>Saved %1: %2 rows, %3 small cells suppressed.</source>
        <extracomment>%1 the file, %2 data rows, %3 cells hidden because they count fewer than five people or events</extracomment>
        <translation>Сохранено %1: строк %2, малых ячеек скрыто %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1: %2 rows.</source>
        <extracomment>%1 the file, %2 data rows</extracomment>
        <translation>Сохранено %1: строк %2.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Case report saved: %1</source>
        <translation>Отчёт по делу сохранён: %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportMessages</name>
    <message>
        <location filename="../../app/export/exportmessages.cpp" line="+26"/>
        <source>Your role may not export this. Nothing was saved.</source>
        <translation>Ваша роль не может это выгружать. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case cannot be exported: %1. Nothing was saved.</source>
        <comment>%1 is the access policy&apos;s reason</comment>
        <translation>Это дело нельзя выгрузить: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is outside your scope, so it cannot be exported. Nothing was saved.</source>
        <translation>Это дело вне вашей зоны ответственности, его нельзя выгрузить. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case is not on this device. Nothing was saved.</source>
        <translation>Этого дела нет на устройстве. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the period: both dates are needed and the first must not be after the last.</source>
        <translation>Проверьте период: нужны обе даты, и первая не может быть позже второй.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the app first.</source>
        <translation>Сначала разблокируйте приложение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written. Choose another place and try again. Nothing was saved.</source>
        <translation>Не удалось записать файл. Выберите другое место и повторите. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export is turned off on this device. It can be turned on in Settings.</source>
        <translation>Выгрузка на этом устройстве выключена. Её можно включить в настройках.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonModel</name>
    <message>
        <location filename="../../app/models/personmodel.cpp" line="+48"/>
        <location line="+16"/>
        <source>This case could not be read. Try again in a moment.</source>
        <translation>Не удалось прочитать дело. Повторите через минуту.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You do not have access to this case.</source>
        <translation>У вас нет доступа к этому делу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening this case could not be recorded, so it is not shown. Try again.</source>
        <translation>Не удалось зафиксировать открытие дела, поэтому оно не показано. Повторите.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSectionModel</name>
    <message>
        <location filename="../../app/models/personsectionmodel.cpp" line="+123"/>
        <source>You do not have access to this case.</source>
        <translation>У вас нет доступа к этому делу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This section could not be read. Try again in a moment.</source>
        <translation>Не удалось прочитать раздел. Повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSections</name>
    <message>
        <location filename="../../app/models/personsections.cpp" line="+55"/>
        <source>from %1</source>
        <comment>open-ended period</comment>
        <translation>с %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <comment>individual identification number, shown masked</comment>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of residence</source>
        <translation>Регион проживания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case officer</source>
        <translation>Ответственный инспектор</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Court order %1</source>
        <comment>administrative supervision; %1 is the decision number</comment>
        <translation>Решение суда %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>preventive conversation held</source>
        <comment>DOMAIN glossary: preventive conversation</comment>
        <translation>профилактическая беседа проведена</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Supervision suspended</source>
        <translation>Административный надзор приостановлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision resumed</source>
        <translation>Административный надзор возобновлён</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>due %1</source>
        <comment>a measure&apos;s due date</comment>
        <translation>срок %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Individual programme, version %1</source>
        <comment>DOMAIN glossary: individual programme of social and legal assistance</comment>
        <translation>Индивидуальная программа, версия %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drafted by %1</source>
        <translation>составил(а) %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by %1</source>
        <translation>утвердил(а) %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>target %1</source>
        <comment>a goal&apos;s target date</comment>
        <translation>цель к %1</translation>
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
        <translation>Оценка за %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed off yet</source>
        <translation>Ещё не подписано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed off by %1</source>
        <translation>Подписал(а) %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalController</name>
    <message>
        <location filename="../../app/controllers/programmeapprovalcontroller.cpp" line="+18"/>
        <source>Programme approved.</source>
        <translation>Программа утверждена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme returned to the officer with your comment.</source>
        <translation>Программа возвращена инспектору с вашим комментарием.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You drafted this programme, so another supervisor must approve it.</source>
        <translation>Эту программу составили вы, поэтому утвердить её должен другой руководитель.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not decide on this programme.</source>
        <translation>Ваша роль не позволяет принимать решения по этой программе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment that tells the officer what to change.</source>
        <translation>Напишите комментарий: что инспектору нужно изменить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded: some entries are not valid.</source>
        <translation>Не удалось записать решение: некоторые данные неверны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer awaiting approval.</source>
        <translation>Эта программа больше не ожидает утверждения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again.</source>
        <translation>Кто-то тем временем изменил эту программу. Откройте её снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer on this device.</source>
        <translation>Этой программы больше нет на устройстве.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded. Try again in a moment.</source>
        <translation>Не удалось записать решение. Повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalsModel</name>
    <message>
        <location filename="../../app/models/programmeapprovalsmodel.cpp" line="+68"/>
        <source>You drafted this programme, so another supervisor approves it.</source>
        <translation>Эту программу составили вы, поэтому её утверждает другой руководитель.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not approve programmes.</source>
        <translation>Ваша роль не позволяет утверждать программы.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The programmes awaiting approval could not be read. Try again in a moment.</source>
        <translation>Не удалось прочитать программы, ожидающие утверждения. Повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeBuilderController</name>
    <message>
        <location filename="../../app/controllers/programmebuildercontroller.cpp" line="+37"/>
        <source>goal text</source>
        <translation>текст цели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target date</source>
        <translation>целевая дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind of measure</source>
        <translation>вид меры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frequency</source>
        <translation>периодичность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity</source>
        <translation>серьёзность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Keep at least one goal, or go back and assess a need above &quot;No need&quot;.</source>
        <translation>Оставьте хотя бы одну цель или вернитесь и оцените потребность выше «Нет потребности».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Draft saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme sent to the supervisor for approval.</source>
        <translation>Программа отправлена руководителю на утверждение.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Enter the target date as year-month-day, for example 2026-09-30.</source>
        <translation>Введите целевую дату в формате год-месяц-день, например 2026-09-30.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the due date as year-month-day, for example 2026-09-30.</source>
        <translation>Введите срок в формате год-месяц-день, например 2026-09-30.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your role may not draft or submit programmes for this person.</source>
        <translation>Ваша роль не позволяет составлять или отправлять программы для этого человека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme can no longer be changed: it has been submitted or approved. Revise it instead.</source>
        <translation>Программу больше нельзя изменить: она отправлена или утверждена. Создайте новую редакцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>У этого человека уже есть действующая программа. Чтобы изменить план, создайте её новую редакцию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again and repeat your change.</source>
        <translation>Кто-то тем временем изменил эту программу. Откройте её снова и повторите изменение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme could not be saved. Try again in a moment.</source>
        <translation>Не удалось сохранить программу. Повторите через минуту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess at least one need above &quot;No need&quot; and give it a goal with a measure before submitting.</source>
        <translation>Перед отправкой оцените хотя бы одну потребность выше «Нет потребности» и задайте ей цель с мерой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no programme template for this person&apos;s category.</source>
        <translation>Для категории этого человека нет шаблона программы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries are missing or not valid. Check the plan and try again.</source>
        <translation>Некоторые данные отсутствуют или неверны. Проверьте план и повторите.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goal %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure %1</source>
        <translation>мера %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 is missing or not valid.</source>
        <comment>%1 names the place in the plan, %2 the field</comment>
        <translation>%1: поле «%2» не заполнено или неверно.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeDrafts</name>
    <message>
        <location filename="../../app/controllers/programmedraft.cpp" line="+101"/>
        <source>This person&apos;s programme is awaiting the supervisor&apos;s approval.</source>
        <translation>Программа этого человека ожидает утверждения руководителем.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>У этого человека уже есть действующая программа. Чтобы изменить план, создайте её новую редакцию.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProviderChoiceModel</name>
    <message>
        <location filename="../../app/models/providerchoicemodel.cpp" line="+30"/>
        <source>No provider yet</source>
        <extracomment>The first choice of a measure&apos;s provider: none chosen yet</extracomment>
        <translation>Исполнитель пока не выбран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (usual provider)</source>
        <extracomment>A provider of the kind that usually delivers this measure; %1 its name</extracomment>
        <translation>%1 (обычный исполнитель)</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralController</name>
    <message>
        <location filename="../../app/controllers/referralcontroller.cpp" line="+28"/>
        <source>Consent to a referral</source>
        <translation>Согласие на направление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to counselling</source>
        <translation>Согласие на консультирование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to voluntary prevention work</source>
        <extracomment>consent of the voluntary youth prevention track</extracomment>
        <translation>Согласие на добровольную профилактическую работу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written, signed by the person</source>
        <translation>Письменное, подписано человеком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral, recorded by the officer</source>
        <translation>Устное, записано инспектором</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by a legal representative</source>
        <translation>Дано законным представителем</translation>
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
        <translation>%1 · срок %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the person&apos;s recorded consent first: a referral is never sent without it.</source>
        <translation>Сначала выберите записанное согласие человека: направление без него не отправляется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the counsellor the person is referred to.</source>
        <translation>Выберите консультанта, к которому направляется человек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for the referral: it is the only case detail the provider sees.</source>
        <translation>Напишите причину направления: это единственные сведения о деле, которые видит исполнитель.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the referral&apos;s term: a start and an end date (YYYY-MM-DD).</source>
        <translation>Укажите срок направления: дату начала и окончания (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term cannot end before it starts.</source>
        <translation>Срок не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose how the person gave consent.</source>
        <translation>Выберите, как человек дал согласие.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the consent</source>
        <translation>записать согласие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Referral sent. The provider will see it in their inbox after the next sync.</source>
        <translation>Направление отправлено. Исполнитель увидит его во входящих после следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen consent does not cover this referral (withdrawn, not given yet, or for another purpose). Record the person&apos;s consent first.</source>
        <translation>Выбранное согласие не покрывает это направление (отозвано, ещё не дано или для другой цели). Сначала запишите согласие человека.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen measure is no longer open. Choose another measure or none.</source>
        <translation>Выбранная мера больше не открыта. Выберите другую меру или никакую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen provider is not a counsellor.</source>
        <translation>Выбранный исполнитель не является консультантом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send the referral</source>
        <translation>отправить направление</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept the referral</source>
        <translation>принять направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral accepted.</source>
        <translation>Направление принято.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why you decline the referral: probation needs it to refer the person elsewhere.</source>
        <translation>Укажите, почему вы отклоняете направление: службе пробации это нужно, чтобы направить человека в другое место.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decline the referral</source>
        <translation>отклонить направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral declined.</source>
        <translation>Направление отклонено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the work</source>
        <translation>начать работу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work on the referral started.</source>
        <translation>Работа по направлению начата.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the outcome to report to probation.</source>
        <translation>Выберите результат, который сообщить службе пробации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>complete the referral</source>
        <translation>завершить направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral completed.</source>
        <translation>Направление завершено.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralModel</name>
    <message numerus="yes">
        <location filename="../../app/models/referralmodel.cpp" line="+57"/>
        <source>%1 · %n session(s) attended</source>
        <extracomment>%1 is an outcome (&quot;Engaged&quot;); %n the number of sessions the person attended</extracomment>
        <translation>
            <numerusform>%1 · посещена %n встреча</numerusform>
            <numerusform>%1 · посещено %n встречи</numerusform>
            <numerusform>%1 · посещено %n встреч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+177"/>
        <source>load the referrals</source>
        <translation>загрузить направления</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Awaiting the provider</source>
        <extracomment>referral status: probation sent it, the provider has not answered yet</extracomment>
        <translation>Ожидает ответа исполнителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <extracomment>referral status: the provider is working with the person</extracomment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by probation</source>
        <translation>Отозвано службой пробации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term ended</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Engaged</source>
        <translation>Вовлечён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly engaged</source>
        <translation>Частично вовлечён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not engaged</source>
        <translation>Не участвует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback</source>
        <extracomment>a valid outcome: the person gave no feedback</extracomment>
        <translation>Нет отзыва</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme completed</source>
        <translation>Программа завершена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred onward</source>
        <translation>Направлен дальше</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesController</name>
    <message>
        <location filename="../../app/controllers/rejectedchangescontroller.cpp" line="+23"/>
        <source>The change could not be sent again. Check the values and try again.</source>
        <translation>Не удалось отправить изменение повторно. Проверьте значения и повторите.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>Хранилище заблокировано: разблокируйте приложение и повторите.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This change is no longer waiting for attention.</source>
        <translation>Это изменение больше не требует внимания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later changes on this device depend on this one. Settle them first.</source>
        <translation>От этого изменения зависят более поздние изменения на устройстве. Сначала разберитесь с ними.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The change could not be discarded on this device. Try again.</source>
        <translation>Не удалось отменить изменение на этом устройстве. Повторите.</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesModel</name>
    <message>
        <location filename="../../app/models/rejectedchangesmodel.cpp" line="+20"/>
        <source>Added: %1</source>
        <extracomment>What a refused change tried to do; %1 is a record kind, e.g. &quot;Appearance&quot;</extracomment>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step “%2”</source>
        <extracomment>%1 is a record kind, %2 a workflow step such as &quot;approve&quot;</extracomment>
        <translation>%1: шаг «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: copy sent again after the server was restored</source>
        <translation>%1: копия отправлена повторно после восстановления сервера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed “%1” to “%2”</source>
        <extracomment>%1 is a field name, %2 the value the person entered</extracomment>
        <translation>Изменено «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed %1</source>
        <extracomment>%1 is a list of field names</extracomment>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Refused changes could not be read from this device&apos;s store.</source>
        <translation>Не удалось прочитать отклонённые изменения из хранилища устройства.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewController</name>
    <message>
        <location filename="../../app/controllers/reviewcontroller.cpp" line="+240"/>
        <source>A review already covers the period up to today.</source>
        <translation>Оценка уже охватывает период до сегодняшнего дня.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>compute the indicators</source>
        <translation>рассчитать показатели</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>▲ better than last time (%1)</source>
        <extracomment>trend of a review indicator against the previous review; %1 the previous value</extracomment>
        <translation>▲ лучше, чем в прошлый раз (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▼ worse than last time (%1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>▼ хуже, чем в прошлый раз (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= as last time</source>
        <translation>= как в прошлый раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed (was %1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>изменилось (было %1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Last review: %1 — %2</source>
        <extracomment>the rating a need domain had in the previous review: %1 the number, %2 its meaning</extracomment>
        <translation>Прошлая проверка: %1 — %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You drafted this person&apos;s programme, so you cannot sign off its review: another supervisor signs it off.</source>
        <translation>Вы составили программу этого человека, поэтому не можете утвердить её проверку: её утверждает другой руководитель.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trend compared with the review of %1 – %2.</source>
        <extracomment>%1 – %2 the period of the previous progress review</extracomment>
        <translation>Тенденция по сравнению с проверкой за %1 – %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first review: there is no trend yet.</source>
        <translation>Это первая проверка: тенденции пока нет.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A review covers a period that has ended: choose an end no later than today.</source>
        <translation>Проверка охватывает завершившийся период: выберите конец не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
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
        <translation>Введите период двумя датами, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The review form is still loading.</source>
        <translation>Форма оценки ещё загружается.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rating for &quot;%1&quot;.</source>
        <extracomment>%1 is a need domain, e.g. &quot;Housing&quot;</extracomment>
        <translation>Выберите оценку для «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rationale for &quot;%1&quot;: at least %2 characters.</source>
        <extracomment>%1 is a need domain; %2 the minimum number of characters</extracomment>
        <translation>Напишите обоснование для «%1»: не менее %2 символов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a value for &quot;%1&quot;.</source>
        <extracomment>%1 is an outcome, e.g. &quot;Employment&quot;</extracomment>
        <translation>Выберите значение для «%1».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The review is recorded. Sign it off and schedule the next review.</source>
        <translation>Проверка записана. Утвердите её и назначьте следующую проверку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review is recorded. A supervisor signs it off.</source>
        <translation>Проверка записана. Её утверждает руководитель.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date of the next review as YYYY-MM-DD.</source>
        <translation>Введите дату следующей проверки как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review signed off. The next review is due on %1.</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Проверка утверждена. Следующая проверка — %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You drafted the programme under review, so you cannot sign this review off: another supervisor signs it off.</source>
        <translation>Вы составили программу, которая проверяется, поэтому не можете утвердить эту проверку: её утверждает другой руководитель.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next review must be after today.</source>
        <translation>Следующая проверка должна быть позже сегодняшнего дня.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Another review already covers part of this period.</source>
        <translation>Другая оценка уже охватывает часть этого периода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress reviews are written by probation officers and supervisors.</source>
        <translation>Оценки прогресса составляют инспекторы службы пробации и руководители.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every need domain of the programme needs a rating and a written rationale.</source>
        <translation>Для каждой сферы потребностей программы нужны оценка и письменное обоснование.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the review</source>
        <translation>записать оценку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a supervisor signs a review off.</source>
        <translation>Оценку подписывает только руководитель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This review is already signed off.</source>
        <translation>Эта оценка уже подписана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign the review off</source>
        <translation>подписать оценку</translation>
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
        <translation>Подписал(а) %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Ожидает подписи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next review due on %1</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Следующая проверка — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <source>load the reviews</source>
        <translation>загрузить оценки</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewsDueModel</name>
    <message>
        <location filename="../../app/models/reviewsduemodel.cpp" line="+31"/>
        <source>Due today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due since %1</source>
        <translation>Положена с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed review up to %1</source>
        <extracomment>%1 the last day of the period the last signed progress review covered</extracomment>
        <translation>Последняя утверждённая проверка — по %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signed review yet</source>
        <translation>Утверждённых проверок ещё нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Не начата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Ждёт утверждения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>load the reviews due</source>
        <translation>загрузить проверки к сроку</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="+130"/>
        <source>Referral %1 – %2</source>
        <translation>Направление %1 – %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Probation sees that the session took place: date, mode, duration, engagement. Notes and observations stay with the counselling team.</source>
        <translation>Служба пробации видит, что встреча состоялась: дата, формат, длительность, вовлечённость. Заметки и наблюдения остаются у команды консультантов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the counselling team of this referral reads the notes and observations. Probation sees nothing of this session.</source>
        <translation>Заметки и наблюдения читает только команда консультантов по этому направлению. Служба пробации ничего не видит об этой встрече.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you read the notes and observations. Your team sees that the session took place.</source>
        <translation>Заметки и наблюдения читаете только вы. Ваша команда видит, что встреча состоялась.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet: choose who may read this session before saving.</source>
        <translation>Ещё не выбрано: перед сохранением выберите, кто может читать эту встречу.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the referral this session belongs to.</source>
        <translation>Выберите направление, к которому относится эта встреча.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the session (YYYY-MM-DD).</source>
        <translation>Укажите дату встречи (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the session took place (face to face, phone…).</source>
        <translation>Выберите, как прошла встреча (лично, по телефону…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who may read this session (the confidentiality tier) before saving.</source>
        <translation>Перед сохранением выберите, кто может читать эту встречу (уровень конфиденциальности).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the duration in whole minutes.</source>
        <translation>Укажите длительность в целых минутах.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why you judged the person&apos;s state as &quot;%1&quot;.</source>
        <extracomment>%1 is a stability judgement, e.g. &quot;Fluctuating&quot;</extracomment>
        <translation>Укажите, почему вы оценили состояние человека как «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each request needs what the person asked for and its outcome.</source>
        <translation>Для каждой просьбы укажите, о чём просил человек, и результат.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the session to correct.</source>
        <translation>Выберите встречу, которую нужно исправить.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Session saved.</source>
        <translation>Встреча сохранена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your supervisor was alerted; the alert carries no notes.</source>
        <translation>Ваш руководитель оповещён; в оповещении нет заметок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider an onward referral for a psychiatric assessment (an observation, not a diagnosis).</source>
        <translation>Рассмотрите направление на психиатрическое обследование (это наблюдение, а не диагноз).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session date must lie inside the referral&apos;s term and not in the future.</source>
        <translation>Дата встречи должна быть в пределах срока направления и не в будущем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next session cannot be before this one.</source>
        <translation>Следующая встреча не может быть раньше этой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be between 1 and 1440 minutes.</source>
        <translation>Длительность должна быть от 1 до 1440 минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request needs what the person asked for (at most 1000 characters) and its outcome.</source>
        <translation>Для каждой просьбы укажите, о чём просил человек (не более 1000 символов), и результат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can log sessions only on a referral to you that you accepted, within its term.</source>
        <translation>Записывать встречи можно только по принятому вами направлению к вам и в пределах его срока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the session</source>
        <translation>сохранить встречу</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionModel</name>
    <message>
        <location filename="../../app/models/sessionmodel.cpp" line="+35"/>
        <source>load the sessions</source>
        <translation>загрузить встречи</translation>
    </message>
</context>
<context>
    <name>Qadam::SyncController</name>
    <message>
        <location filename="../../app/controllers/synccontroller.cpp" line="+143"/>
        <source>never</source>
        <extracomment>Last sync: this device has never synced</extracomment>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This app is too old for the server: update it. Your changes are kept on this device until then.</source>
        <translation>Это приложение слишком старое для сервера: обновите его. До тех пор ваши изменения хранятся на этом устройстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device. Ask your administrator; your changes stay on this device.</source>
        <translation>Сервер больше не принимает это устройство. Обратитесь к администратору; ваши изменения остаются на устройстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your offline lease has ended: connect to the internet and sync to keep working.</source>
        <translation>Срок работы без связи истёк: подключитесь к интернету и синхронизируйте, чтобы продолжить работу.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your offline lease ends in %n hour(s): connect to keep working.</source>
        <translation>
            <numerusform>Срок работы без связи истекает через %n час: подключитесь, чтобы продолжить работу.</numerusform>
            <numerusform>Срок работы без связи истекает через %n часа: подключитесь, чтобы продолжить работу.</numerusform>
            <numerusform>Срок работы без связи истекает через %n часов: подключитесь, чтобы продолжить работу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server refused %n change(s). Look at each below and discard it once you have noted it.</source>
        <translation>
            <numerusform>Сервер отклонил %n изменение. Просмотрите каждое ниже и отмените, когда учтёте его.</numerusform>
            <numerusform>Сервер отклонил %n изменения. Просмотрите каждое ниже и отмените, когда учтёте его.</numerusform>
            <numerusform>Сервер отклонил %n изменений. Просмотрите каждое ниже и отмените, когда учтёте его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n field(s) were changed here and on the server. Choose which version to keep.</source>
        <translation>
            <numerusform>%n поле изменено здесь и на сервере. Выберите, какую версию оставить.</numerusform>
            <numerusform>%n поля изменены здесь и на сервере. Выберите, какую версию оставить.</numerusform>
            <numerusform>%n полей изменены здесь и на сервере. Выберите, какую версию оставить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Qadam tries again by itself; your changes are safe on this device.</source>
        <translation>Сервер недоступен. Qadam сам повторит попытку; ваши изменения в безопасности на этом устройстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync needs your attention.</source>
        <translation>Синхронизация требует вашего внимания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is paused while the app is locked.</source>
        <translation>Синхронизация приостановлена, пока приложение заблокировано.</translation>
    </message>
</context>
<context>
    <name>Qadam::TodayModel</name>
    <message>
        <location filename="../../app/models/todaymodel.cpp" line="+126"/>
        <source>Today&apos;s list could not be loaded. Try again.</source>
        <translation>Не удалось загрузить список на сегодня. Повторите.</translation>
    </message>
</context>
<context>
    <name>RecordAppearancePage</name>
    <message>
        <location filename="../pages/RecordAppearancePage.qml" line="+28"/>
        <source>Record an appearance</source>
        <translation>Записать явку</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No appearance to record now</source>
        <extracomment>Record page when the person has nothing to record now</extracomment>
        <translation>Сейчас нет явки для записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no appearance due or open at the moment.</source>
        <translation>У этого человека сейчас нет ожидаемой или открытой явки.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Outcome</source>
        <extracomment>Heading above the choice attended / missed / excused</extracomment>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attended</source>
        <translation>Явился</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missed</source>
        <extracomment>Outcome: the person did not come and had no valid reason</extracomment>
        <translation>Не явился</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Excused, with a new date</source>
        <extracomment>Outcome: the person could not come for a valid reason; a new date is set</extracomment>
        <translation>Уважительная причина, с новой датой</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Date of the appearance</source>
        <extracomment>Date field; the format hint follows in the placeholder</extracomment>
        <translation>Дата явки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (optional)</source>
        <translation>Что сделано (необязательно)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: called, visited the home, set a new date</source>
        <extracomment>Placeholder of the follow-up note of a missed appearance</extracomment>
        <translation>Например: позвонили, посетили дом, назначили новую дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Describe the reason</source>
        <translation>Опишите причину</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New date of the appearance</source>
        <translation>Новая дата явки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <extracomment>Saves the appearance&apos;s outcome</extracomment>
        <translation>Записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Записать результат</translation>
    </message>
</context>
<context>
    <name>ReferralDecisionDialog</name>
    <message>
        <location filename="../pages/ReferralDecisionDialog.qml" line="+32"/>
        <source>Decline the referral</source>
        <translation>Отклонить направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the referral</source>
        <translation>Завершить направление</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Why you decline</source>
        <translation>Почему вы отклоняете</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Probation reads this to refer the person elsewhere.</source>
        <translation>Служба пробации прочтёт это, чтобы направить человека в другое место.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Outcome for probation</source>
        <translation>Результат для службы пробации</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only this outcome goes back to probation; your notes stay with you.</source>
        <translation>В службу пробации возвращается только этот результат; ваши заметки остаются у вас.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Sessions attended</source>
        <translation>Посещено встреч</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person completed the programme with us</source>
        <translation>Человек завершил программу у нас</translation>
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
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outcome: %1</source>
        <extracomment>%1 the provider&apos;s minimal outcome, e.g. &quot;Engaged · 5 sessions attended&quot;</extracomment>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the referral of %1</source>
        <extracomment>%1 is the person&apos;s name</extracomment>
        <translation>Принять направление: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the referral of %1</source>
        <translation>Отклонить направление: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start work</source>
        <extracomment>starts the work on an accepted referral</extracomment>
        <translation>Начать работу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start work on the referral of %1</source>
        <translation>Начать работу по направлению: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session log</source>
        <translation>Журнал встреч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the session log of %1</source>
        <translation>Открыть журнал встреч: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the referral of %1</source>
        <translation>Завершить направление: %1</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../pages/ReferralForm.qml" line="+31"/>
        <source>1. The person&apos;s consent</source>
        <extracomment>step 1 of sending a referral</extracomment>
        <translation>1. Согласие человека</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A referral shares the person&apos;s case with a provider. It needs the person&apos;s recorded consent.</source>
        <translation>Направление передаёт дело человека исполнителю. Для этого нужно записанное согласие человека.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Recorded consent</source>
        <translation>Записанное согласие</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No consent to a referral is recorded for this person. Ask the person, then record the consent here.</source>
        <translation>Согласие этого человека на направление не записано. Спросите человека, затем запишите согласие здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>How the person gave consent</source>
        <translation>Как человек дал согласие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record consent given today</source>
        <translation>Записать согласие, данное сегодня</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2. The referral</source>
        <extracomment>step 2 of sending a referral</extracomment>
        <translation>2. Направление</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Refer to</source>
        <translation>Направить к</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose a counsellor…</source>
        <translation>Выберите консультанта…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Programme measure it delivers</source>
        <translation>Мера программы, которую оно выполняет</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Optional. Completing the referral can mark the measure delivered.</source>
        <translation>Необязательно. При завершении направления мера может быть отмечена выполненной.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The only case detail the provider sees. Keep it short and factual.</source>
        <translation>Единственные сведения о деле, которые видит исполнитель. Кратко и по фактам.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term starts (YYYY-MM-DD)</source>
        <translation>Начало срока (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term starts</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Term ends (YYYY-MM-DD)</source>
        <translation>Окончание срока (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term ends</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send referral</source>
        <translation>Отправить направление</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../pages/ReferralsPage.qml" line="+21"/>
        <source>Referrals to me</source>
        <translation>Направления ко мне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Referred to me · %n people</source>
        <extracomment>%1 number of people with an active referral to the counsellor</extracomment>
        <translation>
            <numerusform>Направлены ко мне · %n человек</numerusform>
            <numerusform>Направлены ко мне · %n человека</numerusform>
            <numerusform>Направлены ко мне · %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No referrals to you</source>
        <translation>Направлений к вам нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No referrals yet</source>
        <translation>Направлений пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When probation refers a person to you, the referral shows here to accept or decline.</source>
        <translation>Когда служба пробации направит к вам человека, направление появится здесь, чтобы его принять или отклонить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals to counsellors and organisations show here with their outcome.</source>
        <translation>Здесь показаны направления к консультантам и организациям с их результатом.</translation>
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
        <translation>Сделано %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send again</source>
        <extracomment>Sends a change the server refused once more, as it was made</extracomment>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send refused change again: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Отправить отклонённое изменение снова: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard refused change: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Отменить отклонённое изменение: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../delegates/ReviewDelegate.qml" line="+29"/>
        <source>Review %1, %2</source>
        <extracomment>screen-reader summary: %1 period, %2 sign-off state</extracomment>
        <translation>Оценка %1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Written by %1</source>
        <extracomment>%1 the name of the person who wrote the review</extracomment>
        <translation>Составил(а) %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sign off</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign off the review of %1</source>
        <translation>Подписать оценку: %1</translation>
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
        <translation>%1: оценка %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why this rating: what you saw, what changed</source>
        <translation>Почему такая оценка: что вы видели, что изменилось</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rationale for %1</source>
        <extracomment>%1 is a need domain</extracomment>
        <translation>Обоснование для «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of at least %2 characters</source>
        <extracomment>%1 characters typed, %2 the minimum</extracomment>
        <translation>%1 из минимум %2 символов</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../pages/ReviewForm.qml" line="+41"/>
        <source>Period: %1</source>
        <extracomment>%1 the period the review covers</extracomment>
        <translation>Период: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>С (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period from</source>
        <extracomment>the first day of the period a progress review covers</extracomment>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>По (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period to</source>
        <extracomment>the last day of the period a progress review covers</extracomment>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this period</source>
        <extracomment>recomputes the review&apos;s indicators for the dates typed</extracomment>
        <translation>Взять этот период</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed indicators</source>
        <translation>Рассчитанные показатели</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Professional judgement per domain</source>
        <translation>Профессиональная оценка по сферам</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record review</source>
        <translation>Записать оценку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/ReviewPage.qml" line="+40"/>
        <source>Progress reviews</source>
        <translation>Оценки прогресса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews to sign off</source>
        <translation>Оценки на подпись</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>New review</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No reviews yet</source>
        <translation>Оценок пока нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to sign off</source>
        <translation>Нечего подписывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review shows progress for a period: computed indicators and a judgement per domain.</source>
        <translation>Оценка показывает прогресс за период: рассчитанные показатели и суждение по каждой сфере.</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPanel</name>
    <message>
        <location filename="../pages/ReviewSignOffPanel.qml" line="+36"/>
        <source>Sign off and schedule the next review</source>
        <translation>Утвердить и назначить следующую проверку</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next review on (YYYY-MM-DD)</source>
        <extracomment>the date the next progress review is due, typed as year-month-day</extracomment>
        <translation>Следующая проверка (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person appears in the reviews due list on this date.</source>
        <translation>В этот день человек появится в списке проверок к сроку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next review on</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign off</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign off the review and schedule the next one</source>
        <translation>Утвердить проверку и назначить следующую</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Проверки к сроку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviews due (%1)</source>
        <extracomment>heading of the reviews due list; %1 how many people</extracomment>
        <translation>Проверки к сроку (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No reviews due</source>
        <translation>Проверок к сроку нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People appear here on the day their progress review is due.</source>
        <translation>Люди появляются здесь в день, когда положена проверка их прогресса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
</context>
<context>
    <name>SectionActionBar</name>
    <message>
        <location filename="../pages/SectionActionBar.qml" line="+18"/>
        <source>Open referrals</source>
        <extracomment>Person page, referrals section: opens the referrals screen of this person</extracomment>
        <translation>Открыть направления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a session</source>
        <extracomment>Person page, sessions section: opens the session log of this person (counsellors)</extracomment>
        <translation>Записать сессию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open progress reviews</source>
        <extracomment>Person page, reviews section: opens the progress reviews of this person</extracomment>
        <translation>Открыть оценки прогресса</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="-278"/>
        <source>Face to face</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Спокоен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxious</source>
        <translation>Тревожен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood</source>
        <translation>Подавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Зол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agitated</source>
        <translation>Возбуждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Снята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Надеется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distressed</source>
        <translation>В смятении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Устал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Умеренная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluctuating</source>
        <translation>Меняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstable</source>
        <translation>Нестабильно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insults</source>
        <translation>Оскорбления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims of dominance</source>
        <translation>Притязания на превосходство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evasion</source>
        <translation>Уклонение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostility to state institutions</source>
        <translation>Враждебность к государственным институтам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiting attempt</source>
        <translation>Попытка вербовки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of intoxication</source>
        <translation>Признаки опьянения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible mental disorder (an observation, not a diagnosis)</source>
        <translation>Возможное психическое расстройство (наблюдение, а не диагноз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <translation>Частично вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <translation>Не вовлечён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>No feedback</source>
        <translation>Нет отзыва</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Shared summary</source>
        <translation>Общая сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling team only</source>
        <translation>Только команда консультантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: only me</source>
        <translation>Закрыто: только я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in and out of the home visit</source>
        <translation>Отметка о приходе и уходе при посещении на дому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out missed</source>
        <translation>Отметка об уходе пропущена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted</source>
        <translation>Частично принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../delegates/SessionDelegate.qml" line="+35"/>
        <source>Session %1, %2, %3</source>
        <extracomment>screen-reader summary: %1 date, %2 mode, %3 confidentiality tier</extracomment>
        <translation>Встреча %1, %2, %3</translation>
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
        <translation>исправлено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>План</translation>
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
        <translation>Исправить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the session of %1</source>
        <translation>Исправить встречу: %1</translation>
    </message>
</context>
<context>
    <name>SessionLogForm</name>
    <message>
        <location filename="../pages/SessionLogForm.qml" line="+76"/>
        <location line="+10"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of the session</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration, minutes</source>
        <translation>Длительность, минут</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration in minutes</source>
        <translation>Длительность в минутах</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it took place</source>
        <translation>Как проходила</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed emotional state</source>
        <translation>Наблюдаемое эмоциональное состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intensity</source>
        <translation>Интенсивность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability</source>
        <translation>Стабильность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your judgement; say why below.</source>
        <translation>Ваше суждение; объясните ниже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you judge it so</source>
        <translation>Почему вы так считаете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationale for the stability judgement</source>
        <translation>Обоснование суждения о стабильности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk signals in communication</source>
        <translation>Сигналы риска в общении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any risk signal alerts your supervisor; the alert carries no notes.</source>
        <translation>Любой сигнал риска оповещает вашего руководителя; в оповещении нет заметок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altered state</source>
        <translation>Изменённое состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next session (YYYY-MM-DD)</source>
        <translation>Следующая встреча (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the next session</source>
        <translation>Дата следующей встречи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home visit safety check</source>
        <translation>Проверка безопасности при посещении на дому</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may read this session</source>
        <translation>Кто может читать эту встречу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save session</source>
        <translation>Сохранить встречу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SessionLogNotes</name>
    <message>
        <location filename="../pages/SessionLogNotes.qml" line="+26"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Observations</source>
        <translation>1. Наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw and heard, without interpretation.</source>
        <translation>Что вы видели и слышали, без толкования.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Analysis</source>
        <translation>2. Анализ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it may mean, and why you think so.</source>
        <translation>Что это может означать и почему вы так думаете.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Conclusions</source>
        <translation>3. Выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you conclude from this session.</source>
        <translation>Какие выводы вы делаете из этой встречи.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. Plan</source>
        <translation>4. План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next, and who does it.</source>
        <translation>Что будет дальше и кто это сделает.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message>
        <location filename="../pages/SessionLogPage.qml" line="+26"/>
        <source>Session log</source>
        <translation>Журнал встреч</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New session</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct a session</source>
        <translation>Исправить встречу</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sessions · %n</source>
        <extracomment>%n number of sessions</extracomment>
        <translation>
            <numerusform>Встречи · %n</numerusform>
            <numerusform>Встречи · %n</numerusform>
            <numerusform>Встречи · %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a session</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No sessions you may read</source>
        <translation>Нет встреч, которые вам можно читать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the first session with this person.</source>
        <translation>Запишите первую встречу с этим человеком.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of the counselling team show here as their confidentiality allows.</source>
        <translation>Встречи команды консультантов показаны здесь настолько, насколько позволяет их конфиденциальность.</translation>
    </message>
</context>
<context>
    <name>SessionLogRequests</name>
    <message>
        <location filename="../pages/SessionLogRequests.qml" line="+22"/>
        <source>Requests and alternatives offered</source>
        <translation>Просьбы и предложенные альтернативы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the person asked for</source>
        <translation>О чём просил человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request %1</source>
        <translation>Просьба %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternative offered (optional)</source>
        <translation>Предложенная альтернатива (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative offered for request %1</source>
        <translation>Предложенная альтернатива для просьбы %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome…</source>
        <translation>Результат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of request %1</source>
        <translation>Результат просьбы %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a request</source>
        <translation>Добавить просьбу</translation>
    </message>
</context>
<context>
    <name>SessionLogTierBanner</name>
    <message>
        <location filename="../pages/SessionLogTierBanner.qml" line="+35"/>
        <source>Confidentiality: %1</source>
        <extracomment>%1 is the chosen confidentiality tier, e.g. &quot;Counselling team only&quot;</extracomment>
        <translation>Конфиденциальность: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality: not chosen yet</source>
        <translation>Конфиденциальность: ещё не выбрана</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/SettingsPage.qml" line="+13"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Lock after inactivity</source>
        <extracomment>Setting: lock the app after this long without use</extracomment>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qadam also locks when it goes to the background.</source>
        <translation>Qadam также блокируется, когда уходит в фон.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow exports (PDF, CSV) from this device</source>
        <extracomment>Setting: PDF and CSV reports may be saved outside the app on this device (off on phones by default)</extracomment>
        <translation>Разрешить выгрузку (PDF, CSV) с этого устройства</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Роль</translation>
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
        <translation>Не подключено к серверу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device…</source>
        <translation>Выйти и стереть данные устройства…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device</source>
        <translation>Выйти и стереть данные устройства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign out and wipe this device?</source>
        <translation>Выйти и стереть данные устройства?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All case records on this device will be erased. %n change(s) not yet synced will be lost for good. You will need a new one-time code to use this device again.</source>
        <extracomment>Confirmation before erasing the device; names the consequence</extracomment>
        <translation>
            <numerusform>Все записи дел на этом устройстве будут стёрты. %n изменение, ещё не отправленное на сервер, будет потеряно навсегда. Чтобы снова работать на этом устройстве, понадобится новый одноразовый код.</numerusform>
            <numerusform>Все записи дел на этом устройстве будут стёрты. %n изменения, ещё не отправленные на сервер, будут потеряны навсегда. Чтобы снова работать на этом устройстве, понадобится новый одноразовый код.</numerusform>
            <numerusform>Все записи дел на этом устройстве будут стёрты. %n изменений, ещё не отправленных на сервер, будут потеряны навсегда. Чтобы снова работать на этом устройстве, понадобится новый одноразовый код.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All case records on this device will be erased. Everything is synced, so nothing is lost on the server. You will need a new one-time code to use this device again.</source>
        <translation>Все записи дел на этом устройстве будут стёрты. Всё синхронизировано, поэтому на сервере ничего не пропадёт. Чтобы снова работать на этом устройстве, понадобится новый одноразовый код.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase and sign out</source>
        <translation>Стереть и выйти</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../components/SyncIndicator.qml" line="+20"/>
        <source>Needs attention</source>
        <extracomment>Sync indicator: conflicts or rejected changes need the user</extracomment>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <extracomment>Sync indicator: connection to the server</extracomment>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n to send</source>
        <extracomment>Sync indicator: %n changes saved on this device, not yet sent</extracomment>
        <translation>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1, %2</source>
        <translation>Синхронизация: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sync screen</source>
        <translation>Открывает экран синхронизации</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/SyncPage.qml" line="+16"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard this change?</source>
        <extracomment>Title of the question before a refused change is dropped</extracomment>
        <translation>Отменить это изменение?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change stays refused and leaves this list. It is not sent again; make it again on the record if it is still needed.</source>
        <translation>Изменение остаётся отклонённым и уходит из этого списка. Повторно оно не отправляется; если оно ещё нужно, внесите его в запись снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Conflicts (%1)</source>
        <extracomment>Heading; %1 is how many fields conflict</extracomment>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts. When the same field is changed here and on the server, both versions wait here for you to choose.</source>
        <translation>Конфликтов нет. Когда одно и то же поле изменено здесь и на сервере, обе версии ждут здесь вашего выбора.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused changes (%1)</source>
        <extracomment>Heading; %1 is how many changes the server refused</extracomment>
        <translation>Отклонённые изменения (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was refused. Changes the server does not accept wait here, and never hold up the others.</source>
        <translation>Ничего не отклонено. Изменения, которые сервер не принимает, ждут здесь и никогда не задерживают остальные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes were not accepted by the server. Send a change again where that is offered; otherwise note what it said, then discard it.</source>
        <translation>Сервер не принял эти изменения. Где это предложено, отправьте изменение снова; иначе запишите, что ответил сервер, затем отмените изменение.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../components/SyncStatusCard.qml" line="+45"/>
        <source>Sync running</source>
        <extracomment>Accessible name of the progress bar of a running sync</extracomment>
        <translation>Идёт синхронизация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync %1% done</source>
        <translation>Синхронизация выполнена на %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting to be sent</source>
        <extracomment>Label: number of changes saved on this device and not yet sent</extracomment>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/TodayPage.qml" line="+18"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record attendance?</source>
        <extracomment>Title of the question before an attendance is recorded</extracomment>
        <translation>Записать явку?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attended today: %2.</source>
        <extracomment>%1 is the person&apos;s name, %2 what the appearance is (e.g. &quot;Report to the probation service&quot;)</extracomment>
        <translation>%1 явился сегодня: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Confirms recording that the person came</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try again</source>
        <extracomment>Button that loads the list again after a failure</extracomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release to sync</source>
        <extracomment>Shown while the Today list is pulled down far enough to sync</extracomment>
        <translation>Отпустите для синхронизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull to sync</source>
        <extracomment>Shown while the Today list is pulled down</extracomment>
        <translation>Потяните для синхронизации</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing due today</source>
        <extracomment>Today page with nothing to do</extracomment>
        <translation>На сегодня ничего нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue and due appearances, open alerts and programme measures show here as soon as they are due.</source>
        <translation>Просроченные и предстоящие явки, открытые оповещения и меры программы появятся здесь, как только подойдёт их срок.</translation>
    </message>
</context>
<context>
    <name>TodayRowDelegate</name>
    <message>
        <location filename="../delegates/TodayRowDelegate.qml" line="+112"/>
        <source>Attended</source>
        <extracomment>Records that the person came to the appearance</extracomment>
        <translation>Явился</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %1</source>
        <translation>Явился: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other outcome…</source>
        <extracomment>Opens the form to record a missed or excused appearance</extracomment>
        <translation>Другой результат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed or excused: %1</source>
        <translation>Не явился или уважительная причина: %1</translation>
    </message>
</context>
<context>
    <name>TodayRows</name>
    <message>
        <location filename="../../app/models/todayrows.cpp" line="+145"/>
        <source>overdue since %1</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Session planned</source>
        <translation>Встреча запланирована</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raised %1</source>
        <translation>создано %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Referral waiting for your answer</source>
        <extracomment>Today row: a referral to the counsellor that waits for their answer</extracomment>
        <translation>Направление ждёт вашего ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral from %1</source>
        <translation>Направление, отправитель: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term: %1</source>
        <extracomment>Today row: the referral&apos;s term, %1 e.g. &quot;01.11.2026 – 30.04.2027&quot;</extracomment>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent %1</source>
        <extracomment>Today row: when the referral was sent, %1 a date</extracomment>
        <translation>отправлено %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overdue appearances (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Просроченные явки (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances due soon (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Скоро явки (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open alerts (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Открытые оповещения (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measures due (%1)</source>
        <extracomment>Today section heading: measures of the individual programme; %1 is how many</extracomment>
        <translation>Меры программы к сроку (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals waiting for your answer (%1)</source>
        <extracomment>Today section heading: referrals sent to the counsellor, not yet accepted or declined; %1 is how many</extracomment>
        <translation>Направления, ждущие вашего ответа (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions planned (%1)</source>
        <extracomment>Today section heading: counselling sessions; %1 is how many</extracomment>
        <translation>Запланированные встречи (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances open this period (%1)</source>
        <extracomment>Today section heading: appearances whose window is open but not yet due; %1 is how many</extracomment>
        <translation>Явки, открытые в этом периоде (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../pages/UnlockPage.qml" line="+11"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
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
        <translation>Записи на этом устройстве заблокированы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <extracomment>Lock screen after failed attempts; %n is seconds</extracomment>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n attempt(s) left before the records on this device are erased.</source>
        <extracomment>%n attempts left before the device erases its records</extracomment>
        <translation>
            <numerusform>Осталась %n попытка, затем записи на этом устройстве будут стёрты.</numerusform>
            <numerusform>Осталось %n попытки, затем записи на этом устройстве будут стёрты.</numerusform>
            <numerusform>Осталось %n попыток, затем записи на этом устройстве будут стёрты.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the passphrase</source>
        <translation>Проверка парольной фразы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo with synthetic data: the passphrase is %1</source>
        <extracomment>Shown only on the demo device with synthetic data; %1 is the demo passphrase</extracomment>
        <translation>Демо с вымышленными данными: парольная фраза — %1</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <location filename="../pages/WipedPage.qml" line="+12"/>
        <source>Device wiped</source>
        <translation>Данные устройства стёрты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The records on this device were erased</source>
        <translation>Записи на этом устройстве стёрты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that were already synced are safe on the server. To work on this device again, ask your administrator for a new one-time code.</source>
        <translation>Изменения, которые уже были синхронизированы, сохранены на сервере. Чтобы снова работать на этом устройстве, попросите у администратора новый одноразовый код.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up again</source>
        <translation>Настроить заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up this device again</source>
        <translation>Настроить устройство заново</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Close Qadam</source>
        <translation>Закрыть Qadam</translation>
    </message>
</context>
</TS>
