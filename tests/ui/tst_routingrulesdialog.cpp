#include "routingrulesdialog.h"
#include "routingservice.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace cd;
using namespace cd::models;

class TestRoutingRulesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowWhichRuleASampleHitsAndWhy()
    {
        test::ShownOnStore<ui::RoutingRulesDialog> onStore;
        auto &[store, ws, dialog] = onStore;
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("rulesList"));
        QCOMPARE(list->count(), 2); // the seeded rules
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("testTextEdit"));
        QTest::keyClicks(text, QStringLiteral("I think this is a scam"));
        const auto categories = dialog.findChildren<QComboBox *>();
        QComboBox *testCategory = nullptr;
        for (QComboBox *combo : categories) {
            if (combo->itemText(0) == QStringLiteral("Choose..."))
                testCategory = combo;
        }
        QVERIFY(testCategory);
        testCategory->setCurrentIndex(
            testCategory->findText(QStringLiteral("Refunds and deposits")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testRuleButton")),
                          Qt::LeftButton);
        const QString result =
            dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("Risk Management")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Fraud words")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("scam")), qPrintable(result));
    }

    void shouldSaveAValidRuleAndRefuseAnInvalidOne()
    {
        test::ShownOnStore<ui::RoutingRulesDialog> onStore;
        auto &[store, ws, dialog] = onStore;
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveRuleButton"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("ruleNameEdit"));
        name->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(ws.routing().rules()->at(0).name, QStringLiteral("Forwarded by a regulator"));
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("ruleMessage"))->isVisible());
        QTest::keyClicks(name, QStringLiteral("Regulator first"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(ws.routing().rules()->at(0).name, QStringLiteral("Regulator first"));
    }
};

QTEST_MAIN(TestRoutingRulesDialog)
#include "tst_routingrulesdialog.moc"
