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

// What the CLI accepts as input: text, dates and passwords.
class TestCliInput : public CliTest
{
    Q_OBJECT
private Q_SLOTS:
    // The store with the complaint TS-20261120-0001 that callbacks are set on.
    void initTestCase()
    {
        createStore();
        const Run logged =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13812345678"),
                 QStringLiteral("--text"), QStringLiteral("rate raised"),
                 QStringLiteral("--received"), QStringLiteral("2026-11-20T10:30")});
        QCOMPARE(logged.out, QStringLiteral("TS-20261120-0001"));
    }

    // Issue 20, reproduction 5: control characters are refused; what plain output shows of
    // a value never looks like another line.
    void shouldKeepEveryValueOnItsLine()
    {
        const QString forged = QStringLiteral("2026-11-20 10:30  boss  status_changed -> CLOSED  "
                                              "refund paid");
        const Run logged =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13911112222"),
                 QStringLiteral("--name"), QStringLiteral("Li\tNa\\"), QStringLiteral("--text"),
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
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .object()
                     .value(QStringLiteral("description"))
                     .toString(),
                 QStringLiteral("Fee too high.\n") + forged);

        const Run clear = cli({QStringLiteral("status"), logged.out, QStringLiteral("--to"),
                               QStringLiteral("INVESTIGATING"), QStringLiteral("--note"),
                               QStringLiteral("ok\x1b[2J\x1b]0;pwned\a")});
        QCOMPARE(clear.exitCode, 1);
        QVERIFY2(clear.err.contains(QStringLiteral("Note"))
                     && clear.err.contains(QStringLiteral("U+001B")),
                 qPrintable(clear.err));
        QVERIFY(!clear.err.contains(QChar(0x1b)));
        const Run hidden =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13911112222"),
                 QStringLiteral("--text"), QStringLiteral("visible\u202etxet neddih")});
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
        QVERIFY2(err.contains(QStringLiteral("Argument 5"))
                     && err.contains(QStringLiteral("byte 3")),
                 qPrintable(err));

        const Run classified = raw({QStringLiteral("classify"), QStringLiteral("--database"),
                                    store(), QStringLiteral("--as"), QStringLiteral("boss"),
                                    QStringLiteral("--lang"), QStringLiteral("en")},
                                   environment, QByteArray("refund\nd\xe9p\xf4t\nlast\n"));
        QCOMPARE(classified.exitCode, 1);
        QVERIFY2(classified.err.contains(QStringLiteral("Line 2"))
                     && classified.err.contains(QStringLiteral("byte 8")),
                 qPrintable(classified.err));
        QCOMPARE(classified.out.split(u'\n').size(), 1); // the line before it was classified

        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.csv"));
        QVERIFY(writeFile(latin1, "2027-05-01,off,f\xeate,Labour Day\n"));
        const Run imported = cli({QStringLiteral("calendar"), QStringLiteral("import"), latin1});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("byte 16")), qPrintable(imported.err));

        const Run ancient =
            cli({QStringLiteral("log"), QStringLiteral("--phone"), QStringLiteral("13911112222"),
                 QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--received"),
                 QStringLiteral("0001-01-01T00:00")});
        QCOMPARE(ancient.exitCode, 1);
        QVERIFY(ancient.out.isEmpty()); // no TS-00010101-0001
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
                      QStringLiteral("13911112222"), QStringLiteral("--text"), emoji})
                     .exitCode,
                 0);
    }

    // Issue 20, reproduction 7: passwords come from a prompt or a file of mode 600 (the
    // environment only for scripts), and weak ones are refused.
    void shouldTakePasswordsFromAPromptOrAFile()
    {
        const QStringList base {QStringLiteral("--database"), store(),
                                QStringLiteral("--lang"),     QStringLiteral("en"),
                                QStringLiteral("--as"),       QStringLiteral("boss")};
        const QString mine = passwordFile(QStringLiteral("boss.pw"), bossPassword());
        const Run fromFile =
            raw(QStringList {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                             QStringLiteral("--password-file"), mine}
                    + base,
                withoutPasswords());
        QCOMPARE(fromFile.exitCode, 0);
        // no file, no variable and no terminal: told how to give one
        const Run none = raw(QStringList {QStringLiteral("list")} + base, withoutPasswords());
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--password-file")), qPrintable(none.err));
        // a file others may read is refused
        QFile::setPermissions(
            mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run open = raw(
            QStringList {QStringLiteral("list"), QStringLiteral("--password-file"), mine} + base,
            withoutPasswords());
        // (a fault of the file, not of the command line: no pointer to the usage)
        QCOMPARE(open.exitCode, 1);
        QVERIFY(open.err.contains(QStringLiteral("chmod 600")));
        QVERIFY2(!open.err.contains(QStringLiteral("usage")), qPrintable(open.err));
        QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // a weak new password is refused, in our words
        const QString weak = passwordFile(QStringLiteral("weak.pw"), QStringLiteral("password"));
        const Run refused =
            raw(QStringList {QStringLiteral("user"), QStringLiteral("add"),
                             QStringLiteral("weak.one"), QStringLiteral("--role"),
                             QStringLiteral("agent"), QStringLiteral("--department"),
                             QStringLiteral("CS"), QStringLiteral("--password-file"), mine,
                             QStringLiteral("--new-password-file"), weak}
                    + base,
                withoutPasswords());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("dictionary word")), qPrintable(refused.err));
        // passwd reads the current password as sign-in does, the new one from its file
        const QString next =
            passwordFile(QStringLiteral("next.pw"), QStringLiteral("lantern moss 7"));
        QCOMPARE(raw(QStringList {QStringLiteral("passwd"), QStringLiteral("--password-file"), mine,
                                  QStringLiteral("--new-password-file"), next}
                         + base,
                     withoutPasswords())
                     .exitCode,
                 0);
        QCOMPARE(raw(QStringList {QStringLiteral("passwd"), QStringLiteral("--password-file"), next,
                                  QStringLiteral("--new-password-file"), mine}
                         + base,
                     withoutPasswords())
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
