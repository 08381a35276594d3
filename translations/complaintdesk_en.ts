<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>The folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be opened: %2</source>
        <translation>The anchor file &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; could not be written: %2</source>
        <translation>The anchor file &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be read: %2</source>
        <translation>The anchor file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>Line %1 of the anchor file &quot;%2&quot; is not an anchor.</source>
        <translation>Line %1 of the anchor file &quot;%2&quot; is not an anchor.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head (event %1) could not be recorded outside the store: %2</source>
        <translation>The audit trail&apos;s head (event %1) could not be recorded outside the store: %2</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key file &quot;%1&quot; cannot be read: %2</source>
        <translation>The audit key file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk audit key file.</source>
        <translation>&quot;%1&quot; is not a ComplaintDesk audit key file.</translation>
    </message>
    <message>
        <source>There is a file at &quot;%1&quot; already; an audit key is never written over another file.</source>
        <translation>There is a file at &quot;%1&quot; already; an audit key is never written over another file.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; for the audit key cannot be created.</source>
        <translation>The folder &quot;%1&quot; for the audit key cannot be created.</translation>
    </message>
    <message>
        <source>The audit key could not be written to &quot;%1&quot;: %2</source>
        <translation>The audit key could not be written to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; could not be renamed to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The audit key of this store is not on this computer: it is expected at &quot;%1&quot; (fingerprint %2). Nothing can be recorded without it. Put the key file the administrator exported there (complaintdesk-cli audit-key import FILE), or work on the computer that holds it.</source>
        <translation>The audit key of this store is not on this computer: it is expected at &quot;%1&quot; (fingerprint %2). Nothing can be recorded without it. Put the key file the administrator exported there (complaintdesk-cli audit-key import FILE), or work on the computer that holds it.</translation>
    </message>
    <message>
        <source>The audit key &quot;%1&quot; does not belong to this store: its fingerprint is %2, the store&apos;s is %3. The store or the key file was replaced.</source>
        <translation>The audit key &quot;%1&quot; does not belong to this store: its fingerprint is %2, the store&apos;s is %3. The store or the key file was replaced.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>assignee</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>sub-category</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>first-response due time</source>
        <translation>first-response due time</translation>
    </message>
    <message>
        <source>resolution due time</source>
        <translation>resolution due time</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The audit trail could not be read to its end, so it was not verified: %1</source>
        <translation>The audit trail could not be read to its end, so it was not verified: %1</translation>
    </message>
    <message>
        <source>This store&apos;s audit trail is not sealed with a key.</source>
        <translation>This store&apos;s audit trail is not sealed with a key.</translation>
    </message>
    <message>
        <source>This computer has no audit key for the store: it would be at &quot;%1&quot; (store %2, fingerprint %3). Verify with the key exported by its administrator: verify-audit --key-file FILE.</source>
        <translation>This computer has no audit key for the store: it would be at &quot;%1&quot; (store %2, fingerprint %3). Verify with the key exported by its administrator: verify-audit --key-file FILE.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was made for the store %2, but this store calls itself %3.</source>
        <translation>The key &quot;%1&quot; was made for the store %2, but this store calls itself %3.</translation>
    </message>
    <message>
        <source>The store says its key has the fingerprint %1, but the key &quot;%2&quot; has %3: the store&apos;s record of its key was changed, or this is not its key.</source>
        <translation>The store says its key has the fingerprint %1, but the key &quot;%2&quot; has %3: the store&apos;s record of its key was changed, or this is not its key.</translation>
    </message>
    <message>
        <source>The chain of events is broken: %1.</source>
        <translation>The chain of events is broken: %1.</translation>
    </message>
    <message>
        <source>The trail had been altered already before it was sealed with the key (event %1 records it): %2.</source>
        <translation>The trail had been altered already before it was sealed with the key (event %1 records it): %2.</translation>
    </message>
    <message>
        <source>No anchor file was given (--anchor-file), so the end of the trail was not compared with one.</source>
        <translation>No anchor file was given (--anchor-file), so the end of the trail was not compared with one.</translation>
    </message>
    <message>
        <source>There is no anchor of this store in &quot;%1&quot;, so the end of its trail cannot be checked.</source>
        <translation>There is no anchor of this store in &quot;%1&quot;, so the end of its trail cannot be checked.</translation>
    </message>
    <message>
        <source>The store&apos;s audit trail ends at event %1, but the anchor of %2 (&quot;%3&quot;) records event %4: events were removed from its end.</source>
        <translation>The store&apos;s audit trail ends at event %1, but the anchor of %2 (&quot;%3&quot;) records event %4: events were removed from its end.</translation>
    </message>
    <message>
        <source>Event %1 is not the event anchored at %2 (&quot;%3&quot;): the trail was rewritten from there on.</source>
        <translation>Event %1 is not the event anchored at %2 (&quot;%3&quot;): the trail was rewritten from there on.</translation>
    </message>
    <message>
        <source>Events name complaint #%1, which is not in the store: it was deleted.</source>
        <translation>Events name complaint #%1, which is not in the store: it was deleted.</translation>
    </message>
    <message>
        <source>Complaint %1 has no events: it was not recorded by ComplaintDesk.</source>
        <translation>Complaint %1 has no events: it was not recorded by ComplaintDesk.</translation>
    </message>
    <message>
        <source>Complaint %1: event %2 found the %3 at %4, but the events before it had left it at %5.</source>
        <translation>Complaint %1: event %2 found the %3 at %4, but the events before it had left it at %5.</translation>
    </message>
    <message>
        <source>Complaint %1: the %2 is %3 in the store, but its events leave it at %4.</source>
        <translation>Complaint %1: the %2 is %3 in the store, but its events leave it at %4.</translation>
    </message>
    <message>
        <source>Only an administrator may export the audit key.</source>
        <translation>Only an administrator may export the audit key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not this store&apos;s audit key: its fingerprint is %2, the store&apos;s is %3.</source>
        <translation>&quot;%1&quot; is not this store&apos;s audit key: its fingerprint is %2, the store&apos;s is %3.</translation>
    </message>
    <message>
        <source>There is another file at &quot;%1&quot; already; it was left as it is.</source>
        <translation>There is another file at &quot;%1&quot; already; it was left as it is.</translation>
    </message>
    <message>
        <source>Events up to %1 were recorded while the trail was being checked; those after event %2 were not checked.</source>
        <translation>Events up to %1 were recorded while the trail was being checked; those after event %2 were not checked.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>The user name &quot;%1&quot; is taken.</translation>
    </message>
    <message>
        <source>An administrator exists already; sign in as them.</source>
        <translation>An administrator exists already; sign in as them.</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>The password could not be protected (out of memory).</translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation>The new account could not be read back.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins. Try again after %2, or ask an administrator to unlock it.</source>
        <translation>This account is locked after %1 failed sign-ins. Try again after %2, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>This account is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <source>Your account could not be read.</source>
        <translation>Your account could not be read.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>The role is agent, lead or admin.</source>
        <translation>The role is agent, lead or admin.</translation>
    </message>
    <message>
        <source>Agents and team leads belong to a department.</source>
        <translation>Agents and team leads belong to a department.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Availability is available, busy or away.</source>
        <translation>Availability is available, busy or away.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>You cannot take the administrator role from yourself.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>The backup folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the store.</source>
        <translation>Only an administrator may back up or restore the store.</translation>
    </message>
    <message>
        <source>Only an administrator may set the daily backup.</source>
        <translation>Only an administrator may set the daily backup.</translation>
    </message>
    <message>
        <source>The number of daily backups kept is between 0 (no automatic backup) and %1.</source>
        <translation>The number of daily backups kept is between 0 (no automatic backup) and %1.</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path (&quot;%1&quot; is relative).</source>
        <translation>Give the backup folder as a full path (&quot;%1&quot; is relative).</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be written.</source>
        <translation>The backup folder &quot;%1&quot; cannot be written.</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>made %1</translation>
    </message>
    <message>
        <source>newest change recorded %1</source>
        <translation>newest change recorded %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>%1 The store was left unchanged.</source>
        <translation>%1 The store was left unchanged.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself, not a backup of it.</source>
        <translation>&quot;%1&quot; is the store itself, not a backup of it.</translation>
    </message>
    <message>
        <source>The store could not be copied before the restore, so it was not restored: %1</source>
        <translation>The store could not be copied before the restore, so it was not restored: %1</translation>
    </message>
    <message>
        <source>%1 The store as it was before is kept as &quot;%2&quot;.</source>
        <translation>%1 The store as it was before is kept as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The backup was restored, but the store could not be upgraded to this program&apos;s schema: %1</source>
        <translation>The backup was restored, but the store could not be upgraded to this program&apos;s schema: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged.</source>
        <translation>&quot;%1&quot; already exists; it was left unchanged.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was created from the backup but cannot be opened: %2</source>
        <translation>The store &quot;%1&quot; was created from the backup but cannot be opened: %2</translation>
    </message>
    <message>
        <source>The store is on the server %1, which is backed up by the server&apos;s own tools (pg_dump, continuous archiving), not by ComplaintDesk.</source>
        <translation>The store is on the server %1, which is backed up by the server&apos;s own tools (pg_dump, continuous archiving), not by ComplaintDesk.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Line %1: the kind must be &quot;off&quot; or &quot;workday&quot;.</source>
        <translation>Line %1: the kind must be &quot;off&quot; or &quot;workday&quot;.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed both as a day off and as a working day.</source>
        <translation>Line %1: %2 is listed both as a day off and as a working day.</translation>
    </message>
    <message>
        <source>Line %1: %2 is outside the years %3-%4.</source>
        <translation>Line %1: %2 is outside the years %3-%4.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Line %1: %2 is listed twice.</translation>
    </message>
    <message>
        <source>Choose a known time zone.</source>
        <translation>Choose a known time zone.</translation>
    </message>
    <message>
        <source>Working hours must open before they close (00:00-00:00 means around the clock).</source>
        <translation>Working hours must open before they close (00:00-00:00 means around the clock).</translation>
    </message>
    <message>
        <source>Choose at least one ordinary working day.</source>
        <translation>Choose at least one ordinary working day.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text (byte %2 of the file); save it as UTF-8 and import it again.</source>
        <translation>Line %1: the file is not UTF-8 text (byte %2 of the file); save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarCoverage</name>
    <message>
        <source>Provisional: the calendar has no holiday arrangement for %1 yet, so its public holidays count as working days. The due time is computed again when the arrangement is imported.</source>
        <translation>Provisional: the calendar has no holiday arrangement for %1 yet, so its public holidays count as working days. The due time is computed again when the arrangement is imported.</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; has no holiday arrangement for %2: deadlines then are provisional. Import it (Administration &gt; Business calendars, or complaintdesk-cli calendar import).</source>
        <translation>Calendar &quot;%1&quot; has no holiday arrangement for %2: deadlines then are provisional. Import it (Administration &gt; Business calendars, or complaintdesk-cli calendar import).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>The language &quot;%1&quot; is not available; use zh_CN or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s) besides the options.</source>
        <translation>
            <numerusform>Expected %n argument besides the options.</numerusform>
            <numerusform>Expected %n arguments besides the options.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is ready: %1 (schema version %2).</source>
        <translation>The store is ready: %1 (schema version %2).</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count takes a positive whole number.</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation>--seed takes a non-negative whole number.</translation>
    </message>
    <message>
        <source>%1 of %2 complaints...</source>
        <translation>%1 of %2 complaints...</translation>
    </message>
    <message>
        <source>Created %1 demonstration complaints in %2 s.</source>
        <translation>Created %1 demonstration complaints in %2 s.</translation>
    </message>
    <message>
        <source>log needs --phone and --text.</source>
        <translation>log needs --phone and --text.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>Unknown channel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown demand &quot;%1&quot;.</source>
        <translation>Unknown demand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The severity is P1, P2, P3 or P4.</source>
        <translation>The severity is P1, P2, P3 or P4.</translation>
    </message>
    <message>
        <source>--received takes an ISO 8601 time such as 2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.</source>
        <translation>--received takes an ISO 8601 time such as 2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Unknown category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Category %1 has no sub-category &quot;%2&quot;.</source>
        <translation>Category %1 has no sub-category &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000.</source>
        <translation>--limit takes a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation>Unknown department &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2.</source>
        <translation>Exported %1 complaints to %2.</translation>
    </message>
    <message>
        <source>The complaint has an unknown status.</source>
        <translation>The complaint has an unknown status.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>Unknown user action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>user add needs --role agent|lead|admin.</source>
        <translation>user add needs --role agent|lead|admin.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrator %1 created.</translation>
    </message>
    <message>
        <source>The store has an administrator already; they add users with &quot;user add&quot;.</source>
        <translation>The store has an administrator already; they add users with &quot;user add&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) were masked before saving.</source>
        <translation>
            <numerusform>%n card or ID number were masked before saving.</numerusform>
            <numerusform>%n card or ID numbers were masked before saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) in the note were masked.</source>
        <translation>
            <numerusform>%n card or ID number in the note were masked.</numerusform>
            <numerusform>%n card or ID numbers in the note were masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>assign needs either --department D or --to USER.</source>
        <translation>assign needs either --department D or --to USER.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active agent or lead.</source>
        <translation>&quot;%1&quot; is not an active agent or lead.</translation>
    </message>
    <message>
        <source>reclassify needs --category CODE.</source>
        <translation>reclassify needs --category CODE.</translation>
    </message>
    <message>
        <source>--due takes today, at-risk or overdue.</source>
        <translation>--due takes today, at-risk or overdue.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, at least 1.</source>
        <translation>--days takes a whole number of days, at least 1.</translation>
    </message>
    <message>
        <source>callback needs either --at TIME or --clear.</source>
        <translation>callback needs either --at TIME or --clear.</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-11-26T15:00.</source>
        <translation>--at takes an ISO 8601 time such as 2026-11-26T15:00.</translation>
    </message>
    <message numerus="yes">
        <source>%n breached deadline(s) recorded.</source>
        <translation>
            <numerusform>%n breached deadline recorded.</numerusform>
            <numerusform>%n breached deadlines recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown calendar action &quot;%1&quot;.</source>
        <translation>Unknown calendar action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation>There is no calendar &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>%n day imported.</numerusform>
            <numerusform>%n days imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown business type &quot;%1&quot;.</source>
        <translation>Unknown business type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;.</source>
        <translation>Nothing to search for in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search needs the text to look for.</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-01.</source>
        <translation>--from and --to are dates such as 2026-11-01.</translation>
    </message>
    <message>
        <source>Unknown department: %1</source>
        <translation>Unknown department: %1</translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation>--format is csv or pdf.</translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation>Name the file to write with --output.</translation>
    </message>
    <message>
        <source>Report of %1 complaints written to %2.</source>
        <translation>Report of %1 complaints written to %2.</translation>
    </message>
    <message>
        <source>--score is a number from 1 to 5.</source>
        <translation>--score is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Satisfaction %1 recorded for %2.</source>
        <translation>Satisfaction %1 recorded for %2.</translation>
    </message>
    <message>
        <source>Name the complaint to keep with --into.</source>
        <translation>Name the complaint to keep with --into.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
    <message>
        <source>Read %1 of %2 complaints...</source>
        <translation>Read %1 of %2 complaints...</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: ok</source>
        <translation>SQLite&apos;s integrity check: ok</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check: %n problem(s)</source>
        <translation>
            <numerusform>SQLite&apos;s integrity check: %n problem</numerusform>
            <numerusform>SQLite&apos;s integrity check: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: intact, %1 events checked</source>
        <translation>Audit trail: intact, %1 events checked</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>Audit trail: %1</translation>
    </message>
    <message>
        <source>The store is intact.</source>
        <translation>The store is intact.</translation>
    </message>
    <message>
        <source>Say whose password changes with --as USER.</source>
        <translation>Say whose password changes with --as USER.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 (%3; %n complaint(s), schema version %4).</source>
        <translation>
            <numerusform>Restored %1 from %2 (%3; %n complaint, schema version %4).</numerusform>
            <numerusform>Restored %1 from %2 (%3; %n complaints, schema version %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded the store from schema version %1 to %2.</source>
        <translation>Upgraded the store from schema version %1 to %2.</translation>
    </message>
    <message>
        <source>The store as it was before is kept as %1.</source>
        <translation>The store as it was before is kept as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1 (%2 MB, schema version %3).</source>
        <translation>
            <numerusform>Backed up %n complaint to %1 (%2 MB, schema version %3).</numerusform>
            <numerusform>Backed up %n complaints to %1 (%2 MB, schema version %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a store; it was left unchanged. Remove it to create the store there from the backup.</source>
        <translation>&quot;%1&quot; is an empty file, not a store; it was left unchanged. Remove it to create the store there from the backup.</translation>
    </message>
    <message>
        <source>To replace a store that cannot be opened: stop every program using it, move the file away, and run restore again; the store is then created from the backup.</source>
        <translation>To replace a store that cannot be opened: stop every program using it, move the file away, and run restore again; the store is then created from the backup.</translation>
    </message>
    <message>
        <source>Give --folder or --default-folder, not both.</source>
        <translation>Give --folder or --default-folder, not both.</translation>
    </message>
    <message>
        <source>--keep takes a whole number from 0 to %1.</source>
        <translation>--keep takes a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>Daily backup: off.</source>
        <translation>Daily backup: off.</translation>
    </message>
    <message>
        <source>Daily backup: on, the newest %1 kept.</source>
        <translation>Daily backup: on, the newest %1 kept.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>The input cannot be read: %1</source>
        <translation>The input cannot be read: %1</translation>
    </message>
    <message>
        <source>Line %1 of the input is not UTF-8 text (byte %2 of the input); it and what follows were not classified.</source>
        <translation>Line %1 of the input is not UTF-8 text (byte %2 of the input); it and what follows were not classified.</translation>
    </message>
    <message>
        <source>Say who you are with --as USER (the password is asked for, or read from --password-file FILE).</source>
        <translation>Say who you are with --as USER (the password is asked for, or read from --password-file FILE).</translation>
    </message>
    <message>
        <source>Argument %1 is not UTF-8 text (byte %2 of it); nothing was done.</source>
        <translation>Argument %1 is not UTF-8 text (byte %2 of it); nothing was done.</translation>
    </message>
    <message>
        <source>--reveal shows one complaint&apos;s full number: use &quot;show REF --reveal&quot; (recorded). Administrators export full numbers with &quot;export FILE --unmasked&quot; (recorded).</source>
        <translation>--reveal shows one complaint&apos;s full number: use &quot;show REF --reveal&quot; (recorded). Administrators export full numbers with &quot;export FILE --unmasked&quot; (recorded).</translation>
    </message>
    <message>
        <source>The audit trail was altered (checked with the key %1, fingerprint %2):</source>
        <translation>The audit trail was altered (checked with the key %1, fingerprint %2):</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more finding(s).</source>
        <translation>
            <numerusform>  ... and %n more finding.</numerusform>
            <numerusform>  ... and %n more findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, sealed with the key %2 (fingerprint %3).</source>
        <translation>The audit trail is intact: %1 events checked, sealed with the key %2 (fingerprint %3).</translation>
    </message>
    <message>
        <source>Its end agrees with the last anchor (&quot;%1&quot;, %2: event %3); the trail ends at event %4.</source>
        <translation>Its end agrees with the last anchor (&quot;%1&quot;, %2: event %3); the trail ends at event %4.</translation>
    </message>
    <message>
        <source>The audit key was written to %1 (readable by you only). Whoever holds it can rewrite the audit trail: hand it to the auditor only.</source>
        <translation>The audit key was written to %1 (readable by you only). Whoever holds it can rewrite the audit trail: hand it to the auditor only.</translation>
    </message>
    <message>
        <source>The store&apos;s audit key is now at %1.</source>
        <translation>The store&apos;s audit key is now at %1.</translation>
    </message>
    <message>
        <source>Unknown audit-key action &quot;%1&quot;; use export or import.</source>
        <translation>Unknown audit-key action &quot;%1&quot;; use export or import.</translation>
    </message>
    <message>
        <source>Its audit key: %1 (fingerprint %2); its anchors: %3. Without the key nothing can be recorded: keep a copy in a safe place (audit-key export FILE).</source>
        <translation>Its audit key: %1 (fingerprint %2); its anchors: %3. Without the key nothing can be recorded: keep a copy in a safe place (audit-key export FILE).</translation>
    </message>
    <message>
        <source>Complaints compared with their events: %1, all in agreement.</source>
        <translation>Complaints compared with their events: %1, all in agreement.</translation>
    </message>
    <message>
        <source>user list | add USER --role ROLE [--department CODE] [--name NAME]
       | disable USER | enable USER | unlock USER | reset-password USER</source>
        <translation>user list | add USER --role ROLE [--department CODE] [--name NAME]
       | disable USER | enable USER | unlock USER | reset-password USER</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>add and reset-password ask for the new password twice (or read it from --new-password-file).</source>
        <translation>add and reset-password ask for the new password twice (or read it from --new-password-file).</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>administrators</translation>
    </message>
    <message>
        <source>add: agent, lead or admin</source>
        <translation>add: agent, lead or admin</translation>
    </message>
    <message>
        <source>add: the department&apos;s code</source>
        <translation>add: the department&apos;s code</translation>
    </message>
    <message>
        <source>add: the full name</source>
        <translation>add: the full name</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>change your password</translation>
    </message>
    <message>
        <source>Signs in as --as USER with the current password; the new one is asked for twice (or read from --new-password-file).</source>
        <translation>Signs in as --as USER with the current password; the new one is asked for twice (or read from --new-password-file).</translation>
    </message>
    <message>
        <source>verify-audit [--key-file FILE] [--anchor-file FILE]</source>
        <translation>verify-audit [--key-file FILE] [--anchor-file FILE]</translation>
    </message>
    <message>
        <source>check the audit trail (its seals, its end, the complaints)</source>
        <translation>check the audit trail (its seals, its end, the complaints)</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s sealed chain, its end against the last anchor, and each complaint against its events.</source>
        <translation>Checks the audit trail&apos;s sealed chain, its end against the last anchor, and each complaint against its events.</translation>
    </message>
    <message>
        <source>the store&apos;s audit key, to check a copied store elsewhere</source>
        <translation>the store&apos;s audit key, to check a copied store elsewhere</translation>
    </message>
    <message>
        <source>the anchors to check the end against</source>
        <translation>the anchors to check the end against</translation>
    </message>
    <message>
        <source>audit-key export FILE | import FILE</source>
        <translation>audit-key export FILE | import FILE</translation>
    </message>
    <message>
        <source>export the store&apos;s audit key for an auditor, or import it</source>
        <translation>export the store&apos;s audit key for an auditor, or import it</translation>
    </message>
    <message>
        <source>export signs in as --as USER (administrators); import, for a store moved to this computer, does not sign in.</source>
        <translation>export signs in as --as USER (administrators); import, for a store moved to this computer, does not sign in.</translation>
    </message>
    <message>
        <source>anonymise [--dry-run]</source>
        <translation>anonymise [--dry-run]</translation>
    </message>
    <message>
        <source>anonymise customers past the retention period</source>
        <translation>anonymise customers past the retention period</translation>
    </message>
    <message>
        <source>only count them</source>
        <translation>only count them</translation>
    </message>
    <message>
        <source>backup FILE [--replace]</source>
        <translation>backup FILE [--replace]</translation>
    </message>
    <message>
        <source>an online copy of the store while others work</source>
        <translation>an online copy of the store while others work</translation>
    </message>
    <message>
        <source>write over FILE if it exists</source>
        <translation>write over FILE if it exists</translation>
    </message>
    <message>
        <source>restore FILE</source>
        <translation>restore FILE</translation>
    </message>
    <message>
        <source>replace the store by a backup, keeping a copy of it</source>
        <translation>replace the store by a backup, keeping a copy of it</translation>
    </message>
    <message>
        <source>Where a store exists, signs in as --as USER (administrators); where none exists, creates it from the backup, with its accounts, without signing in.</source>
        <translation>Where a store exists, signs in as --as USER (administrators); where none exists, creates it from the backup, with its accounts, without signing in.</translation>
    </message>
    <message>
        <source>daily-backup [--keep N] [--folder DIR | --default-folder]</source>
        <translation>daily-backup [--keep N] [--folder DIR | --default-folder]</translation>
    </message>
    <message>
        <source>the desk&apos;s automatic daily backup: show or set it</source>
        <translation>the desk&apos;s automatic daily backup: show or set it</translation>
    </message>
    <message>
        <source>setting it: administrators</source>
        <translation>setting it: administrators</translation>
    </message>
    <message>
        <source>keep the newest N (0: off)</source>
        <translation>keep the newest N (0: off)</translation>
    </message>
    <message>
        <source>the backups&apos; folder</source>
        <translation>the backups&apos; folder</translation>
    </message>
    <message>
        <source>back to the default folder</source>
        <translation>back to the default folder</translation>
    </message>
    <message>
        <source>check [--json]</source>
        <translation>check [--json]</translation>
    </message>
    <message>
        <source>check the whole store (SQLite&apos;s integrity check and the audit trail)</source>
        <translation>check the whole store (SQLite&apos;s integrity check and the audit trail)</translation>
    </message>
    <message>
        <source>Writes nothing; the exit status is 1 if the store is damaged.</source>
        <translation>Writes nothing; the exit status is 1 if the store is damaged.</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>classify [--json] [--lexicon-only]</source>
        <translation>classify [--json] [--lexicon-only]</translation>
    </message>
    <message>
        <source>suggest categories for complaint texts, one per line on stdin</source>
        <translation>suggest categories for complaint texts, one per line on stdin</translation>
    </message>
    <message>
        <source>Prints CODE&lt;TAB&gt;confidence&lt;TAB&gt;second,third a line; a first suggestion not clearly ahead ends in &quot;?&quot;, none is &quot;-&quot;.</source>
        <translation>Prints CODE&lt;TAB&gt;confidence&lt;TAB&gt;second,third a line; a first suggestion not clearly ahead ends in &quot;?&quot;, none is &quot;-&quot;.</translation>
    </message>
    <message>
        <source>JSON output, one object a line</source>
        <translation>JSON output, one object a line</translation>
    </message>
    <message>
        <source>the keyword lexicon only, without learning from past complaints</source>
        <translation>the keyword lexicon only, without learning from past complaints</translation>
    </message>
    <message>
        <source>the store (default: the desk&apos;s own)</source>
        <translation>the store (default: the desk&apos;s own)</translation>
    </message>
    <message>
        <source>the language of messages: zh_CN or en</source>
        <translation>the language of messages: zh_CN or en</translation>
    </message>
    <message>
        <source>act as this user (signs in)</source>
        <translation>act as this user (signs in)</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE (mode 600)</source>
        <translation>read the password from the first line of FILE (mode 600)</translation>
    </message>
    <message>
        <source>read a new password from the first line of FILE (mode 600)</source>
        <translation>read a new password from the first line of FILE (mode 600)</translation>
    </message>
    <message>
        <source>Run &quot;complaintdesk-cli help %1&quot; for the usage of %1.</source>
        <translation>Run &quot;complaintdesk-cli help %1&quot; for the usage of %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>log --phone NUMBER --text TEXT [options]</source>
        <translation>log --phone NUMBER --text TEXT [options]</translation>
    </message>
    <message>
        <source>log a call; prints the complaint&apos;s reference</source>
        <translation>log a call; prints the complaint&apos;s reference</translation>
    </message>
    <message>
        <source>the caller&apos;s phone number</source>
        <translation>the caller&apos;s phone number</translation>
    </message>
    <message>
        <source>what the caller says: the complaint&apos;s description</source>
        <translation>what the caller says: the complaint&apos;s description</translation>
    </message>
    <message>
        <source>how it came in: %1</source>
        <translation>how it came in: %1</translation>
    </message>
    <message>
        <source>the category&apos;s code</source>
        <translation>the category&apos;s code</translation>
    </message>
    <message>
        <source>the sub-category&apos;s code, within the category</source>
        <translation>the sub-category&apos;s code, within the category</translation>
    </message>
    <message>
        <source>the severity, P1 (most urgent) to P4</source>
        <translation>the severity, P1 (most urgent) to P4</translation>
    </message>
    <message>
        <source>the amount in dispute, in yuan</source>
        <translation>the amount in dispute, in yuan</translation>
    </message>
    <message>
        <source>the transaction reference</source>
        <translation>the transaction reference</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>the caller&apos;s name</translation>
    </message>
    <message>
        <source>when the call came in (ISO 8601; default: now)</source>
        <translation>when the call came in (ISO 8601; default: now)</translation>
    </message>
    <message>
        <source>solved on the call</source>
        <translation>solved on the call</translation>
    </message>
    <message>
        <source>a follow-up call about the complaint REF</source>
        <translation>a follow-up call about the complaint REF</translation>
    </message>
    <message>
        <source>show REF [--json] [--reveal]</source>
        <translation>show REF [--json] [--reveal]</translation>
    </message>
    <message>
        <source>one complaint with its calls and events</source>
        <translation>one complaint with its calls and events</translation>
    </message>
    <message>
        <source>Phone numbers are masked; --reveal shows this complaint&apos;s in full and records that.</source>
        <translation>Phone numbers are masked; --reveal shows this complaint&apos;s in full and records that.</translation>
    </message>
    <message>
        <source>the full phone number (leads, administrators; recorded)</source>
        <translation>the full phone number (leads, administrators; recorded)</translation>
    </message>
    <message>
        <source>list [options]</source>
        <translation>list [options]</translation>
    </message>
    <message>
        <source>complaints, newest first (phone numbers masked)</source>
        <translation>complaints, newest first (phone numbers masked)</translation>
    </message>
    <message>
        <source>at most N complaints</source>
        <translation>at most N complaints</translation>
    </message>
    <message>
        <source>only this status: %1</source>
        <translation>only this status: %1</translation>
    </message>
    <message>
        <source>only this category (its code)</source>
        <translation>only this category (its code)</translation>
    </message>
    <message>
        <source>only this department (its code)</source>
        <translation>only this department (its code)</translation>
    </message>
    <message>
        <source>only this severity, P1 to P4</source>
        <translation>only this severity, P1 to P4</translation>
    </message>
    <message>
        <source>only those due: today, at-risk or overdue</source>
        <translation>only those due: today, at-risk or overdue</translation>
    </message>
    <message>
        <source>only those that search TEXT finds</source>
        <translation>only those that search TEXT finds</translation>
    </message>
    <message>
        <source>one JSON object a line</source>
        <translation>one JSON object a line</translation>
    </message>
    <message>
        <source>refused: a full number is one complaint&apos;s (show REF --reveal)</source>
        <translation>refused: a full number is one complaint&apos;s (show REF --reveal)</translation>
    </message>
    <message>
        <source>search TEXT [--limit N] [--json] [list&apos;s options]</source>
        <translation>search TEXT [--limit N] [--json] [list&apos;s options]</translation>
    </message>
    <message>
        <source>complaints by reference, phone, name or words of the text</source>
        <translation>complaints by reference, phone, name or words of the text</translation>
    </message>
    <message>
        <source>Chinese words of two characters are found too. It is list --search TEXT: list&apos;s options apply.</source>
        <translation>Chinese words of two characters are found too. It is list --search TEXT: list&apos;s options apply.</translation>
    </message>
    <message>
        <source>export FILE.csv [--unmasked]</source>
        <translation>export FILE.csv [--unmasked]</translation>
    </message>
    <message>
        <source>complaints as CSV (UTF-8 with BOM), phone numbers masked</source>
        <translation>complaints as CSV (UTF-8 with BOM), phone numbers masked</translation>
    </message>
    <message>
        <source>full phone numbers (administrators; recorded)</source>
        <translation>full phone numbers (administrators; recorded)</translation>
    </message>
    <message>
        <source>contact REF --note TEXT</source>
        <translation>contact REF --note TEXT</translation>
    </message>
    <message>
        <source>record a contact with the customer (stops the first-response clock)</source>
        <translation>record a contact with the customer (stops the first-response clock)</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>what was said</translation>
    </message>
    <message>
        <source>extend REF --days N --reason TEXT</source>
        <translation>extend REF --days N --reason TEXT</translation>
    </message>
    <message>
        <source>extend a resolution deadline</source>
        <translation>extend a resolution deadline</translation>
    </message>
    <message>
        <source>Where the deadline policy allows it, up to its maximum.</source>
        <translation>Where the deadline policy allows it, up to its maximum.</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>by N days</source>
        <translation>by N days</translation>
    </message>
    <message>
        <source>why (recorded with the change)</source>
        <translation>why (recorded with the change)</translation>
    </message>
    <message>
        <source>callback REF (--at TIME [--note TEXT] | --clear)</source>
        <translation>callback REF (--at TIME [--note TEXT] | --clear)</translation>
    </message>
    <message>
        <source>promise the customer a call-back, with a reminder</source>
        <translation>promise the customer a call-back, with a reminder</translation>
    </message>
    <message>
        <source>when: an ISO 8601 time such as 2026-11-26T15:00</source>
        <translation>when: an ISO 8601 time such as 2026-11-26T15:00</translation>
    </message>
    <message>
        <source>what was promised</source>
        <translation>what was promised</translation>
    </message>
    <message>
        <source>withdraw the call-back</source>
        <translation>withdraw the call-back</translation>
    </message>
    <message>
        <source>sweep [--json]</source>
        <translation>sweep [--json]</translation>
    </message>
    <message>
        <source>record breached deadlines; print your new reminders</source>
        <translation>record breached deadlines; print your new reminders</translation>
    </message>
    <message>
        <source>reminders [--json]</source>
        <translation>reminders [--json]</translation>
    </message>
    <message>
        <source>your reminders, newest first</source>
        <translation>your reminders, newest first</translation>
    </message>
    <message>
        <source>calendar list | show CODE | import FILE.csv [--calendar CODE]</source>
        <translation>calendar list | show CODE | import FILE.csv [--calendar CODE]</translation>
    </message>
    <message>
        <source>business calendars: list them, show one&apos;s days, import days</source>
        <translation>business calendars: list them, show one&apos;s days, import days</translation>
    </message>
    <message>
        <source>import replaces the listed days of the years the file covers.</source>
        <translation>import replaces the listed days of the years the file covers.</translation>
    </message>
    <message>
        <source>import: administrators</source>
        <translation>import: administrators</translation>
    </message>
    <message>
        <source>import: the calendar&apos;s code</source>
        <translation>import: the calendar&apos;s code</translation>
    </message>
    <message>
        <source>Usage: complaintdesk-cli COMMAND [options] [--as USER] [--database PATH]
       [--lang zh_CN|en] [--password-file FILE] [--new-password-file FILE]</source>
        <translation>Usage: complaintdesk-cli COMMAND [options] [--as USER] [--database PATH]
       [--lang zh_CN|en] [--password-file FILE] [--new-password-file FILE]</translation>
    </message>
    <message>
        <source>Most commands act as --as USER (each command&apos;s help says whether it does),
whose password is asked for on the terminal, or read from the first line
of --password-file FILE (mode 600). New passwords likewise: asked twice, or
--new-password-file FILE. Scripts may use COMPLAINTDESK_PASSWORD and
COMPLAINTDESK_NEW_PASSWORD instead, at a risk: the environment is seen by
child processes and may be logged.</source>
        <translation>Most commands act as --as USER (each command&apos;s help says whether it does),
whose password is asked for on the terminal, or read from the first line
of --password-file FILE (mode 600). New passwords likewise: asked twice, or
--new-password-file FILE. Scripts may use COMPLAINTDESK_PASSWORD and
COMPLAINTDESK_NEW_PASSWORD instead, at a risk: the environment is seen by
child processes and may be logged.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options of every command:</translation>
    </message>
    <message>
        <source>A command&apos;s options: complaintdesk-cli help COMMAND, or COMMAND --help.</source>
        <translation>A command&apos;s options: complaintdesk-cli help COMMAND, or COMMAND --help.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>Exit status: 0 success, 1 failure, 2 usage error.</translation>
    </message>
    <message>
        <source>Usage: complaintdesk-cli %1</source>
        <translation>Usage: complaintdesk-cli %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>this help</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Signs in as --as USER.</source>
        <translation>Signs in as --as USER.</translation>
    </message>
    <message>
        <source>Does not sign in.</source>
        <translation>Does not sign in.</translation>
    </message>
    <message>
        <source>Who may: %1</source>
        <translation>Who may: %1</translation>
    </message>
    <message>
        <source>Creates the store where there is none.</source>
        <translation>Creates the store where there is none.</translation>
    </message>
    <message>
        <source>Options of every command: --database PATH, --lang zh_CN|en, --as USER,
--password-file FILE, --new-password-file FILE (complaintdesk-cli --help).</source>
        <translation>Options of every command: --database PATH, --lang zh_CN|en, --as USER,
--password-file FILE, --new-password-file FILE (complaintdesk-cli --help).</translation>
    </message>
    <message>
        <source>the first day, such as 2026-11-01</source>
        <translation>the first day, such as 2026-11-01</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>the last day</translation>
    </message>
    <message>
        <source>periodic statistics as CSV or PDF</source>
        <translation>periodic statistics as CSV or PDF</translation>
    </message>
    <message>
        <source>leads (their department) and administrators</source>
        <translation>leads (their department) and administrators</translation>
    </message>
    <message>
        <source>csv or pdf</source>
        <translation>csv or pdf</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>dashboard --from DATE --to DATE [--department CODE]</source>
        <translation>dashboard --from DATE --to DATE [--department CODE]</translation>
    </message>
    <message>
        <source>the dashboard&apos;s figures as JSON</source>
        <translation>the dashboard&apos;s figures as JSON</translation>
    </message>
    <message>
        <source>satisfaction REF --score 1-5 [--comment TEXT]</source>
        <translation>satisfaction REF --score 1-5 [--comment TEXT]</translation>
    </message>
    <message>
        <source>the customer&apos;s satisfaction, at follow-up</source>
        <translation>the customer&apos;s satisfaction, at follow-up</translation>
    </message>
    <message>
        <source>1 (very dissatisfied) to 5 (very satisfied)</source>
        <translation>1 (very dissatisfied) to 5 (very satisfied)</translation>
    </message>
    <message>
        <source>the customer&apos;s words</source>
        <translation>the customer&apos;s words</translation>
    </message>
    <message>
        <source>merge REF --into REF --reason TEXT</source>
        <translation>merge REF --into REF --reason TEXT</translation>
    </message>
    <message>
        <source>merge a duplicate into the complaint kept</source>
        <translation>merge a duplicate into the complaint kept</translation>
    </message>
    <message>
        <source>the lead of the kept complaint&apos;s department</source>
        <translation>the lead of the kept complaint&apos;s department</translation>
    </message>
    <message>
        <source>the complaint kept</source>
        <translation>the complaint kept</translation>
    </message>
    <message>
        <source>init [--admin USER [--name NAME]]</source>
        <translation>init [--admin USER [--name NAME]]</translation>
    </message>
    <message>
        <source>create or upgrade the store; the first time, its administrator</source>
        <translation>create or upgrade the store; the first time, its administrator</translation>
    </message>
    <message>
        <source>The first time, --admin USER creates the administrator, whose new password is asked for twice (or read from --new-password-file).</source>
        <translation>The first time, --admin USER creates the administrator, whose new password is asked for twice (or read from --new-password-file).</translation>
    </message>
    <message>
        <source>the first administrator&apos;s user name</source>
        <translation>the first administrator&apos;s user name</translation>
    </message>
    <message>
        <source>the administrator&apos;s full name</source>
        <translation>the administrator&apos;s full name</translation>
    </message>
    <message>
        <source>demo --count N [--seed S]</source>
        <translation>demo --count N [--seed S]</translation>
    </message>
    <message>
        <source>add N realistic demonstration complaints</source>
        <translation>add N realistic demonstration complaints</translation>
    </message>
    <message>
        <source>how many complaints</source>
        <translation>how many complaints</translation>
    </message>
    <message>
        <source>the random seed: the same seed, the same complaints</source>
        <translation>the random seed: the same seed, the same complaints</translation>
    </message>
    <message>
        <source>status REF --to STATUS --note TEXT</source>
        <translation>status REF --to STATUS --note TEXT</translation>
    </message>
    <message>
        <source>move a complaint along the workflow</source>
        <translation>move a complaint along the workflow</translation>
    </message>
    <message>
        <source>the new status: %1</source>
        <translation>the new status: %1</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>assign REF (--department CODE | --to USER) --reason TEXT</source>
        <translation>assign REF (--department CODE | --to USER) --reason TEXT</translation>
    </message>
    <message>
        <source>transfer to a department&apos;s queue or a person</source>
        <translation>transfer to a department&apos;s queue or a person</translation>
    </message>
    <message>
        <source>to this department&apos;s queue</source>
        <translation>to this department&apos;s queue</translation>
    </message>
    <message>
        <source>to this agent or lead</source>
        <translation>to this agent or lead</translation>
    </message>
    <message>
        <source>escalate REF --reason TEXT</source>
        <translation>escalate REF --reason TEXT</translation>
    </message>
    <message>
        <source>hand the complaint to the department&apos;s lead</source>
        <translation>hand the complaint to the department&apos;s lead</translation>
    </message>
    <message>
        <source>reclassify REF --category CODE [--subcategory CODE] --reason TEXT</source>
        <translation>reclassify REF --category CODE [--subcategory CODE] --reason TEXT</translation>
    </message>
    <message>
        <source>correct the classification (routing runs again)</source>
        <translation>correct the classification (routing runs again)</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1 (default: %2)</translation>
    </message>
    <message>
        <source>No ComplaintDesk window is running on the store %1 for this user; the call was not shown.</source>
        <translation>No ComplaintDesk window is running on the store %1 for this user; the call was not shown.</translation>
    </message>
    <message>
        <source>incoming-call NUMBER|tel:URI [--call-id ID] [--line LINE]</source>
        <translation>incoming-call NUMBER|tel:URI [--call-id ID] [--line LINE]</translation>
    </message>
    <message>
        <source>show a ringing call in the window running on the store (screen pop)</source>
        <translation>show a ringing call in the window running on the store (screen pop)</translation>
    </message>
    <message>
        <source>For phone systems and scripts. Opens nothing itself; the exit status is 1 when no window runs on the store for this user.</source>
        <translation>For phone systems and scripts. Opens nothing itself; the exit status is 1 when no window runs on the store for this user.</translation>
    </message>
    <message>
        <source>the phone system&apos;s id of the call</source>
        <translation>the phone system&apos;s id of the call</translation>
    </message>
    <message>
        <source>the line the call rang on</source>
        <translation>the line the call rang on</translation>
    </message>
    <message>
        <source>Give either --preset or --mapping, not both.</source>
        <translation>Give either --preset or --mapping, not both.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use UTF-8 or GB18030.</source>
        <translation>Unknown encoding &quot;%1&quot;; use UTF-8 or GB18030.</translation>
    </message>
    <message>
        <source>The file has no column the mapping takes for the description; its columns: %1.</source>
        <translation>The file has no column the mapping takes for the description; its columns: %1.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Importing: %1 of %2 rows</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>All or nothing: a row failed, so nothing was saved.</source>
        <translation>All or nothing: a row failed, so nothing was saved.</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already present), failed %3</source>
        <translation>Imported %1, skipped %2 (already present), failed %3</translation>
    </message>
    <message>
        <source>import FILE [--preset NAME | --mapping FILE.json] [--encoding ENC] [--dry-run] [--all-or-nothing] [--json]</source>
        <translation>import FILE [--preset NAME | --mapping FILE.json] [--encoding ENC] [--dry-run] [--all-or-nothing] [--json]</translation>
    </message>
    <message>
        <source>import complaints from a CSV or TSV file, each row as a logged call</source>
        <translation>import complaints from a CSV or TSV file, each row as a logged call</translation>
    </message>
    <message>
        <source>The file is UTF-8 (with or without a byte-order mark) or GB18030/GBK, detected unless --encoding says. Without --preset or --mapping, columns named like the fields are taken. Presets: %1. A row already imported (its external id, or the same row) is skipped; a row that fails is reported with its line and the others are saved, unless --all-or-nothing. The exit status is 1 when a row failed.</source>
        <translation>The file is UTF-8 (with or without a byte-order mark) or GB18030/GBK, detected unless --encoding says. Without --preset or --mapping, columns named like the fields are taken. Presets: %1. A row already imported (its external id, or the same row) is skipped; a row that fails is reported with its line and the others are saved, unless --all-or-nothing. The exit status is 1 when a row failed.</translation>
    </message>
    <message>
        <source>agents and everyone who may log calls</source>
        <translation>agents and everyone who may log calls</translation>
    </message>
    <message>
        <source>a built-in mapping: cfpb (the US CFPB export), 12363 (a regulator&apos;s list)</source>
        <translation>a built-in mapping: cfpb (the US CFPB export), 12363 (a regulator&apos;s list)</translation>
    </message>
    <message>
        <source>a mapping saved as JSON (the window&apos;s File &gt; Import saves them)</source>
        <translation>a mapping saved as JSON (the window&apos;s File &gt; Import saves them)</translation>
    </message>
    <message>
        <source>UTF-8 or GB18030 (also GBK), instead of the detected one</source>
        <translation>UTF-8 or GB18030 (also GBK), instead of the detected one</translation>
    </message>
    <message>
        <source>check every row as it would be saved, and save nothing</source>
        <translation>check every row as it would be saved, and save nothing</translation>
    </message>
    <message>
        <source>save no row when any row fails</source>
        <translation>save no row when any row fails</translation>
    </message>
    <message>
        <source>the result as JSON</source>
        <translation>the result as JSON</translation>
    </message>
    <message>
        <source>--page-size is a4, letter or a5.</source>
        <translation>--page-size is a4, letter or a5.</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE --format csv|pdf --output FILE [--department CODE] [--page-size a4|letter|a5]</source>
        <translation>report --from DATE --to DATE --format csv|pdf --output FILE [--department CODE] [--page-size a4|letter|a5]</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper, landscape (default a4)</source>
        <translation>the PDF&apos;s paper, landscape (default a4)</translation>
    </message>
    <message>
        <source>the customer&apos;s demand: %1 (default: the one the description points to, else EXPLANATION)</source>
        <translation>the customer&apos;s demand: %1 (default: the one the description points to, else EXPLANATION)</translation>
    </message>
    <message>
        <source>the business: %1 (default: the one the description points to, else OTHER)</source>
        <translation>the business: %1 (default: the one the description points to, else OTHER)</translation>
    </message>
    <message>
        <source>Watching %1 for changes; Ctrl+C stops.</source>
        <translation>Watching %1 for changes; Ctrl+C stops.</translation>
    </message>
    <message>
        <source>watch [--json]</source>
        <translation>watch [--json]</translation>
    </message>
    <message>
        <source>print changes as they happen, until interrupted</source>
        <translation>print changes as they happen, until interrupted</translation>
    </message>
    <message>
        <source>One line per change by any desk or program: time, reference, what changed and who (with --json, one JSON object per line). Only the complaints you may see are shown. Changes appear within a second; stop with Ctrl+C.</source>
        <translation>One line per change by any desk or program: time, reference, what changed and who (with --json, one JSON object per line). Only the complaints you may see are shown. Changes appear within a second; stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>one JSON object per line</translation>
    </message>
    <message>
        <source>--save-id takes an id of 1 to %1 characters, such as a UUID.</source>
        <translation>--save-id takes an id of 1 to %1 characters, such as a UUID.</translation>
    </message>
    <message>
        <source>This call was saved before, by an earlier save with the same save id: nothing was saved again.</source>
        <translation>This call was saved before, by an earlier save with the same save id: nothing was saved again.</translation>
    </message>
    <message>
        <source>an id of this save (e.g. a UUID): run again with the same id after a lost connection or a killed run, the command prints the reference the first run saved instead of logging the call twice</source>
        <translation>an id of this save (e.g. a UUID): run again with the same id after a lost connection or a killed run, the command prints the reference the first run saved instead of logging the call twice</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows (%4%)</source>
        <translation>%1: %2 of %3 rows (%4%)</translation>
    </message>
    <message>
        <source>Name both stores: copy-store --from SOURCE --to TARGET.</source>
        <translation>Name both stores: copy-store --from SOURCE --to TARGET.</translation>
    </message>
    <message>
        <source>The copy of %1 into %2 does not match its source:</source>
        <translation>The copy of %1 into %2 does not match its source:</translation>
    </message>
    <message>
        <source>The target stays marked as an unfinished copy.</source>
        <translation>The target stays marked as an unfinished copy.</translation>
    </message>
    <message>
        <source>%1 is already a complete copy of %2; counts and audit trail verified.</source>
        <translation>%1 is already a complete copy of %2; counts and audit trail verified.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n complaint(s), </source>
        <translation>
            <numerusform>Copied %n complaint, </numerusform>
            <numerusform>Copied %n complaints, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), </source>
        <translation>
            <numerusform>%n call, </numerusform>
            <numerusform>%n calls, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and </source>
        <translation>
            <numerusform>%n event and </numerusform>
            <numerusform>%n events and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) from %1 to %2; counts and audit trail verified.</source>
        <translation>
            <numerusform>%n user from %1 to %2; counts and audit trail verified.</numerusform>
            <numerusform>%n users from %1 to %2; counts and audit trail verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy-store --from SOURCE --to TARGET [--json]</source>
        <translation>copy-store --from SOURCE --to TARGET [--json]</translation>
    </message>
    <message>
        <source>copy a store into a new one: a desk&apos;s file to the server, or back</source>
        <translation>copy a store into a new one: a desk&apos;s file to the server, or back</translation>
    </message>
    <message>
        <source>the store to copy</source>
        <translation>the store to copy</translation>
    </message>
    <message>
        <source>the new, empty store to copy it into</source>
        <translation>the new, empty store to copy it into</translation>
    </message>
    <message>
        <source>print a JSON summary, no progress</source>
        <translation>print a JSON summary, no progress</translation>
    </message>
    <message>
        <source>The store has no administrator yet: create one with init --admin USER, or copy a desk&apos;s store into it with copy-store.</source>
        <translation>The store has no administrator yet: create one with init --admin USER, or copy a desk&apos;s store into it with copy-store.</translation>
    </message>
    <message>
        <source>SOURCE and TARGET are each a store file or a PostgreSQL address, as --database takes them (passwords from ~/.pgpass, a service file or the prompt). TARGET must be a new store made with &quot;init --database TARGET&quot; (without --admin); both must be at this program&apos;s schema version. Everything the source holds is copied, table by table in batches; the source is only read. Interrupted, the same command continues where it stopped; until the copy is complete and verified nobody can work on the target. At the end the rows are counted on both stores and the target&apos;s audit trail is verified (exit status 1 and what differs otherwise). The finished copy is a store of its own: a new store id, sealed with the source&apos;s audit key, which this computer keeps under that id (export it for the other desks with audit-key export). Progress goes to stderr; --json prints a summary object instead.</source>
        <translation>SOURCE and TARGET are each a store file or a PostgreSQL address, as --database takes them (passwords from ~/.pgpass, a service file or the prompt). TARGET must be a new store made with &quot;init --database TARGET&quot; (without --admin); both must be at this program&apos;s schema version. Everything the source holds is copied, table by table in batches; the source is only read. Interrupted, the same command continues where it stopped; until the copy is complete and verified nobody can work on the target. At the end the rows are counted on both stores and the target&apos;s audit trail is verified (exit status 1 and what differs otherwise). The finished copy is a store of its own: a new store id, sealed with the source&apos;s audit key, which this computer keeps under that id (export it for the other desks with audit-key export). Progress goes to stderr; --json prints a summary object instead.</translation>
    </message>
    <message>
        <source>Pages: checked by the server itself (data checksums, amcheck), not by ComplaintDesk</source>
        <translation>Pages: checked by the server itself (data checksums, amcheck), not by ComplaintDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) past the retention period.</source>
        <translation>
            <numerusform>%n customer is past the retention period.</numerusform>
            <numerusform>%n customers are past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) anonymised.</source>
        <translation>
            <numerusform>%n customer was anonymised.</numerusform>
            <numerusform>%n customers were anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF report needs the drawing module of ComplaintDesk, which could not be loaded (%1): reinstall the package, or write the report as CSV.</source>
        <translation>A PDF report needs the drawing module of ComplaintDesk, which could not be loaded (%1): reinstall the package, or write the report as CSV.</translation>
    </message>
</context>
<context>
    <name>CliValue</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>P1-P4</source>
        <translation>P1-P4</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>YUAN</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>csv|pdf</source>
        <translation>csv|pdf</translation>
    </message>
    <message>
        <source>1-5</source>
        <translation>1-5</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
</context>
<context>
    <name>ComplaintQueries</name>
    <message>
        <source>The complaint does not exist.</source>
        <translation>The complaint does not exist.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>There is no complaint %1.</translation>
    </message>
    <message>
        <source>Your role may not see full phone numbers.</source>
        <translation>Your role may not see full phone numbers.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>You may not see complaint %1: it belongs to %2.</source>
        <translation>You may not see complaint %1: it belongs to %2.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers.</source>
        <translation>Only an administrator may export full phone numbers.</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Statistics are for team leads and administrators.</source>
        <translation>Statistics are for team leads and administrators.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choose the first and the last day of the period.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>A period can be at most %1 days long.</source>
        <translation>A period can be at most %1 days long.</translation>
    </message>
    <message>
        <source>Team leads see the statistics of their own department.</source>
        <translation>Team leads see the statistics of their own department.</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>That department no longer exists.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No reference number could be allocated.</source>
        <translation>No reference number could be allocated.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database). It was left unchanged; choose another file with --database.</source>
        <translation>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database). It was left unchanged; choose another file with --database.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created. Choose a writable location with --database.</source>
        <translation>The folder &quot;%1&quot; cannot be created. Choose a writable location with --database.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is read-only, so the store cannot be opened for work there. Choose a writable location with --database.</source>
        <translation>The folder &quot;%1&quot; is read-only, so the store cannot be opened for work there. Choose a writable location with --database.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is read-only. It was left unchanged.</source>
        <translation>The store &quot;%1&quot; is read-only. It was left unchanged.</translation>
    </message>
    <message>
        <source>The store could not be configured (%1): %2</source>
        <translation>The store could not be configured (%1): %2</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>No store file was given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation>&quot;%1&quot; is a folder, not a store file.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</source>
        <translation>The store &quot;%1&quot; was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be opened: %2</source>
        <translation>The store &quot;%1&quot; could not be opened: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable ComplaintDesk store: %2. It was left unchanged.</source>
        <translation>&quot;%1&quot; is not a usable ComplaintDesk store: %2. It was left unchanged.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a ComplaintDesk store. It was left unchanged.</source>
        <translation>&quot;%1&quot; is an SQLite database of another program, not a ComplaintDesk store. It was left unchanged.</translation>
    </message>
    <message>
        <source>A statement could not be prepared: %1</source>
        <translation>A statement could not be prepared: %1</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>The store reported an error: %1</translation>
    </message>
    <message>
        <source>The store is busy or cannot be written: %1</source>
        <translation>The store is busy or cannot be written: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The audit trail is missing its chain record.</source>
        <translation>The audit trail is missing its chain record.</translation>
    </message>
    <message>
        <source>event %1 does not follow the event before it (an event was removed or reordered)</source>
        <translation>event %1 does not follow the event before it (an event was removed or reordered)</translation>
    </message>
    <message>
        <source>The store&apos;s connection is not an SQLite one.</source>
        <translation>The store&apos;s connection is not an SQLite one.</translation>
    </message>
    <message>
        <source>A statement of %1 parameters was given %2 values.</source>
        <translation>A statement of %1 parameters was given %2 values.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a store. It was left unchanged; create a store elsewhere with &quot;complaintdesk-cli init&quot;, or remove the empty file first.</source>
        <translation>&quot;%1&quot; is an empty file, not a store. It was left unchanged; create a store elsewhere with &quot;complaintdesk-cli init&quot;, or remove the empty file first.</translation>
    </message>
    <message>
        <source>There is no store at &quot;%1&quot;; create it with &quot;complaintdesk-cli init&quot; (or check the --database path). Nothing was created.</source>
        <translation>There is no store at &quot;%1&quot;; create it with &quot;complaintdesk-cli init&quot; (or check the --database path). Nothing was created.</translation>
    </message>
    <message>
        <source>The store could not be checked: %1</source>
        <translation>The store could not be checked: %1</translation>
    </message>
    <message>
        <source>Event %1 does not exist.</source>
        <translation>Event %1 does not exist.</translation>
    </message>
    <message>
        <source>The audit trail of this store is not sealed with an audit key yet; open the store with this version of ComplaintDesk to upgrade it.</source>
        <translation>The audit trail of this store is not sealed with an audit key yet; open the store with this version of ComplaintDesk to upgrade it.</translation>
    </message>
    <message>
        <source>event %1 was changed after it was written, or sealed without the store&apos;s key</source>
        <translation>event %1 was changed after it was written, or sealed without the store&apos;s key</translation>
    </message>
    <message>
        <source>the trail ends at event %1, but its chain record names event %2 as the last (the last events were removed)</source>
        <translation>the trail ends at event %1, but its chain record names event %2 as the last (the last events were removed)</translation>
    </message>
    <message>
        <source>The store did not say its data version.</source>
        <translation>The store did not say its data version.</translation>
    </message>
    <message>
        <source>This computer lacks the PostgreSQL driver of Qt (Debian: libqt6sql6-psql), so the server %1 cannot be used.</source>
        <translation>This computer lacks the PostgreSQL driver of Qt (Debian: libqt6sql6-psql), so the server %1 cannot be used.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>The server %1 asks for a password: put it in ~/.pgpass (mode 600) or a service file.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the connection: %2</source>
        <translation>The server %1 could not be reached or refused the connection: %2</translation>
    </message>
    <message>
        <source>The database on the server %1 could not be read: %2. It was left unchanged.</source>
        <translation>The database on the server %1 could not be read: %2. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database on the server %1 belongs to another program: it holds tables but is not a ComplaintDesk store. It was left unchanged; name an empty database or a ComplaintDesk one.</source>
        <translation>The database on the server %1 belongs to another program: it holds tables but is not a ComplaintDesk store. It was left unchanged; name an empty database or a ComplaintDesk one.</translation>
    </message>
    <message>
        <source>The database on the server %1 is empty; create the store in it with &quot;complaintdesk-cli init&quot;. Nothing was created.</source>
        <translation>The database on the server %1 is empty; create the store in it with &quot;complaintdesk-cli init&quot;. Nothing was created.</translation>
    </message>
    <message>
        <source>The database on the server %1 is not a ComplaintDesk store (its schema_version table is not ours). It was left unchanged.</source>
        <translation>The database on the server %1 is not a ComplaintDesk store (its schema_version table is not ours). It was left unchanged.</translation>
    </message>
    <message>
        <source>The store on the server %1 was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</source>
        <translation>The store on the server %1 was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</translation>
    </message>
    <message>
        <source>The store %1 is being filled by copy-store, which has not finished: run the same &quot;complaintdesk-cli copy-store&quot; command again to complete it before working on this store.</source>
        <translation>The store %1 is being filled by copy-store, which has not finished: run the same &quot;complaintdesk-cli copy-store&quot; command again to complete it before working on this store.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The count must be between 1 and 10,000,000.</source>
        <translation>The count must be between 1 and 10,000,000.</translation>
    </message>
    <message>
        <source>The demonstration phrasebook is missing from the program.</source>
        <translation>The demonstration phrasebook is missing from the program.</translation>
    </message>
    <message>
        <source>The demonstration data stopped being planned.</source>
        <translation>The demonstration data stopped being planned.</translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>Only an administrator may change departments.</source>
        <translation>Only an administrator may change departments.</translation>
    </message>
    <message>
        <source>Give the department a Chinese and an English name.</source>
        <translation>Give the department a Chinese and an English name.</translation>
    </message>
    <message>
        <source>A department name has at most 50 characters.</source>
        <translation>A department name has at most 50 characters.</translation>
    </message>
    <message>
        <source>A department code has 2 to 16 capital letters, digits or _.</source>
        <translation>A department code has 2 to 16 capital letters, digits or _.</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>The code %1 is taken.</translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>The department does not exist.</translation>
    </message>
    <message>
        <source>%1 is the default department of the category &quot;%2&quot;; give the category another department first.</source>
        <translation>%1 is the default department of the category &quot;%2&quot;; give the category another department first.</translation>
    </message>
    <message>
        <source>The routing rule &quot;%1&quot; sends complaints to %2; change or disable it first.</source>
        <translation>The routing rule &quot;%1&quot; sends complaints to %2; change or disable it first.</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Complaint logged (%1)</source>
        <translation>Complaint logged (%1)</translation>
    </message>
    <message>
        <source>Follow-up call attached</source>
        <translation>Follow-up call attached</translation>
    </message>
    <message>
        <source>Reopened: %1 -&gt; %2</source>
        <translation>Reopened: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Status: %1 -&gt; %2</source>
        <translation>Status: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Reassigned (bulk)</source>
        <translation>Reassigned (bulk)</translation>
    </message>
    <message>
        <source>Escalated to the lead</source>
        <translation>Escalated to the lead</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>Reclassified</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>Full phone number shown</translation>
    </message>
    <message>
        <source>Refused: no permission</source>
        <translation>Refused: no permission</translation>
    </message>
    <message>
        <source>Personal data erased (anonymised)</source>
        <translation>Personal data erased (anonymised)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>Reassigned (bulk) to %1</source>
        <translation>Reassigned (bulk) to %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>Times are in the call centre&apos;s time zone, %1 (%2); this computer is on %3.</source>
        <translation>Times are in the call centre&apos;s time zone, %1 (%2); this computer is on %3.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>%1: the control character U+%2 (character %3) cannot be stored; only text, line breaks and tabs can.</source>
        <translation>%1: the control character U+%2 (character %3) cannot be stored; only text, line breaks and tabs can.</translation>
    </message>
    <message>
        <source>%1: %2 characters; at most %3 are kept. Shorten it (your text is still there).</source>
        <translation>%1: %2 characters; at most %3 are kept. Shorten it (your text is still there).</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>The file is not valid UTF-8; choose GB18030.</source>
        <translation>The file is not valid UTF-8; choose GB18030.</translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text.</source>
        <translation>This system cannot read GB18030 text.</translation>
    </message>
    <message>
        <source>The file is not valid GB18030; choose UTF-8.</source>
        <translation>The file is not valid GB18030; choose UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
</context>
<context>
    <name>ImportMappings</name>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>The mapping names an unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping names an unknown channel &quot;%1&quot;.</source>
        <translation>The mapping names an unknown channel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>There is no preset &quot;%1&quot;; the presets are: %2.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>The mapping %1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>The folder of %1 could not be created.</source>
        <translation>The folder of %1 could not be created.</translation>
    </message>
    <message>
        <source>The receipt time &quot;%1&quot; is not a date.</source>
        <translation>The receipt time &quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not known; map it to one of ours.</source>
        <translation>The channel &quot;%1&quot; is not known; map it to one of ours.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not known; map it to one of ours.</source>
        <translation>The category &quot;%1&quot; is not known; map it to one of ours.</translation>
    </message>
    <message>
        <source>The sub-category &quot;%1&quot; is not one of %2.</source>
        <translation>The sub-category &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>Sign in before importing complaints.</source>
        <translation>Sign in before importing complaints.</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>&quot;%1&quot; is not a tel: link.</source>
        <translation>&quot;%1&quot; is not a tel: link.</translation>
    </message>
    <message>
        <source>The tel: link &quot;%1&quot; does not hold a telephone number.</source>
        <translation>The tel: link &quot;%1&quot; does not hold a telephone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number (digits, a leading +, spaces and - . ( ) only, at most %2 characters).</source>
        <translation>&quot;%1&quot; is not a telephone number (digits, a leading +, spaces and - . ( ) only, at most %2 characters).</translation>
    </message>
    <message>
        <source>Give the caller&apos;s number once: --incoming-call NUMBER or a tel: link.</source>
        <translation>Give the caller&apos;s number once: --incoming-call NUMBER or a tel: link.</translation>
    </message>
    <message>
        <source>The call id must be printable and at most %1 characters.</source>
        <translation>The call id must be printable and at most %1 characters.</translation>
    </message>
    <message>
        <source>The line must be printable and at most %1 characters.</source>
        <translation>The line must be printable and at most %1 characters.</translation>
    </message>
    <message>
        <source>A screen-pop request could not be read.</source>
        <translation>A screen-pop request could not be read.</translation>
    </message>
</context>
<context>
    <name>IntentCues</name>
    <message>
        <source>Line %1 of the cue list is not &quot;demand|business&lt;TAB&gt;CODE&lt;TAB&gt;cue&quot;: %2</source>
        <translation>Line %1 of the cue list is not &quot;demand|business&lt;TAB&gt;CODE&lt;TAB&gt;cue&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>P1 Urgent</source>
        <translation>P1 Urgent</translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation>P2 High</translation>
    </message>
    <message>
        <source>P3 Normal</source>
        <translation>P3 Normal</translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation>P4 Low</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Complaint mailbox</source>
        <translation>Complaint mailbox</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Online / app</source>
        <translation>Online / app</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Forwarded by regulator</source>
        <translation>Forwarded by regulator</translation>
    </message>
    <message>
        <source>Third-party complaint platform</source>
        <translation>Third-party complaint platform</translation>
    </message>
    <message>
        <source>Refund of fees</source>
        <translation>Refund of fees</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Stop harassment</source>
        <translation>Stop harassment</translation>
    </message>
    <message>
        <source>Speed up handling</source>
        <translation>Speed up handling</translation>
    </message>
    <message>
        <source>Restore service</source>
        <translation>Restore service</translation>
    </message>
    <message>
        <source>Unfreeze funds</source>
        <translation>Unfreeze funds</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>POS acquiring</source>
        <translation>POS acquiring</translation>
    </message>
    <message>
        <source>QR-code payment</source>
        <translation>QR-code payment</translation>
    </message>
    <message>
        <source>Online / app payment</source>
        <translation>Online / app payment</translation>
    </message>
    <message>
        <source>Credit-card repayment</source>
        <translation>Credit-card repayment</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Service attitude and quality</source>
        <translation>Service attitude and quality</translation>
    </message>
    <message>
        <source>Service facilities, equipment and systems</source>
        <translation>Service facilities, equipment and systems</translation>
    </message>
    <message>
        <source>Management rules, business rules and processes</source>
        <translation>Management rules, business rules and processes</translation>
    </message>
    <message>
        <source>Marketing methods</source>
        <translation>Marketing methods</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>Information disclosure</translation>
    </message>
    <message>
        <source>Right of free choice</source>
        <translation>Right of free choice</translation>
    </message>
    <message>
        <source>Pricing and fees</source>
        <translation>Pricing and fees</translation>
    </message>
    <message>
        <source>Product returns</source>
        <translation>Product returns</translation>
    </message>
    <message>
        <source>Contract terms</source>
        <translation>Contract terms</translation>
    </message>
    <message>
        <source>Consumers&apos; funds security</source>
        <translation>Consumers&apos; funds security</translation>
    </message>
    <message>
        <source>Consumers&apos; information security</source>
        <translation>Consumers&apos; information security</translation>
    </message>
    <message>
        <source>Debt collection methods</source>
        <translation>Debt collection methods</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The default taxonomy is missing from the program.</source>
        <translation>The default taxonomy is missing from the program.</translation>
    </message>
    <message>
        <source>The store (schema version %1) could not be backed up before its upgrade, so it was not upgraded: %2</source>
        <translation>The store (schema version %1) could not be backed up before its upgrade, so it was not upgraded: %2</translation>
    </message>
    <message>
        <source>The store could not be upgraded to schema version %1: %2</source>
        <translation>The store could not be upgraded to schema version %1: %2</translation>
    </message>
    <message>
        <source>The schema version of the store could not be read.</source>
        <translation>The schema version of the store could not be read.</translation>
    </message>
    <message>
        <source>The holiday calendar is missing from the program.</source>
        <translation>The holiday calendar is missing from the program.</translation>
    </message>
    <message>
        <source>This store was sealed with an audit key before (&quot;%1&quot; was made for a store at this place and has been used), yet it now presents itself as an older store without one: it may have been rolled back to escape its key. It was not upgraded. If you put an old backup here on purpose, move that key file and its anchor file aside and open the store again.</source>
        <translation>This store was sealed with an audit key before (&quot;%1&quot; was made for a store at this place and has been used), yet it now presents itself as an older store without one: it may have been rolled back to escape its key. It was not upgraded. If you put an old backup here on purpose, move that key file and its anchor file aside and open the store again.</translation>
    </message>
    <message>
        <source>The store could not be created on the server %1: %2</source>
        <translation>The store could not be created on the server %1: %2</translation>
    </message>
    <message>
        <source>The store on the server %1 (schema version %2) cannot be upgraded by this program.</source>
        <translation>The store on the server %1 (schema version %2) cannot be upgraded by this program.</translation>
    </message>
    <message>
        <source>The conversion of the audit seals could not be prepared.</source>
        <translation>The conversion of the audit seals could not be prepared.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Enter the amount in yuan with at most two decimals, for example 1280.50.</source>
        <translation>Enter the amount in yuan with at most two decimals, for example 1280.50.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2.</source>
        <translation>&quot;%1&quot; could not be written: %2.</translation>
    </message>
    <message>
        <source>No file was named to write to.</source>
        <translation>No file was named to write to.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>it is not open</translation>
    </message>
</context>
<context>
    <name>PasswordQuality</name>
    <message>
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>A password has at most %1 characters.</translation>
    </message>
    <message>
        <source>A password cannot contain control characters.</source>
        <translation>A password cannot contain control characters.</translation>
    </message>
    <message>
        <source>The password could not be checked (out of memory).</source>
        <translation>The password could not be checked (out of memory).</translation>
    </message>
    <message>
        <source>The password dictionary cannot be read (Debian package cracklib-runtime), so no password can be checked. Ask the administrator of this computer.</source>
        <translation>The password dictionary cannot be read (Debian package cracklib-runtime), so no password can be checked. Ask the administrator of this computer.</translation>
    </message>
    <message>
        <source>The password is a dictionary word or a simple pattern (such as 12345678 or qwerty). Use several words, or mix words and digits.</source>
        <translation>The password is a dictionary word or a simple pattern (such as 12345678 or qwerty). Use several words, or mix words and digits.</translation>
    </message>
    <message>
        <source>The password contains the user name.</source>
        <translation>The password contains the user name.</translation>
    </message>
    <message>
        <source>The password reads the same backwards.</source>
        <translation>The password reads the same backwards.</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>The new password is the current one.</translation>
    </message>
    <message>
        <source>The new password is too like the current one.</source>
        <translation>The new password is too like the current one.</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Use several words, or mix words and digits.</source>
        <translation>The password is too easy to guess. Use several words, or mix words and digits.</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>Other users may read the password file %1; make it yours alone (chmod 600 %1).</source>
        <translation>Other users may read the password file %1; make it yours alone (chmod 600 %1).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>The password file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The password file %1 is not UTF-8 text (byte %2).</source>
        <translation>The password file %1 is not UTF-8 text (byte %2).</translation>
    </message>
    <message>
        <source>No password: run in a terminal to be asked for it, or give %1 FILE (or, for scripts, the %2 environment variable).</source>
        <translation>No password: run in a terminal to be asked for it, or give %1 FILE (or, for scripts, the %2 environment variable).</translation>
    </message>
    <message>
        <source>Password for the server %1: </source>
        <translation>Password for the server %1: </translation>
    </message>
    <message>
        <source>The server %1 asks for a password: run in a terminal to be asked for it, or put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>The server %1 asks for a password: run in a terminal to be asked for it, or put it in ~/.pgpass (mode 600) or a service file.</translation>
    </message>
</context>
<context>
    <name>PersonalDataEraser</name>
    <message>
        <source>There is no customer %1 to anonymise.</source>
        <translation>There is no customer %1 to anonymise.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Enter the caller&apos;s phone number.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and dashes.</source>
        <translation>A phone number has only digits, spaces and dashes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Enter a mobile number (11 digits) or a landline with its area code.</source>
        <translation>&quot;%1&quot; is not a valid phone number. Enter a mobile number (11 digits) or a landline with its area code.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ComplaintDesk</source>
        <translation>ComplaintDesk</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>The language &quot;%1&quot; is not available; use zh_CN or en.</translation>
    </message>
    <message>
        <source>There is no store at this location yet:</source>
        <translation>There is no store at this location yet:</translation>
    </message>
    <message>
        <source>%1

Create a new store there for this desk? You will then create its administrator. If you expected an existing store, choose Quit and check the --database path.</source>
        <translation>%1

Create a new store there for this desk? You will then create its administrator. If you expected an existing store, choose Quit and check the --database path.</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Create the store</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Unexpected arguments: %1</translation>
    </message>
    <message>
        <source>The server of the call centre asks for the password of the database account:
%1</source>
        <translation>The server of the call centre asks for the password of the database account:
%1</translation>
    </message>
    <message>
        <source>Welcome to ComplaintDesk</source>
        <translation>Welcome to ComplaintDesk</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Sign in before working on complaints.</source>
        <translation>Sign in before working on complaints.</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>The complaint does not exist.</translation>
    </message>
    <message>
        <source>Select the complaints first.</source>
        <translation>Select the complaints first.</translation>
    </message>
    <message>
        <source>Only the lead of %1 may change complaint %2 in bulk.</source>
        <translation>Only the lead of %1 may change complaint %2 in bulk.</translation>
    </message>
    <message>
        <source>A complaint cannot be merged into itself.</source>
        <translation>A complaint cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Complaint %1 was itself merged into another complaint; merge into that one.</source>
        <translation>Complaint %1 was itself merged into another complaint; merge into that one.</translation>
    </message>
    <message>
        <source>Only the lead of %1 may merge into complaint %2.</source>
        <translation>Only the lead of %1 may merge into complaint %2.</translation>
    </message>
    <message>
        <source>It was already merged into another complaint.</source>
        <translation>It was already merged into another complaint.</translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>the category matches</source>
        <translation>the category matches</translation>
    </message>
    <message>
        <source>the sub-category matches</source>
        <translation>the sub-category matches</translation>
    </message>
    <message>
        <source>the severity is %1</source>
        <translation>the severity is %1</translation>
    </message>
    <message>
        <source>the channel is %1</source>
        <translation>the channel is %1</translation>
    </message>
    <message>
        <source>it was forwarded by a regulator</source>
        <translation>it was forwarded by a regulator</translation>
    </message>
    <message>
        <source>the amount %1 is at least %2 yuan</source>
        <translation>the amount %1 is at least %2 yuan</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot;</source>
        <translation>the text contains &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the rule has no conditions</source>
        <translation>the rule has no conditions</translation>
    </message>
    <message>
        <source>severity raised to %1</source>
        <translation>severity raised to %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; matched: %2.</source>
        <translation>Rule &quot;%1&quot; matched: %2.</translation>
    </message>
    <message>
        <source>No rule matched: the category&apos;s default department.</source>
        <translation>No rule matched: the category&apos;s default department.</translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Choose the category of the sample.</source>
        <translation>Choose the category of the sample.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Give the rule a name.</translation>
    </message>
    <message>
        <source>The rule sends complaints to a department that does not exist.</source>
        <translation>The rule sends complaints to a department that does not exist.</translation>
    </message>
    <message>
        <source>The rule sends complaints to %1, which is disabled.</source>
        <translation>The rule sends complaints to %1, which is disabled.</translation>
    </message>
    <message>
        <source>This rule can never match: its category is disabled.</source>
        <translation>This rule can never match: its category is disabled.</translation>
    </message>
    <message>
        <source>This rule can never match: its sub-category is disabled.</source>
        <translation>This rule can never match: its sub-category is disabled.</translation>
    </message>
    <message>
        <source>This rule can never match: the sub-category belongs to another category.</source>
        <translation>This rule can never match: the sub-category belongs to another category.</translation>
    </message>
    <message>
        <source>This rule can never match: a regulator-forwarded complaint comes through the regulator channel.</source>
        <translation>This rule can never match: a regulator-forwarded complaint comes through the regulator channel.</translation>
    </message>
    <message>
        <source>The amount threshold cannot be negative.</source>
        <translation>The amount threshold cannot be negative.</translation>
    </message>
    <message>
        <source>A keyword cannot be empty.</source>
        <translation>A keyword cannot be empty.</translation>
    </message>
    <message>
        <source>Only the lead of the rule&apos;s department or an administrator may change this rule.</source>
        <translation>Only the lead of the rule&apos;s department or an administrator may change this rule.</translation>
    </message>
    <message>
        <source>The rule does not exist any more.</source>
        <translation>The rule does not exist any more.</translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>The view filters on an unknown status, %1.</source>
        <translation>The view filters on an unknown status, %1.</translation>
    </message>
    <message>
        <source>The view filters on category %1, which no longer exists.</source>
        <translation>The view filters on category %1, which no longer exists.</translation>
    </message>
    <message>
        <source>The view filters on sub-category %1, which no longer exists.</source>
        <translation>The view filters on sub-category %1, which no longer exists.</translation>
    </message>
    <message>
        <source>The view filters on department %1, which no longer exists.</source>
        <translation>The view filters on department %1, which no longer exists.</translation>
    </message>
    <message>
        <source>The view filters on %1, who is no longer a user.</source>
        <translation>The view filters on %1, who is no longer a user.</translation>
    </message>
    <message>
        <source>The view filters on an unknown severity, %1.</source>
        <translation>The view filters on an unknown severity, %1.</translation>
    </message>
    <message>
        <source>The view filters on an unknown channel, %1.</source>
        <translation>The view filters on an unknown channel, %1.</translation>
    </message>
    <message>
        <source>The view&apos;s period ends (%1) before it starts (%2).</source>
        <translation>The view&apos;s period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The view filters on an unknown deadline state, %1.</source>
        <translation>The view filters on an unknown deadline state, %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Give the view a name.</translation>
    </message>
    <message>
        <source>A view&apos;s name has at most %1 characters.</source>
        <translation>A view&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Team leads and administrators share views with their department.</source>
        <translation>Team leads and administrators share views with their department.</translation>
    </message>
    <message>
        <source>You have no department to share the view with.</source>
        <translation>You have no department to share the view with.</translation>
    </message>
    <message>
        <source>You already have a view named &quot;%1&quot;.</source>
        <translation>You already have a view named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>That view no longer exists.</translation>
    </message>
    <message>
        <source>Only %1, who made the view, may change it.</source>
        <translation>Only %1, who made the view, may change it.</translation>
    </message>
    <message>
        <source>Only %1, who made the view, may delete it.</source>
        <translation>Only %1, who made the view, may delete it.</translation>
    </message>
    <message>
        <source>The view filters on an unknown satisfaction score, %1.</source>
        <translation>The view filters on an unknown satisfaction score, %1.</translation>
    </message>
</context>
<context>
    <name>SeededNames</name>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>Forwarded by a regulator</translation>
    </message>
    <message>
        <source>Urgent (P1)</source>
        <translation>Urgent (P1)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Fraud words</source>
        <translation>Fraud words</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection address: %2</source>
        <translation>&quot;%1&quot; is not a PostgreSQL connection address: %2</translation>
    </message>
    <message>
        <source>The server address holds a password. A password on the command line is seen by every user of this computer: remove it from the address and put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>The server address holds a password. A password on the command line is seen by every user of this computer: remove it from the address and put it in ~/.pgpass (mode 600) or a service file.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the server address contains a semicolon, which cannot be passed to the server.</source>
        <translation>The value of &quot;%1&quot; in the server address contains a semicolon, which cannot be passed to the server.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: PostgreSQL&apos;s client library (libpq5) is not installed.</source>
        <translation>&quot;%1&quot; cannot be opened: PostgreSQL&apos;s client library (libpq5) is not installed.</translation>
    </message>
</context>
<context>
    <name>SlaAdministration</name>
    <message>
        <source>Only an administrator may change calendars and deadline policies.</source>
        <translation>Only an administrator may change calendars and deadline policies.</translation>
    </message>
    <message>
        <source>Choose the calendar the targets are counted on.</source>
        <translation>Choose the calendar the targets are counted on.</translation>
    </message>
    <message>
        <source>The policy does not exist any more.</source>
        <translation>The policy does not exist any more.</translation>
    </message>
    <message>
        <source>Name the calendar.</source>
        <translation>Name the calendar.</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>The file lists no days.</translation>
    </message>
    <message>
        <source>There is no such calendar.</source>
        <translation>There is no such calendar.</translation>
    </message>
</context>
<context>
    <name>SlaPolicies</name>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) around the clock</source>
        <translation>
            <numerusform>%n hour around the clock</numerusform>
            <numerusform>%n hours around the clock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>Standard (built in)</translation>
    </message>
    <message>
        <source>Name the policy.</source>
        <translation>Name the policy.</translation>
    </message>
    <message>
        <source>A target must be between 1 and %1.</source>
        <translation>A target must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Extensions need a resolution target counted in days.</source>
        <translation>Extensions need a resolution target counted in days.</translation>
    </message>
    <message>
        <source>The longest extended target must be between the target (%1 days) and %2 days.</source>
        <translation>The longest extended target must be between the target (%1 days) and %2 days.</translation>
    </message>
    <message>
        <source>Choose the calendar the targets are counted on.</source>
        <translation>Choose the calendar the targets are counted on.</translation>
    </message>
    <message>
        <source>forwarded by a regulator</source>
        <translation>forwarded by a regulator</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>channel %1</translation>
    </message>
    <message>
        <source>a chosen category</source>
        <translation>a chosen category</translation>
    </message>
    <message>
        <source>every complaint</source>
        <translation>every complaint</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>SlaReminders</name>
    <message>
        <source>counted %1 - %2 (%3)</source>
        <translation>counted %1 - %2 (%3)</translation>
    </message>
    <message>
        <source>skipped %1 - %2: outside working hours</source>
        <translation>skipped %1 - %2: outside working hours</translation>
    </message>
    <message>
        <source>skipped %1 - %2: not a working day</source>
        <translation>skipped %1 - %2: not a working day</translation>
    </message>
    <message>
        <source>skipped %1 - %2: public holiday %3</source>
        <translation>skipped %1 - %2: public holiday %3</translation>
    </message>
    <message>
        <source>paused %1 - %2: waiting for the customer (%3)</source>
        <translation>paused %1 - %2: waiting for the customer (%3)</translation>
    </message>
    <message>
        <source>%1: %2 from %3, due %4.</source>
        <translation>%1: %2 from %3, due %4.</translation>
    </message>
    <message>
        <source>Stopped at %1, %2 after the due time.</source>
        <translation>Stopped at %1, %2 after the due time.</translation>
    </message>
    <message>
        <source>Met at %1.</source>
        <translation>Met at %1.</translation>
    </message>
    <message>
        <source>Paused: %1 of the target is left; the due time moves on when the customer answers.</source>
        <translation>Paused: %1 of the target is left; the due time moves on when the customer answers.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (applies to %2); calendar &quot;%3&quot; (%4).</source>
        <translation>Policy &quot;%1&quot; (applies to %2); calendar &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>Solved on the call: both targets were met at receipt.</source>
        <translation>Solved on the call: both targets were met at receipt.</translation>
    </message>
    <message numerus="yes">
        <source>The resolution target was extended by %n day(s).</source>
        <translation>
            <numerusform>The resolution target was extended by %n day.</numerusform>
            <numerusform>The resolution target was extended by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>around the clock, %1</source>
        <translation>around the clock, %1</translation>
    </message>
    <message>
        <source>%1-%2 on working days, %3</source>
        <translation>%1-%2 on working days, %3</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1: call the customer back (promised for %2)</source>
        <translation>%1: call the customer back (promised for %2)</translation>
    </message>
    <message>
        <source>%1: at risk, due %2</source>
        <translation>%1: at risk, due %2</translation>
    </message>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1: overdue since %2</translation>
    </message>
</context>
<context>
    <name>SlaSettings</name>
    <message>
        <source>The store has no business calendar.</source>
        <translation>The store has no business calendar.</translation>
    </message>
</context>
<context>
    <name>StatisticsReportService</name>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>Choose a file to write the report to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>The report cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Complaint statistics %1 to %2</source>
        <translation>Complaint statistics %1 to %2</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Complaint statistics report</source>
        <translation>Complaint statistics report</translation>
    </message>
    <message>
        <source>Period: %1 to %2 · %3 · generated %4 by %5</source>
        <translation>Period: %1 to %2 · %3 · generated %4 by %5</translation>
    </message>
    <message>
        <source>Received %1 · resolved %2 · on time %3 · mean time to resolution %4 h, 90th percentile %5 h · forwarded by a regulator %6</source>
        <translation>Received %1 · resolved %2 · on time %3 · mean time to resolution %4 h, 90th percentile %5 h · forwarded by a regulator %6</translation>
    </message>
    <message>
        <source>Complaints received by regulatory cause (JR/T 0169-2018)</source>
        <translation>Complaints received by regulatory cause (JR/T 0169-2018)</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Regulatory cause</source>
        <translation>Regulatory cause</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>No complaints were received in this period.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: it is not writable.</source>
        <translation>The report cannot be written to %1: it is not writable.</translation>
    </message>
    <message>
        <source>The report for %1 could not be drawn as a PDF; nothing was written.</source>
        <translation>The report for %1 could not be drawn as a PDF; nothing was written.</translation>
    </message>
    <message>
        <source>Number received</source>
        <translation>Number received</translation>
    </message>
    <message>
        <source>Share resolved</source>
        <translation>Share resolved</translation>
    </message>
    <message>
        <source>Share resolved on time</source>
        <translation>Share resolved on time</translation>
    </message>
    <message>
        <source>Mean hours to resolve</source>
        <translation>Mean hours to resolve</translation>
    </message>
    <message>
        <source>90th percentile hours to resolve</source>
        <translation>90th percentile hours to resolve</translation>
    </message>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>Forwarded by a regulator</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>audit trail %1</source>
        <translation>audit trail %1</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more problem(s)</source>
        <translation>
            <numerusform>, and %n more problem</numerusform>
            <numerusform>, and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable to the end</source>
        <translation>not readable to the end</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>not verified: %1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>altered: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more finding(s))</source>
        <translation>
            <numerusform> (and %n more finding)</numerusform>
            <numerusform> (and %n more findings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled; nothing was changed.</source>
        <translation>%1 was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not finish: the store stayed busy (other programs are writing). Try again.</source>
        <translation>%1 could not finish: the store stayed busy (other programs are writing). Try again.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be read: %2</source>
        <translation>The store &quot;%1&quot; could not be read: %2</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>There is no file &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation>&quot;%1&quot; is a folder, not a store file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: it is not a ComplaintDesk store.</source>
        <translation>&quot;%1&quot; is empty: it is not a ComplaintDesk store.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database).</source>
        <translation>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be used: %2</source>
        <translation>&quot;%1&quot; is damaged and cannot be used: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a ComplaintDesk store.</source>
        <translation>&quot;%1&quot; is an SQLite database but not a ComplaintDesk store.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a store of a newer ComplaintDesk (schema version %2; this program knows up to %3). Use a newer ComplaintDesk.</source>
        <translation>&quot;%1&quot; is a store of a newer ComplaintDesk (schema version %2; this program knows up to %3). Use a newer ComplaintDesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (SQLite&apos;s check found: %2); it cannot be used.</source>
        <translation>&quot;%1&quot; is damaged (SQLite&apos;s check found: %2); it cannot be used.</translation>
    </message>
    <message>
        <source>No file name was given for the copy.</source>
        <translation>No file name was given for the copy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name.</source>
        <translation>&quot;%1&quot; is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself; choose another file for the copy.</source>
        <translation>&quot;%1&quot; is the store itself; choose another file for the copy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged. Choose another name.</source>
        <translation>&quot;%1&quot; already exists; it was left unchanged. Choose another name.</translation>
    </message>
    <message>
        <source>The copy cannot be written in &quot;%1&quot;: %2</source>
        <translation>The copy cannot be written in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>Copying the store</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be opened: %2</source>
        <translation>The store &quot;%1&quot; could not be opened: %2</translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: %1</source>
        <translation>The copy failed its check, so it was not kept: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to disk: %1</source>
        <translation>The copy could not be written to disk: %1</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>The copy could not be saved as &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; was saved, but its folder could not be written to disk: %2</source>
        <translation>The copy &quot;%1&quot; was saved, but its folder could not be written to disk: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store, so it was not replaced.</source>
        <translation>&quot;%1&quot; is not a ComplaintDesk store, so it was not replaced.</translation>
    </message>
    <message>
        <source>The backup&apos;s page size (%1 bytes) differs from the store&apos;s (%2 bytes), so it cannot be copied into the store while it is in use.</source>
        <translation>The backup&apos;s page size (%1 bytes) differs from the store&apos;s (%2 bytes), so it cannot be copied into the store while it is in use.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself.</source>
        <translation>&quot;%1&quot; is the store itself.</translation>
    </message>
    <message>
        <source>Restoring the store</source>
        <translation>Restoring the store</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store &quot;%1&quot; is damaged (SQLite: %2). Stop working on it: restore the last backup with &quot;complaintdesk-cli restore FILE&quot;, or run &quot;complaintdesk-cli check&quot; to see what is damaged.</source>
        <translation>The store &quot;%1&quot; is damaged (SQLite: %2). Stop working on it: restore the last backup with &quot;complaintdesk-cli restore FILE&quot;, or run &quot;complaintdesk-cli check&quot; to see what is damaged.</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was deleted, moved or replaced while this program was using it, so nothing more can be saved in it: this change was not saved. Close the program and open the store again.</source>
        <translation>The store &quot;%1&quot; was deleted, moved or replaced while this program was using it, so nothing more can be saved in it: this change was not saved. Close the program and open the store again.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>The connection to the server was lost.</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>The connection to the server was lost (%1).</translation>
    </message>
    <message>
        <source>The server does not allow the account &quot;%1&quot; to do this (%2). Erasing personal data from the audit trail and upgrading the store are done as the store&apos;s owner (docs/deployment.md); nothing was changed.</source>
        <translation>The server does not allow the account &quot;%1&quot; to do this (%2). Erasing personal data from the audit trail and upgrading the store are done as the store&apos;s owner (docs/deployment.md); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StoreTransfer</name>
    <message>
        <source>The store %1 is at schema version %2, this program&apos;s is %3: open it once with this ComplaintDesk (for example &quot;complaintdesk-cli check --database %1&quot;), which upgrades it, then copy it. Nothing was copied.</source>
        <translation>The store %1 is at schema version %2, this program&apos;s is %3: open it once with this ComplaintDesk (for example &quot;complaintdesk-cli check --database %1&quot;), which upgrades it, then copy it. Nothing was copied.</translation>
    </message>
    <message>
        <source>The target %1 is at schema version %2, this program&apos;s is %3: make a new store with &quot;complaintdesk-cli init --database %1&quot; of this ComplaintDesk. Nothing was copied.</source>
        <translation>The target %1 is at schema version %2, this program&apos;s is %3: make a new store with &quot;complaintdesk-cli init --database %1&quot; of this ComplaintDesk. Nothing was copied.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3, so the stores cannot be copied one into the other.</source>
        <translation>The table %1 has other columns in %2 than in %3, so the stores cannot be copied one into the other.</translation>
    </message>
    <message>
        <source>The copy was stopped in %1 after %2 of its %3 rows; run the same command again to continue where it stopped.</source>
        <translation>The copy was stopped in %1 after %2 of its %3 rows; run the same command again to continue where it stopped.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the target</source>
        <translation>%1: %2 rows in the source, %3 in the target</translation>
    </message>
    <message>
        <source>the search index holds %1 complaints of %2</source>
        <translation>the search index holds %1 complaints of %2</translation>
    </message>
    <message>
        <source>%1 is both the source and the target; name another target.</source>
        <translation>%1 is both the source and the target; name another target.</translation>
    </message>
    <message>
        <source>The store %1 is itself an unfinished copy; finish that copy first. Nothing was copied.</source>
        <translation>The store %1 is itself an unfinished copy; finish that copy first. Nothing was copied.</translation>
    </message>
    <message>
        <source>The target %1 holds an unfinished copy of another store, so nothing was copied into it and it was left unchanged: finish that copy, or make a new store for this one with &quot;complaintdesk-cli init --database ADDRESS&quot;.</source>
        <translation>The target %1 holds an unfinished copy of another store, so nothing was copied into it and it was left unchanged: finish that copy, or make a new store for this one with &quot;complaintdesk-cli init --database ADDRESS&quot;.</translation>
    </message>
    <message>
        <source>The target %1 already holds content (table %2), so nothing was copied into it and it was left unchanged: copy-store fills only a new, empty store made with &quot;complaintdesk-cli init --database %1&quot; (without --admin).</source>
        <translation>The target %1 already holds content (table %2), so nothing was copied into it and it was left unchanged: copy-store fills only a new, empty store made with &quot;complaintdesk-cli init --database %1&quot; (without --admin).</translation>
    </message>
</context>
<context>
    <name>TableTransfer</name>
    <message>
        <source>The rows of %1 could not be counted.</source>
        <translation>The rows of %1 could not be counted.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Only an administrator may change the idle lock.</source>
        <translation>Only an administrator may change the idle lock.</translation>
    </message>
    <message>
        <source>The idle lock is between 0 (never) and 480 minutes.</source>
        <translation>The idle lock is between 0 (never) and 480 minutes.</translation>
    </message>
    <message>
        <source>Give the name or address of the call centre&apos;s server.</source>
        <translation>Give the name or address of the call centre&apos;s server.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Give the name of the database on the server.</translation>
    </message>
    <message>
        <source>Give the database account to connect as.</source>
        <translation>Give the database account to connect as.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not valid: %1</source>
        <translation>The server&apos;s address is not valid: %1</translation>
    </message>
</context>
<context>
    <name>cd::models::CallerHistoryModel</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::models::ChangeWatcher</name>
    <message>
        <source>The connection to the server %1 was lost; trying again.</source>
        <translation>The connection to the server %1 was lost; trying again.</translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintQueueModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: due %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintService</name>
    <message>
        <source>Describe the complaint in the caller&apos;s words.</source>
        <translation>Describe the complaint in the caller&apos;s words.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Choose the category of the complaint.</translation>
    </message>
    <message>
        <source>This sub-category does not belong to the category.</source>
        <translation>This sub-category does not belong to the category.</translation>
    </message>
    <message>
        <source>The follow-up must be attached to a complaint of this caller.</source>
        <translation>The follow-up must be attached to a complaint of this caller.</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; log a new complaint or reopen it.</source>
        <translation>Complaint %1 is closed; log a new complaint or reopen it.</translation>
    </message>
    <message>
        <source>Solved on the call.</source>
        <translation>Solved on the call.</translation>
    </message>
    <message>
        <source>Write a note saying why the status changes.</source>
        <translation>Write a note saying why the status changes.</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>The complaint does not exist.</translation>
    </message>
    <message>
        <source>Complaint %1 is now &quot;%2&quot;: someone changed it meanwhile. Look at it again before changing its status.</source>
        <translation>Complaint %1 is now &quot;%2&quot;: someone changed it meanwhile. Look at it again before changing its status.</translation>
    </message>
    <message>
        <source>A complaint cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A complaint cannot move from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Sign in before logging calls.</source>
        <translation>Sign in before logging calls.</translation>
    </message>
    <message>
        <source>Sign in before working on complaints.</source>
        <translation>Sign in before working on complaints.</translation>
    </message>
    <message>
        <source>You may not work on complaint %1: it belongs to %2.</source>
        <translation>You may not work on complaint %1: it belongs to %2.</translation>
    </message>
    <message>
        <source>Only an administrator may anonymise customers.</source>
        <translation>Only an administrator may anonymise customers.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>There is no such person.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot take complaints.</source>
        <translation>%1 is inactive and cannot take complaints.</translation>
    </message>
    <message>
        <source>%1 belongs to no department.</source>
        <translation>%1 belongs to no department.</translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation>Choose a department or a person.</translation>
    </message>
    <message>
        <source>That department does not take complaints.</source>
        <translation>That department does not take complaints.</translation>
    </message>
    <message>
        <source>%1 holds complaint %2 already.</source>
        <translation>%1 holds complaint %2 already.</translation>
    </message>
    <message>
        <source>Complaint %1 is in %2&apos;s queue already.</source>
        <translation>Complaint %1 is in %2&apos;s queue already.</translation>
    </message>
    <message>
        <source>Select the complaints to reassign.</source>
        <translation>Select the complaints to reassign.</translation>
    </message>
    <message>
        <source>A selected complaint does not exist any more.</source>
        <translation>A selected complaint does not exist any more.</translation>
    </message>
    <message>
        <source>Only the lead of %1 may reassign complaint %2 in bulk.</source>
        <translation>Only the lead of %1 may reassign complaint %2 in bulk.</translation>
    </message>
    <message>
        <source>Complaint %1 is escalated already.</source>
        <translation>Complaint %1 is escalated already.</translation>
    </message>
    <message>
        <source>A closed complaint cannot be escalated; reopen it first.</source>
        <translation>A closed complaint cannot be escalated; reopen it first.</translation>
    </message>
    <message>
        <source>Complaint %1 has this classification already.</source>
        <translation>Complaint %1 has this classification already.</translation>
    </message>
    <message>
        <source>Write down what was said to the customer.</source>
        <translation>Write down what was said to the customer.</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; reopen it first.</source>
        <translation>Complaint %1 is closed; reopen it first.</translation>
    </message>
    <message>
        <source>Extend by at least one day.</source>
        <translation>Extend by at least one day.</translation>
    </message>
    <message>
        <source>Only the lead of %1 may approve an extension.</source>
        <translation>Only the lead of %1 may approve an extension.</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; allows no extension.</source>
        <translation>The policy &quot;%1&quot; allows no extension.</translation>
    </message>
    <message>
        <source>Complaint %1 has been answered; there is no deadline to extend.</source>
        <translation>Complaint %1 has been answered; there is no deadline to extend.</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 days in all: this complaint can be extended by %n more day(s).</source>
        <translation>
            <numerusform>At most %1 days in all: this complaint can be extended by %n more day.</numerusform>
            <numerusform>At most %1 days in all: this complaint can be extended by %n more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>A call-back is promised for a time still to come.</source>
        <translation>A call-back is promised for a time still to come.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Satisfaction is a score from 1 to 5.</translation>
    </message>
    <message>
        <source>Satisfaction is asked at follow-up, once the customer has been told the solution (complaint %1 is &quot;%2&quot;).</source>
        <translation>Satisfaction is asked at follow-up, once the customer has been told the solution (complaint %1 is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The receipt time must lie between 2000-01-01 and five minutes from now (%1).</source>
        <translation>The receipt time must lie between 2000-01-01 and five minutes from now (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n day(s), complaint %1 would be due on %2, more than a year from now.</source>
        <translation>
            <numerusform>Extended by %n day, complaint %1 would be due on %2, more than a year from now.</numerusform>
            <numerusform>Extended by %n days, complaint %1 would be due on %2, more than a year from now.</numerusform>
        </translation>
    </message>
    <message>
        <source>A call-back is promised at most a year ahead (until %1).</source>
        <translation>A call-back is promised at most a year ahead (until %1).</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>another desk</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</source>
        <translation>Complaint %1 was changed by %2 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 at %3 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</source>
        <translation>Complaint %1 was changed by %2 at %3 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</translation>
    </message>
</context>
<context>
    <name>cd::models::EventTimelineModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cd::models::InstanceChannel</name>
    <message>
        <source>The ComplaintDesk window running on this store did not answer within %1 ms.</source>
        <translation>The ComplaintDesk window running on this store did not answer within %1 ms.</translation>
    </message>
    <message>
        <source>The ComplaintDesk window running on this store refused the request.</source>
        <translation>The ComplaintDesk window running on this store refused the request.</translation>
    </message>
    <message>
        <source>Another ComplaintDesk window is running on this store.</source>
        <translation>Another ComplaintDesk window is running on this store.</translation>
    </message>
</context>
<context>
    <name>cd::models::TaxonomyService</name>
    <message>
        <source>Only an administrator, or the lead of the department that handles it, may change category &quot;%1&quot;.</source>
        <translation>Only an administrator, or the lead of the department that handles it, may change category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The code is 2 to 40 capital letters, digits or _, starting with a letter (it is stored and used by the CLI).</source>
        <translation>The code is 2 to 40 capital letters, digits or _, starting with a letter (it is stored and used by the CLI).</translation>
    </message>
    <message>
        <source>Give the name in Chinese and in English.</source>
        <translation>Give the name in Chinese and in English.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <source>The category does not exist any more.</source>
        <translation>The category does not exist any more.</translation>
    </message>
    <message>
        <source>There is a category %1 already.</source>
        <translation>There is a category %1 already.</translation>
    </message>
    <message>
        <source>Choose the department that handles it by default.</source>
        <translation>Choose the department that handles it by default.</translation>
    </message>
    <message>
        <source>The severity is P1, P2, P3 or P4.</source>
        <translation>The severity is P1, P2, P3 or P4.</translation>
    </message>
    <message>
        <source>Choose the regulatory cause.</source>
        <translation>Choose the regulatory cause.</translation>
    </message>
    <message>
        <source>The sub-category does not exist any more.</source>
        <translation>The sub-category does not exist any more.</translation>
    </message>
    <message>
        <source>Choose the category it belongs to.</source>
        <translation>Choose the category it belongs to.</translation>
    </message>
    <message>
        <source>Category %1 has a sub-category %2 already.</source>
        <translation>Category %1 has a sub-category %2 already.</translation>
    </message>
    <message>
        <source>Category %1 is in use (complaints, routing rules or deadline policies refer to it): disable it instead.</source>
        <translation>Category %1 is in use (complaints, routing rules or deadline policies refer to it): disable it instead.</translation>
    </message>
    <message>
        <source>Sub-category %1 is in use: disable it instead.</source>
        <translation>Sub-category %1 is in use: disable it instead.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupController</name>
    <message>
        <source>Backing up %p%</source>
        <translation>Backing up %p%</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Cancel backup</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>A backup is being made already.</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <source>ComplaintDesk backups (*.sqlite);;All files (*)</source>
        <translation>ComplaintDesk backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>The backup was cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1</source>
        <translation>
            <numerusform>Backed up %n complaint to %1</numerusform>
            <numerusform>Backed up %n complaints to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>Daily backup failed</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>Daily backup saved: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>ComplaintDesk backups (*.sqlite *.bak);;All files (*)</source>
        <translation>ComplaintDesk backups (*.sqlite *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Checking the backup...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the store
%1
with the backup
%2?</source>
        <translation>Replace the store
%1
with the backup
%2?</translation>
    </message>
    <message numerus="yes">
        <source>The backup was %1 and holds %n complaint(s). Everything recorded in the store after it is replaced; the store as it is now is kept as a copy beside it. Every program using the store sees the restored content, and ComplaintDesk restarts.</source>
        <translation>
            <numerusform>The backup was %1 and holds %n complaint. Everything recorded in the store after it is replaced; the store as it is now is kept as a copy beside it. Every program using the store sees the restored content, and ComplaintDesk restarts.</numerusform>
            <numerusform>The backup was %1 and holds %n complaints. Everything recorded in the store after it is replaced; the store as it is now is kept as a copy beside it. Every program using the store sees the restored content, and ComplaintDesk restarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call being logged in this window is discarded.</source>
        <translation>The call being logged in this window is discarded.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restoring the store...</source>
        <translation>Restoring the store...</translation>
    </message>
    <message>
        <source>The store was restored from %1. The store as it was is kept as %2.</source>
        <translation>The store was restored from %1. The store as it was is kept as %2.</translation>
    </message>
    <message>
        <source>ComplaintDesk restarts now.</source>
        <translation>ComplaintDesk restarts now.</translation>
    </message>
    <message>
        <source>The store was restored</source>
        <translation>The store was restored</translation>
    </message>
    <message>
        <source>The store was restored from a backup by another program. What this window shows no longer matches it, so ComplaintDesk restarts now.</source>
        <translation>The store was restored from a backup by another program. What this window shows no longer matches it, so ComplaintDesk restarts now.</translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupSettingsDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Empty: the folder &quot;backups&quot; beside the store (%1).</source>
        <translation>Empty: the folder &quot;backups&quot; beside the store (%1).</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>Folder for the daily backups</translation>
    </message>
    <message>
        <source>ComplaintDesk copies the store once a day: at the first start of the window that day, or while it runs past midnight. The newest copies are kept; older ones are deleted. Copies are readable by this computer account only.</source>
        <translation>ComplaintDesk copies the store once a day: at the first start of the window that day, or while it runs past midnight. The newest copies are kept; older ones are deleted. Copies are readable by this computer account only.</translation>
    </message>
    <message>
        <source>&amp;Copies kept:</source>
        <translation>&amp;Copies kept:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarCoverageNotice</name>
    <message>
        <source>Holiday arrangement missing</source>
        <translation>Holiday arrangement missing</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarsDialog</name>
    <message>
        <source>Around the clock (24 hours)</source>
        <translation>Around the clock (24 hours)</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Business calendars</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendar:</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>Name (&amp;Chinese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>Working &amp;hours:</translation>
    </message>
    <message>
        <source>Ordinary working days:</source>
        <translation>Ordinary working days:</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>&amp;Remove day</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Import CSV...</translation>
    </message>
    <message>
        <source>&amp;New calendar</source>
        <translation>&amp;New calendar</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Listed days: public holidays (off) and make-up working days (workday):</source>
        <translation>Listed days: public holidays (off) and make-up working days (workday):</translation>
    </message>
    <message>
        <source>Day off (holiday)</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <source>Working day (make-up)</source>
        <translation>Working day (make-up)</translation>
    </message>
    <message>
        <source>Save the new calendar before importing into it.</source>
        <translation>Save the new calendar before importing into it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::CallerPanel</name>
    <message>
        <source>Enter the caller&apos;s number to see their history.</source>
        <translation>Enter the caller&apos;s number to see their history.</translation>
    </message>
    <message>
        <source>%1: first call from this number.</source>
        <translation>%1: first call from this number.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n earlier complaint(s)</source>
        <translation>
            <numerusform>%1: %n earlier complaint</numerusform>
            <numerusform>%1: %n earlier complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n open</numerusform>
            <numerusform>, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>; last call %1</source>
        <translation>; last call %1</translation>
    </message>
    <message>
        <source>Histor&amp;y (Enter on an open complaint: log this call as its follow-up):</source>
        <translation>Histor&amp;y (Enter on an open complaint: log this call as its follow-up):</translation>
    </message>
</context>
<context>
    <name>cd::ui::CategorySuggestions</name>
    <message>
        <source>Suggested categories appear as you type the description.</source>
        <translation>Suggested categories appear as you type the description.</translation>
    </message>
    <message>
        <source>No suggestion: nothing in the text points to a category.</source>
        <translation>No suggestion: nothing in the text points to a category.</translation>
    </message>
    <message>
        <source>Unsure, no category is clearly ahead:</source>
        <translation>Unsure, no category is clearly ahead:</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>Suggested:</translation>
    </message>
    <message>
        <source>Alt+%1 %2</source>
        <translation>Alt+%1 %2</translation>
    </message>
    <message>
        <source>Preparing suggestions...</source>
        <translation>Preparing suggestions...</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>&amp;This computer: a store file for this desk</source>
        <translation>&amp;This computer: a store file for this desk</translation>
    </message>
    <message>
        <source>The call centre&apos;s &amp;server (PostgreSQL)</source>
        <translation>The call centre&apos;s &amp;server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Connect to a store</source>
        <translation>Connect to a store</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Verify the server&apos;s certificate and name (verify-full)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation>Verify the server&apos;s certificate (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, without verifying the server (require)</source>
        <translation>Encrypt, without verifying the server (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Encrypt when the server can (prefer)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Never encrypt (disable)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>ComplaintDesk stores (*.sqlite)</source>
        <translation>ComplaintDesk stores (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>The password is asked for when connecting (or taken from ~/.pgpass); it is never stored.</source>
        <translation>The password is asked for when connecting (or taken from ~/.pgpass); it is never stored.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Give the store file&apos;s path.</source>
        <translation>Give the store file&apos;s path.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionNotice</name>
    <message numerus="yes">
        <source>%n call(s) waiting to be saved</source>
        <translation>
            <numerusform>%n call waiting to be saved</numerusform>
            <numerusform>%n calls waiting to be saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Server unreachable; reconnecting...</source>
        <translation>Server unreachable; reconnecting...</translation>
    </message>
    <message>
        <source>The server %1 does not answer. What is typed stays in the form, and calls saved meanwhile are saved once it answers.</source>
        <translation>The server %1 does not answer. What is typed stays in the form, and calls saved meanwhile are saved once it answers.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardCharts</name>
    <message>
        <source>Open now, by status and department</source>
        <translation>Open now, by status and department</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Deadlines met, by department (%)</source>
        <translation>Deadlines met, by department (%)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>received by %1 in the period</source>
        <translation>received by %1 in the period</translation>
    </message>
    <message>
        <source>Overdue now, by days past due</source>
        <translation>Overdue now, by days past due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>Under 1 day</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 days</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 days</translation>
    </message>
    <message>
        <source>7-30 days</source>
        <translation>7-30 days</translation>
    </message>
    <message>
        <source>30 days +</source>
        <translation>30 days +</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>Complaints received per day, by category</source>
        <translation>Complaints received per day, by category</translation>
    </message>
    <message>
        <source>%1 received on %2</source>
        <translation>%1 received on %2</translation>
    </message>
    <message>
        <source>Top sub-categories</source>
        <translation>Top sub-categories</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Customer satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation>Customer satisfaction (1 = very unhappy, 5 = very happy)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>customers who answered %1</source>
        <translation>customers who answered %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPane</name>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Export report...</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed this week</source>
        <translation>Closed this week</translation>
    </message>
    <message>
        <source>First response on time</source>
        <translation>First response on time</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Resolved on time</translation>
    </message>
    <message>
        <source>open complaints of %1</source>
        <translation>open complaints of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt; (double-click a person for their queue)</source>
        <translation>&lt;b&gt;Workload&lt;/b&gt; (double-click a person for their queue)</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Reading...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; complaints received · first-contact resolution &lt;b&gt;%2&lt;/b&gt; · average call &lt;b&gt;%3&lt;/b&gt; · repeat callers (7 days) &lt;b&gt;%4&lt;/b&gt; · satisfaction &lt;b&gt;%5&lt;/b&gt; (%6 rated) · first response on time &lt;b&gt;%7&lt;/b&gt; · resolved on time &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; complaints received · first-contact resolution &lt;b&gt;%2&lt;/b&gt; · average call &lt;b&gt;%3&lt;/b&gt; · repeat callers (7 days) &lt;b&gt;%4&lt;/b&gt; · satisfaction &lt;b&gt;%5&lt;/b&gt; (%6 rated) · first response on time &lt;b&gt;%7&lt;/b&gt; · resolved on time &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Print report...</source>
        <translation>&amp;Print report...</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Suggested category</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Kept by the agent</source>
        <translation>Kept by the agent</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>&lt;b&gt;Category suggestions&lt;/b&gt;: %1 of %2 kept (%3) by the agents or leads</source>
        <translation>&lt;b&gt;Category suggestions&lt;/b&gt;: %1 of %2 kept (%3) by the agents or leads</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlinePanel</name>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>&amp;Why these times?</source>
        <translation>&amp;Why these times?</translation>
    </message>
    <message>
        <source>Contacted the c&amp;ustomer...</source>
        <translation>Contacted the c&amp;ustomer...</translation>
    </message>
    <message>
        <source>Promise a call-&amp;back...</source>
        <translation>Promise a call-&amp;back...</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline...</source>
        <translation>E&amp;xtend deadline...</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>First response due:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Resolution due:</translation>
    </message>
    <message>
        <source>Call-back:</source>
        <translation>Call-back:</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>policy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Solved on the call</source>
        <translation>Solved on the call</translation>
    </message>
    <message>
        <source>%1 - met late, at %2</source>
        <translation>%1 - met late, at %2</translation>
    </message>
    <message>
        <source>%1 - met at %2</source>
        <translation>%1 - met at %2</translation>
    </message>
    <message>
        <source>paused, %1 of the target left</source>
        <translation>paused, %1 of the target left</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>none promised</source>
        <translation>none promised</translation>
    </message>
    <message>
        <source>Contact with the customer about %1</source>
        <translation>Contact with the customer about %1</translation>
    </message>
    <message>
        <source>What was said (the first contact stops the first-response clock):</source>
        <translation>What was said (the first contact stops the first-response clock):</translation>
    </message>
    <message>
        <source>Call-back for %1</source>
        <translation>Call-back for %1</translation>
    </message>
    <message>
        <source>&amp;Clear the promise</source>
        <translation>&amp;Clear the promise</translation>
    </message>
    <message>
        <source>Call back &amp;at:</source>
        <translation>Call back &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>Extend %1</translation>
    </message>
    <message>
        <source>Extend the resolution deadline by (days):</source>
        <translation>Extend the resolution deadline by (days):</translation>
    </message>
    <message>
        <source>Why is more time needed? (required)</source>
        <translation>Why is more time needed? (required)</translation>
    </message>
    <message>
        <source>%1 - provisional</source>
        <translation>%1 - provisional</translation>
    </message>
</context>
<context>
    <name>cd::ui::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation>Re&amp;name selected</translation>
    </message>
    <message>
        <source>Disable / &amp;enable selected</source>
        <translation>Disable / &amp;enable selected</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailPane</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Customer demand:</source>
        <translation>Customer demand:</translation>
    </message>
    <message>
        <source>Amount involved:</source>
        <translation>Amount involved:</translation>
    </message>
    <message>
        <source>Transaction ref.:</source>
        <translation>Transaction ref.:</translation>
    </message>
    <message>
        <source>Logged by:</source>
        <translation>Logged by:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>Note: what was done or why (required)</source>
        <translation>Note: what was done or why (required)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Select a complaint in the queue.</source>
        <translation>Select a complaint in the queue.</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>(department queue)</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 in total</source>
        <translation>
            <numerusform>%n call, %1 in total</numerusform>
            <numerusform>%n calls, %1 in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>Shows the full phone number; this is recorded in the audit trail.</source>
        <translation>Shows the full phone number; this is recorded in the audit trail.</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) in the note were masked.</source>
        <translation>
            <numerusform>%n card or ID number in the note were masked.</numerusform>
            <numerusform>%n card or ID numbers in the note were masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Routed by:</source>
        <translation>Routed by:</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>Held by:</translation>
    </message>
    <message>
        <source>Escalated:</source>
        <translation>Escalated:</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>&amp;Escalate to lead...</source>
        <translation>&amp;Escalate to lead...</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>Escalate %1</translation>
    </message>
    <message>
        <source>Why does the lead need to take this?</source>
        <translation>Why does the lead need to take this?</translation>
    </message>
    <message>
        <source>the category&apos;s default department</source>
        <translation>the category&apos;s default department</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation>rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Re&amp;classify...</source>
        <translation>Re&amp;classify...</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Regulatory cause:</source>
        <translation>Regulatory cause:</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction, asked at follow-up</source>
        <translation>Record the customer&apos;s satisfaction, asked at follow-up</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>Merged into:</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>a complaint you may not see</source>
        <translation>a complaint you may not see</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>&amp;Record...</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Mo&amp;ve</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer...</source>
        <translation>Tra&amp;nsfer...</translation>
    </message>
    <message>
        <source>Move t&amp;o:</source>
        <translation>Move t&amp;o:</translation>
    </message>
    <message>
        <source>transferred by %1 on %2</source>
        <translation>transferred by %1 on %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportDialog</name>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Sub-category</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>Import complaints</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Columns as named</source>
        <translation>Columns as named</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>&amp;Save mapping...</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapping:</translation>
    </message>
    <message>
        <source>Columns to fields</source>
        <translation>Columns to fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Values to ours</source>
        <translation>Values to ours</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Preview: the first rows as they would be saved</source>
        <translation>Preview: the first rows as they would be saved</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Save the correct &amp;rows, report the others</source>
        <translation>Save the correct &amp;rows, report the others</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>&amp;All or nothing</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Comma- or tab-separated files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Comma- or tab-separated files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), encoding %1 (%2), separated by %3.</source>
        <translation>
            <numerusform>%n row, encoding %1 (%2), separated by %3.</numerusform>
            <numerusform>%n rows, encoding %1 (%2), separated by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(as named, else classified)</source>
        <translation>(as named, else classified)</translation>
    </message>
    <message>
        <source>(as named)</source>
        <translation>(as named)</translation>
    </message>
    <message>
        <source> (classified)</source>
        <translation> (classified)</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(now)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>Name of the mapping:</translation>
    </message>
    <message>
        <source>A mapping&apos;s name cannot contain &quot;/&quot; or start with &quot;.&quot;.</source>
        <translation>A mapping&apos;s name cannot contain &quot;/&quot; or start with &quot;.&quot;.</translation>
    </message>
    <message>
        <source>Importing complaints...</source>
        <translation>Importing complaints...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already present), failed %3</source>
        <translation>Imported %1, skipped %2 (already present), failed %3</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Cancelled: the rows before were saved.</source>
        <translation>Cancelled: the rows before were saved.</translation>
    </message>
    <message>
        <source>All or nothing: a row failed, so nothing was saved.</source>
        <translation>All or nothing: a row failed, so nothing was saved.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>
... and %n more.</source>
        <translation>
            <numerusform>
... and %n more.</numerusform>
            <numerusform>
... and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>The workstation is locked</source>
        <translation>The workstation is locked</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by you.</source>
        <translation>Locked by you.</translation>
    </message>
</context>
<context>
    <name>cd::ui::LogCallPane</name>
    <message>
        <source>e.g. 138 1234 5678 or 010-6234 5678</source>
        <translation>e.g. 138 1234 5678 or 010-6234 5678</translation>
    </message>
    <message>
        <source>How the caller wants to be addressed (optional)</source>
        <translation>How the caller wants to be addressed (optional)</translation>
    </message>
    <message>
        <source>Start timing a new call (Ctrl+N)</source>
        <translation>Start timing a new call (Ctrl+N)</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1280.50</source>
        <translation>Yuan, e.g. 1280.50</translation>
    </message>
    <message>
        <source>Order or transaction number (optional)</source>
        <translation>Order or transaction number (optional)</translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>What happened, in the caller&apos;s words</translation>
    </message>
    <message>
        <source>S&amp;olved on this call</source>
        <translation>S&amp;olved on this call</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Log as:</source>
        <translation>&amp;Log as:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>S&amp;ub-category:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>&amp;Transaction ref.:</source>
        <translation>&amp;Transaction ref.:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>Caller history</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a category...</source>
        <translation>Choose a category...</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Follow-up to %1 (%2, %3)</source>
        <translation>Follow-up to %1 (%2, %3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>What the caller adds on this follow-up call</source>
        <translation>What the caller adds on this follow-up call</translation>
    </message>
    <message>
        <source>Follow-up saved to %1 (call %2)</source>
        <translation>Follow-up saved to %1 (call %2)</translation>
    </message>
    <message>
        <source>Saved as %1 (call %2)</source>
        <translation>Saved as %1 (call %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) were masked before saving (first 6 and last 4 digits kept).</source>
        <translation>
            <numerusform>%n card or ID number were masked before saving (first 6 and last 4 digits kept).</numerusform>
            <numerusform>%n card or ID numbers were masked before saving (first 6 and last 4 digits kept).</numerusform>
        </translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>handled by %1</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>&amp;Business:</translation>
    </message>
    <message>
        <source>Custome&amp;r demand:</source>
        <translation>Custome&amp;r demand:</translation>
    </message>
    <message>
        <source>Amount &amp;involved:</source>
        <translation>Amount &amp;involved:</translation>
    </message>
    <message>
        <source>Not yet kept as a draft (the store is busy or read-only); trying again. What you typed is still here.</source>
        <translation>Not yet kept as a draft (the store is busy or read-only); trying again. What you typed is still here.</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Discard it and start a new call?</source>
        <translation>The call being logged has not been saved. Discard it and start a new call?</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Unsaved call</translation>
    </message>
    <message>
        <source>ComplaintDesk stopped while you were logging a call, before it was saved. Restore it into the form?</source>
        <translation>ComplaintDesk stopped while you were logging a call, before it was saved. Restore it into the form?</translation>
    </message>
    <message>
        <source>Last typed: %1 (%2 ago)</source>
        <translation>Last typed: %1 (%2 ago)</translation>
    </message>
    <message>
        <source>Last typed: %1</source>
        <translation>Last typed: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <source>Caller: %1 (%2)</source>
        <translation>Caller: %1 (%2)</translation>
    </message>
    <message>
        <source>Description: (none typed)</source>
        <translation>Description: (none typed)</translation>
    </message>
    <message>
        <source>Description: &quot;%1&quot;</source>
        <translation>Description: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Incoming calls &amp;waiting:</source>
        <translation>Incoming calls &amp;waiting:</translation>
    </message>
    <message>
        <source>Ta&amp;ke call</source>
        <translation>Ta&amp;ke call</translation>
    </message>
    <message>
        <source>Start logging the chosen waiting call (Enter in the list)</source>
        <translation>Start logging the chosen waiting call (Enter in the list)</translation>
    </message>
    <message>
        <source>Take the waiting call</source>
        <translation>Take the waiting call</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Put it aside (it is discarded) and take the call from %1? To keep it, cancel and save it first (Ctrl+Enter).</source>
        <translation>The call being logged has not been saved. Put it aside (it is discarded) and take the call from %1? To keep it, cancel and save it first (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>%1 - rang %2</source>
        <translation>%1 - rang %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>New call (Ctrl+N)</source>
        <translation>New call (Ctrl+N)</translation>
    </message>
    <message>
        <source>Discard call (Ctrl+Shift+Del)</source>
        <translation>Discard call (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>Clear the form and remove its draft, without saving</source>
        <translation>Clear the form and remove its draft, without saving</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>Chann&amp;el:</translation>
    </message>
    <message>
        <source>Discard call</source>
        <translation>Discard call</translation>
    </message>
    <message>
        <source>Discard the call being logged? What was typed is lost and its draft removed.</source>
        <translation>Discard the call being logged? What was typed is lost and its draft removed.</translation>
    </message>
    <message>
        <source>No suggestions: a follow-up keeps the category of the complaint it follows.</source>
        <translation>No suggestions: a follow-up keeps the category of the complaint it follows.</translation>
    </message>
    <message>
        <source>The call from %1 typed earlier could not be saved: %2</source>
        <translation>The call from %1 typed earlier could not be saved: %2</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Nothing typed is lost. The call is saved as soon as the server answers again (tried at %2); you may go on with the next call.</source>
        <translation>Not saved yet: %1 Nothing typed is lost. The call is saved as soon as the server answers again (tried at %2); you may go on with the next call.</translation>
    </message>
    <message>
        <source>The server had saved it before the connection was lost; it was not saved twice.</source>
        <translation>The server had saved it before the connection was lost; it was not saved twice.</translation>
    </message>
    <message>
        <source>It was saved as it was when Save was pressed; the changes made since are still in the form.</source>
        <translation>It was saved as it was when Save was pressed; the changes made since are still in the form.</translation>
    </message>
    <message>
        <source>(the call from %1 typed earlier)</source>
        <translation>(the call from %1 typed earlier)</translation>
    </message>
    <message>
        <source>Not yet kept as a draft: the server cannot be reached; trying again. What you typed is still here.</source>
        <translation>Not yet kept as a draft: the server cannot be reached; trying again. What you typed is still here.</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ComplaintDesk</source>
        <translation>ComplaintDesk</translation>
    </message>
    <message>
        <source>Log call (F2)</source>
        <translation>Log call (F2)</translation>
    </message>
    <message>
        <source>Complaints (F3)</source>
        <translation>Complaints (F3)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>&amp;Export to CSV...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Log call</translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation>&amp;Complaints</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ComplaintDesk</source>
        <translation>&amp;About ComplaintDesk</translation>
    </message>
    <message>
        <source>About ComplaintDesk</source>
        <translation>About ComplaintDesk</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Export complaints</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting complaints...</source>
        <translation>Exporting complaints...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting complaints... %1 written</source>
        <translation>Exporting complaints... %1 written</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n complaint(s) to %1</source>
        <translation>
            <numerusform>Exported %n complaint to %1</numerusform>
            <numerusform>Exported %n complaints to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Unsaved call</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Quit and discard it?</source>
        <translation>The call being logged has not been saved. Quit and discard it?</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation>&amp;Change password...</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Lock workstation</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>Include full phone numbers? Phone numbers are masked in exports unless you ask otherwise; an unmasked export is recorded.</source>
        <translation>Include full phone numbers? Phone numbers are masked in exports unless you ask otherwise; an unmasked export is recorded.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>New complaints are given only to available agents.</source>
        <translation>New complaints are given only to available agents.</translation>
    </message>
    <message>
        <source>&amp;Routing rules...</source>
        <translation>&amp;Routing rules...</translation>
    </message>
    <message>
        <source>&amp;Departments...</source>
        <translation>&amp;Departments...</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Reminders</translation>
    </message>
    <message>
        <source>Business &amp;calendars...</source>
        <translation>Business &amp;calendars...</translation>
    </message>
    <message>
        <source>Dead&amp;line policies...</source>
        <translation>Dead&amp;line policies...</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Reminders (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n new reminder</numerusform>
            <numerusform>%n new reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (F9)</source>
        <translation>
            <numerusform>... and %n more (F9)</numerusform>
            <numerusform>... and %n more (F9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;tegories...</source>
        <translation>Ca&amp;tegories...</translation>
    </message>
    <message>
        <source>Dashboard (F4)</source>
        <translation>Dashboard (F4)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Back up...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restore from a backup...</translation>
    </message>
    <message>
        <source>Daily &amp;backup...</source>
        <translation>Daily &amp;backup...</translation>
    </message>
    <message>
        <source>ComplaintDesk (locked)</source>
        <translation>ComplaintDesk (locked)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>&lt;b&gt;ComplaintDesk&lt;/b&gt; %1&lt;br&gt;Complaint hotline workstation.&lt;br&gt;&lt;br&gt;Store: %2&lt;br&gt;Schema version: %3&lt;br&gt;&lt;br&gt;Built with Qt %4 (LGPL-3.0), SQLite (public domain), libsodium (ISC), libphonenumber (Apache-2.0), Snowball libstemmer (BSD-3-Clause), libpwquality (BSD-3-Clause or GPL-2.0+) and libxcb (MIT).</source>
        <translation>&lt;b&gt;ComplaintDesk&lt;/b&gt; %1&lt;br&gt;Complaint hotline workstation.&lt;br&gt;&lt;br&gt;Store: %2&lt;br&gt;Schema version: %3&lt;br&gt;&lt;br&gt;Built with Qt %4 (LGPL-3.0), SQLite (public domain), libsodium (ISC), libphonenumber (Apache-2.0), Snowball libstemmer (BSD-3-Clause), libpwquality (BSD-3-Clause or GPL-2.0+) and libxcb (MIT).</translation>
    </message>
    <message>
        <source>Changes by other desks are not shown as they happen: %1</source>
        <translation>Changes by other desks are not shown as they happen: %1</translation>
    </message>
    <message>
        <source>&amp;Connect to a store...</source>
        <translation>&amp;Connect to a store...</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Assigned to you: %1</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1: %2 by %3</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to you</source>
        <translation>
            <numerusform>%n complaint assigned to you</numerusform>
            <numerusform>%n complaints assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls not saved</source>
        <translation>Calls not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be saved yet: the server cannot be reached. They are saved as soon as it answers while the program runs. Quit anyway and lose them?</source>
        <translation>
            <numerusform>%n call could not be saved yet: the server cannot be reached. They are saved as soon as it answers while the program runs. Quit anyway and lose them?</numerusform>
            <numerusform>%n calls could not be saved yet: the server cannot be reached. They are saved as soon as it answers while the program runs. Quit anyway and lose them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
</context>
<context>
    <name>cd::ui::QueuePane</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>The queue could not be read: %1</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>All I may see</translation>
    </message>
    <message>
        <source>My complaints</source>
        <translation>My complaints</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>My department</translation>
    </message>
    <message>
        <source>Unassigned in my department</source>
        <translation>Unassigned in my department</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n complaint(s)</source>
        <translation>
            <numerusform>Reassign %n complaint</numerusform>
            <numerusform>Reassign %n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Classification review</source>
        <translation>Classification review</translation>
    </message>
    <message>
        <source>Search: reference, phone, name, words</source>
        <translation>Search: reference, phone, name, words</translation>
    </message>
    <message>
        <source>Search results are listed newest first.</source>
        <translation>Search results are listed newest first.</translation>
    </message>
    <message>
        <source>More than %L1 complaints</source>
        <translation>More than %L1 complaints</translation>
    </message>
    <message>
        <source>Selected...</source>
        <translation>Selected...</translation>
    </message>
    <message>
        <source>Bulk actions on the selected complaints</source>
        <translation>Bulk actions on the selected complaints</translation>
    </message>
    <message>
        <source>&amp;Reassign...</source>
        <translation>&amp;Reassign...</translation>
    </message>
    <message>
        <source>Change &amp;severity...</source>
        <translation>Change &amp;severity...</translation>
    </message>
    <message>
        <source>Add a &amp;note...</source>
        <translation>Add a &amp;note...</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates into the current complaint...</source>
        <translation>&amp;Merge duplicates into the current complaint...</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>From the dashboard: %1</source>
        <translation>From the dashboard: %1</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Change severity</translation>
    </message>
    <message numerus="yes">
        <source>New severity of %n complaint(s):</source>
        <translation>
            <numerusform>New severity of %n complaint:</numerusform>
            <numerusform>New severity of %n complaints:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message numerus="yes">
        <source>Note for %n complaint(s):</source>
        <translation>
            <numerusform>Note for %n complaint:</numerusform>
            <numerusform>Note for %n complaints:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Select the duplicates and, last, the complaint to keep (it is the current row).</source>
        <translation>Select the duplicates and, last, the complaint to keep (it is the current row).</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n complaint(s) into %1, which keeps their calls and events. Reason:</source>
        <translation>
            <numerusform>Merge %n complaint into %1, which keeps their calls and events. Reason:</numerusform>
            <numerusform>Merge %n complaints into %1, which keeps their calls and events. Reason:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save what the queue shows as a view, listed in the queue selector</source>
        <translation>Save what the queue shows as a view, listed in the queue selector</translation>
    </message>
    <message>
        <source>&amp;Save as a new view...</source>
        <translation>&amp;Save as a new view...</translation>
    </message>
    <message>
        <source>&amp;Change this view...</source>
        <translation>&amp;Change this view...</translation>
    </message>
    <message>
        <source>&amp;Delete this view</source>
        <translation>&amp;Delete this view</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be opened: %2</source>
        <translation>The view &quot;%1&quot; cannot be opened: %2</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>Delete the view &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>View&amp;s</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1+ complaints</source>
        <translation>%L1+ complaints</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>Sever&amp;ity:</translation>
    </message>
    <message>
        <source>Search results: newest first (sorting by a column applies again when the search is cleared)</source>
        <translation>Search results: newest first (sorting by a column applies again when the search is cleared)</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot; here.</source>
        <translation>Nothing matches &quot;%1&quot; here.</translation>
    </message>
    <message>
        <source>No complaints in this queue match the chosen status, category or severity.</source>
        <translation>No complaints in this queue match the chosen status, category or severity.</translation>
    </message>
    <message>
        <source>No complaints in this queue.</source>
        <translation>No complaints in this queue.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n complaint(s) to %1.</source>
        <translation>
            <numerusform>Reassigned %n complaint to %1.</numerusform>
            <numerusform>Reassigned %n complaints to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ReclassifyDialog</name>
    <message>
        <source>Reclassify %1</source>
        <translation>Reclassify %1</translation>
    </message>
    <message>
        <source>Why the first classification was wrong (required)</source>
        <translation>Why the first classification was wrong (required)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>S&amp;ub-category:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>cd::ui::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Mark all &amp;read</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>No reminders.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportOutput</name>
    <message>
        <source>Reading the complaints of the period...</source>
        <translation>Reading the complaints of the period...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <source>complaint-statistics-%1-%2</source>
        <translation>complaint-statistics-%1-%2</translation>
    </message>
    <message>
        <source>Export statistics report</source>
        <translation>Export statistics report</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;CSV for Excel (*.csv)</source>
        <translation>PDF with charts (*.pdf);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be printed on %1.</source>
        <translation>The report could not be printed on %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::RoutingRulesDialog</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>Forwarded by a regulator</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <source>comma-separated, any one matches</source>
        <translation>comma-separated, any one matches</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation>(keep)</translation>
    </message>
    <message>
        <source>(the category&apos;s default)</source>
        <translation>(the category&apos;s default)</translation>
    </message>
    <message>
        <source>Stay in the department queue</source>
        <translation>Stay in the department queue</translation>
    </message>
    <message>
        <source>Round robin among available members</source>
        <translation>Round robin among available members</translation>
    </message>
    <message>
        <source>Member with the fewest open complaints</source>
        <translation>Member with the fewest open complaints</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;New rule</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The first rule that matches decides:</source>
        <translation>The first rule that matches decides:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Sub-category:</source>
        <translation>Sub-category:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Amount at least:</source>
        <translation>Amount at least:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Keywords:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>Raise severity to:</source>
        <translation>Raise severity to:</translation>
    </message>
    <message>
        <source>Assign:</source>
        <translation>Assign:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Test a sample complaint</source>
        <translation>Test a sample complaint</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>category default</source>
        <translation>category default</translation>
    </message>
    <message>
        <source>%1. %2 -&gt; %3</source>
        <translation>%1. %2 -&gt; %3</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Goes to %1, severity %2. %3</source>
        <translation>Goes to %1, severity %2. %3</translation>
    </message>
</context>
<context>
    <name>cd::ui::SatisfactionDialog</name>
    <message>
        <source>5 - very happy</source>
        <translation>5 - very happy</translation>
    </message>
    <message>
        <source>4 - happy</source>
        <translation>4 - happy</translation>
    </message>
    <message>
        <source>3 - neither happy nor unhappy</source>
        <translation>3 - neither happy nor unhappy</translation>
    </message>
    <message>
        <source>2 - unhappy</source>
        <translation>2 - unhappy</translation>
    </message>
    <message>
        <source>1 - very unhappy</source>
        <translation>1 - very unhappy</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>Customer satisfaction: %1</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>What the customer said (optional)</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>cd::ui::SaveViewDialog</name>
    <message>
        <source>S&amp;hare with my department</source>
        <translation>S&amp;hare with my department</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Change view</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Any department</translation>
    </message>
    <message>
        <source>Anybody</source>
        <translation>Anybody</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Any deadline state</source>
        <translation>Any deadline state</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>S&amp;ub-category:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>Ass&amp;ignee:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Words:</translation>
    </message>
    <message>
        <source>Any sub-category</source>
        <translation>Any sub-category</translation>
    </message>
    <message>
        <source>&amp;Open complaints</source>
        <translation>&amp;Open complaints</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation>&amp;Escalated</translation>
    </message>
    <message>
        <source>Classification &amp;review</source>
        <translation>Classification &amp;review</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Only:</translation>
    </message>
</context>
<context>
    <name>cd::ui::SignInDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>Sign in to ComplaintDesk</source>
        <translation>Sign in to ComplaintDesk</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>This store has no administrator yet. Create the account that will manage users, the taxonomy and calendars. Choose a password of at least %1 characters that is not a dictionary word or a simple pattern; there is no default password.</source>
        <translation>This store has no administrator yet. Create the account that will manage users, the taxonomy and calendars. Choose a password of at least %1 characters that is not a dictionary word or a simple pattern; there is no default password.</translation>
    </message>
</context>
<context>
    <name>cd::ui::SlaPoliciesDialog</name>
    <message>
        <source>business hours</source>
        <translation>business hours</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>hours (around the clock)</source>
        <translation>hours (around the clock)</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Only complaints forwarded by a regulator</source>
        <translation>Only complaints forwarded by a regulator</translation>
    </message>
    <message>
        <source>A lead may extend the resolution target up to</source>
        <translation>A lead may extend the resolution target up to</translation>
    </message>
    <message>
        <source>Deadline policies</source>
        <translation>Deadline policies</translation>
    </message>
    <message>
        <source> days in all</source>
        <translation> days in all</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;First response within:</source>
        <translation>&amp;First response within:</translation>
    </message>
    <message>
        <source>&amp;Resolution within:</source>
        <translation>&amp;Resolution within:</translation>
    </message>
    <message>
        <source>Counted on ca&amp;lendar:</source>
        <translation>Counted on ca&amp;lendar:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>The first active policy whose conditions hold applies:</source>
        <translation>The first active policy whose conditions hold applies:</translation>
    </message>
    <message>
        <source>%1. %2 - %3 / %4</source>
        <translation>%1. %2 - %3 / %4</translation>
    </message>
</context>
<context>
    <name>cd::ui::StoreCheckMonitor</name>
    <message>
        <source>The store could not be checked: %1</source>
        <translation>The store could not be checked: %1</translation>
    </message>
    <message>
        <source>The store is damaged: restore a backup</source>
        <translation>The store is damaged: restore a backup</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>The store is damaged</translation>
    </message>
    <message>
        <source>Complaints saved from now on may be lost with the damaged file. Ask an administrator to restore the last backup.</source>
        <translation>Complaints saved from now on may be lost with the damaged file. Ask an administrator to restore the last backup.</translation>
    </message>
</context>
<context>
    <name>cd::ui::TaxonomyDialog</name>
    <message>
        <source>Active (offered when logging calls)</source>
        <translation>Active (offered when logging calls)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Regulatory cause</source>
        <translation>Regulatory cause</translation>
    </message>
    <message>
        <source>e.g. MERCHANT_ONBOARDING</source>
        <translation>e.g. MERCHANT_ONBOARDING</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>Name (&amp;Chinese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>Handled &amp;by:</source>
        <translation>Handled &amp;by:</translation>
    </message>
    <message>
        <source>Default se&amp;verity:</source>
        <translation>Default se&amp;verity:</translation>
    </message>
    <message>
        <source>Regulatory ca&amp;use:</source>
        <translation>Regulatory ca&amp;use:</translation>
    </message>
    <message>
        <source>New &amp;category</source>
        <translation>New &amp;category</translation>
    </message>
    <message>
        <source>New &amp;sub-category</source>
        <translation>New &amp;sub-category</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Sub-category of %1</source>
        <translation>Sub-category of %1</translation>
    </message>
    <message>
        <source>New sub-category of %1</source>
        <translation>New sub-category of %1</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
</context>
<context>
    <name>cd::ui::TransferDialog</name>
    <message>
        <source>Why (required)</source>
        <translation>Why (required)</translation>
    </message>
    <message>
        <source>(the department&apos;s queue)</source>
        <translation>(the department&apos;s queue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To &amp;department:</source>
        <translation>To &amp;department:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>To a &amp;person in it:</source>
        <translation>To a &amp;person in it:</translation>
    </message>
</context>
<context>
    <name>cd::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Reset password...</translation>
    </message>
    <message>
        <source>Disable / &amp;enable</source>
        <translation>Disable / &amp;enable</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Lock workstations after</source>
        <translation>Lock workstations after</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>without input</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>cannot sign in</source>
        <translation>cannot sign in</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Set &amp;role and department</source>
        <translation>Set &amp;role and department</translation>
    </message>
    <message>
        <source>Gives the selected user the role and department chosen below.</source>
        <translation>Gives the selected user the role and department chosen below.</translation>
    </message>
</context>
</TS>
