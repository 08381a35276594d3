#include "authservice.h"
#include "fieldmessage.h"
#include "signindialog.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::models;
using cd::ui::SignInDialog;

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings go to a test folder
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    void shouldOfferTheUserNameLastSignedInOnThisStoreOnly()
    {
        test::StoreFixture first;
        Workspace &ws = first.open();
        ws.actAs({});
        {
            SignInDialog dialog(ws, SignInDialog::Mode::SignIn);
            dialog.show();
            auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
            QVERIFY(username->text().isEmpty());
            QTest::keyClicks(username, QStringLiteral("tester"));
            auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            test::typeAndReturn(password, test::StoreFixture::password());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ws.actAs({});
        SignInDialog again(ws, SignInDialog::Mode::SignIn);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("tester"));

        test::StoreFixture second;
        Workspace &other = second.open();
        other.actAs({});
        SignInDialog elsewhere(other, SignInDialog::Mode::SignIn);
        QVERIFY(elsewhere.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text().isEmpty());
    }

    void shouldCreateTheFirstAdministratorFromTheKeyboard()
    {
        test::pinEnvironment();
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("s.sqlite")), nullptr,
                                    PasswordHasher::Strength::Fast)
                      .value();
        SignInDialog dialog(*ws, SignInDialog::Mode::FirstAdministrator);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                         QStringLiteral("boss"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("a good secret"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        test::typeAndReturn(confirm, QStringLiteral("a good secreT"));
        // a typo in the repetition is caught, nothing created
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<ui::FieldMessage *>(QStringLiteral("signInMessage"))->isVisible());
        QVERIFY(ws->auth().needsFirstAdministrator().value());
        confirm->clear();
        test::typeAndReturn(confirm, QStringLiteral("a good secret"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws->actor().username, QStringLiteral("boss"));
        QCOMPARE(ws->actor().role, QStringLiteral("admin"));
    }

    void shouldSayWhatIsWrongAndKeepTheUserName()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ws.actAs({});
        SignInDialog dialog(ws, SignInDialog::Mode::SignIn);
        dialog.show();
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(username, QStringLiteral("tester"));
        test::typeAndReturn(password, QStringLiteral("wrong password"));
        auto *message = dialog.findChild<ui::FieldMessage *>(QStringLiteral("signInMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(username->text(), QStringLiteral("tester"));
        QVERIFY(!ws.isSignedIn());
        password->clear();
        test::typeAndReturn(password, test::StoreFixture::password());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(ws.isSignedIn());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
