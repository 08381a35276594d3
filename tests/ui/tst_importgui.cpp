#include "importdialog.h"
#include "testsupport.h"
#include "widgettest.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::child;
using cd::test::StoreFixture;

namespace {

// What the dialog says after an import that saved `imported` complaints, skipped `skipped`
// already present and failed on `failed`.
QString summaryOf(int imported, int skipped, int failed)
{
    return cd::ui::ImportDialog::tr("Imported %1, skipped %2 (already present), failed %3")
        .arg(imported)
        .arg(skipped)
        .arg(failed);
}

} // namespace

// File > Import driven offscreen: a GB18030 regulator list is detected, mapped by its
// preset, previewed, imported once; the encoding can be changed.
class TestImportGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString gbList()
    {
        const QString text = QStringLiteral(
            "\u5de5\u5355\u7f16\u53f7,\u53d7\u7406\u65f6\u95f4,\u8054\u7cfb\u7535\u8bdd,"
            "\u6295\u8bc9\u5185\u5bb9,\u6295\u8bc9\u7c7b\u522b\r\n"
            "G-1,2026-11-20 09:30,13812345678,\u91cd\u590d\u6263\u8d39\u4e24\u6b21,FEES_BILLING\r\n"
            "G-2,2026-11-21 "
            "10:00,13912345678,\u8d26\u6237\u88ab\u51bb\u7ed3,\u5916\u661f\u4eba\r\n");
        QStringEncoder gb("GB18030");
        const QByteArray bytes = gb(text);
        const QString path = m_dir.filePath(QStringLiteral("list.csv"));
        if (!cd::test::writeFile(path, bytes))
            qFatal("cannot write the list");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldDetectMapPreviewAndImportAGb18030List()
    {
        StoreFixture store;
        models::Workspace &ws = store.open();
        ui::ImportDialog dialog(ws);
        dialog.show();
        dialog.openFile(gbList());
        auto *encoding = child<QComboBox>(&dialog, "importEncoding");
        QCOMPARE(encoding->currentText(), QStringLiteral("GB18030 / GBK"));
        QVERIFY(child<QComboBox>(&dialog, "importMapping")->currentData().toString()
                == QStringLiteral("preset:12363"));
        auto *preview = child<QTableWidget>(&dialog, "importPreview");
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("2")); // the file's line
        QCOMPARE(preview->item(0, 6)->text(), ui::ImportDialog::tr("Ready"));
        QVERIFY(preview->item(1, 6)->text().contains(QStringLiteral("\u5916\u661f\u4eba")));

        // The unknown category value is mapped to one of ours in the values table
        auto *values = child<QTableWidget>(&dialog, "importValues");
        int row = -1;
        for (int r = 0; r < values->rowCount(); ++r) {
            if (values->item(r, 1)->text() == QStringLiteral("\u5916\u661f\u4eba"))
                row = r;
        }
        QVERIFY(row >= 0);
        auto *ours = qobject_cast<QComboBox *>(values->cellWidget(row, 2));
        ours->setCurrentIndex(ours->findData(QStringLiteral("FUNDS_FROZEN")));
        Q_EMIT ours->activated(ours->currentIndex());
        QCOMPARE(preview->item(1, 6)->text(), ui::ImportDialog::tr("Ready"));

        // Read as UTF-8 the file is refused; back to GB18030 it reads again
        encoding->setCurrentIndex(0);
        Q_EMIT encoding->activated(0);
        QVERIFY(child<QLabel>(&dialog, "importStatus")->text().contains(QLatin1String("UTF-8")));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        encoding->setCurrentIndex(1);
        Q_EMIT encoding->activated(1);
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());

        // A new read starts again from the preset: the value is mapped again
        values = child<QTableWidget>(&dialog, "importValues");
        for (int r = 0; r < values->rowCount(); ++r) {
            if (values->item(r, 1)->text() == QStringLiteral("\u5916\u661f\u4eba")) {
                auto *combo = qobject_cast<QComboBox *>(values->cellWidget(r, 2));
                combo->setCurrentIndex(combo->findData(QStringLiteral("FUNDS_FROZEN")));
                Q_EMIT combo->activated(combo->currentIndex());
            }
        }
        child<QRadioButton>(&dialog, "importAllOrNothing")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(dialog.summary(), summaryOf(2, 0, 0));
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 2);
        // A second import adds nothing
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(dialog.summary(), summaryOf(0, 2, 0));
        QCOMPARE(test::rowCount(ws, QStringLiteral("complaints")), 2);
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
