<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开锚点文件“%1”：%2</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; could not be written: %2</source>
        <translation>无法写入锚点文件“%1”：%2</translation>
    </message>
    <message>
        <source>The anchor file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取锚点文件“%1”：%2</translation>
    </message>
    <message>
        <source>Line %1 of the anchor file &quot;%2&quot; is not an anchor.</source>
        <translation>锚点文件“%2”的第 %1 行不是锚点。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head (event %1) could not be recorded outside the store: %2</source>
        <translation>审计记录的末端（事件 %1）未能记录到数据库之外：%2</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取审计密钥文件“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk audit key file.</source>
        <translation>“%1”不是投诉工作台的审计密钥文件。</translation>
    </message>
    <message>
        <source>There is a file at &quot;%1&quot; already; an audit key is never written over another file.</source>
        <translation>“%1”处已有文件；审计密钥不会覆盖其他文件。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; for the audit key cannot be created.</source>
        <translation>无法创建存放审计密钥的文件夹“%1”。</translation>
    </message>
    <message>
        <source>The audit key could not be written to &quot;%1&quot;: %2</source>
        <translation>无法将审计密钥写入“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be renamed to &quot;%2&quot;.</source>
        <translation>无法将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>The audit key of this store is not on this computer: it is expected at &quot;%1&quot; (fingerprint %2). Nothing can be recorded without it. Put the key file the administrator exported there (complaintdesk-cli audit-key import FILE), or work on the computer that holds it.</source>
        <translation>本机没有该数据库的审计密钥：应位于“%1”（指纹 %2）。没有密钥就无法记录任何操作。请把管理员导出的密钥文件放到该处（complaintdesk-cli audit-key import 文件），或在存有密钥的电脑上工作。</translation>
    </message>
    <message>
        <source>The audit key &quot;%1&quot; does not belong to this store: its fingerprint is %2, the store&apos;s is %3. The store or the key file was replaced.</source>
        <translation>审计密钥“%1”不属于该数据库：其指纹为 %2，数据库记录的指纹为 %3。数据库或密钥文件已被替换。</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>first-response due time</source>
        <translation>首次响应到期时间</translation>
    </message>
    <message>
        <source>resolution due time</source>
        <translation>办结到期时间</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The audit trail could not be read to its end, so it was not verified: %1</source>
        <translation>审计记录无法完整读取，未能校验：%1</translation>
    </message>
    <message>
        <source>This store&apos;s audit trail is not sealed with a key.</source>
        <translation>该数据库的审计记录尚未用密钥签封。</translation>
    </message>
    <message>
        <source>This computer has no audit key for the store: it would be at &quot;%1&quot; (store %2, fingerprint %3). Verify with the key exported by its administrator: verify-audit --key-file FILE.</source>
        <translation>本机没有该数据库的审计密钥：应位于“%1”（数据库 %2，指纹 %3）。请用管理员导出的密钥校验：verify-audit --key-file 文件。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was made for the store %2, but this store calls itself %3.</source>
        <translation>密钥“%1”是为数据库 %2 生成的，但该数据库的标识是 %3。</translation>
    </message>
    <message>
        <source>The store says its key has the fingerprint %1, but the key &quot;%2&quot; has %3: the store&apos;s record of its key was changed, or this is not its key.</source>
        <translation>数据库记录的密钥指纹为 %1，而密钥“%2”的指纹为 %3：数据库中的密钥记录被改动过，或这不是它的密钥。</translation>
    </message>
    <message>
        <source>The chain of events is broken: %1.</source>
        <translation>事件链已断开：%1。</translation>
    </message>
    <message>
        <source>The trail had been altered already before it was sealed with the key (event %1 records it): %2.</source>
        <translation>审计记录在用密钥签封之前就已被篡改（事件 %1 记录了这一点）：%2。</translation>
    </message>
    <message>
        <source>No anchor file was given (--anchor-file), so the end of the trail was not compared with one.</source>
        <translation>未提供锚点文件（--anchor-file），审计记录的末尾未与锚点比对。</translation>
    </message>
    <message>
        <source>There is no anchor of this store in &quot;%1&quot;, so the end of its trail cannot be checked.</source>
        <translation>“%1”中没有该数据库的锚点，无法校验其审计记录的末尾。</translation>
    </message>
    <message>
        <source>The store&apos;s audit trail ends at event %1, but the anchor of %2 (&quot;%3&quot;) records event %4: events were removed from its end.</source>
        <translation>数据库的审计记录止于事件 %1，但 %2 的锚点（“%3”）记录到事件 %4：末尾的事件被删除了。</translation>
    </message>
    <message>
        <source>Event %1 is not the event anchored at %2 (&quot;%3&quot;): the trail was rewritten from there on.</source>
        <translation>事件 %1 与 %2 锚定的事件不同（“%3”）：审计记录自此处起被改写。</translation>
    </message>
    <message>
        <source>Events name complaint #%1, which is not in the store: it was deleted.</source>
        <translation>有事件指向投诉 #%1，但数据库中没有这条投诉：它已被删除。</translation>
    </message>
    <message>
        <source>Complaint %1 has no events: it was not recorded by ComplaintDesk.</source>
        <translation>投诉 %1 没有任何事件：它不是由投诉工作台登记的。</translation>
    </message>
    <message>
        <source>Complaint %1: event %2 found the %3 at %4, but the events before it had left it at %5.</source>
        <translation>投诉 %1：事件 %2 发生时%3为 %4，但此前的事件记录的是 %5。</translation>
    </message>
    <message>
        <source>Complaint %1: the %2 is %3 in the store, but its events leave it at %4.</source>
        <translation>投诉 %1：数据库中的%2为 %3，但按其事件应为 %4。</translation>
    </message>
    <message>
        <source>Only an administrator may export the audit key.</source>
        <translation>只有管理员可以导出审计密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not this store&apos;s audit key: its fingerprint is %2, the store&apos;s is %3.</source>
        <translation>“%1”不是该数据库的审计密钥：其指纹为 %2，数据库记录的指纹为 %3。</translation>
    </message>
    <message>
        <source>There is another file at &quot;%1&quot; already; it was left as it is.</source>
        <translation>“%1”处已有另一个文件，未作改动。</translation>
    </message>
    <message>
        <source>Events up to %1 were recorded while the trail was being checked; those after event %2 were not checked.</source>
        <translation>核对期间又记录了截至 %1 号的事件；%2 号之后的事件未核对。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>用户名为 1 到 64 个字母、数字、点、短横线、下划线或 @。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被使用。</translation>
    </message>
    <message>
        <source>An administrator exists already; sign in as them.</source>
        <translation>已有管理员，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation>无法读取新建的账号。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins. Try again after %2, or ask an administrator to unlock it.</source>
        <translation>该账号因连续 %1 次登录失败已被锁定。请在 %2 之后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有用户登录。</translation>
    </message>
    <message>
        <source>Your account could not be read.</source>
        <translation>无法读取您的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>The role is agent, lead or admin.</source>
        <translation>角色应为 agent（坐席）、lead（组长）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Agents and team leads belong to a department.</source>
        <translation>坐席和组长必须属于某个部门。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有该用户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Availability is available, busy or away.</source>
        <translation>在岗状态应为 available（示闲）、busy（示忙）或 away（离席）。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the store.</source>
        <translation>只有管理员可以备份或恢复数据库。</translation>
    </message>
    <message>
        <source>Only an administrator may set the daily backup.</source>
        <translation>只有管理员可以设置每日备份。</translation>
    </message>
    <message>
        <source>The number of daily backups kept is between 0 (no automatic backup) and %1.</source>
        <translation>每日备份的保留份数应在 0（不自动备份）到 %1 之间。</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path (&quot;%1&quot; is relative).</source>
        <translation>请以完整路径给出备份文件夹（“%1”是相对路径）。</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be written.</source>
        <translation>无法写入备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>制作于 %1</translation>
    </message>
    <message>
        <source>newest change recorded %1</source>
        <translation>最近一次变更记录于 %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>%1 The store was left unchanged.</source>
        <translation>%1数据库未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself, not a backup of it.</source>
        <translation>“%1”是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The store could not be copied before the restore, so it was not restored: %1</source>
        <translation>恢复前无法复制数据库，因此未恢复：%1</translation>
    </message>
    <message>
        <source>%1 The store as it was before is kept as &quot;%2&quot;.</source>
        <translation>%1恢复前的数据库已保留为“%2”。</translation>
    </message>
    <message>
        <source>The backup was restored, but the store could not be upgraded to this program&apos;s schema: %1</source>
        <translation>备份已恢复，但数据库无法升级到本程序的结构版本：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged.</source>
        <translation>“%1”已存在，未被改动。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was created from the backup but cannot be opened: %2</source>
        <translation>已由备份创建数据库“%1”，但无法打开：%2</translation>
    </message>
    <message>
        <source>The store is on the server %1, which is backed up by the server&apos;s own tools (pg_dump, continuous archiving), not by ComplaintDesk.</source>
        <translation>数据库位于服务器 %1 上，由服务器自己的工具（pg_dump、连续归档）备份，而不是由投诉工作台备份。</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>第 %1 行：“%2”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Line %1: the kind must be &quot;off&quot; or &quot;workday&quot;.</source>
        <translation>第 %1 行：类型必须是 &quot;off&quot;（休息）或 &quot;workday&quot;（上班）。</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed both as a day off and as a working day.</source>
        <translation>第 %1 行：%2 同时被列为休息日和工作日。</translation>
    </message>
    <message>
        <source>Line %1: %2 is outside the years %3-%4.</source>
        <translation>第 %1 行：%2 不在 %3—%4 年范围内。</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>第 %1 行：%2 重复列出。</translation>
    </message>
    <message>
        <source>Choose a known time zone.</source>
        <translation>请选择有效的时区。</translation>
    </message>
    <message>
        <source>Working hours must open before they close (00:00-00:00 means around the clock).</source>
        <translation>上班时间必须早于下班时间（00:00—00:00 表示全天候）。</translation>
    </message>
    <message>
        <source>Choose at least one ordinary working day.</source>
        <translation>请至少选择一个常规工作日。</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text (byte %2 of the file); save it as UTF-8 and import it again.</source>
        <translation>第 %1 行：文件不是 UTF-8 文本（文件第 %2 字节）；请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>CalendarCoverage</name>
    <message>
        <source>Provisional: the calendar has no holiday arrangement for %1 yet, so its public holidays count as working days. The due time is computed again when the arrangement is imported.</source>
        <translation>暂定：日历尚无 %1 年的放假调休安排，其法定节假日暂按工作日计算。导入该安排后将重新计算到期时间。</translation>
    </message>
    <message>
        <source>Calendar &quot;%1&quot; has no holiday arrangement for %2: deadlines then are provisional. Import it (Administration &gt; Business calendars, or complaintdesk-cli calendar import).</source>
        <translation>日历“%1”尚无 %2 年的放假调休安排：届时的时限均为暂定。请导入（管理 &gt; 工作日历，或 complaintdesk-cli calendar import）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>不支持语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s) besides the options.</source>
        <translation>
            <numerusform>除选项外应有 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is ready: %1 (schema version %2).</source>
        <translation>数据库已就绪：%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count 需要一个正整数。</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation>--seed 需要一个非负整数。</translation>
    </message>
    <message>
        <source>%1 of %2 complaints...</source>
        <translation>已生成 %1 / %2 条投诉……</translation>
    </message>
    <message>
        <source>Created %1 demonstration complaints in %2 s.</source>
        <translation>已在 %2 秒内生成 %1 条演示投诉。</translation>
    </message>
    <message>
        <source>log needs --phone and --text.</source>
        <translation>log 命令需要 --phone 和 --text。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>未知渠道“%1”。</translation>
    </message>
    <message>
        <source>Unknown demand &quot;%1&quot;.</source>
        <translation>未知诉求“%1”。</translation>
    </message>
    <message>
        <source>The severity is P1, P2, P3 or P4.</source>
        <translation>严重程度应为 P1、P2、P3 或 P4。</translation>
    </message>
    <message>
        <source>--received takes an ISO 8601 time such as 2026-11-20T10:30 or 2026-11-20T10:30:00+08:00.</source>
        <translation>--received 需要 ISO 8601 时间，例如 2026-11-20T10:30 或 2026-11-20T10:30:00+08:00。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知分类“%1”。</translation>
    </message>
    <message>
        <source>Category %1 has no sub-category &quot;%2&quot;.</source>
        <translation>分类 %1 下没有子类“%2”。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000.</source>
        <translation>--limit 需要 1 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2.</source>
        <translation>已导出 %1 条投诉到 %2。</translation>
    </message>
    <message>
        <source>The complaint has an unknown status.</source>
        <translation>该投诉的状态无法识别。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation>未知的用户操作“%1”。</translation>
    </message>
    <message>
        <source>user add needs --role agent|lead|admin.</source>
        <translation>user add 需要 --role agent|lead|admin。</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
    <message>
        <source>The store has an administrator already; they add users with &quot;user add&quot;.</source>
        <translation>数据库已有管理员；请由管理员用“user add”添加用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) were masked before saving.</source>
        <translation>
            <numerusform>保存前已对 %n 个银行卡号或身份证号做脱敏处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) in the note were masked.</source>
        <translation>
            <numerusform>备注中的 %n 个银行卡号或身份证号已脱敏。</numerusform>
        </translation>
    </message>
    <message>
        <source>assign needs either --department D or --to USER.</source>
        <translation>assign 需要 --department 部门 或 --to 用户 二者之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active agent or lead.</source>
        <translation>“%1”不是在职的坐席或组长。</translation>
    </message>
    <message>
        <source>reclassify needs --category CODE.</source>
        <translation>reclassify 需要 --category 代码。</translation>
    </message>
    <message>
        <source>--due takes today, at-risk or overdue.</source>
        <translation>--due 的取值为 today、at-risk 或 overdue。</translation>
    </message>
    <message>
        <source>--days takes a whole number of days, at least 1.</source>
        <translation>--days 需要至少为 1 的整数天数。</translation>
    </message>
    <message>
        <source>callback needs either --at TIME or --clear.</source>
        <translation>callback 命令需要 --at 时间 或 --clear 之一。</translation>
    </message>
    <message>
        <source>--at takes an ISO 8601 time such as 2026-11-26T15:00.</source>
        <translation>--at 需要 ISO 8601 时间，例如 2026-11-26T15:00。</translation>
    </message>
    <message numerus="yes">
        <source>%n breached deadline(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 个时限超时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown calendar action &quot;%1&quot;.</source>
        <translation>未知的日历操作“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation>没有日历“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown business type &quot;%1&quot;.</source>
        <translation>未知业务类型“%1”。</translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;.</source>
        <translation>“%1”中没有可搜索的内容。</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search 命令需要要查找的文本。</translation>
    </message>
    <message>
        <source>--from and --to are dates such as 2026-11-01.</source>
        <translation>--from 和 --to 为日期，例如 2026-11-01。</translation>
    </message>
    <message>
        <source>Unknown department: %1</source>
        <translation>未知部门：%1</translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation>--format 为 csv 或 pdf。</translation>
    </message>
    <message>
        <source>Name the file to write with --output.</source>
        <translation>请用 --output 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Report of %1 complaints written to %2.</source>
        <translation>包含 %1 条投诉的报表已写入 %2。</translation>
    </message>
    <message>
        <source>--score is a number from 1 to 5.</source>
        <translation>--score 为 1 到 5 的数字。</translation>
    </message>
    <message>
        <source>Satisfaction %1 recorded for %2.</source>
        <translation>已为 %2 记录满意度 %1。</translation>
    </message>
    <message>
        <source>Name the complaint to keep with --into.</source>
        <translation>请用 --into 指定要保留的投诉。</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 已合并到 %2。</translation>
    </message>
    <message>
        <source>Read %1 of %2 complaints...</source>
        <translation>已读取 %1 / %2 条投诉……</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: ok</source>
        <translation>SQLite 完整性检查：正常</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check: %n problem(s)</source>
        <translation>
            <numerusform>SQLite 完整性检查：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: intact, %1 events checked</source>
        <translation>审计记录：完整，已校验 %1 个事件</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计记录：%1</translation>
    </message>
    <message>
        <source>The store is intact.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>Say whose password changes with --as USER.</source>
        <translation>请用 --as 用户 指明修改谁的密码。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2 (%3; %n complaint(s), schema version %4).</source>
        <translation>
            <numerusform>已用 %2 恢复 %1（%3；%n 条投诉，结构版本 %4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgraded the store from schema version %1 to %2.</source>
        <translation>已将数据库从结构版本 %1 升级到 %2。</translation>
    </message>
    <message>
        <source>The store as it was before is kept as %1.</source>
        <translation>恢复前的数据库已保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1 (%2 MB, schema version %3).</source>
        <translation>
            <numerusform>已将 %n 条投诉备份到 %1（%2 MB，结构版本 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a store; it was left unchanged. Remove it to create the store there from the backup.</source>
        <translation>“%1”是空文件，不是数据库，未被改动。如需在此由备份创建数据库，请先删除该文件。</translation>
    </message>
    <message>
        <source>To replace a store that cannot be opened: stop every program using it, move the file away, and run restore again; the store is then created from the backup.</source>
        <translation>如需替换无法打开的数据库：请关闭所有使用它的程序，将该文件移走，然后再次运行 restore，数据库将由备份创建。</translation>
    </message>
    <message>
        <source>Give --folder or --default-folder, not both.</source>
        <translation>请只给出 --folder 或 --default-folder 之一。</translation>
    </message>
    <message>
        <source>--keep takes a whole number from 0 to %1.</source>
        <translation>--keep 需要 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Daily backup: off.</source>
        <translation>每日备份：已关闭。</translation>
    </message>
    <message>
        <source>Daily backup: on, the newest %1 kept.</source>
        <translation>每日备份：已开启，保留最新的 %1 份。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>The input cannot be read: %1</source>
        <translation>无法读取输入：%1</translation>
    </message>
    <message>
        <source>Line %1 of the input is not UTF-8 text (byte %2 of the input); it and what follows were not classified.</source>
        <translation>输入的第 %1 行不是 UTF-8 文本（输入第 %2 字节）；该行及之后的内容未做分类。</translation>
    </message>
    <message>
        <source>Say who you are with --as USER (the password is asked for, or read from --password-file FILE).</source>
        <translation>请用 --as 用户 说明您的身份（密码在终端中输入，或取自 --password-file 文件）。</translation>
    </message>
    <message>
        <source>Argument %1 is not UTF-8 text (byte %2 of it); nothing was done.</source>
        <translation>第 %1 个参数不是 UTF-8 文本（该参数第 %2 字节）；未做任何操作。</translation>
    </message>
    <message>
        <source>--reveal shows one complaint&apos;s full number: use &quot;show REF --reveal&quot; (recorded). Administrators export full numbers with &quot;export FILE --unmasked&quot; (recorded).</source>
        <translation>--reveal 只显示一条投诉的完整号码：请用“show 编号 --reveal”（会记录）。管理员可用“export 文件 --unmasked”导出完整号码（会记录）。</translation>
    </message>
    <message>
        <source>The audit trail was altered (checked with the key %1, fingerprint %2):</source>
        <translation>审计记录已被篡改（使用密钥 %1 校验，指纹 %2）：</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more finding(s).</source>
        <translation>
            <numerusform>  ……另有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, sealed with the key %2 (fingerprint %3).</source>
        <translation>审计记录完整：已校验 %1 个事件，均以密钥 %2（指纹 %3）签封。</translation>
    </message>
    <message>
        <source>Its end agrees with the last anchor (&quot;%1&quot;, %2: event %3); the trail ends at event %4.</source>
        <translation>末尾与最后一个锚点一致（“%1”，%2：事件 %3）；审计记录止于事件 %4。</translation>
    </message>
    <message>
        <source>The audit key was written to %1 (readable by you only). Whoever holds it can rewrite the audit trail: hand it to the auditor only.</source>
        <translation>审计密钥已写入 %1（仅您本人可读）。持有密钥者可以改写审计记录：只交给审计人员。</translation>
    </message>
    <message>
        <source>The store&apos;s audit key is now at %1.</source>
        <translation>该数据库的审计密钥现位于 %1。</translation>
    </message>
    <message>
        <source>Unknown audit-key action &quot;%1&quot;; use export or import.</source>
        <translation>未知的 audit-key 操作“%1”；请使用 export 或 import。</translation>
    </message>
    <message>
        <source>Its audit key: %1 (fingerprint %2); its anchors: %3. Without the key nothing can be recorded: keep a copy in a safe place (audit-key export FILE).</source>
        <translation>审计密钥：%1（指纹 %2）；锚点：%3。没有密钥就无法记录任何操作：请将副本保存在安全的地方（audit-key export 文件）。</translation>
    </message>
    <message>
        <source>Complaints compared with their events: %1, all in agreement.</source>
        <translation>已与其事件比对的投诉：%1 条，全部一致。</translation>
    </message>
    <message>
        <source>user list | add USER --role ROLE [--department CODE] [--name NAME]
       | disable USER | enable USER | unlock USER | reset-password USER</source>
        <translation>user list | add 用户 --role 角色 [--department 代码] [--name 姓名]
       | disable 用户 | enable 用户 | unlock 用户 | reset-password 用户</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>add and reset-password ask for the new password twice (or read it from --new-password-file).</source>
        <translation>add 和 reset-password 要求输入两次新密码（或取自 --new-password-file）。</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>add: agent, lead or admin</source>
        <translation>add：agent（坐席）、lead（组长）或 admin（管理员）</translation>
    </message>
    <message>
        <source>add: the department&apos;s code</source>
        <translation>add：部门代码</translation>
    </message>
    <message>
        <source>add: the full name</source>
        <translation>add：姓名</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>修改您的密码</translation>
    </message>
    <message>
        <source>Signs in as --as USER with the current password; the new one is asked for twice (or read from --new-password-file).</source>
        <translation>以 --as 指定的用户和当前密码登录；新密码输入两次（或取自 --new-password-file）。</translation>
    </message>
    <message>
        <source>verify-audit [--key-file FILE] [--anchor-file FILE]</source>
        <translation>verify-audit [--key-file 文件] [--anchor-file 文件]</translation>
    </message>
    <message>
        <source>check the audit trail (its seals, its end, the complaints)</source>
        <translation>校验审计记录（签封、末尾、投诉）</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s sealed chain, its end against the last anchor, and each complaint against its events.</source>
        <translation>校验审计记录签封的事件链、末尾与最后一个锚点是否一致，以及每条投诉与其事件是否一致。</translation>
    </message>
    <message>
        <source>the store&apos;s audit key, to check a copied store elsewhere</source>
        <translation>数据库的审计密钥，用于在别处校验数据库副本</translation>
    </message>
    <message>
        <source>the anchors to check the end against</source>
        <translation>用于核对末尾的锚点文件</translation>
    </message>
    <message>
        <source>audit-key export FILE | import FILE</source>
        <translation>audit-key export 文件 | import 文件</translation>
    </message>
    <message>
        <source>export the store&apos;s audit key for an auditor, or import it</source>
        <translation>导出数据库的审计密钥交给审计人员，或导入密钥</translation>
    </message>
    <message>
        <source>export signs in as --as USER (administrators); import, for a store moved to this computer, does not sign in.</source>
        <translation>export 以 --as 指定的用户登录（管理员）；import 用于迁到本机的数据库，不登录。</translation>
    </message>
    <message>
        <source>anonymise [--dry-run]</source>
        <translation>anonymise [--dry-run]</translation>
    </message>
    <message>
        <source>anonymise customers past the retention period</source>
        <translation>对超过保存期限的客户做匿名化处理</translation>
    </message>
    <message>
        <source>only count them</source>
        <translation>只统计人数</translation>
    </message>
    <message>
        <source>backup FILE [--replace]</source>
        <translation>backup 文件 [--replace]</translation>
    </message>
    <message>
        <source>an online copy of the store while others work</source>
        <translation>在他人继续工作时复制数据库</translation>
    </message>
    <message>
        <source>write over FILE if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>restore FILE</source>
        <translation>restore 文件</translation>
    </message>
    <message>
        <source>replace the store by a backup, keeping a copy of it</source>
        <translation>用备份替换数据库，并保留原数据库的副本</translation>
    </message>
    <message>
        <source>Where a store exists, signs in as --as USER (administrators); where none exists, creates it from the backup, with its accounts, without signing in.</source>
        <translation>该位置已有数据库时，以 --as 指定的用户登录（管理员）；没有数据库时，由备份创建（含其账号），不登录。</translation>
    </message>
    <message>
        <source>daily-backup [--keep N] [--folder DIR | --default-folder]</source>
        <translation>daily-backup [--keep N] [--folder 文件夹 | --default-folder]</translation>
    </message>
    <message>
        <source>the desk&apos;s automatic daily backup: show or set it</source>
        <translation>本工作台的每日自动备份：查看或设置</translation>
    </message>
    <message>
        <source>setting it: administrators</source>
        <translation>设置：管理员</translation>
    </message>
    <message>
        <source>keep the newest N (0: off)</source>
        <translation>保留最新的 N 份（0：关闭）</translation>
    </message>
    <message>
        <source>the backups&apos; folder</source>
        <translation>备份所在的文件夹</translation>
    </message>
    <message>
        <source>back to the default folder</source>
        <translation>恢复默认文件夹</translation>
    </message>
    <message>
        <source>check [--json]</source>
        <translation>check [--json]</translation>
    </message>
    <message>
        <source>check the whole store (SQLite&apos;s integrity check and the audit trail)</source>
        <translation>检查整个数据库（SQLite 完整性检查和审计记录）</translation>
    </message>
    <message>
        <source>Writes nothing; the exit status is 1 if the store is damaged.</source>
        <translation>不写入任何内容；数据库已损坏时退出码为 1。</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>classify [--json] [--lexicon-only]</source>
        <translation>classify [--json] [--lexicon-only]</translation>
    </message>
    <message>
        <source>suggest categories for complaint texts, one per line on stdin</source>
        <translation>为标准输入中每行一条的投诉内容推荐分类</translation>
    </message>
    <message>
        <source>Prints CODE&lt;TAB&gt;confidence&lt;TAB&gt;second,third a line; a first suggestion not clearly ahead ends in &quot;?&quot;, none is &quot;-&quot;.</source>
        <translation>每行输出 代码&lt;TAB&gt;置信度&lt;TAB&gt;第二,第三；首选不明显领先时以“?”结尾，没有推荐时为“-”。</translation>
    </message>
    <message>
        <source>JSON output, one object a line</source>
        <translation>以 JSON 输出，每行一个对象</translation>
    </message>
    <message>
        <source>the keyword lexicon only, without learning from past complaints</source>
        <translation>只用关键词词典，不从以往投诉中学习</translation>
    </message>
    <message>
        <source>the store (default: the desk&apos;s own)</source>
        <translation>数据库（默认：本工作台的数据库）</translation>
    </message>
    <message>
        <source>the language of messages: zh_CN or en</source>
        <translation>提示信息的语言：zh_CN 或 en</translation>
    </message>
    <message>
        <source>act as this user (signs in)</source>
        <translation>以该用户身份执行（登录）</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE (mode 600)</source>
        <translation>密码取自该文件的第一行（文件权限须为 600）</translation>
    </message>
    <message>
        <source>read a new password from the first line of FILE (mode 600)</source>
        <translation>新密码取自该文件的第一行（文件权限须为 600）</translation>
    </message>
    <message>
        <source>Run &quot;complaintdesk-cli help %1&quot; for the usage of %1.</source>
        <translation>请运行“complaintdesk-cli help %1”查看 %1 的用法。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>log --phone NUMBER --text TEXT [options]</source>
        <translation>log --phone 号码 --text 文本 [选项]</translation>
    </message>
    <message>
        <source>log a call; prints the complaint&apos;s reference</source>
        <translation>登记来电；输出投诉编号</translation>
    </message>
    <message>
        <source>the caller&apos;s phone number</source>
        <translation>来电客户的电话号码</translation>
    </message>
    <message>
        <source>what the caller says: the complaint&apos;s description</source>
        <translation>来电客户所述内容，即投诉描述</translation>
    </message>
    <message>
        <source>how it came in: %1</source>
        <translation>投诉渠道：%1</translation>
    </message>
    <message>
        <source>the category&apos;s code</source>
        <translation>分类代码</translation>
    </message>
    <message>
        <source>the sub-category&apos;s code, within the category</source>
        <translation>该分类下的子类代码</translation>
    </message>
    <message>
        <source>the severity, P1 (most urgent) to P4</source>
        <translation>严重程度，P1（最紧急）至 P4</translation>
    </message>
    <message>
        <source>the amount in dispute, in yuan</source>
        <translation>争议金额（元）</translation>
    </message>
    <message>
        <source>the transaction reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>来电客户称呼</translation>
    </message>
    <message>
        <source>when the call came in (ISO 8601; default: now)</source>
        <translation>受理时间（ISO 8601；默认：现在）</translation>
    </message>
    <message>
        <source>solved on the call</source>
        <translation>来电当场解决</translation>
    </message>
    <message>
        <source>a follow-up call about the complaint REF</source>
        <translation>关于该编号投诉的跟进来电</translation>
    </message>
    <message>
        <source>show REF [--json] [--reveal]</source>
        <translation>show 编号 [--json] [--reveal]</translation>
    </message>
    <message>
        <source>one complaint with its calls and events</source>
        <translation>显示一条投诉及其来电和事件</translation>
    </message>
    <message>
        <source>Phone numbers are masked; --reveal shows this complaint&apos;s in full and records that.</source>
        <translation>电话号码脱敏显示；--reveal 显示这一条的完整号码并记录。</translation>
    </message>
    <message>
        <source>the full phone number (leads, administrators; recorded)</source>
        <translation>完整电话号码（组长、管理员；记录在案）</translation>
    </message>
    <message>
        <source>list [options]</source>
        <translation>list [选项]</translation>
    </message>
    <message>
        <source>complaints, newest first (phone numbers masked)</source>
        <translation>列出投诉，最新的在前（电话号码脱敏）</translation>
    </message>
    <message>
        <source>at most N complaints</source>
        <translation>最多 N 条投诉</translation>
    </message>
    <message>
        <source>only this status: %1</source>
        <translation>只列此状态：%1</translation>
    </message>
    <message>
        <source>only this category (its code)</source>
        <translation>只列此分类（分类代码）</translation>
    </message>
    <message>
        <source>only this department (its code)</source>
        <translation>只列此部门（部门代码）</translation>
    </message>
    <message>
        <source>only this severity, P1 to P4</source>
        <translation>只列此严重程度，P1 至 P4</translation>
    </message>
    <message>
        <source>only those due: today, at-risk or overdue</source>
        <translation>只列到期情况为 today（今日到期）、at-risk（临近超时）或 overdue（已超时）的投诉</translation>
    </message>
    <message>
        <source>only those that search TEXT finds</source>
        <translation>只列 search 文本 能找到的投诉</translation>
    </message>
    <message>
        <source>one JSON object a line</source>
        <translation>每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>refused: a full number is one complaint&apos;s (show REF --reveal)</source>
        <translation>不可用：完整号码只能逐条查看（show 编号 --reveal）</translation>
    </message>
    <message>
        <source>search TEXT [--limit N] [--json] [list&apos;s options]</source>
        <translation>search 文本 [--limit N] [--json] [list 的选项]</translation>
    </message>
    <message>
        <source>complaints by reference, phone, name or words of the text</source>
        <translation>按编号、电话、称呼或描述中的关键词查找投诉</translation>
    </message>
    <message>
        <source>Chinese words of two characters are found too. It is list --search TEXT: list&apos;s options apply.</source>
        <translation>两个字的中文关键词也能找到。等同于 list --search 文本：list 的选项均可使用。</translation>
    </message>
    <message>
        <source>export FILE.csv [--unmasked]</source>
        <translation>export 文件.csv [--unmasked]</translation>
    </message>
    <message>
        <source>complaints as CSV (UTF-8 with BOM), phone numbers masked</source>
        <translation>导出投诉为 CSV（带 BOM 的 UTF-8），电话号码脱敏</translation>
    </message>
    <message>
        <source>full phone numbers (administrators; recorded)</source>
        <translation>完整电话号码（管理员；记录在案）</translation>
    </message>
    <message>
        <source>contact REF --note TEXT</source>
        <translation>contact 编号 --note 文本</translation>
    </message>
    <message>
        <source>record a contact with the customer (stops the first-response clock)</source>
        <translation>记录与客户的联系（停止首次响应计时）</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <source>extend REF --days N --reason TEXT</source>
        <translation>extend 编号 --days N --reason 文本</translation>
    </message>
    <message>
        <source>extend a resolution deadline</source>
        <translation>延长办结时限</translation>
    </message>
    <message>
        <source>Where the deadline policy allows it, up to its maximum.</source>
        <translation>仅限时限规则允许的情形，不超过其上限。</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>by N days</source>
        <translation>延期 N 天</translation>
    </message>
    <message>
        <source>why (recorded with the change)</source>
        <translation>原因（随更改一并记录）</translation>
    </message>
    <message>
        <source>callback REF (--at TIME [--note TEXT] | --clear)</source>
        <translation>callback 编号 (--at 时间 [--note 文本] | --clear)</translation>
    </message>
    <message>
        <source>promise the customer a call-back, with a reminder</source>
        <translation>与客户约定回电，届时提醒</translation>
    </message>
    <message>
        <source>when: an ISO 8601 time such as 2026-11-26T15:00</source>
        <translation>时间：ISO 8601 格式，例如 2026-11-26T15:00</translation>
    </message>
    <message>
        <source>what was promised</source>
        <translation>约定的内容</translation>
    </message>
    <message>
        <source>withdraw the call-back</source>
        <translation>取消约定回电</translation>
    </message>
    <message>
        <source>sweep [--json]</source>
        <translation>sweep [--json]</translation>
    </message>
    <message>
        <source>record breached deadlines; print your new reminders</source>
        <translation>记录已超时的时限；输出您的新提醒</translation>
    </message>
    <message>
        <source>reminders [--json]</source>
        <translation>reminders [--json]</translation>
    </message>
    <message>
        <source>your reminders, newest first</source>
        <translation>您的提醒，最新的在前</translation>
    </message>
    <message>
        <source>calendar list | show CODE | import FILE.csv [--calendar CODE]</source>
        <translation>calendar list | show 代码 | import 文件.csv [--calendar 代码]</translation>
    </message>
    <message>
        <source>business calendars: list them, show one&apos;s days, import days</source>
        <translation>工作日历：列出、查看某一日历的日期、导入日期</translation>
    </message>
    <message>
        <source>import replaces the listed days of the years the file covers.</source>
        <translation>import 替换文件所含年份中列出的日期。</translation>
    </message>
    <message>
        <source>import: administrators</source>
        <translation>导入：管理员</translation>
    </message>
    <message>
        <source>import: the calendar&apos;s code</source>
        <translation>import：日历代码</translation>
    </message>
    <message>
        <source>Usage: complaintdesk-cli COMMAND [options] [--as USER] [--database PATH]
       [--lang zh_CN|en] [--password-file FILE] [--new-password-file FILE]</source>
        <translation>用法：complaintdesk-cli 命令 [选项] [--as 用户] [--database 路径]
       [--lang zh_CN|en] [--password-file 文件] [--new-password-file 文件]</translation>
    </message>
    <message>
        <source>Most commands act as --as USER (each command&apos;s help says whether it does),
whose password is asked for on the terminal, or read from the first line
of --password-file FILE (mode 600). New passwords likewise: asked twice, or
--new-password-file FILE. Scripts may use COMPLAINTDESK_PASSWORD and
COMPLAINTDESK_NEW_PASSWORD instead, at a risk: the environment is seen by
child processes and may be logged.</source>
        <translation>多数命令以 --as 指定的用户身份执行（各命令的帮助会说明）；密码在终端中输入，
或取自 --password-file 文件的第一行（文件权限须为 600）。新密码同样在终端中
输入两次，或取自 --new-password-file 文件。脚本也可改用 COMPLAINTDESK_PASSWORD
和 COMPLAINTDESK_NEW_PASSWORD 环境变量，但有风险：环境变量会传给子进程，也可能
被记入日志。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>A command&apos;s options: complaintdesk-cli help COMMAND, or COMMAND --help.</source>
        <translation>查看某一命令的选项：complaintdesk-cli help 命令，或 命令 --help。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Usage: complaintdesk-cli %1</source>
        <translation>用法：complaintdesk-cli %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>也可写作：%1</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Signs in as --as USER.</source>
        <translation>以 --as 指定的用户登录。</translation>
    </message>
    <message>
        <source>Does not sign in.</source>
        <translation>不登录。</translation>
    </message>
    <message>
        <source>Who may: %1</source>
        <translation>可执行者：%1</translation>
    </message>
    <message>
        <source>Creates the store where there is none.</source>
        <translation>该位置没有数据库时创建数据库。</translation>
    </message>
    <message>
        <source>Options of every command: --database PATH, --lang zh_CN|en, --as USER,
--password-file FILE, --new-password-file FILE (complaintdesk-cli --help).</source>
        <translation>所有命令通用的选项：--database 路径、--lang zh_CN|en、--as 用户、
--password-file 文件、--new-password-file 文件（见 complaintdesk-cli --help）。</translation>
    </message>
    <message>
        <source>the first day, such as 2026-11-01</source>
        <translation>起始日期，例如 2026-11-01</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>periodic statistics as CSV or PDF</source>
        <translation>定期统计报表（CSV 或 PDF）</translation>
    </message>
    <message>
        <source>leads (their department) and administrators</source>
        <translation>组长（本部门）和管理员</translation>
    </message>
    <message>
        <source>csv or pdf</source>
        <translation>csv 或 pdf</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>dashboard --from DATE --to DATE [--department CODE]</source>
        <translation>dashboard --from 日期 --to 日期 [--department 代码]</translation>
    </message>
    <message>
        <source>the dashboard&apos;s figures as JSON</source>
        <translation>以 JSON 输出看板数据</translation>
    </message>
    <message>
        <source>satisfaction REF --score 1-5 [--comment TEXT]</source>
        <translation>satisfaction 编号 --score 1-5 [--comment 文本]</translation>
    </message>
    <message>
        <source>the customer&apos;s satisfaction, at follow-up</source>
        <translation>回访时记录客户满意度</translation>
    </message>
    <message>
        <source>1 (very dissatisfied) to 5 (very satisfied)</source>
        <translation>1（非常不满意）至 5（非常满意）</translation>
    </message>
    <message>
        <source>the customer&apos;s words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>merge REF --into REF --reason TEXT</source>
        <translation>merge 编号 --into 编号 --reason 文本</translation>
    </message>
    <message>
        <source>merge a duplicate into the complaint kept</source>
        <translation>将重复投诉合并到保留的投诉</translation>
    </message>
    <message>
        <source>the lead of the kept complaint&apos;s department</source>
        <translation>保留投诉所在部门的组长</translation>
    </message>
    <message>
        <source>the complaint kept</source>
        <translation>保留的投诉</translation>
    </message>
    <message>
        <source>init [--admin USER [--name NAME]]</source>
        <translation>init [--admin 用户 [--name 姓名]]</translation>
    </message>
    <message>
        <source>create or upgrade the store; the first time, its administrator</source>
        <translation>创建或升级数据库；首次使用时创建管理员</translation>
    </message>
    <message>
        <source>The first time, --admin USER creates the administrator, whose new password is asked for twice (or read from --new-password-file).</source>
        <translation>首次使用时，--admin 用户 创建管理员，其新密码输入两次（或取自 --new-password-file）。</translation>
    </message>
    <message>
        <source>the first administrator&apos;s user name</source>
        <translation>首位管理员的用户名</translation>
    </message>
    <message>
        <source>the administrator&apos;s full name</source>
        <translation>管理员的姓名</translation>
    </message>
    <message>
        <source>demo --count N [--seed S]</source>
        <translation>demo --count N [--seed S]</translation>
    </message>
    <message>
        <source>add N realistic demonstration complaints</source>
        <translation>添加 N 条仿真演示投诉</translation>
    </message>
    <message>
        <source>how many complaints</source>
        <translation>投诉条数</translation>
    </message>
    <message>
        <source>the random seed: the same seed, the same complaints</source>
        <translation>随机种子：种子相同，投诉相同</translation>
    </message>
    <message>
        <source>status REF --to STATUS --note TEXT</source>
        <translation>status 编号 --to 状态 --note 文本</translation>
    </message>
    <message>
        <source>move a complaint along the workflow</source>
        <translation>按流程推进投诉状态</translation>
    </message>
    <message>
        <source>the new status: %1</source>
        <translation>新状态：%1</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>assign REF (--department CODE | --to USER) --reason TEXT</source>
        <translation>assign 编号 (--department 代码 | --to 用户) --reason 文本</translation>
    </message>
    <message>
        <source>transfer to a department&apos;s queue or a person</source>
        <translation>转派到部门队列或个人</translation>
    </message>
    <message>
        <source>to this department&apos;s queue</source>
        <translation>转派到该部门的队列</translation>
    </message>
    <message>
        <source>to this agent or lead</source>
        <translation>转派给该坐席或组长</translation>
    </message>
    <message>
        <source>escalate REF --reason TEXT</source>
        <translation>escalate 编号 --reason 文本</translation>
    </message>
    <message>
        <source>hand the complaint to the department&apos;s lead</source>
        <translation>将投诉升级给部门组长</translation>
    </message>
    <message>
        <source>reclassify REF --category CODE [--subcategory CODE] --reason TEXT</source>
        <translation>reclassify 编号 --category 代码 [--subcategory 代码] --reason 文本</translation>
    </message>
    <message>
        <source>correct the classification (routing runs again)</source>
        <translation>更正分类（按分派规则再次分派）</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1（默认：%2）</translation>
    </message>
    <message>
        <source>No ComplaintDesk window is running on the store %1 for this user; the call was not shown.</source>
        <translation>当前用户在数据库 %1 上没有运行中的投诉工作台窗口；来电未能显示。</translation>
    </message>
    <message>
        <source>incoming-call NUMBER|tel:URI [--call-id ID] [--line LINE]</source>
        <translation>incoming-call 号码|tel:链接 [--call-id 通话编号] [--line 线路]</translation>
    </message>
    <message>
        <source>show a ringing call in the window running on the store (screen pop)</source>
        <translation>在该数据库上运行的窗口中显示正在振铃的来电（来电弹屏）</translation>
    </message>
    <message>
        <source>For phone systems and scripts. Opens nothing itself; the exit status is 1 when no window runs on the store for this user.</source>
        <translation>供电话系统和脚本使用。本身不打开任何窗口；当前用户在该数据库上没有运行中的窗口时，退出码为 1。</translation>
    </message>
    <message>
        <source>the phone system&apos;s id of the call</source>
        <translation>电话系统中该来电的通话编号</translation>
    </message>
    <message>
        <source>the line the call rang on</source>
        <translation>来电所在的线路</translation>
    </message>
    <message>
        <source>Give either --preset or --mapping, not both.</source>
        <translation>--preset 与 --mapping 只能给出一个。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use UTF-8 or GB18030.</source>
        <translation>未知编码“%1”；请用 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <source>The file has no column the mapping takes for the description; its columns: %1.</source>
        <translation>文件中没有对应关系用作描述的列；文件的列为：%1。</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>正在导入：第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>试运行：未保存任何内容。</translation>
    </message>
    <message>
        <source>All or nothing: a row failed, so nothing was saved.</source>
        <translation>全部成功才保存：有行失败，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already present), failed %3</source>
        <translation>已导入 %1 条，跳过 %2 条（已存在），失败 %3 条</translation>
    </message>
    <message>
        <source>import FILE [--preset NAME | --mapping FILE.json] [--encoding ENC] [--dry-run] [--all-or-nothing] [--json]</source>
        <translation>import 文件 [--preset 名称 | --mapping 文件.json] [--encoding 编码] [--dry-run] [--all-or-nothing] [--json]</translation>
    </message>
    <message>
        <source>import complaints from a CSV or TSV file, each row as a logged call</source>
        <translation>从 CSV 或 TSV 文件导入投诉，每行按一次登记的来电处理</translation>
    </message>
    <message>
        <source>The file is UTF-8 (with or without a byte-order mark) or GB18030/GBK, detected unless --encoding says. Without --preset or --mapping, columns named like the fields are taken. Presets: %1. A row already imported (its external id, or the same row) is skipped; a row that fails is reported with its line and the others are saved, unless --all-or-nothing. The exit status is 1 when a row failed.</source>
        <translation>文件为 UTF-8（带或不带字节顺序标记）或 GB18030/GBK，自动识别，也可用 --encoding 指定。未给出 --preset 或 --mapping 时，按与字段同名的列导入。预设：%1。已导入过的行（外部编号相同或整行相同）会跳过；失败的行会报告其行号，其余行照常保存，除非给出 --all-or-nothing。有行失败时退出状态为 1。</translation>
    </message>
    <message>
        <source>agents and everyone who may log calls</source>
        <translation>坐席及所有可登记来电的人员</translation>
    </message>
    <message>
        <source>a built-in mapping: cfpb (the US CFPB export), 12363 (a regulator&apos;s list)</source>
        <translation>内置对应关系：cfpb（美国 CFPB 导出文件）、12363（监管转办清单）</translation>
    </message>
    <message>
        <source>a mapping saved as JSON (the window&apos;s File &gt; Import saves them)</source>
        <translation>以 JSON 保存的对应关系（窗口的“文件 &gt; 导入”可保存）</translation>
    </message>
    <message>
        <source>UTF-8 or GB18030 (also GBK), instead of the detected one</source>
        <translation>UTF-8 或 GB18030（也可写 GBK），代替自动识别的编码</translation>
    </message>
    <message>
        <source>check every row as it would be saved, and save nothing</source>
        <translation>按保存时的规则检查每一行，但不保存</translation>
    </message>
    <message>
        <source>save no row when any row fails</source>
        <translation>任一行失败时不保存任何行</translation>
    </message>
    <message>
        <source>the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>--page-size is a4, letter or a5.</source>
        <translation>--page-size 取 a4、letter 或 a5。</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE --format csv|pdf --output FILE [--department CODE] [--page-size a4|letter|a5]</source>
        <translation>report --from 日期 --to 日期 --format csv|pdf --output 文件 [--department 代码] [--page-size a4|letter|a5]</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper, landscape (default a4)</source>
        <translation>PDF 的纸张，横向（默认 a4）</translation>
    </message>
    <message>
        <source>the customer&apos;s demand: %1 (default: the one the description points to, else EXPLANATION)</source>
        <translation>客户诉求：%1（默认：描述所指的诉求，否则为 EXPLANATION）</translation>
    </message>
    <message>
        <source>the business: %1 (default: the one the description points to, else OTHER)</source>
        <translation>业务类型：%1（默认：描述所指的业务类型，否则为 OTHER）</translation>
    </message>
    <message>
        <source>Watching %1 for changes; Ctrl+C stops.</source>
        <translation>正在监视 %1 的变更；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>watch [--json]</source>
        <translation>watch [--json]</translation>
    </message>
    <message>
        <source>print changes as they happen, until interrupted</source>
        <translation>实时打印变更，直至中断</translation>
    </message>
    <message>
        <source>One line per change by any desk or program: time, reference, what changed and who (with --json, one JSON object per line). Only the complaints you may see are shown. Changes appear within a second; stop with Ctrl+C.</source>
        <translation>任何坐席或程序的每次变更输出一行：时间、投诉编号、变更内容和操作人（使用 --json 时每行一个 JSON 对象）。只显示您有权查看的投诉。变更在一秒内出现；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>--save-id takes an id of 1 to %1 characters, such as a UUID.</source>
        <translation>--save-id 需要一个 1 到 %1 个字符的标识，例如 UUID。</translation>
    </message>
    <message>
        <source>This call was saved before, by an earlier save with the same save id: nothing was saved again.</source>
        <translation>此来电已由此前使用同一保存标识的保存登记过：未重复保存。</translation>
    </message>
    <message>
        <source>an id of this save (e.g. a UUID): run again with the same id after a lost connection or a killed run, the command prints the reference the first run saved instead of logging the call twice</source>
        <translation>本次保存的标识（例如 UUID）：连接中断或运行被终止后用同一标识再次运行时，命令输出第一次保存的投诉编号，而不会重复登记来电</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows (%4%)</source>
        <translation>%1：已复制 %2 / %3 行（%4%）</translation>
    </message>
    <message>
        <source>Name both stores: copy-store --from SOURCE --to TARGET.</source>
        <translation>请指明两个数据库：copy-store --from 源数据库 --to 目标数据库。</translation>
    </message>
    <message>
        <source>The copy of %1 into %2 does not match its source:</source>
        <translation>%1 复制到 %2 的副本与源数据库不一致：</translation>
    </message>
    <message>
        <source>The target stays marked as an unfinished copy.</source>
        <translation>目标数据库仍标记为未完成的副本。</translation>
    </message>
    <message>
        <source>%1 is already a complete copy of %2; counts and audit trail verified.</source>
        <translation>%1 已是 %2 的完整副本；行数与审计记录均已校验。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n complaint(s), </source>
        <translation>
            <numerusform>已复制 %n 条投诉、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), </source>
        <translation>
            <numerusform>%n 通来电、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and </source>
        <translation>
            <numerusform>%n 个事件和 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) from %1 to %2; counts and audit trail verified.</source>
        <translation>
            <numerusform>%n 个用户（从 %1 到 %2）；行数与审计记录均已校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>copy-store --from SOURCE --to TARGET [--json]</source>
        <translation>copy-store --from 源数据库 --to 目标数据库 [--json]</translation>
    </message>
    <message>
        <source>copy a store into a new one: a desk&apos;s file to the server, or back</source>
        <translation>将数据库复制到新数据库：本机数据库文件迁往服务器，或反向复制</translation>
    </message>
    <message>
        <source>the store to copy</source>
        <translation>要复制的数据库</translation>
    </message>
    <message>
        <source>the new, empty store to copy it into</source>
        <translation>复制到的新空数据库</translation>
    </message>
    <message>
        <source>print a JSON summary, no progress</source>
        <translation>输出 JSON 汇总，不显示进度</translation>
    </message>
    <message>
        <source>The store has no administrator yet: create one with init --admin USER, or copy a desk&apos;s store into it with copy-store.</source>
        <translation>数据库还没有管理员：用 init --admin USER 创建一个，或用 copy-store 将某个坐席的数据库复制进来。</translation>
    </message>
    <message>
        <source>SOURCE and TARGET are each a store file or a PostgreSQL address, as --database takes them (passwords from ~/.pgpass, a service file or the prompt). TARGET must be a new store made with &quot;init --database TARGET&quot; (without --admin); both must be at this program&apos;s schema version. Everything the source holds is copied, table by table in batches; the source is only read. Interrupted, the same command continues where it stopped; until the copy is complete and verified nobody can work on the target. At the end the rows are counted on both stores and the target&apos;s audit trail is verified (exit status 1 and what differs otherwise). The finished copy is a store of its own: a new store id, sealed with the source&apos;s audit key, which this computer keeps under that id (export it for the other desks with audit-key export). Progress goes to stderr; --json prints a summary object instead.</source>
        <translation>源数据库和目标数据库各为一个数据库文件或 PostgreSQL 地址，写法同 --database（密码来自 ~/.pgpass、服务文件或提示输入）。目标数据库必须是用“init --database 目标数据库”新建的数据库（不带 --admin）；两者都必须是本程序的结构版本。源数据库的全部内容逐表分批复制；源数据库只读不写。中断后再次运行同一命令即从中断处继续；复制完成并校验之前，任何人都不能使用目标数据库。最后核对两边每张表的行数，并校验目标数据库的审计记录（不一致时退出状态为 1，并列出差异）。复制完成后的数据库是一个独立的数据库：它有新的数据库标识，用源数据库的审计密钥密封，本机以该标识保存这把密钥（用 audit-key export 导出给其他坐席）。进度输出到标准错误；--json 则改为输出一个汇总对象。</translation>
    </message>
    <message>
        <source>Pages: checked by the server itself (data checksums, amcheck), not by ComplaintDesk</source>
        <translation>数据页：由服务器自行检查（数据校验和、amcheck），不由投诉工作台检查</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) past the retention period.</source>
        <translation>
            <numerusform>有 %n 位客户已超过保存期限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) anonymised.</source>
        <translation>
            <numerusform>已对 %n 位客户做匿名化处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF report needs the drawing module of ComplaintDesk, which could not be loaded (%1): reinstall the package, or write the report as CSV.</source>
        <translation>PDF 报表需要投诉工作台的绘图模块，但该模块无法加载（%1）：请重新安装软件包，或改为导出 CSV 报表。</translation>
    </message>
</context>
<context>
    <name>CliValue</name>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
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
        <translation>号码</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>P1-P4</source>
        <translation>P1-P4</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>元</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
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
        <translation>文件夹</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ComplaintQueries</name>
    <message>
        <source>The complaint does not exist.</source>
        <translation>该投诉不存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>没有编号为 %1 的投诉。</translation>
    </message>
    <message>
        <source>Your role may not see full phone numbers.</source>
        <translation>您的角色无权查看完整电话号码。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>You may not see complaint %1: it belongs to %2.</source>
        <translation>您无权查看投诉 %1：它属于%2。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only an administrator may export full phone numbers.</source>
        <translation>只有管理员可以导出完整电话号码。</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Statistics are for team leads and administrators.</source>
        <translation>统计数据仅供组长和管理员查看。</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择统计期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>统计期间的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A period can be at most %1 days long.</source>
        <translation>统计期间最长 %1 天。</translation>
    </message>
    <message>
        <source>Team leads see the statistics of their own department.</source>
        <translation>组长只能查看本部门的统计数据。</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No reference number could be allocated.</source>
        <translation>无法分配投诉编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database). It was left unchanged; choose another file with --database.</source>
        <translation>“%1”不是投诉工作台的数据库（不是 SQLite 数据库）。文件未被改动；请用 --database 选择其他文件。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created. Choose a writable location with --database.</source>
        <translation>无法创建文件夹“%1”。请用 --database 选择可写的位置。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is read-only, so the store cannot be opened for work there. Choose a writable location with --database.</source>
        <translation>文件夹“%1”是只读的，无法在此打开数据库工作。请用 --database 选择可写的位置。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is read-only. It was left unchanged.</source>
        <translation>数据库“%1”是只读的。文件未被改动。</translation>
    </message>
    <message>
        <source>The store could not be configured (%1): %2</source>
        <translation>无法配置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</source>
        <translation>数据库“%1”由更新版本的投诉工作台创建（结构版本 %2；本程序最高支持 %3）。文件未被改动；请使用更新版本的投诉工作台。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开数据库“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable ComplaintDesk store: %2. It was left unchanged.</source>
        <translation>“%1”不是可用的投诉工作台数据库：%2。文件未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a ComplaintDesk store. It was left unchanged.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是投诉工作台的数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>A statement could not be prepared: %1</source>
        <translation>无法准备数据库语句：%1</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>The store is busy or cannot be written: %1</source>
        <translation>数据库正忙或无法写入：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The audit trail is missing its chain record.</source>
        <translation>审计记录缺少哈希链记录。</translation>
    </message>
    <message>
        <source>event %1 does not follow the event before it (an event was removed or reordered)</source>
        <translation>事件 %1 与前一事件不衔接（有事件被删除或调换顺序）</translation>
    </message>
    <message>
        <source>The store&apos;s connection is not an SQLite one.</source>
        <translation>存储的连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <source>A statement of %1 parameters was given %2 values.</source>
        <translation>一条有 %1 个参数的语句收到了 %2 个值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a store. It was left unchanged; create a store elsewhere with &quot;complaintdesk-cli init&quot;, or remove the empty file first.</source>
        <translation>“%1”是空文件，不是数据库。文件未被改动；请用“complaintdesk-cli init”在别处创建数据库，或先删除这个空文件。</translation>
    </message>
    <message>
        <source>There is no store at &quot;%1&quot;; create it with &quot;complaintdesk-cli init&quot; (or check the --database path). Nothing was created.</source>
        <translation>“%1”处没有数据库；请用“complaintdesk-cli init”创建（或检查 --database 路径）。未创建任何文件。</translation>
    </message>
    <message>
        <source>The store could not be checked: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <source>Event %1 does not exist.</source>
        <translation>事件 %1 不存在。</translation>
    </message>
    <message>
        <source>The audit trail of this store is not sealed with an audit key yet; open the store with this version of ComplaintDesk to upgrade it.</source>
        <translation>该数据库的审计记录尚未用审计密钥签封；请用本版本的投诉工作台打开数据库以完成升级。</translation>
    </message>
    <message>
        <source>event %1 was changed after it was written, or sealed without the store&apos;s key</source>
        <translation>事件 %1 在写入后被改动，或不是用该数据库的密钥签封的</translation>
    </message>
    <message>
        <source>the trail ends at event %1, but its chain record names event %2 as the last (the last events were removed)</source>
        <translation>审计记录止于事件 %1，但链记录中的最后一个事件是 %2（末尾的事件被删除了）</translation>
    </message>
    <message>
        <source>The store did not say its data version.</source>
        <translation>数据库没有给出其数据版本。</translation>
    </message>
    <message>
        <source>This computer lacks the PostgreSQL driver of Qt (Debian: libqt6sql6-psql), so the server %1 cannot be used.</source>
        <translation>本机缺少 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql），无法使用服务器 %1。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>服务器 %1 要求输入密码：请将密码写入 ~/.pgpass（权限 600）或服务文件。</translation>
    </message>
    <message>
        <source>The server %1 could not be reached or refused the connection: %2</source>
        <translation>无法连接服务器 %1，或服务器拒绝了连接：%2</translation>
    </message>
    <message>
        <source>The database on the server %1 could not be read: %2. It was left unchanged.</source>
        <translation>无法读取服务器 %1 上的数据库：%2。数据库未被改动。</translation>
    </message>
    <message>
        <source>The database on the server %1 belongs to another program: it holds tables but is not a ComplaintDesk store. It was left unchanged; name an empty database or a ComplaintDesk one.</source>
        <translation>服务器 %1 上的数据库属于其他程序：其中已有数据表，但不是投诉工作台的数据库。数据库未被改动；请指定一个空数据库或投诉工作台的数据库。</translation>
    </message>
    <message>
        <source>The database on the server %1 is empty; create the store in it with &quot;complaintdesk-cli init&quot;. Nothing was created.</source>
        <translation>服务器 %1 上的数据库是空的；请用“complaintdesk-cli init”在其中创建数据库。未创建任何内容。</translation>
    </message>
    <message>
        <source>The database on the server %1 is not a ComplaintDesk store (its schema_version table is not ours). It was left unchanged.</source>
        <translation>服务器 %1 上的数据库不是投诉工作台的数据库（其 schema_version 表不属于本程序）。数据库未被改动。</translation>
    </message>
    <message>
        <source>The store on the server %1 was created by a newer ComplaintDesk (schema version %2; this program knows up to %3). It was left unchanged; use a newer ComplaintDesk.</source>
        <translation>服务器 %1 上的数据库由更新版本的投诉工作台创建（结构版本 %2；本程序最高支持 %3）。数据库未被改动；请使用更新版本的投诉工作台。</translation>
    </message>
    <message>
        <source>The store %1 is being filled by copy-store, which has not finished: run the same &quot;complaintdesk-cli copy-store&quot; command again to complete it before working on this store.</source>
        <translation>数据库 %1 正由 copy-store 写入，复制尚未完成：请再次运行同一条“complaintdesk-cli copy-store”命令完成复制，然后再使用该数据库。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The count must be between 1 and 10,000,000.</source>
        <translation>数量必须在 1 到 10,000,000 之间。</translation>
    </message>
    <message>
        <source>The demonstration phrasebook is missing from the program.</source>
        <translation>程序中缺少演示数据的语料。</translation>
    </message>
    <message>
        <source>The demonstration data stopped being planned.</source>
        <translation>演示数据的生成中途停止了。</translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>Only an administrator may change departments.</source>
        <translation>只有管理员可以修改部门。</translation>
    </message>
    <message>
        <source>Give the department a Chinese and an English name.</source>
        <translation>请为部门填写中文名和英文名。</translation>
    </message>
    <message>
        <source>A department name has at most 50 characters.</source>
        <translation>部门名称最多 50 个字符。</translation>
    </message>
    <message>
        <source>A department code has 2 to 16 capital letters, digits or _.</source>
        <translation>部门代码为 2 到 16 个大写字母、数字或下划线。</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>该部门不存在。</translation>
    </message>
    <message>
        <source>%1 is the default department of the category &quot;%2&quot;; give the category another department first.</source>
        <translation>%1 是分类“%2”的默认部门；请先为该分类指定其他部门。</translation>
    </message>
    <message>
        <source>The routing rule &quot;%1&quot; sends complaints to %2; change or disable it first.</source>
        <translation>分派规则“%1”会把投诉交给%2；请先修改或停用该规则。</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Complaint logged (%1)</source>
        <translation>登记投诉（%1）</translation>
    </message>
    <message>
        <source>Follow-up call attached</source>
        <translation>关联跟进来电</translation>
    </message>
    <message>
        <source>Reopened: %1 -&gt; %2</source>
        <translation>重开：%1 → %2</translation>
    </message>
    <message>
        <source>Status: %1 -&gt; %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转派</translation>
    </message>
    <message>
        <source>Reassigned (bulk)</source>
        <translation>批量改派</translation>
    </message>
    <message>
        <source>Escalated to the lead</source>
        <translation>已升级给组长</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>已重新分类</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>查看了完整电话号码</translation>
    </message>
    <message>
        <source>Refused: no permission</source>
        <translation>被拒绝：无权限</translation>
    </message>
    <message>
        <source>Personal data erased (anonymised)</source>
        <translation>个人信息已清除（匿名化）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>已转派至 %1</translation>
    </message>
    <message>
        <source>Reassigned (bulk) to %1</source>
        <translation>已批量改派至 %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临近超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Times are in the call centre&apos;s time zone, %1 (%2); this computer is on %3.</source>
        <translation>时间均按呼叫中心所在时区 %1（%2）显示；本机时区为 %3。</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>%1: the control character U+%2 (character %3) cannot be stored; only text, line breaks and tabs can.</source>
        <translation>%1：控制字符 U+%2（第 %3 个字符）无法保存；只能保存文字、换行和制表符。</translation>
    </message>
    <message>
        <source>%1: %2 characters; at most %3 are kept. Shorten it (your text is still there).</source>
        <translation>%1：共 %2 个字符，最多保存 %3 个。请删减（您输入的内容仍在）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>来电客户称呼</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>The file is not valid UTF-8; choose GB18030.</source>
        <translation>文件不是有效的 UTF-8；请选择 GB18030。</translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text.</source>
        <translation>本系统无法读取 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file is not valid GB18030; choose UTF-8.</source>
        <translation>文件不是有效的 GB18030；请选择 UTF-8。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：引号中的字段没有结束。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
</context>
<context>
    <name>ImportMappings</name>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>对应关系中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The mapping names an unknown channel &quot;%1&quot;.</source>
        <translation>对应关系中有未知渠道“%1”。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>没有预设“%1”；可用的预设：%2。</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>对应关系 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The folder of %1 could not be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The receipt time &quot;%1&quot; is not a date.</source>
        <translation>受理时间“%1”不是日期。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not known; map it to one of ours.</source>
        <translation>渠道“%1”未知；请将其对应到本系统的渠道。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not known; map it to one of ours.</source>
        <translation>分类“%1”未知；请将其对应到本系统的分类。</translation>
    </message>
    <message>
        <source>The sub-category &quot;%1&quot; is not one of %2.</source>
        <translation>子类“%1”不属于%2。</translation>
    </message>
    <message>
        <source>Sign in before importing complaints.</source>
        <translation>请先登录再导入投诉。</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <source>&quot;%1&quot; is not a tel: link.</source>
        <translation>&quot;%1&quot; 不是 tel: 链接。</translation>
    </message>
    <message>
        <source>The tel: link &quot;%1&quot; does not hold a telephone number.</source>
        <translation>tel: 链接 &quot;%1&quot; 中没有电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number (digits, a leading +, spaces and - . ( ) only, at most %2 characters).</source>
        <translation>&quot;%1&quot; 不是电话号码（只能包含数字、开头的 +、空格和 - . ( )，最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>Give the caller&apos;s number once: --incoming-call NUMBER or a tel: link.</source>
        <translation>请只给出一次来电号码：--incoming-call 号码，或 tel: 链接。</translation>
    </message>
    <message>
        <source>The call id must be printable and at most %1 characters.</source>
        <translation>通话编号只能包含可显示字符，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The line must be printable and at most %1 characters.</source>
        <translation>线路只能包含可显示字符，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A screen-pop request could not be read.</source>
        <translation>无法读取来电弹屏请求。</translation>
    </message>
</context>
<context>
    <name>IntentCues</name>
    <message>
        <source>Line %1 of the cue list is not &quot;demand|business&lt;TAB&gt;CODE&lt;TAB&gt;cue&quot;: %2</source>
        <translation>线索列表第 %1 行不是“demand|business&lt;TAB&gt;代码&lt;TAB&gt;线索”格式：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>待客户反馈</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>P1 Urgent</source>
        <translation>P1 紧急</translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation>P2 高</translation>
    </message>
    <message>
        <source>P3 Normal</source>
        <translation>P3 普通</translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation>P4 低</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Complaint mailbox</source>
        <translation>投诉邮箱</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Online / app</source>
        <translation>线上/App</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场来访</translation>
    </message>
    <message>
        <source>Forwarded by regulator</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Third-party complaint platform</source>
        <translation>第三方投诉平台</translation>
    </message>
    <message>
        <source>Refund of fees</source>
        <translation>退还费用</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Stop harassment</source>
        <translation>停止骚扰</translation>
    </message>
    <message>
        <source>Speed up handling</source>
        <translation>加快处理</translation>
    </message>
    <message>
        <source>Restore service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Unfreeze funds</source>
        <translation>解冻资金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>POS acquiring</source>
        <translation>银行卡收单（POS）</translation>
    </message>
    <message>
        <source>QR-code payment</source>
        <translation>条码（扫码）支付</translation>
    </message>
    <message>
        <source>Online / app payment</source>
        <translation>网络支付</translation>
    </message>
    <message>
        <source>Credit-card repayment</source>
        <translation>信用卡还款</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他业务</translation>
    </message>
    <message>
        <source>Service attitude and quality</source>
        <translation>服务态度及服务质量</translation>
    </message>
    <message>
        <source>Service facilities, equipment and systems</source>
        <translation>服务设施、设备、业务系统</translation>
    </message>
    <message>
        <source>Management rules, business rules and processes</source>
        <translation>管理制度、业务规则与流程</translation>
    </message>
    <message>
        <source>Marketing methods</source>
        <translation>营销方式和手段</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>信息披露</translation>
    </message>
    <message>
        <source>Right of free choice</source>
        <translation>自主选择权</translation>
    </message>
    <message>
        <source>Pricing and fees</source>
        <translation>定价收费</translation>
    </message>
    <message>
        <source>Product returns</source>
        <translation>产品收益</translation>
    </message>
    <message>
        <source>Contract terms</source>
        <translation>合同条款</translation>
    </message>
    <message>
        <source>Consumers&apos; funds security</source>
        <translation>消费者资金安全</translation>
    </message>
    <message>
        <source>Consumers&apos; information security</source>
        <translation>消费者信息安全</translation>
    </message>
    <message>
        <source>Debt collection methods</source>
        <translation>债务催收方式和手段</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The default taxonomy is missing from the program.</source>
        <translation>程序中缺少默认分类数据。</translation>
    </message>
    <message>
        <source>The store (schema version %1) could not be backed up before its upgrade, so it was not upgraded: %2</source>
        <translation>升级前无法备份数据库（结构版本 %1），因此未升级：%2</translation>
    </message>
    <message>
        <source>The store could not be upgraded to schema version %1: %2</source>
        <translation>无法将数据库升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>The schema version of the store could not be read.</source>
        <translation>无法读取数据库的结构版本。</translation>
    </message>
    <message>
        <source>The holiday calendar is missing from the program.</source>
        <translation>程序中缺少节假日日历。</translation>
    </message>
    <message>
        <source>This store was sealed with an audit key before (&quot;%1&quot; was made for a store at this place and has been used), yet it now presents itself as an older store without one: it may have been rolled back to escape its key. It was not upgraded. If you put an old backup here on purpose, move that key file and its anchor file aside and open the store again.</source>
        <translation>该数据库此前已用审计密钥签封（“%1”是为此位置的数据库生成并已使用过的密钥），现在却显示为没有密钥的旧版数据库：它可能被回退以摆脱密钥。数据库未升级。如果是您有意把旧备份放在这里，请把该密钥文件及其锚点文件移走后再打开数据库。</translation>
    </message>
    <message>
        <source>The store could not be created on the server %1: %2</source>
        <translation>无法在服务器 %1 上创建数据库：%2</translation>
    </message>
    <message>
        <source>The store on the server %1 (schema version %2) cannot be upgraded by this program.</source>
        <translation>本程序无法升级服务器 %1 上的数据库（结构版本 %2）。</translation>
    </message>
    <message>
        <source>The conversion of the audit seals could not be prepared.</source>
        <translation>无法准备审计记录签封的转换。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan with at most two decimals, for example 1280.50.</source>
        <translation>请以元为单位输入金额，最多两位小数，例如 1280.50。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>&quot;%1&quot; could not be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>No file was named to write to.</source>
        <translation>未指定要写入的文件。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>PasswordQuality</name>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少 %1 个字符。</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A password cannot contain control characters.</source>
        <translation>密码不能包含控制字符。</translation>
    </message>
    <message>
        <source>The password could not be checked (out of memory).</source>
        <translation>无法检查密码（内存不足）。</translation>
    </message>
    <message>
        <source>The password dictionary cannot be read (Debian package cracklib-runtime), so no password can be checked. Ask the administrator of this computer.</source>
        <translation>无法读取密码词典（Debian 软件包 cracklib-runtime），因此无法检查任何密码。请联系本机的系统管理员。</translation>
    </message>
    <message>
        <source>The password is a dictionary word or a simple pattern (such as 12345678 or qwerty). Use several words, or mix words and digits.</source>
        <translation>该密码是词典中的单词或简单模式（例如 12345678 或 qwerty）。请使用几个单词组合，或将单词与数字混合。</translation>
    </message>
    <message>
        <source>The password contains the user name.</source>
        <translation>密码中包含用户名。</translation>
    </message>
    <message>
        <source>The password reads the same backwards.</source>
        <translation>密码正读反读都一样。</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>The new password is too like the current one.</source>
        <translation>新密码与当前密码过于相似。</translation>
    </message>
    <message>
        <source>The password is too easy to guess. Use several words, or mix words and digits.</source>
        <translation>密码太容易被猜到。请使用几个单词组合，或将单词与数字混合。</translation>
    </message>
</context>
<context>
    <name>PasswordSource</name>
    <message>
        <source>Other users may read the password file %1; make it yours alone (chmod 600 %1).</source>
        <translation>其他用户可以读取密码文件 %1；请设为仅您本人可读（chmod 600 %1）。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is not UTF-8 text (byte %2).</source>
        <translation>密码文件 %1 不是 UTF-8 文本（第 %2 字节）。</translation>
    </message>
    <message>
        <source>No password: run in a terminal to be asked for it, or give %1 FILE (or, for scripts, the %2 environment variable).</source>
        <translation>没有密码：请在终端中运行以输入密码，或指定 %1 文件（脚本也可使用 %2 环境变量）。</translation>
    </message>
    <message>
        <source>Password for the server %1: </source>
        <translation>服务器 %1 的密码：</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: run in a terminal to be asked for it, or put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>服务器 %1 要求输入密码：请在终端中运行以便输入密码，或将密码写入 ~/.pgpass（权限 600）或服务文件。</translation>
    </message>
</context>
<context>
    <name>PersonalDataEraser</name>
    <message>
        <source>There is no customer %1 to anonymise.</source>
        <translation>没有要匿名化的客户 %1。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>请输入来电号码。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and dashes.</source>
        <translation>电话号码只能包含数字、空格和短横线。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Enter a mobile number (11 digits) or a landline with its area code.</source>
        <translation>“%1”不是有效的电话号码。请输入 11 位手机号，或带区号的固定电话。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ComplaintDesk</source>
        <translation>投诉工作台</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; use zh_CN or en.</source>
        <translation>不支持语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>There is no store at this location yet:</source>
        <translation>此位置还没有数据库：</translation>
    </message>
    <message>
        <source>%1

Create a new store there for this desk? You will then create its administrator. If you expected an existing store, choose Quit and check the --database path.</source>
        <translation>%1

要在此处为本坐席新建数据库吗？随后将创建其管理员。如果您要打开的是已有的数据库，请选择“退出”并检查 --database 路径。</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>新建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>The server of the call centre asks for the password of the database account:
%1</source>
        <translation>呼叫中心的服务器要求输入数据库账号的密码：
%1</translation>
    </message>
    <message>
        <source>Welcome to ComplaintDesk</source>
        <translation>欢迎使用投诉工作台</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Sign in before working on complaints.</source>
        <translation>请先登录再处理投诉。</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>该投诉不存在。</translation>
    </message>
    <message>
        <source>Select the complaints first.</source>
        <translation>请先选择投诉。</translation>
    </message>
    <message>
        <source>Only the lead of %1 may change complaint %2 in bulk.</source>
        <translation>只有%1的组长才能批量修改投诉 %2。</translation>
    </message>
    <message>
        <source>A complaint cannot be merged into itself.</source>
        <translation>投诉不能合并到自身。</translation>
    </message>
    <message>
        <source>Complaint %1 was itself merged into another complaint; merge into that one.</source>
        <translation>投诉 %1 本身已合并到另一条投诉，请合并到那一条。</translation>
    </message>
    <message>
        <source>Only the lead of %1 may merge into complaint %2.</source>
        <translation>只有%1的组长才能合并到投诉 %2。</translation>
    </message>
    <message>
        <source>It was already merged into another complaint.</source>
        <translation>它已合并到另一条投诉。</translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>the category matches</source>
        <translation>分类相符</translation>
    </message>
    <message>
        <source>the sub-category matches</source>
        <translation>子类相符</translation>
    </message>
    <message>
        <source>the severity is %1</source>
        <translation>严重程度为 %1</translation>
    </message>
    <message>
        <source>the channel is %1</source>
        <translation>渠道为%1</translation>
    </message>
    <message>
        <source>it was forwarded by a regulator</source>
        <translation>为监管转办</translation>
    </message>
    <message>
        <source>the amount %1 is at least %2 yuan</source>
        <translation>金额 %1 不低于 %2 元</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot;</source>
        <translation>内容包含“%1”</translation>
    </message>
    <message>
        <source>the rule has no conditions</source>
        <translation>规则没有条件</translation>
    </message>
    <message>
        <source>severity raised to %1</source>
        <translation>严重程度提升为 %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; matched: %2.</source>
        <translation>命中规则“%1”：%2。</translation>
    </message>
    <message>
        <source>No rule matched: the category&apos;s default department.</source>
        <translation>没有命中任何规则：交给分类的默认部门。</translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Choose the category of the sample.</source>
        <translation>请选择示例投诉的分类。</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <source>The rule sends complaints to a department that does not exist.</source>
        <translation>该规则指向的部门不存在。</translation>
    </message>
    <message>
        <source>The rule sends complaints to %1, which is disabled.</source>
        <translation>该规则把投诉交给%1，但该部门已停用。</translation>
    </message>
    <message>
        <source>This rule can never match: its category is disabled.</source>
        <translation>该规则永远不会命中：它的分类已停用。</translation>
    </message>
    <message>
        <source>This rule can never match: its sub-category is disabled.</source>
        <translation>该规则永远不会命中：它的子类已停用。</translation>
    </message>
    <message>
        <source>This rule can never match: the sub-category belongs to another category.</source>
        <translation>该规则永远不会命中：子类属于另一个分类。</translation>
    </message>
    <message>
        <source>This rule can never match: a regulator-forwarded complaint comes through the regulator channel.</source>
        <translation>该规则永远不会命中：监管转办的投诉只能来自监管转办渠道。</translation>
    </message>
    <message>
        <source>The amount threshold cannot be negative.</source>
        <translation>金额门槛不能为负数。</translation>
    </message>
    <message>
        <source>A keyword cannot be empty.</source>
        <translation>关键词不能为空。</translation>
    </message>
    <message>
        <source>Only the lead of the rule&apos;s department or an administrator may change this rule.</source>
        <translation>只有规则所指部门的组长或管理员可以修改该规则。</translation>
    </message>
    <message>
        <source>The rule does not exist any more.</source>
        <translation>该规则已不存在。</translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>The view filters on an unknown status, %1.</source>
        <translation>该视图筛选的状态 %1 无法识别。</translation>
    </message>
    <message>
        <source>The view filters on category %1, which no longer exists.</source>
        <translation>该视图筛选的分类 %1 已不存在。</translation>
    </message>
    <message>
        <source>The view filters on sub-category %1, which no longer exists.</source>
        <translation>该视图筛选的子类 %1 已不存在。</translation>
    </message>
    <message>
        <source>The view filters on department %1, which no longer exists.</source>
        <translation>该视图筛选的部门 %1 已不存在。</translation>
    </message>
    <message>
        <source>The view filters on %1, who is no longer a user.</source>
        <translation>该视图筛选的处理人 %1 已不是系统用户。</translation>
    </message>
    <message>
        <source>The view filters on an unknown severity, %1.</source>
        <translation>该视图筛选的严重程度 %1 无法识别。</translation>
    </message>
    <message>
        <source>The view filters on an unknown channel, %1.</source>
        <translation>该视图筛选的渠道 %1 无法识别。</translation>
    </message>
    <message>
        <source>The view&apos;s period ends (%1) before it starts (%2).</source>
        <translation>该视图的受理期间结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The view filters on an unknown deadline state, %1.</source>
        <translation>该视图筛选的时限状态 %1 无法识别。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>请为视图命名。</translation>
    </message>
    <message>
        <source>A view&apos;s name has at most %1 characters.</source>
        <translation>视图名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Team leads and administrators share views with their department.</source>
        <translation>只有组长和管理员可以把视图共享给本部门。</translation>
    </message>
    <message>
        <source>You have no department to share the view with.</source>
        <translation>您没有所属部门，无法共享视图。</translation>
    </message>
    <message>
        <source>You already have a view named &quot;%1&quot;.</source>
        <translation>您已有名为“%1”的视图。</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <source>Only %1, who made the view, may change it.</source>
        <translation>只有视图的创建人 %1 可以修改它。</translation>
    </message>
    <message>
        <source>Only %1, who made the view, may delete it.</source>
        <translation>只有视图的创建人 %1 可以删除它。</translation>
    </message>
    <message>
        <source>The view filters on an unknown satisfaction score, %1.</source>
        <translation>视图筛选的满意度评分 %1 无效。</translation>
    </message>
</context>
<context>
    <name>SeededNames</name>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Urgent (P1)</source>
        <translation>紧急（P1）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Fraud words</source>
        <translation>盗刷诈骗关键词</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection address: %2</source>
        <translation>“%1”不是 PostgreSQL 连接地址：%2</translation>
    </message>
    <message>
        <source>The server address holds a password. A password on the command line is seen by every user of this computer: remove it from the address and put it in ~/.pgpass (mode 600) or a service file.</source>
        <translation>服务器地址中含有密码。命令行中的密码本机所有用户都能看到：请从地址中删除密码，并将其写入 ~/.pgpass（权限 600）或服务文件。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the server address contains a semicolon, which cannot be passed to the server.</source>
        <translation>服务器地址中“%1”的值含有分号，无法传给服务器。</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: PostgreSQL&apos;s client library (libpq5) is not installed.</source>
        <translation>无法打开“%1”：未安装 PostgreSQL 客户端库（libpq5）。</translation>
    </message>
</context>
<context>
    <name>SlaAdministration</name>
    <message>
        <source>Only an administrator may change calendars and deadline policies.</source>
        <translation>只有管理员可以修改日历和时限规则。</translation>
    </message>
    <message>
        <source>Choose the calendar the targets are counted on.</source>
        <translation>请选择计算时限所用的日历。</translation>
    </message>
    <message>
        <source>The policy does not exist any more.</source>
        <translation>该时限规则已不存在。</translation>
    </message>
    <message>
        <source>Name the calendar.</source>
        <translation>请填写日历名称。</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>文件中没有任何日期。</translation>
    </message>
    <message>
        <source>There is no such calendar.</source>
        <translation>没有这个日历。</translation>
    </message>
</context>
<context>
    <name>SlaPolicies</name>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n 个工作小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) around the clock</source>
        <translation>
            <numerusform>%n 小时（自然时间）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation>标准（内置）</translation>
    </message>
    <message>
        <source>Name the policy.</source>
        <translation>请填写规则名称。</translation>
    </message>
    <message>
        <source>A target must be between 1 and %1.</source>
        <translation>时限必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Extensions need a resolution target counted in days.</source>
        <translation>允许延期的时限规则，其办结时限必须以天计。</translation>
    </message>
    <message>
        <source>The longest extended target must be between the target (%1 days) and %2 days.</source>
        <translation>延期后的最长时限必须介于原时限（%1 天）与 %2 天之间。</translation>
    </message>
    <message>
        <source>Choose the calendar the targets are counted on.</source>
        <translation>请选择计算时限所用的日历。</translation>
    </message>
    <message>
        <source>forwarded by a regulator</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>严重程度为%1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>渠道为%1</translation>
    </message>
    <message>
        <source>a chosen category</source>
        <translation>指定分类</translation>
    </message>
    <message>
        <source>every complaint</source>
        <translation>所有投诉</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
</context>
<context>
    <name>SlaReminders</name>
    <message>
        <source>counted %1 - %2 (%3)</source>
        <translation>计时 %1 — %2（%3）</translation>
    </message>
    <message>
        <source>skipped %1 - %2: outside working hours</source>
        <translation>跳过 %1 — %2：非工作时间</translation>
    </message>
    <message>
        <source>skipped %1 - %2: not a working day</source>
        <translation>跳过 %1 — %2：非工作日</translation>
    </message>
    <message>
        <source>skipped %1 - %2: public holiday %3</source>
        <translation>跳过 %1 — %2：法定节假日 %3</translation>
    </message>
    <message>
        <source>paused %1 - %2: waiting for the customer (%3)</source>
        <translation>暂停 %1 — %2：待客户反馈（%3）</translation>
    </message>
    <message>
        <source>%1: %2 from %3, due %4.</source>
        <translation>%1：自 %3 起 %2，到期 %4。</translation>
    </message>
    <message>
        <source>Stopped at %1, %2 after the due time.</source>
        <translation>于 %1 停止计时，超出时限 %2。</translation>
    </message>
    <message>
        <source>Met at %1.</source>
        <translation>已于 %1 完成。</translation>
    </message>
    <message>
        <source>Paused: %1 of the target is left; the due time moves on when the customer answers.</source>
        <translation>已暂停：剩余时限 %1；客户答复后到期时间顺延。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; (applies to %2); calendar &quot;%3&quot; (%4).</source>
        <translation>时限规则“%1”（适用于%2）；日历“%3”（%4）。</translation>
    </message>
    <message>
        <source>Solved on the call: both targets were met at receipt.</source>
        <translation>来电当场解决：受理时两项时限均已按时完成。</translation>
    </message>
    <message numerus="yes">
        <source>The resolution target was extended by %n day(s).</source>
        <translation>
            <numerusform>办结时限已延长 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>around the clock, %1</source>
        <translation>全天候，%1</translation>
    </message>
    <message>
        <source>%1-%2 on working days, %3</source>
        <translation>工作日 %1—%2，%3</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1: call the customer back (promised for %2)</source>
        <translation>%1：请回电客户（约定时间 %2）</translation>
    </message>
    <message>
        <source>%1: at risk, due %2</source>
        <translation>%1：临近超时，到期 %2</translation>
    </message>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1：自 %2 起已超时</translation>
    </message>
</context>
<context>
    <name>SlaSettings</name>
    <message>
        <source>The store has no business calendar.</source>
        <translation>数据库中没有工作日历。</translation>
    </message>
</context>
<context>
    <name>StatisticsReportService</name>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>请选择报表要写入的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>报表无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Complaint statistics %1 to %2</source>
        <translation>投诉统计 %1 至 %2</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Complaint statistics report</source>
        <translation>投诉统计报表</translation>
    </message>
    <message>
        <source>Period: %1 to %2 · %3 · generated %4 by %5</source>
        <translation>期间：%1 至 %2 · %3 · %5 于 %4 生成</translation>
    </message>
    <message>
        <source>Received %1 · resolved %2 · on time %3 · mean time to resolution %4 h, 90th percentile %5 h · forwarded by a regulator %6</source>
        <translation>受理量 %1 · 办结率 %2 · 按时办结率 %3 · 平均办结时长 %4 小时，90 分位 %5 小时 · 监管转办 %6</translation>
    </message>
    <message>
        <source>Complaints received by regulatory cause (JR/T 0169-2018)</source>
        <translation>按投诉原因统计的受理量（JR/T 0169-2018）</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Regulatory cause</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>该期间没有受理投诉。</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: it is not writable.</source>
        <translation>无法将报表写入 %1：该位置不可写。</translation>
    </message>
    <message>
        <source>The report for %1 could not be drawn as a PDF; nothing was written.</source>
        <translation>无法为 %1 生成 PDF 报表；未写入任何内容。</translation>
    </message>
    <message>
        <source>Number received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Share resolved</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Share resolved on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Mean hours to resolve</source>
        <translation>平均办结时长（小时）</translation>
    </message>
    <message>
        <source>90th percentile hours to resolve</source>
        <translation>90 分位办结时长（小时）</translation>
    </message>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>监管转办</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>audit trail %1</source>
        <translation>审计记录%1</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more problem(s)</source>
        <translation>
            <numerusform>，另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable to the end</source>
        <translation>无法读到末尾</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>未能校验：%1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>已被篡改：%1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more finding(s))</source>
        <translation>
            <numerusform>（另有 %n 处问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1无法开始：%2</translation>
    </message>
    <message>
        <source>%1 was cancelled; nothing was changed.</source>
        <translation>%1已取消，未做任何改动。</translation>
    </message>
    <message>
        <source>%1 could not finish: the store stayed busy (other programs are writing). Try again.</source>
        <translation>%1未能完成：数据库一直处于忙碌状态（其他程序正在写入）。请重试。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取数据库“%1”：%2</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a store file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: it is not a ComplaintDesk store.</source>
        <translation>“%1”是空文件，不是投诉工作台的数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store (it is not an SQLite database).</source>
        <translation>“%1”不是投诉工作台的数据库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be used: %2</source>
        <translation>“%1”已损坏，无法使用：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a ComplaintDesk store.</source>
        <translation>“%1”是 SQLite 数据库，但不是投诉工作台的数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a store of a newer ComplaintDesk (schema version %2; this program knows up to %3). Use a newer ComplaintDesk.</source>
        <translation>“%1”是更新版本的投诉工作台的数据库（结构版本 %2；本程序最高支持 %3）。请使用更新版本的投诉工作台。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (SQLite&apos;s check found: %2); it cannot be used.</source>
        <translation>“%1”已损坏（SQLite 检查发现：%2），无法使用。</translation>
    </message>
    <message>
        <source>No file name was given for the copy.</source>
        <translation>未给出副本的文件名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give a file name.</source>
        <translation>“%1”是文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself; choose another file for the copy.</source>
        <translation>“%1”就是数据库本身，请为副本另选文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was left unchanged. Choose another name.</source>
        <translation>“%1”已存在，未被改动。请另选文件名。</translation>
    </message>
    <message>
        <source>The copy cannot be written in &quot;%1&quot;: %2</source>
        <translation>无法在“%1”中写入副本：%2</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>复制数据库</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开数据库“%1”：%2</translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: %1</source>
        <translation>副本未通过检查，已丢弃：%1</translation>
    </message>
    <message>
        <source>The copy could not be written to disk: %1</source>
        <translation>无法将副本写入磁盘：%1</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>无法将副本保存为“%1”：%2</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; was saved, but its folder could not be written to disk: %2</source>
        <translation>副本“%1”已保存，但其所在文件夹无法写入磁盘：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ComplaintDesk store, so it was not replaced.</source>
        <translation>“%1”不是投诉工作台的数据库，因此未被替换。</translation>
    </message>
    <message>
        <source>The backup&apos;s page size (%1 bytes) differs from the store&apos;s (%2 bytes), so it cannot be copied into the store while it is in use.</source>
        <translation>备份的页大小（%1 字节）与数据库的页大小（%2 字节）不同，无法在数据库使用中复制进去。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the store itself.</source>
        <translation>“%1”就是数据库本身。</translation>
    </message>
    <message>
        <source>Restoring the store</source>
        <translation>恢复数据库</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store &quot;%1&quot; is damaged (SQLite: %2). Stop working on it: restore the last backup with &quot;complaintdesk-cli restore FILE&quot;, or run &quot;complaintdesk-cli check&quot; to see what is damaged.</source>
        <translation>数据库“%1”已损坏（SQLite：%2）。请停止在其中工作：用“complaintdesk-cli restore 文件”恢复最近的备份，或运行“complaintdesk-cli check”查看损坏之处。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; was deleted, moved or replaced while this program was using it, so nothing more can be saved in it: this change was not saved. Close the program and open the store again.</source>
        <translation>数据库“%1”在本程序使用期间被删除、移动或替换，已无法再保存任何内容：本次修改未保存。请关闭程序后重新打开数据库。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已中断。</translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1).</source>
        <translation>与服务器的连接已中断（%1）。</translation>
    </message>
    <message>
        <source>The server does not allow the account &quot;%1&quot; to do this (%2). Erasing personal data from the audit trail and upgrading the store are done as the store&apos;s owner (docs/deployment.md); nothing was changed.</source>
        <translation>服务器不允许账户“%1”执行此操作（%2）。从审计记录中清除个人信息和升级数据库须以数据库所有者的身份进行（见 docs/deployment.md）；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>StoreTransfer</name>
    <message>
        <source>The store %1 is at schema version %2, this program&apos;s is %3: open it once with this ComplaintDesk (for example &quot;complaintdesk-cli check --database %1&quot;), which upgrades it, then copy it. Nothing was copied.</source>
        <translation>数据库 %1 的结构版本为 %2，本程序为 %3：请先用本版投诉工作台打开一次（例如“complaintdesk-cli check --database %1”），它会升级该数据库，然后再复制。未复制任何内容。</translation>
    </message>
    <message>
        <source>The target %1 is at schema version %2, this program&apos;s is %3: make a new store with &quot;complaintdesk-cli init --database %1&quot; of this ComplaintDesk. Nothing was copied.</source>
        <translation>目标数据库 %1 的结构版本为 %2，本程序为 %3：请用本版投诉工作台的“complaintdesk-cli init --database %1”新建数据库。未复制任何内容。</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3, so the stores cannot be copied one into the other.</source>
        <translation>表 %1 在 %2 与 %3 中的列不同，无法在两个数据库之间复制。</translation>
    </message>
    <message>
        <source>The copy was stopped in %1 after %2 of its %3 rows; run the same command again to continue where it stopped.</source>
        <translation>复制在表 %1 已复制 %2 / %3 行时停止；再次运行同一命令即从中断处继续。</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the target</source>
        <translation>%1：源数据库 %2 行，目标数据库 %3 行</translation>
    </message>
    <message>
        <source>the search index holds %1 complaints of %2</source>
        <translation>搜索索引只收录了 %2 条投诉中的 %1 条</translation>
    </message>
    <message>
        <source>%1 is both the source and the target; name another target.</source>
        <translation>%1 既是源数据库又是目标数据库；请指定另一个目标数据库。</translation>
    </message>
    <message>
        <source>The store %1 is itself an unfinished copy; finish that copy first. Nothing was copied.</source>
        <translation>数据库 %1 本身是一个未完成的副本；请先完成那次复制。未复制任何内容。</translation>
    </message>
    <message>
        <source>The target %1 holds an unfinished copy of another store, so nothing was copied into it and it was left unchanged: finish that copy, or make a new store for this one with &quot;complaintdesk-cli init --database ADDRESS&quot;.</source>
        <translation>目标数据库 %1 中有另一个数据库未完成的副本，因此未向其复制任何内容，它保持不变：请完成那次复制，或用“complaintdesk-cli init --database 地址”为本次复制新建数据库。</translation>
    </message>
    <message>
        <source>The target %1 already holds content (table %2), so nothing was copied into it and it was left unchanged: copy-store fills only a new, empty store made with &quot;complaintdesk-cli init --database %1&quot; (without --admin).</source>
        <translation>目标数据库 %1 已有内容（表 %2），因此未向其复制任何内容，它保持不变：copy-store 只写入用“complaintdesk-cli init --database %1”新建的空数据库（不带 --admin）。</translation>
    </message>
</context>
<context>
    <name>TableTransfer</name>
    <message>
        <source>The rows of %1 could not be counted.</source>
        <translation>无法统计表 %1 的行数。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Only an administrator may change the idle lock.</source>
        <translation>只有管理员可以修改空闲锁定时间。</translation>
    </message>
    <message>
        <source>The idle lock is between 0 (never) and 480 minutes.</source>
        <translation>空闲锁定时间应在 0（从不）到 480 分钟之间。</translation>
    </message>
    <message>
        <source>Give the name or address of the call centre&apos;s server.</source>
        <translation>请填写呼叫中心服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Give the database account to connect as.</source>
        <translation>请填写用于连接的数据库账号。</translation>
    </message>
    <message>
        <source>The server&apos;s address is not valid: %1</source>
        <translation>服务器地址无效：%1</translation>
    </message>
</context>
<context>
    <name>cd::models::CallerHistoryModel</name>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::models::ChangeWatcher</name>
    <message>
        <source>The connection to the server %1 was lost; trying again.</source>
        <translation>与服务器 %1 的连接已断开，正在重试。</translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintQueueModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1：到期 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>读取中……</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cd::models::ComplaintService</name>
    <message>
        <source>Describe the complaint in the caller&apos;s words.</source>
        <translation>请用客户的原话描述投诉内容。</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>请选择投诉分类。</translation>
    </message>
    <message>
        <source>This sub-category does not belong to the category.</source>
        <translation>该子类不属于所选分类。</translation>
    </message>
    <message>
        <source>The follow-up must be attached to a complaint of this caller.</source>
        <translation>跟进来电只能关联到该来电客户自己的投诉。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; log a new complaint or reopen it.</source>
        <translation>投诉 %1 已结案；请登记新投诉或重开该投诉。</translation>
    </message>
    <message>
        <source>Solved on the call.</source>
        <translation>来电当场解决。</translation>
    </message>
    <message>
        <source>Write a note saying why the status changes.</source>
        <translation>请填写备注，说明状态变更的原因。</translation>
    </message>
    <message>
        <source>The complaint does not exist.</source>
        <translation>该投诉不存在。</translation>
    </message>
    <message>
        <source>Complaint %1 is now &quot;%2&quot;: someone changed it meanwhile. Look at it again before changing its status.</source>
        <translation>投诉 %1 现在的状态是“%2”：其他人刚刚修改过。请重新查看后再变更状态。</translation>
    </message>
    <message>
        <source>A complaint cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>投诉不能从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <source>Sign in before logging calls.</source>
        <translation>请先登录再登记来电。</translation>
    </message>
    <message>
        <source>Sign in before working on complaints.</source>
        <translation>请先登录再处理投诉。</translation>
    </message>
    <message>
        <source>You may not work on complaint %1: it belongs to %2.</source>
        <translation>您无权处理投诉 %1：它属于%2。</translation>
    </message>
    <message>
        <source>Only an administrator may anonymise customers.</source>
        <translation>只有管理员可以对客户做匿名化处理。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>没有此人。</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot take complaints.</source>
        <translation>%1 已停用，不能接收投诉。</translation>
    </message>
    <message>
        <source>%1 belongs to no department.</source>
        <translation>%1 不属于任何部门。</translation>
    </message>
    <message>
        <source>Choose a department or a person.</source>
        <translation>请选择部门或人员。</translation>
    </message>
    <message>
        <source>That department does not take complaints.</source>
        <translation>该部门不接收投诉。</translation>
    </message>
    <message>
        <source>%1 holds complaint %2 already.</source>
        <translation>投诉 %2 已由 %1 处理。</translation>
    </message>
    <message>
        <source>Complaint %1 is in %2&apos;s queue already.</source>
        <translation>投诉 %1 已在%2的队列中。</translation>
    </message>
    <message>
        <source>Select the complaints to reassign.</source>
        <translation>请选择要改派的投诉。</translation>
    </message>
    <message>
        <source>A selected complaint does not exist any more.</source>
        <translation>所选投诉中有一条已不存在。</translation>
    </message>
    <message>
        <source>Only the lead of %1 may reassign complaint %2 in bulk.</source>
        <translation>只有%1的组长可以批量改派投诉 %2。</translation>
    </message>
    <message>
        <source>Complaint %1 is escalated already.</source>
        <translation>投诉 %1 已经升级。</translation>
    </message>
    <message>
        <source>A closed complaint cannot be escalated; reopen it first.</source>
        <translation>已结案的投诉不能升级；请先重开。</translation>
    </message>
    <message>
        <source>Complaint %1 has this classification already.</source>
        <translation>投诉 %1 已是该分类。</translation>
    </message>
    <message>
        <source>Write down what was said to the customer.</source>
        <translation>请记录与客户沟通的内容。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; reopen it first.</source>
        <translation>投诉 %1 已结案；请先重开。</translation>
    </message>
    <message>
        <source>Extend by at least one day.</source>
        <translation>至少延长一天。</translation>
    </message>
    <message>
        <source>Only the lead of %1 may approve an extension.</source>
        <translation>只有%1的组长可以批准延期。</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; allows no extension.</source>
        <translation>时限规则“%1”不允许延期。</translation>
    </message>
    <message>
        <source>Complaint %1 has been answered; there is no deadline to extend.</source>
        <translation>投诉 %1 已答复，没有可延长的时限。</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 days in all: this complaint can be extended by %n more day(s).</source>
        <translation>
            <numerusform>总计最多 %1 天：本投诉最多还可延长 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>A call-back is promised for a time still to come.</source>
        <translation>约定回电时间必须是将来的时间。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>Satisfaction is asked at follow-up, once the customer has been told the solution (complaint %1 is &quot;%2&quot;).</source>
        <translation>满意度在回访时询问，须先向客户答复处理结果（投诉 %1 当前为“%2”）。</translation>
    </message>
    <message>
        <source>The receipt time must lie between 2000-01-01 and five minutes from now (%1).</source>
        <translation>受理时间须在 2000-01-01 与当前时间之后五分钟（%1）之间。</translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n day(s), complaint %1 would be due on %2, more than a year from now.</source>
        <translation>
            <numerusform>延期 %n 天后，投诉 %1 将于 %2 到期，距今超过一年。</numerusform>
        </translation>
    </message>
    <message>
        <source>A call-back is promised at most a year ahead (until %1).</source>
        <translation>约定回电最多可约在一年之内（至 %1）。</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>另一位坐席</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</source>
        <translation>您处理期间，投诉 %1 已被%2修改，因此您的修改未保存。请重新查看该投诉，然后再次进行修改。</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 at %3 while you were working on it, so your change was not saved. Look at the complaint again, then make your change once more.</source>
        <translation>您处理期间，投诉 %1 已于 %3 被%2修改，因此您的修改未保存。请重新查看该投诉，然后再次进行修改。</translation>
    </message>
</context>
<context>
    <name>cd::models::EventTimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cd::models::InstanceChannel</name>
    <message>
        <source>The ComplaintDesk window running on this store did not answer within %1 ms.</source>
        <translation>在此数据库上运行的投诉工作台窗口未在 %1 毫秒内响应。</translation>
    </message>
    <message>
        <source>The ComplaintDesk window running on this store refused the request.</source>
        <translation>在此数据库上运行的投诉工作台窗口拒绝了该请求。</translation>
    </message>
    <message>
        <source>Another ComplaintDesk window is running on this store.</source>
        <translation>此数据库上已有另一个投诉工作台窗口在运行。</translation>
    </message>
</context>
<context>
    <name>cd::models::TaxonomyService</name>
    <message>
        <source>Only an administrator, or the lead of the department that handles it, may change category &quot;%1&quot;.</source>
        <translation>只有管理员或负责该分类的部门组长可以修改分类“%1”。</translation>
    </message>
    <message>
        <source>The code is 2 to 40 capital letters, digits or _, starting with a letter (it is stored and used by the CLI).</source>
        <translation>代码为 2 到 40 个大写字母、数字或下划线，以字母开头（会被存储并供命令行使用）。</translation>
    </message>
    <message>
        <source>Give the name in Chinese and in English.</source>
        <translation>请填写中文和英文名称。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The category does not exist any more.</source>
        <translation>该分类已不存在。</translation>
    </message>
    <message>
        <source>There is a category %1 already.</source>
        <translation>已有分类 %1。</translation>
    </message>
    <message>
        <source>Choose the department that handles it by default.</source>
        <translation>请选择默认处理部门。</translation>
    </message>
    <message>
        <source>The severity is P1, P2, P3 or P4.</source>
        <translation>严重程度应为 P1、P2、P3 或 P4。</translation>
    </message>
    <message>
        <source>Choose the regulatory cause.</source>
        <translation>请选择投诉原因。</translation>
    </message>
    <message>
        <source>The sub-category does not exist any more.</source>
        <translation>该子类已不存在。</translation>
    </message>
    <message>
        <source>Choose the category it belongs to.</source>
        <translation>请选择所属分类。</translation>
    </message>
    <message>
        <source>Category %1 has a sub-category %2 already.</source>
        <translation>分类 %1 下已有子类 %2。</translation>
    </message>
    <message>
        <source>Category %1 is in use (complaints, routing rules or deadline policies refer to it): disable it instead.</source>
        <translation>分类 %1 正在使用中（有投诉、分派规则或时限规则引用它），只能停用。</translation>
    </message>
    <message>
        <source>Sub-category %1 is in use: disable it instead.</source>
        <translation>子类 %1 正在使用中，只能停用。</translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupController</name>
    <message>
        <source>Backing up %p%</source>
        <translation>正在备份 %p%</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>取消备份</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>已有备份正在进行。</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>ComplaintDesk backups (*.sqlite);;All files (*)</source>
        <translation>投诉工作台备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条投诉备份到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>每日备份失败</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>每日备份已保存：%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>ComplaintDesk backups (*.sqlite *.bak);;All files (*)</source>
        <translation>投诉工作台备份 (*.sqlite *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>正在检查备份……</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the store
%1
with the backup
%2?</source>
        <translation>用备份
%2
替换数据库
%1
吗？</translation>
    </message>
    <message numerus="yes">
        <source>The backup was %1 and holds %n complaint(s). Everything recorded in the store after it is replaced; the store as it is now is kept as a copy beside it. Every program using the store sees the restored content, and ComplaintDesk restarts.</source>
        <translation>
            <numerusform>该备份%1，包含 %n 条投诉。此后记录到数据库中的一切都将被替换；当前的数据库会在旁边保留一份副本。所有使用该数据库的程序都会看到恢复后的内容，投诉工作台将重新启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The call being logged in this window is discarded.</source>
        <translation>本窗口中正在登记的来电将被放弃。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring the store...</source>
        <translation>正在恢复数据库……</translation>
    </message>
    <message>
        <source>The store was restored from %1. The store as it was is kept as %2.</source>
        <translation>已从 %1 恢复数据库。原数据库已保留为 %2。</translation>
    </message>
    <message>
        <source>ComplaintDesk restarts now.</source>
        <translation>投诉工作台现在重新启动。</translation>
    </message>
    <message>
        <source>The store was restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <source>The store was restored from a backup by another program. What this window shows no longer matches it, so ComplaintDesk restarts now.</source>
        <translation>另一个程序已从备份恢复了数据库。本窗口显示的内容已与之不符，投诉工作台现在重新启动。</translation>
    </message>
</context>
<context>
    <name>cd::ui::BackupSettingsDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Empty: the folder &quot;backups&quot; beside the store (%1).</source>
        <translation>留空：使用数据库旁边的“backups”文件夹（%1）。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)……</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>每日备份的文件夹</translation>
    </message>
    <message>
        <source>ComplaintDesk copies the store once a day: at the first start of the window that day, or while it runs past midnight. The newest copies are kept; older ones are deleted. Copies are readable by this computer account only.</source>
        <translation>投诉工作台每天复制一次数据库：在当天第一次启动窗口时，或窗口运行跨过午夜时。保留最新的若干份，更早的会被删除。副本仅本计算机账户可读。</translation>
    </message>
    <message>
        <source>&amp;Copies kept:</source>
        <translation>保留份数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarCoverageNotice</name>
    <message>
        <source>Holiday arrangement missing</source>
        <translation>缺少放假调休安排</translation>
    </message>
</context>
<context>
    <name>cd::ui::CalendarsDialog</name>
    <message>
        <source>Around the clock (24 hours)</source>
        <translation>全天候（24 小时）</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>工作时间(&amp;H)：</translation>
    </message>
    <message>
        <source>Ordinary working days:</source>
        <translation>常规工作日：</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>导入 CSV(&amp;I)……</translation>
    </message>
    <message>
        <source>&amp;New calendar</source>
        <translation>新建日历(&amp;N)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Listed days: public holidays (off) and make-up working days (workday):</source>
        <translation>特殊日期：法定节假日（休息）和调休上班日（上班）：</translation>
    </message>
    <message>
        <source>Day off (holiday)</source>
        <translation>休息（节假日）</translation>
    </message>
    <message>
        <source>Working day (make-up)</source>
        <translation>上班（调休）</translation>
    </message>
    <message>
        <source>Save the new calendar before importing into it.</source>
        <translation>请先保存新日历，再向其中导入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::ui::CallerPanel</name>
    <message>
        <source>Enter the caller&apos;s number to see their history.</source>
        <translation>输入来电号码即可查看客户历史。</translation>
    </message>
    <message>
        <source>%1: first call from this number.</source>
        <translation>%1：该号码首次来电。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n earlier complaint(s)</source>
        <translation>
            <numerusform>%1：历史投诉 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>，未结 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>; last call %1</source>
        <translation>；上次来电 %1</translation>
    </message>
    <message>
        <source>Histor&amp;y (Enter on an open complaint: log this call as its follow-up):</source>
        <translation>历史记录(&amp;Y)（在未结案投诉上按 Enter：将本次来电登记为其跟进来电）：</translation>
    </message>
</context>
<context>
    <name>cd::ui::CategorySuggestions</name>
    <message>
        <source>Suggested categories appear as you type the description.</source>
        <translation>输入描述时会显示推荐分类。</translation>
    </message>
    <message>
        <source>No suggestion: nothing in the text points to a category.</source>
        <translation>无推荐：描述中没有指向某个分类的内容。</translation>
    </message>
    <message>
        <source>Unsure, no category is clearly ahead:</source>
        <translation>不确定，没有明显领先的分类：</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <source>Alt+%1 %2</source>
        <translation>Alt+%1 %2</translation>
    </message>
    <message>
        <source>Preparing suggestions...</source>
        <translation>正在准备推荐分类……</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>&amp;This computer: a store file for this desk</source>
        <translation>本机(&amp;T)：本坐席的数据库文件</translation>
    </message>
    <message>
        <source>The call centre&apos;s &amp;server (PostgreSQL)</source>
        <translation>呼叫中心服务器(&amp;S)（PostgreSQL）</translation>
    </message>
    <message>
        <source>Connect to a store</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>验证服务器证书和名称（verify-full）</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation>验证服务器证书（verify-ca）</translation>
    </message>
    <message>
        <source>Encrypt, without verifying the server (require)</source>
        <translation>加密，但不验证服务器（require）</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>服务器支持时加密（prefer）</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>从不加密（disable）</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)……</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>ComplaintDesk stores (*.sqlite)</source>
        <translation>投诉工作台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>The password is asked for when connecting (or taken from ~/.pgpass); it is never stored.</source>
        <translation>连接时询问密码（或从 ~/.pgpass 读取）；密码从不保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Give the store file&apos;s path.</source>
        <translation>请填写数据库文件的路径。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionNotice</name>
    <message numerus="yes">
        <source>%n call(s) waiting to be saved</source>
        <translation>
            <numerusform>%n 个来电等待保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Server unreachable; reconnecting...</source>
        <translation>无法连接服务器，正在重新连接……</translation>
    </message>
    <message>
        <source>The server %1 does not answer. What is typed stays in the form, and calls saved meanwhile are saved once it answers.</source>
        <translation>服务器 %1 没有响应。已录入的内容保留在表单中，其间保存的来电会在服务器恢复响应后保存。</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardCharts</name>
    <message>
        <source>Open now, by status and department</source>
        <translation>当前未结投诉（按状态和部门）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Deadlines met, by department (%)</source>
        <translation>各部门按时完成率（%）</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>received by %1 in the period</source>
        <translation>该期间%1受理的投诉</translation>
    </message>
    <message>
        <source>Overdue now, by days past due</source>
        <translation>当前超时投诉（按超时天数）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>不足 1 天</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>7-30 days</source>
        <translation>7–30 天</translation>
    </message>
    <message>
        <source>30 days +</source>
        <translation>30 天以上</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Complaints received per day, by category</source>
        <translation>每日受理量（按分类）</translation>
    </message>
    <message>
        <source>%1 received on %2</source>
        <translation>%2 受理的%1</translation>
    </message>
    <message>
        <source>Top sub-categories</source>
        <translation>子类排行</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation>客户满意度（1 = 非常不满意，5 = 非常满意）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customers who answered %1</source>
        <translation>满意度评分为 %1 的客户</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPane</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>导出报表(&amp;E)……</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临近超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Closed this week</source>
        <translation>本周结案</translation>
    </message>
    <message>
        <source>First response on time</source>
        <translation>首次响应按时率</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>open complaints of %1</source>
        <translation>%1 的未结投诉</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload&lt;/b&gt; (double-click a person for their queue)</source>
        <translation>&lt;b&gt;工作量&lt;/b&gt;（双击人员查看其队列）</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; complaints received · first-contact resolution &lt;b&gt;%2&lt;/b&gt; · average call &lt;b&gt;%3&lt;/b&gt; · repeat callers (7 days) &lt;b&gt;%4&lt;/b&gt; · satisfaction &lt;b&gt;%5&lt;/b&gt; (%6 rated) · first response on time &lt;b&gt;%7&lt;/b&gt; · resolved on time &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>受理投诉 &lt;b&gt;%1&lt;/b&gt; 条 · 来电当场解决率 &lt;b&gt;%2&lt;/b&gt; · 平均通话 &lt;b&gt;%3&lt;/b&gt; · 重复来电（7 天内）&lt;b&gt;%4&lt;/b&gt; · 满意度 &lt;b&gt;%5&lt;/b&gt;（%6 人评价）· 首次响应按时 &lt;b&gt;%7&lt;/b&gt; · 按时办结 &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报表已写入 %1</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Print report...</source>
        <translation>打印报表(&amp;P)……</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>建议的分类</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议次数</translation>
    </message>
    <message>
        <source>Kept by the agent</source>
        <translation>被采纳次数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>采纳率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Category suggestions&lt;/b&gt;: %1 of %2 kept (%3) by the agents or leads</source>
        <translation>&lt;b&gt;分类建议&lt;/b&gt;：%2 条中有 %1 条被坐席或组长采纳（%3）</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlinePanel</name>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>&amp;Why these times?</source>
        <translation>时限计算依据(&amp;W)</translation>
    </message>
    <message>
        <source>Contacted the c&amp;ustomer...</source>
        <translation>登记客户联系(&amp;U)……</translation>
    </message>
    <message>
        <source>Promise a call-&amp;back...</source>
        <translation>约定回电(&amp;B)……</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline...</source>
        <translation>延长办结时限(&amp;X)……</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>时限状态：</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>首次响应时限：</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>办结时限：</translation>
    </message>
    <message>
        <source>Call-back:</source>
        <translation>回电：</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>时限规则“%1”</translation>
    </message>
    <message>
        <source>Solved on the call</source>
        <translation>来电当场解决</translation>
    </message>
    <message>
        <source>%1 - met late, at %2</source>
        <translation>%1 — 超时，已于 %2 完成</translation>
    </message>
    <message>
        <source>%1 - met at %2</source>
        <translation>%1 — 已于 %2 完成</translation>
    </message>
    <message>
        <source>paused, %1 of the target left</source>
        <translation>已暂停，剩余时限 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>none promised</source>
        <translation>未约定</translation>
    </message>
    <message>
        <source>Contact with the customer about %1</source>
        <translation>就 %1 联系客户</translation>
    </message>
    <message>
        <source>What was said (the first contact stops the first-response clock):</source>
        <translation>沟通内容（首次联系将停止首次响应计时）：</translation>
    </message>
    <message>
        <source>Call-back for %1</source>
        <translation>%1 的回电约定</translation>
    </message>
    <message>
        <source>&amp;Clear the promise</source>
        <translation>取消约定(&amp;C)</translation>
    </message>
    <message>
        <source>Call back &amp;at:</source>
        <translation>回电时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>延长 %1 的办结时限</translation>
    </message>
    <message>
        <source>Extend the resolution deadline by (days):</source>
        <translation>办结时限延长（天）：</translation>
    </message>
    <message>
        <source>Why is more time needed? (required)</source>
        <translation>为什么需要更多时间？（必填）</translation>
    </message>
    <message>
        <source>%1 - provisional</source>
        <translation>%1（暂定）</translation>
    </message>
</context>
<context>
    <name>cd::ui::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation>重命名所选(&amp;N)</translation>
    </message>
    <message>
        <source>Disable / &amp;enable selected</source>
        <translation>停用/启用所选(&amp;E)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名：</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>cd::ui::DetailPane</name>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>Customer demand:</source>
        <translation>客户诉求：</translation>
    </message>
    <message>
        <source>Amount involved:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <source>Transaction ref.:</source>
        <translation>交易流水号：</translation>
    </message>
    <message>
        <source>Logged by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>来电：</translation>
    </message>
    <message>
        <source>Note: what was done or why (required)</source>
        <translation>备注：做了什么或原因（必填）</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <source>Select a complaint in the queue.</source>
        <translation>请在队列中选择一条投诉。</translation>
    </message>
    <message>
        <source>(department queue)</source>
        <translation>（部门队列）</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 in total</source>
        <translation>
            <numerusform>共 %n 次来电，通话 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Shows the full phone number; this is recorded in the audit trail.</source>
        <translation>显示完整电话号码；此操作会记入审计记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) in the note were masked.</source>
        <translation>
            <numerusform>备注中的 %n 个银行卡号或身份证号已脱敏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Routed by:</source>
        <translation>分派依据：</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>各部门处理时长：</translation>
    </message>
    <message>
        <source>Escalated:</source>
        <translation>升级：</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转派 %1</translation>
    </message>
    <message>
        <source>&amp;Escalate to lead...</source>
        <translation>升级给组长(&amp;E)……</translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>Why does the lead need to take this?</source>
        <translation>为什么需要组长处理？</translation>
    </message>
    <message>
        <source>the category&apos;s default department</source>
        <translation>分类的默认部门</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot;</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Re&amp;classify...</source>
        <translation>重新分类(&amp;C)……</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <source>Regulatory cause:</source>
        <translation>投诉原因：</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction, asked at follow-up</source>
        <translation>记录回访时客户的满意度</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>已合并到：</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>a complaint you may not see</source>
        <translation>一条您无权查看的投诉</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>记录(&amp;R)……</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>提交(&amp;V)</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer...</source>
        <translation>转派(&amp;N)……</translation>
    </message>
    <message>
        <source>Move t&amp;o:</source>
        <translation>变更为(&amp;O)：</translation>
    </message>
    <message>
        <source>transferred by %1 on %2</source>
        <translation>由 %1 于 %2 转派</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportDialog</name>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Columns as named</source>
        <translation>按列名对应</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>&amp;Save mapping...</source>
        <translation>保存对应关系(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>对应关系(&amp;M)：</translation>
    </message>
    <message>
        <source>Columns to fields</source>
        <translation>文件列 → 字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Values to ours</source>
        <translation>取值 → 本系统取值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的取值</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本系统取值</translation>
    </message>
    <message>
        <source>Preview: the first rows as they would be saved</source>
        <translation>预览：前几行将按如下内容保存</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save the correct &amp;rows, report the others</source>
        <translation>保存正确的行，报告其余行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全部成功才保存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Comma- or tab-separated files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>逗号或制表符分隔的文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), encoding %1 (%2), separated by %3.</source>
        <translation>
            <numerusform>%n 行，编码 %1（%2），以%3分隔。</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(as named, else classified)</source>
        <translation>（按名称对应，否则自动分类）</translation>
    </message>
    <message>
        <source>(as named)</source>
        <translation>（按名称对应）</translation>
    </message>
    <message>
        <source> (classified)</source>
        <translation>（自动分类）</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>（当前时间）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可以保存</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>对应关系名称：</translation>
    </message>
    <message>
        <source>A mapping&apos;s name cannot contain &quot;/&quot; or start with &quot;.&quot;.</source>
        <translation>对应关系名称不能包含“/”，也不能以“.”开头。</translation>
    </message>
    <message>
        <source>Importing complaints...</source>
        <translation>正在导入投诉...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 (already present), failed %3</source>
        <translation>已导入 %1 条，跳过 %2 条（已存在），失败 %3 条</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何内容。</translation>
    </message>
    <message>
        <source>Cancelled: the rows before were saved.</source>
        <translation>已取消：之前的行已保存。</translation>
    </message>
    <message>
        <source>All or nothing: a row failed, so nothing was saved.</source>
        <translation>全部成功才保存：有行失败，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>
... and %n more.</source>
        <translation>
            <numerusform>
……另有 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>The workstation is locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>%n 分钟无操作后自动锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by you.</source>
        <translation>已由您手动锁定。</translation>
    </message>
</context>
<context>
    <name>cd::ui::LogCallPane</name>
    <message>
        <source>e.g. 138 1234 5678 or 010-6234 5678</source>
        <translation>例如 138 1234 5678 或 010-6234 5678</translation>
    </message>
    <message>
        <source>How the caller wants to be addressed (optional)</source>
        <translation>客户的称呼（可选）</translation>
    </message>
    <message>
        <source>Start timing a new call (Ctrl+N)</source>
        <translation>开始为新来电计时（Ctrl+N）</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1280.50</source>
        <translation>单位：元，例如 1280.50</translation>
    </message>
    <message>
        <source>Order or transaction number (optional)</source>
        <translation>订单号或交易流水号（可选）</translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>发生了什么，尽量用客户的原话</translation>
    </message>
    <message>
        <source>S&amp;olved on this call</source>
        <translation>来电当场解决(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log as:</source>
        <translation>登记为(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>子类(&amp;U)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Transaction ref.:</source>
        <translation>交易流水号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>来电客户历史</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose a category...</source>
        <translation>请选择分类……</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Follow-up to %1 (%2, %3)</source>
        <translation>跟进 %1（%2，%3）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What the caller adds on this follow-up call</source>
        <translation>客户在本次跟进来电中补充的内容</translation>
    </message>
    <message>
        <source>Follow-up saved to %1 (call %2)</source>
        <translation>已保存为 %1 的跟进（通话 %2）</translation>
    </message>
    <message>
        <source>Saved as %1 (call %2)</source>
        <translation>已保存，编号 %1（通话 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n card or ID number(s) were masked before saving (first 6 and last 4 digits kept).</source>
        <translation>
            <numerusform>保存前已对 %n 个银行卡号或身份证号做脱敏处理（保留前 6 位和后 4 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>由%1处理</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>业务类型(&amp;B)：</translation>
    </message>
    <message>
        <source>Custome&amp;r demand:</source>
        <translation>客户诉求(&amp;R)：</translation>
    </message>
    <message>
        <source>Amount &amp;involved:</source>
        <translation>涉及金额(&amp;I)：</translation>
    </message>
    <message>
        <source>Not yet kept as a draft (the store is busy or read-only); trying again. What you typed is still here.</source>
        <translation>尚未保存为草稿（数据库忙或只读），稍后自动重试。您输入的内容仍在此处。</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Discard it and start a new call?</source>
        <translation>正在登记的来电尚未保存。确定放弃并开始新来电吗？</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>来电未保存</translation>
    </message>
    <message>
        <source>ComplaintDesk stopped while you were logging a call, before it was saved. Restore it into the form?</source>
        <translation>投诉工作台在您登记来电时意外关闭，这通来电尚未保存。要把它恢复到登记表中吗？</translation>
    </message>
    <message>
        <source>Last typed: %1 (%2 ago)</source>
        <translation>最后输入：%1（%2前）</translation>
    </message>
    <message>
        <source>Last typed: %1</source>
        <translation>最后输入：%1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>来电客户：%1</translation>
    </message>
    <message>
        <source>Caller: %1 (%2)</source>
        <translation>来电客户：%1（%2）</translation>
    </message>
    <message>
        <source>Description: (none typed)</source>
        <translation>描述：（未输入）</translation>
    </message>
    <message>
        <source>Description: &quot;%1&quot;</source>
        <translation>描述：“%1”</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Incoming calls &amp;waiting:</source>
        <translation>等待中的来电(&amp;W)：</translation>
    </message>
    <message>
        <source>Ta&amp;ke call</source>
        <translation>接起来电(&amp;K)</translation>
    </message>
    <message>
        <source>Start logging the chosen waiting call (Enter in the list)</source>
        <translation>开始登记所选的等待来电（在列表中按 Enter）</translation>
    </message>
    <message>
        <source>Take the waiting call</source>
        <translation>接起等待的来电</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Put it aside (it is discarded) and take the call from %1? To keep it, cancel and save it first (Ctrl+Enter).</source>
        <translation>正在登记的来电尚未保存。确定将其搁置（即放弃）并接起 %1 的来电吗？如需保留，请取消并先保存（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>%1 - rang %2</source>
        <translation>%1 - %2 来电</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>New call (Ctrl+N)</source>
        <translation>新来电（Ctrl+N）</translation>
    </message>
    <message>
        <source>Discard call (Ctrl+Shift+Del)</source>
        <translation>放弃来电（Ctrl+Shift+Del）</translation>
    </message>
    <message>
        <source>Clear the form and remove its draft, without saving</source>
        <translation>清空表单并删除其草稿，不保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>称呼(&amp;N)：</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>渠道(&amp;E)：</translation>
    </message>
    <message>
        <source>Discard call</source>
        <translation>放弃来电</translation>
    </message>
    <message>
        <source>Discard the call being logged? What was typed is lost and its draft removed.</source>
        <translation>放弃正在登记的来电吗？已输入的内容将丢失，草稿也将删除。</translation>
    </message>
    <message>
        <source>No suggestions: a follow-up keeps the category of the complaint it follows.</source>
        <translation>无建议：跟进来电沿用所跟进投诉的分类。</translation>
    </message>
    <message>
        <source>The call from %1 typed earlier could not be saved: %2</source>
        <translation>此前录入的 %1 的来电无法保存：%2</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Nothing typed is lost. The call is saved as soon as the server answers again (tried at %2); you may go on with the next call.</source>
        <translation>尚未保存：%1已录入的内容不会丢失，服务器恢复响应后立即保存此来电（上次尝试于 %2）；可以继续处理下一个来电。</translation>
    </message>
    <message>
        <source>The server had saved it before the connection was lost; it was not saved twice.</source>
        <translation>连接中断前服务器已保存此来电，未重复保存。</translation>
    </message>
    <message>
        <source>It was saved as it was when Save was pressed; the changes made since are still in the form.</source>
        <translation>保存的是按下保存时的内容；此后的修改仍在表单中。</translation>
    </message>
    <message>
        <source>(the call from %1 typed earlier)</source>
        <translation>（此前录入的 %1 的来电）</translation>
    </message>
    <message>
        <source>Not yet kept as a draft: the server cannot be reached; trying again. What you typed is still here.</source>
        <translation>尚未保存为草稿（无法连接服务器），稍后自动重试。您输入的内容仍在此处。</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ComplaintDesk</source>
        <translation>投诉工作台</translation>
    </message>
    <message>
        <source>Log call (F2)</source>
        <translation>登记来电（F2）</translation>
    </message>
    <message>
        <source>Complaints (F3)</source>
        <translation>投诉队列（F3）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>导出为 CSV(&amp;E)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>登记来电(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation>投诉队列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ComplaintDesk</source>
        <translation>关于投诉工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About ComplaintDesk</source>
        <translation>关于投诉工作台</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting complaints...</source>
        <translation>正在导出投诉……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting complaints... %1 written</source>
        <translation>正在导出投诉……已写入 %1 条</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n complaint(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条投诉到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>来电未保存</translation>
    </message>
    <message>
        <source>The call being logged has not been saved. Quit and discard it?</source>
        <translation>正在登记的来电尚未保存。确定退出并放弃吗？</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change password...</source>
        <translation>修改密码(&amp;C)……</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户(&amp;U)……</translation>
    </message>
    <message>
        <source>Include full phone numbers? Phone numbers are masked in exports unless you ask otherwise; an unmasked export is recorded.</source>
        <translation>是否导出完整电话号码？导出时电话号码默认脱敏；导出完整号码会记入审计记录。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>示闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>示忙</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离席</translation>
    </message>
    <message>
        <source>New complaints are given only to available agents.</source>
        <translation>新投诉只会派给示闲的坐席。</translation>
    </message>
    <message>
        <source>&amp;Routing rules...</source>
        <translation>分派规则(&amp;R)……</translation>
    </message>
    <message>
        <source>&amp;Departments...</source>
        <translation>部门(&amp;D)……</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Business &amp;calendars...</source>
        <translation>工作日历(&amp;C)……</translation>
    </message>
    <message>
        <source>Dead&amp;line policies...</source>
        <translation>时限规则(&amp;L)……</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 条新提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (F9)</source>
        <translation>
            <numerusform>……另有 %n 条（F9）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;tegories...</source>
        <translation>投诉分类(&amp;T)……</translation>
    </message>
    <message>
        <source>Dashboard (F4)</source>
        <translation>看板（F4）</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>备份(&amp;B)……</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>从备份恢复(&amp;R)……</translation>
    </message>
    <message>
        <source>Daily &amp;backup...</source>
        <translation>每日备份(&amp;B)……</translation>
    </message>
    <message>
        <source>ComplaintDesk (locked)</source>
        <translation>投诉工作台（已锁定）</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&lt;b&gt;ComplaintDesk&lt;/b&gt; %1&lt;br&gt;Complaint hotline workstation.&lt;br&gt;&lt;br&gt;Store: %2&lt;br&gt;Schema version: %3&lt;br&gt;&lt;br&gt;Built with Qt %4 (LGPL-3.0), SQLite (public domain), libsodium (ISC), libphonenumber (Apache-2.0), Snowball libstemmer (BSD-3-Clause), libpwquality (BSD-3-Clause or GPL-2.0+) and libxcb (MIT).</source>
        <translation>&lt;b&gt;投诉工作台&lt;/b&gt; %1&lt;br&gt;投诉热线坐席工作台。&lt;br&gt;&lt;br&gt;数据库：%2&lt;br&gt;结构版本：%3&lt;br&gt;&lt;br&gt;使用 Qt %4（LGPL-3.0）、SQLite（公有领域）、libsodium（ISC）、libphonenumber（Apache-2.0）、Snowball libstemmer（BSD-3-Clause）、libpwquality（BSD-3-Clause 或 GPL-2.0+）和 libxcb（MIT）构建。</translation>
    </message>
    <message>
        <source>Changes by other desks are not shown as they happen: %1</source>
        <translation>其他坐席的变更无法实时显示：%1</translation>
    </message>
    <message>
        <source>&amp;Connect to a store...</source>
        <translation>连接数据库(&amp;C)...</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>已派给您：%1</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) assigned to you</source>
        <translation>
            <numerusform>%n 条投诉已派给您</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls not saved</source>
        <translation>来电未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be saved yet: the server cannot be reached. They are saved as soon as it answers while the program runs. Quit anyway and lose them?</source>
        <translation>
            <numerusform>%n 个来电尚未保存：无法连接服务器。程序运行期间服务器一恢复响应即会保存。仍要退出并放弃这些来电吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接服务器。</translation>
    </message>
</context>
<context>
    <name>cd::ui::QueuePane</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>我可查看的全部</translation>
    </message>
    <message>
        <source>My complaints</source>
        <translation>我的投诉</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Unassigned in my department</source>
        <translation>本部门待派单</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n complaint(s)</source>
        <translation>
            <numerusform>改派 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临近超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Classification review</source>
        <translation>分类复核</translation>
    </message>
    <message>
        <source>Search: reference, phone, name, words</source>
        <translation>搜索：编号、电话、姓名、关键词</translation>
    </message>
    <message>
        <source>Search results are listed newest first.</source>
        <translation>搜索结果按登记时间从新到旧排列。</translation>
    </message>
    <message>
        <source>More than %L1 complaints</source>
        <translation>超过 %L1 条投诉</translation>
    </message>
    <message>
        <source>Selected...</source>
        <translation>所选投诉……</translation>
    </message>
    <message>
        <source>Bulk actions on the selected complaints</source>
        <translation>对所选投诉批量操作</translation>
    </message>
    <message>
        <source>&amp;Reassign...</source>
        <translation>改派(&amp;R)……</translation>
    </message>
    <message>
        <source>Change &amp;severity...</source>
        <translation>修改严重程度(&amp;S)……</translation>
    </message>
    <message>
        <source>Add a &amp;note...</source>
        <translation>添加备注(&amp;N)……</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates into the current complaint...</source>
        <translation>将重复投诉合并到当前投诉(&amp;M)……</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <source>From the dashboard: %1</source>
        <translation>来自看板：%1</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>修改严重程度</translation>
    </message>
    <message numerus="yes">
        <source>New severity of %n complaint(s):</source>
        <translation>
            <numerusform>%n 条投诉的新严重程度：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message numerus="yes">
        <source>Note for %n complaint(s):</source>
        <translation>
            <numerusform>给 %n 条投诉的备注：</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复投诉</translation>
    </message>
    <message>
        <source>Select the duplicates and, last, the complaint to keep (it is the current row).</source>
        <translation>请先选择重复投诉，最后选择要保留的投诉（即当前行）。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n complaint(s) into %1, which keeps their calls and events. Reason:</source>
        <translation>
            <numerusform>将 %n 条投诉合并到 %1（保留它们的来电和事件）。原因：</numerusform>
        </translation>
    </message>
    <message>
        <source>Save what the queue shows as a view, listed in the queue selector</source>
        <translation>把当前队列的显示方式保存为视图，列在队列选择框中</translation>
    </message>
    <message>
        <source>&amp;Save as a new view...</source>
        <translation>另存为新视图(&amp;S)……</translation>
    </message>
    <message>
        <source>&amp;Change this view...</source>
        <translation>修改此视图(&amp;C)……</translation>
    </message>
    <message>
        <source>&amp;Delete this view</source>
        <translation>删除此视图(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 共享）</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开视图“%1”：%2</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>删除视图“%1”？</translation>
    </message>
    <message>
        <source>View&amp;s</source>
        <translation>视图(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>正在读取队列……</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1+ complaints</source>
        <translation>%L1+ 条投诉</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>分类(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>严重程度(&amp;I)：</translation>
    </message>
    <message>
        <source>Search results: newest first (sorting by a column applies again when the search is cleared)</source>
        <translation>搜索结果按最新排列（清空搜索后，按列排序重新生效）</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>看板：%1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot; here.</source>
        <translation>此处没有与“%1”匹配的投诉。</translation>
    </message>
    <message>
        <source>No complaints in this queue match the chosen status, category or severity.</source>
        <translation>此队列中没有符合所选状态、分类或严重程度的投诉。</translation>
    </message>
    <message>
        <source>No complaints in this queue.</source>
        <translation>此队列中没有投诉。</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n complaint(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条投诉改派至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ReclassifyDialog</name>
    <message>
        <source>Reclassify %1</source>
        <translation>重新分类 %1</translation>
    </message>
    <message>
        <source>Why the first classification was wrong (required)</source>
        <translation>原分类错在哪里（必填）</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>子类(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>cd::ui::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒内容</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>全部标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>没有提醒。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportOutput</name>
    <message>
        <source>Reading the complaints of the period...</source>
        <translation>正在读取该期间的投诉……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>complaint-statistics-%1-%2</source>
        <translation>投诉统计-%1-%2</translation>
    </message>
    <message>
        <source>Export statistics report</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;CSV for Excel (*.csv)</source>
        <translation>含图表的 PDF (*.pdf);;适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be printed on %1.</source>
        <translation>无法在 %1 上打印报表。</translation>
    </message>
</context>
<context>
    <name>cd::ui::RoutingRulesDialog</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Forwarded by a regulator</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>分派规则</translation>
    </message>
    <message>
        <source>comma-separated, any one matches</source>
        <translation>用逗号分隔，命中任意一个即可</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>请选择……</translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>(the category&apos;s default)</source>
        <translation>（分类的默认部门）</translation>
    </message>
    <message>
        <source>Stay in the department queue</source>
        <translation>留在部门队列</translation>
    </message>
    <message>
        <source>Round robin among available members</source>
        <translation>在示闲成员中轮流派单</translation>
    </message>
    <message>
        <source>Member with the fewest open complaints</source>
        <translation>派给未结投诉最少的成员</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>The first rule that matches decides:</source>
        <translation>按顺序，第一条命中的规则生效：</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>规则名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Sub-category:</source>
        <translation>子类：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Amount at least:</source>
        <translation>金额不低于：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>分派至：</translation>
    </message>
    <message>
        <source>Raise severity to:</source>
        <translation>严重程度提升为：</translation>
    </message>
    <message>
        <source>Assign:</source>
        <translation>派单方式：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test a sample complaint</source>
        <translation>用示例投诉测试</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>category default</source>
        <translation>分类默认部门</translation>
    </message>
    <message>
        <source>%1. %2 -&gt; %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Goes to %1, severity %2. %3</source>
        <translation>交给%1，严重程度 %2。%3</translation>
    </message>
</context>
<context>
    <name>cd::ui::SatisfactionDialog</name>
    <message>
        <source>5 - very happy</source>
        <translation>5 - 非常满意</translation>
    </message>
    <message>
        <source>4 - happy</source>
        <translation>4 - 满意</translation>
    </message>
    <message>
        <source>3 - neither happy nor unhappy</source>
        <translation>3 - 一般</translation>
    </message>
    <message>
        <source>2 - unhappy</source>
        <translation>2 - 不满意</translation>
    </message>
    <message>
        <source>1 - very unhappy</source>
        <translation>1 - 非常不满意</translation>
    </message>
    <message>
        <source>Customer satisfaction: %1</source>
        <translation>客户满意度：%1</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户的原话（可选）</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>评分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评价(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::SaveViewDialog</name>
    <message>
        <source>S&amp;hare with my department</source>
        <translation>共享给本部门(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>修改视图</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意分类</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>任意部门</translation>
    </message>
    <message>
        <source>Anybody</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任意严重程度</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <source>Any deadline state</source>
        <translation>任意时限状态</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临近超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>子类(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>处理人(&amp;I)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>时限(&amp;L)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>关键词(&amp;W)：</translation>
    </message>
    <message>
        <source>Any sub-category</source>
        <translation>任意子类</translation>
    </message>
    <message>
        <source>&amp;Open complaints</source>
        <translation>未结案投诉(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation>已升级(&amp;E)</translation>
    </message>
    <message>
        <source>Classification &amp;review</source>
        <translation>分类复核(&amp;R)</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>无人（待派单）</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>仅限：</translation>
    </message>
</context>
<context>
    <name>cd::ui::SignInDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in to ComplaintDesk</source>
        <translation>登录投诉工作台</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This store has no administrator yet. Create the account that will manage users, the taxonomy and calendars. Choose a password of at least %1 characters that is not a dictionary word or a simple pattern; there is no default password.</source>
        <translation>此数据库还没有管理员。请创建用于管理用户、分类和日历的账号。请设置至少 %1 个字符、且不是词典单词或简单模式的密码；系统没有默认密码。</translation>
    </message>
</context>
<context>
    <name>cd::ui::SlaPoliciesDialog</name>
    <message>
        <source>business hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>hours (around the clock)</source>
        <translation>小时（自然时间）</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Only complaints forwarded by a regulator</source>
        <translation>仅限监管转办的投诉</translation>
    </message>
    <message>
        <source>A lead may extend the resolution target up to</source>
        <translation>组长可将办结时限延长至</translation>
    </message>
    <message>
        <source>Deadline policies</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <source> days in all</source>
        <translation> 天（总计）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>分类(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;First response within:</source>
        <translation>首次响应时限(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolution within:</source>
        <translation>办结时限(&amp;R)：</translation>
    </message>
    <message>
        <source>Counted on ca&amp;lendar:</source>
        <translation>计时日历(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>The first active policy whose conditions hold applies:</source>
        <translation>按顺序采用第一个条件满足的启用规则：</translation>
    </message>
    <message>
        <source>%1. %2 - %3 / %4</source>
        <translation>%1. %2 — %3 / %4</translation>
    </message>
</context>
<context>
    <name>cd::ui::StoreCheckMonitor</name>
    <message>
        <source>The store could not be checked: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <source>The store is damaged: restore a backup</source>
        <translation>数据库已损坏：请恢复备份</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Complaints saved from now on may be lost with the damaged file. Ask an administrator to restore the last backup.</source>
        <translation>此后保存的投诉可能随损坏的文件一起丢失。请让管理员恢复最近的备份。</translation>
    </message>
</context>
<context>
    <name>cd::ui::TaxonomyDialog</name>
    <message>
        <source>Active (offered when logging calls)</source>
        <translation>启用（登记来电时可选）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Regulatory cause</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>e.g. MERCHANT_ONBOARDING</source>
        <translation>例如 MERCHANT_ONBOARDING</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Handled &amp;by:</source>
        <translation>默认处理部门(&amp;B)：</translation>
    </message>
    <message>
        <source>Default se&amp;verity:</source>
        <translation>默认严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Regulatory ca&amp;use:</source>
        <translation>投诉原因(&amp;U)：</translation>
    </message>
    <message>
        <source>New &amp;category</source>
        <translation>新建分类(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;sub-category</source>
        <translation>新建子类(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Sub-category of %1</source>
        <translation>%1 的子类</translation>
    </message>
    <message>
        <source>New sub-category of %1</source>
        <translation>%1 的新子类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新分类</translation>
    </message>
</context>
<context>
    <name>cd::ui::TransferDialog</name>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>(the department&apos;s queue)</source>
        <translation>（部门队列）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>To &amp;department:</source>
        <translation>转到部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>To a &amp;person in it:</source>
        <translation>或转给该部门人员(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>cd::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>重置密码(&amp;R)……</translation>
    </message>
    <message>
        <source>Disable / &amp;enable</source>
        <translation>停用/启用(&amp;E)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Lock workstations after</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>后锁定工作台</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>cannot sign in</source>
        <translation>不可登录</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Set &amp;role and department</source>
        <translation>设置角色和部门(&amp;R)</translation>
    </message>
    <message>
        <source>Gives the selected user the role and department chosen below.</source>
        <translation>把下面选择的角色和部门赋给所选用户。</translation>
    </message>
</context>
</TS>
