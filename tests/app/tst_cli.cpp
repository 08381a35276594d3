#include "clitest.h"
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
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace cd::test;

// The CLI's commands, run in turn on one store as a working day would: each test
// goes on from the state the ones before it left.
class TestCli : public CliTest
{
    Q_OBJECT
private Q_SLOTS:
    // The store the suite shares, with "boss" (see createStore); shouldInitAStoreWith-
    // ItsAdministrator makes a store of its own with the CLI and signs in to it.
    void initTestCase() { createStore(); }

    void shouldInitAStoreWithItsAdministrator()
    {
        const QString path = m_dir.filePath(QStringLiteral("init.sqlite"));
        const QStringList database {QStringLiteral("--database"), path};
        // without an administrator the store is made (a target of copy-store), and the
        // user is told how to add one
        const Run noAdmin = cli(QStringList {QStringLiteral("init")} + database, false, {});
        QCOMPARE(noAdmin.exitCode, 0);
        QVERIFY(noAdmin.err.contains(QStringLiteral("--admin")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"), bossPassword());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(CLI_PATH),
            QStringList {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")}
                + database);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(path));
        // a second administrator cannot be made this way
        QCOMPARE(cli(QStringList {QStringLiteral("init"), QStringLiteral("--admin"),
                                  QStringLiteral("eve")}
                         + database,
                     false, {})
                     .exitCode,
                 1);
        // the administrator signs in with the password the CLI hashed
        QCOMPARE(cli(QStringList {QStringLiteral("list")} + database, false).exitCode, 0);
    }

    void shouldRefuseWrongPasswordsAndMissingUsers()
    {
        const Run wrong = cli({QStringLiteral("list")}, true, QStringLiteral("boss"),
                              QStringLiteral("not the password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("Wrong user name or password")));
        QCOMPARE(cli({QStringLiteral("list")}, true, {}).exitCode, 2); // no --as
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
        QVERIFY(adminView.out.contains(QStringLiteral("138****5678"))); // administrators too
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
        QCOMPARE(row.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("TS-20261120-0001"));
        QCOMPARE(row.value(QStringLiteral("department")).toString(), QStringLiteral("CS"));
        const Run none =
            cli({QStringLiteral("list"), QStringLiteral("--department"), QStringLiteral("RISK")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }

    // PostgreSQL's client library is loaded for a server store only (storage/libpq.h), and
    // Qt GUI for a report only (cli/drawingmodule.h): a command on an SQLite store starts
    // without either and the libraries they bring.
    // What the dynamic loader loads (LD_DEBUG=files): no PostgreSQL client for a store
    // file, Qt GUI (the drawing module) only for a PDF report, and never Qt Network.
    void shouldLoadThePostgresClientAndQtGuiOnlyWhenNeeded_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("drawing");
        QTest::newRow("list") << QStringList {QStringLiteral("list")} << false;
        const QStringList report {QStringLiteral("report"),     QStringLiteral("--from"),
                                  QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                  QStringLiteral("2026-12-31"), QStringLiteral("--output")};
        QTest::newRow("csv report") << report
                + QStringList {m_dir.filePath(QStringLiteral("loaded.csv")),
                               QStringLiteral("--format"), QStringLiteral("csv")}
                                    << false;
        QTest::newRow("csv report, --format=") << report
                + QStringList {m_dir.filePath(QStringLiteral("loaded2.csv")),
                               QStringLiteral("--format=csv")}
                                               << false;
        QTest::newRow("pdf report") << report
                + QStringList {m_dir.filePath(QStringLiteral("loaded.pdf")),
                               QStringLiteral("--format"), QStringLiteral("pdf")}
                                    << true;
    }

    void shouldLoadThePostgresClientAndQtGuiOnlyWhenNeeded()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, drawing);
        QProcessEnvironment loader;
        loader.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run ran = run(command
                                + QStringList {QStringLiteral("--database"), store(),
                                               QStringLiteral("--as"), QStringLiteral("boss")},
                            loader);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err.right(500)));
        // the dynamic loader listed what it loaded, the SQLite driver among them
        QVERIFY2(ran.err.contains(QStringLiteral("libqsqlite.so")), "no loader output");
        QVERIFY2(!ran.err.contains(QStringLiteral("libpq.so")),
                 qPrintable(ran.err.split(u'\n').filter(QStringLiteral("libpq.so")).join(u'\n')));
        QCOMPARE(ran.err.contains(QStringLiteral("libQt6Gui.so")), drawing);
        // nor Qt Network (the window's side of screen pop): the CLI reaches the window
        // through a plain socket (InstanceClient)
        QVERIFY(!ran.err.contains(QStringLiteral("libQt6Network.so")));
    }

    void shouldKeepAgentsToTheirDepartment()
    {
        const Run added =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tech.li"),
                 QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--department"),
                 QStringLiteral("TECH")});
        QCOMPARE(added.exitCode, 0);
        // the complaint of the tests above belongs to CS
        const Run refused = cli({QStringLiteral("status"), QStringLiteral("TS-20261120-0001"),
                                 QStringLiteral("--to"), QStringLiteral("REPLIED"),
                                 QStringLiteral("--note"), QStringLiteral("sneaky")},
                                true, QStringLiteral("tech.li"), QStringLiteral("agent password"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("may not see complaint")),
                 qPrintable(refused.err + refused.out));
        const Run shown = cli({QStringLiteral("show"), QStringLiteral("TS-20261120-0001")}, true,
                              QStringLiteral("tech.li"), QStringLiteral("agent password"));
        QCOMPARE(shown.exitCode, 1);
        // an agent may not reveal a phone number
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("TS-20261120-0001"),
                      QStringLiteral("--reveal")},
                     true, QStringLiteral("tech.li"), QStringLiteral("agent password"))
                     .exitCode,
                 1);
    }

    void shouldAssignWithAReason()
    {
        const QString ref = QStringLiteral("TS-20261120-0001");
        QCOMPARE(cli({QStringLiteral("assign"), ref, QStringLiteral("--department"),
                      QStringLiteral("TECH"), QStringLiteral("--to"), QStringLiteral("tech.li"),
                      QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const Run noReason = cli({QStringLiteral("assign"), ref, QStringLiteral("--department"),
                                  QStringLiteral("TECH")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("reason")));
        const Run toPerson =
            cli({QStringLiteral("assign"), ref, QStringLiteral("--to"), QStringLiteral("tech.li"),
                 QStringLiteral("--reason"), QStringLiteral("POS terminal fault")});
        QCOMPARE(toPerson.exitCode, 0);
        QCOMPARE(toPerson.out, ref + QStringLiteral("\tTECH\ttech.li"));
        const Run again =
            cli({QStringLiteral("assign"), ref, QStringLiteral("--to"), QStringLiteral("tech.li"),
                 QStringLiteral("--reason"), QStringLiteral("again")});
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
        const QString ref = QStringLiteral("TS-20261120-0001"); // Friday 2026-11-20 10:30
        const Run shown = cli({QStringLiteral("show"), ref, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("first_response_due_at")).toString(),
                 QStringLiteral("2026-11-21T10:30:00+08:00"));
        // 27 business hours: Fri 7.5 h, Mon 9 h, Tue 9 h, Wed 1.5 h
        QCOMPARE(json.value(QStringLiteral("resolution_due_at")).toString(),
                 QStringLiteral("2026-11-25T10:30:00+08:00"));
        QCOMPARE(json.value(QStringLiteral("sla_state")).toString(), QStringLiteral("breached"));
        const QJsonObject why = json.value(QStringLiteral("deadline_explanation")).toObject();
        QVERIFY(why.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("not a working day")));
        QCOMPARE(why.value(QStringLiteral("resolution"))
                     .toObject()
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("counted"));

        const Run overdue = cli({QStringLiteral("list"), QStringLiteral("--due"),
                                 QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(overdue.exitCode, 0);
        QVERIFY(overdue.out.contains(ref));
        QCOMPARE(
            cli({QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("soon")}).exitCode,
            2);

        // both breaches were recorded when the complaint was last moved, once each
        int breaches = 0;
        for (const QJsonValue &event : json.value(QStringLiteral("events")).toArray())
            breaches += event.toObject().value(QStringLiteral("type")).toString()
                == QLatin1String("deadline_breached");
        QCOMPARE(breaches, 2);
        QCOMPARE(cli({QStringLiteral("sweep")}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("sweep")}).err.startsWith(QStringLiteral("0 ")));

        QCOMPARE(cli({QStringLiteral("contact"), ref, QStringLiteral("--note"),
                      QStringLiteral("Called, explained the rate")})
                     .exitCode,
                 0);
        const Run noExtension =
            cli({QStringLiteral("extend"), ref, QStringLiteral("--days"), QStringLiteral("3"),
                 QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(noExtension.exitCode, 1);
        QVERIFY(noExtension.err.contains(QStringLiteral("allows no extension")));
        QCOMPARE(cli({QStringLiteral("callback"), ref, QStringLiteral("--at"),
                      QStringLiteral("2020-01-01T10:00")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("callback"), ref}).exitCode, 2);
    }

    void shouldImportCalendarsOrChangeNothing()
    {
        const Run before =
            cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("CN")});
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.contains(QStringLiteral("2026-10-01,off")));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(
            writeFile(bad, "date,kind,name_zh,name_en\n2027-01-01,off,a,b\n2027-02-29,off,a,b\n"));
        const Run refused = cli({QStringLiteral("calendar"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("Line 3")));
        QCOMPARE(
            cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("CN")}).out,
            before.out);
        const QString good = m_dir.filePath(QStringLiteral("2027.csv"));
        QVERIFY(writeFile(good, "2027-01-01,off,\xE5\x85\x83\xE6\x97\xA6,New Year's Day\n"));
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("import"), good}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("CN")})
                    .out.contains(QStringLiteral("2027-01-01,off")));
        QVERIFY(cli({QStringLiteral("calendar"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("24X7")));
    }

    void shouldSearchAndClassify()
    {
        const Run found =
            cli({QStringLiteral("search"), QStringLiteral("费率"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(QStringLiteral("TS-20261120-0001"))); // 我的POS机费率涨了
        const Run syntax = cli({QStringLiteral("search"), QStringLiteral("\"AND (x OR y*")});
        QCOMPARE(syntax.exitCode, 0); // searched as words, never an error
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
        process.write("\xE6\x8A\xBC\xE9\x87\x91\xE4\xB8\x8D\xE9\x80\x80\n\n?!\n"); // 押金不退
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("REFUND\t")), qPrintable(lines.value(0)));
        QCOMPARE(lines.value(0).split(u'\t').size(), 3);
        QCOMPARE(lines.value(1), QStringLiteral("-\t0.00\t")); // empty line: no suggestion
        QCOMPARE(lines.value(2), QStringLiteral("-\t0.00\t"));
    }

    void shouldRunTheDemoAndExport()
    {
        const Run demo =
            cli({QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300"),
                 QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        const Run exported = cli({QStringLiteral("export"), csv});
        QCOMPARE(exported.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"
                                          "reference,"));
        QCOMPARE(cli({QStringLiteral("verify-audit")}, true, {}).exitCode, 0);
    }

    // Issue 20, reproduction 3: everybody sees phone numbers masked; a lead reveals one
    // complaint's number on purpose, and each reveal is recorded.
    void shouldMaskPhonesForEveryoneAndRecordEachReveal()
    {
        const QString lead = QStringLiteral("lead.cs");
        addUser(lead, QStringLiteral("lead"), QStringLiteral("CS"));
        const QString leadPassword = newPassword();
        const Run listed =
            cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000")}, true,
                lead, leadPassword);
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
                                         "'personal_data_revealed'"))
                     .toInt(),
                 0);
        // a list of full numbers is no reveal: refused for everybody
        const Run listReveal = cli({QStringLiteral("list"), QStringLiteral("--reveal")});
        QCOMPARE(listReveal.exitCode, 2);
        QVERIFY(listReveal.err.contains(QStringLiteral("show REF --reveal")));

        const QString ref = rows.first().section(u'\t', 0, 0);
        const Run shown =
            cli({QStringLiteral("show"), ref, QStringLiteral("--json")}, true, lead, leadPassword);
        const QString maskedPhone = QJsonDocument::fromJson(shown.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("phone"))
                                        .toString();
        QVERIFY2(maskedPhone.contains(QStringLiteral("****")), qPrintable(maskedPhone));
        const Run revealed =
            cli({QStringLiteral("show"), ref, QStringLiteral("--reveal"), QStringLiteral("--json")},
                true, lead, leadPassword);
        QCOMPARE(revealed.exitCode, 0);
        const QString full = QJsonDocument::fromJson(revealed.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("phone"))
                                 .toString();
        QVERIFY2(!full.contains(u'*') && QString(full).remove(u' ').size() >= 10, qPrintable(full));
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM events WHERE type = "
                                         "'personal_data_revealed' AND complaint_id = (SELECT id "
                                         "FROM complaints WHERE reference = '%1')")
                              .arg(ref))
                     .toInt(),
                 1);

        // exports are masked; unmasked ones are the administrators', and recorded
        const QString csv = m_dir.filePath(QStringLiteral("lead.csv"));
        QCOMPARE(cli({QStringLiteral("export"), csv}, true, lead, leadPassword).exitCode, 0);
        QFile leadFile(csv);
        QVERIFY(leadFile.open(QIODevice::ReadOnly));
        const QString leadCsv = QString::fromUtf8(leadFile.readAll());
        QVERIFY(!leadCsv.contains(QRegularExpression(QStringLiteral("\\+861[3-9]\\d{9}"))));
        QCOMPARE(cli({QStringLiteral("export"), csv, QStringLiteral("--unmasked")}, true, lead,
                     leadPassword)
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("export"), csv, QStringLiteral("--unmasked")}).exitCode, 0);
        QCOMPARE(scalarOf(QStringLiteral("SELECT count(*) FROM events WHERE type = 'exported' "
                                         "AND details LIKE '%\"unmasked\":true%'"))
                     .toInt(),
                 1);
    }

    void shouldExitOneOnFailureWithAMessage()
    {
        const Run badPhone =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("12"),
                 QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(badPhone.exitCode, 1);
        QVERIFY(badPhone.err.contains(QStringLiteral("not a valid phone number")));
        const Run missing = cli({QStringLiteral("show"), QStringLiteral("TS-19990101-0001")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QVERIFY(writeFile(junk, QByteArray(4096, 'x')));
        const Run notStore =
            cli({QStringLiteral("list"), QStringLiteral("--database"), junk}, false);
        QCOMPARE(notStore.exitCode, 1);
        QVERIFY(notStore.err.contains(QStringLiteral("not a ComplaintDesk store")));
    }

    void shouldExitTwoOnUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}, false).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13812345678")})
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("lots")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("log"), QStringLiteral("--phone"),
                      QStringLiteral("13812345678"), QStringLiteral("--text"), QStringLiteral("x"),
                      QStringLiteral("--category"), QStringLiteral("NOPE")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
