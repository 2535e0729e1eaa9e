<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Encrypted records for trade-union staff mental-health service stations.</source>
        <translation>Encrypted records for trade-union staff mental-health service stations.</translation>
    </message>
    <message>
        <source>Chinese text uses WenQuanYi Micro Hei (Apache-2.0).</source>
        <translation>Chinese text uses WenQuanYi Micro Hei (Apache-2.0).</translation>
    </message>
    <message>
        <source>Icons: Phosphor (MIT), drawn by QtAwesome (MIT).</source>
        <translation>Icons: Phosphor (MIT), drawn by QtAwesome (MIT).</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2, PySide6 %3, Python %4)</source>
        <translation>Version %1 (Qt %2, PySide6 %3, Python %4)</translation>
    </message>
    <message>
        <source>&amp;Licences of the bundled font and libraries:</source>
        <translation>&amp;Licences of the bundled font and libraries:</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>Clear sign-in lock</source>
        <translation>Clear sign-in lock</translation>
    </message>
    <message>
        <source>Supervision…</source>
        <translation>Supervision…</translation>
    </message>
    <message>
        <source>Disable the account of %1? The person can no longer sign in. Consider replacing the database key afterwards if they held a copy of the data.</source>
        <translation>Disable the account of %1? The person can no longer sign in. Consider replacing the database key afterwards if they held a copy of the data.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeWindow</name>
    <message>
        <source>%1 — please read first</source>
        <translation>%1 — please read first</translation>
    </message>
    <message>
        <source>I have read this regime and will keep to it.</source>
        <translation>I have read this regime and will keep to it.</translation>
    </message>
    <message>
        <source>Acknowledge and continue</source>
        <translation>Acknowledge and continue</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Before you start, read the station&apos;s confidentiality regime (version %1, adopted %2) and acknowledge it. Your acknowledgement is recorded.</source>
        <translation>Before you start, read the station&apos;s confidentiality regime (version %1, adopted %2) and acknowledge it. Your acknowledgement is recorded.</translation>
    </message>
    <message>
        <source>The confidentiality regime has changed (now version %1, adopted %2). Read it and acknowledge it again before you start. Your acknowledgement is recorded.</source>
        <translation>The confidentiality regime has changed (now version %1, adopted %2). Read it and acknowledge it again before you start. Your acknowledgement is recorded.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Log an activity…</source>
        <translation>Log an activity…</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>Set a target…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies), %1 attendees in %2</source>
        <translation>
            <numerusform>%n activity, %1 attendees in %2</numerusform>
            <numerusform>%n activities, %1 attendees in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the %1 “%2” of %3? The deletion is recorded in the audit trail.</source>
        <translation>Delete the %1 “%2” of %3? The deletion is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit the group activity</source>
        <translation>Edit the group activity</translation>
    </message>
    <message>
        <source>Log a group activity</source>
        <translation>Log a group activity</translation>
    </message>
    <message>
        <source>Counts only: no attendee names are recorded.</source>
        <translation>Counts only: no attendee names are recorded.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Add an addendum</translation>
    </message>
    <message>
        <source>Session %1 of %2, signed %3. The record itself stays as signed; the addendum is shown with it, dated and under your name.</source>
        <translation>Session %1 of %2, signed %3. The record itself stays as signed; the addendum is shown with it, dated and under your name.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>The station administrator manages accounts, backups and the audit trail.</source>
        <translation>The station administrator manages accounts, backups and the audit trail.</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>Create station</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Assessment alert</source>
        <translation>Assessment alert</translation>
    </message>
    <message>
        <source>This result needs your attention</source>
        <translation>This result needs your attention</translation>
    </message>
    <message>
        <source>Do not leave the person alone until you have assessed the risk in person. If there is immediate danger, follow the station&apos;s crisis protocol.</source>
        <translation>Do not leave the person alone until you have assessed the risk in person. If there is immediate danger, follow the station&apos;s crisis protocol.</translation>
    </message>
    <message>
        <source>This was an anonymous screening: to open a crisis record, first open a file for the worker (with their consent).</source>
        <translation>This was an anonymous screening: to open a crisis record, first open a file for the worker (with their consent).</translation>
    </message>
    <message>
        <source>I have read these alerts and will act on them</source>
        <translation>I have read these alerts and will act on them</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The alerts stay on the file until acknowledged.</source>
        <translation>The alerts stay on the file until acknowledged.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge and open a crisis record</source>
        <translation>Acknowledge and open a crisis record</translation>
    </message>
    <message>
        <source>%1 · raised %2</source>
        <translation>%1 · raised %2</translation>
    </message>
</context>
<context>
    <name>AnonymousDialog</name>
    <message>
        <source>Anonymous screening</source>
        <translation>Anonymous screening</translation>
    </message>
    <message>
        <source>No file is opened and no name is kept: only the result, the date and the three fields below, which count in the statistics.</source>
        <translation>No file is opened and no name is kept: only the result, the date and the three fields below, which count in the statistics.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The worker answers on the kiosk screen</source>
        <translation>The worker answers on the kiosk screen</translation>
    </message>
    <message>
        <source>I enter the answers</source>
        <translation>I enter the answers</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Key group</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>Survey campaign</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer a hand-checked item</source>
        <translation>Answer a hand-checked item</translation>
    </message>
    <message>
        <source>Yes, this is in place</source>
        <translation>Yes, this is in place</translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <source>What you checked, or what is missing</source>
        <translation>What you checked, or what is missing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Station Desk</source>
        <translation>Station Desk</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>You were signed out: the confidentiality regime must be read and acknowledged before you can work.</source>
        <translation>You were signed out: the confidentiality regime must be read and acknowledged before you can work.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>The restore did not happen: %1</source>
        <translation>The restore did not happen: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Move the appointment</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Find and choose the file first.</source>
        <translation>Find and choose the file first.</translation>
    </message>
</context>
<context>
    <name>AppointmentReminders</name>
    <message>
        <source>No appointments in the next days.</source>
        <translation>No appointments in the next days.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Next days:</source>
        <translation>Next days:</translation>
    </message>
    <message>
        <source>appointments kept %1 of %2 (no-show %3, late cancellations %4)</source>
        <translation>appointments kept %1 of %2 (no-show %3, late cancellations %4)</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>All counsellors</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Appointments calendar</source>
        <translation>Appointments calendar</translation>
    </message>
    <message>
        <source>Drag a booking to another time or day to move it. Space chooses the next booking of a shared slot.</source>
        <translation>Drag a booking to another time or day to move it. Space chooses the next booking of a shared slot.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>The worker came to this appointment</source>
        <translation>The worker came to this appointment</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The worker did not come and did not call off</source>
        <translation>The worker did not come and did not call off</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Late cancellation</translation>
    </message>
    <message>
        <source>Called off less than a day before</source>
        <translation>Called off less than a day before</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 there is already:
%2
Book %3 in at that time anyway?</source>
        <translation>At %1 there is already:
%2
Book %3 in at that time anyway?</translation>
    </message>
    <message>
        <source>At %1 there is already:
%2
Move the appointment of %3 there anyway?</source>
        <translation>At %1 there is already:
%2
Move the appointment of %3 there anyway?</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 (%2) on %3 at %4?</source>
        <translation>Cancel the appointment of %1 (%2) on %3 at %4?</translation>
    </message>
    <message>
        <source>%1 did not come. Plan a follow-up call?</source>
        <translation>%1 did not come. Plan a follow-up call?</translation>
    </message>
</context>
<context>
    <name>Assess</name>
    <message>
        <source>Entered by counsellor</source>
        <translation>Entered by counsellor</translation>
    </message>
    <message>
        <source>Kiosk (self-answered)</source>
        <translation>Kiosk (self-answered)</translation>
    </message>
    <message>
        <source>Anonymous screening</source>
        <translation>Anonymous screening</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>File number or name</source>
        <translation>File number or name</translation>
    </message>
    <message>
        <source>My open files</source>
        <translation>My open files</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>Alerts waiting</translation>
    </message>
    <message>
        <source>Anonymous screening…</source>
        <translation>Anonymous screening…</translation>
    </message>
    <message>
        <source>Import instrument…</source>
        <translation>Import instrument…</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Anonymous screening: no file, no name</source>
        <translation>Anonymous screening: no file, no name</translation>
    </message>
    <message>
        <source>Anonymous screening saved: %1 %2, %3.</source>
        <translation>Anonymous screening saved: %1 %2, %3.</translation>
    </message>
    <message>
        <source>%1 was imported and can now be used.</source>
        <translation>%1 was imported and can now be used.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Review alerts…</source>
        <translation>Review alerts…</translation>
    </message>
    <message>
        <source>Enter answers…</source>
        <translation>Enter answers…</translation>
    </message>
    <message>
        <source>Self-assessment…</source>
        <translation>Self-assessment…</translation>
    </message>
    <message>
        <source>The worker answers on this screen, full screen, one question at a time; it locks when done.</source>
        <translation>The worker answers on this screen, full screen, one question at a time; it locks when done.</translation>
    </message>
    <message>
        <source>New assessment:</source>
        <translation>New assessment:</translation>
    </message>
    <message>
        <source>Scores over time:</source>
        <translation>Scores over time:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Choose a file to see its assessments.</source>
        <translation>Choose a file to see its assessments.</translation>
    </message>
    <message>
        <source>A self-assessment is in progress on the kiosk screen.</source>
        <translation>A self-assessment is in progress on the kiosk screen.</translation>
    </message>
    <message>
        <source>Self-harm flag: a recent answer reported thoughts of death or self-harm. Shown to staff until %1.</source>
        <translation>Self-harm flag: a recent answer reported thoughts of death or self-harm. Shown to staff until %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment alerts waiting for acknowledgement.</source>
        <translation>
            <numerusform>%n assessment alert waiting for acknowledgement.</numerusform>
            <numerusform>%n assessment alerts waiting for acknowledgement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>File number or account</source>
        <translation>File number or account</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>scroll down for more</source>
        <translation>scroll down for more</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database and audit chain intact (%n entries).</source>
        <translation>
            <numerusform>Database and audit chain intact (%n entry).</numerusform>
            <numerusform>Database and audit chain intact (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check FAILED: %1</source>
        <translation>Check FAILED: %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Existing backups</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Backup folder changed.</source>
        <translation>Backup folder changed.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Station Desk backups (*%1)</source>
        <translation>Station Desk backups (*%1)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a hotline call</source>
        <translation>Log a hotline call</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No names or phone numbers: what the call was about, in a few words</source>
        <translation>No names or phone numbers: what the call was about, in a few words</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Caller&apos;s gender</source>
        <translation>Caller&apos;s gender</translation>
    </message>
    <message>
        <source>Caller&apos;s age band</source>
        <translation>Caller&apos;s age band</translation>
    </message>
    <message>
        <source>Main concern</source>
        <translation>Main concern</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>ClientFileView</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>Presenting issues</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Print this record…</source>
        <translation>Print this record…</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>Session records</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Print the assessment report…</source>
        <translation>Print the assessment report…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Self-harm flag from an assessment (until %1)</source>
        <translation>Self-harm flag from an assessment (until %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment alert(s) to acknowledge (Assessments tab)</source>
        <translation>
            <numerusform>%n assessment alert to acknowledge (Assessments tab)</numerusform>
            <numerusform>%n assessment alerts to acknowledge (Assessments tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the unsigned draft of session %1 (%2)? Its text is removed for good; the deletion is recorded in the audit trail.</source>
        <translation>Delete the unsigned draft of session %1 (%2)? Its text is removed for good; the deletion is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Choose a signed record first.</source>
        <translation>Choose a signed record first.</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>File number, name, phone or unit</source>
        <translation>File number, name, phone or unit</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Register a visitor…</source>
        <translation>Register a visitor…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <source>Reassign a counsellor&apos;s cases…</source>
        <translation>Reassign a counsellor&apos;s cases…</translation>
    </message>
    <message>
        <source>Import a case from another station…</source>
        <translation>Import a case from another station…</translation>
    </message>
    <message>
        <source>Import registers…</source>
        <translation>Import registers…</translation>
    </message>
    <message>
        <source>Merge two files…</source>
        <translation>Merge two files…</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>open crisis</source>
        <translation>open crisis</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>Employer / unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>ClientMode</name>
    <message>
        <source>Please use the other screen.</source>
        <translation>Please use the other screen.</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Name or file number</source>
        <translation>Name or file number</translation>
    </message>
    <message>
        <source>The file you saw last</source>
        <translation>The file you saw last</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Referred out</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>At most %1 characters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
</context>
<context>
    <name>CloseCrisisDialog</name>
    <message>
        <source>Close the crisis</source>
        <translation>Close the crisis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Risk level now</source>
        <translation>Risk level now</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>Date on the signed form</source>
        <translation>Date on the signed form</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>Agrees to</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>Explained by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Limits of confidentiality explained</source>
        <translation>Limits of confidentiality explained</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>Co-sign session %1 of file %2</source>
        <translation>Co-sign session %1 of file %2</translation>
    </message>
    <message>
        <source>Written and signed by %1, who works under your supervision. Your comment is kept beside the record; once co-signed, neither can change.</source>
        <translation>Written and signed by %1, who works under your supervision. Your comment is kept beside the record; once co-signed, neither can change.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment (optional)</source>
        <translation>Supervisor&apos;s comment (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Co-sign</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong. Your saved records are not affected. If it happens again, close Station Desk, open it again and tell your administrator what you were doing.</source>
        <translation>Something unexpected went wrong. Your saved records are not affected. If it happens again, close Station Desk, open it again and tell your administrator what you were doing.</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Crisis intervention</source>
        <translation>Crisis intervention</translation>
    </message>
    <message>
        <source>A follow-up within 24 hours is scheduled automatically; the file shows a red banner until the crisis is closed.</source>
        <translation>A follow-up within 24 hours is scheduled automatically; the file shows a red banner until the crisis is closed.</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Risk checklist</source>
        <translation>Risk checklist</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Write the safety plan…</source>
        <translation>Write the safety plan…</translation>
    </message>
    <message>
        <source>Print for the worker…</source>
        <translation>Print for the worker…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>closed %1 by %2</translation>
    </message>
    <message>
        <source>Crisis since %1</source>
        <translation>Crisis since %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Risk checklist</source>
        <translation>Risk checklist</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>24-hour follow-up</source>
        <translation>24-hour follow-up</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation>No safety plan written yet.</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>Written %1 by %2</translation>
    </message>
    <message>
        <source>Edit the safety plan…</source>
        <translation>Edit the safety plan…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo vault with invented records. This takes a minute…</source>
        <translation>Creating the demo vault with invented records. This takes a minute…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Worker&apos;s deletion request</source>
        <translation>Worker&apos;s deletion request</translation>
    </message>
    <message>
        <source>Destroy a file</source>
        <translation>Destroy a file</translation>
    </message>
    <message>
        <source>type the file number</source>
        <translation>type the file number</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Request received on</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Type the file number to confirm</source>
        <translation>Type the file number to confirm</translation>
    </message>
    <message>
        <source>Destruction cannot be undone. The file&apos;s registration, records, assessments, crises, follow-ups, referrals, appointments, consent and autosaves are deleted from both databases and overwritten.</source>
        <translation>Destruction cannot be undone. The file&apos;s registration, records, assessments, crises, follow-ups, referrals, appointments, consent and autosaves are deleted from both databases and overwritten.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>%1 session record(s), %2 item(s) in all.</source>
        <translation>%1 session record(s), %2 item(s) in all.</translation>
    </message>
</context>
<context>
    <name>DirectoryCard</name>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>Employer / unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>No informed consent recorded</source>
        <translation>No informed consent recorded</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This worker may already have a file</source>
        <translation>This worker may already have a file</translation>
    </message>
    <message>
        <source>The station already has a file that may be this worker&apos;s. Use it instead of opening a second file for the same person?</source>
        <translation>The station already has a file that may be this worker&apos;s. Use it instead of opening a second file for the same person?</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>Use this file</translation>
    </message>
    <message>
        <source>Register a new file anyway</source>
        <translation>Register a new file anyway</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>Remove selected shift</source>
        <translation>Remove selected shift</translation>
    </message>
    <message>
        <source>Shifts in the selected cell</source>
        <translation>Shifts in the selected cell</translation>
    </message>
    <message>
        <source> more week(s)</source>
        <translation> more week(s)</translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation>Add to the roster</translation>
    </message>
    <message>
        <source>Add a shift</source>
        <translation>Add a shift</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Repeat weekly</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Remove this shift: %1?</source>
        <translation>Remove this shift: %1?</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit the details of file %1</source>
        <translation>Edit the details of file %1</translation>
    </message>
    <message>
        <source>Counsellor: %1. Only the registration details can be changed here; the change is recorded in the audit trail.</source>
        <translation>Counsellor: %1. Only the registration details can be changed here; the change is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>EnableAccountDialog</name>
    <message>
        <source>Enable the account of %1</source>
        <translation>Enable the account of %1</translation>
    </message>
    <message>
        <source>%1 can sign in again with a new password. Give it to the person directly; they can change it afterwards. Enabling is recorded in the audit trail.</source>
        <translation>%1 can sign in again with a new password. Give it to the person directly; they can change it afterwards. Enabling is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>%1 (time frame: %2)</source>
        <translation>%1 (time frame: %2)</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Save result</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Anonymous statistics for the city union</source>
        <translation>Anonymous statistics for the city union</translation>
    </message>
    <message>
        <source>A package holds counts only: no names, phone numbers, file numbers or notes, and no date finer than a month. Figures about too few people, and any figure they could be worked out from (also together with the packages already sent), are withheld (shown as x). Every table can be previewed first; the export is recorded in the audit trail.</source>
        <translation>A package holds counts only: no names, phone numbers, file numbers or notes, and no date finer than a month. Figures about too few people, and any figure they could be worked out from (also together with the packages already sent), are withheld (shown as x). Every table can be previewed first; the export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Keep private any group smaller than</source>
        <translation>&amp;Keep private any group smaller than</translation>
    </message>
    <message>
        <source>No figure about fewer people than this leaves the station, and every withheld figure keeps at least this many possible values, however the packages are combined. At least 5. A year already begun keeps the number of its first package.</source>
        <translation>No figure about fewer people than this leaves the station, and every withheld figure keeps at least this many possible values, however the packages are combined. At least 5. A year already begun keeps the number of its first package.</translation>
    </message>
    <message>
        <source>&amp;Export a statistics package…</source>
        <translation>&amp;Export a statistics package…</translation>
    </message>
    <message>
        <source>This station&apos;s key fingerprint (the city union checks it when registering the station):</source>
        <translation>This station&apos;s key fingerprint (the city union checks it when registering the station):</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>Earlier exports</translation>
    </message>
    <message>
        <source>From now on, groups of fewer than %1 people are kept private in every year not yet begun.</source>
        <translation>From now on, groups of fewer than %1 people are kept private in every year not yet begun.</translation>
    </message>
    <message>
        <source>%1 · period %2 · groups under %3 people kept private · %4 · by %5</source>
        <translation>%1 · period %2 · groups under %3 people kept private · %4 · by %5</translation>
    </message>
</context>
<context>
    <name>ExportPeriodPage</name>
    <message>
        <source>Choose the period</source>
        <translation>Choose the period</translation>
    </message>
    <message>
        <source>A month, a quarter or a year. Figures about too few people are withheld, so that no one can be recognised.</source>
        <translation>A month, a quarter or a year. Figures about too few people are withheld, so that no one can be recognised.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Month / quarter</source>
        <translation>&amp;Month / quarter</translation>
    </message>
    <message>
        <source>&amp;Keep private any group smaller than</source>
        <translation>&amp;Keep private any group smaller than</translation>
    </message>
    <message>
        <source>This period was sent on %1. Exporting it again gives exactly the same tables, so nothing more can be learnt from it.</source>
        <translation>This period was sent on %1. Exporting it again gives exactly the same tables, so nothing more can be learnt from it.</translation>
    </message>
    <message>
        <source>%1&apos;s packages already keep private every group of fewer than %2 people; all packages of a year use the same number, so that together they protect everyone.</source>
        <translation>%1&apos;s packages already keep private every group of fewer than %2 people; all packages of a year use the same number, so that together they protect everyone.</translation>
    </message>
    <message>
        <source>The station keeps private every group of fewer than %1 people (set by the station administrator). You may ask for more for this year; the first package of a year fixes it for the whole year.</source>
        <translation>The station keeps private every group of fewer than %1 people (set by the station administrator). You may ask for more for this year; the first package of a year fixes it for the whole year.</translation>
    </message>
</context>
<context>
    <name>ExportPreviewPage</name>
    <message>
        <source>Preview: every table exactly as it leaves the station</source>
        <translation>Preview: every table exactly as it leaves the station</translation>
    </message>
    <message>
        <source>x marks a withheld figure. Check the tables, then press Next.</source>
        <translation>x marks a withheld figure. Check the tables, then press Next.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tables</source>
        <translation>%1 · %2 · %3 tables</translation>
    </message>
    <message>
        <source>%1 figures are withheld (shown as x) so that no one can be recognised:</source>
        <translation>%1 figures are withheld (shown as x) so that no one can be recognised:</translation>
    </message>
    <message>
        <source>· %1 concern fewer than %2 people;</source>
        <translation>· %1 concern fewer than %2 people;</translation>
    </message>
    <message>
        <source>· %1 could otherwise be worked out from other figures, in this package or in the ones this station already sent for %2;</source>
        <translation>· %1 could otherwise be worked out from other figures, in this package or in the ones this station already sent for %2;</translation>
    </message>
    <message>
        <source>· %1 are zeros next to a withheld total (otherwise they would show what the few people in it have in common).</source>
        <translation>· %1 are zeros next to a withheld total (otherwise they would show what the few people in it have in common).</translation>
    </message>
    <message>
        <source>Too few people this period, so these tables are not shown at all (the quarter&apos;s or year&apos;s package shows them): %1.</source>
        <translation>Too few people this period, so these tables are not shown at all (the quarter&apos;s or year&apos;s package shows them): %1.</translation>
    </message>
    <message>
        <source>This period was sent on %1; this package holds exactly the same tables.</source>
        <translation>This period was sent on %1; this package holds exactly the same tables.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Save the statistics package</source>
        <translation>Save the statistics package</translation>
    </message>
    <message>
        <source>Statistics package (*.zip)</source>
        <translation>Statistics package (*.zip)</translation>
    </message>
    <message>
        <source>Export anonymous statistics</source>
        <translation>Export anonymous statistics</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Choose where to save the package.</translation>
    </message>
    <message>
        <source>Package written:
%1

SHA-256: %2
Station key fingerprint: %3</source>
        <translation>Package written:
%1

SHA-256: %2
Station key fingerprint: %3</translation>
    </message>
</context>
<context>
    <name>ExportWritePage</name>
    <message>
        <source>Write the package</source>
        <translation>Write the package</translation>
    </message>
    <message>
        <source>The package is signed with the station&apos;s key; send it to the city union the way your organisation prescribes.</source>
        <translation>The package is signed with the station&apos;s key; send it to the city union the way your organisation prescribes.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Save to</translation>
    </message>
</context>
<context>
    <name>FileActionBar</name>
    <message>
        <source>New session record</source>
        <translation>New session record</translation>
    </message>
    <message>
        <source>Open / sign draft</source>
        <translation>Open / sign draft</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Co-sign…</source>
        <translation>Co-sign…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Satisfaction form</source>
        <translation>Satisfaction form</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>Book appointment…</translation>
    </message>
    <message>
        <source>Schedule follow-up…</source>
        <translation>Schedule follow-up…</translation>
    </message>
    <message>
        <source>Crisis intervention…</source>
        <translation>Crisis intervention…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Referral…</translation>
    </message>
    <message>
        <source>Reopen case…</source>
        <translation>Reopen case…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Share / transfer to a colleague…</source>
        <translation>Share / transfer to a colleague…</translation>
    </message>
    <message>
        <source>Transfer to another station…</source>
        <translation>Transfer to another station…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Copy for the worker…</source>
        <translation>Copy for the worker…</translation>
    </message>
    <message>
        <source>File summary…</source>
        <translation>File summary…</translation>
    </message>
    <message>
        <source>This session record…</source>
        <translation>This session record…</translation>
    </message>
    <message>
        <source>Whole case…</source>
        <translation>Whole case…</translation>
    </message>
    <message>
        <source>Assessment report…</source>
        <translation>Assessment report…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>FileExtras</name>
    <message>
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>Crisis details and safety plan…</source>
        <translation>Crisis details and safety plan…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>Crisis intervention open since %1 — follow-up due by %2</source>
        <translation>Crisis intervention open since %1 — follow-up due by %2</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Opened with a reason (audited) — read only</source>
        <translation>Opened with a reason (audited) — read only</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Consent withdrawn since %1: %2</source>
        <translation>Consent withdrawn since %1: %2</translation>
    </message>
    <message>
        <source>No informed consent recorded</source>
        <translation>No informed consent recorded</translation>
    </message>
    <message>
        <source>Consent recorded %1</source>
        <translation>Consent recorded %1</translation>
    </message>
    <message>
        <source>No open crisis</source>
        <translation>No open crisis</translation>
    </message>
    <message>
        <source>Open crisis since %1</source>
        <translation>Open crisis since %1</translation>
    </message>
    <message>
        <source>Next appointment: %1 %2 %3</source>
        <translation>Next appointment: %1 %2 %3</translation>
    </message>
    <message>
        <source>No appointment booked</source>
        <translation>No appointment booked</translation>
    </message>
    <message>
        <source>Gender / birth year</source>
        <translation>Gender / birth year</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>Employer / unit</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>  (shared with %1)</source>
        <translation>  (shared with %1)</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>File number, name, phone or unit</source>
        <translation>File number, name, phone or unit</translation>
    </message>
    <message>
        <source>(no file found)</source>
        <translation>(no file found)</translation>
    </message>
    <message>
        <source>no counsellor yet</source>
        <translation>no counsellor yet</translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <source>Station key fingerprint</source>
        <translation>Station key fingerprint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the fingerprint, e.g. into the registration form for the city union</source>
        <translation>Copy the fingerprint, e.g. into the registration form for the city union</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up %1</source>
        <translation>Set up %1</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>At a set time</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Due today and overdue</source>
        <translation>Due today and overdue</translation>
    </message>
    <message>
        <source>Next 7 days too</source>
        <translation>Next 7 days too</translation>
    </message>
    <message>
        <source>Next 30 days too</source>
        <translation>Next 30 days too</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>%1 (tries: %2)</source>
        <translation>%1 (tries: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Withheld: a count below k, or a figure it could be worked out from.</source>
        <translation>Withheld: a count below k, or a figure it could be worked out from.</translation>
    </message>
    <message>
        <source>Includes figures stations withheld: the true value lies in this range.</source>
        <translation>Includes figures stations withheld: the true value lies in this range.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Transferred from %1 on %2</source>
        <translation>Transferred from %1 on %2</translation>
    </message>
    <message>
        <source>Read-only: these are the sending station&apos;s records, kept as they arrived. They are not this station&apos;s records and are not counted in its statistics.</source>
        <translation>Read-only: these are the sending station&apos;s records, kept as they arrived. They are not this station&apos;s records and are not counted in its statistics.</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Main concern</source>
        <translation>Main concern</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>crisis path not finished</source>
        <translation>crisis path not finished</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Log a call…</translation>
    </message>
    <message>
        <source>Open a file for this caller…</source>
        <translation>Open a file for this caller…</translation>
    </message>
    <message>
        <source>Link to an existing file…</source>
        <translation>Link to an existing file…</translation>
    </message>
    <message>
        <source>Start the crisis path…</source>
        <translation>Start the crisis path…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Hotline calls in %1</source>
        <translation>Hotline calls in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this month</source>
        <translation>
            <numerusform>%n call this month</numerusform>
            <numerusform>%n calls this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at crisis risk without a crisis opened</source>
        <translation>
            <numerusform>%n at crisis risk without a crisis opened</numerusform>
            <numerusform>%n at crisis risk without a crisis opened</numerusform>
        </translation>
    </message>
    <message>
        <source>This call is at crisis risk: a file is opened for the caller and the crisis form follows.</source>
        <translation>This call is at crisis risk: a file is opened for the caller and the crisis form follows.</translation>
    </message>
    <message>
        <source>No file numbered %1.</source>
        <translation>No file numbered %1.</translation>
    </message>
    <message>
        <source>Link to an existing file</source>
        <translation>Link to an existing file</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a licensed instrument</source>
        <translation>Import a licensed instrument</translation>
    </message>
    <message>
        <source>Only import instruments the station holds a licence for. The file is checked in full before it is added; every PC using this vault will then offer it.</source>
        <translation>Only import instruments the station holds a licence for. The file is checked in full before it is added; every PC using this vault will then offer it.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Instrument file</source>
        <translation>Instrument file</translation>
    </message>
    <message>
        <source>Instrument files (*.json)</source>
        <translation>Instrument files (*.json)</translation>
    </message>
    <message>
        <source>Id %1, version %2, %3 items, scores %4–%5</source>
        <translation>Id %1, version %2, %3 items, scores %4–%5</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>Bands:</translation>
    </message>
    <message>
        <source>Alert rules:</source>
        <translation>Alert rules:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  none</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
</context>
<context>
    <name>ImportLedgerDialog</name>
    <message>
        <source>Import existing registers</source>
        <translation>Import existing registers</translation>
    </message>
    <message>
        <source>Bring in the registers the station kept before (Excel .xlsx or .csv): the counselling register, the visitor list or the activity register. Nothing is stored until you press Import; rows imported before are skipped.</source>
        <translation>Bring in the registers the station kept before (Excel .xlsx or .csv): the counselling register, the visitor list or the activity register. Nothing is stored until you press Import; rows imported before are skipped.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>(recognise)</source>
        <translation>(recognise)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview: every row as it will be stored</source>
        <translation>Preview: every row as it will be stored</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>Choose a register</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv)</source>
        <translation>Registers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>To import</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Cannot be imported</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>%1 rows: %2 to import, %3 imported before, %4 cannot be imported (the file is not changed; correct those rows in it and import it again).</source>
        <translation>%1 rows: %2 to import, %3 imported before, %4 cannot be imported (the file is not changed; correct those rows in it and import it again).</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 new files). %3 rows could not be imported.</source>
        <translation>Imported %1 rows (%2 new files). %3 rows could not be imported.</translation>
    </message>
</context>
<context>
    <name>ImportTransferDialog</name>
    <message>
        <source>Import a case from another station</source>
        <translation>Import a case from another station</translation>
    </message>
    <message>
        <source>A new open file is made here for the worker. The sending station&apos;s records come with it as a read-only history: they are not this station&apos;s records and are not counted in its statistics.</source>
        <translation>A new open file is made here for the worker. The sending station&apos;s records come with it as a read-only history: they are not this station&apos;s records and are not counted in its statistics.</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <source>— assign later —</source>
        <translation>— assign later —</translation>
    </message>
    <message>
        <source>Counsellor of the new file</source>
        <translation>Counsellor of the new file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Transfer file (*.sdtransfer);;All files (*)</source>
        <translation>Transfer file (*.sdtransfer);;All files (*)</translation>
    </message>
    <message>
        <source>Sent by: %1 (%2) on %3</source>
        <translation>Sent by: %1 (%2) on %3</translation>
    </message>
    <message>
        <source>Fingerprint: %1 — check it with that station by phone</source>
        <translation>Fingerprint: %1 — check it with that station by phone</translation>
    </message>
    <message>
        <source>Worker: %1 (their file %2)</source>
        <translation>Worker: %1 (their file %2)</translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) came without their text (the sender could not open them).</source>
        <translation>
            <numerusform>%n restricted item came without its text (the sender could not open them).</numerusform>
            <numerusform>%n restricted items came without their text (the sender could not open them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported on %1 as file %2.</source>
        <translation>Already imported on %1 as file %2.</translation>
    </message>
    <message>
        <source>Imported as the new file %1 (%2). The sending station&apos;s records are kept with it, read-only.</source>
        <translation>Imported as the new file %1 (%2). The sending station&apos;s records are kept with it, read-only.</translation>
    </message>
</context>
<context>
    <name>KeptInput</name>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <source>Crisis record</source>
        <translation>Crisis record</translation>
    </message>
    <message>
        <source>Closing a crisis</source>
        <translation>Closing a crisis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>Withdrawing consent</source>
        <translation>Withdrawing consent</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Closing the case</translation>
    </message>
    <message>
        <source>Share or transfer</source>
        <translation>Share or transfer</translation>
    </message>
    <message>
        <source>Co-signature</source>
        <translation>Co-signature</translation>
    </message>
    <message>
        <source>File details</source>
        <translation>File details</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Registering a visitor</source>
        <translation>Registering a visitor</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <source>Reassigning cases</source>
        <translation>Reassigning cases</translation>
    </message>
    <message>
        <source>Tier self-check answer</source>
        <translation>Tier self-check answer</translation>
    </message>
    <message>
        <source>Restored what was typed here until %1: the screen was locked and the form closed before it was saved.</source>
        <translation>Restored what was typed here until %1: the screen was locked and the form closed before it was saved.</translation>
    </message>
    <message>
        <source>Discard the restored text</source>
        <translation>Discard the restored text</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message numerus="yes">
        <source>%n questions. There are no right or wrong answers.</source>
        <translation>
            <numerusform>%n question. There are no right or wrong answers.</numerusform>
            <numerusform>%n questions. There are no right or wrong answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your answers have been saved. Please hand the screen back to the staff member.</source>
        <translation>Your answers have been saved. Please hand the screen back to the staff member.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Counsellor&apos;s password</source>
        <translation>Counsellor&apos;s password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Back to the questions</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Thinking of: %1</source>
        <translation>Thinking of: %1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Please choose an answer first.</source>
        <translation>Please choose an answer first.</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1, enter your password to continue.</translation>
    </message>
    <message>
        <source>End the self-assessment?</source>
        <translation>End the self-assessment?</translation>
    </message>
    <message>
        <source>For staff only. The answers given so far are not scored, and the screen goes back to the lock screen.</source>
        <translation>For staff only. The answers given so far are not scored, and the screen goes back to the lock screen.</translation>
    </message>
    <message>
        <source>For staff only. %1 enters their password to end it; the answers given so far are not scored.</source>
        <translation>For staff only. %1 enters their password to end it; the answers given so far are not scored.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>LeftoverDraftsDialog</name>
    <message>
        <source>Unsaved drafts</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <source>You have unsaved drafts: text typed into session records that was never saved, kept encrypted on this computer. Reopen one to go on writing, or discard it.</source>
        <translation>You have unsaved drafts: text typed into session records that was never saved, kept encrypted on this computer. Reopen one to go on writing, or discard it.</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>Last typed</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Beginning</translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation>(no notes yet)</translation>
    </message>
    <message>
        <source>Drafts in red cannot be reopened from here (the file is no longer yours, the record was signed or deleted, or the form is not about one file: open it again where you typed it); otherwise discard them.</source>
        <translation>Drafts in red cannot be reopened from here (the file is no longer yours, the record was signed or deleted, or the form is not about one file: open it again where you typed it); otherwise discard them.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>a file you no longer reach</source>
        <translation>a file you no longer reach</translation>
    </message>
    <message>
        <source>Discard the unsaved text for %1 (%2)? It cannot be brought back.</source>
        <translation>Discard the unsaved text for %1 (%2)? It cannot be brought back.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Signed in with the recovery key. Enter the key to continue.</source>
        <translation>Signed in with the recovery key. Enter the key to continue.</translation>
    </message>
    <message>
        <source>Locked by %1. Enter the password to continue.</source>
        <translation>Locked by %1. Enter the password to continue.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Daily work</source>
        <translation>Daily work</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Station &amp;profile…</source>
        <translation>Station &amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Station Desk</source>
        <translation>&amp;About Station Desk</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Locked — %1</translation>
    </message>
</context>
<context>
    <name>MergeFilesDialog</name>
    <message>
        <source>Merge two files of one worker</source>
        <translation>Merge two files of one worker</translation>
    </message>
    <message>
        <source>Everything the second file holds (session records, assessments, follow-ups, crises, referrals, appointments, consents) moves to the file kept. The second file is closed and points to the kept one; signed records stay as signed. Recorded in the audit trail.</source>
        <translation>Everything the second file holds (session records, assessments, follow-ups, crises, referrals, appointments, consents) moves to the file kept. The second file is closed and points to the kept one; signed records stay as signed. Recorded in the audit trail.</translation>
    </message>
    <message>
        <source>File number, e.g. XL-2026-000012</source>
        <translation>File number, e.g. XL-2026-000012</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>File kept</translation>
    </message>
    <message>
        <source>File merged into it</source>
        <translation>File merged into it</translation>
    </message>
    <message>
        <source>(no such file)</source>
        <translation>(no such file)</translation>
    </message>
    <message>
        <source>Merge file %1 into file %2? This cannot be undone.</source>
        <translation>Merge file %1 into file %2? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>NextAppointmentPicker</name>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>The record names the day and time of the next appointment</source>
        <translation>The record names the day and time of the next appointment</translation>
    </message>
    <message>
        <source>Date of the next appointment</source>
        <translation>Date of the next appointment</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>Time of the next appointment</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Book the next appointment at this date and time</source>
        <translation>Book the next appointment at this date and time</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up outcome</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <source>%1 %2 · planned %3</source>
        <translation>%1 %2 · planned %3</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>Closed, no more follow-up</source>
        <translation>Closed, no more follow-up</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>At a set time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message numerus="yes">
        <source>Tries that did not reach the worker: %n</source>
        <translation>
            <numerusform>Tries that did not reach the worker: %n</numerusform>
            <numerusform>Tries that did not reach the worker: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>the passwords differ</source>
        <translation>the passwords differ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Takes effect the next time Station Desk starts without a language on its command line.</source>
        <translation>Takes effect the next time Station Desk starts without a language on its command line.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Station policy</source>
        <translation>Station policy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Lock after no input for</translation>
    </message>
    <message>
        <source>Registration with the city union</source>
        <translation>Registration with the city union</translation>
    </message>
    <message>
        <source>Statistics packages are signed with this station&apos;s key. When the city union registers the station&apos;s public key, it checks this fingerprint with you. It is not secret.</source>
        <translation>Statistics packages are signed with this station&apos;s key. When the city union registers the station&apos;s public key, it checks this fingerprint with you. It is not secret.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Client file summary</source>
        <translation>Client file summary</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Session record</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Whole case</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Monthly station report</source>
        <translation>Monthly station report</translation>
    </message>
    <message>
        <source>Blank paper forms</source>
        <translation>Blank paper forms</translation>
    </message>
    <message>
        <source>Inspection registers</source>
        <translation>Inspection registers</translation>
    </message>
    <message>
        <source>Analysis report for the union</source>
        <translation>Analysis report for the union</translation>
    </message>
    <message>
        <source>Counselling register</source>
        <translation>Counselling register</translation>
    </message>
    <message>
        <source>Activity register</source>
        <translation>Activity register</translation>
    </message>
    <message>
        <source>Crisis register</source>
        <translation>Crisis register</translation>
    </message>
    <message>
        <source>Intake with informed consent</source>
        <translation>Intake with informed consent</translation>
    </message>
    <message>
        <source>Session record form</source>
        <translation>Session record form</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>Satisfaction rating</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1, quarter %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Watermark with my name</source>
        <translation>Watermark with my name</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Choose a document and press Preview. A preview has no number; printing or saving gives the copy a number and records it in the audit trail.</source>
        <translation>Choose a document and press Preview. A preview has no number; printing or saving gives the copy a number and records it in the audit trail.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start printing (the printer is not available).</source>
        <translation>Could not start printing (the printer is not available).</translation>
    </message>
    <message>
        <source>Printing did not complete: %1</source>
        <translation>Printing did not complete: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n page(s), document number %1).</source>
        <translation>
            <numerusform>Sent to the printer (%n page, document number %1).</numerusform>
            <numerusform>Sent to the printer (%n pages, document number %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n page(s), document number %2).</source>
        <translation>
            <numerusform>Saved: %1 (%n page, document number %2).</numerusform>
            <numerusform>Saved: %1 (%n pages, document number %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason required</source>
        <translation>Reason required</translation>
    </message>
    <message>
        <source>File %1 belongs to a counsellor&apos;s caseload. Opening it needs a reason, which is written to the audit trail.</source>
        <translation>File %1 belongs to a counsellor&apos;s caseload. Opening it needs a reason, which is written to the audit trail.</translation>
    </message>
    <message>
        <source>Recovery key, only to open restricted records (the key kept in the safe; leave empty otherwise):</source>
        <translation>Recovery key, only to open restricted records (the key kept in the safe; leave empty otherwise):</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign a counsellor&apos;s cases</source>
        <translation>Reassign a counsellor&apos;s cases</translation>
    </message>
    <message>
        <source>Hand the files of a counsellor who has left (or is away for long) to a colleague. You do not open the files: only their numbers and names are listed, restricted ones masked. Each file moved is recorded in the audit trail.</source>
        <translation>Hand the files of a counsellor who has left (or is away for long) to a colleague. You do not open the files: only their numbers and names are listed, restricted ones masked. Each file moved is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Include closed and referred-out files</source>
        <translation>Include closed and referred-out files</translation>
    </message>
    <message>
        <source>e.g. counsellor left the station on 2026-10-31</source>
        <translation>e.g. counsellor left the station on 2026-10-31</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>%1%2 — %3 open of %4 files</source>
        <translation>%1%2 — %3 open of %4 files</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will move</source>
        <translation>
            <numerusform>%n file will move</numerusform>
            <numerusform>%n files will move</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 open files</source>
        <translation>%1 — %2 open files</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) from %1 to %2?</source>
        <translation>
            <numerusform>Move %n file from %1 to %2?</numerusform>
            <numerusform>Move %n files from %1 to %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no files to move.</source>
        <translation>There are no files to move.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Draft (unsigned)</source>
        <translation>Draft (unsigned)</translation>
    </message>
    <message>
        <source>Imported from the earlier register on %1; not signed in the app</source>
        <translation>Imported from the earlier register on %1; not signed in the app</translation>
    </message>
    <message>
        <source>Signed by %1, %2</source>
        <translation>Signed by %1, %2</translation>
    </message>
    <message>
        <source>awaiting co-signature</source>
        <translation>awaiting co-signature</translation>
    </message>
    <message>
        <source>co-signed by %1</source>
        <translation>co-signed by %1</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Presenting complaint</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>Presenting issues</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>Interventions used</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Session %1 — %2</translation>
    </message>
    <message>
        <source>Addendum by %1, %2</source>
        <translation>Addendum by %1, %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 (never saved)</source>
        <translation>%1 (never saved)</translation>
    </message>
    <message>
        <source>New record (never saved)</source>
        <translation>New record (never saved)</translation>
    </message>
    <message>
        <source>A record that no longer exists</source>
        <translation>A record that no longer exists</translation>
    </message>
    <message>
        <source>Draft of session %1</source>
        <translation>Draft of session %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>If every administrator password is lost, only this key opens the station&apos;s records. It is shown only now.</source>
        <translation>If every administrator password is lost, only this key opens the station&apos;s records. It is shown only now.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely</source>
        <translation>I have printed or written down the recovery key and stored it safely</translation>
    </message>
    <message>
        <source>Keep the key away from this computer, for example in the station&apos;s locked cabinet. Anyone holding it can open every record.</source>
        <translation>Keep the key away from this computer, for example in the station&apos;s locked cabinet. Anyone holding it can open every record.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This key opens the vault if every password is lost. Keep this sheet locked away, apart from the computer.</source>
        <translation>This key opens the vault if every password is lost. Keep this sheet locked away, apart from the computer.</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Print recovery key</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Destination type</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>RegimesPage</name>
    <message>
        <source>I have read it and will keep to it</source>
        <translation>I have read it and will keep to it</translation>
    </message>
    <message>
        <source>Adapt and adopt…</source>
        <translation>Adapt and adopt…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>What changed, for the record</source>
        <translation>What changed, for the record</translation>
    </message>
    <message>
        <source>Start from our template (Chinese)</source>
        <translation>Start from our template (Chinese)</translation>
    </message>
    <message>
        <source>Start from our template (English)</source>
        <translation>Start from our template (English)</translation>
    </message>
    <message>
        <source>Adopt as a new version</source>
        <translation>Adopt as a new version</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lines starting with &apos;## &apos; are section headings; &apos;1.&apos; or &apos;- &apos; start an item; a blank line ends a paragraph.</source>
        <translation>Lines starting with &apos;## &apos; are section headings; &apos;1.&apos; or &apos;- &apos; start an item; a blank line ends a paragraph.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>%1
(not adopted)</source>
        <translation>%1
(not adopted)</translation>
    </message>
    <message>
        <source>%1
version %2 · please read</source>
        <translation>%1
version %2 · please read</translation>
    </message>
    <message>
        <source>%1
version %2</source>
        <translation>%1
version %2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <source>The %1 has not been adopted yet.</source>
        <translation>The %1 has not been adopted yet.</translation>
    </message>
    <message>
        <source>Use “Adapt and adopt…” to start from our template.</source>
        <translation>Use “Adapt and adopt…” to start from our template.</translation>
    </message>
    <message>
        <source>Version %1, adopted %2 by %3.</source>
        <translation>Version %1, adopted %2 by %3.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Acknowledged by (version %1)</source>
        <translation>Acknowledged by (version %1)</translation>
    </message>
    <message>
        <source>Replace the text being edited with our template?</source>
        <translation>Replace the text being edited with our template?</translation>
    </message>
    <message>
        <source>Every account will be asked to read and acknowledge the new version at its next sign-in. Adopt it?</source>
        <translation>Every account will be asked to read and acknowledge the new version at its next sign-in. Adopt it?</translation>
    </message>
    <message>
        <source>Adopted “%1” as version %2.</source>
        <translation>Adopted “%1” as version %2.</translation>
    </message>
</context>
<context>
    <name>RegisterVisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <source>Anonymous visitor (name is a pseudonym or empty)</source>
        <translation>Anonymous visitor (name is a pseudonym or empty)</translation>
    </message>
    <message>
        <source>(assign later)</source>
        <translation>(assign later)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation, name and phone</source>
        <translation>Relation, name and phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>Employer / unit</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Job type</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>Key groups</translation>
    </message>
    <message>
        <source>How they came</source>
        <translation>How they came</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Informed consent signed now</source>
        <translation>Informed consent signed now</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>Agrees to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Limits of confidentiality explained</source>
        <translation>Limits of confidentiality explained</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReopenCase</name>
    <message>
        <source>Reopen the case of %1 (%2)? New records, follow-ups and appointments can be added again; the closing summary is kept. The reopening is recorded in the audit trail.</source>
        <translation>Reopen the case of %1 (%2)? New records, follow-ups and appointments can be added again; the closing summary is kept. The reopening is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Reset password of %1</translation>
    </message>
    <message>
        <source>Give the new password to the person directly. A disabled account is enabled again.</source>
        <translation>Give the new password to the person directly. A disabled account is enabled again.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>All current data will be replaced by the backup &lt;b&gt;%1&lt;/b&gt;. Entries made since that backup will no longer be in the vault: the current vault is kept aside only until the restored one has opened, then deleted. Station Desk signs out and restarts the sign-in.</source>
        <translation>All current data will be replaced by the backup &lt;b&gt;%1&lt;/b&gt;. Entries made since that backup will no longer be in the vault: the current vault is kept aside only until the restored one has opened, then deleted. Station Desk signs out and restarts the sign-in.</translation>
    </message>
    <message>
        <source>I understand that current data will be replaced</source>
        <translation>I understand that current data will be replaced</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>Check and restore</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
</context>
<context>
    <name>RestoreNotice</name>
    <message>
        <source>The backup made at %1 was restored and has opened. The copy of the vault as it was before has been deleted. Please sign in again.</source>
        <translation>The backup made at %1 was restored and has opened. The copy of the vault as it was before has been deleted. Please sign in again.</translation>
    </message>
    <message>
        <source>The backup made at %1 was restored and has opened. The copy of the vault as it was before could not be deleted yet (%2); the next sign-in tries again. Please sign in again.</source>
        <translation>The backup made at %1 was restored and has opened. The copy of the vault as it was before could not be deleted yet (%2); the next sign-in tries again. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Save period</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Keep a closed file for</source>
        <translation>Keep a closed file for</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Retention date</source>
        <translation>Retention date</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>Session records</translation>
    </message>
    <message>
        <source>Items in all</source>
        <translation>Items in all</translation>
    </message>
    <message>
        <source>Destroy selected file…</source>
        <translation>Destroy selected file…</translation>
    </message>
    <message>
        <source>Worker&apos;s deletion request…</source>
        <translation>Worker&apos;s deletion request…</translation>
    </message>
    <message>
        <source>Destroy one file before its retention date, at the worker&apos;s request (PIPL art. 47), with the legal ground</source>
        <translation>Destroy one file before its retention date, at the worker&apos;s request (PIPL art. 47), with the legal ground</translation>
    </message>
    <message>
        <source>Closed files past their retention date</source>
        <translation>Closed files past their retention date</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Destroyed files it still holds</source>
        <translation>Destroyed files it still holds</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Delete these backups…</translation>
    </message>
    <message>
        <source>Backups made before a destruction</source>
        <translation>Backups made before a destruction</translation>
    </message>
    <message>
        <source>Files are kept %1 years after the case closed, then listed below for review. The period cannot be shorter than %2 years.</source>
        <translation>Files are kept %1 years after the case closed, then listed below for review. The period cannot be shorter than %2 years.</translation>
    </message>
    <message>
        <source>%1 file(s) past their retention date. Review each, then destroy it: its records leave both databases and the audit trail keeps only a tombstone.</source>
        <translation>%1 file(s) past their retention date. Review each, then destroy it: its records leave both databases and the audit trail keeps only a tombstone.</translation>
    </message>
    <message>
        <source>These backups were made before a file was destroyed and still hold it. Restoring one would bring the file back.</source>
        <translation>These backups were made before a file was destroyed and still hold it. Restoring one would bring the file back.</translation>
    </message>
    <message>
        <source>No backup holds a destroyed file.</source>
        <translation>No backup holds a destroyed file.</translation>
    </message>
    <message>
        <source>Retention period saved.</source>
        <translation>Retention period saved.</translation>
    </message>
    <message>
        <source>File %1 destroyed: %2 item(s) removed from both databases.</source>
        <translation>File %1 destroyed: %2 item(s) removed from both databases.</translation>
    </message>
    <message>
        <source>Delete %1 backup(s) made before a destruction? They cannot be restored afterwards.</source>
        <translation>Delete %1 backup(s) made before a destruction? They cannot be restored afterwards.</translation>
    </message>
    <message>
        <source>%1 backup(s) deleted.</source>
        <translation>%1 backup(s) deleted.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Referred out</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>No informed consent recorded</source>
        <translation>No informed consent recorded</translation>
    </message>
    <message>
        <source>Informed consent: %1 (%2), limits explained by %3, recorded by %4</source>
        <translation>Informed consent: %1 (%2), limits explained by %3, recorded by %4</translation>
    </message>
    <message>
        <source>Withdrawn since %1: %2</source>
        <translation>Withdrawn since %1: %2</translation>
    </message>
    <message>
        <source>Personal information copy</source>
        <translation>Personal information copy</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>Copies given</source>
        <translation>Copies given</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages, document number %3). The request is logged on the file. The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>Saved %1 (%2 pages, document number %3). The request is logged on the file. The PDF is not encrypted: hand it to the worker and delete this copy.</translation>
    </message>
</context>
<context>
    <name>RiskNotice</name>
    <message>
        <source>The file&apos;s risk level stays %1 while its crisis is open (this record says %2).</source>
        <translation>The file&apos;s risk level stays %1 while its crisis is open (this record says %2).</translation>
    </message>
    <message>
        <source>The file&apos;s risk level changes from %1 to %2.</source>
        <translation>The file&apos;s risk level changes from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>SafeguardsBox</name>
    <message>
        <source>Safeguards</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message numerus="yes">
        <source>intact (%n entries)</source>
        <translation>
            <numerusform>intact (%n entry)</numerusform>
            <numerusform>intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at entry %1 (%2) — contact support and keep the latest backups</source>
        <translation>BROKEN at entry %1 (%2) — contact support and keep the latest backups</translation>
    </message>
    <message>
        <source>due now — %1 kept of %2</source>
        <translation>due now — %1 kept of %2</translation>
    </message>
    <message>
        <source>up to date — %1 kept of %2</source>
        <translation>up to date — %1 kept of %2</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <source>Write it with the worker, in their words; it is printed for them to keep.</source>
        <translation>Write it with the worker, in their words; it is printed for them to keep.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>Coping steps</source>
        <translation>Coping steps</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>People and places</translation>
    </message>
    <message>
        <source>Professional contacts</source>
        <translation>Professional contacts</translation>
    </message>
    <message>
        <source>Means safety</source>
        <translation>Means safety</translation>
    </message>
</context>
<context>
    <name>SatisfactionKiosk</name>
    <message>
        <source>Your opinion</source>
        <translation>Your opinion</translation>
    </message>
    <message>
        <source>Please rate today&apos;s service. Your answers help us improve it.</source>
        <translation>Please rate today&apos;s service. Your answers help us improve it.</translation>
    </message>
    <message>
        <source>Anything else you would like to tell us (optional)</source>
        <translation>Anything else you would like to tell us (optional)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>I would rather not answer</source>
        <translation>I would rather not answer</translation>
    </message>
</context>
<context>
    <name>SaveDialogs</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: once saved, anyone who can open the folder can read it.

• Save only to this PC or an encrypted location, never to a USB stick, cloud drive or chat app;
• delete it when done;
• this save, with its document number and location, goes into the audit trail.

Save anyway?</source>
        <translation>A PDF is not encrypted: once saved, anyone who can open the folder can read it.

• Save only to this PC or an encrypted location, never to a USB stick, cloud drive or chat app;
• delete it when done;
• this save, with its document number and location, goes into the audit trail.

Save anyway?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>One result so far</source>
        <translation>One result so far</translation>
    </message>
    <message>
        <source>Change since first: %1 (no change)</source>
        <translation>Change since first: %1 (no change)</translation>
    </message>
    <message>
        <source>Change since first: %1 (better)</source>
        <translation>Change since first: %1 (better)</translation>
    </message>
    <message>
        <source>Change since first: %1 (worse)</source>
        <translation>Change since first: %1 (worse)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>No results yet</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Words in the notes, e.g. 焦虑 失眠</source>
        <translation>Words in the notes, e.g. 焦虑 失眠</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Any counsellor</source>
        <translation>Any counsellor</translation>
    </message>
    <message>
        <source>List records</source>
        <translation>List records</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>Presenting issues</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation>Hotline log</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Search records</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation>Regimes</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>Tier self-check</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not yet evidenced</source>
        <translation>Not yet evidenced</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Keep this self-check</source>
        <translation>Keep this self-check</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Showing</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Judged from</source>
        <translation>Judged from</translation>
    </message>
    <message>
        <source>Answer this item…</source>
        <translation>Answer this item…</translation>
    </message>
    <message>
        <source>Now (not kept yet)</source>
        <translation>Now (not kept yet)</translation>
    </message>
    <message>
        <source>#%1 of %2 by %3: %4 met, %5 not met, %6 not yet evidenced</source>
        <translation>#%1 of %2 by %3: %4 met, %5 not met, %6 not yet evidenced</translation>
    </message>
    <message>
        <source>Tier self-check — target: %1</source>
        <translation>Tier self-check — target: %1</translation>
    </message>
    <message>
        <source>%1, %2 · period %3 to %4 · %5 met, %6 not met, %7 not yet evidenced · highest tier fully met: %8</source>
        <translation>%1, %2 · period %3 to %4 · %5 met, %6 not met, %7 not yet evidenced · highest tier fully met: %8</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>hand check</source>
        <translation>hand check</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>Found in the records:</source>
        <translation>Found in the records:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Answered %1 on %2 by %3.</source>
        <translation>Answered %1 on %2 by %3.</translation>
    </message>
    <message>
        <source>Check this on site, then answer it with a note of what you saw.</source>
        <translation>Check this on site, then answer it with a note of what you saw.</translation>
    </message>
</context>
<context>
    <name>SendTransferDialog</name>
    <message>
        <source>Transfer file %1 to another station</source>
        <translation>Transfer file %1 to another station</translation>
    </message>
    <message>
        <source>The whole case is written to one file, encrypted to the receiving station&apos;s key and signed by this station: only that station can open it. Afterwards this file shows where it went, takes no new records and cannot be reopened; nothing in it is deleted.</source>
        <translation>The whole case is written to one file, encrypted to the receiving station&apos;s key and signed by this station: only that station can open it. Afterwards this file shows where it went, takes no new records and cannot be reopened; nothing in it is deleted.</translation>
    </message>
    <message>
        <source>station.key from the receiving station</source>
        <translation>station.key from the receiving station</translation>
    </message>
    <message>
        <source>Receiving station&apos;s key file</source>
        <translation>Receiving station&apos;s key file</translation>
    </message>
    <message>
        <source>Save the transfer file as</source>
        <translation>Save the transfer file as</translation>
    </message>
    <message>
        <source>Write transfer file</source>
        <translation>Write transfer file</translation>
    </message>
    <message>
        <source>The receiving station&apos;s key file</source>
        <translation>The receiving station&apos;s key file</translation>
    </message>
    <message>
        <source>Station key file (*.key *.pub *.json);;All files (*)</source>
        <translation>Station key file (*.key *.pub *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Receiving station: %1 (%2)
Fingerprint: %3
Read the fingerprint to that station by phone before you send the file.</source>
        <translation>Receiving station: %1 (%2)
Fingerprint: %3
Read the fingerprint to that station by phone before you send the file.</translation>
    </message>
    <message>
        <source>File %1 was written to %2 for %3. Send it to that station; this file now shows the transfer and takes no new records.</source>
        <translation>File %1 was written to %2 for %3. Send it to that station; this file now shows the transfer and takes no new records.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) you cannot open went without their text, marked as not transferred.</source>
        <translation>
            <numerusform>%n restricted item you cannot open went without its text, marked as not transferred.</numerusform>
            <numerusform>%n restricted items you cannot open went without their text, marked as not transferred.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked here for this worker were cancelled: %1. Tell the worker, and remind them to book with the new station.</source>
        <translation>
            <numerusform>%n appointment booked here for this worker was cancelled: %1. Tell the worker, and remind them to book with the new station.</numerusform>
            <numerusform>%n appointments booked here for this worker were cancelled: %1. Tell the worker, and remind them to book with the new station.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session record</source>
        <translation>Session record</translation>
    </message>
    <message>
        <source>Discard the restored text</source>
        <translation>Discard the restored text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>Presenting issues</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Presenting complaint</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Copy last plan</source>
        <translation>Copy last plan</translation>
    </message>
    <message>
        <source>Insert the plan of the last signed record</source>
        <translation>Insert the plan of the last signed record</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>Interventions used</translation>
    </message>
    <message>
        <source>Restricted: only I can see this record</source>
        <translation>Restricted: only I can see this record</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Delete this unsigned draft record</source>
        <translation>Delete this unsigned draft record</translation>
    </message>
    <message>
        <source>%1 · file %2 · session %3</source>
        <translation>%1 · file %2 · session %3</translation>
    </message>
    <message>
        <source>Session record: %1 (%2)</source>
        <translation>Session record: %1 (%2)</translation>
    </message>
    <message>
        <source>booked %1–%2</source>
        <translation>booked %1–%2</translation>
    </message>
    <message>
        <source>The record names %1 as the next appointment, and nothing is booked that day. Book it now?</source>
        <translation>The record names %1 as the next appointment, and nothing is booked that day. Book it now?</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Autosaved at %1</source>
        <translation>Autosaved at %1</translation>
    </message>
    <message>
        <source>Restored what was typed until %1 and not saved (the app was closed or stopped).</source>
        <translation>Restored what was typed until %1 and not saved (the app was closed or stopped).</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Sign this record? Once signed it cannot be changed; corrections are added as dated addenda. Type your password to sign.</source>
        <translation>Sign this record? Once signed it cannot be changed; corrections are added as dated addenda. Type your password to sign.</translation>
    </message>
    <message>
        <source>Delete the unsigned draft of session %1? Its text is removed for good; the deletion is recorded in the audit trail.</source>
        <translation>Delete the unsigned draft of session %1? Its text is removed for good; the deletion is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>SessionTemplates</name>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Reason for coming:
Since when:
Work and shifts:
What they hope for:
</source>
        <translation>Reason for coming:
Since when:
Work and shifts:
What they hope for:
</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Follow-up session</translation>
    </message>
    <message>
        <source>Since the last session:
Homework:
Today&apos;s concern:
</source>
        <translation>Since the last session:
Homework:
Today&apos;s concern:
</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>Mental state</translation>
    </message>
    <message>
        <source>Mood:
Sleep and appetite:
Work and relationships:
Risk (self-harm, harm to others):
</source>
        <translation>Mood:
Sleep and appetite:
Work and relationships:
Risk (self-harm, harm to others):
</translation>
    </message>
    <message>
        <source>Session outline</source>
        <translation>Session outline</translation>
    </message>
    <message>
        <source>Focus of the session:
Methods used:
The worker&apos;s response:
</source>
        <translation>Focus of the session:
Methods used:
The worker&apos;s response:
</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Focus next time:
Homework:
Referral or follow-up needed:
</source>
        <translation>Focus next time:
Homework:
Referral or follow-up needed:
</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share or transfer</source>
        <translation>Share or transfer</translation>
    </message>
    <message>
        <source>Share (both can see and write)</source>
        <translation>Share (both can see and write)</translation>
    </message>
    <message>
        <source>Transfer (the colleague takes over)</source>
        <translation>Transfer (the colleague takes over)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SignInRestoreDialog</name>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>The vault cannot be opened as it is. Restoring a backup replaces it with the backup&apos;s data; entries made after that backup are lost. The backup is checked in full first. An admin&apos;s password or the recovery key is needed.</source>
        <translation>The vault cannot be opened as it is. Restoring a backup replaces it with the backup&apos;s data; entries made after that backup are lost. The backup is checked in full first. An admin&apos;s password or the recovery key is needed.</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>I understand that current data will be replaced</source>
        <translation>I understand that current data will be replaced</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>Check and restore</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <source>No backup found in %1. Choose a backup file.</source>
        <translation>No backup found in %1. Choose a backup file.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Station Desk backups (*%1)</source>
        <translation>Station Desk backups (*%1)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Restore the latest backup…</translation>
    </message>
    <message>
        <source>Demo vault — invented data only</source>
        <translation>Demo vault — invented data only</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>Sign in with a password</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign with your password</source>
        <translation>Sign with your password</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Station profile</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>These details appear on printed ledgers and reports. An administrator can change them later.</source>
        <translation>These details appear on printed ledgers and reports. An administrator can change them later.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>Station tier</source>
        <translation>Station tier</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Address (optional)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Choose a data folder (a full path).</source>
        <translation>Choose a data folder (a full path).</translation>
    </message>
</context>
<context>
    <name>StationProfileDialog</name>
    <message>
        <source>Station profile</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>These details appear on printed ledgers, reports and new statistics packages; those already made keep the old ones. The change is recorded in the audit trail.</source>
        <translation>These details appear on printed ledgers, reports and new statistics packages; those already made keep the old ones. The change is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>Station tier</source>
        <translation>Station tier</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Address (optional)</translation>
    </message>
</context>
<context>
    <name>SubjectCopyDialog</name>
    <message>
        <source>Copy for the worker</source>
        <translation>Copy for the worker</translation>
    </message>
    <message>
        <source>A copy of what the station holds about the worker (PIPL art. 45): registration, consent, signed session records with their addenda, assessments, follow-ups, crises, referrals and corrections. Tick what you withhold (for example a third party&apos;s information) and give the reason: the copy marks it as withheld.</source>
        <translation>A copy of what the station holds about the worker (PIPL art. 45): registration, consent, signed session records with their addenda, assessments, follow-ups, crises, referrals and corrections. Tick what you withhold (for example a third party&apos;s information) and give the reason: the copy marks it as withheld.</translation>
    </message>
    <message>
        <source>Date the worker asked</source>
        <translation>Date the worker asked</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Withhold</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted record(s) are sealed to their author: their text cannot be included by you, and the copy says so.</source>
        <translation>
            <numerusform>%n restricted record is sealed to its author: its text cannot be included by you, and the copy says so.</numerusform>
            <numerusform>%n restricted records are sealed to their authors: their text cannot be included by you, and the copy says so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Supervision of %1</source>
        <translation>Supervision of %1</translation>
    </message>
    <message>
        <source>No supervision</source>
        <translation>No supervision</translation>
    </message>
    <message>
        <source>Signed records of a counsellor under supervision wait for the supervisor&apos;s co-signature.</source>
        <translation>Signed records of a counsellor under supervision wait for the supervisor&apos;s co-signature.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>One sheet per line: GENDER AGE INDUSTRY GROUP ANSWERS, &apos;-&apos; for one not given. Gender f or m; age 1 under 20, 2 20–29, 3 30–39, 4 40–49, 5 50–59, 6 60 and over; answers one digit per item (or separated by commas). Example: f 3 1 - 012301230
Industries: %1
Key groups: %2</source>
        <translation>One sheet per line: GENDER AGE INDUSTRY GROUP ANSWERS, &apos;-&apos; for one not given. Gender f or m; age 1 under 20, 2 20–29, 3 30–39, 4 40–49, 5 50–59, 6 60 and over; answers one digit per item (or separated by commas). Example: f 3 1 - 012301230
Industries: %1
Key groups: %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>Create the campaign</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type in paper answer sheets</source>
        <translation>Type in paper answer sheets</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Report on the selected campaign…</source>
        <translation>Report on the selected campaign…</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>Choose a campaign in the list first.</translation>
    </message>
    <message>
        <source>Stored: %1 — %2 (%3).</source>
        <translation>Stored: %1 — %2 (%3).</translation>
    </message>
    <message>
        <source>An alert was raised: see Assessments.</source>
        <translation>An alert was raised: see Assessments.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Basic I</source>
        <translation>Basic I</translation>
    </message>
    <message>
        <source>Basic II</source>
        <translation>Basic II</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Complete I</source>
        <translation>Complete I</translation>
    </message>
    <message>
        <source>Complete II</source>
        <translation>Complete II</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>TodayDuty</name>
    <message>
        <source>On duty today: nobody is on the roster.</source>
        <translation>On duty today: nobody is on the roster.</translation>
    </message>
    <message>
        <source>On duty today: %1</source>
        <translation>On duty today: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reopen or discard…</source>
        <translation>Reopen or discard…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>my co-signature</source>
        <translation>my co-signature</translation>
    </message>
    <message>
        <source>my signature</source>
        <translation>my signature</translation>
    </message>
    <message>
        <source>Read and co-sign…</source>
        <translation>Read and co-sign…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>Follow-ups due and overdue</translation>
    </message>
    <message>
        <source>Follow-ups due, per counsellor</source>
        <translation>Follow-ups due, per counsellor</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>Open crises</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <source>This month against the targets</source>
        <translation>This month against the targets</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open crisis(es), %1 with the 24-hour follow-up overdue</source>
        <translation>
            <numerusform>%n open crisis, %1 with the 24-hour follow-up overdue</numerusform>
            <numerusform>%n open crises, %1 with the 24-hour follow-up overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>New files this month: %1</source>
        <translation>New files this month: %1</translation>
    </message>
    <message>
        <source>Sessions this month: %1 (hotline %2) · new files: %3</source>
        <translation>Sessions this month: %1 (hotline %2) · new files: %3</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved draft(s) left from an earlier session (the app was closed or stopped before they were saved).</source>
        <translation>
            <numerusform>You have %n unsaved draft left from an earlier session (the app was closed or stopped before they were saved).</numerusform>
            <numerusform>You have %n unsaved drafts left from an earlier session (the app was closed or stopped before they were saved).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Save the transfer file</source>
        <translation>Save the transfer file</translation>
    </message>
    <message>
        <source>Transfer file (*.sdtransfer)</source>
        <translation>Transfer file (*.sdtransfer)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>(restricted: not transferred)</source>
        <translation>(restricted: not transferred)</translation>
    </message>
    <message>
        <source>Transferred from %1 on %2</source>
        <translation>Transferred from %1 on %2</translation>
    </message>
    <message>
        <source>Sent %1 by %2 · signing key fingerprint %3</source>
        <translation>Sent %1 by %2 · signing key fingerprint %3</translation>
    </message>
    <message>
        <source>Registration at the sending station</source>
        <translation>Registration at the sending station</translation>
    </message>
    <message>
        <source>File %1, opened %2</source>
        <translation>File %1, opened %2</translation>
    </message>
    <message>
        <source>Counsellor there: %1</source>
        <translation>Counsellor there: %1</translation>
    </message>
    <message>
        <source>Risk level at transfer: %1</source>
        <translation>Risk level at transfer: %1</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Withdrawn from %1</source>
        <translation>Withdrawn from %1</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>Session records</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Session %1 — %2</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Presenting complaint</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Signed by %1, %2</source>
        <translation>Signed by %1, %2</translation>
    </message>
    <message>
        <source>co-signed by %1</source>
        <translation>co-signed by %1</translation>
    </message>
    <message>
        <source>Addendum by %1, %2</source>
        <translation>Addendum by %1, %2</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Crisis interventions</source>
        <translation>Crisis interventions</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>Hotline calls</translation>
    </message>
    <message>
        <source>Expected there next: %1 with %2 (cancelled there with the transfer; offer a time here)</source>
        <translation>Expected there next: %1 with %2 (cancelled there with the transfer; offer a time here)</translation>
    </message>
    <message>
        <source>Records from the former station…</source>
        <translation>Records from the former station…</translation>
    </message>
    <message>
        <source>Transferred to %1 on %2 — closed to new records</source>
        <translation>Transferred to %1 on %2 — closed to new records</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message numerus="yes">
        <source>%n session record(s)</source>
        <translation>
            <numerusform>%n session record</numerusform>
            <numerusform>%n session records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crisis intervention(s)</source>
        <translation>
            <numerusform>%n crisis intervention</numerusform>
            <numerusform>%n crisis interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline call(s)</source>
        <translation>
            <numerusform>%n hotline call</numerusform>
            <numerusform>%n hotline calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) came without their text: the sending station could not re-encrypt them.</source>
        <translation>
            <numerusform>%n restricted item came without its text: the sending station could not re-encrypt it.</numerusform>
            <numerusform>%n restricted items came without their text: the sending station could not re-encrypt them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnionWindow</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Cells withheld</source>
        <translation>Cells withheld</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>City union · merging statistics packages</source>
        <translation>City union · merging statistics packages</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Register a &amp;key file…</source>
        <translation>Register a &amp;key file…</translation>
    </message>
    <message>
        <source>Add &amp;packages…</source>
        <translation>Add &amp;packages…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Add a &amp;folder…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>e.g. 2026-10, 2026-Q3, 2026</source>
        <translation>e.g. 2026-10, 2026-Q3, 2026</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Check and &amp;merge</source>
        <translation>Check and &amp;merge</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Who reported</translation>
    </message>
    <message>
        <source>City tables</source>
        <translation>City tables</translation>
    </message>
    <message>
        <source>&amp;Registry folder</source>
        <translation>&amp;Registry folder</translation>
    </message>
    <message>
        <source>Registered &amp;stations</source>
        <translation>Registered &amp;stations</translation>
    </message>
    <message>
        <source>Packa&amp;ges to merge</source>
        <translation>Packa&amp;ges to merge</translation>
    </message>
    <message>
        <source>Per&amp;iod (optional)</source>
        <translation>Per&amp;iod (optional)</translation>
    </message>
    <message>
        <source>Report fol&amp;der</source>
        <translation>Report fol&amp;der</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Registry folder</source>
        <translation>Registry folder</translation>
    </message>
    <message>
        <source>Choose the registry folder first.</source>
        <translation>Choose the registry folder first.</translation>
    </message>
    <message>
        <source>Register a station&apos;s key file</source>
        <translation>Register a station&apos;s key file</translation>
    </message>
    <message>
        <source>Station key (*.key *.json *.pub *.txt);;All files (*)</source>
        <translation>Station key (*.key *.json *.pub *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Registered %1 (%2)
Fingerprint: %3
Check it with the station by phone.</source>
        <translation>Registered %1 (%2)
Fingerprint: %3
Check it with the station by phone.</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Add packages</translation>
    </message>
    <message>
        <source>Statistics package (*.zip)</source>
        <translation>Statistics package (*.zip)</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>Add a folder of packages</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Report folder</translation>
    </message>
    <message>
        <source>Add the packages to merge.</source>
        <translation>Add the packages to merge.</translation>
    </message>
    <message>
        <source>Choose the report folder.</source>
        <translation>Choose the report folder.</translation>
    </message>
    <message>
        <source>Checking and merging…</source>
        <translation>Checking and merging…</translation>
    </message>
    <message>
        <source>Period %1: %2 accepted, %3 refused, %4 stations not reported. Report written to: %5</source>
        <translation>Period %1: %2 accepted, %3 refused, %4 stations not reported. Report written to: %5</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>From this date: no new session record while counselling is withdrawn, no assessment while assessment is withdrawn, and none of the worker&apos;s records from then on are counted in statistics while statistics use is withdrawn. What was recorded before stays. A new signed consent form ends the withdrawal.</source>
        <translation>From this date: no new session record while counselling is withdrawn, no assessment while assessment is withdrawn, and none of the worker&apos;s records from then on are counted in statistics while statistics use is withdrawn. What was recorded before stays. A new signed consent form ends the withdrawal.</translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation>Withdrawn from</translation>
    </message>
    <message>
        <source>Withdraws</source>
        <translation>Withdraws</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>vault created</source>
        <translation>vault created</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <source>signed in with the recovery key</source>
        <translation>signed in with the recovery key</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>screen unlocked</translation>
    </message>
    <message>
        <source>unlock failed</source>
        <translation>unlock failed</translation>
    </message>
    <message>
        <source>account added</source>
        <translation>account added</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>account enabled</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <source>supervision set</source>
        <translation>supervision set</translation>
    </message>
    <message>
        <source>station profile edited</source>
        <translation>station profile edited</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>settings changed</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>database rekeyed</source>
        <translation>database rekeyed</translation>
    </message>
    <message>
        <source>raw database key revealed</source>
        <translation>raw database key revealed</translation>
    </message>
    <message>
        <source>integrity verified</source>
        <translation>integrity verified</translation>
    </message>
    <message>
        <source>recovery key replaced</source>
        <translation>recovery key replaced</translation>
    </message>
    <message>
        <source>demo data generated</source>
        <translation>demo data generated</translation>
    </message>
    <message>
        <source>this entry is missing (removed or inserted)</source>
        <translation>this entry is missing (removed or inserted)</translation>
    </message>
    <message>
        <source>this entry was altered</source>
        <translation>this entry was altered</translation>
    </message>
    <message>
        <source>the record of the chain&apos;s end was altered or removed</source>
        <translation>the record of the chain&apos;s end was altered or removed</translation>
    </message>
    <message>
        <source>entries were cut off the end</source>
        <translation>entries were cut off the end</translation>
    </message>
    <message>
        <source>the station chain</source>
        <translation>the station chain</translation>
    </message>
    <message>
        <source>the clinical records chain</source>
        <translation>the clinical records chain</translation>
    </message>
    <message>
        <source>own case</source>
        <translation>own case</translation>
    </message>
    <message>
        <source>shared case</source>
        <translation>shared case</translation>
    </message>
    <message>
        <source>as supervisor</source>
        <translation>as supervisor</translation>
    </message>
    <message>
        <source>opened with a reason</source>
        <translation>opened with a reason</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the file went to another station</source>
        <translation>the file went to another station</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>the app</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>the self-test</source>
        <translation>the self-test</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>session records</translation>
    </message>
    <message>
        <source>co-signatures</source>
        <translation>co-signatures</translation>
    </message>
    <message>
        <source>addenda</source>
        <translation>addenda</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>audit.attendance</name>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
</context>
<context>
    <name>audit.counselling</name>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
</context>
<context>
    <name>audit.detail</name>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>account enabled again</source>
        <translation>account enabled again</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>needs co-signature</source>
        <translation>needs co-signature</translation>
    </message>
    <message>
        <source>file risk</source>
        <translation>file risk</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>union code</source>
        <translation>union code</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>clinical key</source>
        <translation>clinical key</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>appointment time</source>
        <translation>appointment time</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>next contact</source>
        <translation>next contact</translation>
    </message>
    <message>
        <source>sections written</source>
        <translation>sections written</translation>
    </message>
    <message>
        <source>file since transferred to (their copy is not corrected)</source>
        <translation>file since transferred to (their copy is not corrected)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>copy number</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>watermark</source>
        <translation>watermark</translation>
    </message>
    <message>
        <source>through</source>
        <translation>through</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>session no.</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>new record</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>risk level after</source>
        <translation>risk level after</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>database upgrades applied</source>
        <translation>database upgrades applied</translation>
    </message>
    <message>
        <source>clinical database upgrades applied</source>
        <translation>clinical database upgrades applied</translation>
    </message>
</context>
<context>
    <name>audit.target</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>regime</translation>
    </message>
    <message>
        <source>tier item</source>
        <translation>tier item</translation>
    </message>
    <message>
        <source>group activity</source>
        <translation>group activity</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <source>tier self-check</source>
        <translation>tier self-check</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>hotline call</source>
        <translation>hotline call</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>yearly target</source>
        <translation>yearly target</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <source>appointment(s)</source>
        <translation>appointment(s)</translation>
    </message>
    <message>
        <source>{span}: {n_rows} appointment(s)</source>
        <translation>{span}: {n_rows} appointment(s)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Moved (was {shown_start})</source>
        <translation>Moved (was {shown_start})</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>Marked “{word}”</source>
        <translation>Marked “{word}”</translation>
    </message>
    <message>
        <source>Note: at that time there is already: {names}</source>
        <translation>Note: at that time there is already: {names}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <source>open follow-up(s)</source>
        <translation>open follow-up(s)</translation>
    </message>
    <message>
        <source> ({attempts} attempt(s) not reached)</source>
        <translation> ({attempts} attempt(s) not reached)</translation>
    </message>
    <message>
        <source>Follow-ups to make: {n_rows}</source>
        <translation>Follow-ups to make: {n_rows}</translation>
    </message>
    <message>
        <source>follow-up purpose</source>
        <translation>follow-up purpose</translation>
    </message>
    <message>
        <source>follow-up channel</source>
        <translation>follow-up channel</translation>
    </message>
    <message>
        <source>Planned: a follow-up of {file_no} {client_name} on {when} ({channel}, {purpose}).</source>
        <translation>Planned: a follow-up of {file_no} {client_name} on {when} ({channel}, {purpose}).</translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation>follow-up result</translation>
    </message>
    <message>
        <source>Recorded “{word}”: the follow-up of {file_no} {client_name} is done.</source>
        <translation>Recorded “{word}”: the follow-up of {file_no} {client_name} is done.</translation>
    </message>
    <message>
        <source>Recorded “{word}”: the follow-up of {file_no} {client_name} moves to {when}.</source>
        <translation>Recorded “{word}”: the follow-up of {file_no} {client_name} moves to {when}.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No instruments loaded.</source>
        <translation>No instruments loaded.</translation>
    </message>
    <message>
        <source> ({text})</source>
        <translation> ({text})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>referred out</source>
        <translation>referred out</translation>
    </message>
    <message>
        <source>Retention period: {years} years after the case closed.</source>
        <translation>Retention period: {years} years after the case closed.</translation>
    </message>
    <message>
        <source>Retention period: {years} years after closing; {n_due} file(s) past it.</source>
        <translation>Retention period: {years} years after closing; {n_due} file(s) past it.</translation>
    </message>
    <message>
        <source>{file_no}  {status}  closed {closed}  due {due}  {sessions} session record(s)  {records} item(s) in all</source>
        <translation>{file_no}  {status}  closed {closed}  due {due}  {sessions} session record(s)  {records} item(s) in all</translation>
    </message>
    <message>
        <source>a deletion request needs both --request-date and --ground</source>
        <translation>a deletion request needs both --request-date and --ground</translation>
    </message>
    <message>
        <source>Would destroy file {file_no}: {records} item(s) ({sessions} session record(s)). Check, then run again with --confirm.</source>
        <translation>Would destroy file {file_no}: {records} item(s) ({sessions} session record(s)). Check, then run again with --confirm.</translation>
    </message>
    <message>
        <source>File {file_no} destroyed: {records} item(s), both databases scrubbed; the audit trail keeps only the tombstone {tag}….</source>
        <translation>File {file_no} destroyed: {records} item(s), both databases scrubbed; the audit trail keeps only the tombstone {tag}….</translation>
    </message>
    <message>
        <source>Deleted {deleted} backup(s) made before the destruction.</source>
        <translation>Deleted {deleted} backup(s) made before the destruction.</translation>
    </message>
    <message>
        <source>Note: {n_stale} older backup(s) still hold destroyed files (station-desk retention backups --delete removes them):</source>
        <translation>Note: {n_stale} older backup(s) still hold destroyed files (station-desk retention backups --delete removes them):</translation>
    </message>
    <message>
        <source>No backup still holds a destroyed file.</source>
        <translation>No backup still holds a destroyed file.</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>session records</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consents</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>crises</source>
        <translation>crises</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>hotline calls</source>
        <translation>hotline calls</translation>
    </message>
    <message>
        <source>assessment alerts</source>
        <translation>assessment alerts</translation>
    </message>
    <message>
        <source>File {file_no} written to: </source>
        <translation>File {file_no} written to: </translation>
    </message>
    <message>
        <source>Receiving station: </source>
        <translation>Receiving station: </translation>
    </message>
    <message>
        <source>Their fingerprint (check by phone): </source>
        <translation>Their fingerprint (check by phone): </translation>
    </message>
    <message>
        <source>Contents: </source>
        <translation>Contents: </translation>
    </message>
    <message>
        <source>{withheld} restricted item(s) you cannot open went without their text, marked as not transferred.</source>
        <translation>{withheld} restricted item(s) you cannot open went without their text, marked as not transferred.</translation>
    </message>
    <message>
        <source>{n_cancelled} appointment(s) booked here for this worker were cancelled (reason: transferred): {when}. Tell the worker, and remind them to book with the new station.</source>
        <translation>{n_cancelled} appointment(s) booked here for this worker were cancelled (reason: transferred): {when}. Tell the worker, and remind them to book with the new station.</translation>
    </message>
    <message>
        <source>The file here is marked as transferred and takes no new records.</source>
        <translation>The file here is marked as transferred and takes no new records.</translation>
    </message>
    <message>
        <source>Sending station: </source>
        <translation>Sending station: </translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint (check by phone): </source>
        <translation>Sender&apos;s fingerprint (check by phone): </translation>
    </message>
    <message>
        <source>Imported on {date} as file {file_no}.</source>
        <translation>Imported on {date} as file {file_no}.</translation>
    </message>
    <message>
        <source>Imported: new file {file_no} ({name}); the sending station&apos;s records are kept with it as a read-only history.</source>
        <translation>Imported: new file {file_no} ({name}); the sending station&apos;s records are kept with it as a read-only history.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>{code} was released on {date} with k = {k}; this package holds exactly the tables released then (it tells nothing new).</source>
        <translation>{code} was released on {date} with k = {k}; this package holds exactly the tables released then (it tells nothing new).</translation>
    </message>
    <message>
        <source>The k = {requested_k} asked for applies only to years not yet released.</source>
        <translation>The k = {requested_k} asked for applies only to years not yet released.</translation>
    </message>
    <message>
        <source>Figures withheld: {suppressed_cells} (fewer than {k} people: {primary}; could be worked out from other figures: {secondary}; zeros of a line whose total is withheld: {zeros})</source>
        <translation>Figures withheld: {suppressed_cells} (fewer than {k} people: {primary}; could be worked out from other figures: {secondary}; zeros of a line whose total is withheld: {zeros})</translation>
    </message>
    <message>
        <source>Protected together with this year&apos;s earlier packages: </source>
        <translation>Protected together with this year&apos;s earlier packages: </translation>
    </message>
    <message>
        <source>Tables withheld for too few people (see the quarter&apos;s or year&apos;s package): </source>
        <translation>Tables withheld for too few people (see the quarter&apos;s or year&apos;s package): </translation>
    </message>
    <message>
        <source>--out or --preview is required</source>
        <translation>--out or --preview is required</translation>
    </message>
    <message>
        <source>Preview: {station}, {period}, protection threshold k = {k}. Nothing written.</source>
        <translation>Preview: {station}, {period}, protection threshold k = {k}. Nothing written.</translation>
    </message>
    <message>
        <source>Package written: </source>
        <translation>Package written: </translation>
    </message>
    <message>
        <source>Signing key fingerprint: </source>
        <translation>Signing key fingerprint: </translation>
    </message>
    <message>
        <source>Protection threshold: k = {k} (no figure about fewer than {k} people is published; every withheld figure keeps at least {k} possible values across all packages together).</source>
        <translation>Protection threshold: k = {k} (no figure about fewer than {k} people is published; every withheld figure keeps at least {k} possible values across all packages together).</translation>
    </message>
    <message>
        <source>{year}: released with k = {yk}; its other periods use k = {yk}.</source>
        <translation>{year}: released with k = {yk}; its other periods use k = {yk}.</translation>
    </message>
    <message>
        <source>Key file written (give it to the union, or to a station that will transfer a case here): </source>
        <translation>Key file written (give it to the union, or to a station that will transfer a case here): </translation>
    </message>
    <message>
        <source>Registered: </source>
        <translation>Registered: </translation>
    </message>
    <message>
        <source>Updated or already known: </source>
        <translation>Updated or already known: </translation>
    </message>
    <message>
        <source>Fingerprint (check with the station): </source>
        <translation>Fingerprint (check with the station): </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>Period {period}: {n_accepted} accepted, {n_rejected} refused, {n_missing} stations missing.</source>
        <translation>Period {period}: {n_accepted} accepted, {n_rejected} refused, {n_missing} stations missing.</translation>
    </message>
    <message>
        <source>Written: </source>
        <translation>Written: </translation>
    </message>
    <message>
        <source>to import</source>
        <translation>to import</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>imported before</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>cannot be imported</translation>
    </message>
    <message>
        <source>row {line}  {status}</source>
        <translation>row {line}  {status}</translation>
    </message>
    <message>
        <source>{kind}: {rows} rows; would add {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</source>
        <translation>{kind}: {rows} rows; would add {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</translation>
    </message>
    <message>
        <source>{kind}: {rows} rows; added {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</source>
        <translation>{kind}: {rows} rows; added {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</translation>
    </message>
    <message>
        <source> Nothing was written (dry run).</source>
        <translation> Nothing was written (dry run).</translation>
    </message>
    <message>
        <source>No likely duplicate files.</source>
        <translation>No likely duplicate files.</translation>
    </message>
    <message>
        <source>File {merged} merged into {kept}: {sessions} session records and {other} other records moved.</source>
        <translation>File {merged} merged into {kept}: {sessions} session records and {other} other records moved.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>give --month or --year, not both</source>
        <translation>give --month or --year, not both</translation>
    </message>
    <message>
        <source>--year is for ledger and annual only</source>
        <translation>--year is for ledger and annual only</translation>
    </message>
    <message>
        <source>--quarter goes with annual and --year</source>
        <translation>--quarter goes with annual and --year</translation>
    </message>
    <message>
        <source>--campaign is required</source>
        <translation>--campaign is required</translation>
    </message>
    <message>
        <source>safety_plan needs --file</source>
        <translation>safety_plan needs --file</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: keep it safe and delete it when done.</source>
        <translation>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <source>--out is required (or --list)</source>
        <translation>--out is required (or --list)</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}); {withheld} item(s) withheld, {n_not_included} restricted item(s) not included. The request is logged. The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>Saved: {out} ({pages} pages, document number {doc_number}); {withheld} item(s) withheld, {n_not_included} restricted item(s) not included. The request is logged. The PDF is not encrypted: hand it to the worker and delete this copy.</translation>
    </message>
    <message>
        <source>Copies given: {n_given}</source>
        <translation>Copies given: {n_given}</translation>
    </message>
    <message>
        <source>Consent {date}: {scopes}; limits explained by {who}; recorded by {recorded_by}</source>
        <translation>Consent {date}: {scopes}; limits explained by {who}; recorded by {recorded_by}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>ended {ended_on}</source>
        <translation>ended {ended_on}</translation>
    </message>
    <message>
        <source>Withdrawn {date}: {scopes} ({status})</source>
        <translation>Withdrawn {date}: {scopes} ({status})</translation>
    </message>
    <message>
        <source>No informed consent recorded.</source>
        <translation>No informed consent recorded.</translation>
    </message>
    <message>
        <source>Withdrawn today: {scope_labels}</source>
        <translation>Withdrawn today: {scope_labels}</translation>
    </message>
    <message>
        <source>Consent recorded ({date}): {scopes}.</source>
        <translation>Consent recorded ({date}): {scopes}.</translation>
    </message>
    <message>
        <source>Withdrawal recorded (from {date}): {scopes}.</source>
        <translation>Withdrawal recorded (from {date}): {scopes}.</translation>
    </message>
    <message>
        <source>Safety plan · file {file_no} · crisis of {shown_time}</source>
        <translation>Safety plan · file {file_no} · crisis of {shown_time}</translation>
    </message>
    <message>
        <source>Written {shown_time} by {written_by_name}</source>
        <translation>Written {shown_time} by {written_by_name}</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: hand it to the worker and delete this copy.</translation>
    </message>
    <message>
        <source>usage: tier answer CODE yes|no</source>
        <translation>usage: tier answer CODE yes|no</translation>
    </message>
    <message>
        <source>usage: tier show N</source>
        <translation>usage: tier show N</translation>
    </message>
    <message>
        <source>self-check number: {number}</source>
        <translation>self-check number: {number}</translation>
    </message>
    <message>
        <source>unexpected arguments</source>
        <translation>unexpected arguments</translation>
    </message>
    <message>
        <source>Recorded: {requirement} = {answer} ({day}).</source>
        <translation>Recorded: {requirement} = {answer} ({day}).</translation>
    </message>
    <message>
        <source>Tier self-check #{id} on {day} by {taken_name}; target {target}; period {first} to {last}</source>
        <translation>Tier self-check #{id} on {day} by {taken_name}; target {target}; period {first} to {last}</translation>
    </message>
    <message>
        <source>Met {met} · not met {not_met} · not yet evidenced {not_evidenced}; highest tier fully met: {highest}</source>
        <translation>Met {met} · not met {not_met} · not yet evidenced {not_evidenced}; highest tier fully met: {highest}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>No self-check has been taken yet.</source>
        <translation>No self-check has been taken yet.</translation>
    </message>
    <message>
        <source>#{id} {day} {taken_name} {target} met {met} · not met {not_met} · not yet evidenced {not_evidenced}</source>
        <translation>#{id} {day} {taken_name} {target} met {met} · not met {not_met} · not yet evidenced {not_evidenced}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {file}</source>
        <translation>not UTF-8 text: {file}</translation>
    </message>
    <message>
        <source>Adopted “{title}” version {version}.</source>
        <translation>Adopted “{title}” version {version}.</translation>
    </message>
    <message>
        <source>Nothing to acknowledge.</source>
        <translation>Nothing to acknowledge.</translation>
    </message>
    <message>
        <source>Acknowledged “{title}” version {version}.</source>
        <translation>Acknowledged “{title}” version {version}.</translation>
    </message>
    <message>
        <source>{label}: not adopted</source>
        <translation>{label}: not adopted</translation>
    </message>
    <message>
        <source>{label}: “{title}” version {version}</source>
        <translation>{label}: “{title}” version {version}</translation>
    </message>
    <message>
        <source>; not acknowledged by: {names}</source>
        <translation>; not acknowledged by: {names}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>use a date like 2026-11-02: {value}</source>
        <translation>use a date like 2026-11-02: {value}</translation>
    </message>
    <message>
        <source>{n_made} shift(s) added.</source>
        <translation>{n_made} shift(s) added.</translation>
    </message>
    <message>
        <source>Shift removed.</source>
        <translation>Shift removed.</translation>
    </message>
    <message>
        <source>No shifts in that range.</source>
        <translation>No shifts in that range.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>New admin password: </source>
        <translation>New admin password: </translation>
    </message>
    <message>
        <source>Vault created: </source>
        <translation>Vault created: </translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and keep it safe):</source>
        <translation>Recovery key (shown once; print it and keep it safe):</translation>
    </message>
    <message>
        <source>Demo vault created: </source>
        <translation>Demo vault created: </translation>
    </message>
    <message>
        <source>  recovery key: </source>
        <translation>  recovery key: </translation>
    </message>
    <message>
        <source>Integrity OK: all pages sound, audit chain of {audit_entries} entries intact.</source>
        <translation>Integrity OK: all pages sound, audit chain of {audit_entries} entries intact.</translation>
    </message>
    <message>
        <source>Backup written: </source>
        <translation>Backup written: </translation>
    </message>
    <message>
        <source>Restored the backup made at {backup_created}; the restored vault has opened.</source>
        <translation>Restored the backup made at {backup_created}; the restored vault has opened.</translation>
    </message>
    <message>
        <source>The copy of the vault as it was before has been securely deleted (its old key slots open nothing any more).</source>
        <translation>The copy of the vault as it was before has been securely deleted (its old key slots open nothing any more).</translation>
    </message>
    <message>
        <source>The copy of the vault as it was before could not be deleted yet; the next sign-in tries again: </source>
        <translation>The copy of the vault as it was before could not be deleted yet; the next sign-in tries again: </translation>
    </message>
    <message>
        <source>The database has a new key; every active account was re-wrapped.</source>
        <translation>The database has a new key; every active account was re-wrapped.</translation>
    </message>
    <message>
        <source>Raw database keys (keep them secret; open station.db in sqlcipher, then run):</source>
        <translation>Raw database keys (keep them secret; open station.db in sqlcipher, then run):</translation>
    </message>
    <message>
        <source>(Your account does not hold the key of the clinical records, clinical.db.)</source>
        <translation>(Your account does not hold the key of the clinical records, clinical.db.)</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>never signed in</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>New account&apos;s password: </source>
        <translation>New account&apos;s password: </translation>
    </message>
    <message>
        <source>Account created: </source>
        <translation>Account created: </translation>
    </message>
    <message>
        <source>Account disabled. Run `rekey` next to retire the old key.</source>
        <translation>Account disabled. Run `rekey` next to retire the old key.</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>Account unlocked.</translation>
    </message>
    <message>
        <source>Password reset.</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <source>Account enabled. Hand the new password to the person directly.</source>
        <translation>Account enabled. Hand the new password to the person directly.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>The account no longer holds the clinical records key. Run `rekey` next to retire any copy of the old one.</source>
        <translation>The account no longer holds the clinical records key. Run `rekey` next to retire any copy of the old one.</translation>
    </message>
    <message>
        <source>Supervision updated.</source>
        <translation>Supervision updated.</translation>
    </message>
    <message>
        <source>standard input is not UTF-8 text; check the terminal&apos;s or the file&apos;s encoding</source>
        <translation>standard input is not UTF-8 text; check the terminal&apos;s or the file&apos;s encoding</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>--user is required</source>
        <translation>--user is required</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>no such folder: {folder}</translation>
    </message>
</context>
<context>
    <name>cli.names</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>account role changed</source>
        <translation>account role changed</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>change a password</translation>
    </message>
    <message>
        <source>the supervisor must be another counsellor</source>
        <translation>the supervisor must be another counsellor</translation>
    </message>
    <message>
        <source>assessment administered</source>
        <translation>assessment administered</translation>
    </message>
    <message>
        <source>anonymous screening recorded</source>
        <translation>anonymous screening recorded</translation>
    </message>
    <message>
        <source>assessment results viewed</source>
        <translation>assessment results viewed</translation>
    </message>
    <message>
        <source>assessment alert acknowledged</source>
        <translation>assessment alert acknowledged</translation>
    </message>
    <message>
        <source>kiosk assessment started</source>
        <translation>kiosk assessment started</translation>
    </message>
    <message>
        <source>kiosk assessment abandoned (not scored)</source>
        <translation>kiosk assessment abandoned (not scored)</translation>
    </message>
    <message>
        <source>assessment statistics viewed</source>
        <translation>assessment statistics viewed</translation>
    </message>
    <message>
        <source>instrument imported</source>
        <translation>instrument imported</translation>
    </message>
    <message>
        <source>under 20</source>
        <translation>under 20</translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20–29</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Assessment alert: {label}</source>
        <translation>Assessment alert: {label}</translation>
    </message>
    <message>
        <source>Basic I</source>
        <translation>Basic I</translation>
    </message>
    <message>
        <source>Basic II</source>
        <translation>Basic II</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Complete I</source>
        <translation>Complete I</translation>
    </message>
    <message>
        <source>Complete II</source>
        <translation>Complete II</translation>
    </message>
    <message>
        <source>enter the station&apos;s name</source>
        <translation>enter the station&apos;s name</translation>
    </message>
    <message>
        <source>enter the union code</source>
        <translation>enter the union code</translation>
    </message>
    <message>
        <source>at most {limit} characters each</source>
        <translation>at most {limit} characters each</translation>
    </message>
    <message>
        <source>choose the station&apos;s tier</source>
        <translation>choose the station&apos;s tier</translation>
    </message>
    <message>
        <source>its internal structure (tables or indexes) is inconsistent</source>
        <translation>its internal structure (tables or indexes) is inconsistent</translation>
    </message>
    <message>
        <source>page {page} fails its check</source>
        <translation>page {page} fails its check</translation>
    </message>
    <message>
        <source>{n_pages} pages fail their check (the first is page {page})</source>
        <translation>{n_pages} pages fail their check (the first is page {page})</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>missing: {name}</translation>
    </message>
    <message>
        <source>not found: {backup}</source>
        <translation>not found: {backup}</translation>
    </message>
    <message>
        <source>not a Station Desk backup</source>
        <translation>not a Station Desk backup</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>incomplete backup: the clinical database is missing</source>
        <translation>incomplete backup: the clinical database is missing</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>damaged or truncated</translation>
    </message>
    <message>
        <source>database checksum mismatch</source>
        <translation>database checksum mismatch</translation>
    </message>
    <message>
        <source>damaged database or key slots ({code})</source>
        <translation>damaged database or key slots ({code})</translation>
    </message>
    <message>
        <source>the key slots do not match the backup</source>
        <translation>the key slots do not match the backup</translation>
    </message>
    <message>
        <source>the backup belongs to another vault</source>
        <translation>the backup belongs to another vault</translation>
    </message>
    <message>
        <source>it fails the integrity check: {problem}</source>
        <translation>it fails the integrity check: {problem}</translation>
    </message>
    <message>
        <source>the purpose is achieved, cannot be achieved or no longer needs the data (art. 47(1)(1))</source>
        <translation>the purpose is achieved, cannot be achieved or no longer needs the data (art. 47(1)(1))</translation>
    </message>
    <message>
        <source>the service has ended or the retention period expired (art. 47(1)(2))</source>
        <translation>the service has ended or the retention period expired (art. 47(1)(2))</translation>
    </message>
    <message>
        <source>the person withdrew consent (art. 47(1)(3))</source>
        <translation>the person withdrew consent (art. 47(1)(3))</translation>
    </message>
    <message>
        <source>the processing breaches the law or the agreement (art. 47(1)(4))</source>
        <translation>the processing breaches the law or the agreement (art. 47(1)(4))</translation>
    </message>
    <message>
        <source>another case provided for by law (art. 47(1)(5))</source>
        <translation>another case provided for by law (art. 47(1)(5))</translation>
    </message>
    <message>
        <source>file destroyed</source>
        <translation>file destroyed</translation>
    </message>
    <message>
        <source>file&apos;s clinical records destroyed</source>
        <translation>file&apos;s clinical records destroyed</translation>
    </message>
    <message>
        <source>backups older than a destruction deleted</source>
        <translation>backups older than a destruction deleted</translation>
    </message>
    <message>
        <source>Station admin</source>
        <translation>Station admin</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>edit the station profile</source>
        <translation>edit the station profile</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <source>rekey the database</source>
        <translation>rekey the database</translation>
    </message>
    <message>
        <source>export anonymous statistics</source>
        <translation>export anonymous statistics</translation>
    </message>
    <message>
        <source>register visitors</source>
        <translation>register visitors</translation>
    </message>
    <message>
        <source>look up files (basic details)</source>
        <translation>look up files (basic details)</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>book appointments</translation>
    </message>
    <message>
        <source>log group activities</source>
        <translation>log group activities</translation>
    </message>
    <message>
        <source>set annual targets</source>
        <translation>set annual targets</translation>
    </message>
    <message>
        <source>see notes, assessment results and crisis details</source>
        <translation>see notes, assessment results and crisis details</translation>
    </message>
    <message>
        <source>write session records</source>
        <translation>write session records</translation>
    </message>
    <message>
        <source>sign session records</source>
        <translation>sign session records</translation>
    </message>
    <message>
        <source>administer assessments</source>
        <translation>administer assessments</translation>
    </message>
    <message>
        <source>handle crisis interventions</source>
        <translation>handle crisis interventions</translation>
    </message>
    <message>
        <source>see the open-crisis list</source>
        <translation>see the open-crisis list</translation>
    </message>
    <message>
        <source>open another counsellor&apos;s case with a reason</source>
        <translation>open another counsellor&apos;s case with a reason</translation>
    </message>
    <message>
        <source>share or transfer cases</source>
        <translation>share or transfer cases</translation>
    </message>
    <message>
        <source>print documents with clinical content</source>
        <translation>print documents with clinical content</translation>
    </message>
    <message>
        <source>print ledgers and monthly reports</source>
        <translation>print ledgers and monthly reports</translation>
    </message>
    <message>
        <source>run the tier self-check, adopt regimes and keep the duty roster</source>
        <translation>run the tier self-check, adopt regimes and keep the duty roster</translation>
    </message>
    <message>
        <source>receive cases transferred from another station</source>
        <translation>receive cases transferred from another station</translation>
    </message>
    <message>
        <source>import existing registers and merge duplicate files</source>
        <translation>import existing registers and merge duplicate files</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>age band</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>key group</source>
        <translation>key group</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>campaign name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>instruments</translation>
    </message>
    <message>
        <source>survey campaign created</source>
        <translation>survey campaign created</translation>
    </message>
    <message>
        <source>survey campaign {campaign_id}</source>
        <translation>survey campaign {campaign_id}</translation>
    </message>
    <message>
        <source>Improvement is judged by the reliable change index (Jacobson–Truax): at least 6 points lower on PHQ-9 or 4 on GAD-7 (from the scales&apos; published reliabilities, α = .89 and .92; the thresholds NHS Talking Therapies uses). Each worker&apos;s first assessment is compared with their last in the period; a reliable improvement on either scale counts.</source>
        <translation>Improvement is judged by the reliable change index (Jacobson–Truax): at least 6 points lower on PHQ-9 or 4 on GAD-7 (from the scales&apos; published reliabilities, α = .89 and .92; the thresholds NHS Talking Therapies uses). Each worker&apos;s first assessment is compared with their last in the period; a reliable improvement on either scale counts.</translation>
    </message>
    <message>
        <source>the backup folder must be a full path: {folder}</source>
        <translation>the backup folder must be a full path: {folder}</translation>
    </message>
    <message>
        <source>backups kept: {low}–{high}</source>
        <translation>backups kept: {low}–{high}</translation>
    </message>
    <message>
        <source>idle-lock minutes: {low}–{high}</source>
        <translation>idle-lock minutes: {low}–{high}</translation>
    </message>
    <message>
        <source>protection threshold k: {low}–{high}</source>
        <translation>protection threshold k: {low}–{high}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The benchmark could not finish ({step}): {detail}</source>
        <translation>The benchmark could not finish ({step}): {detail}</translation>
    </message>
    <message>
        <source>The --keep folder is not empty: {path}</source>
        <translation>The --keep folder is not empty: {path}</translation>
    </message>
    <message>
        <source>{path} holds no vault kept by --keep (no build.json).</source>
        <translation>{path} holds no vault kept by --keep (no build.json).</translation>
    </message>
    <message>
        <source>Answers &quot;{text}&quot; are malformed: give integers in item order, separated by commas, e.g. 0,1,2,3.</source>
        <translation>Answers &quot;{text}&quot; are malformed: give integers in item order, separated by commas, e.g. 0,1,2,3.</translation>
    </message>
    <message>
        <source>File {file_no} not found (it does not exist or you may not see it).</source>
        <translation>File {file_no} not found (it does not exist or you may not see it).</translation>
    </message>
    <message>
        <source>The {what} must be one of: {allowed} (you typed: {value}).</source>
        <translation>The {what} must be one of: {allowed} (you typed: {value}).</translation>
    </message>
    <message>
        <source>File {file_no} has no {what}.</source>
        <translation>File {file_no} has no {what}.</translation>
    </message>
    <message>
        <source>File {file_no} has {count} {what} ({choices}); say which one with {option}.</source>
        <translation>File {file_no} has {count} {what} ({choices}); say which one with {option}.</translation>
    </message>
    <message>
        <source>There is no counsellor account named {user}.</source>
        <translation>There is no counsellor account named {user}.</translation>
    </message>
    <message>
        <source>{user}&apos;s password cannot be reset yet: some of their highly confidential content opens only with their own key and the recovery key has no copy, so after a reset nobody could read it. Sign in once with the recovery key first (it adds the copy), or let {user} sign in and change the password themselves.</source>
        <translation>{user}&apos;s password cannot be reset yet: some of their highly confidential content opens only with their own key and the recovery key has no copy, so after a reset nobody could read it. Sign in once with the recovery key first (it adds the copy), or let {user} sign in and change the password themselves.</translation>
    </message>
    <message>
        <source>The account {user} is not disabled; there is nothing to enable.</source>
        <translation>The account {user} is not disabled; there is nothing to enable.</translation>
    </message>
    <message>
        <source>The last active admin account must stay an admin.</source>
        <translation>The last active admin account must stay an admin.</translation>
    </message>
    <message>
        <source>{user} is still the counsellor of {count} files; reassign them before changing the role.</source>
        <translation>{user} is still the counsellor of {count} files; reassign them before changing the role.</translation>
    </message>
    <message>
        <source>{name}: item(s) {items} are not answered. Not scored: answer every item first.</source>
        <translation>{name}: item(s) {items} are not answered. Not scored: answer every item first.</translation>
    </message>
    <message>
        <source>Unsupported assessment mode: {mode}</source>
        <translation>Unsupported assessment mode: {mode}</translation>
    </message>
    <message>
        <source>Anonymous screening: &quot;{field}&quot; has an invalid value: {value}</source>
        <translation>Anonymous screening: &quot;{field}&quot; has an invalid value: {value}</translation>
    </message>
    <message>
        <source>This alert was already acknowledged on {when}.</source>
        <translation>This alert was already acknowledged on {when}.</translation>
    </message>
    <message>
        <source>An anonymous screening has no file, so no crisis record can be opened from it: open a file for the worker first, then start the crisis record there.</source>
        <translation>An anonymous screening has no file, so no crisis record can be opened from it: open a file for the worker first, then start the crisis record there.</translation>
    </message>
    <message>
        <source>Not permitted: only a station admin or a counsellor may import instruments.</source>
        <translation>Not permitted: only a station admin or a counsellor may import instruments.</translation>
    </message>
    <message>
        <source>The database is older than its last recorded state (the audit trail reached entry {expected}, it now ends at {found}): committed work was lost or an older copy was put back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>The database is older than its last recorded state (the audit trail reached entry {expected}, it now ends at {found}): committed work was lost or an older copy was put back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</translation>
    </message>
    <message>
        <source>The database does not match its last recorded state (audit entry {entry} differs): the file was replaced by another copy. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>The database does not match its last recorded state (audit entry {entry} differs): the file was replaced by another copy. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</translation>
    </message>
    <message>
        <source>The audit state file audit-head.json is missing although the database says it exists; the data may have been rolled back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>The audit state file audit-head.json is missing although the database says it exists; the data may have been rolled back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</translation>
    </message>
    <message>
        <source>The audit state file audit-head.json is damaged, altered or belongs to another vault. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>The audit state file audit-head.json is damaged, altered or belongs to another vault. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</translation>
    </message>
    <message>
        <source>Your account does not hold the clinical records key, so this cannot be done.</source>
        <translation>Your account does not hold the clinical records key, so this cannot be done.</translation>
    </message>
    <message>
        <source>The audit chain is broken ({chain}, entry {entry}); destroying a file now could hide that, so it is refused. Run verify first to find out why.</source>
        <translation>The audit chain is broken ({chain}, entry {entry}); destroying a file now could hide that, so it is refused. Run verify first to find out why.</translation>
    </message>
    <message>
        <source>Station profile incomplete: {detail}</source>
        <translation>Station profile incomplete: {detail}</translation>
    </message>
    <message>
        <source>The vault changed after the preview; preview again before importing.</source>
        <translation>The vault changed after the preview; preview again before importing.</translation>
    </message>
    <message>
        <source>The register kind must be sessions, visitors or activities: {value}</source>
        <translation>The register kind must be sessions, visitors or activities: {value}</translation>
    </message>
    <message>
        <source>Cannot tell from the headers which register this is; give --kind (sessions / visitors / activities).</source>
        <translation>Cannot tell from the headers which register this is; give --kind (sessions / visitors / activities).</translation>
    </message>
    <message>
        <source>The register has no column for these required fields: {fields}. Give them with --map, for example --map date=来访日期.</source>
        <translation>The register has no column for these required fields: {fields}. Give them with --map, for example --map date=来访日期.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, where FIELD is one of {fields}: {value}</source>
        <translation>--map takes FIELD=COLUMN, where FIELD is one of {fields}: {value}</translation>
    </message>
    <message>
        <source>The register has no column named “{value}”. Its columns: {columns}</source>
        <translation>The register has no column named “{value}”. Its columns: {columns}</translation>
    </message>
    <message>
        <source>Both are the same file: {file_no}.</source>
        <translation>Both are the same file: {file_no}.</translation>
    </message>
    <message>
        <source>File {file_no} was already merged into {kept}.</source>
        <translation>File {file_no} was already merged into {kept}.</translation>
    </message>
    <message>
        <source>File {file_no} is restricted and cannot be merged; its counsellor must lift the restriction first.</source>
        <translation>File {file_no} is restricted and cannot be merged; its counsellor must lift the restriction first.</translation>
    </message>
    <message>
        <source>No file {file_no}.</source>
        <translation>No file {file_no}.</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to or from another station; its records stay as they are and it cannot be merged.</source>
        <translation>File {file_no} was transferred to or from another station; its records stay as they are and it cannot be merged.</translation>
    </message>
    <message>
        <source>“{field}” is missing.</source>
        <translation>“{field}” is missing.</translation>
    </message>
    <message>
        <source>“{field}” is not a valid date: {value}.</source>
        <translation>“{field}” is not a valid date: {value}.</translation>
    </message>
    <message>
        <source>“{field}” is later than today: {value}.</source>
        <translation>“{field}” is later than today: {value}.</translation>
    </message>
    <message>
        <source>“{field}” is not a valid time: {value}.</source>
        <translation>“{field}” is not a valid time: {value}.</translation>
    </message>
    <message>
        <source>“{field}” has a value that is not recognised: {value} (use: {choices}).</source>
        <translation>“{field}” has a value that is not recognised: {value} (use: {choices}).</translation>
    </message>
    <message>
        <source>“{field}” must be a whole number from {low} to {high}: {value}.</source>
        <translation>“{field}” must be a whole number from {low} to {high}: {value}.</translation>
    </message>
    <message>
        <source>“{field}” may hold only digits, spaces, + and - (at most 20): {value}.</source>
        <translation>“{field}” may hold only digits, spaces, + and - (at most 20): {value}.</translation>
    </message>
    <message>
        <source>“{field}” has {count} characters, more than the {limit} allowed.</source>
        <translation>“{field}” has {count} characters, more than the {limit} allowed.</translation>
    </message>
    <message>
        <source>No counsellor “{value}”: it must be the name or user name of one of the station&apos;s counsellor accounts (disabled ones too).</source>
        <translation>No counsellor “{value}”: it must be the name or user name of one of the station&apos;s counsellor accounts (disabled ones too).</translation>
    </message>
    <message>
        <source>The station has no file {value}.</source>
        <translation>The station has no file {value}.</translation>
    </message>
    <message>
        <source>File {file_no} is in the name of “{found}”, not “{value}” as in this row.</source>
        <translation>File {file_no} is in the name of “{found}”, not “{value}” as in this row.</translation>
    </message>
    <message>
        <source>The station has {count} files in the name of “{value}”; give the file number.</source>
        <translation>The station has {count} files in the name of “{value}”; give the file number.</translation>
    </message>
    <message>
        <source>File {value} is restricted; no records can be imported into it.</source>
        <translation>File {value} is restricted; no records can be imported into it.</translation>
    </message>
    <message>
        <source>Same as row {other}.</source>
        <translation>Same as row {other}.</translation>
    </message>
    <message>
        <source>File number {value} is already another visitor&apos;s ({found}).</source>
        <translation>File number {value} is already another visitor&apos;s ({found}).</translation>
    </message>
    <message>
        <source>A file number may hold only letters, digits and - _ / (at most 40): {value}.</source>
        <translation>A file number may hold only letters, digits and - _ / (at most 40): {value}.</translation>
    </message>
    <message>
        <source>May be the same worker as the existing file {file_no} ({name}): {why}.</source>
        <translation>May be the same worker as the existing file {file_no} ({name}): {why}.</translation>
    </message>
    <message>
        <source>May be the same worker as row {other}: {why}.</source>
        <translation>May be the same worker as row {other}: {why}.</translation>
    </message>
    <message>
        <source>A new file will be opened for “{value}”.</source>
        <translation>A new file will be opened for “{value}”.</translation>
    </message>
    <message>
        <source>File {value} is already in the vault; skipped.</source>
        <translation>File {value} is already in the vault; skipped.</translation>
    </message>
    <message>
        <source>File {value} was merged into {kept}; the record goes to {kept}.</source>
        <translation>File {value} was merged into {kept}; the record goes to {kept}.</translation>
    </message>
    <message>
        <source>Only .xlsx or .csv registers can be imported: {path}. Save an old .xls as .xlsx in Excel first.</source>
        <translation>Only .xlsx or .csv registers can be imported: {path}. Save an old .xls as .xlsx in Excel first.</translation>
    </message>
    <message>
        <source>Register file not found: {path}</source>
        <translation>Register file not found: {path}</translation>
    </message>
    <message>
        <source>Cannot read the register {path}: the file is damaged or not an Excel file.</source>
        <translation>Cannot read the register {path}: the file is damaged or not an Excel file.</translation>
    </message>
    <message>
        <source>Cannot tell the encoding of the CSV file {path} (UTF-8 and GBK are supported). Save it from Excel as “CSV UTF-8”.</source>
        <translation>Cannot tell the encoding of the CSV file {path} (UTF-8 and GBK are supported). Save it from Excel as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>No header row and data rows were found in the register {path}.</source>
        <translation>No header row and data rows were found in the register {path}.</translation>
    </message>
    <message>
        <source>The register {path} has {count} rows, more than the {limit} one import takes; split it into several files.</source>
        <translation>The register {path} has {count} rows, more than the {limit} one import takes; split it into several files.</translation>
    </message>
    <message>
        <source>Instrument file {file} is invalid: {problem}</source>
        <translation>Instrument file {file} is invalid: {problem}</translation>
    </message>
    <message>
        <source>Instrument file {file} is not valid JSON (near line {line}, column {col}).</source>
        <translation>Instrument file {file} is not valid JSON (near line {line}, column {col}).</translation>
    </message>
    <message>
        <source>Cannot read instrument file {file}: {detail}</source>
        <translation>Cannot read instrument file {file}: {detail}</translation>
    </message>
    <message>
        <source>Instrument folder not found: {path}</source>
        <translation>Instrument folder not found: {path}</translation>
    </message>
    <message>
        <source>No instrument with id &quot;{id}&quot;. Available: {available}</source>
        <translation>No instrument with id &quot;{id}&quot;. Available: {available}</translation>
    </message>
    <message>
        <source>Instrument {id} (version {version}) appears in both {file} and {existing}; each instrument id may exist only once.</source>
        <translation>Instrument {id} (version {version}) appears in both {file} and {existing}; each instrument id may exist only once.</translation>
    </message>
    <message>
        <source>{file} was not imported: instrument {id} already exists (version {existing_version}, from {existing}).</source>
        <translation>{file} was not imported: instrument {id} already exists (version {existing_version}, from {existing}).</translation>
    </message>
    <message>
        <source>{name} has {expected} items but {got} answers were given. Not scored: answer every item first.</source>
        <translation>{name} has {expected} items but {got} answers were given. Not scored: answer every item first.</translation>
    </message>
    <message>
        <source>{name} item {item}: answer {value} is not a valid option (allowed: {allowed}). Not scored.</source>
        <translation>{name} item {item}: answer {value} is not a valid option (allowed: {allowed}). Not scored.</translation>
    </message>
    <message>
        <source>The backup folder is not writable: {path}. Check its permissions or choose another folder for backups.</source>
        <translation>The backup folder is not writable: {path}. Check its permissions or choose another folder for backups.</translation>
    </message>
    <message>
        <source>The disk holding the backup folder is full: {path}. No backup was written and the vault is unaffected; free some space or choose another folder.</source>
        <translation>The disk holding the backup folder is full: {path}. No backup was written and the vault is unaffected; free some space or choose another folder.</translation>
    </message>
    <message>
        <source>The database file station.db is damaged: {what}; the records stored there can no longer be read reliably. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>The database file station.db is damaged: {what}; the records stored there can no longer be read reliably. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</translation>
    </message>
    <message>
        <source>File {file_no} is not your case and has not been shared with you.</source>
        <translation>File {file_no} is not your case and has not been shared with you.</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no} may {action}.</source>
        <translation>Only the counsellor responsible for file {file_no} may {action}.</translation>
    </message>
    <message>
        <source>The reason may have at most {limit} characters.</source>
        <translation>The reason may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>{who} already has an appointment {start}–{end}; choose another time or counsellor.</source>
        <translation>{who} already has an appointment {start}–{end}; choose another time or counsellor.</translation>
    </message>
    <message>
        <source>The {room} is booked {start}–{end}; choose another time or room.</source>
        <translation>The {room} is booked {start}–{end}; choose another time or room.</translation>
    </message>
    <message>
        <source>This appointment was cancelled and cannot be changed.</source>
        <translation>This appointment was cancelled and cannot be changed.</translation>
    </message>
    <message>
        <source>An appointment may last at most {hours} hours.</source>
        <translation>An appointment may last at most {hours} hours.</translation>
    </message>
    <message>
        <source>The appointment at {start} has not started yet; attendance cannot be marked.</source>
        <translation>The appointment at {start} has not started yet; attendance cannot be marked.</translation>
    </message>
    <message>
        <source>The appointment at {start} is more than a day away: cancel it; it is not a late cancellation.</source>
        <translation>The appointment at {start} is more than a day away: cancel it; it is not a late cancellation.</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>This appointment is already marked “{status}”.</translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <source>“{field}” has {count} characters, more than the {limit} allowed. Nothing was lost; shorten it and save again.</source>
        <translation>“{field}” has {count} characters, more than the {limit} allowed. Nothing was lost; shorten it and save again.</translation>
    </message>
    <message>
        <source>“{field}” is not a valid date: {value} (use the form 2026-11-02).</source>
        <translation>“{field}” is not a valid date: {value} (use the form 2026-11-02).</translation>
    </message>
    <message>
        <source>“{field}” is not a valid time: {value} (use the form 14:30).</source>
        <translation>“{field}” is not a valid time: {value} (use the form 14:30).</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than today ({today}).</source>
        <translation>“{field}” cannot be later than today ({today}).</translation>
    </message>
    <message>
        <source>“{field}” cannot be earlier than today ({today}).</source>
        <translation>“{field}” cannot be earlier than today ({today}).</translation>
    </message>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>The end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
        <source>“{field}” ({value}) cannot be before the {other_label} ({other}).</source>
        <translation>“{field}” ({value}) cannot be before the {other_label} ({other}).</translation>
    </message>
    <message>
        <source>“{field}” has an invalid value: {value}.</source>
        <translation>“{field}” has an invalid value: {value}.</translation>
    </message>
    <message>
        <source>The limits of confidentiality (e.g. danger to life) must be explained before consent is recorded.</source>
        <translation>The limits of confidentiality (e.g. danger to life) must be explained before consent is recorded.</translation>
    </message>
    <message>
        <source>Tick at least one use the worker agrees to.</source>
        <translation>Tick at least one use the worker agrees to.</translation>
    </message>
    <message>
        <source>Unknown consent scope: {value} (one of {allowed}).</source>
        <translation>Unknown consent scope: {value} (one of {allowed}).</translation>
    </message>
    <message>
        <source>The person who explained the limits of confidentiality must be an active staff account.</source>
        <translation>The person who explained the limits of confidentiality must be an active staff account.</translation>
    </message>
    <message>
        <source>The worker of file {file_no} withdrew consent to {scope} on {date}; no new record of this kind can be added. If they consent again, record the new consent form first.</source>
        <translation>The worker of file {file_no} withdrew consent to {scope} on {date}; no new record of this kind can be added. If they consent again, record the new consent form first.</translation>
    </message>
    <message>
        <source>The withdrawal date ({date}) cannot be before the latest consent ({consent}).</source>
        <translation>The withdrawal date ({date}) cannot be before the latest consent ({consent}).</translation>
    </message>
    <message>
        <source>The worker of file {file_no} has already withdrawn every use chosen.</source>
        <translation>The worker of file {file_no} has already withdrawn every use chosen.</translation>
    </message>
    <message>
        <source>File {file_no} already has an open crisis (since {opened_at}); update that one.</source>
        <translation>File {file_no} already has an open crisis (since {opened_at}); update that one.</translation>
    </message>
    <message>
        <source>The checked item “{item}” means the risk is at least “{level}”.</source>
        <translation>The checked item “{item}” means the risk is at least “{level}”.</translation>
    </message>
    <message>
        <source>The 24-hour follow-up (due {due}) is not done yet; the crisis cannot be closed.</source>
        <translation>The 24-hour follow-up (due {due}) is not done yet; the crisis cannot be closed.</translation>
    </message>
    <message>
        <source>This crisis was closed at {closed_at}.</source>
        <translation>This crisis was closed at {closed_at}.</translation>
    </message>
    <message>
        <source>The autosave is too large ({size} bytes).</source>
        <translation>The autosave is too large ({size} bytes).</translation>
    </message>
    <message>
        <source>The chosen counsellor is not an active counsellor account.</source>
        <translation>The chosen counsellor is not an active counsellor account.</translation>
    </message>
    <message>
        <source>A restricted file cannot be shared; lift the restriction first.</source>
        <translation>A restricted file cannot be shared; lift the restriction first.</translation>
    </message>
    <message>
        <source>File {file_no} still has an open crisis; close it before closing the case.</source>
        <translation>File {file_no} still has an open crisis; close it before closing the case.</translation>
    </message>
    <message>
        <source>File {file_no} still has {count} unsigned session drafts; sign or delete them first.</source>
        <translation>File {file_no} still has {count} unsigned session drafts; sign or delete them first.</translation>
    </message>
    <message>
        <source>File {file_no} is closed; reopen it first.</source>
        <translation>File {file_no} is closed; reopen it first.</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to another station; it takes no new records.</source>
        <translation>File {file_no} was transferred to another station; it takes no new records.</translation>
    </message>
    <message>
        <source>File {file_no} already has a counsellor; only they can transfer it.</source>
        <translation>File {file_no} already has a counsellor; only they can transfer it.</translation>
    </message>
    <message>
        <source>This follow-up was done at {done_at}.</source>
        <translation>This follow-up was done at {done_at}.</translation>
    </message>
    <message>
        <source>This call is already linked to file {file_no}.</source>
        <translation>This call is already linked to file {file_no}.</translation>
    </message>
    <message>
        <source>This call&apos;s risk is not high or imminent; the crisis path does not start from it.</source>
        <translation>This call&apos;s risk is not high or imminent; the crisis path does not start from it.</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than now ({now}).</source>
        <translation>“{field}” cannot be later than now ({now}).</translation>
    </message>
    <message>
        <source>The crisis path was already started from this call.</source>
        <translation>The crisis path was already started from this call.</translation>
    </message>
    <message>
        <source>This restricted content cannot be sealed: its reader has no record key yet (they need to sign in once). Nothing was changed.</source>
        <translation>This restricted content cannot be sealed: its reader has no record key yet (they need to sign in once). Nothing was changed.</translation>
    </message>
    <message>
        <source>The recovery key has no record key yet: sign in with the recovery key once, then open the restricted content.</source>
        <translation>The recovery key has no record key yet: sign in with the recovery key once, then open the restricted content.</translation>
    </message>
    <message>
        <source>Only the reader of this restricted content may change it.</source>
        <translation>Only the reader of this restricted content may change it.</translation>
    </message>
    <message>
        <source>Session {number} was signed at {signed_at} and cannot change; add an addendum.</source>
        <translation>Session {number} was signed at {signed_at} and cannot change; add an addendum.</translation>
    </message>
    <message>
        <source>The record is not signed yet: edit the draft; addenda are for signed records.</source>
        <translation>The record is not signed yet: edit the draft; addenda are for signed records.</translation>
    </message>
    <message>
        <source>Only the author, {author}, may {action}.</source>
        <translation>Only the author, {author}, may {action}.</translation>
    </message>
    <message>
        <source>There is no record content to sign.</source>
        <translation>There is no record content to sign.</translation>
    </message>
    <message>
        <source>This record does not need a co-signature.</source>
        <translation>This record does not need a co-signature.</translation>
    </message>
    <message>
        <source>You do not supervise this record&apos;s author and cannot co-sign it.</source>
        <translation>You do not supervise this record&apos;s author and cannot co-sign it.</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no} (or the admin, after opening the file with a reason) may produce the worker&apos;s copy.</source>
        <translation>Only the counsellor responsible for file {file_no} (or the admin, after opening the file with a reason) may produce the worker&apos;s copy.</translation>
    </message>
    <message>
        <source>There is no item “{item}” to withhold. See subject-copy --list for the items.</source>
        <translation>There is no item “{item}” to withhold. See subject-copy --list for the items.</translation>
    </message>
    <message>
        <source>Withholding “{item}” needs a reason (for example a third party&apos;s information).</source>
        <translation>Withholding “{item}” needs a reason (for example a third party&apos;s information).</translation>
    </message>
    <message>
        <source>--withhold takes ITEM:REASON, for example session-2:third party&apos;s information.</source>
        <translation>--withhold takes ITEM:REASON, for example session-2:third party&apos;s information.</translation>
    </message>
    <message>
        <source>File {file_no} was already transferred to {station} on {date}.</source>
        <translation>File {file_no} was already transferred to {station} on {date}.</translation>
    </message>
    <message>
        <source>File {file_no} still has unsigned drafts or an open crisis: sign or delete the drafts and close the crisis before transferring it.</source>
        <translation>File {file_no} still has unsigned drafts or an open crisis: sign or delete the drafts and close the crisis before transferring it.</translation>
    </message>
    <message>
        <source>This transfer file was already imported on {date} as file {file_no}; nothing was added.</source>
        <translation>This transfer file was already imported on {date} as file {file_no}; nothing was added.</translation>
    </message>
    <message>
        <source>This transfer file was sent by this station itself; a station cannot transfer a case to itself.</source>
        <translation>This transfer file was sent by this station itself; a station cannot transfer a case to itself.</translation>
    </message>
    <message>
        <source>The content of the transfer file is not recognised ({detail}); nothing was imported.</source>
        <translation>The content of the transfer file is not recognised ({detail}); nothing was imported.</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no}, or an admin who opened the case with a reason, may transfer it to another station.</source>
        <translation>Only the counsellor responsible for file {file_no}, or an admin who opened the case with a reason, may transfer it to another station.</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to {station} on {date}: it takes no new records and cannot be reopened.</source>
        <translation>File {file_no} was transferred to {station} on {date}: it takes no new records and cannot be reopened.</translation>
    </message>
    <message>
        <source>The retention period cannot be shorter than {floor} years (you entered {years}).</source>
        <translation>The retention period cannot be shorter than {floor} years (you entered {years}).</translation>
    </message>
    <message>
        <source>The retention period cannot be longer than {ceiling} years (you entered {years}).</source>
        <translation>The retention period cannot be longer than {ceiling} years (you entered {years}).</translation>
    </message>
    <message>
        <source>There is no file numbered {file_no}.</source>
        <translation>There is no file numbered {file_no}.</translation>
    </message>
    <message>
        <source>File {file_no} is still open and cannot be destroyed; its counsellor must close it first.</source>
        <translation>File {file_no} is still open and cannot be destroyed; its counsellor must close it first.</translation>
    </message>
    <message>
        <source>File {file_no} must be kept until {date}. For the worker&apos;s own deletion request (PIPL art. 47), give the request date and the legal ground.</source>
        <translation>File {file_no} must be kept until {date}. For the worker&apos;s own deletion request (PIPL art. 47), give the request date and the legal ground.</translation>
    </message>
    <message>
        <source>Type the file number {file_no} to confirm the destruction (you typed &quot;{typed}&quot;).</source>
        <translation>Type the file number {file_no} to confirm the destruction (you typed &quot;{typed}&quot;).</translation>
    </message>
    <message>
        <source>Unknown legal ground for the deletion request: {ground}. Choose one of: {choices}.</source>
        <translation>Unknown legal ground for the deletion request: {ground}. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Invalid deletion request date: {date} (YYYY-MM-DD, not after today).</source>
        <translation>Invalid deletion request date: {date} (YYYY-MM-DD, not after today).</translation>
    </message>
    <message>
        <source>Not a backup of this vault older than a destruction; not deleted: {path}</source>
        <translation>Not a backup of this vault older than a destruction; not deleted: {path}</translation>
    </message>
    <message>
        <source>Read and acknowledge “{title}” (version {version}) before working with files (command line: station-desk regimes acknowledge).</source>
        <translation>Read and acknowledge “{title}” (version {version}) before working with files (command line: station-desk regimes acknowledge).</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in {seconds} s.</source>
        <translation>Too many wrong passwords; try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Invalid period: {value}. Use 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).</source>
        <translation>Invalid period: {value}. Use 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).</translation>
    </message>
    <message>
        <source>A sheet&apos;s line has five parts, GENDER AGE INDUSTRY GROUP ANSWERS (- for one not given): {line}</source>
        <translation>A sheet&apos;s line has five parts, GENDER AGE INDUSTRY GROUP ANSWERS (- for one not given): {line}</translation>
    </message>
    <message>
        <source>The sheet&apos;s {what} is not recognised: {value}</source>
        <translation>The sheet&apos;s {what} is not recognised: {value}</translation>
    </message>
    <message>
        <source>{name} has {items} items; this line gives {given} answers.</source>
        <translation>{name} has {items} items; this line gives {given} answers.</translation>
    </message>
    <message>
        <source>Item {item}: the answer {value} is not one of {allowed}.</source>
        <translation>Item {item}: the answer {value} is not one of {allowed}.</translation>
    </message>
    <message>
        <source>The campaign “{name}” runs from {starts} to {ends}; today ({today}) is outside it.</source>
        <translation>The campaign “{name}” runs from {starts} to {ends}; today ({today}) is outside it.</translation>
    </message>
    <message>
        <source>The campaign “{name}” does not use the instrument {instrument}.</source>
        <translation>The campaign “{name}” does not use the instrument {instrument}.</translation>
    </message>
    <message>
        <source>Choose at least one instrument.</source>
        <translation>Choose at least one instrument.</translation>
    </message>
    <message>
        <source>{name} is already on duty on {day} {start}–{end} ({place}); the new shift overlaps it.</source>
        <translation>{name} is already on duty on {day} {start}–{end} ({place}); the new shift overlaps it.</translation>
    </message>
    <message>
        <source>Cannot put {name} on duty: no such active account.</source>
        <translation>Cannot put {name} on duty: no such active account.</translation>
    </message>
    <message>
        <source>Invalid duty place: {place} (one of {places}).</source>
        <translation>Invalid duty place: {place} (one of {places}).</translation>
    </message>
    <message>
        <source>No such regime: {kind} (one of {kinds})</source>
        <translation>No such regime: {kind} (one of {kinds})</translation>
    </message>
    <message>
        <source>The regime&apos;s {part} cannot be empty.</source>
        <translation>The regime&apos;s {part} cannot be empty.</translation>
    </message>
    <message>
        <source>The regime&apos;s {part} has {count} characters, more than {limit}.</source>
        <translation>The regime&apos;s {part} has {count} characters, more than {limit}.</translation>
    </message>
    <message>
        <source>Identical to the current version {version}; no new version made.</source>
        <translation>Identical to the current version {version}; no new version made.</translation>
    </message>
    <message>
        <source>Only the current version can be acknowledged ({title} is now version {version}).</source>
        <translation>Only the current version can be acknowledged ({title} is now version {version}).</translation>
    </message>
    <message>
        <source>The {label} has not been adopted yet.</source>
        <translation>The {label} has not been adopted yet.</translation>
    </message>
    <message>
        <source>Signed in with the recovery key: sign in with your own account to acknowledge.</source>
        <translation>Signed in with the recovery key: sign in with your own account to acknowledge.</translation>
    </message>
    <message>
        <source>“{item}” is judged from the records; it takes no answer.</source>
        <translation>“{item}” is judged from the records; it takes no answer.</translation>
    </message>
    <message>
        <source>No such requirement: {item}</source>
        <translation>No such requirement: {item}</translation>
    </message>
    <message>
        <source>The answer must be yes or no: {value}</source>
        <translation>The answer must be yes or no: {value}</translation>
    </message>
    <message>
        <source>Please say in the note what is missing when answering no.</source>
        <translation>Please say in the note what is missing when answering no.</translation>
    </message>
    <message>
        <source>The note has {count} characters, more than {limit}.</source>
        <translation>The note has {count} characters, more than {limit}.</translation>
    </message>
    <message>
        <source>No self-check has been taken yet.</source>
        <translation>No self-check has been taken yet.</translation>
    </message>
    <message>
        <source>A user name is 1–32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;: {user}</source>
        <translation>A user name is 1–32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;: {user}</translation>
    </message>
    <message>
        <source>Seed data file not found: {path}. Please reinstall Station Desk.</source>
        <translation>Seed data file not found: {path}. Please reinstall Station Desk.</translation>
    </message>
    <message>
        <source>Seed data file is malformed: {path} ({detail})</source>
        <translation>Seed data file is malformed: {path} ({detail})</translation>
    </message>
    <message>
        <source>There is no vocabulary named {kind}.</source>
        <translation>There is no vocabulary named {kind}.</translation>
    </message>
    <message>
        <source>Vocabulary {kind} has no code {value}.</source>
        <translation>Vocabulary {kind} has no code {value}.</translation>
    </message>
    <message>
        <source>Internal error: {detail}</source>
        <translation>Internal error: {detail}</translation>
    </message>
    <message>
        <source>Invalid input: {detail}</source>
        <translation>Invalid input: {detail}</translation>
    </message>
    <message>
        <source>Vault folder not found: {path}</source>
        <translation>Vault folder not found: {path}</translation>
    </message>
    <message>
        <source>A vault already exists here: {path}</source>
        <translation>A vault already exists here: {path}</translation>
    </message>
    <message>
        <source>Not a Station Desk vault (key-slot file or database missing): {path}</source>
        <translation>Not a Station Desk vault (key-slot file or database missing): {path}</translation>
    </message>
    <message>
        <source>Key-slot file missing, cannot unlock: {path}. Restore it (keyslots.json or its .bak) from a backup.</source>
        <translation>Key-slot file missing, cannot unlock: {path}. Restore it (keyslots.json or its .bak) from a backup.</translation>
    </message>
    <message>
        <source>Key-slot file is damaged or not in the expected format: {path}. To recover: with the app closed, replace it with the previous version kept beside it, keyslots.json.bak; or restore the latest backup with the recovery key (or an admin&apos;s password).</source>
        <translation>Key-slot file is damaged or not in the expected format: {path}. To recover: with the app closed, replace it with the previous version kept beside it, keyslots.json.bak; or restore the latest backup with the recovery key (or an admin&apos;s password).</translation>
    </message>
    <message>
        <source>Database file missing: {path}</source>
        <translation>Database file missing: {path}</translation>
    </message>
    <message>
        <source>The database is damaged or belongs to another vault. Nothing was changed; restore the latest backup with an admin&apos;s password or the recovery key.</source>
        <translation>The database is damaged or belongs to another vault. Nothing was changed; restore the latest backup with an admin&apos;s password or the recovery key.</translation>
    </message>
    <message>
        <source>Database version {found} is newer than this app supports ({supported}); please upgrade.</source>
        <translation>Database version {found} is newer than this app supports ({supported}); please upgrade.</translation>
    </message>
    <message>
        <source>The vault folder is not writable: {path}. Check the disk or folder permissions.</source>
        <translation>The vault folder is not writable: {path}. Check the disk or folder permissions.</translation>
    </message>
    <message>
        <source>The disk is full; the operation was cancelled and saved data is unaffected.</source>
        <translation>The disk is full; the operation was cancelled and saved data is unaffected.</translation>
    </message>
    <message>
        <source>This vault is already open in another Station Desk instance (process {pid}).</source>
        <translation>This vault is already open in another Station Desk instance (process {pid}).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Account {user} is locked after too many wrong passwords; try again in {minutes} min or ask an admin.</source>
        <translation>Account {user} is locked after too many wrong passwords; try again in {minutes} min or ask an admin.</translation>
    </message>
    <message>
        <source>Account {user} is disabled.</source>
        <translation>Account {user} is disabled.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>The recovery key is not correct.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>User {user} already exists.</translation>
    </message>
    <message>
        <source>There is no account named {user}.</source>
        <translation>There is no account named {user}.</translation>
    </message>
    <message>
        <source>The last active admin account cannot be disabled.</source>
        <translation>The last active admin account cannot be disabled.</translation>
    </message>
    <message>
        <source>No password given: pass it on standard input with --password-stdin.</source>
        <translation>No password given: pass it on standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>Not permitted: a {role} may not {action}.</source>
        <translation>Not permitted: a {role} may not {action}.</translation>
    </message>
    <message>
        <source>Opening someone else&apos;s case needs a reason (it is written to the audit trail).</source>
        <translation>Opening someone else&apos;s case needs a reason (it is written to the audit trail).</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {entry}: {detail}</source>
        <translation>The audit chain is broken at entry {entry}: {detail}</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>Backup failed: {detail}</translation>
    </message>
    <message>
        <source>The backup cannot be used: {detail}. The current vault was not changed.</source>
        <translation>The backup cannot be used: {detail}. The current vault was not changed.</translation>
    </message>
    <message>
        <source>Record not found: {what}</source>
        <translation>Record not found: {what}</translation>
    </message>
    <message>
        <source>The report&apos;s period is a year (2026) or a quarter (2026-Q3): {value}</source>
        <translation>The report&apos;s period is a year (2026) or a quarter (2026-Q3): {value}</translation>
    </message>
    <message>
        <source>The protection threshold k cannot be below {min} (got {k}): smaller groups would identify people.</source>
        <translation>The protection threshold k cannot be below {min} (got {k}): smaller groups would identify people.</translation>
    </message>
    <message>
        <source>The protection threshold k cannot exceed {max} (got {k}).</source>
        <translation>The protection threshold k cannot exceed {max} (got {k}).</translation>
    </message>
    <message>
        <source>This station&apos;s protection threshold is k = {policy} (set by the admin); --k {k} cannot be lower.</source>
        <translation>This station&apos;s protection threshold is k = {policy} (set by the admin); --k {k} cannot be lower.</translation>
    </message>
    <message>
        <source>{period} was released on {date} with k = {released}; it cannot be exported again with a lower k = {k}: what has left the station cannot be protected less.</source>
        <translation>{period} was released on {date} with k = {released}; it cannot be exported again with a lower k = {k}: what has left the station cannot be protected less.</translation>
    </message>
    <message>
        <source>Packages of {year} were released with k = {year_k}; all periods of a year are protected together with one k, so this one can only use k = {year_k} (a new k applies from the next year&apos;s first package).</source>
        <translation>Packages of {year} were released with k = {year_k}; all periods of a year are protected together with one k, so this one can only use k = {year_k} (a new k applies from the next year&apos;s first package).</translation>
    </message>
    <message>
        <source>{period} cannot be exported on its own: {count} figures withheld by earlier packages could then be worked out; export its quarter or year instead.</source>
        <translation>{period} cannot be exported on its own: {count} figures withheld by earlier packages could then be worked out; export its quarter or year instead.</translation>
    </message>
    <message>
        <source>Another package of this year was released after the preview; preview again before writing.</source>
        <translation>Another package of this year was released after the preview; preview again before writing.</translation>
    </message>
    <message>
        <source>The campaign “{name}” screened in {months}, whose packages have not been sent yet. Export them first: the report is protected together with what was sent.</source>
        <translation>The campaign “{name}” screened in {months}, whose packages have not been sent yet. Export them first: the report is protected together with what was sent.</translation>
    </message>
    <message>
        <source>The campaign “{name}” has no screenings yet.</source>
        <translation>The campaign “{name}” has no screenings yet.</translation>
    </message>
    <message>
        <source>This vault has no station signing key.</source>
        <translation>This vault has no station signing key.</translation>
    </message>
    <message>
        <source>Unrecognised public key file: {detail}</source>
        <translation>Unrecognised public key file: {detail}</translation>
    </message>
    <message>
        <source>Unrecognised public key file: it is neither what `station-desk station-key` prints nor the key file it writes with --out. At the station, run `station-desk station-key --out station.key` and register station.key.</source>
        <translation>Unrecognised public key file: it is neither what `station-desk station-key` prints nor the key file it writes with --out. At the station, run `station-desk station-key --out station.key` and register station.key.</translation>
    </message>
    <message>
        <source>The key file of {station} has no encryption key (an older version wrote it), so no transfer can be encrypted to it. Ask them to run `station-desk station-key --out station.key` with the new version and send the new station.key.</source>
        <translation>The key file of {station} has no encryption key (an older version wrote it), so no transfer can be encrypted to it. Ask them to run `station-desk station-key --out station.key` with the new version and send the new station.key.</translation>
    </message>
    <message>
        <source>The package failed its own format check and was not written: {detail}. Check the station name and union code (no / \ : * ? &quot; &lt; &gt; |).</source>
        <translation>The package failed its own format check and was not written: {detail}. Check the station name and union code (no / \ : * ? &quot; &lt; &gt; |).</translation>
    </message>
    <message>
        <source>This is not a Station Desk transfer file; nothing was imported.</source>
        <translation>This is not a Station Desk transfer file; nothing was imported.</translation>
    </message>
    <message>
        <source>The transfer file is format version {found}, which this app does not support (it reads version {supported}); nothing was imported. Upgrade Station Desk, or ask the sending station to export again with the same version as yours.</source>
        <translation>The transfer file is format version {found}, which this app does not support (it reads version {supported}); nothing was imported. Upgrade Station Desk, or ask the sending station to export again with the same version as yours.</translation>
    </message>
    <message>
        <source>The transfer file is incomplete or damaged ({detail}); nothing was imported. Ask the sending station to send it again.</source>
        <translation>The transfer file is incomplete or damaged ({detail}); nothing was imported. Ask the sending station to send it again.</translation>
    </message>
    <message>
        <source>The transfer file&apos;s signature does not match: the file was changed after it was signed. Refused; nothing was imported.</source>
        <translation>The transfer file&apos;s signature does not match: the file was changed after it was signed. Refused; nothing was imported.</translation>
    </message>
    <message>
        <source>This transfer file was written for {station} ({station_code}), not for this station, which cannot decrypt it. Refused.</source>
        <translation>This transfer file was written for {station} ({station_code}), not for this station, which cannot decrypt it. Refused.</translation>
    </message>
    <message>
        <source>This station&apos;s encryption key does not open this transfer file (it was written to another key). Refused; nothing was imported.</source>
        <translation>This station&apos;s encryption key does not open this transfer file (it was written to another key). Refused; nothing was imported.</translation>
    </message>
    <message>
        <source>Choose the receiving station&apos;s key file.</source>
        <translation>Choose the receiving station&apos;s key file.</translation>
    </message>
    <message>
        <source>Choose where to save the transfer file.</source>
        <translation>Choose where to save the transfer file.</translation>
    </message>
    <message>
        <source>Choose the transfer file to import.</source>
        <translation>Choose the transfer file to import.</translation>
    </message>
    <message>
        <source>This is this station&apos;s own key file: a transfer needs the receiving station&apos;s key file (they get it with `station-desk station-key --out station.key`).</source>
        <translation>This is this station&apos;s own key file: a transfer needs the receiving station&apos;s key file (they get it with `station-desk station-key --out station.key`).</translation>
    </message>
    <message>
        <source>The registry file is damaged: {path} ({detail})</source>
        <translation>The registry file is damaged: {path} ({detail})</translation>
    </message>
    <message>
        <source>Station {station} is already registered with another key (fingerprint {old}); use --replace to change it.</source>
        <translation>Station {station} is already registered with another key (fingerprint {old}); use --replace to change it.</translation>
    </message>
    <message>
        <source>No packages (.zip) to merge were found.</source>
        <translation>No packages (.zip) to merge were found.</translation>
    </message>
    <message>
        <source>No package passed the checks, so the period is unknown; give it with --period.</source>
        <translation>No package passed the checks, so the period is unknown; give it with --period.</translation>
    </message>
    <message>
        <source>Cannot read the file: {detail}</source>
        <translation>Cannot read the file: {detail}</translation>
    </message>
    <message>
        <source>File too large ({size} bytes, limit {limit}); not a statistics package.</source>
        <translation>File too large ({size} bytes, limit {limit}); not a statistics package.</translation>
    </message>
    <message>
        <source>Incomplete or not a valid zip package (truncated or damaged in transit): {detail}</source>
        <translation>Incomplete or not a valid zip package (truncated or damaged in transit): {detail}</translation>
    </message>
    <message>
        <source>The package holds an unsafe path &apos;{name}&apos; (pointing outside the folder); refused.</source>
        <translation>The package holds an unsafe path &apos;{name}&apos; (pointing outside the folder); refused.</translation>
    </message>
    <message>
        <source>The package expands too much or too fast (zip bomb?): {name}</source>
        <translation>The package expands too much or too fast (zip bomb?): {name}</translation>
    </message>
    <message>
        <source>The package holds a file that does not belong: {name}</source>
        <translation>The package holds a file that does not belong: {name}</translation>
    </message>
    <message>
        <source>The package lacks a file: {name}</source>
        <translation>The package lacks a file: {name}</translation>
    </message>
    <message>
        <source>manifest.json does not match the format: {detail}</source>
        <translation>manifest.json does not match the format: {detail}</translation>
    </message>
    <message>
        <source>Package format {found} is newer than this program supports ({supported}); upgrade.</source>
        <translation>Package format {found} is newer than this program supports ({supported}); upgrade.</translation>
    </message>
    <message>
        <source>The package is not signed (no signature.sig); its origin cannot be checked.</source>
        <translation>The package is not signed (no signature.sig); its origin cannot be checked.</translation>
    </message>
    <message>
        <source>Station {station} has no registered key; cannot verify.</source>
        <translation>Station {station} has no registered key; cannot verify.</translation>
    </message>
    <message>
        <source>The signature does not match station {station}&apos;s registered key: the manifest was changed after signing, or another key signed it.</source>
        <translation>The signature does not match station {station}&apos;s registered key: the manifest was changed after signing, or another key signed it.</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the manifest: the package was changed after signing.</source>
        <translation>{name} does not match its SHA-256 in the manifest: the package was changed after signing.</translation>
    </message>
    <message>
        <source>tables.json does not match the format: {detail}</source>
        <translation>tables.json does not match the format: {detail}</translation>
    </message>
    <message>
        <source>The package contradicts itself: {detail}</source>
        <translation>The package contradicts itself: {detail}</translation>
    </message>
    <message>
        <source>The package covers {found}, not {expected}, the period being merged.</source>
        <translation>The package covers {found}, not {expected}, the period being merged.</translation>
    </message>
    <message>
        <source>Duplicate of {other}: only the newest {period} package of station {station} is used.</source>
        <translation>Duplicate of {other}: only the newest {period} package of station {station} is used.</translation>
    </message>
    <message>
        <source>There is no file you may print. Name one with --file.</source>
        <translation>There is no file you may print. Name one with --file.</translation>
    </message>
    <message>
        <source>No file numbered {file_no}.</source>
        <translation>No file numbered {file_no}.</translation>
    </message>
    <message>
        <source>Unknown document: {kind} (one of summary, session, case, assessment, monthly, forms, ledger, selfcheck, regimes, annual, safety_plan)</source>
        <translation>Unknown document: {kind} (one of summary, session, case, assessment, monthly, forms, ledger, selfcheck, regimes, annual, safety_plan)</translation>
    </message>
    <message>
        <source>Bad month: {value} (use the form 2026-03)</source>
        <translation>Bad month: {value} (use the form 2026-03)</translation>
    </message>
    <message>
        <source>File {file_no} has no session number {number}.</source>
        <translation>File {file_no} has no session number {number}.</translation>
    </message>
    <message>
        <source>File {file_no} has no sessions yet.</source>
        <translation>File {file_no} has no sessions yet.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path} ({reason}); no file was left.</source>
        <translation>The PDF could not be saved to {path} ({reason}); no file was left.</translation>
    </message>
    <message>
        <source>{what} must be one of: {allowed}</source>
        <translation>{what} must be one of: {allowed}</translation>
    </message>
    <message>
        <source>The key slot of {who} in {path} is damaged (this is not a wrong password). To recover: with the app closed, replace the file with the previous version kept beside it, keyslots.json.bak; or {fix}; or restore the latest backup.</source>
        <translation>The key slot of {who} in {path} is damaged (this is not a wrong password). To recover: with the app closed, replace the file with the previous version kept beside it, keyslots.json.bak; or {fix}; or restore the latest backup.</translation>
    </message>
    <message>
        <source>Signed content was altered: {part}session {number} of {date} in file {file_no} no longer matches what was signed. Restore the latest backup and find out who holds the database key.</source>
        <translation>Signed content was altered: {part}session {number} of {date} in file {file_no} no longer matches what was signed. Restore the latest backup and find out who holds the database key.</translation>
    </message>
    <message>
        <source>A signed {what} in file {file_no} has been deleted. Restore the latest backup.</source>
        <translation>A signed {what} in file {file_no} has been deleted. Restore the latest backup.</translation>
    </message>
    <message>
        <source>File {file_no} has no crisis intervention, so no safety plan.</source>
        <translation>File {file_no} has no crisis intervention, so no safety plan.</translation>
    </message>
    <message>
        <source>File {file_no} has {count} crisis intervention(s); there is no number {number}.</source>
        <translation>File {file_no} has {count} crisis intervention(s); there is no number {number}.</translation>
    </message>
    <message>
        <source>The crisis of {opened} in file {file_no} has no safety plan written yet.</source>
        <translation>The crisis of {opened} in file {file_no} has no safety plan written yet.</translation>
    </message>
    <message>
        <source>The safety plan of file {file_no} is restricted and sealed to someone else: you cannot read or print it.</source>
        <translation>The safety plan of file {file_no} is restricted and sealed to someone else: you cannot read or print it.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>Key group</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{instrument} by {attribute}</source>
        <translation>{instrument} by {attribute}</translation>
    </message>
    <message>
        <source>Survey Report on Workers&apos; Mental Health</source>
        <translation>Survey Report on Workers&apos; Mental Health</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Protected by the rules of the statistics packages: figures about fewer than {k} people, or that could be worked out, show as “—”, as do figures the packages sent withheld.</source>
        <translation>Protected by the rules of the statistics packages: figures about fewer than {k} people, or that could be worked out, show as “—”, as do figures the packages sent withheld.</translation>
    </message>
    <message>
        <source>The number of screenings is not shown: the monthly packages sent did not show it.</source>
        <translation>The number of screenings is not shown: the monthly packages sent did not show it.</translation>
    </message>
    <message>
        <source>{screened} screenings.</source>
        <translation>{screened} screenings.</translation>
    </message>
    <message>
        <source>Few screenings: shown in a milder and a more severe group rather than band by band.</source>
        <translation>Few screenings: shown in a milder and a more severe group rather than band by band.</translation>
    </message>
    <message>
        <source>Too few screenings to show any breakdown without pointing at individuals: all of it is withheld.</source>
        <translation>Too few screenings to show any breakdown without pointing at individuals: all of it is withheld.</translation>
    </message>
    <message>
        <source>By {attribute}</source>
        <translation>By {attribute}</translation>
    </message>
    <message>
        <source>Survey report</source>
        <translation>Survey report</translation>
    </message>
    <message>
        <source>Sessions by modality</source>
        <translation>Sessions by modality</translation>
    </message>
    <message>
        <source>Sessions by gender</source>
        <translation>Sessions by gender</translation>
    </message>
    <message>
        <source>Sessions by age band</source>
        <translation>Sessions by age band</translation>
    </message>
    <message>
        <source>Sessions by industry</source>
        <translation>Sessions by industry</translation>
    </message>
    <message>
        <source>Signed session records; age in the reporting year.</source>
        <translation>Signed session records; age in the reporting year.</translation>
    </message>
    <message>
        <source>Sessions by presenting issue</source>
        <translation>Sessions by presenting issue</translation>
    </message>
    <message>
        <source>Sessions by key group</source>
        <translation>Sessions by key group</translation>
    </message>
    <message>
        <source>A session may fall in several rows; rows do not add up.</source>
        <translation>A session may fall in several rows; rows do not add up.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Case flow</source>
        <translation>Case flow</translation>
    </message>
    <message>
        <source>Served: people with a signed session in the period; closed, transferred and referred count files ended in the period.</source>
        <translation>Served: people with a signed session in the period; closed, transferred and referred count files ended in the period.</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>New files</source>
        <translation>New files</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Referred out</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Referrals by destination</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>Crisis events</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Crisis events and outcomes</source>
        <translation>Crisis events and outcomes</translation>
    </message>
    <message>
        <source>Crises opened in the period; status as at export.</source>
        <translation>Crises opened in the period; status as at export.</translation>
    </message>
    <message>
        <source>Crisis events by risk level</source>
        <translation>Crisis events by risk level</translation>
    </message>
    <message>
        <source>Crisis actions taken</source>
        <translation>Crisis actions taken</translation>
    </message>
    <message>
        <source>A crisis may have several actions; rows do not add up.</source>
        <translation>A crisis may have several actions; rows do not add up.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Follow-ups due and done</source>
        <translation>Follow-ups due and done</translation>
    </message>
    <message>
        <source>Follow-ups planned in the period.</source>
        <translation>Follow-ups planned in the period.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Late cancellation</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Appointments by attendance</source>
        <translation>Appointments by attendance</translation>
    </message>
    <message>
        <source>Appointments booked for the period; those cancelled ahead are not counted.</source>
        <translation>Appointments booked for the period; those cancelled ahead are not counted.</translation>
    </message>
    <message>
        <source>Assessments by instrument and mode</source>
        <translation>Assessments by instrument and mode</translation>
    </message>
    <message>
        <source>Anonymous screenings included.</source>
        <translation>Anonymous screenings included.</translation>
    </message>
    <message>
        <source>Administrations</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Result bands per instrument</source>
        <translation>Result bands per instrument</translation>
    </message>
    <message>
        <source>Bands as defined by each instrument; anonymous included.</source>
        <translation>Bands as defined by each instrument; anonymous included.</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>1 (very dissatisfied)</source>
        <translation>1 (very dissatisfied)</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 (very satisfied)</source>
        <translation>5 (very satisfied)</translation>
    </message>
    <message>
        <source>Satisfaction (overall rating)</source>
        <translation>Satisfaction (overall rating)</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <source>Events, year to date</source>
        <translation>Events, year to date</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>Target reached (%)</source>
        <translation>Target reached (%)</translation>
    </message>
    <message>
        <source>Group activities and lectures against annual targets</source>
        <translation>Group activities and lectures against annual targets</translation>
    </message>
    <message>
        <source>Events and targets describe the station&apos;s work and are not suppressed; attendance is protected like other head counts.</source>
        <translation>Events and targets describe the station&apos;s work and are not suppressed; attendance is protected like other head counts.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Indicators (means and rates)</source>
        <translation>Indicators (means and rates)</translation>
    </message>
    <message>
        <source>A mean or rate is given only when every count it rests on is published; otherwise it shows x.</source>
        <translation>A mean or rate is given only when every count it rests on is published; otherwise it shows x.</translation>
    </message>
    <message>
        <source>Mean satisfaction (1–5)</source>
        <translation>Mean satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Follow-ups done on time (%)</source>
        <translation>Follow-ups done on time (%)</translation>
    </message>
    <message>
        <source>Not recorded / other</source>
        <translation>Not recorded / other</translation>
    </message>
    <message>
        <source>under 20</source>
        <translation>under 20</translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20–29</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>By counsellor</source>
        <translation>By counsellor</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>Anonymous screening</source>
        <translation>Anonymous screening</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>statistics exported</source>
        <translation>statistics exported</translation>
    </message>
    <message>
        <source>Not shown for this period</source>
        <translation>Not shown for this period</translation>
    </message>
    <message>
        <source>Shown by records</source>
        <translation>Shown by records</translation>
    </message>
    <message>
        <source>No records in the period</source>
        <translation>No records in the period</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Checked by hand</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>Station profile</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>Union code</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Tier name</source>
        <translation>Tier name</translation>
    </message>
    <message>
        <source>Judged from</source>
        <translation>Judged from</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>Tier self-check</translation>
    </message>
    <message>
        <source>By the app&apos;s own tier self-check, judged from this period&apos;s records alone; where the counts a result rests on are withheld in this package, so is the result.</source>
        <translation>By the app&apos;s own tier self-check, judged from this period&apos;s records alone; where the counts a result rests on are withheld in this package, so is the result.</translation>
    </message>
    <message>
        <source>Reliably better</source>
        <translation>Reliably better</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>No reliable change</translation>
    </message>
    <message>
        <source>Reliably worse</source>
        <translation>Reliably worse</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Hotline calls by main concern</source>
        <translation>Hotline calls by main concern</translation>
    </message>
    <message>
        <source>Every call in the hotline log, with or without a file.</source>
        <translation>Every call in the hotline log, with or without a file.</translation>
    </message>
    <message>
        <source>Hotline calls by risk level</source>
        <translation>Hotline calls by risk level</translation>
    </message>
    <message>
        <source>Repeat assessments</source>
        <translation>Repeat assessments</translation>
    </message>
    <message>
        <source>Repeat assessments against the first (PHQ-9, GAD-7)</source>
        <translation>Repeat assessments against the first (PHQ-9, GAD-7)</translation>
    </message>
    <message>
        <source>Each repeat against the worker&apos;s first: at least 6 points lower on PHQ-9 or 4 on GAD-7 is reliably better; as much higher, reliably worse.</source>
        <translation>Each repeat against the worker&apos;s first: at least 6 points lower on PHQ-9 or 4 on GAD-7 is reliably better; as much higher, reliably worse.</translation>
    </message>
    <message>
        <source>{month}</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>{sessions} individual sessions were given to {served} people.</source>
        <translation>{sessions} individual sessions were given to {served} people.</translation>
    </message>
    <message>
        <source>{sessions} individual sessions were given.</source>
        <translation>{sessions} individual sessions were given.</translation>
    </message>
    <message>
        <source>Most were {label} ({share}%).</source>
        <translation>Most were {label} ({share}%).</translation>
    </message>
    <message>
        <source>The three most frequent concerns were {a}, {b} and {c}.</source>
        <translation>The three most frequent concerns were {a}, {b} and {c}.</translation>
    </message>
    <message>
        <source>Of {measured} workers assessed again in the period, {improved} ({share}%) improved reliably in depression or anxiety since their first assessment.</source>
        <translation>Of {measured} workers assessed again in the period, {improved} ({share}%) improved reliably in depression or anxiety since their first assessment.</translation>
    </message>
    <message>
        <source>Mean overall satisfaction was {mean} out of 5.</source>
        <translation>Mean overall satisfaction was {mean} out of 5.</translation>
    </message>
    <message>
        <source>{events} group activities and lectures were held</source>
        <translation>{events} group activities and lectures were held</translation>
    </message>
    <message>
        <source>, {pct}% of the annual target so far</source>
        <translation>, {pct}% of the annual target so far</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The hotline took {calls} calls.</source>
        <translation>The hotline took {calls} calls.</translation>
    </message>
    <message>
        <source>{screened} anonymous screenings, surveys of workers included.</source>
        <translation>{screened} anonymous screenings, surveys of workers included.</translation>
    </message>
    <message>
        <source>{n_missing} month(s) have no package sent yet and show no monthly figure.</source>
        <translation>{n_missing} month(s) have no package sent yet and show no monthly figure.</translation>
    </message>
    <message>
        <source>Analysis Report on Workers&apos; Mental-Health Services</source>
        <translation>Analysis Report on Workers&apos; Mental-Health Services</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year} Q{quarter}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Every figure here is taken from the statistics packages already sent to the union; figures the packages withheld (fewer than {k} people, or ones that could be worked out) show as “—”.</source>
        <translation>Every figure here is taken from the statistics packages already sent to the union; figures the packages withheld (fewer than {k} people, or ones that could be worked out) show as “—”.</translation>
    </message>
    <message>
        <source>The one exception is the share of workers improved (section 7): it is counted from the records, and printed only where the package published the repeat assessments it falls within and every count is at least that number of people.</source>
        <translation>The one exception is the share of workers improved (section 7): it is counted from the records, and printed only where the package published the repeat assessments it falls within and every count is at least that number of people.</translation>
    </message>
    <message>
        <source>This period&apos;s package has not been sent yet; export it first.</source>
        <translation>This period&apos;s package has not been sent yet; export it first.</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Summary</translation>
    </message>
    <message>
        <source>2. Sessions month by month</source>
        <translation>2. Sessions month by month</translation>
    </message>
    <message>
        <source>Months not sent: </source>
        <translation>Months not sent: </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>3. Modality</source>
        <translation>3. Modality</translation>
    </message>
    <message>
        <source>4. Presenting issues</source>
        <translation>4. Presenting issues</translation>
    </message>
    <message>
        <source>5. Key groups</source>
        <translation>5. Key groups</translation>
    </message>
    <message>
        <source>Not in the package.</source>
        <translation>Not in the package.</translation>
    </message>
    <message>
        <source>6. Assessment result bands</source>
        <translation>6. Assessment result bands</translation>
    </message>
    <message>
        <source>7. Outcomes</source>
        <translation>7. Outcomes</translation>
    </message>
    <message>
        <source>8. Satisfaction</source>
        <translation>8. Satisfaction</translation>
    </message>
    <message>
        <source>9. Group activities against targets</source>
        <translation>9. Group activities against targets</translation>
    </message>
    <message>
        <source>10. Hotline and surveys</source>
        <translation>10. Hotline and surveys</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>Analysis report</translation>
    </message>
    <message>
        <source>{instrument} total</source>
        <translation>{instrument} total</translation>
    </message>
    <message>
        <source>No assessments in the period.</source>
        <translation>No assessments in the period.</translation>
    </message>
    <message>
        <source>The package has no outcome table.</source>
        <translation>The package has no outcome table.</translation>
    </message>
    <message>
        <source>Workers (first against last assessment in the period)</source>
        <translation>Workers (first against last assessment in the period)</translation>
    </message>
    <message>
        <source>Workers assessed again</source>
        <translation>Workers assessed again</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Not improved</source>
        <translation>Not improved</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>Share improved</translation>
    </message>
    <message>
        <source>Repeat assessments (each against the first)</source>
        <translation>Repeat assessments (each against the first)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Hotline calls by concern</source>
        <translation>Hotline calls by concern</translation>
    </message>
    <message>
        <source>Hotline calls by risk</source>
        <translation>Hotline calls by risk</translation>
    </message>
    <message>
        <source>Anonymous screenings, surveys included: per instrument</source>
        <translation>Anonymous screenings, surveys included: per instrument</translation>
    </message>
    <message>
        <source>The package has no hotline or survey figures.</source>
        <translation>The package has no hotline or survey figures.</translation>
    </message>
    <message>
        <source>Instruments not used in the period are left out (0 in the data file).</source>
        <translation>Instruments not used in the period are left out (0 in the data file).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (zh)</source>
        <translation>Name (zh)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Stations used</source>
        <translation>Stations used</translation>
    </message>
    <message>
        <source>Computed only from stations whose counts were all published; “Stations used” is how many took part.</source>
        <translation>Computed only from stations whose counts were all published; “Stations used” is how many took part.</translation>
    </message>
    <message>
        <source>Tier self-check (stations per result)</source>
        <translation>Tier self-check (stations per result)</translation>
    </message>
    <message>
        <source>Each row counts the stations giving each self-check result for that requirement.</source>
        <translation>Each row counts the stations giving each self-check result for that requirement.</translation>
    </message>
</context>
<context>
    <name>export.cases</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>export.profile</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>The end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
        <source>(new file)</source>
        <translation>(new file)</translation>
    </message>
    <message>
        <source>existing register imported</source>
        <translation>existing register imported</translation>
    </message>
    <message>
        <source>two files of one worker merged</source>
        <translation>two files of one worker merged</translation>
    </message>
    <message>
        <source>records moved by a file merge</source>
        <translation>records moved by a file merge</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>same name and birth year</translation>
    </message>
</context>
<context>
    <name>importing.columns</name>
    <message>
        <source>counselling register</source>
        <translation>counselling register</translation>
    </message>
    <message>
        <source>visitor list</source>
        <translation>visitor list</translation>
    </message>
    <message>
        <source>activity register</source>
        <translation>activity register</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>file number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>birth year</translation>
    </message>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>key groups</source>
        <translation>key groups</translation>
    </message>
    <message>
        <source>date registered</source>
        <translation>date registered</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>attendees</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>target groups</translation>
    </message>
</context>
<context>
    <name>importing.columns.visitors</name>
    <message>
        <source>counsellor</source>
        <translation>counsellor</translation>
    </message>
</context>
<context>
    <name>instruments</name>
    <message>
        <source>the content must be a JSON object</source>
        <translation>the content must be a JSON object</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes</source>
        <translation>the file is larger than {limit} bytes</translation>
    </message>
    <message>
        <source>the file is not UTF-8 encoded</source>
        <translation>the file is not UTF-8 encoded</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply or holds an over-long number</source>
        <translation>the JSON is nested too deeply or holds an over-long number</translation>
    </message>
    <message>
        <source>field {field} appears twice</source>
        <translation>field {field} appears twice</translation>
    </message>
    <message>
        <source>missing field {field}</source>
        <translation>missing field {field}</translation>
    </message>
    <message>
        <source>unknown field {field} (a typo?)</source>
        <translation>unknown field {field} (a typo?)</translation>
    </message>
    <message>
        <source>field {field} must be {expected}</source>
        <translation>field {field} must be {expected}</translation>
    </message>
    <message>
        <source>field {field} must not be empty</source>
        <translation>field {field} must not be empty</translation>
    </message>
    <message>
        <source>unsupported schema {value} (only 1)</source>
        <translation>unsupported schema {value} (only 1)</translation>
    </message>
    <message>
        <source>id {value} is not valid: use lower-case letters, digits, - and _ (at most 32)</source>
        <translation>id {value} is not valid: use lower-case letters, digits, - and _ (at most 32)</translation>
    </message>
    <message>
        <source>version {value} is not valid: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>version {value} is not valid: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>{field} has more than {limit} entries</source>
        <translation>{field} has more than {limit} entries</translation>
    </message>
    <message>
        <source>item numbers must run 1, 2, 3, ... but are {numbers}</source>
        <translation>item numbers must run 1, 2, 3, ... but are {numbers}</translation>
    </message>
    <message>
        <source>item {item} has no options (neither shared nor its own)</source>
        <translation>item {item} has no options (neither shared nor its own)</translation>
    </message>
    <message>
        <source>{field} needs at least two options</source>
        <translation>{field} needs at least two options</translation>
    </message>
    <message>
        <source>{field} repeats option value {value}</source>
        <translation>{field} repeats option value {value}</translation>
    </message>
    <message>
        <source>{field} value {value} is outside {lo}..{hi}</source>
        <translation>{field} value {value} is outside {lo}..{hi}</translation>
    </message>
    <message>
        <source>reverse-scored item {item} is not in the item list</source>
        <translation>reverse-scored item {item} is not in the item list</translation>
    </message>
    <message>
        <source>item {item}: its reverse flag disagrees with scoring.reverse_items</source>
        <translation>item {item}: its reverse flag disagrees with scoring.reverse_items</translation>
    </message>
    <message>
        <source>unsupported scoring method {value}</source>
        <translation>unsupported scoring method {value}</translation>
    </message>
    <message>
        <source>scoring.multiplier must be 1..100</source>
        <translation>scoring.multiplier must be 1..100</translation>
    </message>
    <message>
        <source>scoring.direction must be higher_worse or higher_better, not {value}</source>
        <translation>scoring.direction must be higher_worse or higher_better, not {value}</translation>
    </message>
    <message>
        <source>band {band}: range must be two integers [min, max] with min &lt;= max</source>
        <translation>band {band}: range must be two integers [min, max] with min &lt;= max</translation>
    </message>
    <message>
        <source>band {band} lies outside the possible scores {lo}..{hi}</source>
        <translation>band {band} lies outside the possible scores {lo}..{hi}</translation>
    </message>
    <message>
        <source>bands {a} and {b} overlap</source>
        <translation>bands {a} and {b} overlap</translation>
    </message>
    <message>
        <source>the possible score {score} falls in no band</source>
        <translation>the possible score {score} falls in no band</translation>
    </message>
    <message>
        <source>band {band} has unknown level {value} (allowed: {allowed})</source>
        <translation>band {band} has unknown level {value} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>band levels do not follow the scoring direction ({direction}): {a} then {b}</source>
        <translation>band levels do not follow the scoring direction ({direction}): {a} then {b}</translation>
    </message>
    <message>
        <source>alert {code} has unknown kind {value} (allowed: item, score, band)</source>
        <translation>alert {code} has unknown kind {value} (allowed: item, score, band)</translation>
    </message>
    <message>
        <source>alert {code} has unknown op {value}</source>
        <translation>alert {code} has unknown op {value}</translation>
    </message>
    <message>
        <source>alert {code} refers to item {item}, which does not exist</source>
        <translation>alert {code} refers to item {item}, which does not exist</translation>
    </message>
    <message>
        <source>alert {code} refers to option value {value}, which item {item} does not have</source>
        <translation>alert {code} refers to option value {value}, which item {item} does not have</translation>
    </message>
    <message>
        <source>alert {code} refers to level {value}, which no band of this instrument uses</source>
        <translation>alert {code} refers to level {value}, which no band of this instrument uses</translation>
    </message>
    <message>
        <source>alert {code} can never fire (its condition cannot be met by any possible score)</source>
        <translation>alert {code} can never fire (its condition cannot be met by any possible score)</translation>
    </message>
    <message>
        <source>alert code {code} is used twice</source>
        <translation>alert code {code} is used twice</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>a list of integers</source>
        <translation>a list of integers</translation>
    </message>
</context>
<context>
    <name>period</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>own case</source>
        <translation>own case</translation>
    </message>
    <message>
        <source>shared case</source>
        <translation>shared case</translation>
    </message>
    <message>
        <source>supervised case</source>
        <translation>supervised case</translation>
    </message>
    <message>
        <source>opened with a reason</source>
        <translation>opened with a reason</translation>
    </message>
    <message>
        <source>the file (it does not exist or you may not see it)</source>
        <translation>the file (it does not exist or you may not see it)</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>late cancellation</translation>
    </message>
    <message>
        <source>the file went to another station</source>
        <translation>the file went to another station</translation>
    </message>
    <message>
        <source>appointment #{number}</source>
        <translation>appointment #{number}</translation>
    </message>
    <message>
        <source>name or pseudonym</source>
        <translation>name or pseudonym</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>birth year</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>job type</translation>
    </message>
    <message>
        <source>key groups</source>
        <translation>key groups</translation>
    </message>
    <message>
        <source>how they came</source>
        <translation>how they came</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <source>assigned counsellor</source>
        <translation>assigned counsellor</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>consent date</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>consent scope</translation>
    </message>
    <message>
        <source>limits of confidentiality explained</source>
        <translation>limits of confidentiality explained</translation>
    </message>
    <message>
        <source>withdrawal date</source>
        <translation>withdrawal date</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>date of the request</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>session date</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modality</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>presenting issues</source>
        <translation>presenting issues</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>presenting complaint</source>
        <translation>presenting complaint</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>next appointment</source>
        <translation>next appointment</translation>
    </message>
    <message>
        <source>time of the next appointment</source>
        <translation>time of the next appointment</translation>
    </message>
    <message>
        <source>addendum text</source>
        <translation>addendum text</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>closing summary</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>planned follow-up date</source>
        <translation>planned follow-up date</translation>
    </message>
    <message>
        <source>follow-up channel</source>
        <translation>follow-up channel</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>crisis risk checklist</source>
        <translation>crisis risk checklist</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>actions taken</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>referral date</translation>
    </message>
    <message>
        <source>destination type</source>
        <translation>destination type</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>activity date</source>
        <translation>activity date</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>organising unit</source>
        <translation>organising unit</translation>
    </message>
    <message>
        <source>attendee count</source>
        <translation>attendee count</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>target groups</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>appointment start</source>
        <translation>appointment start</translation>
    </message>
    <message>
        <source>appointment end</source>
        <translation>appointment end</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>follow-up purpose</source>
        <translation>follow-up purpose</translation>
    </message>
    <message>
        <source>planned time</source>
        <translation>planned time</translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation>follow-up result</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>warning signs</translation>
    </message>
    <message>
        <source>coping steps</source>
        <translation>coping steps</translation>
    </message>
    <message>
        <source>people and places</source>
        <translation>people and places</translation>
    </message>
    <message>
        <source>professional contacts</source>
        <translation>professional contacts</translation>
    </message>
    <message>
        <source>means safety</source>
        <translation>means safety</translation>
    </message>
    <message>
        <source>search terms</source>
        <translation>search terms</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>from date</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>file registered</source>
        <translation>file registered</translation>
    </message>
    <message>
        <source>file viewed</source>
        <translation>file viewed</translation>
    </message>
    <message>
        <source>file basic details viewed</source>
        <translation>file basic details viewed</translation>
    </message>
    <message>
        <source>another counsellor&apos;s case opened with a reason</source>
        <translation>another counsellor&apos;s case opened with a reason</translation>
    </message>
    <message>
        <source>recovery key typed in to open restricted content</source>
        <translation>recovery key typed in to open restricted content</translation>
    </message>
    <message>
        <source>wrong recovery key typed in</source>
        <translation>wrong recovery key typed in</translation>
    </message>
    <message>
        <source>restricted content sealed or unsealed</source>
        <translation>restricted content sealed or unsealed</translation>
    </message>
    <message>
        <source>file details edited</source>
        <translation>file details edited</translation>
    </message>
    <message>
        <source>file restriction changed</source>
        <translation>file restriction changed</translation>
    </message>
    <message>
        <source>case shared</source>
        <translation>case shared</translation>
    </message>
    <message>
        <source>case sharing withdrawn</source>
        <translation>case sharing withdrawn</translation>
    </message>
    <message>
        <source>case transferred</source>
        <translation>case transferred</translation>
    </message>
    <message>
        <source>case reassigned by the admin</source>
        <translation>case reassigned by the admin</translation>
    </message>
    <message>
        <source>counsellor&apos;s caseload reassigned</source>
        <translation>counsellor&apos;s caseload reassigned</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>case closed</translation>
    </message>
    <message>
        <source>closing summary recorded</source>
        <translation>closing summary recorded</translation>
    </message>
    <message>
        <source>note on a case transfer</source>
        <translation>note on a case transfer</translation>
    </message>
    <message>
        <source>note on a caseload reassignment</source>
        <translation>note on a caseload reassignment</translation>
    </message>
    <message>
        <source>case reopened</source>
        <translation>case reopened</translation>
    </message>
    <message>
        <source>informed consent recorded</source>
        <translation>informed consent recorded</translation>
    </message>
    <message>
        <source>withdrawal of consent recorded</source>
        <translation>withdrawal of consent recorded</translation>
    </message>
    <message>
        <source>worker&apos;s copy of their file produced</source>
        <translation>worker&apos;s copy of their file produced</translation>
    </message>
    <message>
        <source>session record created</source>
        <translation>session record created</translation>
    </message>
    <message>
        <source>session draft edited</source>
        <translation>session draft edited</translation>
    </message>
    <message>
        <source>session draft deleted</source>
        <translation>session draft deleted</translation>
    </message>
    <message>
        <source>session record signed</source>
        <translation>session record signed</translation>
    </message>
    <message>
        <source>session record co-signed</source>
        <translation>session record co-signed</translation>
    </message>
    <message>
        <source>addendum added</source>
        <translation>addendum added</translation>
    </message>
    <message>
        <source>signature password wrong</source>
        <translation>signature password wrong</translation>
    </message>
    <message>
        <source>record restriction changed</source>
        <translation>record restriction changed</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>follow-up scheduled</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>follow-up done</translation>
    </message>
    <message>
        <source>follow-up tried or rescheduled</source>
        <translation>follow-up tried or rescheduled</translation>
    </message>
    <message>
        <source>crisis opened</source>
        <translation>crisis opened</translation>
    </message>
    <message>
        <source>crisis updated</source>
        <translation>crisis updated</translation>
    </message>
    <message>
        <source>crisis closed</source>
        <translation>crisis closed</translation>
    </message>
    <message>
        <source>safety plan written or changed</source>
        <translation>safety plan written or changed</translation>
    </message>
    <message>
        <source>referral recorded</source>
        <translation>referral recorded</translation>
    </message>
    <message>
        <source>referral outcome recorded</source>
        <translation>referral outcome recorded</translation>
    </message>
    <message>
        <source>satisfaction rating recorded</source>
        <translation>satisfaction rating recorded</translation>
    </message>
    <message>
        <source>group activity logged</source>
        <translation>group activity logged</translation>
    </message>
    <message>
        <source>group activity edited</source>
        <translation>group activity edited</translation>
    </message>
    <message>
        <source>group activity deleted</source>
        <translation>group activity deleted</translation>
    </message>
    <message>
        <source>annual target set</source>
        <translation>annual target set</translation>
    </message>
    <message>
        <source>appointment booked</source>
        <translation>appointment booked</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>appointment moved</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>appointment cancelled</translation>
    </message>
    <message>
        <source>appointment attendance marked</source>
        <translation>appointment attendance marked</translation>
    </message>
    <message>
        <source>session notes searched</source>
        <translation>session notes searched</translation>
    </message>
    <message>
        <source>(restricted file)</source>
        <translation>(restricted file)</translation>
    </message>
    <message>
        <source>individual counselling</source>
        <translation>individual counselling</translation>
    </message>
    <message>
        <source>psychological assessment</source>
        <translation>psychological assessment</translation>
    </message>
    <message>
        <source>the hotline</source>
        <translation>the hotline</translation>
    </message>
    <message>
        <source>use in anonymous statistics</source>
        <translation>use in anonymous statistics</translation>
    </message>
    <message>
        <source>audio or video recording</source>
        <translation>audio or video recording</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>after a session</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>after a referral</source>
        <translation>after a referral</translation>
    </message>
    <message>
        <source>after a missed appointment</source>
        <translation>after a missed appointment</translation>
    </message>
    <message>
        <source>after closing the case</source>
        <translation>after closing the case</translation>
    </message>
    <message>
        <source>after a crisis</source>
        <translation>after a crisis</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>rescheduled</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>session #{number}</source>
        <translation>session #{number}</translation>
    </message>
    <message>
        <source>follow-up #{number}</source>
        <translation>follow-up #{number}</translation>
    </message>
    <message>
        <source>call date</source>
        <translation>call date</translation>
    </message>
    <message>
        <source>call time</source>
        <translation>call time</translation>
    </message>
    <message>
        <source>length of call (minutes)</source>
        <translation>length of call (minutes)</translation>
    </message>
    <message>
        <source>caller&apos;s gender</source>
        <translation>caller&apos;s gender</translation>
    </message>
    <message>
        <source>caller&apos;s age band</source>
        <translation>caller&apos;s age band</translation>
    </message>
    <message>
        <source>main concern</source>
        <translation>main concern</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>hotline call logged</source>
        <translation>hotline call logged</translation>
    </message>
    <message>
        <source>hotline call linked to a file</source>
        <translation>hotline call linked to a file</translation>
    </message>
    <message>
        <source>crisis path started from a hotline call</source>
        <translation>crisis path started from a hotline call</translation>
    </message>
    <message>
        <source>hotline call #{number}</source>
        <translation>hotline call #{number}</translation>
    </message>
    <message>
        <source>crisis {crisis_id}</source>
        <translation>crisis {crisis_id}</translation>
    </message>
    <message>
        <source>coping steps I can take alone</source>
        <translation>coping steps I can take alone</translation>
    </message>
    <message>
        <source>people and places that help</source>
        <translation>people and places that help</translation>
    </message>
    <message>
        <source>professionals and services to contact</source>
        <translation>professionals and services to contact</translation>
    </message>
    <message>
        <source>keeping the means of harm away</source>
        <translation>keeping the means of harm away</translation>
    </message>
    <message>
        <source>digests bound for records signed before the upgrade</source>
        <translation>digests bound for records signed before the upgrade</translation>
    </message>
    <message>
        <source>historical session records imported</source>
        <translation>historical session records imported</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>addendum</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>session record</translation>
    </message>
    <message>
        <source>the co-signature of </source>
        <translation>the co-signature of </translation>
    </message>
    <message>
        <source>an addendum to </source>
        <translation>an addendum to </translation>
    </message>
    <message>
        <source>case transferred to another station</source>
        <translation>case transferred to another station</translation>
    </message>
    <message>
        <source>case received from another station</source>
        <translation>case received from another station</translation>
    </message>
    <message>
        <source>transfer file written (the whole case)</source>
        <translation>transfer file written (the whole case)</translation>
    </message>
    <message>
        <source>transferred history imported</source>
        <translation>transferred history imported</translation>
    </message>
    <message>
        <source>transferred history viewed</source>
        <translation>transferred history viewed</translation>
    </message>
    <message>
        <source>the transferred history</source>
        <translation>the transferred history</translation>
    </message>
    <message>
        <source>activity #{number}</source>
        <translation>activity #{number}</translation>
    </message>
    <message>
        <source>crisis #{number}</source>
        <translation>crisis #{number}</translation>
    </message>
    <message>
        <source>share the case</source>
        <translation>share the case</translation>
    </message>
    <message>
        <source>withdraw sharing</source>
        <translation>withdraw sharing</translation>
    </message>
    <message>
        <source>transfer the case</source>
        <translation>transfer the case</translation>
    </message>
    <message>
        <source>restrict the file</source>
        <translation>restrict the file</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>close the case</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>reopen the case</translation>
    </message>
    <message>
        <source>counsellor #{number}</source>
        <translation>counsellor #{number}</translation>
    </message>
    <message>
        <source>referral #{number}</source>
        <translation>referral #{number}</translation>
    </message>
    <message>
        <source>edit the record</source>
        <translation>edit the record</translation>
    </message>
    <message>
        <source>sign the record</source>
        <translation>sign the record</translation>
    </message>
    <message>
        <source>delete the draft</source>
        <translation>delete the draft</translation>
    </message>
    <message>
        <source>restrict the record</source>
        <translation>restrict the record</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Station Tier Self-Check</source>
        <translation>Station Tier Self-Check</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>Tier self-check</translation>
    </message>
    <message>
        <source>Date of check</source>
        <translation>Date of check</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Target tier</source>
        <translation>Target tier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Highest tier met</source>
        <translation>Highest tier met</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Checked by hand</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>From the records</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>Station head:</source>
        <translation>Station head:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>“Met” means the figures in the records reach the requirement; “not met” means the records show it is not being done, or the hand check said no; “not yet evidenced” means the app holds nothing to judge by yet, or a hand-checked item is unanswered (or was answered over a year ago). The period examined is the year before the check (or the station&apos;s life if shorter); duty is judged on the last four weeks and the week ahead, first contact on the last 90 days.</source>
        <translation>“Met” means the figures in the records reach the requirement; “not met” means the records show it is not being done, or the hand check said no; “not yet evidenced” means the app holds nothing to judge by yet, or a hand-checked item is unanswered (or was answered over a year ago). The period examined is the year before the check (or the station&apos;s life if shorter); duty is judged on the last four weeks and the week ahead, first contact on the last 90 days.</translation>
    </message>
    <message>
        <source>Station Regimes</source>
        <translation>Station Regimes</translation>
    </message>
    <message>
        <source>Station regimes</source>
        <translation>Station regimes</translation>
    </message>
    <message>
        <source>Version {version}, adopted {day}</source>
        <translation>Version {version}, adopted {day}</translation>
    </message>
    <message>
        <source>No regime has been adopted yet.</source>
        <translation>No regime has been adopted yet.</translation>
    </message>
    <message>
        <source>client file summary</source>
        <translation>client file summary</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>session record</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>whole case</translation>
    </message>
    <message>
        <source>assessment report</source>
        <translation>assessment report</translation>
    </message>
    <message>
        <source>monthly station report</source>
        <translation>monthly station report</translation>
    </message>
    <message>
        <source>blank paper forms</source>
        <translation>blank paper forms</translation>
    </message>
    <message>
        <source>inspection registers</source>
        <translation>inspection registers</translation>
    </message>
    <message>
        <source>tier self-check</source>
        <translation>tier self-check</translation>
    </message>
    <message>
        <source>station regimes</source>
        <translation>station regimes</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>safety plan</translation>
    </message>
    <message>
        <source>PREVIEW (not numbered)</source>
        <translation>PREVIEW (not numbered)</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>document printed</translation>
    </message>
    <message>
        <source>document saved as PDF</source>
        <translation>document saved as PDF</translation>
    </message>
    <message>
        <source>print preview shown</source>
        <translation>print preview shown</translation>
    </message>
    <message>
        <source>print or save did not complete</source>
        <translation>print or save did not complete</translation>
    </message>
    <message>
        <source>print refused (not permitted)</source>
        <translation>print refused (not permitted)</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>regime</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>File {file_no}</source>
        <translation>File {file_no}</translation>
    </message>
</context>
<context>
    <name>reports.assessment</name>
    <message>
        <source>by the counsellor</source>
        <translation>by the counsellor</translation>
    </message>
    <message>
        <source>self-completed</source>
        <translation>self-completed</translation>
    </message>
    <message>
        <source>anonymous screening</source>
        <translation>anonymous screening</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>higher means more distress</source>
        <translation>higher means more distress</translation>
    </message>
    <message>
        <source>higher means better</source>
        <translation>higher means better</translation>
    </message>
    <message>
        <source>Across: date given    Up: score ({direction}); dashed lines mark the bands</source>
        <translation>Across: date given    Up: score ({direction}); dashed lines mark the bands</translation>
    </message>
    <message>
        <source>Assessed once: no trend yet.</source>
        <translation>Assessed once: no trend yet.</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: no change.</source>
        <translation>First {first:g}, latest {last:g}: no change.</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: {delta:+g} (better).</source>
        <translation>First {first:g}, latest {last:g}: {delta:+g} (better).</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: {delta:+g} (worse).</source>
        <translation>First {first:g}, latest {last:g}: {delta:+g} (worse).</translation>
    </message>
    <message>
        <source>No assessment in this file yet.</source>
        <translation>No assessment in this file yet.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>Score range</translation>
    </message>
    <message>
        <source>Note: instrument results are for screening and to guide counselling; they are no psychiatric diagnosis. Where an alert shows, the counsellor assesses in person and follows the crisis procedure.</source>
        <translation>Note: instrument results are for screening and to guide counselling; they are no psychiatric diagnosis. Where an alert shows, the counsellor assesses in person and follows the crisis procedure.</translation>
    </message>
</context>
<context>
    <name>reports.page</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Document {number}</translation>
    </message>
    <message>
        <source>Printed by {who} {when}</source>
        <translation>Printed by {who} {when}</translation>
    </message>
    <message>
        <source>Contains sensitive personal information: authorised staff only; do not copy or pass on; keep locked away or shred after use.</source>
        <translation>Contains sensitive personal information: authorised staff only; do not copy or pass on; keep locked away or shred after use.</translation>
    </message>
</context>
<context>
    <name>reports.safety</name>
    <message>
        <source>My safety plan</source>
        <translation>My safety plan</translation>
    </message>
    <message>
        <source>Step 1  {section}</source>
        <translation>Step 1  {section}</translation>
    </message>
    <message>
        <source>Step 2  {section}</source>
        <translation>Step 2  {section}</translation>
    </message>
    <message>
        <source>Step 3  {section}</source>
        <translation>Step 3  {section}</translation>
    </message>
    <message>
        <source>Step 4  {section}</source>
        <translation>Step 4  {section}</translation>
    </message>
    <message>
        <source>Step 5  {section}</source>
        <translation>Step 5  {section}</translation>
    </message>
    <message>
        <source>When I notice these thoughts, feelings or behaviours, it is time to use this plan:</source>
        <translation>When I notice these thoughts, feelings or behaviours, it is time to use this plan:</translation>
    </message>
    <message>
        <source>Things I can do on my own to calm down and take my mind off it:</source>
        <translation>Things I can do on my own to calm down and take my mind off it:</translation>
    </message>
    <message>
        <source>People I can contact, or places I can go, so I am not alone:</source>
        <translation>People I can contact, or places I can go, so I am not alone:</translation>
    </message>
    <message>
        <source>When I need professional help, I can contact:</source>
        <translation>When I need professional help, I can contact:</translation>
    </message>
    <message>
        <source>To make my surroundings safer, I will:</source>
        <translation>To make my surroundings safer, I will:</translation>
    </message>
    <message>
        <source>{name}    Written on {date}    with {counsellor}</source>
        <translation>{name}    Written on {date}    with {counsellor}</translation>
    </message>
    <message>
        <source>the counsellor</source>
        <translation>the counsellor</translation>
    </message>
    <message>
        <source>When it feels too much, start at step 1 and go on step by step.</source>
        <translation>When it feels too much, start at step 1 and go on step by step.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call 110 or 120, or go straight to the nearest hospital emergency department.</source>
        <translation>If you are in danger right now, call 110 or 120, or go straight to the nearest hospital emergency department.</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>frozen build</source>
        <translation>frozen build</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>a layer of the app is missing: {name}</source>
        <translation>a layer of the app is missing: {name}</translation>
    </message>
    <message>
        <source>a layer of the app is missing: station_desk.cli</source>
        <translation>a layer of the app is missing: station_desk.cli</translation>
    </message>
    <message>
        <source>storage, domain, reports, export, ui, cli and tools are all present</source>
        <translation>storage, domain, reports, export, ui, cli and tools are all present</translation>
    </message>
    <message>
        <source>missing from the bundle: </source>
        <translation>missing from the bundle: </translation>
    </message>
    <message>
        <source>storage/schema/*.sql is missing from the bundle</source>
        <translation>storage/schema/*.sql is missing from the bundle</translation>
    </message>
    <message>
        <source>no instruments in seeds/</source>
        <translation>no instruments in seeds/</translation>
    </message>
    <message>
        <source>no compiled translations (.qm) in the bundle</source>
        <translation>no compiled translations (.qm) in the bundle</translation>
    </message>
    <message>
        <source>(not compiled)</source>
        <translation>(not compiled)</translation>
    </message>
    <message>
        <source>data at {root}: {schemas} schema files, instruments {instruments}, translations {compiled}</source>
        <translation>data at {root}: {schemas} schema files, instruments {instruments}, translations {compiled}</translation>
    </message>
    <message>
        <source>sqlcipher3 loaded a SQLite without encryption</source>
        <translation>sqlcipher3 loaded a SQLite without encryption</translation>
    </message>
    <message>
        <source>demo data incomplete: {counts}</source>
        <translation>demo data incomplete: {counts}</translation>
    </message>
    <message>
        <source>{vault}: {users} accounts, {clients} files, {sessions} sessions (fictitious)</source>
        <translation>{vault}: {users} accounts, {clients} files, {sessions} sessions (fictitious)</translation>
    </message>
    <message>
        <source>signed in as the demo admin {username} (Argon2id key slot)</source>
        <translation>signed in as the demo admin {username} (Argon2id key slot)</translation>
    </message>
    <message>
        <source>all pages sound, audit chain of {audit_entries} entries intact</source>
        <translation>all pages sound, audit chain of {audit_entries} entries intact</translation>
    </message>
    <message>
        <source>encrypted backup {name} ({kib} KiB) written and verified</source>
        <translation>encrypted backup {name} ({kib} KiB) written and verified</translation>
    </message>
    <message>
        <source>{what} is not a PDF</source>
        <translation>{what} is not a PDF</translation>
    </message>
    <message>
        <source>{what} embeds no TrueType font (Chinese would not print)</source>
        <translation>{what} embeds no TrueType font (Chinese would not print)</translation>
    </message>
    <message>
        <source>{what}: {kib} KiB, Chinese font subset embedded</source>
        <translation>{what}: {kib} KiB, Chinese font subset embedded</translation>
    </message>
    <message>
        <source>station_desk.reports &apos;{title}&apos;, {pages} page(s), no. {doc_number}</source>
        <translation>station_desk.reports &apos;{title}&apos;, {pages} page(s), no. {doc_number}</translation>
    </message>
    <message>
        <source>anonymous statistics package for {month}: {name} ({size} KiB, {tables} tables, signed)</source>
        <translation>anonymous statistics package for {month}: {name} ({size} KiB, {tables} tables, signed)</translation>
    </message>
    <message>
        <source>the package failed the union&apos;s checks: {reason}</source>
        <translation>the package failed the union&apos;s checks: {reason}</translation>
    </message>
    <message>
        <source>passed the union&apos;s checks: signature, manifest and {n_tables} tables</source>
        <translation>passed the union&apos;s checks: signature, manifest and {n_tables} tables</translation>
    </message>
    <message>
        <source>Qt&apos;s qtbase_zh_CN.qm did not load (&apos;Cancel&apos; is not &apos;{expected}&apos;)</source>
        <translation>Qt&apos;s qtbase_zh_CN.qm did not load (&apos;Cancel&apos; is not &apos;{expected}&apos;)</translation>
    </message>
    <message>
        <source>Qt cannot load the bundled font</source>
        <translation>Qt cannot load the bundled font</translation>
    </message>
    <message>
        <source>Qt {qt_version} (offscreen), {n_translators} translators installed (incl. qtbase_zh_CN), font {font}</source>
        <translation>Qt {qt_version} (offscreen), {n_translators} translators installed (incl. qtbase_zh_CN), font {font}</translation>
    </message>
    <message>
        <source>page 1 of the PDF did not render</source>
        <translation>page 1 of the PDF did not render</translation>
    </message>
    <message>
        <source>page 1 of the PDF rendered blank</source>
        <translation>page 1 of the PDF rendered blank</translation>
    </message>
    <message>
        <source>pdfium rendered page 1 of {count} ({width}×{height})</source>
        <translation>pdfium rendered page 1 of {count} ({width}×{height})</translation>
    </message>
    <message>
        <source>the About dialog shows no version</source>
        <translation>the About dialog shows no version</translation>
    </message>
    <message>
        <source>About dialog</source>
        <translation>About dialog</translation>
    </message>
    <message>
        <source>the main window did not paint</source>
        <translation>the main window did not paint</translation>
    </message>
    <message>
        <source>main window ({width}×{height})</source>
        <translation>main window ({width}×{height})</translation>
    </message>
    <message>
        <source>built and painted offscreen: </source>
        <translation>built and painted offscreen: </translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>layers of the app</source>
        <translation>layers of the app</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>bundled data</translation>
    </message>
    <message>
        <source>native crypto libraries</source>
        <translation>native crypto libraries</translation>
    </message>
    <message>
        <source>create a demo vault</source>
        <translation>create a demo vault</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sign in</translation>
    </message>
    <message>
        <source>verify the vault</source>
        <translation>verify the vault</translation>
    </message>
    <message>
        <source>back up and check the backup</source>
        <translation>back up and check the backup</translation>
    </message>
    <message>
        <source>render a PDF</source>
        <translation>render a PDF</translation>
    </message>
    <message>
        <source>build an export package</source>
        <translation>build an export package</translation>
    </message>
    <message>
        <source>verify the export package</source>
        <translation>verify the export package</translation>
    </message>
    <message>
        <source>Qt runtime</source>
        <translation>Qt runtime</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>print preview</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>windows</translation>
    </message>
    <message>
        <source>Station Desk {version} self-test (temporary folder {work})</source>
        <translation>Station Desk {version} self-test (temporary folder {work})</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>temporary folder kept: {work}</source>
        <translation>temporary folder kept: {work}</translation>
    </message>
    <message>
        <source>Self-test FAILED at {key}: {detail} ({total:.1f} s)</source>
        <translation>Self-test FAILED at {key}: {detail} ({total:.1f} s)</translation>
    </message>
    <message>
        <source>Self-test passed: {passed} passed, {total:.1f} s.</source>
        <translation>Self-test passed: {passed} passed, {total:.1f} s.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>the recovery key</source>
        <translation>the recovery key</translation>
    </message>
    <message>
        <source>have an admin sign in and make a new recovery key</source>
        <translation>have an admin sign in and make a new recovery key</translation>
    </message>
    <message>
        <source>account {user}</source>
        <translation>account {user}</translation>
    </message>
    <message>
        <source>sign in with the recovery key or another admin&apos;s account and reset this account&apos;s password</source>
        <translation>sign in with the recovery key or another admin&apos;s account and reset this account&apos;s password</translation>
    </message>
</context>
<context>
    <name>subject_copy</name>
    <message>
        <source>all assessments</source>
        <translation>all assessments</translation>
    </message>
    <message>
        <source>all follow-ups</source>
        <translation>all follow-ups</translation>
    </message>
    <message>
        <source>all crisis interventions</source>
        <translation>all crisis interventions</translation>
    </message>
    <message>
        <source>all referrals</source>
        <translation>all referrals</translation>
    </message>
    <message>
        <source>corrections of registration details</source>
        <translation>corrections of registration details</translation>
    </message>
    <message>
        <source>all appointments</source>
        <translation>all appointments</translation>
    </message>
    <message>
        <source>all satisfaction ratings</source>
        <translation>all satisfaction ratings</translation>
    </message>
    <message>
        <source>restricted content sealed to its author, which the producer of this copy cannot open; the admin can include it in a copy made with the recovery key (the key in the safe) typed in</source>
        <translation>restricted content sealed to its author, which the producer of this copy cannot open; the admin can include it in a copy made with the recovery key (the key in the safe) typed in</translation>
    </message>
    <message>
        <source>session record {number} ({day})</source>
        <translation>session record {number} ({day})</translation>
    </message>
    <message>
        <source>the {section} of session record {number}</source>
        <translation>the {section} of session record {number}</translation>
    </message>
    <message>
        <source>addendum {i} of session record {number}</source>
        <translation>addendum {i} of session record {number}</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>crisis intervention</source>
        <translation>crisis intervention</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>registration details (fields not recorded)</source>
        <translation>registration details (fields not recorded)</translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>duty shift added</source>
        <translation>duty shift added</translation>
    </message>
    <message>
        <source>duty shift removed</source>
        <translation>duty shift removed</translation>
    </message>
    <message>
        <source>duty date</source>
        <translation>duty date</translation>
    </message>
    <message>
        <source>weeks to repeat</source>
        <translation>weeks to repeat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>shift {shift_id}</source>
        <translation>shift {shift_id}</translation>
    </message>
    <message>
        <source>Service workflow</source>
        <translation>Service workflow</translation>
    </message>
    <message>
        <source>Staff duties</source>
        <translation>Staff duties</translation>
    </message>
    <message>
        <source>File confidentiality regime</source>
        <translation>File confidentiality regime</translation>
    </message>
    <message>
        <source>Satisfaction evaluation</source>
        <translation>Satisfaction evaluation</translation>
    </message>
    <message>
        <source>regime adopted (new version)</source>
        <translation>regime adopted (new version)</translation>
    </message>
    <message>
        <source>regime acknowledged</source>
        <translation>regime acknowledged</translation>
    </message>
    <message>
        <source>regime {regime_id}</source>
        <translation>regime {regime_id}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>change note</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not yet evidenced</source>
        <translation>Not yet evidenced</translation>
    </message>
    <message>
        <source>tier self-check item answered</source>
        <translation>tier self-check item answered</translation>
    </message>
    <message>
        <source>tier self-check taken</source>
        <translation>tier self-check taken</translation>
    </message>
    <message>
        <source> ({first})</source>
        <translation> ({first})</translation>
    </message>
    <message>
        <source> ({first} to {last})</source>
        <translation> ({first} to {last})</translation>
    </message>
    <message>
        <source>{what}: none recorded</source>
        <translation>{what}: none recorded</translation>
    </message>
    <message>
        <source>No {what} recorded in the period.</source>
        <translation>No {what} recorded in the period.</translation>
    </message>
    <message>
        <source>{what} in only {have} of {months} months, fewer than half.</source>
        <translation>{what} in only {have} of {months} months, fewer than half.</translation>
    </message>
    <message>
        <source>No {what} in the last three months (last on {last}).</source>
        <translation>No {what} in the last three months (last on {last}).</translation>
    </message>
    <message>
        <source>{what} recorded regularly ({have} of {months} months).</source>
        <translation>{what} recorded regularly ({have} of {months} months).</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>session records</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>duty shifts</source>
        <translation>duty shifts</translation>
    </message>
    <message>
        <source>files registered</source>
        <translation>files registered</translation>
    </message>
    <message>
        <source>{room}: no recorded use</source>
        <translation>{room}: no recorded use</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{room}: used {count} times ({uses}){span}</source>
        <translation>{room}: used {count} times ({uses}){span}</translation>
    </message>
    <message>
        <source>No recorded use of: {rooms}.</source>
        <translation>No recorded use of: {rooms}.</translation>
    </message>
    <message>
        <source>Every room shows recorded use.</source>
        <translation>Every room shows recorded use.</translation>
    </message>
    <message>
        <source>Last {days} days: {shifts} shifts by {people} staff, on {covered} days{span}</source>
        <translation>Last {days} days: {shifts} shifts by {people} staff, on {covered} days{span}</translation>
    </message>
    <message>
        <source>Next 7 days: {upcoming} shift(s) on the roster</source>
        <translation>Next 7 days: {upcoming} shift(s) on the roster</translation>
    </message>
    <message>
        <source>The duty roster is empty.</source>
        <translation>The duty roster is empty.</translation>
    </message>
    <message>
        <source>{n_empty} week(s) with nobody on duty (e.g. the week from {first}).</source>
        <translation>{n_empty} week(s) with nobody on duty (e.g. the week from {first}).</translation>
    </message>
    <message>
        <source>Nobody is on the roster for the coming week.</source>
        <translation>Nobody is on the roster for the coming week.</translation>
    </message>
    <message>
        <source>Someone was on duty every week, and the coming week is covered.</source>
        <translation>Someone was on duty every week, and the coming week is covered.</translation>
    </message>
    <message>
        <source>Weekdays with someone on duty: {covered} of {n_days}</source>
        <translation>Weekdays with someone on duty: {covered} of {n_days}</translation>
    </message>
    <message>
        <source>No shifts on the roster in the last four weeks.</source>
        <translation>No shifts on the roster in the last four weeks.</translation>
    </message>
    <message>
        <source>Only {pct} of weekdays had someone on duty (at least {bar}% expected).</source>
        <translation>Only {pct} of weekdays had someone on duty (at least {bar}% expected).</translation>
    </message>
    <message>
        <source>Almost every weekday had someone on duty.</source>
        <translation>Almost every weekday had someone on duty.</translation>
    </message>
    <message>
        <source>{regime}: not adopted</source>
        <translation>{regime}: not adopted</translation>
    </message>
    <message>
        <source>The {regime} has not been adopted in the app.</source>
        <translation>The {regime} has not been adopted in the app.</translation>
    </message>
    <message>
        <source>“{title}” version {version}, adopted {day} by {adopted_name}</source>
        <translation>“{title}” version {version}, adopted {day} by {adopted_name}</translation>
    </message>
    <message>
        <source>The {regime} is adopted.</source>
        <translation>The {regime} is adopted.</translation>
    </message>
    <message>
        <source>{n_adopted} regime(s) adopted.</source>
        <translation>{n_adopted} regime(s) adopted.</translation>
    </message>
    <message>
        <source>No regime adopted in the app yet.</source>
        <translation>No regime adopted in the app yet.</translation>
    </message>
    <message>
        <source> (the first {before} checked before)</source>
        <translation> (the first {before} checked before)</translation>
    </message>
    <message>
        <source>Audit trail: {total} entries, chain intact{checked}; {entries} in the period</source>
        <translation>Audit trail: {total} entries, chain intact{checked}; {entries} in the period</translation>
    </message>
    <message>
        <source>Data are encrypted and every access is on an intact audit trail.</source>
        <translation>Data are encrypted and every access is on an intact audit trail.</translation>
    </message>
    <message>
        <source>Audit trail broken at entry {first_broken}</source>
        <translation>Audit trail broken at entry {first_broken}</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {first_broken}; run verify.</source>
        <translation>The audit trail is broken at entry {first_broken}; run verify.</translation>
    </message>
    <message>
        <source>Current confidentiality regime acknowledged by {done} of {n_acks} active accounts</source>
        <translation>Current confidentiality regime acknowledged by {done} of {n_acks} active accounts</translation>
    </message>
    <message>
        <source>{count} account(s) have not acknowledged the current regime: {names}.</source>
        <translation>{count} account(s) have not acknowledged the current regime: {names}.</translation>
    </message>
    <message>
        <source>Last {period} days: {registered} files registered, {seen} seen, {within} within {days} days (median {median} days); {waiting} waiting longer</source>
        <translation>Last {period} days: {registered} files registered, {seen} seen, {within} within {days} days (median {median} days); {waiting} waiting longer</translation>
    </message>
    <message>
        <source>{opened} crises; {due} 24-hour follow-ups due, {on_time} on time</source>
        <translation>{opened} crises; {due} 24-hour follow-ups due, {on_time} on time</translation>
    </message>
    <message>
        <source>{late} 24-hour follow-up(s) were late or missed.</source>
        <translation>{late} 24-hour follow-up(s) were late or missed.</translation>
    </message>
    <message>
        <source>Every active account acknowledged the current regime.</source>
        <translation>Every active account acknowledged the current regime.</translation>
    </message>
    <message>
        <source>No recently registered visitors to judge by.</source>
        <translation>No recently registered visitors to judge by.</translation>
    </message>
    <message>
        <source>Only {pct} of visitors were seen within {days} days of registering.</source>
        <translation>Only {pct} of visitors were seen within {days} days of registering.</translation>
    </message>
    <message>
        <source>{pct} of visitors were seen within {days} days.</source>
        <translation>{pct} of visitors were seen within {days} days.</translation>
    </message>
    <message>
        <source>{value} crisis follow-up(s) missed the 24 hours.</source>
        <translation>{value} crisis follow-up(s) missed the 24 hours.</translation>
    </message>
    <message>
        <source>Education activities</source>
        <translation>Education activities</translation>
    </message>
    <message>
        <source>{fact}, {attendees} attendances</source>
        <translation>{fact}, {attendees} attendances</translation>
    </message>
    <message>
        <source>education activities</source>
        <translation>education activities</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>Hotline calls</translation>
    </message>
    <message>
        <source>hotline calls</source>
        <translation>hotline calls</translation>
    </message>
    <message>
        <source>Hotline shifts: {hotline_shifts} in the last four weeks, {upcoming_hotline} in the next 7 days</source>
        <translation>Hotline shifts: {hotline_shifts} in the last four weeks, {upcoming_hotline} in the next 7 days</translation>
    </message>
    <message>
        <source>No hotline duty on the roster.</source>
        <translation>No hotline duty on the roster.</translation>
    </message>
    <message>
        <source>The hotline is staffed on the roster.</source>
        <translation>The hotline is staffed on the roster.</translation>
    </message>
    <message>
        <source>{opened} crisis interventions ({closed} closed); {due} 24-hour follow-ups due, {on_time} on time{span}</source>
        <translation>{opened} crisis interventions ({closed} closed); {due} 24-hour follow-ups due, {on_time} on time{span}</translation>
    </message>
    <message>
        <source>No crisis intervention recorded in the period.</source>
        <translation>No crisis intervention recorded in the period.</translation>
    </message>
    <message>
        <source>Crisis interventions are recorded; the 24-hour follow-up is not yet due.</source>
        <translation>Crisis interventions are recorded; the 24-hour follow-up is not yet due.</translation>
    </message>
    <message>
        <source>Every crisis had its 24-hour follow-up on time.</source>
        <translation>Every crisis had its 24-hour follow-up on time.</translation>
    </message>
    <message>
        <source>{total} session records, {signed} signed; {stale} unsigned for over 7 days, {awaiting} awaiting co-signature for over 7 days{span}</source>
        <translation>{total} session records, {signed} signed; {stale} unsigned for over 7 days, {awaiting} awaiting co-signature for over 7 days{span}</translation>
    </message>
    <message>
        <source>No session records in the period.</source>
        <translation>No session records in the period.</translation>
    </message>
    <message>
        <source>{stale_drafts} records are still unsigned after 7 days.</source>
        <translation>{stale_drafts} records are still unsigned after 7 days.</translation>
    </message>
    <message>
        <source>Session records are signed on time.</source>
        <translation>Session records are signed on time.</translation>
    </message>
    <message>
        <source>{served} files with sessions in the period, {with_consent} with a recorded informed consent</source>
        <translation>{served} files with sessions in the period, {with_consent} with a recorded informed consent</translation>
    </message>
    <message>
        <source>No file had a session in the period.</source>
        <translation>No file had a session in the period.</translation>
    </message>
    <message>
        <source>{value} files lack a recorded informed consent.</source>
        <translation>{value} files lack a recorded informed consent.</translation>
    </message>
    <message>
        <source>Workers served have files with informed consent.</source>
        <translation>Workers served have files with informed consent.</translation>
    </message>
    <message>
        <source>{closed} cases closed, {rated} rated ({pct}); {ratings} ratings in the period, overall mean {mean}</source>
        <translation>{closed} cases closed, {rated} rated ({pct}); {ratings} ratings in the period, overall mean {mean}</translation>
    </message>
    <message>
        <source>No case was closed in the period.</source>
        <translation>No case was closed in the period.</translation>
    </message>
    <message>
        <source>Only {pct} of closed cases were rated (at least {round}% expected).</source>
        <translation>Only {pct} of closed cases were rated (at least {round}% expected).</translation>
    </message>
    <message>
        <source>{pct} of closed cases were rated.</source>
        <translation>{pct} of closed cases were rated.</translation>
    </message>
    <message>
        <source>{held} survey campaign(s), {with_screenings} with screenings, {screenings} screenings in all</source>
        <translation>{held} survey campaign(s), {with_screenings} with screenings, {screenings} screenings in all</translation>
    </message>
    <message>
        <source>Anonymous screenings</source>
        <translation>Anonymous screenings</translation>
    </message>
    <message>
        <source>{with_screenings} survey campaign(s) with screenings recorded.</source>
        <translation>{with_screenings} survey campaign(s) with screenings recorded.</translation>
    </message>
    <message>
        <source>worker screenings</source>
        <translation>worker screenings</translation>
    </message>
    <message>
        <source>{ended_empty} campaign(s) ended without a screening recorded.</source>
        <translation>{ended_empty} campaign(s) ended without a screening recorded.</translation>
    </message>
    <message>
        <source>{packages} statistics packages for the union ({periods}), in {have} of {quarters} quarters{span}</source>
        <translation>{packages} statistics packages for the union ({periods}), in {have} of {quarters} quarters{span}</translation>
    </message>
    <message>
        <source>analysis reports</source>
        <translation>analysis reports</translation>
    </message>
    <message>
        <source>survey reports</source>
        <translation>survey reports</translation>
    </message>
    <message>
        <source>{made} {what} printed or saved{span}</source>
        <translation>{made} {what} printed or saved{span}</translation>
    </message>
    <message>
        <source>No statistics package was made for the union in the period.</source>
        <translation>No statistics package was made for the union in the period.</translation>
    </message>
    <message>
        <source>Packages in only {have} of {n_quarters} quarters, fewer than half.</source>
        <translation>Packages in only {have} of {n_quarters} quarters, fewer than half.</translation>
    </message>
    <message>
        <source>Analyses go to the union regularly.</source>
        <translation>Analyses go to the union regularly.</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>Room use</translation>
    </message>
    <message>
        <source>In-person sessions</source>
        <translation>In-person sessions</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation>Online sessions</translation>
    </message>
    <message>
        <source>To be checked on site and answered by the admin.</source>
        <translation>To be checked on site and answered by the admin.</translation>
    </message>
    <message>
        <source>Last answered on {day}, over a year ago; check again.</source>
        <translation>Last answered on {day}, over a year ago; check again.</translation>
    </message>
    <message>
        <source>Confirmed on {day} by {answered_name}.</source>
        <translation>Confirmed on {day} by {answered_name}.</translation>
    </message>
    <message>
        <source>Checked on {day} by {answered_name}: not met.</source>
        <translation>Checked on {day} by {answered_name}: not met.</translation>
    </message>
    <message>
        <source>self-check {check_id}</source>
        <translation>self-check {check_id}</translation>
    </message>
</context>
<context>
    <name>tier.attendances</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what}: {count}, in {have} of {months} months{span}</translation>
    </message>
</context>
<context>
    <name>tier.events</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what}: {count}, in {have} of {months} months{span}</translation>
    </message>
</context>
<context>
    <name>tier.times</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what}: {count}, in {have} of {months} months{span}</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>DEMO-0001</source>
        <translation>DEMO-0001</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
</context>
</TS>
