<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the kind must be &quot;off&quot; or &quot;workday&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is listed both as a day off and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: complaintdesk-cli COMMAND [options] [--database PATH] [--lang zh_CN|en]

Commands:
  init                       create or upgrade the store
  demo --count N [--seed S]  add N realistic demonstration complaints
  log --phone P --text T [--channel C] [--category CODE] [--subcategory CODE]
      [--severity P1|P2|P3|P4] [--demand D] [--amount YUAN] [--transaction-ref R]
      [--name NAME] [--received ISO8601] [--solved-on-call] [--follow-up REF]
                             log a call; prints the complaint&apos;s reference
  show REF [--json]          one complaint with its calls and events
  list [--status S] [--category C] [--department D] [--severity P]
       [--limit N] [--json]  complaints, newest first
  status REF --to STATUS --note NOTE
                             move a complaint along the workflow
  export FILE.csv            all complaints as CSV (UTF-8 with BOM)

Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s) besides the options.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;complaintdesk-cli help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is ready: %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 complaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 demonstration complaints in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log needs --phone and --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity is P1, P2, P3 or P4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received takes an ISO 8601 time such as 2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 has no sub-category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint has an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintQueries</name>
    <message>
        <source>The complaint does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No reference number could be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database). It was left unchanged; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created. Choose a writable location with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is read-only, so the store cannot be opened for work there. Choose a writable location with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is read-only. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be configured (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable ComplaintDesk store: %2. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a ComplaintDesk store. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The count must be between 1 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration phrasebook is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online / app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded by regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party complaint platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The default taxonomy is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store (schema version %1) could not be backed up before its upgrade, so it was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be upgraded to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the store could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yuan with at most two decimals, for example 1280.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Enter a mobile number (11 digits) or a landline with its area code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ComplaintDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The holiday calendar is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::models::CallerHistoryModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintQueueModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintService</name>
    <message>
        <source>Describe the complaint in the caller&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are kept. Shorten it (your text is still there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction reference has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sub-category does not belong to the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up must be attached to a complaint of this caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is closed; log a new complaint or reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved on the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note saying why the status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is now &quot;%2&quot;: someone changed it meanwhile. Look at it again before changing its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::models::EventTimelineModel</name>
    <message>
        <source>Complaint logged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::CallerPanel</name>
    <message>
        <source>Enter the caller&apos;s number to see their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first call from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n earlier complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; last call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailPane</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ref.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: what was done or why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a complaint in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::LogCallPane</name>
    <message>
        <source>e.g. 138 1234 5678 or 010-6234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the caller wants to be addressed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timing a new call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan, e.g. 1280.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or transaction number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;olved on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custo&amp;mer demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transaction ref.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up to %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller adds on this follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up saved to %1 (call %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 (call %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ComplaintDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ComplaintDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ComplaintDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ComplaintDesk&lt;/b&gt; %1&lt;br&gt;Complaint hotline workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting complaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting complaints... %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n complaint(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Quit and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::QueuePane</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
