<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../components/AppShell.qml" line="+52"/>
        <source>Today</source>
        <extracomment>Bottom navigation: appearances and tasks due today</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseload</source>
        <extracomment>Bottom navigation: the people assigned to this user</extracomment>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <extracomment>Bottom navigation: programmes waiting for the supervisor&apos;s approval</extracomment>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews</source>
        <extracomment>Navigation: the people whose progress review is due (supervisor); keep it short</extracomment>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <extracomment>Navigation: the supervisor&apos;s figures and charts of their unit or region</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
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
        <translation>Back</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing selected</source>
        <extracomment>Desktop detail pane before anything is chosen in the list</extracomment>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person or a task in the list to see it here.</source>
        <translation>Choose a person or a task in the list to see it here.</translation>
    </message>
</context>
<context>
    <name>ApprovalDelegate</name>
    <message>
        <location filename="../delegates/ApprovalDelegate.qml" line="+28"/>
        <source>Programme for %1, drafted by %2</source>
        <extracomment>Screen-reader name of a programme awaiting approval: %1 the person, %2 who drafted it</extracomment>
        <translation>Programme for %1, drafted by %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drafted by %1 · sent %2</source>
        <extracomment>%1 officer&apos;s name, %2 date sent</extracomment>
        <translation>Drafted by %1 · sent %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs · %2 goals · %3 measures</source>
        <extracomment>Size of a programme: %1 needs, %2 goals, %3 measures</extracomment>
        <translation>%1 needs · %2 goals · %3 measures</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../pages/ApprovalsPage.qml" line="+16"/>
        <source>Approvals</source>
        <extracomment>Title of the supervisor&apos;s list of programmes awaiting approval</extracomment>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing awaits your approval</source>
        <translation>Nothing awaits your approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes your officers submit appear here.</source>
        <translation>Programmes your officers submit appear here.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>‹ All programmes</source>
        <extracomment>Goes back from one programme to the list of programmes awaiting approval</extracomment>
        <translation>‹ All programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to all programmes</source>
        <translation>Back to all programmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme&apos;s plan</source>
        <translation>The programme&apos;s plan</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>To return it: what should the officer change?</source>
        <extracomment>Placeholder of the supervisor&apos;s comment when returning a programme</extracomment>
        <translation>To return it: what should the officer change?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the officer</source>
        <translation>Comment for the officer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return with comment</source>
        <extracomment>Sends a programme back to the officer with the supervisor&apos;s comment</extracomment>
        <translation>Return with comment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve</source>
        <extracomment>Approves the individual programme</extracomment>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a programme</source>
        <translation>Choose a programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its plan and your decision appear here.</source>
        <translation>Its plan and your decision appear here.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../pages/CaseloadPage.qml" line="+15"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search by name (Cyrillic or Latin)</source>
        <extracomment>Caseload search; names can be typed in Cyrillic or Latin letters</extracomment>
        <translation>Search by name (Cyrillic or Latin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters and sort</source>
        <extracomment>Shows or hides the caseload filters</extracomment>
        <translation>Filters and sort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort by name</source>
        <extracomment>Caseload sort order</extracomment>
        <translation>Sort by name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by next appearance</source>
        <extracomment>Caseload sort order: the next appearance due</extracomment>
        <translation>Sort by next appearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by who needs attention</source>
        <extracomment>Caseload sort order: who needs attention first (plain wording, not a risk score)</extracomment>
        <translation>Sort by who needs attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only overdue appearances</source>
        <extracomment>Caseload filter: only people with an overdue appearance</extracomment>
        <translation>Only overdue appearances</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 people</source>
        <extracomment>%1 people shown of %2 in the caseload</extracomment>
        <translation>%1 of %2 people</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No one in your caseload yet</source>
        <extracomment>Caseload with nobody in it</extracomment>
        <translation>No one in your caseload yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one matches</source>
        <extracomment>Caseload search or filters that match nobody</extracomment>
        <translation>No one matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People assigned to you, or referred to you, show here after the next sync.</source>
        <translation>People assigned to you, or referred to you, show here after the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, try the other alphabet, or clear the filters.</source>
        <translation>Check the spelling, try the other alphabet, or clear the filters.</translation>
    </message>
</context>
<context>
    <name>CaseloadRecords</name>
    <message>
        <location filename="../../app/models/caseloadrecords.cpp" line="+114"/>
        <source>Released, under supervision</source>
        <extracomment>Person category (plain, non-stigmatising wording)</extracomment>
        <translation>Released, under supervision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnee child</source>
        <translation>Returnee child</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woman, family support</source>
        <translation>Woman, family support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth prevention (voluntary)</source>
        <translation>Youth prevention (voluntary)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative, supporter</source>
        <translation>Relative, supporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance for registration (police)</source>
        <extracomment>PEC Art. 172 part 9: the appearance at the internal affairs body (police)</extracomment>
        <translation>Appearance for registration (police)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to the probation service</source>
        <translation>Report to the probation service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed appearance</source>
        <translation>Missed appearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measure overdue</source>
        <translation>Programme measure overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision order ending</source>
        <translation>Supervision order ending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral ending</source>
        <translation>Referral ending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress review due</source>
        <translation>Progress review due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concern noted in a session</source>
        <translation>Concern noted in a session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counsellor safety check</source>
        <translation>Counsellor safety check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other alert</source>
        <translation>Other alert</translation>
    </message>
</context>
<context>
    <name>CaseloadSnapshots</name>
    <message>
        <location filename="../../app/models/caseloadsnapshot.cpp" line="+106"/>
        <source>No appearance due</source>
        <translation>No appearance due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance overdue since %1</source>
        <translation>Appearance overdue since %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next appearance %1</source>
        <translation>Next appearance %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Needs attention now</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Needs attention now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up soon</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>Follow up soon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <extracomment>Caseload priority: plain wording of what to do, never a risk label</extracomment>
        <translation>On track</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../components/ChangePassphraseDialog.qml" line="+21"/>
        <location line="+86"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="+21"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Dialog button that closes without doing anything</extracomment>
        <translation>Cancel</translation>
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
        <translation>On this device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From another device</source>
        <translation>From another device</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which version should stay?</source>
        <translation>Which version should stay?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the version from this device</source>
        <translation>Keep the version from this device</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the version from the other device</source>
        <translation>Keep the version from the other device</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the server&apos;s version</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a merged text from both</source>
        <translation>Write a merged text from both</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The text to keep</source>
        <extracomment>Placeholder of the editor where both versions of a note are merged by hand</extracomment>
        <translation>The text to keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged text for %1</source>
        <translation>Merged text for %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save this choice</source>
        <translation>Save this choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the choice for %1</source>
        <extracomment>Screen reader: %1 is the field whose conflict is settled</extracomment>
        <translation>Save the choice for %1</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../pages/ConflictPage.qml" line="+15"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>These fields were changed on this device and on the server before they could sync. Both versions are kept until you choose; your choice is sent with the next sync.</source>
        <translation>These fields were changed on this device and on the server before they could sync. Both versions are kept until you choose; your choice is sent with the next sync.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing left to choose</source>
        <translation>Nothing left to choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every conflict of this record is settled. The choices are sent with the next sync.</source>
        <translation>Every conflict of this record is settled. The choices are sent with the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Sync</source>
        <translation>Back to Sync</translation>
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
        <translation>Conflict in %1 of %2: choose a version</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: changed here and on the server</source>
        <extracomment>%1 is a field name; both versions are kept until someone chooses</extracomment>
        <translation>%1: changed here and on the server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Here: %1 — Server: %2</source>
        <extracomment>Compact comparison: %1 this device&apos;s value, %2 the server&apos;s</extracomment>
        <translation>Here: %1 — Server: %2</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../app/models/conflicttext.cpp" line="+27"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conviction</source>
        <translation>Conviction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order suspension</source>
        <translation>Order suspension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order restriction</source>
        <translation>Order restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status change</source>
        <translation>Order status change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual programme</source>
        <translation>Individual programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme need</source>
        <translation>Programme need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme goal</source>
        <translation>Programme goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme measure</source>
        <translation>Programme measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling session</source>
        <translation>Counselling session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <translation>Progress review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information share</source>
        <translation>Information share</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for ending</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Supervisor&apos;s comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome reported</source>
        <translation>Outcome reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not possible</source>
        <translation>Why it was not possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>ended early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for approval</source>
        <translation>submitted for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer version</source>
        <translation>replaced by a newer version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not possible</source>
        <translation>not possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly achieved</source>
        <translation>partly achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engaged</source>
        <translation>engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly engaged</source>
        <translation>partly engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not engaged</source>
        <translation>not engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feedback</source>
        <translation>no feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred onward</source>
        <translation>referred onward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(empty)</source>
        <extracomment>A field that holds no value, in the conflict comparison</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another record</source>
        <extracomment>A record this device does not hold, named in a conflict</extracomment>
        <translation>another record</translation>
    </message>
</context>
<context>
    <name>Counsel</name>
    <message>
        <location filename="../../app/controllers/counselsupport.cpp" line="+141"/>
        <source>Your role may not %1 on this case.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Your role may not %1 on this case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this record meanwhile. The list is reloaded; please %1 again.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Someone changed this record meanwhile. The list is reloaded; please %1 again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is no longer possible to %1: its status has changed.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>It is no longer possible to %1: its status has changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is no longer on this device.</source>
        <translation>The record is no longer on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app is locked. Unlock it and try again.</source>
        <translation>The app is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: check the field &quot;%2&quot;.</source>
        <extracomment>%1 is an action; %2 is the name of a form field (technical)</extracomment>
        <translation>Could not %1: check the field &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the device&apos;s store refused the change. Nothing was saved.</source>
        <extracomment>%1 is an action, e.g. &quot;accept the referral&quot;</extracomment>
        <translation>Could not %1: the device&apos;s store refused the change. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <location filename="../components/DashboardCard.qml" line="+84"/>
        <source>Nothing to show for these filters.</source>
        <extracomment>A dashboard chart with no records for the chosen filters</extracomment>
        <translation>Nothing to show for these filters.</translation>
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
        <translation>People</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No case officer</source>
        <translation>No case officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unnamed officer</source>
        <translation>Unnamed officer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region unknown</source>
        <translation>Region unknown</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Police registration</source>
        <extracomment>Dashboard: the monthly appearance at the internal affairs body (Art. 172 p9)</extracomment>
        <translation>Police registration</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Probation report</source>
        <extracomment>Dashboard: the monthly report at the probation service (Art. 172 p9)</extracomment>
        <translation>Probation report</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Overdue</source>
        <extracomment>Dashboard series: overdue appearances or measures</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme measures</source>
        <extracomment>Dashboard: measures of the individual programmes past their due date</extracomment>
        <translation>Programme measures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No measures</source>
        <extracomment>Dashboard: a programme without measures</extracomment>
        <translation>No measures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None delivered</source>
        <extracomment>Dashboard: a programme none of whose measures is delivered yet</extracomment>
        <translation>None delivered</translation>
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
        <translation>All delivered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programmes</source>
        <extracomment>Dashboard series: individual programmes</extracomment>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referred</source>
        <extracomment>Dashboard series: referrals whose term started in the period</extracomment>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Dashboard series: referrals completed with the outcome reported</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended early</source>
        <extracomment>Dashboard series: referrals declined, revoked or expired</extracomment>
        <translation>Ended early</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open alerts</source>
        <extracomment>Dashboard series: alerts not resolved yet</extracomment>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent</source>
        <extracomment>Alert severity</extracomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <extracomment>Alert severity</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <extracomment>Alert severity</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviews</source>
        <extracomment>Dashboard series: progress reviews</extracomment>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due</source>
        <extracomment>Dashboard: programmes whose progress review is due</extracomment>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting sign-off</source>
        <extracomment>Dashboard: reviews written but not signed off by a supervisor</extracomment>
        <translation>Awaiting sign-off</translation>
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
        <translation>Nothing to show for these filters.</translation>
    </message>
</context>
<context>
    <name>DashboardDrillPanel</name>
    <message>
        <location filename="../components/DashboardDrillPanel.qml" line="+50"/>
        <source>Close the list</source>
        <extracomment>Closes the list of people behind a dashboard figure</extracomment>
        <translation>Close the list</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Figure: %1 · %n person(s)</source>
        <extracomment>Under the heading of a dashboard drill-down: %1 the figure (a number or a percentage), then how many people it concerns</extracomment>
        <translation>
            <numerusform>Figure: %1 · %n person</numerusform>
            <numerusform>Figure: %1 · %n persons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening a person is recorded in the audit log.</source>
        <extracomment>Why opening a person from the dashboard is not private</extracomment>
        <translation>Opening a person is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nobody to show</source>
        <extracomment>A dashboard figure of zero: nobody to list</extracomment>
        <translation>Nobody to show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No person in your scope is counted in this figure.</source>
        <translation>No person in your scope is counted in this figure.</translation>
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
        <translation>Opens the list of people</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../components/DashboardFilterBar.qml" line="+40"/>
        <source>Period</source>
        <extracomment>Dashboard filter: over which months the figures are counted</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case officer</source>
        <extracomment>Dashboard filter: the probation officer who owns the cases</extracomment>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../pages/DashboardPage.qml" line="+18"/>
        <source>Dashboard</source>
        <extracomment>Title of the supervisor&apos;s dashboard of figures and charts</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Caseload</source>
        <extracomment>Dashboard card: the people under supervision</extracomment>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people with an active case</source>
        <extracomment>Under the caseload figure of the dashboard</extracomment>
        <translation>people with an active case</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By officer</source>
        <extracomment>Dashboard: caseload grouped by case officer</extracomment>
        <translation>By officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By region</source>
        <extracomment>Dashboard: caseload grouped by region of residence</extracomment>
        <translation>By region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By category</source>
        <extracomment>Dashboard: caseload grouped by person category</extracomment>
        <translation>By category</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appearance compliance</source>
        <extracomment>Dashboard card: share of the monthly appearances (Art. 172 p9) that were attended</extracomment>
        <translation>Appearance compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of appearances attended; excused ones not counted. A figure opens who missed.</source>
        <translation>of appearances attended; excused ones not counted. A figure opens who missed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <extracomment>Dashboard card: appearances and programme measures past their date</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appearances and programme measures overdue today</source>
        <translation>appearances and programme measures overdue today</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme progress</source>
        <extracomment>Dashboard card: how much of each individual programme is delivered</extracomment>
        <translation>Programme progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes, by share of planned measures delivered</source>
        <translation>programmes, by share of planned measures delivered</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referrals by organisation</source>
        <extracomment>Dashboard card: referrals to organisations and how they ended</extracomment>
        <translation>Referrals by organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrals started in the period</source>
        <translation>referrals started in the period</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open alerts</source>
        <extracomment>Dashboard card: alerts not resolved yet, by severity</extracomment>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open or acknowledged, by severity</source>
        <translation>open or acknowledged, by severity</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress reviews</source>
        <extracomment>Dashboard card: progress reviews that are due or await a sign-off</extracomment>
        <translation>Progress reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes due for a review today. A person opens their review.</source>
        <translation>programmes due for a review today. A person opens their review.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="+41"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Date format hint: year-month-day</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Pick from a calendar: %1</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar; %1 the field&apos;s name</extracomment>
        <translation>Pick from a calendar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick from a calendar</source>
        <extracomment>Screen-reader name of the button beside a date field that opens a calendar</extracomment>
        <translation>Pick from a calendar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Calendar: %1</source>
        <extracomment>Screen-reader name of the calendar opened from a date field; %1 the field&apos;s name</extracomment>
        <translation>Calendar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous month</source>
        <extracomment>Calendar button: shows the month before</extracomment>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Next month</source>
        <extracomment>Calendar button: shows the month after</extracomment>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>From %1 to %2</source>
        <extracomment>Under the calendar: the days that may be chosen; %1 and %2 dates (YYYY-MM-DD)</extracomment>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <extracomment>Under the calendar: the earliest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until %1</source>
        <extracomment>Under the calendar: the latest day that may be chosen (YYYY-MM-DD)</extracomment>
        <translation>Until %1</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../pages/EnrolPage.qml" line="+12"/>
        <location line="+140"/>
        <source>Set up this device</source>
        <translation>Set up this device</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Qadam</source>
        <translation>Qadam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records are kept encrypted on this device and work without a connection. Your administrator gives you the server address and a one-time code.</source>
        <translation>Records are kept encrypted on this device and work without a connection. Your administrator gives you the server address and a one-time code.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For example https://qadam.example.kz</source>
        <translation>For example https://qadam.example.kz</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>One-time code</source>
        <extracomment>The enrolment code an administrator issues once per device</extracomment>
        <translation>One-time code</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>It works once and expires; ask for a new one if it was refused.</source>
        <translation>It works once and expires; ask for a new one if it was refused.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can recover a forgotten passphrase. After 10 wrong attempts the records on this device are erased.</source>
        <extracomment>Warning under the passphrase fields at enrolment</extracomment>
        <translation>Nobody can recover a forgotten passphrase. After 10 wrong attempts the records on this device are erased.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setting up</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting up this device and fetching your cases…</source>
        <translation>Setting up this device and fetching your cases…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../components/ErrorBanner.qml" line="+73"/>
        <source>Dismiss message</source>
        <extracomment>Closes an error or information message</extracomment>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../components/ExportButton.qml" line="+36"/>
        <source>Export case report (PDF)</source>
        <translation>Export case report (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export NGO activity (CSV)</source>
        <translation>Export NGO activity (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statistics (CSV)</source>
        <extracomment>De-identified statistics: counts only, small cells suppressed</extracomment>
        <translation>Export statistics (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
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
        <translation>Not available</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This screen is not available yet</source>
        <translation>This screen is not available yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will come with a later version of Qadam. Everything else keeps working.</source>
        <extracomment>Shown when a screen is missing from this version of the app</extracomment>
        <translation>It will come with a later version of Qadam. Everything else keeps working.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../components/PassphraseField.qml" line="+23"/>
        <source>Very weak</source>
        <extracomment>Passphrase strength, 0 of 4</extracomment>
        <translation>Very weak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <extracomment>Passphrase strength, 4 of 4</extracomment>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide</source>
        <extracomment>Button that shows the typed passphrase in clear text</extracomment>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide passphrase</source>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase strength: %1</source>
        <extracomment>%1 is a strength word like &quot;Weak&quot;</extracomment>
        <translation>Passphrase strength: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use four or more unrelated words; length matters more than symbols.</source>
        <extracomment>Advice under the passphrase strength meter</extracomment>
        <translation>Use four or more unrelated words; length matters more than symbols.</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <location filename="../../app/models/personlabels.cpp" line="+24"/>
        <source>Draft</source>
        <comment>programme status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <comment>programme status: submitted to the supervisor</comment>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>programme status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>programme status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>programme status</comment>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>programme status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>programme status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a newer version</source>
        <comment>programme status</comment>
        <translation>Replaced by a newer version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>goal status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly achieved</source>
        <comment>goal status</comment>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not achieved</source>
        <comment>goal status</comment>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>goal status</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <comment>measure status</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <comment>measure status</comment>
        <translation>Under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>measure status</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>measure status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible</source>
        <comment>measure status</comment>
        <translation>Not possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <comment>measure frequency</comment>
        <translation>Once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <comment>measure frequency</comment>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>measure frequency</comment>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>measure frequency</comment>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <comment>measure frequency</comment>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As needed</source>
        <comment>measure frequency</comment>
        <translation>As needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need</source>
        <comment>need severity</comment>
        <translation>No need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <comment>need severity</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <comment>need severity</comment>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>need severity</comment>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>need severity</comment>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High priority</source>
        <comment>need priority</comment>
        <translation>High priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium priority</source>
        <comment>need priority</comment>
        <translation>Medium priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low priority</source>
        <comment>need priority</comment>
        <translation>Low priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>referral status</comment>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>referral status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <comment>referral status</comment>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term ended</source>
        <comment>referral status</comment>
        <translation>Term ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part</source>
        <comment>referral outcome</comment>
        <translation>Takes part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes part in part</source>
        <comment>referral outcome</comment>
        <translation>Takes part in part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not take part</source>
        <comment>referral outcome</comment>
        <translation>Does not take part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback yet</source>
        <comment>referral outcome</comment>
        <translation>No feedback yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>referral outcome</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred onward</source>
        <comment>referral outcome</comment>
        <translation>Referred onward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance for registration (police)</source>
        <comment>check-in channel, DOMAIN glossary</comment>
        <translation>Appearance for registration (police)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the probation service</source>
        <comment>check-in channel</comment>
        <translation>Report to the probation service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <comment>appearance outcome</comment>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>appearance outcome</comment>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <comment>appearance outcome</comment>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face to face</source>
        <comment>session mode</comment>
        <translation>Face to face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <comment>session mode</comment>
        <translation>By phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <comment>session mode</comment>
        <translation>Video call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In writing</source>
        <comment>session mode</comment>
        <translation>In writing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session</source>
        <comment>session mode</comment>
        <translation>Group session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <comment>session engagement</comment>
        <translation>Engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <comment>session engagement</comment>
        <translation>Partly engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <comment>session engagement</comment>
        <translation>Disengaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined to take part</source>
        <comment>session engagement</comment>
        <translation>Declined to take part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No feedback</source>
        <comment>session engagement</comment>
        <translation>No feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary shared with probation</source>
        <comment>session confidentiality tier</comment>
        <translation>Summary shared with probation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling team only</source>
        <comment>session confidentiality tier</comment>
        <translation>Counselling team only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: author only</source>
        <comment>session confidentiality tier</comment>
        <translation>Sealed: author only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <comment>case status</comment>
        <translation>Open case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <comment>case status</comment>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed case</source>
        <comment>case status</comment>
        <translation>Closed case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <comment>supervision order status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <comment>supervision order status</comment>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <comment>supervision order status</comment>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <comment>supervision order status</comment>
        <translation>Extended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <comment>supervision order status</comment>
        <translation>Ended early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term over</source>
        <comment>supervision order status</comment>
        <translation>Term over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>alert status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <comment>alert status</comment>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>alert status</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improving</source>
        <comment>review trend</comment>
        <translation>Improving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <comment>review trend</comment>
        <translation>Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worsening</source>
        <comment>review trend</comment>
        <translation>Worsening</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>After release, under administrative supervision</source>
        <comment>person category</comment>
        <translation>After release, under administrative supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned from abroad</source>
        <comment>person category</comment>
        <translation>Returned from abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child of a returned family</source>
        <comment>person category</comment>
        <translation>Child of a returned family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and women&apos;s support</source>
        <comment>person category</comment>
        <translation>Family and women&apos;s support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person, voluntary support</source>
        <comment>person category</comment>
        <translation>Young person, voluntary support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative and supporter</source>
        <comment>person category</comment>
        <translation>Relative and supporter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <comment>person screen section</comment>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision and obligations</source>
        <comment>person screen section: court order of administrative supervision</comment>
        <translation>Supervision and obligations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearances</source>
        <comment>person screen section: appearance timeline</comment>
        <translation>Appearances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>person screen section: individual programme of social and legal assistance</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <comment>person screen section</comment>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <comment>person screen section: counselling sessions</comment>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <comment>person screen section: progress reviews</comment>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <comment>person screen section: audit trail</comment>
        <translation>History</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <comment>audit action</comment>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the case</source>
        <comment>audit action: someone read the case</comment>
        <translation>Opened the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <comment>audit action</comment>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <comment>audit action</comment>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <comment>record kind</comment>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision order</source>
        <comment>record kind</comment>
        <translation>Supervision order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <comment>record kind</comment>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <comment>record kind</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <comment>record kind</comment>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <comment>record kind</comment>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <comment>record kind</comment>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <comment>record kind</comment>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <comment>record kind</comment>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <comment>record kind</comment>
        <translation>Progress review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <comment>record kind</comment>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <comment>record kind</comment>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <comment>record kind</comment>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probation officer</source>
        <comment>staff role</comment>
        <translation>Probation officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police officer</source>
        <comment>staff role</comment>
        <translation>Police officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <comment>staff role</comment>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <comment>staff role</comment>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../pages/PersonPage.qml" line="+16"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Try again</source>
        <extracomment>Button that reads the case again after a failure</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Programme builder</source>
        <extracomment>Opens the guided builder of the individual programme of social and legal assistance</extracomment>
        <translation>Programme builder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>IIN %1</source>
        <extracomment>The person&apos;s IIN with all but the last four digits hidden</extracomment>
        <translation>IIN %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sections of the case</source>
        <translation>Sections of the case</translation>
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
        <translation>Entries of this section</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded here yet</source>
        <translation>Nothing recorded here yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries appear here as soon as they are recorded or synced.</source>
        <translation>Entries appear here as soon as they are recorded or synced.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading</source>
        <translation>Loading</translation>
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
        <translation>Progress %1%</translation>
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
        <translation>Individual programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assess needs</source>
        <extracomment>Step 1 of the programme builder</extracomment>
        <translation>Assess needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested goals</source>
        <extracomment>Step 2 of the programme builder: goals and measures the templates propose</extracomment>
        <translation>Suggested goals</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Goals and measures</source>
        <extracomment>Step 3 of the programme builder</extracomment>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+193"/>
        <source>Submit for approval</source>
        <extracomment>Step 4 of the programme builder</extracomment>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Step %1 of %2 · %3</source>
        <extracomment>%1 step number, %2 number of steps, %3 the step&apos;s title</extracomment>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No new programme now</source>
        <translation>No new programme now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the person</source>
        <extracomment>Goes back from the programme builder to the person</extracomment>
        <translation>Back to the person</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Need domains</source>
        <translation>Need domains</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every domain a severity. &quot;No need&quot; means you assessed it and found nothing to work on.</source>
        <translation>Give every domain a severity. &quot;No need&quot; means you assessed it and found nothing to work on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suggested goals and measures</source>
        <translation>Suggested goals and measures</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The programme as it will be sent</source>
        <translation>The programme as it will be sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 goals, %2 measures. The supervisor approves the programme or returns it with a comment.</source>
        <extracomment>%1 number of goals, %2 number of measures</extracomment>
        <translation>%1 goals, %2 measures. The supervisor approves the programme or returns it with a comment.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back</source>
        <extracomment>Goes to the previous step of the programme builder</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save and review</source>
        <translation>Save and review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ProgrammeNeedDelegate</name>
    <message>
        <location filename="../delegates/ProgrammeNeedDelegate.qml" line="+23"/>
        <source>Need: %1</source>
        <extracomment>Screen-reader name of a need row: %1 the need domain</extracomment>
        <translation>Need: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Severity of %1</source>
        <extracomment>Screen-reader name of the severity choice; %1 the need domain</extracomment>
        <translation>Severity of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you found, in a few words</source>
        <extracomment>Placeholder of the officer&apos;s assessment of one need</extracomment>
        <translation>What you found, in a few words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment of %1</source>
        <translation>Assessment of %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePlanItemDelegate</name>
    <message>
        <location filename="../delegates/ProgrammePlanItemDelegate.qml" line="+44"/>
        <source>Goal: %1</source>
        <extracomment>Screen-reader name of a goal row; %1 the goal</extracomment>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: %1</source>
        <extracomment>Screen-reader name of a measure row; %1 the kind of measure</extracomment>
        <translation>Measure: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add goal</source>
        <extracomment>Adds an empty goal under a need</extracomment>
        <translation>Add goal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a goal to %1</source>
        <translation>Add a goal to %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep goal: %1</source>
        <extracomment>Screen-reader name of the switch that keeps a suggested goal; %1 the goal</extracomment>
        <translation>Keep goal: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target: %1</source>
        <extracomment>A goal&apos;s target date</extracomment>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · due %2 · %3</source>
        <extracomment>A suggested measure: %1 its kind, %2 due date, %3 frequency</extracomment>
        <translation>%1 · due %2 · %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the person will have achieved</source>
        <extracomment>Placeholder of a goal&apos;s text</extracomment>
        <translation>What the person will have achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal text</source>
        <translation>Goal text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add measure</source>
        <extracomment>Adds a measure under a goal</extracomment>
        <translation>Add measure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a measure</source>
        <translation>Choose a measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of measure</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provider not in the directory</source>
        <extracomment>Shown in a measure&apos;s provider choice when the stored provider is not in the local directory</extracomment>
        <translation>Provider not in the directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider of the measure</source>
        <extracomment>Screen-reader name of the choice of who delivers a measure</extracomment>
        <translation>Provider of the measure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove measure %1</source>
        <extracomment>Removes a measure from the plan; %1 the kind of measure</extracomment>
        <translation>Remove measure %1</translation>
    </message>
</context>
<context>
    <name>Qadam</name>
    <message>
        <location filename="../../app/export/casereport.cpp" line="+43"/>
        <source>Person summary</source>
        <translation>Person summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrative supervision: order and obligations</source>
        <comment>DOMAIN glossary: administrative supervision</comment>
        <translation>Administrative supervision: order and obligations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances for registration at the internal affairs body</source>
        <comment>PEC Art. 172 part 9, channel 1</comment>
        <translation>Appearances for registration at the internal affairs body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances at the probation service</source>
        <comment>PEC Art. 172 part 9, channel 2</comment>
        <translation>Appearances at the probation service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual programme of social and legal assistance</source>
        <comment>DOMAIN glossary</comment>
        <translation>Individual programme of social and legal assistance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals and outcomes</source>
        <translation>Referrals and outcomes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counselling sessions (attendance only)</source>
        <translation>Counselling sessions (attendance only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress reviews</source>
        <translation>Progress reviews</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Court order of administrative supervision</source>
        <translation>Court order of administrative supervision</translation>
    </message>
</context>
<context>
    <name>Qadam::AppSession</name>
    <message>
        <location filename="../../app/session/appsession.cpp" line="+231"/>
        <source>Probation officer</source>
        <translation>Probation officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District police officer</source>
        <translation>District police officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sync is off: this device is not enrolled</source>
        <translation>Sync is off: this device is not enrolled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending changes…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving changes… %1%</source>
        <extracomment>%1 is a percentage of the records to receive</extracomment>
        <translation>Receiving changes… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving changes…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: will try again soon</source>
        <translation>Offline: will try again soon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some changes were refused: open Sync</source>
        <translation>Some changes were refused: open Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the app to keep syncing</source>
        <translation>Update the app to keep syncing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device: enrol it again</source>
        <translation>The server no longer accepts this device: enrol it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync needs attention</source>
        <translation>Sync needs attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline for too long: connect to sync</source>
        <translation>Offline for too long: connect to sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync paused while locked</source>
        <translation>Sync paused while locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
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
        <translation>Enter the server address you were given, starting with https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the one-time enrolment code you were given.</source>
        <translation>Enter the one-time enrolment code you were given.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+180"/>
        <source>Choose a longer passphrase: at least 14 characters, or 8 with capitals, digits and signs.</source>
        <translation>Choose a longer passphrase: at least 14 characters, or 8 with capitals, digits and signs.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Could not create the encrypted store on this device.</source>
        <translation>Could not create the encrypted store on this device.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The server did not accept this code: it may be mistyped, used or expired. Ask for a new one.</source>
        <translation>The server did not accept this code: it may be mistyped, used or expired. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version of the app is too old for the server. Update the app.</source>
        <translation>This version of the app is too old for the server. Update the app.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server address exactly as printed, including the part after #pin=.</source>
        <translation>Enter the server address exactly as printed, including the part after #pin=.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Check the address and the connection, then try again.</source>
        <translation>Could not reach the server. Check the address and the connection, then try again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+69"/>
        <source>Too many failed attempts: wait until the countdown ends.</source>
        <translation>Too many failed attempts: wait until the countdown ends.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The enrolment of this device did not finish. Enrol it again.</source>
        <translation>The enrolment of this device did not finish. Enrol it again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Too many failed attempts: the data on this device was erased. Enrol the device again.</source>
        <translation>Too many failed attempts: the data on this device was erased. Enrol the device again.</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Wrong passphrase. %n attempt(s) left before this device erases its data.</source>
        <translation>
            <numerusform>Wrong passphrase. %n attempt left before this device erases its data.</numerusform>
            <numerusform>Wrong passphrase. %n attempts left before this device erases its data.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store on this device could not be opened.</source>
        <translation>The store on this device could not be opened.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase could not be changed.</source>
        <translation>The passphrase could not be changed.</translation>
    </message>
    <message>
        <location filename="../../app/session/appsessionsync.cpp" line="+88"/>
        <source>This device was signed out by the server and its data erased.</source>
        <translation>This device was signed out by the server and its data erased.</translation>
    </message>
</context>
<context>
    <name>Qadam::AppearanceController</name>
    <message>
        <location filename="../../app/controllers/appearancecontroller.cpp" line="+111"/>
        <source>Illness, with a medical certificate</source>
        <translation>Illness, with a medical certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work trip</source>
        <translation>Work trip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family circumstances</source>
        <translation>Family circumstances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Say why the appearance is excused.</source>
        <translation>Say why the appearance is excused.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the new date of the appearance.</source>
        <translation>Choose the new date of the appearance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>This appearance is no longer due: it may have been recorded already.</source>
        <translation>This appearance is no longer due: it may have been recorded already.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Attendance recorded</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed appearance recorded</source>
        <translation>Missed appearance recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused; new date set</source>
        <translation>Excused; new date set</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appearances for registration are recorded by the internal affairs body (police).</source>
        <translation>Appearances for registration are recorded by the internal affairs body (police).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to the probation service are recorded by the probation service.</source>
        <translation>Reports to the probation service are recorded by the probation service.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This person is not in your caseload: you cannot record their appearance.</source>
        <translation>This person is not in your caseload: you cannot record their appearance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not record this appearance.</source>
        <translation>Your role may not record this appearance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of the appearance is in the future. Choose today or an earlier day.</source>
        <translation>The date of the appearance is in the future. Choose today or an earlier day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appearance can be recorded as missed only after its period has ended.</source>
        <translation>An appearance can be recorded as missed only after its period has ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new date after the due date.</source>
        <translation>Choose a new date after the due date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervision order was not in force on that day.</source>
        <translation>The supervision order was not in force on that day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be recorded: the details are not valid.</source>
        <translation>The appearance could not be recorded: the details are not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record changed meanwhile. Check the appearance and try again.</source>
        <translation>The record changed meanwhile. Check the appearance and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appearance could not be saved. Try again.</source>
        <translation>The appearance could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseReportPdf</name>
    <message>
        <location filename="../../app/export/casereportpdf.cpp" line="+91"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not included: your role may not export this part of the case.</source>
        <translation>Not included: your role may not export this part of the case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PROBATION SERVICE · ADMINISTRATIVE SUPERVISION</source>
        <comment>DOMAIN glossary; printed in capitals</comment>
        <translation>PROBATION SERVICE · ADMINISTRATIVE SUPERVISION</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location line="+36"/>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Person under administrative supervision (Penal Enforcement Code, Art. 172)</source>
        <comment>DOMAIN glossary</comment>
        <translation>Person under administrative supervision (Penal Enforcement Code, Art. 172)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names withheld: your role may not export them</source>
        <translation>Names withheld: your role may not export them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report is redacted for the role of the person who prepared it: parts and fields that role may not export are left out. Counselling notes are never part of a report.</source>
        <translation>This report is redacted for the role of the person who prepared it: parts and fields that role may not export are left out. Counselling notes are never part of a report.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ref. %1</source>
        <comment>case reference</comment>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOR OFFICIAL USE</source>
        <comment>printed in capitals</comment>
        <translation>FOR OFFICIAL USE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported by %1 (%2) on %3</source>
        <comment>footer of every page: user, role, date and time</comment>
        <translation>Exported by %1 (%2) on %3</translation>
    </message>
</context>
<context>
    <name>Qadam::CaseloadModel</name>
    <message>
        <location filename="../../app/models/caseloadmodel.cpp" line="+233"/>
        <source>The caseload could not be loaded. Try again.</source>
        <translation>The caseload could not be loaded. Try again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The search could not be run. Try again.</source>
        <translation>The search could not be run. Try again.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictController</name>
    <message>
        <location filename="../../app/controllers/conflictcontroller.cpp" line="+22"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>The store is locked: unlock the app and try again.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This conflict was already settled or is no longer on this device.</source>
        <translation>This conflict was already settled or is no longer on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change this field, so the conflict stays for someone who may.</source>
        <translation>Your role may not change this field, so the conflict stays for someone who may.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the merged text, or keep one of the two versions.</source>
        <translation>Write the merged text, or keep one of the two versions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which version to keep.</source>
        <translation>Choose which version to keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen value is not valid for this field. Edit the merged text or keep the other version.</source>
        <translation>The chosen value is not valid for this field. Edit the merged text or keep the other version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record changed meanwhile. Look at both versions again and choose.</source>
        <translation>The record changed meanwhile. Look at both versions again and choose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s state does not allow this value any more.</source>
        <translation>The record&apos;s state does not allow this value any more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The choice could not be saved on this device. Try again.</source>
        <translation>The choice could not be saved on this device. Try again.</translation>
    </message>
</context>
<context>
    <name>Qadam::ConflictModel</name>
    <message>
        <location filename="../../app/models/conflictmodel.cpp" line="+90"/>
        <source>Conflicts could not be read from this device&apos;s store.</source>
        <translation>Conflicts could not be read from this device&apos;s store.</translation>
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
        <translation>This dashboard has no figure called &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardData</name>
    <message>
        <location filename="../../app/models/dashboarddata.cpp" line="+75"/>
        <source>The figures could not be read from this device&apos;s store. Try again; if it keeps failing, sync and reopen the app.</source>
        <extracomment>The supervisor&apos;s dashboard could not compute its figures</extracomment>
        <translation>The figures could not be read from this device&apos;s store. Try again; if it keeps failing, sync and reopen the app.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardDrillModel</name>
    <message>
        <location filename="../../app/models/dashboarddrillmodel.cpp" line="+113"/>
        <source>The people behind this figure could not be read from this device&apos;s store.</source>
        <extracomment>The list of people behind a dashboard figure could not be read</extracomment>
        <translation>The people behind this figure could not be read from this device&apos;s store.</translation>
    </message>
</context>
<context>
    <name>Qadam::DashboardFilters</name>
    <message>
        <location filename="../../app/models/dashboardfilters.cpp" line="+62"/>
        <location line="+107"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <location line="-65"/>
        <location line="+16"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
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
        <translation>The filter choices could not be read from this device&apos;s store.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unnamed officer</source>
        <translation>Unnamed officer</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportCli</name>
    <message>
        <location filename="../../app/export/exportcli.cpp" line="+77"/>
        <source>say what to export: case-pdf, statistics or ngo-activity (see --help)</source>
        <translation>say what to export: case-pdf, statistics or ngo-activity (see --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--person ID is required</source>
        <translation>--person ID is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to must be dates (YYYY-MM-DD), the first not after the last</source>
        <translation>--from and --to must be dates (YYYY-MM-DD), the first not after the last</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--period must be month, quarter or year</source>
        <translation>--period must be month, quarter or year</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>--lang must be kk, ru or en</source>
        <translation>--lang must be kk, ru or en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no enrolled device in %1</source>
        <translation>there is no enrolled device in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed attempts: try again in %1 s</source>
        <translation>too many failed attempts: try again in %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no passphrase: give --passphrase-file FILE or one line on stdin</source>
        <translation>no passphrase: give --passphrase-file FILE or one line on stdin</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportController</name>
    <message>
        <location filename="../../app/controllers/exportcontroller.cpp" line="+58"/>
        <source>Saved %1: %2 rows, %3 small cells suppressed.</source>
        <extracomment>%1 the file, %2 data rows, %3 cells hidden because they count fewer than five people or events</extracomment>
        <translation>Saved %1: %2 rows, %3 small cells suppressed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1: %2 rows.</source>
        <extracomment>%1 the file, %2 data rows</extracomment>
        <translation>Saved %1: %2 rows.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Case report saved: %1</source>
        <translation>Case report saved: %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ExportMessages</name>
    <message>
        <location filename="../../app/export/exportmessages.cpp" line="+26"/>
        <source>Your role may not export this. Nothing was saved.</source>
        <translation>Your role may not export this. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case cannot be exported: %1. Nothing was saved.</source>
        <comment>%1 is the access policy&apos;s reason</comment>
        <translation>This case cannot be exported: %1. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is outside your scope, so it cannot be exported. Nothing was saved.</source>
        <translation>This case is outside your scope, so it cannot be exported. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case is not on this device. Nothing was saved.</source>
        <translation>This case is not on this device. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the period: both dates are needed and the first must not be after the last.</source>
        <translation>Check the period: both dates are needed and the first must not be after the last.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the app first.</source>
        <translation>Unlock the app first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written. Choose another place and try again. Nothing was saved.</source>
        <translation>The file could not be written. Choose another place and try again. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export is turned off on this device. It can be turned on in Settings.</source>
        <translation>Export is turned off on this device. It can be turned on in Settings.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonModel</name>
    <message>
        <location filename="../../app/models/personmodel.cpp" line="+48"/>
        <location line="+16"/>
        <source>This case could not be read. Try again in a moment.</source>
        <translation>This case could not be read. Try again in a moment.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You do not have access to this case.</source>
        <translation>You do not have access to this case.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening this case could not be recorded, so it is not shown. Try again.</source>
        <translation>Opening this case could not be recorded, so it is not shown. Try again.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSectionModel</name>
    <message>
        <location filename="../../app/models/personsectionmodel.cpp" line="+123"/>
        <source>You do not have access to this case.</source>
        <translation>You do not have access to this case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This section could not be read. Try again in a moment.</source>
        <translation>This section could not be read. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Qadam::PersonSections</name>
    <message>
        <location filename="../../app/models/personsections.cpp" line="+55"/>
        <source>from %1</source>
        <comment>open-ended period</comment>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <comment>individual identification number, shown masked</comment>
        <translation>IIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of residence</source>
        <translation>Region of residence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Court order %1</source>
        <comment>administrative supervision; %1 is the decision number</comment>
        <translation>Court order %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>preventive conversation held</source>
        <comment>DOMAIN glossary: preventive conversation</comment>
        <translation>preventive conversation held</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Supervision suspended</source>
        <translation>Supervision suspended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision resumed</source>
        <translation>Supervision resumed</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>due %1</source>
        <comment>a measure&apos;s due date</comment>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Individual programme, version %1</source>
        <comment>DOMAIN glossary: individual programme of social and legal assistance</comment>
        <translation>Individual programme, version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drafted by %1</source>
        <translation>drafted by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>target %1</source>
        <comment>a goal&apos;s target date</comment>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 min</source>
        <comment>session duration in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review of %1</source>
        <comment>progress review; %1 is a period</comment>
        <translation>Review of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed off yet</source>
        <translation>Not signed off yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed off by %1</source>
        <translation>Signed off by %1</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalController</name>
    <message>
        <location filename="../../app/controllers/programmeapprovalcontroller.cpp" line="+18"/>
        <source>Programme approved.</source>
        <translation>Programme approved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme returned to the officer with your comment.</source>
        <translation>Programme returned to the officer with your comment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You drafted this programme, so another supervisor must approve it.</source>
        <translation>You drafted this programme, so another supervisor must approve it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not decide on this programme.</source>
        <translation>Your role may not decide on this programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment that tells the officer what to change.</source>
        <translation>Write a comment that tells the officer what to change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded: some entries are not valid.</source>
        <translation>The decision could not be recorded: some entries are not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer awaiting approval.</source>
        <translation>This programme is no longer awaiting approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again.</source>
        <translation>Someone changed this programme meanwhile. Open it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme is no longer on this device.</source>
        <translation>This programme is no longer on this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision could not be recorded. Try again in a moment.</source>
        <translation>The decision could not be recorded. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeApprovalsModel</name>
    <message>
        <location filename="../../app/models/programmeapprovalsmodel.cpp" line="+68"/>
        <source>You drafted this programme, so another supervisor approves it.</source>
        <translation>You drafted this programme, so another supervisor approves it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not approve programmes.</source>
        <translation>Your role may not approve programmes.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The programmes awaiting approval could not be read. Try again in a moment.</source>
        <translation>The programmes awaiting approval could not be read. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeBuilderController</name>
    <message>
        <location filename="../../app/controllers/programmebuildercontroller.cpp" line="+37"/>
        <source>goal text</source>
        <translation>goal text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target date</source>
        <translation>target date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind of measure</source>
        <translation>kind of measure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frequency</source>
        <translation>frequency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Keep at least one goal, or go back and assess a need above &quot;No need&quot;.</source>
        <translation>Keep at least one goal, or go back and assess a need above &quot;No need&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme sent to the supervisor for approval.</source>
        <translation>Programme sent to the supervisor for approval.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Enter the target date as year-month-day, for example 2026-09-30.</source>
        <translation>Enter the target date as year-month-day, for example 2026-09-30.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the due date as year-month-day, for example 2026-09-30.</source>
        <translation>Enter the due date as year-month-day, for example 2026-09-30.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your role may not draft or submit programmes for this person.</source>
        <translation>Your role may not draft or submit programmes for this person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme can no longer be changed: it has been submitted or approved. Revise it instead.</source>
        <translation>The programme can no longer be changed: it has been submitted or approved. Revise it instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>This person already has a programme in progress. Revise it to change the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone changed this programme meanwhile. Open it again and repeat your change.</source>
        <translation>Someone changed this programme meanwhile. Open it again and repeat your change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme could not be saved. Try again in a moment.</source>
        <translation>The programme could not be saved. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess at least one need above &quot;No need&quot; and give it a goal with a measure before submitting.</source>
        <translation>Assess at least one need above &quot;No need&quot; and give it a goal with a measure before submitting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no programme template for this person&apos;s category.</source>
        <translation>There is no programme template for this person&apos;s category.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries are missing or not valid. Check the plan and try again.</source>
        <translation>Some entries are missing or not valid. Check the plan and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goal %1</source>
        <translation>goal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure %1</source>
        <translation>measure %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the %2 is missing or not valid.</source>
        <comment>%1 names the place in the plan, %2 the field</comment>
        <translation>%1: the %2 is missing or not valid.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProgrammeDrafts</name>
    <message>
        <location filename="../../app/controllers/programmedraft.cpp" line="+101"/>
        <source>This person&apos;s programme is awaiting the supervisor&apos;s approval.</source>
        <translation>This person&apos;s programme is awaiting the supervisor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already has a programme in progress. Revise it to change the plan.</source>
        <translation>This person already has a programme in progress. Revise it to change the plan.</translation>
    </message>
</context>
<context>
    <name>Qadam::ProviderChoiceModel</name>
    <message>
        <location filename="../../app/models/providerchoicemodel.cpp" line="+30"/>
        <source>No provider yet</source>
        <extracomment>The first choice of a measure&apos;s provider: none chosen yet</extracomment>
        <translation>No provider yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (usual provider)</source>
        <extracomment>A provider of the kind that usually delivers this measure; %1 its name</extracomment>
        <translation>%1 (usual provider)</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralController</name>
    <message>
        <location filename="../../app/controllers/referralcontroller.cpp" line="+28"/>
        <source>Consent to a referral</source>
        <translation>Consent to a referral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to counselling</source>
        <translation>Consent to counselling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to voluntary prevention work</source>
        <extracomment>consent of the voluntary youth prevention track</extracomment>
        <translation>Consent to voluntary prevention work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written, signed by the person</source>
        <translation>Written, signed by the person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral, recorded by the officer</source>
        <translation>Oral, recorded by the officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by a legal representative</source>
        <translation>Given by a legal representative</translation>
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
        <translation>%1 · due %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the person&apos;s recorded consent first: a referral is never sent without it.</source>
        <translation>Choose the person&apos;s recorded consent first: a referral is never sent without it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the counsellor the person is referred to.</source>
        <translation>Choose the counsellor the person is referred to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for the referral: it is the only case detail the provider sees.</source>
        <translation>Write the reason for the referral: it is the only case detail the provider sees.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the referral&apos;s term: a start and an end date (YYYY-MM-DD).</source>
        <translation>Give the referral&apos;s term: a start and an end date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The term cannot end before it starts.</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose how the person gave consent.</source>
        <translation>Choose how the person gave consent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the consent</source>
        <translation>record the consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Referral sent. The provider will see it in their inbox after the next sync.</source>
        <translation>Referral sent. The provider will see it in their inbox after the next sync.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen consent does not cover this referral (withdrawn, not given yet, or for another purpose). Record the person&apos;s consent first.</source>
        <translation>The chosen consent does not cover this referral (withdrawn, not given yet, or for another purpose). Record the person&apos;s consent first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen measure is no longer open. Choose another measure or none.</source>
        <translation>The chosen measure is no longer open. Choose another measure or none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen provider is not a counsellor.</source>
        <translation>The chosen provider is not a counsellor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send the referral</source>
        <translation>send the referral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept the referral</source>
        <translation>accept the referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral accepted.</source>
        <translation>Referral accepted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why you decline the referral: probation needs it to refer the person elsewhere.</source>
        <translation>Say why you decline the referral: probation needs it to refer the person elsewhere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decline the referral</source>
        <translation>decline the referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral declined.</source>
        <translation>Referral declined.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the work</source>
        <translation>start the work</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work on the referral started.</source>
        <translation>Work on the referral started.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the outcome to report to probation.</source>
        <translation>Choose the outcome to report to probation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>complete the referral</source>
        <translation>complete the referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral completed.</source>
        <translation>Referral completed.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReferralModel</name>
    <message numerus="yes">
        <location filename="../../app/models/referralmodel.cpp" line="+57"/>
        <source>%1 · %n session(s) attended</source>
        <extracomment>%1 is an outcome (&quot;Engaged&quot;); %n the number of sessions the person attended</extracomment>
        <translation>
            <numerusform>%1 · %n session attended</numerusform>
            <numerusform>%1 · %n sessions attended</numerusform>
        </translation>
    </message>
    <message>
        <location line="+177"/>
        <source>load the referrals</source>
        <translation>load the referrals</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Awaiting the provider</source>
        <extracomment>referral status: probation sent it, the provider has not answered yet</extracomment>
        <translation>Awaiting the provider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <extracomment>referral status: the provider is working with the person</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by probation</source>
        <translation>Withdrawn by probation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term ended</source>
        <translation>Term ended</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Engaged</source>
        <translation>Engaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly engaged</source>
        <translation>Partly engaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not engaged</source>
        <translation>Not engaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback</source>
        <extracomment>a valid outcome: the person gave no feedback</extracomment>
        <translation>No feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme completed</source>
        <translation>Programme completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesController</name>
    <message>
        <location filename="../../app/controllers/rejectedchangescontroller.cpp" line="+23"/>
        <source>The change could not be sent again. Check the values and try again.</source>
        <translation>The change could not be sent again. Check the values and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store is locked: unlock the app and try again.</source>
        <translation>The store is locked: unlock the app and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This change is no longer waiting for attention.</source>
        <translation>This change is no longer waiting for attention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later changes on this device depend on this one. Settle them first.</source>
        <translation>Later changes on this device depend on this one. Settle them first.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The change could not be discarded on this device. Try again.</source>
        <translation>The change could not be discarded on this device. Try again.</translation>
    </message>
</context>
<context>
    <name>Qadam::RejectedChangesModel</name>
    <message>
        <location filename="../../app/models/rejectedchangesmodel.cpp" line="+20"/>
        <source>Added: %1</source>
        <extracomment>What a refused change tried to do; %1 is a record kind, e.g. &quot;Appearance&quot;</extracomment>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step “%2”</source>
        <extracomment>%1 is a record kind, %2 a workflow step such as &quot;approve&quot;</extracomment>
        <translation>%1: step “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: copy sent again after the server was restored</source>
        <translation>%1: copy sent again after the server was restored</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed “%1” to “%2”</source>
        <extracomment>%1 is a field name, %2 the value the person entered</extracomment>
        <translation>Changed “%1” to “%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed %1</source>
        <extracomment>%1 is a list of field names</extracomment>
        <translation>Changed %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Refused changes could not be read from this device&apos;s store.</source>
        <translation>Refused changes could not be read from this device&apos;s store.</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewController</name>
    <message>
        <location filename="../../app/controllers/reviewcontroller.cpp" line="+240"/>
        <source>A review already covers the period up to today.</source>
        <translation>A review already covers the period up to today.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>compute the indicators</source>
        <translation>compute the indicators</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>▲ better than last time (%1)</source>
        <extracomment>trend of a review indicator against the previous review; %1 the previous value</extracomment>
        <translation>▲ better than last time (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▼ worse than last time (%1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>▼ worse than last time (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= as last time</source>
        <translation>= as last time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed (was %1)</source>
        <extracomment>%1 the previous value</extracomment>
        <translation>changed (was %1)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Last review: %1 — %2</source>
        <extracomment>the rating a need domain had in the previous review: %1 the number, %2 its meaning</extracomment>
        <translation>Last review: %1 — %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You drafted this person&apos;s programme, so you cannot sign off its review: another supervisor signs it off.</source>
        <translation>You drafted this person&apos;s programme, so you cannot sign off its review: another supervisor signs it off.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trend compared with the review of %1 – %2.</source>
        <extracomment>%1 – %2 the period of the previous progress review</extracomment>
        <translation>Trend compared with the review of %1 – %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first review: there is no trend yet.</source>
        <translation>This is the first review: there is no trend yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A review covers a period that has ended: choose an end no later than today.</source>
        <translation>A review covers a period that has ended: choose an end no later than today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
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
        <translation>Enter the period as two dates, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The review form is still loading.</source>
        <translation>The review form is still loading.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rating for &quot;%1&quot;.</source>
        <extracomment>%1 is a need domain, e.g. &quot;Housing&quot;</extracomment>
        <translation>Choose a rating for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rationale for &quot;%1&quot;: at least %2 characters.</source>
        <extracomment>%1 is a need domain; %2 the minimum number of characters</extracomment>
        <translation>Write the rationale for &quot;%1&quot;: at least %2 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a value for &quot;%1&quot;.</source>
        <extracomment>%1 is an outcome, e.g. &quot;Employment&quot;</extracomment>
        <translation>Choose a value for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The review is recorded. Sign it off and schedule the next review.</source>
        <translation>The review is recorded. Sign it off and schedule the next review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review is recorded. A supervisor signs it off.</source>
        <translation>The review is recorded. A supervisor signs it off.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the date of the next review as YYYY-MM-DD.</source>
        <translation>Enter the date of the next review as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review signed off. The next review is due on %1.</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Review signed off. The next review is due on %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You drafted the programme under review, so you cannot sign this review off: another supervisor signs it off.</source>
        <translation>You drafted the programme under review, so you cannot sign this review off: another supervisor signs it off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next review must be after today.</source>
        <translation>The next review must be after today.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Another review already covers part of this period.</source>
        <translation>Another review already covers part of this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress reviews are written by probation officers and supervisors.</source>
        <translation>Progress reviews are written by probation officers and supervisors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every need domain of the programme needs a rating and a written rationale.</source>
        <translation>Every need domain of the programme needs a rating and a written rationale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the review</source>
        <translation>record the review</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a supervisor signs a review off.</source>
        <translation>Only a supervisor signs a review off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This review is already signed off.</source>
        <translation>This review is already signed off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign the review off</source>
        <translation>sign the review off</translation>
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
        <translation>Signed off by %1 on %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next review due on %1</source>
        <extracomment>%1 the date the next progress review is due</extracomment>
        <translation>Next review due on %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+26"/>
        <source>load the reviews</source>
        <translation>load the reviews</translation>
    </message>
</context>
<context>
    <name>Qadam::ReviewsDueModel</name>
    <message>
        <location filename="../../app/models/reviewsduemodel.cpp" line="+31"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due since %1</source>
        <translation>Due since %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last signed review up to %1</source>
        <extracomment>%1 the last day of the period the last signed progress review covered</extracomment>
        <translation>Last signed review up to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signed review yet</source>
        <translation>No signed review yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>load the reviews due</source>
        <translation>load the reviews due</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="+130"/>
        <source>Referral %1 – %2</source>
        <translation>Referral %1 – %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Probation sees that the session took place: date, mode, duration, engagement. Notes and observations stay with the counselling team.</source>
        <translation>Probation sees that the session took place: date, mode, duration, engagement. Notes and observations stay with the counselling team.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the counselling team of this referral reads the notes and observations. Probation sees nothing of this session.</source>
        <translation>Only the counselling team of this referral reads the notes and observations. Probation sees nothing of this session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only you read the notes and observations. Your team sees that the session took place.</source>
        <translation>Only you read the notes and observations. Your team sees that the session took place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet: choose who may read this session before saving.</source>
        <translation>Not chosen yet: choose who may read this session before saving.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the referral this session belongs to.</source>
        <translation>Choose the referral this session belongs to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the session (YYYY-MM-DD).</source>
        <translation>Give the date of the session (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the session took place (face to face, phone…).</source>
        <translation>Choose how the session took place (face to face, phone…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who may read this session (the confidentiality tier) before saving.</source>
        <translation>Choose who may read this session (the confidentiality tier) before saving.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the duration in whole minutes.</source>
        <translation>Give the duration in whole minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why you judged the person&apos;s state as &quot;%1&quot;.</source>
        <extracomment>%1 is a stability judgement, e.g. &quot;Fluctuating&quot;</extracomment>
        <translation>Say why you judged the person&apos;s state as &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each request needs what the person asked for and its outcome.</source>
        <translation>Each request needs what the person asked for and its outcome.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the session to correct.</source>
        <translation>Choose the session to correct.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Session saved.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your supervisor was alerted; the alert carries no notes.</source>
        <translation>Your supervisor was alerted; the alert carries no notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider an onward referral for a psychiatric assessment (an observation, not a diagnosis).</source>
        <translation>Consider an onward referral for a psychiatric assessment (an observation, not a diagnosis).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session date must lie inside the referral&apos;s term and not in the future.</source>
        <translation>The session date must lie inside the referral&apos;s term and not in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next session cannot be before this one.</source>
        <translation>The next session cannot be before this one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration must be between 1 and 1440 minutes.</source>
        <translation>The duration must be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request needs what the person asked for (at most 1000 characters) and its outcome.</source>
        <translation>Each request needs what the person asked for (at most 1000 characters) and its outcome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can log sessions only on a referral to you that you accepted, within its term.</source>
        <translation>You can log sessions only on a referral to you that you accepted, within its term.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the session</source>
        <translation>save the session</translation>
    </message>
</context>
<context>
    <name>Qadam::SessionModel</name>
    <message>
        <location filename="../../app/models/sessionmodel.cpp" line="+35"/>
        <source>load the sessions</source>
        <translation>load the sessions</translation>
    </message>
</context>
<context>
    <name>Qadam::SyncController</name>
    <message>
        <location filename="../../app/controllers/synccontroller.cpp" line="+143"/>
        <source>never</source>
        <extracomment>Last sync: this device has never synced</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This app is too old for the server: update it. Your changes are kept on this device until then.</source>
        <translation>This app is too old for the server: update it. Your changes are kept on this device until then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device. Ask your administrator; your changes stay on this device.</source>
        <translation>The server no longer accepts this device. Ask your administrator; your changes stay on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your offline lease has ended: connect to the internet and sync to keep working.</source>
        <translation>Your offline lease has ended: connect to the internet and sync to keep working.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your offline lease ends in %n hour(s): connect to keep working.</source>
        <translation>
            <numerusform>Your offline lease ends in %n hour: connect to keep working.</numerusform>
            <numerusform>Your offline lease ends in %n hours: connect to keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server refused %n change(s). Look at each below and discard it once you have noted it.</source>
        <translation>
            <numerusform>The server refused %n change. Look at each below and discard it once you have noted it.</numerusform>
            <numerusform>The server refused %n changes. Look at each below and discard it once you have noted it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n field(s) were changed here and on the server. Choose which version to keep.</source>
        <translation>
            <numerusform>%n field were changed here and on the server. Choose which version to keep.</numerusform>
            <numerusform>%n fields were changed here and on the server. Choose which version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Qadam tries again by itself; your changes are safe on this device.</source>
        <translation>The server cannot be reached. Qadam tries again by itself; your changes are safe on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync needs your attention.</source>
        <translation>Sync needs your attention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is paused while the app is locked.</source>
        <translation>Sync is paused while the app is locked.</translation>
    </message>
</context>
<context>
    <name>Qadam::TodayModel</name>
    <message>
        <location filename="../../app/models/todaymodel.cpp" line="+126"/>
        <source>Today&apos;s list could not be loaded. Try again.</source>
        <translation>Today&apos;s list could not be loaded. Try again.</translation>
    </message>
</context>
<context>
    <name>RecordAppearancePage</name>
    <message>
        <location filename="../pages/RecordAppearancePage.qml" line="+28"/>
        <source>Record an appearance</source>
        <translation>Record an appearance</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No appearance to record now</source>
        <extracomment>Record page when the person has nothing to record now</extracomment>
        <translation>No appearance to record now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person has no appearance due or open at the moment.</source>
        <translation>This person has no appearance due or open at the moment.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Outcome</source>
        <extracomment>Heading above the choice attended / missed / excused</extracomment>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missed</source>
        <extracomment>Outcome: the person did not come and had no valid reason</extracomment>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Excused, with a new date</source>
        <extracomment>Outcome: the person could not come for a valid reason; a new date is set</extracomment>
        <translation>Excused, with a new date</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Date of the appearance</source>
        <extracomment>Date field; the format hint follows in the placeholder</extracomment>
        <translation>Date of the appearance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was done (optional)</source>
        <translation>What was done (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example: called, visited the home, set a new date</source>
        <extracomment>Placeholder of the follow-up note of a missed appearance</extracomment>
        <translation>For example: called, visited the home, set a new date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Describe the reason</source>
        <translation>Describe the reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New date of the appearance</source>
        <translation>New date of the appearance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <extracomment>Saves the appearance&apos;s outcome</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the outcome</source>
        <translation>Record the outcome</translation>
    </message>
</context>
<context>
    <name>ReferralDecisionDialog</name>
    <message>
        <location filename="../pages/ReferralDecisionDialog.qml" line="+32"/>
        <source>Decline the referral</source>
        <translation>Decline the referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the referral</source>
        <translation>Complete the referral</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Why you decline</source>
        <translation>Why you decline</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Probation reads this to refer the person elsewhere.</source>
        <translation>Probation reads this to refer the person elsewhere.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Outcome for probation</source>
        <translation>Outcome for probation</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Only this outcome goes back to probation; your notes stay with you.</source>
        <translation>Only this outcome goes back to probation; your notes stay with you.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Sessions attended</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person completed the programme with us</source>
        <translation>The person completed the programme with us</translation>
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
        <translation>Term: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outcome: %1</source>
        <extracomment>%1 the provider&apos;s minimal outcome, e.g. &quot;Engaged · 5 sessions attended&quot;</extracomment>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the referral of %1</source>
        <extracomment>%1 is the person&apos;s name</extracomment>
        <translation>Accept the referral of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the referral of %1</source>
        <translation>Decline the referral of %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start work</source>
        <extracomment>starts the work on an accepted referral</extracomment>
        <translation>Start work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start work on the referral of %1</source>
        <translation>Start work on the referral of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session log</source>
        <translation>Session log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the session log of %1</source>
        <translation>Open the session log of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the referral of %1</source>
        <translation>Complete the referral of %1</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../pages/ReferralForm.qml" line="+31"/>
        <source>1. The person&apos;s consent</source>
        <extracomment>step 1 of sending a referral</extracomment>
        <translation>1. The person&apos;s consent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A referral shares the person&apos;s case with a provider. It needs the person&apos;s recorded consent.</source>
        <translation>A referral shares the person&apos;s case with a provider. It needs the person&apos;s recorded consent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Recorded consent</source>
        <translation>Recorded consent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No consent to a referral is recorded for this person. Ask the person, then record the consent here.</source>
        <translation>No consent to a referral is recorded for this person. Ask the person, then record the consent here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>How the person gave consent</source>
        <translation>How the person gave consent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record consent given today</source>
        <translation>Record consent given today</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>2. The referral</source>
        <extracomment>step 2 of sending a referral</extracomment>
        <translation>2. The referral</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Refer to</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose a counsellor…</source>
        <translation>Choose a counsellor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Programme measure it delivers</source>
        <translation>Programme measure it delivers</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Optional. Completing the referral can mark the measure delivered.</source>
        <translation>Optional. Completing the referral can mark the measure delivered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The only case detail the provider sees. Keep it short and factual.</source>
        <translation>The only case detail the provider sees. Keep it short and factual.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term starts (YYYY-MM-DD)</source>
        <translation>Term starts (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term starts</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Term ends (YYYY-MM-DD)</source>
        <translation>Term ends (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send referral</source>
        <translation>Send referral</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../pages/ReferralsPage.qml" line="+21"/>
        <source>Referrals to me</source>
        <translation>Referrals to me</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Referred to me · %n people</source>
        <extracomment>%1 number of people with an active referral to the counsellor</extracomment>
        <translation>
            <numerusform>Referred to me · %n people</numerusform>
            <numerusform>Referred to me · %n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No referrals to you</source>
        <translation>No referrals to you</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No referrals yet</source>
        <translation>No referrals yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When probation refers a person to you, the referral shows here to accept or decline.</source>
        <translation>When probation refers a person to you, the referral shows here to accept or decline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals to counsellors and organisations show here with their outcome.</source>
        <translation>Referrals to counsellors and organisations show here with their outcome.</translation>
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
        <translation>Made %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send again</source>
        <extracomment>Sends a change the server refused once more, as it was made</extracomment>
        <translation>Send again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send refused change again: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Send refused change again: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard refused change: %1</source>
        <extracomment>Screen reader: %1 is what the refused change did</extracomment>
        <translation>Discard refused change: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <location filename="../delegates/ReviewDelegate.qml" line="+29"/>
        <source>Review %1, %2</source>
        <extracomment>screen-reader summary: %1 period, %2 sign-off state</extracomment>
        <translation>Review %1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Written by %1</source>
        <extracomment>%1 the name of the person who wrote the review</extracomment>
        <translation>Written by %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign off the review of %1</source>
        <translation>Sign off the review of %1</translation>
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
        <translation>%1: rating %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why this rating: what you saw, what changed</source>
        <translation>Why this rating: what you saw, what changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rationale for %1</source>
        <extracomment>%1 is a need domain</extracomment>
        <translation>Rationale for %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of at least %2 characters</source>
        <extracomment>%1 characters typed, %2 the minimum</extracomment>
        <translation>%1 of at least %2 characters</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../pages/ReviewForm.qml" line="+41"/>
        <source>Period: %1</source>
        <extracomment>%1 the period the review covers</extracomment>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>From (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period from</source>
        <extracomment>the first day of the period a progress review covers</extracomment>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>To (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period to</source>
        <extracomment>the last day of the period a progress review covers</extracomment>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this period</source>
        <extracomment>recomputes the review&apos;s indicators for the dates typed</extracomment>
        <translation>Use this period</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed indicators</source>
        <translation>Computed indicators</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Professional judgement per domain</source>
        <translation>Professional judgement per domain</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record review</source>
        <translation>Record review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/ReviewPage.qml" line="+40"/>
        <source>Progress reviews</source>
        <translation>Progress reviews</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews to sign off</source>
        <translation>Reviews to sign off</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>New review</source>
        <translation>New review</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to sign off</source>
        <translation>Nothing to sign off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review shows progress for a period: computed indicators and a judgement per domain.</source>
        <translation>A review shows progress for a period: computed indicators and a judgement per domain.</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPanel</name>
    <message>
        <location filename="../pages/ReviewSignOffPanel.qml" line="+36"/>
        <source>Sign off and schedule the next review</source>
        <translation>Sign off and schedule the next review</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next review on (YYYY-MM-DD)</source>
        <extracomment>the date the next progress review is due, typed as year-month-day</extracomment>
        <translation>Next review on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person appears in the reviews due list on this date.</source>
        <translation>The person appears in the reviews due list on this date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next review on</source>
        <translation>Next review on</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign off the review and schedule the next one</source>
        <translation>Sign off the review and schedule the next one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>Reviews due</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviews due (%1)</source>
        <extracomment>heading of the reviews due list; %1 how many people</extracomment>
        <translation>Reviews due (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No reviews due</source>
        <translation>No reviews due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People appear here on the day their progress review is due.</source>
        <translation>People appear here on the day their progress review is due.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>SectionActionBar</name>
    <message>
        <location filename="../pages/SectionActionBar.qml" line="+18"/>
        <source>Open referrals</source>
        <extracomment>Person page, referrals section: opens the referrals screen of this person</extracomment>
        <translation>Open referrals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a session</source>
        <extracomment>Person page, sessions section: opens the session log of this person (counsellors)</extracomment>
        <translation>Log a session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open progress reviews</source>
        <extracomment>Person page, reviews section: opens the progress reviews of this person</extracomment>
        <translation>Open progress reviews</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../app/controllers/sessioncontroller.cpp" line="-278"/>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Calm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxious</source>
        <translation>Anxious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low mood</source>
        <translation>Low mood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Angry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agitated</source>
        <translation>Agitated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hopeful</source>
        <translation>Hopeful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distressed</source>
        <translation>Distressed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Tired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluctuating</source>
        <translation>Fluctuating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstable</source>
        <translation>Unstable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insults</source>
        <translation>Insults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims of dominance</source>
        <translation>Claims of dominance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evasion</source>
        <translation>Evasion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostility to state institutions</source>
        <translation>Hostility to state institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiting attempt</source>
        <translation>Recruiting attempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of intoxication</source>
        <translation>Signs of intoxication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible mental disorder (an observation, not a diagnosis)</source>
        <translation>Possible mental disorder (an observation, not a diagnosis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly engaged</source>
        <translation>Partly engaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disengaged</source>
        <translation>Disengaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>No feedback</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Shared summary</source>
        <translation>Shared summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling team only</source>
        <translation>Counselling team only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed: only me</source>
        <translation>Sealed: only me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in and out of the home visit</source>
        <translation>Checked in and out of the home visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out missed</source>
        <translation>Check-out missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../delegates/SessionDelegate.qml" line="+35"/>
        <source>Session %1, %2, %3</source>
        <extracomment>screen-reader summary: %1 date, %2 mode, %3 confidentiality tier</extracomment>
        <translation>Session %1, %2, %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2 · %3 min</source>
        <extracomment>%1 date, %2 mode (&quot;Face to face&quot;), %3 minutes</extracomment>
        <translation>%1 · %2 · %3 min</translation>
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
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
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
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the session of %1</source>
        <translation>Correct the session of %1</translation>
    </message>
</context>
<context>
    <name>SessionLogForm</name>
    <message>
        <location filename="../pages/SessionLogForm.qml" line="+76"/>
        <location line="+10"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of the session</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration, minutes</source>
        <translation>Duration, minutes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it took place</source>
        <translation>How it took place</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed emotional state</source>
        <translation>Observed emotional state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability</source>
        <translation>Stability</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your judgement; say why below.</source>
        <translation>Your judgement; say why below.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you judge it so</source>
        <translation>Why you judge it so</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationale for the stability judgement</source>
        <translation>Rationale for the stability judgement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk signals in communication</source>
        <translation>Risk signals in communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any risk signal alerts your supervisor; the alert carries no notes.</source>
        <translation>Any risk signal alerts your supervisor; the alert carries no notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Altered state</source>
        <translation>Altered state</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next session (YYYY-MM-DD)</source>
        <translation>Next session (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the next session</source>
        <translation>Date of the next session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home visit safety check</source>
        <translation>Home visit safety check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may read this session</source>
        <translation>Who may read this session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionLogNotes</name>
    <message>
        <location filename="../pages/SessionLogNotes.qml" line="+26"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Observations</source>
        <translation>1. Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw and heard, without interpretation.</source>
        <translation>What you saw and heard, without interpretation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. Analysis</source>
        <translation>2. Analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it may mean, and why you think so.</source>
        <translation>What it may mean, and why you think so.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Conclusions</source>
        <translation>3. Conclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you conclude from this session.</source>
        <translation>What you conclude from this session.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. Plan</source>
        <translation>4. Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next, and who does it.</source>
        <translation>What happens next, and who does it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message>
        <location filename="../pages/SessionLogPage.qml" line="+26"/>
        <source>Session log</source>
        <translation>Session log</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct a session</source>
        <translation>Correct a session</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sessions · %n</source>
        <extracomment>%n number of sessions</extracomment>
        <translation>
            <numerusform>Sessions · %n</numerusform>
            <numerusform>Sessions · %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a session</source>
        <translation>Log a session</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No sessions you may read</source>
        <translation>No sessions you may read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the first session with this person.</source>
        <translation>Log the first session with this person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of the counselling team show here as their confidentiality allows.</source>
        <translation>Sessions of the counselling team show here as their confidentiality allows.</translation>
    </message>
</context>
<context>
    <name>SessionLogRequests</name>
    <message>
        <location filename="../pages/SessionLogRequests.qml" line="+22"/>
        <source>Requests and alternatives offered</source>
        <translation>Requests and alternatives offered</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the person asked for</source>
        <translation>What the person asked for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternative offered (optional)</source>
        <translation>Alternative offered (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative offered for request %1</source>
        <translation>Alternative offered for request %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of request %1</source>
        <translation>Outcome of request %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a request</source>
        <translation>Add a request</translation>
    </message>
</context>
<context>
    <name>SessionLogTierBanner</name>
    <message>
        <location filename="../pages/SessionLogTierBanner.qml" line="+35"/>
        <source>Confidentiality: %1</source>
        <extracomment>%1 is the chosen confidentiality tier, e.g. &quot;Counselling team only&quot;</extracomment>
        <translation>Confidentiality: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality: not chosen yet</source>
        <translation>Confidentiality: not chosen yet</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/SettingsPage.qml" line="+13"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Lock after inactivity</source>
        <extracomment>Setting: lock the app after this long without use</extracomment>
        <translation>Lock after inactivity</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qadam also locks when it goes to the background.</source>
        <translation>Qadam also locks when it goes to the background.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow exports (PDF, CSV) from this device</source>
        <extracomment>Setting: PDF and CSV reports may be saved outside the app on this device (off on phones by default)</extracomment>
        <translation>Allow exports (PDF, CSV) from this device</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a server</source>
        <extracomment>Shown instead of a server address when the device works from a local store only</extracomment>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device…</source>
        <translation>Sign out and wipe this device…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out and wipe this device</source>
        <translation>Sign out and wipe this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign out and wipe this device?</source>
        <translation>Sign out and wipe this device?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All case records on this device will be erased. %n change(s) not yet synced will be lost for good. You will need a new one-time code to use this device again.</source>
        <extracomment>Confirmation before erasing the device; names the consequence</extracomment>
        <translation>
            <numerusform>All case records on this device will be erased. %n change not yet synced will be lost for good. You will need a new one-time code to use this device again.</numerusform>
            <numerusform>All case records on this device will be erased. %n changes not yet synced will be lost for good. You will need a new one-time code to use this device again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All case records on this device will be erased. Everything is synced, so nothing is lost on the server. You will need a new one-time code to use this device again.</source>
        <translation>All case records on this device will be erased. Everything is synced, so nothing is lost on the server. You will need a new one-time code to use this device again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase and sign out</source>
        <translation>Erase and sign out</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../components/SyncIndicator.qml" line="+20"/>
        <source>Needs attention</source>
        <extracomment>Sync indicator: conflicts or rejected changes need the user</extracomment>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <extracomment>Sync indicator: connection to the server</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n to send</source>
        <extracomment>Sync indicator: %n changes saved on this device, not yet sent</extracomment>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1, %2</source>
        <translation>Sync: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sync screen</source>
        <translation>Opens the sync screen</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/SyncPage.qml" line="+16"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard this change?</source>
        <extracomment>Title of the question before a refused change is dropped</extracomment>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change stays refused and leaves this list. It is not sent again; make it again on the record if it is still needed.</source>
        <translation>The change stays refused and leaves this list. It is not sent again; make it again on the record if it is still needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Conflicts (%1)</source>
        <extracomment>Heading; %1 is how many fields conflict</extracomment>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts. When the same field is changed here and on the server, both versions wait here for you to choose.</source>
        <translation>No conflicts. When the same field is changed here and on the server, both versions wait here for you to choose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused changes (%1)</source>
        <extracomment>Heading; %1 is how many changes the server refused</extracomment>
        <translation>Refused changes (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was refused. Changes the server does not accept wait here, and never hold up the others.</source>
        <translation>Nothing was refused. Changes the server does not accept wait here, and never hold up the others.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes were not accepted by the server. Send a change again where that is offered; otherwise note what it said, then discard it.</source>
        <translation>These changes were not accepted by the server. Send a change again where that is offered; otherwise note what it said, then discard it.</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <location filename="../components/SyncStatusCard.qml" line="+45"/>
        <source>Sync running</source>
        <extracomment>Accessible name of the progress bar of a running sync</extracomment>
        <translation>Sync running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync %1% done</source>
        <translation>Sync %1% done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting to be sent</source>
        <extracomment>Label: number of changes saved on this device and not yet sent</extracomment>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/TodayPage.qml" line="+18"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record attendance?</source>
        <extracomment>Title of the question before an attendance is recorded</extracomment>
        <translation>Record attendance?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attended today: %2.</source>
        <extracomment>%1 is the person&apos;s name, %2 what the appearance is (e.g. &quot;Report to the probation service&quot;)</extracomment>
        <translation>%1 attended today: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>Confirms recording that the person came</extracomment>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try again</source>
        <extracomment>Button that loads the list again after a failure</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release to sync</source>
        <extracomment>Shown while the Today list is pulled down far enough to sync</extracomment>
        <translation>Release to sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull to sync</source>
        <extracomment>Shown while the Today list is pulled down</extracomment>
        <translation>Pull to sync</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing due today</source>
        <extracomment>Today page with nothing to do</extracomment>
        <translation>Nothing due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue and due appearances, open alerts and programme measures show here as soon as they are due.</source>
        <translation>Overdue and due appearances, open alerts and programme measures show here as soon as they are due.</translation>
    </message>
</context>
<context>
    <name>TodayRowDelegate</name>
    <message>
        <location filename="../delegates/TodayRowDelegate.qml" line="+112"/>
        <source>Attended</source>
        <extracomment>Records that the person came to the appearance</extracomment>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended: %1</source>
        <translation>Attended: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other outcome…</source>
        <extracomment>Opens the form to record a missed or excused appearance</extracomment>
        <translation>Other outcome…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed or excused: %1</source>
        <translation>Missed or excused: %1</translation>
    </message>
</context>
<context>
    <name>TodayRows</name>
    <message>
        <location filename="../../app/models/todayrows.cpp" line="+145"/>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Session planned</source>
        <translation>Session planned</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>raised %1</source>
        <translation>raised %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Referral waiting for your answer</source>
        <extracomment>Today row: a referral to the counsellor that waits for their answer</extracomment>
        <translation>Referral waiting for your answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral from %1</source>
        <translation>Referral from %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term: %1</source>
        <extracomment>Today row: the referral&apos;s term, %1 e.g. &quot;01.11.2026 – 30.04.2027&quot;</extracomment>
        <translation>Term: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent %1</source>
        <extracomment>Today row: when the referral was sent, %1 a date</extracomment>
        <translation>sent %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Overdue appearances (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Overdue appearances (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances due soon (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Appearances due soon (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open alerts (%1)</source>
        <extracomment>Today section heading; %1 is how many</extracomment>
        <translation>Open alerts (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme measures due (%1)</source>
        <extracomment>Today section heading: measures of the individual programme; %1 is how many</extracomment>
        <translation>Programme measures due (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals waiting for your answer (%1)</source>
        <extracomment>Today section heading: referrals sent to the counsellor, not yet accepted or declined; %1 is how many</extracomment>
        <translation>Referrals waiting for your answer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions planned (%1)</source>
        <extracomment>Today section heading: counselling sessions; %1 is how many</extracomment>
        <translation>Sessions planned (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearances open this period (%1)</source>
        <extracomment>Today section heading: appearances whose window is open but not yet due; %1 is how many</extracomment>
        <translation>Appearances open this period (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../pages/UnlockPage.qml" line="+11"/>
        <location line="+96"/>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
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
        <translation>Records on this device are locked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <extracomment>Lock screen after failed attempts; %n is seconds</extracomment>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n attempt(s) left before the records on this device are erased.</source>
        <extracomment>%n attempts left before the device erases its records</extracomment>
        <translation>
            <numerusform>%n attempt left before the records on this device are erased.</numerusform>
            <numerusform>%n attempts left before the records on this device are erased.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the passphrase</source>
        <translation>Checking the passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo with synthetic data: the passphrase is %1</source>
        <extracomment>Shown only on the demo device with synthetic data; %1 is the demo passphrase</extracomment>
        <translation>Demo with synthetic data: the passphrase is %1</translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <location filename="../pages/WipedPage.qml" line="+12"/>
        <source>Device wiped</source>
        <translation>Device wiped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The records on this device were erased</source>
        <translation>The records on this device were erased</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes that were already synced are safe on the server. To work on this device again, ask your administrator for a new one-time code.</source>
        <translation>Changes that were already synced are safe on the server. To work on this device again, ask your administrator for a new one-time code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up again</source>
        <translation>Set up again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up this device again</source>
        <translation>Set up this device again</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Close Qadam</source>
        <translation>Close Qadam</translation>
    </message>
</context>
</TS>
