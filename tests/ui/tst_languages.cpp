#include "database.h"
#include "migrations.h"
#include "routingservice.h"
#include "slaadministration.h"
#include "slareminders.h"
#include "slasettings.h"
#include "testsupport.h"
#include "translationloader.h"
#include "workspace.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::models;

namespace {

QStringList policyNames(Workspace &ws)
{
    QStringList names;
    for (const auto &p : ws.slaSettings().policies())
        names << p.name;
    return names;
}

QStringList ruleNames(Workspace &ws)
{
    QStringList names;
    const auto read = ws.routing().rules();
    for (const auto &r : read.value())
        names << r.name;
    return names;
}

QStringList storedNames(Workspace &ws, const QString &table)
{
    QStringList names;
    const QString joined = test::scalar(ws,
                                        QStringLiteral("SELECT group_concat(name, '|') FROM"
                                                       " (SELECT name FROM %1 ORDER BY position)")
                                            .arg(table))
                               .toString();
    return joined.split(u'|');
}

} // namespace

// Seeded data and Qt's own dialogs read in the user's language, never in two at once.
// English runs first: the Chinese translations, once installed, stay for the process.
class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowSeededPoliciesAndRulesInEnglish()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        QCOMPARE(policyNames(ws),
                 (QStringList {QStringLiteral("Forwarded by a regulator"),
                               QStringLiteral("Urgent (P1)"), QStringLiteral("Standard")}));
        QCOMPARE(ruleNames(ws),
                 (QStringList {QStringLiteral("Forwarded by a regulator"),
                               QStringLiteral("Fraud words")}));
    }

    // A store seeded before v16 had policies named in both languages ("标准 Standard").
    void shouldNameTheSeededDataOfAnOlderStoreInOneLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v15.sqlite"));
        {
            const auto db = test::storeOfVersion(path, 15);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE sla_policies SET name = 'Own name' WHERE position = 1")));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sla_policies WHERE position = 3")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("\u6807\u51c6 Standard"));
        }
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, '|') FROM"
                                      " (SELECT name FROM sla_policies ORDER BY position)")));
        QVERIFY(q.next());
        // an administrator's own name stays as typed
        QCOMPARE(q.value(0).toString(), QStringLiteral("Own name|Urgent (P1)|Standard"));
        QVERIFY(
            q.exec(QStringLiteral("SELECT name_zh FROM categories WHERE code = 'FUNDS_SECURITY'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("\u8d44\u91d1\u5b89\u5168\uff08\u76d7\u5237/\u8bc8\u9a97\uff09"));
    }

    void shouldShowSeededPoliciesAndRulesInChineseAndStoreThemOnce()
    {
        QCOMPARE(i18n::installTranslations(*qApp, QStringLiteral("zh_CN")),
                 QStringLiteral("zh_CN"));
        test::StoreFixture store; // pins English formats; the translations stay Chinese
        Workspace &ws = store.open();
        QCOMPARE(policyNames(ws),
                 (QStringList {QStringLiteral("\u76d1\u7ba1\u8f6c\u529e"),
                               QStringLiteral("\u7d27\u6025\uff08P1\uff09"),
                               QStringLiteral("\u6807\u51c6")}));
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        for (const QString &name : ruleNames(ws))
            QVERIFY2(!name.contains(latin), qPrintable(name));
        // saving a seeded policy as shown keeps its one stored (English) name, so it still
        // reads in English for an English user
        rules::SlaPolicy standard = ws.slaSettings().policies().at(2);
        standard.resolution.amount = 5;
        QVERIFY(ws.slaAdministration().savePolicy(standard).ok());
        QCOMPARE(storedNames(ws, QStringLiteral("sla_policies")),
                 (QStringList {QStringLiteral("Forwarded by a regulator"),
                               QStringLiteral("Urgent (P1)"), QStringLiteral("Standard")}));
        const auto stored = ws.routing().rules();
        rules::RoutingRule fraud = stored.value().at(1);
        QVERIFY(ws.routing().save(fraud).ok());
        QCOMPARE(storedNames(ws, QStringLiteral("routing_rules")),
                 (QStringList {QStringLiteral("Forwarded by a regulator"),
                               QStringLiteral("Fraud words")}));
    }

    // Qt's dialogs (file dialogs, message boxes) in Chinese: qtbase_zh_CN.qm, and the few
    // strings it lacks from ComplaintDesk's own translation.
    void shouldTranslateQtsOwnDialogs()
    {
        i18n::installTranslations(*qApp, QStringLiteral("zh_CN"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("\u53d6\u6d88"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"),
                 QStringLiteral("\u67e5\u627e\u8303\u56f4\uff1a"));
        QTemporaryDir dir;
        QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(dir.path())),
                 QStringLiteral("\u6587\u4ef6\u5939"));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
