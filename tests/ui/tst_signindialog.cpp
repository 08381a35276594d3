#include "authservice.h"
#include "fieldmessage.h"
#include "signindialog.h"
#include "testsupport.h"
#include "typeahead.h"
#include "widgettest.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

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
        QVERIFY(test::shownActive(&dialog));
        // Tab goes down the form: user name, full name, password, repetition
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        QCOMPARE(QApplication::focusWidget(), username);
        QStringList order;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order,
                 QStringList({QStringLiteral("displayNameEdit"), QStringLiteral("passwordEdit"),
                              QStringLiteral("confirmEdit")}));
        QTest::keyClicks(username, QStringLiteral("boss"));
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

    // As the program starts: the dialog is shown (not modal), and on signedIn() the next
    // window is made and shown while TypeAhead keeps the keys. What the agent types right
    // after Enter (the caller's number, Tab, a name, an Escape, a Ctrl+Return) does in the
    // new window what it would have done there: nothing of it edits or closes the dialog.
    void shouldHandWhatIsTypedAfterSigningInToTheNextWindow()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ws.actAs({});
        SignInDialog dialog(ws, SignInDialog::Mode::SignIn);
        QVERIFY(test::shownActive(&dialog));
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(username, QStringLiteral("tester"));

        QWidget next;
        auto *phone = new QLineEdit(&next);
        auto *name = new QLineEdit(&next);
        auto *form = new QFormLayout(&next);
        form->addRow(QStringLiteral("Phone"), phone);
        form->addRow(QStringLiteral("Name"), name);
        auto *save = new QAction(&next);
        save->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Return));
        next.addAction(save);
        int saves = 0;
        connect(save, &QAction::triggered, &next, [&saves] { ++saves; });

        ui::TypeAhead typeAhead;
        bool shownWhenSignedIn = false;
        QString phoneBeforeTheKeys = QStringLiteral("not asked");
        connect(&dialog, &SignInDialog::signedIn, &dialog, [&] {
            shownWhenSignedIn = dialog.isVisible();
            typeAhead.hold();
            // typed before the window is there: the keys reach the dialog
            QTest::keyClicks(password, QStringLiteral("138"));
            QTest::keyClick(password, Qt::Key_Tab);
            QTest::keyClicks(password, QStringLiteral("Li"));
            QTest::keyClick(password, Qt::Key_Escape);
            QTest::keyClick(password, Qt::Key_Return, Qt::ControlModifier);
            // a press and a release a key; Ctrl+Return: Ctrl down, Return down and up, Ctrl up
            QCOMPARE(typeAhead.keptCount(), 2 * (3 + 1 + 2 + 1) + 4);
            next.show();
            phone->setFocus();
            typeAhead.handOver(&next, [&] {
                // asked before the kept keys go in
                phoneBeforeTheKeys = phone->text();
            });
        });
        test::typeAndReturn(password, test::StoreFixture::password());

        QVERIFY(shownWhenSignedIn);
        QCOMPARE(dialog.result(), int(QDialog::Accepted)); // the Escape did not cancel it
        QVERIFY(password->text().isEmpty());
        QCOMPARE(phone->text(), QStringLiteral("138"));
        QCOMPARE(phoneBeforeTheKeys, QString());
        QCOMPARE(name->text(), QStringLiteral("Li"));
        QCOMPARE(saves, 1); // the window's shortcut, typed before the window was there
        QCOMPARE(typeAhead.keptCount(), 0);
        // keys go where they are typed again
        QTest::keyClicks(phone, QStringLiteral("0"));
        QCOMPARE(phone->text(), QStringLiteral("1380"));
        QTest::keyClick(phone, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saves, 2);
    }

    // The window asks a question first (the unsaved call after a crash): Return answers it,
    // but a word typed meanwhile (here "d x") neither presses the question's "&Discard" by
    // its letter nor is lost: it goes into the window's field after the answer, behind what
    // was typed before the question came.
    void shouldKeepTypingForTheWindowWhileItAsksFirst()
    {
        QWidget next;
        auto *name = new QLineEdit(&next);
        (new QFormLayout(&next))->addRow(QStringLiteral("Name"), name);
        ui::TypeAhead typeAhead;
        typeAhead.hold();
        QTest::keyClicks(&next, QStringLiteral("Li"));
        next.show();
        name->setFocus();
        QString answer;
        typeAhead.handOver(&next, [&] {
            QMessageBox box(QMessageBox::Question, QStringLiteral("Unsaved call"),
                            QStringLiteral("Restore it?"), QMessageBox::NoButton, &next);
            QPushButton *restore =
                box.addButton(QStringLiteral("&Restore"), QMessageBox::AcceptRole);
            box.addButton(QStringLiteral("&Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(restore);
            QTimer::singleShot(0, &box, [&box] {
                QTest::keyClicks(&box, QStringLiteral("d x"));
                QTest::keyClick(&box, Qt::Key_Return);
            });
            box.exec();
            answer = box.clickedButton() ? box.clickedButton()->text() : QString();
        });
        QCOMPARE(answer, QStringLiteral("&Restore"));
        QCOMPARE(name->text(), QStringLiteral("Lid x"));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
