#include "logcallpane.h"
#include "taxonomydialog.h"
#include "taxonomyservice.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace cd::models;

// The category editor dialog: what it saves goes through TaxonomyService and shows at once
// in the forms that offer categories.
class TestTaxonomyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldAddACategoryFromTheDialogAndKeepTheFormOnErrors()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ui::LogCallPane pane(ws); // open while the administrator edits
        auto *categories = test::child<QComboBox>(&pane, "categoryCombo");
        QCOMPARE(categories->count(), 16); // "Choose..." and 15
        ui::TaxonomyDialog dialog(ws);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 15);
        dialog.startNew(false);
        auto *code = test::child<QLineEdit>(&dialog, "codeEdit");
        auto *zh = test::child<QLineEdit>(&dialog, "nameZhEdit");
        code->setText(QStringLiteral("ONBOARDING"));
        zh->setText(QStringLiteral("\u5546\u6237\u5165\u7f51"));
        QVERIFY(!dialog.save()); // no English name
        QCOMPARE(code->text(), QStringLiteral("ONBOARDING"));
        QCOMPARE(zh->text(), QStringLiteral("\u5546\u6237\u5165\u7f51"));
        test::child<QLineEdit>(&dialog, "nameEnEdit")
            ->setText(QStringLiteral("Merchant onboarding"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.tree()->topLevelItemCount(), 16);
        QVERIFY(ws.taxonomy().categoryByCode(QStringLiteral("ONBOARDING")));
        QCOMPARE(categories->count(), 17); // offered at once, without a restart
        QVERIFY(categories->findText(QStringLiteral("Merchant onboarding")) > 0);
    }
};

QTEST_MAIN(TestTaxonomyDialog)
#include "tst_taxonomydialog.moc"
