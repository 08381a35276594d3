#include "backupsettingsdialog.h"
#include "calendarsdialog.h"
#include "changepassworddialog.h"
#include "complaintqueuemodel.h"
#include "departmentsdialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "queuepane.h"
#include "remindersdialog.h"
#include "routingrulesdialog.h"
#include "signindialog.h"
#include "slapoliciesdialog.h"
#include "taxonomydialog.h"
#include "testsupport.h"
#include "translationloader.h"
#include "usersdialog.h"
#include "widgettest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace cd;
using namespace cd::models;
using cd::test::child;

namespace {

// The letter of `text` after a single '&' (lower case), or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter the window answers to as it is on screen now: the menu bar's menus and
// every visible button, labelled field, group box and tab.
QMultiHash<QChar, QString> mnemonicsOn(QMainWindow *window)
{
    QMultiHash<QChar, QString> found;
    const auto add = [&found](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            found.insert(letter, text);
    };
    for (QAction *menu : window->menuBar()->actions())
        add(menu->text());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(label->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    return found;
}

QString clashesOn(QMainWindow *window)
{
    const QMultiHash<QChar, QString> found = mnemonicsOn(window);
    QStringList clashes;
    for (const QChar letter : found.uniqueKeys()) {
        if (found.count(letter) > 1)
            clashes << QStringLiteral("Alt+%1: %2")
                           .arg(letter, found.values(letter).join(QStringLiteral(" / ")));
    }
    return clashes.join(u'\n');
}

// The first widget in `window`'s focus chain that Tab can reach within `field` (itself or a
// descendant), or none.
QWidget *tabStopIn(QWidget *window, QWidget *field)
{
    QWidget *w = window;
    do {
        if ((w == field || field->isAncestorOf(w)) && (w->focusPolicy() & Qt::TabFocus))
            return w;
        w = w->nextInFocusChain();
    } while (w && w != window);
    return nullptr;
}

// Where Tab does not go down a form of `window`: for every QFormLayout, its fields in row
// order must come in that order in the focus chain. One line per step that goes back.
QStringList tabOrderProblems(QWidget *window)
{
    QHash<QWidget *, int> position;
    int at = 0;
    QWidget *w = window;
    do {
        position.insert(w, at++);
        w = w->nextInFocusChain();
    } while (w && w != window);
    QStringList problems;
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        QWidget *previous = nullptr;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
            if (!item || !item->widget())
                continue;
            QWidget *stop = tabStopIn(window, item->widget());
            if (!stop)
                continue;
            if (previous && position.value(stop) < position.value(previous))
                problems << QStringLiteral("%1: %2 before %3")
                                .arg(window->objectName(), stop->objectName(),
                                     previous->objectName());
            previous = stop;
        }
    }
    return problems;
}

using DialogMaker = std::function<std::unique_ptr<QDialog>()>;

// Makes each dialog of the Administration menu on `ws`.
std::vector<DialogMaker> administrationDialogs(Workspace &ws)
{
    return {
        [&ws] { return std::make_unique<ui::SlaPoliciesDialog>(ws); },
        [&ws] { return std::make_unique<ui::BackupSettingsDialog>(ws); },
        [&ws] { return std::make_unique<ui::CalendarsDialog>(ws); },
        [&ws] { return std::make_unique<ui::DepartmentsDialog>(ws); },
        [&ws] { return std::make_unique<ui::RoutingRulesDialog>(ws); },
        [&ws] { return std::make_unique<ui::TaxonomyDialog>(ws); },
        [&ws] { return std::make_unique<ui::UsersDialog>(ws); },
        [&ws] { return std::make_unique<ui::RemindersDialog>(ws); },
    };
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::pinEnvironment(); }

    void shouldGiveEveryScreenDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("role");
        for (const char *language : {"en", "zh_CN"}) {
            for (const char *role : {"admin", "agent"})
                QTest::addRow("%s %s", language, role)
                    << QString::fromLatin1(language) << QString::fromLatin1(role);
        }
    }

    void shouldGiveEveryScreenDistinctMnemonics()
    {
        QFETCH(QString, language);
        QFETCH(QString, role);
        QCOMPARE(i18n::installTranslations(*qApp, language), language);
        test::StoreFixture store;
        Workspace &ws = store.open();
        QVERIFY(ws.complaints().logCall(test::sampleCall(ws)).ok());
        if (role != QLatin1String("admin"))
            store.signInAs(QStringLiteral("agent1"), role);
        ui::MainWindow window(ws);
        window.resize(1366, 768);
        QVERIFY(test::shownOnScreen(&window));
        auto *tabs = child<QTabWidget>(&window, "mainTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 1) {
                QTRY_VERIFY(window.queuePane()->model()->rowCount() > 0);
                window.queuePane()->view()->selectRow(0);
                QTRY_VERIFY(window.detailPane()->complaintId() != 0);
            }
            QCoreApplication::processEvents();
            const QString clashes = clashesOn(&window);
            QVERIFY2(clashes.isEmpty(), qPrintable(tabs->tabText(tab) + u'\n' + clashes));
        }
    }

    // A label that shows a mnemonic must take the keyboard somewhere: without a buddy, Qt
    // shows the "&" itself and Alt+letter does nothing.
    void shouldGiveEveryAdministrationLabelWithAMnemonicAField()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        for (const auto &make : administrationDialogs(ws)) {
            const std::unique_ptr<QDialog> dialog = make();
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->textFormat() != Qt::RichText && !mnemonicOf(label->text()).isNull())
                    QVERIFY2(label->buddy() != nullptr,
                             qPrintable(dialog->objectName() + u": " + label->text()));
            }
        }
    }

    // Tab goes down every form, as an agent filling it from the keyboard expects: the
    // Log-call pane, the administration dialogs and both kinds of sign-in.
    void shouldTabDownEveryForm()
    {
        test::StoreFixture store;
        Workspace &ws = store.open();
        ui::MainWindow window(ws);
        QVERIFY(test::shownOnScreen(&window));
        QCOMPARE(tabOrderProblems(&window), QStringList());
        std::vector<DialogMaker> dialogs = administrationDialogs(ws);
        dialogs.push_back(
            [&] { return std::make_unique<ui::SignInDialog>(ws, ui::SignInDialog::Mode::SignIn); });
        dialogs.push_back([&] {
            return std::make_unique<ui::SignInDialog>(ws,
                                                      ui::SignInDialog::Mode::FirstAdministrator);
        });
        dialogs.push_back([&] { return std::make_unique<ui::ChangePasswordDialog>(ws); });
        for (const auto &make : dialogs) {
            const std::unique_ptr<QDialog> dialog = make();
            dialog->show();
            const QStringList problems = tabOrderProblems(dialog.get());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
