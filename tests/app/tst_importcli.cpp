#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// `complaintdesk-cli import`, run as a script would: its summary, the failed rows by line,
// the exit status, dry runs and a GB18030 file.
class TestImportCli : public cd::test::CliTest
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!cd::test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(name));
        return path;
    }

    int complaints()
    {
        const Run listed = cli({QStringLiteral("list")});
        return listed.out.isEmpty() ? 0 : int(listed.out.count(QLatin1Char('\n')) + 1);
    }

private Q_SLOTS:
    void initTestCase() { createStore(); }

    void shouldImportAGb18030ListOnceAndReportTheFailedLine()
    {
        // A 12363-style list as Excel on a Chinese Windows saves it (GB18030, CRLF)
        const QString text = QStringLiteral(
            "\u5de5\u5355\u7f16\u53f7,\u53d7\u7406\u65f6\u95f4,\u8054\u7cfb\u7535\u8bdd,"
            "\u6295\u8bc9\u5185\u5bb9,\u6295\u8bc9\u7c7b\u522b\r\n"
            "G-1,2026-11-20 09:30,13812345678,\u91cd\u590d\u6263\u8d39\u4e24\u6b21,FEES_BILLING\r\n"
            "G-2,2026-11-21 "
            "10:00,13912345678,\"\u8d26\u6237\u88ab\u51bb\u7ed3\r\n\u65e0\u6cd5\u4ed8\u6b3e\","
            "FUNDS_FROZEN\r\n"
            "G-3,not a time,13712345678,\u4e0d\u77e5\u9053,FEES_BILLING\r\n");
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QString path = write(QStringLiteral("list.csv"), gb(text));
        const QStringList import {QStringLiteral("import"), path, QStringLiteral("--preset"),
                                  QStringLiteral("12363")};

        const Run dry = cli(import + QStringList {QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 1);
        QVERIFY2(
            dry.out.contains(QLatin1String("Imported 2, skipped 0 (already present), failed 1")),
            qPrintable(dry.out + dry.err));
        QCOMPARE(complaints(), 0);

        const Run first = cli(import);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(
            first.out.contains(QLatin1String("Imported 2, skipped 0 (already present), failed 1")),
            qPrintable(first.out + first.err));
        QVERIFY2(first.err.contains(QLatin1String("Line 5: The receipt time \"not a time\"")),
                 qPrintable(first.err));
        QCOMPARE(complaints(), 2);

        const Run second = cli(import + QStringList {QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("failures"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 5);
        QCOMPARE(complaints(), 2);
    }

    void shouldExitZeroWhenEveryRowIsSavedAndRefuseUsageErrors()
    {
        const QString path =
            write(QStringLiteral("ok.csv"),
                  "\xEF\xBB\xBF"
                  "external_id,received_at,phone,description,category\n"
                  "X-1,2026-11-20 09:30,13812345670,Refund never arrived,REFUND\n");
        const Run ok = cli({QStringLiteral("import"), path});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(
            ok.out.contains(QLatin1String("Imported 1, skipped 0 (already present), failed 0")),
            qPrintable(ok.out + ok.err));
        const Run both = cli({QStringLiteral("import"), path, QStringLiteral("--preset"),
                              QStringLiteral("cfpb"), QStringLiteral("--mapping"), path});
        QCOMPARE(both.exitCode, 2);
        const Run help = cli({QStringLiteral("help"), QStringLiteral("import")}, true, {});
        QVERIFY(help.out.contains(QLatin1String("--all-or-nothing")));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
