#include "complaintservice.h"
#include "csvexporter.h"
#include "storesuite.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::models;

namespace {

// A small RFC 4180 reader, enough to read our own files back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCsvExporter : public test::StoreSuite
{
    Q_OBJECT
private Q_SLOTS:
    void shouldWriteUtf8WithBomThatParsesBack()
    {
        NewCallInput in = test::sampleCall(ws());
        in.description = QStringLiteral("\u8d39\u7387, \"\u6da8\u4ef7\"\nsecond line");
        in.customerName = QStringLiteral("=cmd()");
        in.amountText = QStringLiteral("12.5");
        QVERIFY(ws().complaints().logCall(in).ok());
        test::logCalls(ws(), 1200); // more than one page

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvExporter exporter(ws());
        auto written = exporter.exportAll(path);
        QVERIFY(written.ok());
        QCOMPARE(*written, qint64(1201));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 1202);
        QCOMPARE(rows.first(), CsvExporter::header());
        const QStringList first = rows.at(1);
        QCOMPARE(first.size(), CsvExporter::header().size());
        QCOMPARE(first.at(0), QStringLiteral("TS-20261125-0001"));
        QCOMPARE(first.at(CsvExporter::header().indexOf(QStringLiteral("description"))),
                 in.description);
        QCOMPARE(first.at(CsvExporter::header().indexOf(QStringLiteral("customer_name"))),
                 QStringLiteral("'=cmd()"));
        QCOMPARE(first.at(CsvExporter::header().indexOf(QStringLiteral("amount"))),
                 QStringLiteral("12.50"));
        // masked unless an administrator asks otherwise
        QCOMPARE(first.at(CsvExporter::header().indexOf(QStringLiteral("phone"))),
                 QStringLiteral("138****5678"));
        QVERIFY(exporter.exportAll(path, {}, true).ok());
        QFile full(path);
        QVERIFY(full.open(QIODevice::ReadOnly));
        QVERIFY(full.readAll().contains("+8613812345678"));
        QCOMPARE(test::scalar(ws(),
                              QStringLiteral("SELECT count(*) FROM events WHERE type ="
                                             " 'exported'"))
                     .toInt(),
                 2);
    }

    void shouldRefuseAnUnmaskedExportToAnAgent()
    {
        test::StoreFixture store;
        Workspace &ws = store.open(test::wednesdayMorning(), QStringLiteral("agent.li"),
                                   QStringLiteral("agent"));
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        auto refused = CsvExporter(ws).exportAll(path, {}, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(test::eventCount(ws, QStringLiteral("permission_denied")), 1);
    }

    void shouldLeaveNoFileWhenCancelledOrUnwritable()
    {
        // one more than a page of the export (1,000): cancelled after the first page is
        // written, with more to come
        test::logCalls(ws(), 1001);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
        CsvExporter exporter(ws());
        auto cancelled = exporter.exportAll(path, [](qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(path));
        auto unwritable = exporter.exportAll(dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        QVERIFY(!unwritable.ok());
        QVERIFY(!unwritable.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
