#include "outputfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cd;
using namespace cd::models;

namespace {

QStringList entriesOf(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldWriteTheWholeFileForItsOwnerOnly()
    {
        // GIVEN a folder with an older file readable by all
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        const QString older = dir.filePath(QStringLiteral("older.csv"));
        QVERIFY(test::writeFile(older, "old"));
        QVERIFY(QFile::setPermissions(older,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        // WHEN both are written in pieces
        for (const QString &path : {fresh, older}) {
            OutputFile file(path);
            QVERIFY(file.open().ok());
            QVERIFY(file.write("first,").ok());
            QVERIFY(file.write(QByteArray(100'000, 'x')).ok());
            QVERIFY(file.commit().ok());
        }
        // THEN each holds everything written, mode 0600, with no temporary file beside
        for (const QString &path : {fresh, older}) {
            QCOMPARE(cd::test::contentOf(path), QByteArray("first,") + QByteArray(100'000, 'x'));
            QCOMPARE(cd::test::modeOf(path), 0600);
        }
        QCOMPARE(entriesOf(dir),
                 (QStringList {QStringLiteral("fresh.csv"), QStringLiteral("older.csv")}));
    }

    void shouldLeaveNothingOfAFileNotCommitted()
    {
        // GIVEN a folder with a file in it
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("kept.csv"));
        QVERIFY(OutputFile::writeAll(kept, "kept").ok());
        // WHEN a new file is cancelled, another abandoned, and the kept one cancelled
        {
            OutputFile cancelled(dir.filePath(QStringLiteral("cancelled.csv")));
            QVERIFY(cancelled.open().ok());
            QVERIFY(cancelled.write("part").ok());
            cancelled.cancel();
            QVERIFY(!cancelled.commit().ok());
            OutputFile abandoned(dir.filePath(QStringLiteral("abandoned.csv")));
            QVERIFY(abandoned.open().ok());
            QVERIFY(abandoned.write("part").ok());
            OutputFile rewritten(kept);
            QVERIFY(rewritten.open().ok());
            QVERIFY(rewritten.write("new").ok());
            rewritten.cancel();
        }
        // THEN only the kept file is there, unchanged
        QCOMPARE(entriesOf(dir), QStringList {QStringLiteral("kept.csv")});
        QCOMPARE(cd::test::contentOf(kept), QByteArray("kept"));
    }

    void shouldFailOnAFullDeviceAndLeaveItADevice()
    {
        QVERIFY(test::isCharacterDevice(QStringLiteral("/dev/full")));
        // WHEN a file is written to /dev/full
        auto written = OutputFile::writeAll(QStringLiteral("/dev/full"), QByteArray(70'000, 'x'));
        // THEN it fails naming the file and the reason, and /dev/full is still the device
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Storage);
        QVERIFY2(written.error().message.contains(QStringLiteral("\"/dev/full\"")),
                 qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("No space left on device")),
                 qPrintable(written.error().message));
        QVERIFY(test::isCharacterDevice(QStringLiteral("/dev/full")));
        // a device that takes the bytes is written in place
        QVERIFY(OutputFile::writeAll(QStringLiteral("/dev/null"), "all of it").ok());
        QVERIFY(test::isCharacterDevice(QStringLiteral("/dev/null")));
    }

    void shouldRefuseAFolderOrAMissingOne()
    {
        QTemporaryDir dir;
        auto folder = OutputFile::writeAll(dir.path(), "x");
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(dir.path()));
        auto missing = OutputFile::writeAll(dir.filePath(QStringLiteral("no/such/x.csv")), "x");
        QVERIFY(!missing.ok());
        QCOMPARE(entriesOf(dir), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
