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

// verify-audit and audit-key: tampering of every kind is found and named.
class TestCliAudit : public CliTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { createStore(40); }

    void shouldNameTheFirstBrokenLinkOfAnAlteredTrail()
    {
        QVERIFY(cd::test::execOnSqliteFile(
            store(),
            {QStringLiteral("DROP TRIGGER events_are_append_only_update"),
             QStringLiteral("UPDATE events SET note = 'forged' WHERE id = 7")}));
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
        createStore(40, original);
        const Run intact =
            run({QStringLiteral("verify-audit"), QStringLiteral("--database"), original});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(QStringLiteral("The audit trail is intact"))
                     && intact.out.contains(QStringLiteral("Its end agrees with the last anchor"))
                     && intact.out.contains(QStringLiteral(
                         "Complaints compared with their events: 40, all in agreement.")),
                 qPrintable(intact.out));
        auto copyOf = [&](const QString &name) {
            const QString path = dir.filePath(name);
            QFile::copy(original, path);
            return path;
        };
        auto verify = [&](const QString &path) {
            return run({QStringLiteral("verify-audit"), QStringLiteral("--database"), path});
        };
        const QStringList unguarded {QStringLiteral("DROP TRIGGER events_are_append_only_update"),
                                     QStringLiteral("DROP TRIGGER events_are_append_only_delete")};

        // the last 20 events removed, the chain record set to the new last one
        const QString cut = copyOf(QStringLiteral("cut.sqlite"));
        QVERIFY(cd::test::execOnSqliteFile(
            cut,
            unguarded
                + QStringList {
                    QStringLiteral(
                        "DELETE FROM events WHERE id > (SELECT max(id) - 20 FROM events)"),
                    QStringLiteral(
                        "UPDATE audit_chain SET last_event_id = (SELECT max(id) FROM events),"
                        " last_hash = (SELECT lower(hex(seal)) FROM events ORDER BY id DESC LIMIT "
                        "1)")}));
        const Run cutRun = verify(cut);
        QCOMPARE(cutRun.exitCode, 1);
        QVERIFY2(cutRun.err.contains(QStringLiteral("The store's audit trail ends at event"))
                     && cutRun.err.contains(QStringLiteral("but the anchor")),
                 qPrintable(cutRun.err));

        // an open complaint closed directly
        const QString closed = copyOf(QStringLiteral("closed.sqlite"));
        const QString reference =
            cd::test::scalarOfSqliteFile(
                closed,
                QStringLiteral("SELECT reference FROM complaints WHERE status <> 'CLOSED'"
                               " ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY(!reference.isEmpty());
        const QString status =
            cd::test::scalarOfSqliteFile(
                closed,
                QStringLiteral("SELECT status FROM complaints WHERE reference = '%1'")
                    .arg(reference))
                .toString();
        QVERIFY(cd::test::execOnSqliteFile(closed,
                                           {QStringLiteral("UPDATE complaints SET status = 'CLOSED'"
                                                           " WHERE reference = '%1'")
                                                .arg(reference)}));
        const Run closedRun = verify(closed);
        QCOMPARE(closedRun.exitCode, 1);
        QVERIFY2(closedRun.err.contains(QStringLiteral("Complaint %1: the status is CLOSED in the "
                                                       "store, but its events leave it at %2.")
                                            .arg(reference, status)),
                 qPrintable(closedRun.err));

        // a note rewritten and the chain recomputed with plain SHA-256: the script of the
        // review, which no longer knows how to seal
        const QString rewritten = copyOf(QStringLiteral("rewritten.sqlite"));
        QVERIFY(cd::test::execOnSqliteFile(
            rewritten,
            unguarded
                + QStringList {
                    QStringLiteral("UPDATE events SET note = 'nothing happened' WHERE id = 10")}));
        QVERIFY(cd::test::onSqliteFile(rewritten, [](QSqlDatabase &db) {
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
                QVERIFY(update.exec(QStringLiteral("UPDATE events SET seal = X'%1' WHERE id = %2")
                                        .arg(hash)
                                        .arg(id)));
                before = hash;
            }
            QVERIFY(
                update.exec(QStringLiteral("UPDATE audit_chain SET last_hash = '%1'").arg(before)));
        }));
        QVERIFY(!QTest::currentTestFailed());
        const Run rewrittenRun = verify(rewritten);
        QCOMPARE(rewrittenRun.exitCode, 1);
        QVERIFY2(rewrittenRun.err.contains(QStringLiteral("event 1 was changed after it was "
                                                          "written, or sealed without the "
                                                          "store's key")),
                 qPrintable(rewrittenRun.err));

        // a damaged store (a page of its events overwritten) is reported as damaged, not as
        // events removed (issue 19, item 5)
        const QString damaged = copyOf(QStringLiteral("damaged.sqlite"));
        // a leaf page in the middle of the events: the walk reads the first ones well
        const qint64 offset = cd::test::scalarOfSqliteFile(
                                  damaged,
                                  QStringLiteral("SELECT ((SELECT pageno FROM dbstat WHERE"
                                                 " name = 'events' AND pagetype = 'leaf'"
                                                 " ORDER BY pageno LIMIT 1 OFFSET 3) - 1)"
                                                 " * (SELECT page_size FROM pragma_page_size)"))
                                  .toLongLong();
        QVERIFY(offset > 0);
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
        createStore(0, original);
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
        const Run noKey =
            run({QStringLiteral("verify-audit"), QStringLiteral("--database"), copy}, there);
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.err.contains(QStringLiteral("--key-file")), qPrintable(noKey.err));
        const Run withKey = run({QStringLiteral("verify-audit"), QStringLiteral("--key-file"),
                                 keyFile, QStringLiteral("--database"), copy},
                                there);
        QCOMPARE(withKey.exitCode, 0);
        QVERIFY2(withKey.out.contains(QStringLiteral("The audit trail is intact")),
                 qPrintable(withKey.out));
        QVERIFY2(withKey.err.contains(QStringLiteral("--anchor-file")), qPrintable(withKey.err));
        // nothing is recorded there without the key
        const Run refused = run({QStringLiteral("list"), QStringLiteral("--database"), copy,
                                 QStringLiteral("--as"), QStringLiteral("boss")},
                                there);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is not on this computer")),
                 qPrintable(refused.err));
        // until it is put there
        const Run imported = run({QStringLiteral("audit-key"), QStringLiteral("import"), keyFile,
                                  QStringLiteral("--database"), copy},
                                 there);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--database"), copy,
                      QStringLiteral("--as"), QStringLiteral("boss")},
                     there)
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("verify-audit"), QStringLiteral("--database"), copy}, there)
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
