#include "cli/cli.h"
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
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

using namespace cd::test;

namespace {

// Runs `arguments` (in English) through cli::run() in this process, as complaintdesk-cli's
// main() does after its set-up, and returns its exit status and what it printed on stdout
// (trimmed; its stderr is not kept). For the many help texts: a process each costs ~0.1 s.
CliRun runHere(const QStringList &arguments)
{
    QList<QByteArray> bytes;
    for (const QString &argument :
         arguments + QStringList {QStringLiteral("--lang"), QStringLiteral("en")})
        bytes << argument.toUtf8();
    QTemporaryFile out;
    if (!out.open())
        qFatal("cannot make a file for the output");
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(out.handle(), STDOUT_FILENO);
    QCoreApplication &app = *QCoreApplication::instance();
    const int status = cd::cli::run(app, bytes);
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    // run() installs its translators on every call
    qDeleteAll(app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    out.seek(0);
    return {status, QString::fromUtf8(out.readAll()).trimmed(), {}};
}

} // namespace

// The CLI's help, usage errors and languages.
class TestCliHelp : public CliTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { createStore(0); }

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
            if (lines.at(i).at(2) != u' ') // not a summary's second line
                names << lines.at(i).trimmed().section(u' ', 0, 0);
        }
        QVERIFY2(names.size() >= 31, qPrintable(names.join(u' ')));
        QVERIFY(names.contains(QStringLiteral("log"))
                && names.contains(QStringLiteral("daily-backup")));
        QCOMPARE(run({QStringLiteral("help")}).out, overview.out);
        static const QRegularExpression described(
            QStringLiteral("^  (-\\w, )?--[\\w-]+( \\S+)?  +\\S"));
        // (every command in this process; the binary's own help paths just above and below)
        for (const QString &name : std::as_const(names)) {
            const Run help = runHere({QStringLiteral("help"), name});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: complaintdesk-cli ") + name),
                     qPrintable(help.out));
            const Run dashed = runHere({name, QStringLiteral("--help")});
            QCOMPARE(dashed.exitCode, 0);
            QCOMPARE(dashed.out, help.out);
            for (const QString &line : help.out.split(u'\n')) {
                if (line.startsWith(QStringLiteral("  -")))
                    QVERIFY2(described.match(line).hasMatch(), qPrintable(name + u':' + line));
            }
        }
        const Run log = run({QStringLiteral("help"), QStringLiteral("log")});
        QCOMPARE(log.out, runHere({QStringLiteral("log"), QStringLiteral("--help")}).out);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--help")}).out,
                 runHere({QStringLiteral("help"), QStringLiteral("search")}).out);
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
        const Run limit =
            cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("lots")});
        QCOMPARE(limit.exitCode, 2);
        QVERIFY(limit.err.contains(QStringLiteral("--limit takes a whole number")));
        QVERIFY(limit.err.contains(QStringLiteral("complaintdesk-cli help list")));
        const Run search =
            cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--bogus")});
        QCOMPARE(search.exitCode, 2);
        QVERIFY2(search.err.contains(QStringLiteral("search: Unknown option 'bogus'.")),
                 qPrintable(search.err));
    }

    void shouldGiveHelpInChinese()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString zh = QStringLiteral("zh_CN");
        const Run overview =
            raw({QStringLiteral("--help"), QStringLiteral("--lang"), zh}, environment);
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.out.startsWith(QStringLiteral("\u7528\u6cd5")),
                 qPrintable(overview.out)); // 用法
        QVERIFY(overview.out.contains(QStringLiteral("\u767b\u8bb0\u6765\u7535"))); // 登记来电
        const Run log =
            raw({QStringLiteral("log"), QStringLiteral("--help"), QStringLiteral("--lang"), zh},
                environment);
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(raw({QStringLiteral("help"), QStringLiteral("log"), QStringLiteral("--lang"), zh},
                     environment)
                     .out,
                 log.out);
        QVERIFY(log.out.contains(QStringLiteral("--phone ")));
        QVERIFY2(log.out.contains(QStringLiteral("\u6765\u7535\u5ba2\u6237")),
                 qPrintable(log.out)); // 来电客户
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
        const Run bogus =
            raw({QStringLiteral("list"), QStringLiteral("--bogus"), QStringLiteral("--lang"), zh},
                environment);
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.startsWith(QStringLiteral("list\uff1a")),
                 qPrintable(bogus.err)); // list：
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
                       QStringLiteral("--phone"), QStringLiteral("12"), QStringLiteral("--text"),
                       QStringLiteral("x"), QStringLiteral("--database"), store(),
                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        process.waitForFinished(60000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("\u7535\u8bdd")), qPrintable(err)); // 电话
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
