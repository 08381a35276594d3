#include "connectdialog.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace cd;

// Where a desk's store is: this computer (a file) or the call centre's server, chosen at
// the first start and with File > Connect..., remembered without any password.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::pinEnvironment();
        QStandardPaths::setTestModeEnabled(true); // settings in a test folder
        QSettings().clear();
    }

    void shouldBuildTheServersAddressFromItsParts()
    {
        // GIVEN the dialog, the server chosen and its parts given
        ui::ConnectDialog dialog(QString {});
        test::child<QRadioButton>(&dialog, "serverStoreRadio")->setChecked(true);
        test::child<QLineEdit>(&dialog, "serverHostEdit")
            ->setText(QStringLiteral("db.callcentre.example"));
        test::child<QSpinBox>(&dialog, "serverPortSpin")->setValue(5433);
        test::child<QLineEdit>(&dialog, "serverDatabaseEdit")
            ->setText(QStringLiteral("complaints"));
        test::child<QLineEdit>(&dialog, "serverUserEdit")->setText(QStringLiteral("desk17"));
        auto *ssl = test::child<QComboBox>(&dialog, "serverSslModeCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));

        // WHEN it is accepted
        dialog.accept();

        // THEN the store is the server's postgresql:// address, with no password in it
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.isServerChosen());
        QCOMPARE(dialog.store(),
                 QStringLiteral(
                     "postgresql://desk17@db.callcentre.example:5433/complaints?sslmode=require"));
        QVERIFY(models::Workspace::isServerAddress(dialog.store()));
    }

    void shouldRefuseAServerWithoutAHostSayingSo()
    {
        // GIVEN the server chosen without a host
        ui::ConnectDialog dialog(QString {});
        dialog.show();
        test::child<QRadioButton>(&dialog, "serverStoreRadio")->setChecked(true);
        test::child<QLineEdit>(&dialog, "serverUserEdit")->setText(QStringLiteral("desk17"));

        // WHEN it is accepted
        dialog.accept();

        // THEN it stays open and says what is missing
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.store().isEmpty());
        auto *error = test::child<QLabel>(&dialog, "connectError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("server")));
    }

    void shouldShowTheStoreInUseAndRememberTheChoice()
    {
        // GIVEN a desk connected to a server
        const QString address = QStringLiteral(
            "postgresql://desk17@db.callcentre.example:5433/complaints?sslmode=verify-full");
        ui::ConnectDialog onServer(address);

        // THEN the dialog shows its parts
        QVERIFY(test::child<QRadioButton>(&onServer, "serverStoreRadio")->isChecked());
        QCOMPARE(test::child<QLineEdit>(&onServer, "serverHostEdit")->text(),
                 QStringLiteral("db.callcentre.example"));
        QCOMPARE(test::child<QSpinBox>(&onServer, "serverPortSpin")->value(), 5433);
        QCOMPARE(test::child<QComboBox>(&onServer, "serverSslModeCombo")->currentData().toString(),
                 QStringLiteral("verify-full"));

        // WHEN this computer's store is chosen instead
        test::child<QRadioButton>(&onServer, "localStoreRadio")->setChecked(true);
        QVERIFY(!test::child<QLineEdit>(&onServer, "serverHostEdit")->isEnabled());
        test::child<QLineEdit>(&onServer, "storeFileEdit")
            ->setText(QStringLiteral("/tmp/desk/store.sqlite"));
        onServer.accept();

        // THEN it is the file, and the choice is remembered for the next start
        QVERIFY(!onServer.isServerChosen());
        QCOMPARE(onServer.store(), QStringLiteral("/tmp/desk/store.sqlite"));
        ui::ConnectDialog::rememberStore(address);
        QCOMPARE(ui::ConnectDialog::rememberedStore(), address);
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(!QSettings().value(key).toString().contains(QStringLiteral("password")),
                     qPrintable(key));
    }

    void shouldOfferConnectingInTheFileMenu()
    {
        test::StoreFixture fixture;
        models::Workspace &ws = fixture.open();
        ui::MainWindow window(ws);
        auto *action = window.findChild<QAction *>(QStringLiteral("connectAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
