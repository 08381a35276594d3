#include "database.h"
#include "migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                          | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                          | QFileDevice::ReadOther | QFileDevice::WriteOther
                          | QFileDevice::ExeOther;
constexpr auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                | QFileDevice::ReadOther | QFileDevice::ExeOther;

} // namespace

// Runs the real complaintdesk-cli binary, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = cd::test::ProcessRun;

    QTemporaryDir m_dir;
    QString m_sharedKeys;   // the audit keys of sharedCopy()'s stores, for User::Unprivileged

    QString store() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    static QString bossPassword() { return QStringLiteral("harbour lights 42"); }

    // Who runs the CLI. Unprivileged: as "nobody" when the tests run as root, for whom no
    // file or folder is read-only.
    enum class User { Tester, Unprivileged };

    // Runs as `as` (password bossPassword()) unless `as` is empty.
    Run cli(QStringList arguments, bool withStore = true,
            const QString &as = QStringLiteral("boss"), const QString &password = {},
            User user = User::Tester)
    {
        if (withStore)
            arguments << QStringLiteral("--database") << store();
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        if (!as.isEmpty())
            arguments << QStringLiteral("--as") << as;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"),
                           password.isEmpty() ? bossPassword() : password);
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                           QStringLiteral("agent password"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        if (user == User::Unprivileged && !m_sharedKeys.isEmpty())
            environment.insert(QStringLiteral("COMPLAINTDESK_AUDIT_KEY_DIR"), m_sharedKeys);
        process.setProcessEnvironment(environment);
        if (user == User::Unprivileged && ::geteuid() == 0) {
            process.setChildProcessModifier([] {
                constexpr uid_t nobody = 65534;
                if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0
                    || ::setuid(nobody) != 0)
                    ::_exit(125);
            });
        }
        process.start(QStringLiteral(CLI_PATH), arguments);
        return cd::test::finishedRun(process);
    }

    // Runs the CLI with `arguments` as they are, `extra` added to the environment.
    static Run run(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), bossPassword());
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                           bossPassword());
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CLI_PATH), arguments + QStringList{QStringLiteral("--lang"),
                                                                       QStringLiteral("en")});
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    // Runs the CLI with exactly `environment` (no password variables unless given), and
    // `input` on its standard input.
    static Run raw(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        return cd::test::finishedRun(process);
    }

    // Runs `statements` on the store at `path` with SQLite alone (no program has it open).
    static bool tamper(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tamper"));
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (ok && !query.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    static QProcessEnvironment withoutPasswords()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("COMPLAINTDESK_PASSWORD"));
        environment.remove(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"));
        return environment;
    }

    // A file of mode 0600 holding `password`.
    QString passwordFile(const QString &name, const QString &password)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(password.toUtf8() + '\n');
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QVariant scalarOf(const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("peek"));
            db.setDatabaseName(store());
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

private Q_SLOTS:
    void shouldInitAStoreWithItsAdministrator()
    {
        // without an administrator the store cannot be used
        const Run noAdmin = cli({QStringLiteral("init")}, true, {});
        QCOMPARE(noAdmin.exitCode, 2);
        QVERIFY(noAdmin.err.contains(QStringLiteral("--admin")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"),
                           bossPassword());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH),
                      {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                       QStringLiteral("--database"), store()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(store()));
        // a second administrator cannot be made this way
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("eve")},
                     true, {}).exitCode, 1);
    }

    void shouldRefuseWrongPasswordsAndMissingUsers()
    {
        const Run wrong = cli({QStringLiteral("list")}, true, QStringLiteral("boss"),
                              QStringLiteral("not the password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("Wrong user name or password")));
        QCOMPARE(cli({QStringLiteral("list")}, true, {}).exitCode, 2);   // no --as
        QCOMPARE(cli({QStringLiteral("list")}, true, QStringLiteral("x' OR 1=1 --")).exitCode, 1);
    }

    void shouldLogAndShowAComplaint()
    {
        const Run logged = cli({QStringLiteral("log"), QStringLiteral("--phone"),
                                QStringLiteral("138-1234-5678"), QStringLiteral("--text"),
                                QStringLiteral("\u6211\u7684POS\u673a\u8d39\u7387\u6da8\u4e86"),
                                QStringLiteral("--category"), QStringLiteral("fees_billing"),
                                QStringLiteral("--severity"), QStringLiteral("P2"),
                                QStringLiteral("--amount"), QStringLiteral("15.5"),
                                QStringLiteral("--received"), QStringLiteral("2026-11-20T10:30")});
        QCOMPARE(logged.exitCode, 0);
        QCOMPARE(logged.out, QStringLiteral("TS-20261120-0001"));

        const Run shown = cli({QStringLiteral("show"), logged.out, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("reference")).toString(), logged.out);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
        QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("FEES_BILLING"));
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("P2"));
        QCOMPARE(json.value(QStringLiteral("department")).toString(), QStringLiteral("CS"));
        QCOMPARE(json.value(QStringLiteral("channel")).toString(), QStringLiteral("HOTLINE"));
        QCOMPARE(json.value(QStringLiteral("phone")).toString(), QStringLiteral("138****5678"));
        const Run adminView = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(adminView.out.contains(QStringLiteral("138****5678")));   // administrators too
        QCOMPARE(json.value(QStringLiteral("amount_fen")).toInt(), 1550);
        QCOMPARE(json.value(QStringLiteral("received_at")).toString(),
                 QStringLiteral("2026-11-20T10:30:00+08:00"));
        QCOMPARE(json.value(QStringLiteral("description")).toString(),
                 QStringLiteral("\u6211\u7684POS\u673a\u8d39\u7387\u6da8\u4e86"));
    }

    void shouldListAndMoveComplaints()
    {
        const Run moved = cli({QStringLiteral("status"), QStringLiteral("TS-20261120-0001"),
                               QStringLiteral("--to"), QStringLiteral("investigating"),
                               QStringLiteral("--note"), QStringLiteral("checking")});
        QCOMPARE(moved.exitCode, 0);
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("INVESTIGATING"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject row = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(row.value(QStringLiteral("reference")).toString(), QStringLiteral("TS-20261120-0001"));
        QCOMPARE(row.value(QStringLiteral("department")).toString(), QStringLiteral("CS"));
        const Run none = cli({QStringLiteral("list"), QStringLiteral("--department"),
                              QStringLiteral("RISK")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }

    void shouldKeepAgentsToTheirDepartment()
    {
        const Run added = cli({QStringLiteral("user"), QStringLiteral("add"),
                               QStringLiteral("tech.li"), QStringLiteral("--role"),
                               QStringLiteral("agent"), QStringLiteral("--department"),
                               QStringLiteral("TECH")});
        QCOMPARE(added.exitCode, 0);
        // the complaint of the tests above belongs to CS
        const Run refused = cli({QStringLiteral("status"), QStringLiteral("TS-20261120-0001"),
                                 QStringLiteral("--to"), QStringLiteral("REPLIED"),
                                 QStringLiteral("--note"), QStringLiteral("sneaky")},
                                true, QStringLiteral("tech.li"), QStringLiteral("agent password"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("may not see complaint")), qPrintable(refused.err + refused.out));
        const Run shown = cli({QStringLiteral("show"), QStringLiteral("TS-20261120-0001")}, true,
                              QStringLiteral("tech.li"), QStringLiteral("agent password"));
        QCOMPARE(shown.exitCode, 1);
        // an agent may not reveal a phone number
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("TS-20261120-0001"),
                      QStringLiteral("--reveal")}, true,
                     QStringLiteral("tech.li"), QStringLiteral("agent password")).exitCode, 1);
    }

    void shouldAssignWithAReason()
    {
        const QString ref = QStringLiteral("TS-20261120-0001");
        QCOMPARE(cli({QStringLiteral("assign"), ref, QStringLiteral("--department"),
                      QStringLiteral("TECH"), QStringLiteral("--to"), QStringLiteral("tech.li"),
                      QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        const Run noReason = cli({QStringLiteral("assign"), ref, QStringLiteral("--department"),
                                  QStringLiteral("TECH")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("reason")));
        const Run toPerson = cli({QStringLiteral("assign"), ref, QStringLiteral("--to"),
                                  QStringLiteral("tech.li"), QStringLiteral("--reason"),
                                  QStringLiteral("POS terminal fault")});
        QCOMPARE(toPerson.exitCode, 0);
        QCOMPARE(toPerson.out, ref + QStringLiteral("\tTECH\ttech.li"));
        const Run again = cli({QStringLiteral("assign"), ref, QStringLiteral("--to"),
                               QStringLiteral("tech.li"), QStringLiteral("--reason"),
                               QStringLiteral("again")});
        QCOMPARE(again.exitCode, 1);
        const Run shown = cli({QStringLiteral("show"), ref, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("department")).toString(), QStringLiteral("TECH"));
        QCOMPARE(json.value(QStringLiteral("assignee")).toString(), QStringLiteral("tech.li"));
        QVERIFY(json.value(QStringLiteral("department_time")).toArray().size() == 2);
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--department"),
                                QStringLiteral("TECH"), QStringLiteral("--json")});
        QVERIFY(listed.out.contains(QStringLiteral("\"routing_rule\"")));
    }

    void shouldExplainAndKeepDeadlines()
    {
        const QString ref = QStringLiteral("TS-20261120-0001");   // Friday 2026-11-20 10:30
        const Run shown = cli({QStringLiteral("show"), ref, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("first_response_due_at")).toString(),
                 QStringLiteral("2026-11-21T10:30:00+08:00"));
        // 27 business hours: Fri 7.5 h, Mon 9 h, Tue 9 h, Wed 1.5 h
        QCOMPARE(json.value(QStringLiteral("resolution_due_at")).toString(),
                 QStringLiteral("2026-11-25T10:30:00+08:00"));
        QCOMPARE(json.value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));
        const QJsonObject why = json.value(QStringLiteral("deadline_explanation")).toObject();
        QVERIFY(why.value(QStringLiteral("text")).toString().contains(
            QStringLiteral("not a working day")));
        QCOMPARE(why.value(QStringLiteral("resolution")).toObject()
                     .value(QStringLiteral("steps")).toArray().first().toObject()
                     .value(QStringLiteral("kind")).toString(),
                 QStringLiteral("counted"));

        const Run overdue = cli({QStringLiteral("list"), QStringLiteral("--due"),
                                 QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(overdue.exitCode, 0);
        QVERIFY(overdue.out.contains(ref));
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("soon")})
                     .exitCode, 2);

        // both breaches were recorded when the complaint was last moved, once each
        int breaches = 0;
        for (const QJsonValue &event : json.value(QStringLiteral("events")).toArray())
            breaches += event.toObject().value(QStringLiteral("type")).toString()
                        == QLatin1String("deadline_breached");
        QCOMPARE(breaches, 2);
        QCOMPARE(cli({QStringLiteral("sweep")}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("sweep")}).err.startsWith(QStringLiteral("0 ")));

        QCOMPARE(cli({QStringLiteral("contact"), ref, QStringLiteral("--note"),
                      QStringLiteral("Called, explained the rate")}).exitCode, 0);
        const Run noExtension = cli({QStringLiteral("extend"), ref, QStringLiteral("--days"),
                                     QStringLiteral("3"), QStringLiteral("--reason"),
                                     QStringLiteral("x")});
        QCOMPARE(noExtension.exitCode, 1);
        QVERIFY(noExtension.err.contains(QStringLiteral("allows no extension")));
        QCOMPARE(cli({QStringLiteral("callback"), ref, QStringLiteral("--at"),
                      QStringLiteral("2020-01-01T10:00")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("callback"), ref}).exitCode, 2);
    }

    void shouldImportCalendarsOrChangeNothing()
    {
        const Run before = cli({QStringLiteral("calendar"), QStringLiteral("show"),
                                QStringLiteral("CN")});
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.contains(QStringLiteral("2026-10-01,off")));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("date,kind,name_zh,name_en\n2027-01-01,off,a,b\n2027-02-29,off,a,b\n");
        badFile.close();
        const Run refused = cli({QStringLiteral("calendar"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("Line 3")));
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("CN")}).out,
                 before.out);
        const QString good = m_dir.filePath(QStringLiteral("2027.csv"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("2027-01-01,off,\xE5\x85\x83\xE6\x97\xA6,New Year's Day\n");
        goodFile.close();
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("import"), good}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("CN")})
                    .out.contains(QStringLiteral("2027-01-01,off")));
        QVERIFY(cli({QStringLiteral("calendar"), QStringLiteral("list")}).out
                    .contains(QStringLiteral("24X7")));
    }

    void shouldSearchAndClassify()
    {
        const Run found = cli({QStringLiteral("search"), QStringLiteral("费率"),
                               QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(QStringLiteral("TS-20261120-0001")));   // 我的POS机费率涨了
        const Run syntax = cli({QStringLiteral("search"), QStringLiteral("\"AND (x OR y*")});
        QCOMPARE(syntax.exitCode, 0);   // searched as words, never an error
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("\" ( *")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("search")}).exitCode, 2);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), bossPassword());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH),
                      {QStringLiteral("classify"), QStringLiteral("--database"), store(),
                       QStringLiteral("--as"), QStringLiteral("boss"), QStringLiteral("--lang"),
                       QStringLiteral("en")});
        process.write("\xE6\x8A\xBC\xE9\x87\x91\xE4\xB8\x8D\xE9\x80\x80\n\n?!\n");   // 押金不退
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("REFUND\t")), qPrintable(lines.value(0)));
        QCOMPARE(lines.value(0).split(u'\t').size(), 3);
        QCOMPARE(lines.value(1), QStringLiteral("-\t0.00\t"));   // empty line: no suggestion
        QCOMPARE(lines.value(2), QStringLiteral("-\t0.00\t"));
    }

    void shouldRunTheDemoAndExport()
    {
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--count"),
                              QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        const Run exported = cli({QStringLiteral("export"), csv});
        QCOMPARE(exported.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF" "reference,"));
        QCOMPARE(cli({QStringLiteral("verify-audit")}, true, {}).exitCode, 0);
    }

    // Issue 20, reproduction 3: everybody sees phone numbers masked; a lead reveals one
    // complaint's number on purpose, and each reveal is recorded.
    void shouldMaskPhonesForEveryoneAndRecordEachReveal()
    {
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lead.cs"),
                      QStringLiteral("--role"), QStringLiteral("lead"),
                      QStringLiteral("--department"), QStringLiteral("CS")}).exitCode, 0);
        const QString lead = QStringLiteral("lead.cs");
        const QString leadPassword = QStringLiteral("agent password");
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--limit"),
                                QStringLiteral("1000")}, true, lead, leadPassword);
        QCOMPARE(listed.exitCode, 0);
        const QStringList rows = listed.out.split(u'\n');
        QVERIFY(rows.size() > 20);
        static const QRegularExpression fullMobile(QStringLiteral("1[3-9]\\d \\d{4} \\d{4}"));
        static const QRegularExpression masked(QStringLiteral("\\t1[3-9]\\d\\*{4}\\d{4}\\t"));
        for (const QString &row : rows) {
            QVERIFY2(!fullMobile.match(row).hasMatch(), qPrintable(row));
            QVERIFY2(masked.match(row).hasMatch() || row.contains(QStringLiteral("****")),
                     qPrintable(row));
        }
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                         "'personal_data_revealed'")).toInt(), 0);
        // a list of full numbers is no reveal: refused for everybody
        const Run listReveal = cli({QStringLiteral("list"), QStringLiteral("--reveal")});
        QCOMPARE(listReveal.exitCode, 2);
        QVERIFY(listReveal.err.contains(QStringLiteral("show REF --reveal")));

        const QString ref = rows.first().section(u'\t', 0, 0);
        const Run shown = cli({QStringLiteral("show"), ref, QStringLiteral("--json")}, true, lead,
                              leadPassword);
        const QString maskedPhone = QJsonDocument::fromJson(shown.out.toUtf8()).object()
                                        .value(QStringLiteral("phone")).toString();
        QVERIFY2(maskedPhone.contains(QStringLiteral("****")), qPrintable(maskedPhone));
        const Run revealed = cli({QStringLiteral("show"), ref, QStringLiteral("--reveal"),
                                  QStringLiteral("--json")}, true, lead, leadPassword);
        QCOMPARE(revealed.exitCode, 0);
        const QString full = QJsonDocument::fromJson(revealed.out.toUtf8()).object()
                                 .value(QStringLiteral("phone")).toString();
        QVERIFY2(!full.contains(u'*') && QString(full).remove(u' ').size() >= 10, qPrintable(full));
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                         "'personal_data_revealed' AND complaint_id = (SELECT id "
                                         "FROM complaints WHERE reference = '%1')").arg(ref))
                     .toInt(), 1);

        // exports are masked; unmasked ones are the administrators', and recorded
        const QString csv = m_dir.filePath(QStringLiteral("lead.csv"));
        QCOMPARE(cli({QStringLiteral("export"), csv}, true, lead, leadPassword).exitCode, 0);
        QFile leadFile(csv);
        QVERIFY(leadFile.open(QIODevice::ReadOnly));
        const QString leadCsv = QString::fromUtf8(leadFile.readAll());
        QVERIFY(!leadCsv.contains(QRegularExpression(QStringLiteral("\\+861[3-9]\\d{9}"))));
        QCOMPARE(cli({QStringLiteral("export"), csv, QStringLiteral("--unmasked")}, true, lead,
                     leadPassword).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("export"), csv, QStringLiteral("--unmasked")}).exitCode, 0);
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM events WHERE type = 'exported' "
                                         "AND details LIKE '%\"unmasked\":true%'")).toInt(), 1);
    }

    // Issue 20, reproduction 5: control characters are refused; what plain output shows of
    // a value never looks like another line.
    void shouldKeepEveryValueOnItsLine()
    {
        const QString forged = QStringLiteral("2026-11-20 10:30  boss  status_changed -> CLOSED  "
                                              "refund paid");
        const Run logged = cli({QStringLiteral("log"), QStringLiteral("--phone"),
                                QStringLiteral("13911112222"), QStringLiteral("--name"),
                                QStringLiteral("Li\tNa\\"), QStringLiteral("--text"),
                                QStringLiteral("Fee too high.\n") + forged});
        QCOMPARE(logged.exitCode, 0);
        const Run shown = cli({QStringLiteral("show"), logged.out});
        QCOMPARE(shown.exitCode, 0);
        const QStringList lines = shown.out.split(u'\n');
        QVERIFY(!lines.contains(forged));
        QVERIFY(lines.contains(QStringLiteral("description           Fee too high.\\n") + forged));
        QVERIFY(lines.contains(QStringLiteral("customer_name         Li\\tNa\\\\")));
        // the text itself is kept as typed
        const Run json = cli({QStringLiteral("show"), logged.out, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object()
                     .value(QStringLiteral("description")).toString(),
                 QStringLiteral("Fee too high.\n") + forged);

        const Run clear = cli({QStringLiteral("status"), logged.out, QStringLiteral("--to"),
                               QStringLiteral("INVESTIGATING"), QStringLiteral("--note"),
                               QStringLiteral("ok\x1b[2J\x1b]0;pwned\a")});
        QCOMPARE(clear.exitCode, 1);
        QVERIFY2(clear.err.contains(QStringLiteral("Note")) && clear.err.contains(QStringLiteral("U+001B")),
                 qPrintable(clear.err));
        QVERIFY(!clear.err.contains(QChar(0x1b)));
        const Run hidden = cli({QStringLiteral("log"), QStringLiteral("--phone"),
                                QStringLiteral("13911112222"), QStringLiteral("--text"),
                                QStringLiteral("visible\u202etxet neddih")});
        QCOMPARE(hidden.exitCode, 1);
        QVERIFY(hidden.err.contains(QStringLiteral("Description")));
    }

    // Issue 20, reproduction 8: what is not UTF-8 text is refused with its byte offset, and
    // dates people could not have meant are refused.
    void shouldRefuseInvalidTextAndImplausibleDates()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), bossPassword());
        // an argument in Latin-1, as a shell in another locale would pass it
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("exec \"$0\" log --phone 13911112222 --text \"$(printf "
                                    "'caf\\351 cr\\350me')\" --database \"$1\" --as boss "
                                    "--lang en"),
                     QStringLiteral(CLI_PATH), store()});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 2);
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Argument 5")) && err.contains(QStringLiteral("byte 3")),
                 qPrintable(err));

        const Run classified = raw({QStringLiteral("classify"), QStringLiteral("--database"),
                                    store(), QStringLiteral("--as"), QStringLiteral("boss"),
                                    QStringLiteral("--lang"), QStringLiteral("en")},
                                   environment, QByteArray("refund\nd\xe9p\xf4t\nlast\n"));
        QCOMPARE(classified.exitCode, 1);
        QVERIFY2(classified.err.contains(QStringLiteral("Line 2"))
                     && classified.err.contains(QStringLiteral("byte 8")),
                 qPrintable(classified.err));
        QCOMPARE(classified.out.split(u'\n').size(), 1);   // the line before it was classified

        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.csv"));
        QFile file(latin1);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2027-05-01,off,f\xeate,Labour Day\n");
        file.close();
        const Run imported = cli({QStringLiteral("calendar"), QStringLiteral("import"), latin1});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("byte 16")), qPrintable(imported.err));

        const Run ancient = cli({QStringLiteral("log"), QStringLiteral("--phone"),
                                 QStringLiteral("13911112222"), QStringLiteral("--text"),
                                 QStringLiteral("x"), QStringLiteral("--received"),
                                 QStringLiteral("0001-01-01T00:00")});
        QCOMPARE(ancient.exitCode, 1);
        QVERIFY(ancient.out.isEmpty());   // no TS-00010101-0001
        QVERIFY(ancient.err.contains(QStringLiteral("2000-01-01")));
        const Run far = cli({QStringLiteral("callback"), QStringLiteral("TS-20261120-0001"),
                             QStringLiteral("--at"), QStringLiteral("9999-12-31T00:00")});
        QCOMPARE(far.exitCode, 1);
        QVERIFY(far.err.contains(QStringLiteral("a year")));

        // 10,001 emoji are 10,001 characters, within the description's 20,000
        QString emoji;
        for (int i = 0; i < 10001; ++i)
            emoji += QString::fromUcs4(U"\U0001F621", 1);
        QCOMPARE(cli({QStringLiteral("log"), QStringLiteral("--phone"),
                      QStringLiteral("13911112222"), QStringLiteral("--text"), emoji}).exitCode, 0);
    }

    // Issue 20, reproduction 7: passwords come from a prompt or a file of mode 600 (the
    // environment only for scripts), and weak ones are refused.
    void shouldTakePasswordsFromAPromptOrAFile()
    {
        const QStringList base{QStringLiteral("--database"), store(), QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("--as"),
                               QStringLiteral("boss")};
        const QString mine = passwordFile(QStringLiteral("boss.pw"), bossPassword());
        const Run fromFile = raw(QStringList{QStringLiteral("list"), QStringLiteral("--limit"),
                                             QStringLiteral("1"), QStringLiteral("--password-file"),
                                             mine} + base,
                                 withoutPasswords());
        QCOMPARE(fromFile.exitCode, 0);
        // no file, no variable and no terminal: told how to give one
        const Run none = raw(QStringList{QStringLiteral("list")} + base, withoutPasswords());
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--password-file")), qPrintable(none.err));
        // a file others may read is refused
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadOther);
        const Run open = raw(QStringList{QStringLiteral("list"), QStringLiteral("--password-file"),
                                         mine} + base,
                             withoutPasswords());
        QCOMPARE(open.exitCode, 2);
        QVERIFY(open.err.contains(QStringLiteral("chmod 600")));
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // a weak new password is refused, in our words
        const QString weak = passwordFile(QStringLiteral("weak.pw"), QStringLiteral("password"));
        const Run refused = raw(QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                            QStringLiteral("weak.one"), QStringLiteral("--role"),
                                            QStringLiteral("agent"), QStringLiteral("--department"),
                                            QStringLiteral("CS"), QStringLiteral("--password-file"),
                                            mine, QStringLiteral("--new-password-file"), weak}
                                    + base,
                                withoutPasswords());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("dictionary word")), qPrintable(refused.err));
        // passwd reads the current password as sign-in does, the new one from its file
        const QString next = passwordFile(QStringLiteral("next.pw"), QStringLiteral("lantern moss 7"));
        QCOMPARE(raw(QStringList{QStringLiteral("passwd"), QStringLiteral("--password-file"), mine,
                                 QStringLiteral("--new-password-file"), next} + base,
                     withoutPasswords()).exitCode, 0);
        QCOMPARE(raw(QStringList{QStringLiteral("passwd"), QStringLiteral("--password-file"), next,
                                 QStringLiteral("--new-password-file"), mine} + base,
                     withoutPasswords()).exitCode, 0);
    }

    // Issue 20, reproduction 4: the store, its -wal and -shm, the backup made before an
    // upgrade, exports and reports are the user's alone, whatever the umask.
    void shouldWriteEveryFileForTheOwnerOnly()
    {
        QTemporaryDir dir;
        const mode_t before = umask(022);
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // GIVEN a store of the previous schema version, created 0644
            auto db = cd::storage::Database::open(path, cd::storage::Database::Upgrade::None,
                                                 cd::storage::Database::Missing::Create);
            QVERIFY(db.ok());
            QVERIFY(cd::storage::Migrations::upgradeTo(**db, cd::storage::Migrations::latestVersion() - 1).ok());
        }
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        const QString pw = passwordFile(QStringLiteral("modes.pw"), bossPassword());
        const QStringList base{QStringLiteral("--database"), path, QStringLiteral("--lang"),
                               QStringLiteral("en")};
        const QStringList as{QStringLiteral("--as"), QStringLiteral("boss"),
                             QStringLiteral("--password-file"), pw};
        // WHEN it is upgraded, written to, exported and reported on
        QCOMPARE(raw(QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                                 QStringLiteral("boss"), QStringLiteral("--new-password-file"), pw}
                         + base,
                     withoutPasswords()).exitCode, 0);
        QCOMPARE(raw(QStringList{QStringLiteral("log"), QStringLiteral("--phone"),
                                 QStringLiteral("13811112222"), QStringLiteral("--text"),
                                 QStringLiteral("x")} + base + as,
                     withoutPasswords()).exitCode, 0);
        QCOMPARE(raw(QStringList{QStringLiteral("export"), dir.filePath(QStringLiteral("all.csv")),
                                 QStringLiteral("--unmasked")} + base + as,
                     withoutPasswords()).exitCode, 0);
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
            const Run report = raw(QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                               QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                               QStringLiteral("2026-12-31"), QStringLiteral("--format"),
                                               format, QStringLiteral("--output"),
                                               dir.filePath(QStringLiteral("report.") + format)}
                                       + base + as,
                                   withoutPasswords());
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        }
        // while a command holds the store open, its -wal and -shm are there
        QProcess holding;
        holding.setProcessEnvironment(withoutPasswords());
        holding.start(QStringLiteral(CLI_PATH), QStringList{QStringLiteral("classify")} + base + as);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-wal"))
                                     && QFile::exists(path + QStringLiteral("-shm")), 20000);
        QTest::qWait(500);   // signed in: the sign-in event is in the WAL
        // THEN every file is its owner's alone
        QStringList seen;
        for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files)) {
            seen << file.fileName();
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                    | QFileDevice::ReadOther | QFileDevice::WriteOther;
            QVERIFY2(!(file.permissions() & others), qPrintable(file.fileName()));
        }
        holding.closeWriteChannel();
        QVERIFY(holding.waitForFinished(60000));
        umask(before);
        QVERIFY(seen.contains(QStringLiteral("old.sqlite-wal")));
        QVERIFY(seen.contains(QStringLiteral("old.sqlite-shm")));
        QVERIFY(seen.contains(QStringLiteral("all.csv")));
        QVERIFY(seen.contains(QStringLiteral("report.csv")));
        QVERIFY(seen.contains(QStringLiteral("report.pdf")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).size(), 1);
    }

    void shouldNameTheFirstBrokenLinkOfAnAlteredTrail()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tamper"));
            db.setDatabaseName(store());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER events_are_append_only_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE events SET note = 'forged' WHERE id = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run verified = cli({QStringLiteral("verify-audit")}, true, {});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.err.contains(QStringLiteral("event 7")), qPrintable(verified.err));
    }

    void shouldCatchEveryKindOfTamperingAndNameIt()
    {
        // GIVEN a store with a few hundred events, and copies of it tampered with as someone
        // who can write the file (but does not hold its key) would
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("desk.sqlite"));
        const QStringList as{QStringLiteral("--as"), QStringLiteral("boss")};
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                      QStringLiteral("--database"), original}).exitCode, 0);
        QCOMPARE(run(QStringList{QStringLiteral("demo"), QStringLiteral("--count"),
                                 QStringLiteral("40"), QStringLiteral("--database"), original}
                     + as).exitCode, 0);
        const Run intact = run({QStringLiteral("verify-audit"), QStringLiteral("--database"),
                                original});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(QStringLiteral("The audit trail is intact"))
                     && intact.out.contains(QStringLiteral("Its end agrees with the last anchor"))
                     && intact.out.contains(QStringLiteral("Complaints compared with their events: 40, all in agreement.")),
                 qPrintable(intact.out));
        auto copyOf = [&](const QString &name) {
            const QString path = dir.filePath(name);
            QFile::copy(original, path);
            return path;
        };
        auto verify = [&](const QString &path) {
            return run({QStringLiteral("verify-audit"), QStringLiteral("--database"), path});
        };
        const QStringList unguarded{QStringLiteral("DROP TRIGGER events_are_append_only_update"),
                                    QStringLiteral("DROP TRIGGER events_are_append_only_delete")};

        // the last 20 events removed, the chain record set to the new last one
        const QString cut = copyOf(QStringLiteral("cut.sqlite"));
        QVERIFY(tamper(cut, unguarded + QStringList{
            QStringLiteral("DELETE FROM events WHERE id > (SELECT max(id) - 20 FROM events)"),
            QStringLiteral("UPDATE audit_chain SET last_event_id = (SELECT max(id) FROM events),"
                           " last_hash = (SELECT hash FROM events ORDER BY id DESC LIMIT 1)")}));
        const Run cutRun = verify(cut);
        QCOMPARE(cutRun.exitCode, 1);
        QVERIFY2(cutRun.err.contains(QStringLiteral("The store's audit trail ends at event"))
                     && cutRun.err.contains(QStringLiteral("but the anchor")), qPrintable(cutRun.err));

        // an open complaint closed directly
        const QString closed = copyOf(QStringLiteral("closed.sqlite"));
        QString reference;
        QString status;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("read"));
            db.setDatabaseName(closed);
            QVERIFY(db.open());
            QSqlQuery open(db);
            QVERIFY(open.exec(QStringLiteral("SELECT reference, status FROM complaints"
                                             " WHERE status <> 'CLOSED' ORDER BY id LIMIT 1")));
            QVERIFY(open.next());
            reference = open.value(0).toString();
            status = open.value(1).toString();
            open.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("read"));
        QVERIFY(tamper(closed, {QStringLiteral("UPDATE complaints SET status = 'CLOSED'"
                                               " WHERE reference = '%1'").arg(reference)}));
        const Run closedRun = verify(closed);
        QCOMPARE(closedRun.exitCode, 1);
        QVERIFY2(closedRun.err.contains(QStringLiteral("Complaint %1: the status is CLOSED in the "
                                                       "store, but its events leave it at %2.")
                                            .arg(reference, status)),
                 qPrintable(closedRun.err));

        // a note rewritten and the chain recomputed with plain SHA-256: the script of the
        // review, which no longer knows how to seal
        const QString rewritten = copyOf(QStringLiteral("rewritten.sqlite"));
        QVERIFY(tamper(rewritten, unguarded + QStringList{
            QStringLiteral("UPDATE events SET note = 'nothing happened' WHERE id = 10")}));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("rechain"));
            db.setDatabaseName(rewritten);
            QVERIFY(db.open());
            QSqlQuery rows(db);
            QVERIFY(rows.exec(QStringLiteral("SELECT id, complaint_id, actor_id, at, type,"
                                             " from_status, to_status, note, details FROM events"
                                             " ORDER BY id")));
            QList<std::pair<qint64, QString>> hashes;
            QByteArray previous;
            while (rows.next()) {
                QByteArray content = previous;
                for (int column = 0; column < 9; ++column) {
                    content += '\x1f';
                    const QVariant value = rows.value(column);
                    content += value.isNull() ? QByteArray(1, '\0') : value.toString().toUtf8();
                }
                previous = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
                hashes.append({rows.value(0).toLongLong(), QString::fromLatin1(previous)});
            }
            rows.finish();
            QSqlQuery update(db);
            QString before;
            for (const auto &[id, hash] : std::as_const(hashes)) {
                QVERIFY(update.exec(QStringLiteral("UPDATE events SET prev_hash = '%1', hash = '%2'"
                                                   " WHERE id = %3").arg(before, hash).arg(id)));
                before = hash;
            }
            QVERIFY(update.exec(QStringLiteral("UPDATE audit_chain SET last_hash = '%1'").arg(before)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rechain"));
        const Run rewrittenRun = verify(rewritten);
        QCOMPARE(rewrittenRun.exitCode, 1);
        QVERIFY2(rewrittenRun.err.contains(QStringLiteral("event 1 was changed after it was "
                                                          "written, or sealed without the "
                                                          "store's key")),
                 qPrintable(rewrittenRun.err));

        // a damaged store (a page of its events overwritten) is reported as damaged, not as
        // events removed (issue 19, item 5)
        const QString damaged = copyOf(QStringLiteral("damaged.sqlite"));
        qint64 offset = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("pages"));
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            QSqlQuery page(db);
            // a leaf page in the middle of the events: the walk reads the first ones well
            QVERIFY(page.exec(QStringLiteral("SELECT (SELECT pageno FROM dbstat WHERE name ="
                                             " 'events' AND pagetype = 'leaf' ORDER BY pageno"
                                             " LIMIT 1 OFFSET 3), (SELECT page_size FROM"
                                             " pragma_page_size)")));
            QVERIFY(page.next());
            offset = (page.value(0).toLongLong() - 1) * page.value(1).toLongLong();
            page.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(offset));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
        const Run damagedRun = verify(damaged);
        QCOMPARE(damagedRun.exitCode, 1);
        QVERIFY2(damagedRun.err.contains(QStringLiteral("damaged"))
                     && !damagedRun.err.contains(QStringLiteral("removed")),
                 qPrintable(damagedRun.err));
    }

    void shouldVerifyACopiedStoreElsewhereWithItsKey()
    {
        // GIVEN a store, and its key exported by its administrator for an auditor
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("desk.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                      QStringLiteral("--database"), original}).exitCode, 0);
        const QString keyFile = dir.filePath(QStringLiteral("for-the-auditor.key"));
        const Run exported = run({QStringLiteral("audit-key"), QStringLiteral("export"), keyFile,
                                  QStringLiteral("--database"), original, QStringLiteral("--as"),
                                  QStringLiteral("boss")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QFileInfo(keyFile).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(original, copy));

        // WHEN it is verified on a computer without the key
        QTemporaryDir elsewhere;
        QProcessEnvironment there;
        there.insert(QStringLiteral("COMPLAINTDESK_AUDIT_KEY_DIR"), elsewhere.path());
        const Run noKey = run({QStringLiteral("verify-audit"), QStringLiteral("--database"), copy},
                              there);
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.err.contains(QStringLiteral("--key-file")), qPrintable(noKey.err));
        const Run withKey = run({QStringLiteral("verify-audit"), QStringLiteral("--key-file"),
                                 keyFile, QStringLiteral("--database"), copy}, there);
        QCOMPARE(withKey.exitCode, 0);
        QVERIFY2(withKey.out.contains(QStringLiteral("The audit trail is intact")),
                 qPrintable(withKey.out));
        QVERIFY2(withKey.err.contains(QStringLiteral("--anchor-file")), qPrintable(withKey.err));
        // nothing is recorded there without the key
        const Run refused = run({QStringLiteral("list"), QStringLiteral("--database"), copy,
                                 QStringLiteral("--as"), QStringLiteral("boss")}, there);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not on this computer")),
                 qPrintable(refused.err));
        // until it is put there
        const Run imported = run({QStringLiteral("audit-key"), QStringLiteral("import"), keyFile,
                                  QStringLiteral("--database"), copy}, there);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--database"), copy,
                      QStringLiteral("--as"), QStringLiteral("boss")}, there).exitCode, 0);
        QCOMPARE(run({QStringLiteral("verify-audit"), QStringLiteral("--database"), copy}, there)
                     .exitCode, 0);
    }

    void shouldExitOneOnFailureWithAMessage()
    {
        const Run badPhone = cli({QStringLiteral("log"), QStringLiteral("--phone"),
                                  QStringLiteral("12"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(badPhone.exitCode, 1);
        QVERIFY(badPhone.err.contains(QStringLiteral("not a valid phone number")));
        const Run missing = cli({QStringLiteral("show"), QStringLiteral("TS-19990101-0001")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        QFile junk(m_dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        const Run notStore = cli({QStringLiteral("list"), QStringLiteral("--database"),
                                  junk.fileName()}, false);
        QCOMPARE(notStore.exitCode, 1);
        QVERIFY(notStore.err.contains(QStringLiteral("not a ComplaintDesk store")));
    }

    void shouldExitTwoOnUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}, false).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13812345678")})
                     .exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("lots")}).exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13812345678"),
                      QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--category"),
                      QStringLiteral("NOPE")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    }

    // The overview lists every command; each has its help, the same by `help COMMAND` and
    // `COMMAND --help`, with every option described.
    void shouldExplainEveryCommand()
    {
        const Run overview = run({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.out.startsWith(QStringLiteral("Usage: complaintdesk-cli COMMAND")),
                 qPrintable(overview.out));
        QVERIFY(overview.out.contains(QStringLiteral("Exit status: 0 success")));
        QVERIFY(overview.out.contains(QStringLiteral("--password-file FILE")));
        const QStringList lines = overview.out.split(u'\n');
        QStringList names;
        for (qsizetype i = lines.indexOf(QStringLiteral("Commands:")) + 1;
             i > 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            if (lines.at(i).at(2) != u' ')   // not a summary's second line
                names << lines.at(i).trimmed().section(u' ', 0, 0);
        }
        QVERIFY2(names.size() >= 31, qPrintable(names.join(u' ')));
        QVERIFY(names.contains(QStringLiteral("log")) && names.contains(QStringLiteral("daily-backup")));
        QCOMPARE(run({QStringLiteral("help")}).out, overview.out);
        static const QRegularExpression described(
            QStringLiteral("^  (-\\w, )?--[\\w-]+( \\S+)?  +\\S"));
        for (const QString &name : std::as_const(names)) {
            const Run help = run({QStringLiteral("help"), name});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: complaintdesk-cli ") + name),
                     qPrintable(help.out));
            const Run dashed = run({name, QStringLiteral("--help")});
            QCOMPARE(dashed.exitCode, 0);
            QCOMPARE(dashed.out, help.out);
            for (const QString &line : help.out.split(u'\n')) {
                if (line.startsWith(QStringLiteral("  -")))
                    QVERIFY2(described.match(line).hasMatch(), qPrintable(name + u':' + line));
            }
        }
        const Run log = run({QStringLiteral("help"), QStringLiteral("log")});
        QVERIFY(log.out.contains(QStringLiteral("--phone NUMBER")));
        QVERIFY(log.out.contains(QStringLiteral("the caller's phone number")));
        QVERIFY(log.out.contains(QStringLiteral("(default: HOTLINE)")));
        QVERIFY(log.out.contains(QStringLiteral("Signs in as --as USER.")));
        QVERIFY(run({QStringLiteral("help"), QStringLiteral("user")})
                    .out.contains(QStringLiteral("Who may: administrators")));
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("-h")})
                    .out.contains(QStringLiteral("Does not sign in.")));
        const Run unknown = run({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    }

    // A usage error says which command it is about, and where its help is.
    void shouldNameTheCommandInUsageErrors()
    {
        const Run bogus = cli({QStringLiteral("list"), QStringLiteral("--bogus")});
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains(QStringLiteral("list: Unknown option 'bogus'.")),
                 qPrintable(bogus.err));
        QVERIFY(bogus.err.contains(QStringLiteral("complaintdesk-cli help list")));
        QVERIFY(bogus.out.isEmpty());
        const Run missing = cli({QStringLiteral("show")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(QStringLiteral("show: Expected 1 argument")),
                 qPrintable(missing.err));
        const Run limit = cli({QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("lots")});
        QCOMPARE(limit.exitCode, 2);
        QVERIFY(limit.err.contains(QStringLiteral("--limit takes a whole number")));
        QVERIFY(limit.err.contains(QStringLiteral("complaintdesk-cli help list")));
        const Run search = cli({QStringLiteral("search"), QStringLiteral("x"),
                                QStringLiteral("--bogus")});
        QCOMPARE(search.exitCode, 2);
        QVERIFY2(search.err.contains(QStringLiteral("search: Unknown option 'bogus'.")),
                 qPrintable(search.err));
    }

    void shouldGiveHelpInChinese()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString zh = QStringLiteral("zh_CN");
        const Run overview = raw({QStringLiteral("--help"), QStringLiteral("--lang"), zh},
                                 environment);
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.out.startsWith(QStringLiteral("\u7528\u6cd5")), qPrintable(overview.out)); // 用法
        QVERIFY(overview.out.contains(QStringLiteral("\u767b\u8bb0\u6765\u7535")));   // 登记来电
        const Run log = raw({QStringLiteral("log"), QStringLiteral("--help"), QStringLiteral("--lang"),
                             zh}, environment);
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(raw({QStringLiteral("help"), QStringLiteral("log"), QStringLiteral("--lang"), zh},
                     environment).out, log.out);
        QVERIFY(log.out.contains(QStringLiteral("--phone ")));
        QVERIFY2(log.out.contains(QStringLiteral("\u6765\u7535\u5ba2\u6237")), qPrintable(log.out)); // 来电客户
        // Every description starts in one column, Chinese characters counting two.
        QSet<int> columns;
        for (const QString &line : log.out.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("  --")))
                continue;
            const qsizetype gap = line.indexOf(QStringLiteral("  "), 2);
            qsizetype start = gap;
            while (start < line.size() && line.at(start) == u' ')
                ++start;
            int width = 0;
            for (qsizetype i = 0; i < start; ++i)
                width += line.at(i).unicode() >= 0x2e80 ? 2 : 1;
            columns.insert(width);
        }
        QCOMPARE(columns.size(), 1);
        const Run bogus = raw({QStringLiteral("list"), QStringLiteral("--bogus"),
                               QStringLiteral("--lang"), zh}, environment);
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.startsWith(QStringLiteral("list\uff1a")), qPrintable(bogus.err)); // list：
        QVERIFY(bogus.err.contains(QStringLiteral("complaintdesk-cli help list")));
    }

    void shouldSpeakChineseWhenAsked()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), bossPassword());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH),
                      {QStringLiteral("log"), QStringLiteral("--as"), QStringLiteral("boss"),
                       QStringLiteral("--phone"), QStringLiteral("12"),
                       QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--database"),
                       store(), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        process.waitForFinished(60000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("\u7535\u8bdd")), qPrintable(err));   // 电话
    }

private:
    // The arguments of a report of this year to `path` as `format`.
    static QStringList reportTo(const QString &path, const QString &format)
    {
        return {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--format"),
                format, QStringLiteral("--output"), path};
    }

    // A copy of the store that an unprivileged user may work on, in `dir`.
    QString sharedCopy(const QTemporaryDir &dir, const QString &name)
    {
        QFile::setPermissions(dir.path(), everyone);
        const QString path = dir.filePath(name);
        if (!QFile::copy(store(), path))
            qFatal("cannot copy the store");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                        | QFileDevice::ReadOther | QFileDevice::WriteOther);
        // The store's audit key and anchors go with it, owned by whoever runs unprivileged
        // (a key is readable by its owner only).
        const QDir keys(dir.filePath(QStringLiteral("keys")));
        if (!keys.mkpath(QStringLiteral(".")))
            qFatal("cannot make the shared key folder");
        const QDir own(qEnvironmentVariable("COMPLAINTDESK_AUDIT_KEY_DIR"));
        for (const QString &file : own.entryList(QDir::Files)) {
            if (!QFile::copy(own.filePath(file), keys.filePath(file)))
                qFatal("cannot copy the audit key");
        }
        if (::geteuid() == 0) {
            constexpr uid_t nobody = 65534;
            for (const QString &file : keys.entryList(QDir::Files))
                (void)::chown(QFile::encodeName(keys.filePath(file)).constData(), nobody, nobody);
            (void)::chown(QFile::encodeName(keys.path()).constData(), nobody, nobody);
        }
        m_sharedKeys = keys.path();
        return path;
    }

private Q_SLOTS:
    void shouldNotReportAWriteToAFullDeviceAsDone()
    {
        QVERIFY(cd::test::isCharacterDevice(QStringLiteral("/dev/full")));
        const QString full = QStringLiteral("/dev/full");
        for (const QStringList &command :
             {QStringList{QStringLiteral("export"), full}, reportTo(full, QStringLiteral("csv")),
              reportTo(full, QStringLiteral("pdf"))}) {
            // WHEN the export or report goes to a device that refuses every byte
            const Run run = cli(command);
            // THEN it fails naming the file and the reason, and /dev/full is still a device
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral(
                         "\"/dev/full\" could not be written: No space left on device")),
                     qPrintable(command.first() + u' ' + run.err));
            QVERIFY2(!run.out.contains(QStringLiteral("Exported"))
                         && !run.out.contains(QStringLiteral("written")), qPrintable(run.out));
            QVERIFY(cd::test::isCharacterDevice(full));
        }
    }

    void shouldWriteCompleteFilesOnlyTheOwnerMayRead()
    {
        // GIVEN a new file name and an older file readable by all
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
        const QString older = m_dir.filePath(QStringLiteral("older.csv"));
        {
            QFile file(older);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        QVERIFY(QFile::setPermissions(older, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ReadOther));
        qint64 complaints = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("count"));
            db.setDatabaseName(store());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM complaints")) && query.next());
            complaints = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        QVERIFY(complaints > 300);
        for (const QString &path : {fresh, older}) {
            // WHEN every complaint is exported to it
            const Run exported = cli({QStringLiteral("export"), path});
            QCOMPARE(exported.exitCode, 0);
            // THEN it holds them all, and only its owner may read it
            const QByteArray bytes = cd::test::contentOf(path);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "reference,"));
            QVERIFY(bytes.endsWith("\r\n"));
            QCOMPARE(bytes.count("\r\nTS-"), complaints);
            QVERIFY(exported.out.contains(QString::number(complaints)));
            QCOMPARE(cd::test::modeOf(path), 0600);
        }
        // reports too
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(cli(reportTo(csv, QStringLiteral("csv"))).exitCode, 0);
        QCOMPARE(cli(reportTo(pdf, QStringLiteral("pdf"))).exitCode, 0);
        QVERIFY(cd::test::contentOf(csv).contains("\r\nTOTAL,"));
        QVERIFY(cd::test::contentOf(pdf).startsWith("%PDF-"));
        QVERIFY(cd::test::contentOf(pdf).trimmed().endsWith("%%EOF"));
        QCOMPARE(cd::test::modeOf(csv), 0600);
        QCOMPARE(cd::test::modeOf(pdf), 0600);
    }

    void shouldLeaveNothingInAReadOnlyFolder()
    {
        // GIVEN a read-only folder holding a file
        QTemporaryDir shared;
        const QString database = sharedCopy(shared, QStringLiteral("shared.sqlite"));
        QTemporaryDir out;
        const QString kept = out.filePath(QStringLiteral("kept.csv"));
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("kept");
        }
        QVERIFY(QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(out.path(), readOnlyFolder));
        const QString fresh = out.filePath(QStringLiteral("new.csv"));
        const QList<QStringList> commands{
            {QStringLiteral("export"), fresh}, {QStringLiteral("export"), kept},
            reportTo(fresh, QStringLiteral("csv")), reportTo(kept, QStringLiteral("csv")),
            reportTo(out.filePath(QStringLiteral("new.pdf")), QStringLiteral("pdf"))};
        for (QStringList command : commands) {
            // WHEN an export or a report is written there
            command << QStringLiteral("--database") << database;
            const Run run = cli(command, false, QStringLiteral("boss"), {}, User::Unprivileged);
            // THEN it fails saying why
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Permission denied")), qPrintable(run.err));
        }
        // and nothing was left there, nor changed
        QCOMPARE(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList{QStringLiteral("kept.csv")});
        QCOMPARE(cd::test::contentOf(kept), QByteArray("kept"));
        QVERIFY(QFile::setPermissions(out.path(), everyone));
    }

    void shouldRefuseAReadOnlyStoreAndLeaveItUnchanged()
    {
        QTemporaryDir shared;
        const QString database = sharedCopy(shared, QStringLiteral("read-only.sqlite"));
        QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
        const QByteArray before = cd::test::digestOf(database);
        for (const QStringList &command :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("log"), QStringLiteral("--phone"),
                          QStringLiteral("13812345678"), QStringLiteral("--text"),
                          QStringLiteral("POS fee raised without notice")}}) {
            const Run run = cli(command + QStringList{QStringLiteral("--database"), database},
                                false, QStringLiteral("boss"), {}, User::Unprivileged);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
        }
        QCOMPARE(cd::test::digestOf(database), before);
    }

    void shouldRefuseADamagedStoreAndWriteNothingToIt()
    {
        // GIVEN a store of a few hundred complaints, checked intact
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QStringList on{QStringLiteral("--database"), database};
        const QString password = QStringLiteral("agent password");   // COMPLAINTDESK_NEW_PASSWORD
        QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                                 QStringLiteral("boss")} + on, false, {}).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("demo"), QStringLiteral("--count"),
                                 QStringLiteral("300"), QStringLiteral("--seed"),
                                 QStringLiteral("5")} + on, false, QStringLiteral("boss"),
                     password).exitCode, 0);
        const QString intact = dir.filePath(QStringLiteral("intact.sqlite"));
        QVERIFY(QFile::copy(database, intact));   // no connection is open

        // WHEN 4 KiB in its middle are overwritten, and it is used
        cd::test::damageTheMiddle(database);
        const QByteArray before = cd::test::digestOf(database);
        const Run listed = cli(QStringList{QStringLiteral("list")} + on, false,
                               QStringLiteral("boss"), password);
        const Run logged = cli(QStringList{QStringLiteral("log"), QStringLiteral("--phone"),
                                           QStringLiteral("13812345678"), QStringLiteral("--text"),
                                           QStringLiteral("POS fee raised without notice")} + on,
                               false, QStringLiteral("boss"), password);
        // THEN each command says the store is damaged and what to do, and writes nothing
        for (const Run &run : {listed, logged}) {
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("complaintdesk-cli restore")));
            QVERIFY(run.err.contains(QStringLiteral("complaintdesk-cli check")));
        }
        QCOMPARE(cd::test::digestOf(database), before);
        // and the check names the problem
        const Run checked = cli(QStringList{QStringLiteral("check")} + on, false, {});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("integrity check: "))
                     && checked.out.contains(QStringLiteral("problem")), qPrintable(checked.out));
        QVERIFY(checked.err.contains(QStringLiteral("is damaged")));
        const Run checkedJson = cli(QStringList{QStringLiteral("check"), QStringLiteral("--json")}
                                        + on, false, {});
        QCOMPARE(checkedJson.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(checkedJson.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!report.value(QStringLiteral("integrity")).toArray().isEmpty());
        QCOMPARE(cd::test::digestOf(database), before);
        // while the copy made before the damage is intact
        const QStringList onIntact{QStringLiteral("--database"), intact};
        const Run good = cli(QStringList{QStringLiteral("check")} + onIntact, false, {});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains(QStringLiteral("The store is intact.")), qPrintable(good.out));
        const Run goodJson = cli(QStringList{QStringLiteral("check"), QStringLiteral("--json")}
                                     + onIntact, false, {});
        QCOMPARE(goodJson.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(goodJson.out.toUtf8()).object()
                     .value(QStringLiteral("ok")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
