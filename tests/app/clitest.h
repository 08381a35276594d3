#pragma once

// The CLI suites' shared set-up: runs the real complaintdesk-cli binary (CLI_PATH), as a
// script would, on a store the suite shares. Each suite derives from CliTest.
#include "authservice.h"
#include "cliprocess.h"
#include "clock.h"
#include "demogenerator.h"
#include "sqlitefile.h"
#include "testsupport.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd::test {

constexpr auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;

class CliTest : public QObject
{
protected:
    using Run = CliRun;

    QTemporaryDir m_dir;
    QString m_sharedKeys; // the audit keys of sharedCopy()'s stores, for User::Unprivileged

    QString store() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    static QString bossPassword() { return QStringLiteral("harbour lights 42"); }
    // The password of the users `user add` makes here (COMPLAINTDESK_NEW_PASSWORD), and of
    // addUser()'s.
    static QString newPassword() { return QStringLiteral("agent password"); }

    // Who runs the CLI. Unprivileged: as "nobody" when the tests run as root, for whom no
    // file or folder is read-only.
    enum class User { Tester, Unprivileged };

    // Runs as `as` (password bossPassword()) unless `as` is empty.
    Run cli(QStringList arguments, bool withStore = true,
            const QString &as = QStringLiteral("boss"), const QString &password = {},
            User user = User::Tester)
    {
        if (withStore)
            arguments << QStringLiteral("--database") << store();
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        if (!as.isEmpty())
            arguments << QStringLiteral("--as") << as;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"),
                           password.isEmpty() ? bossPassword() : password);
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"), newPassword());
        if (user == User::Unprivileged && !m_sharedKeys.isEmpty())
            environment.insert(QStringLiteral("COMPLAINTDESK_AUDIT_KEY_DIR"), m_sharedKeys);
        std::function<void()> asNobody;
        if (user == User::Unprivileged && ::geteuid() == 0) {
            asNobody = [] {
                constexpr uid_t nobody = 65534;
                if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                    ::_exit(125);
            };
        }
        return runCli(arguments, environment, {}, asNobody);
    }

    // Runs the CLI with `arguments` as they are, `extra` added to the environment.
    static Run run(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), bossPassword());
        environment.insert(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"), bossPassword());
        environment.insert(extra);
        return runCli(arguments + QStringList {QStringLiteral("--lang"), QStringLiteral("en")},
                      environment, {}, {}, 120000);
    }

    // Runs the CLI with exactly `environment` (no password variables unless given), and
    // `input` on its standard input.
    static Run raw(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QByteArray &input = {})
    {
        return runCli(arguments, environment, input);
    }

    static QProcessEnvironment withoutPasswords()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("COMPLAINTDESK_PASSWORD"));
        environment.remove(QStringLiteral("COMPLAINTDESK_NEW_PASSWORD"));
        return environment;
    }

    // A file of mode 0600 holding `password`.
    QString passwordFile(const QString &name, const QString &password)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, password.toUtf8() + '\n'))
            qFatal("cannot write %s", qPrintable(path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QVariant scalarOf(const QString &sql) { return test::scalarOfSqliteFile(store(), sql); }

    // Creates store() (or the store at `path`) in this process through the real AuthService,
    // with its administrator "boss" (password bossPassword()) and `demoComplaints`
    // demonstration complaints. The password hash uses the test-only fast Argon2 limits (the
    // hash carries its limits, so the CLI verifies it as any other): each "--as boss" run
    // then signs in quickly. Hashes the CLI itself makes keep the interactive limits.
    void createStore(int demoComplaints = 0, const QString &path = {})
    {
        auto clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
        models::ManualClock &now = *clock;
        auto workspace =
            models::Workspace::create(path.isEmpty() ? store() : path, std::move(clock),
                                      models::PasswordHasher::Strength::Fast);
        if (!workspace)
            qFatal("cannot create the store: %s", qPrintable(workspace.error().message));
        auto boss = (*workspace)
                        ->auth()
                        .createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("boss"),
                                                  bossPassword());
        if (!boss)
            qFatal("cannot create boss: %s", qPrintable(boss.error().message));
        if (demoComplaints > 0) {
            if (!(*workspace)->auth().signIn(QStringLiteral("boss"), bossPassword()))
                qFatal("cannot sign in as boss");
            auto made = models::DemoGenerator(**workspace, now, 3).generate(demoComplaints);
            if (!made)
                qFatal("cannot fill the store: %s", qPrintable(made.error().message));
        }
    }

    // Adds the user `username` (password newPassword()) with `role` in `departmentCode` to
    // store(), in this process as boss, with the fast hash of createStore(): for tests whose
    // subject is what the user may do, not how `user add` hashes (tst_cli covers that).
    void addUser(const QString &username, const QString &role, const QString &departmentCode)
    {
        auto workspace = models::Workspace::open(
            store(), std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch()),
            models::PasswordHasher::Strength::Fast);
        if (!workspace || !(*workspace)->auth().signIn(QStringLiteral("boss"), bossPassword()))
            qFatal("cannot open the store as boss");
        auto user = (*workspace)
                        ->auth()
                        .createUser(username, username, role, departmentCode, newPassword());
        if (!user)
            qFatal("cannot add %s: %s", qPrintable(username), qPrintable(user.error().message));
    }

    // The arguments of a report of this year to `path` as `format`.
    static QStringList reportTo(const QString &path, const QString &format)
    {
        return {QStringLiteral("report"),
                QStringLiteral("--from"),
                QStringLiteral("2026-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-31"),
                QStringLiteral("--format"),
                format,
                QStringLiteral("--output"),
                path};
    }

    // A copy of the store that an unprivileged user may work on, in `dir`.
    QString sharedCopy(const QTemporaryDir &dir, const QString &name)
    {
        QFile::setPermissions(dir.path(), everyone);
        const QString path = dir.filePath(name);
        if (!QFile::copy(store(), path))
            qFatal("cannot copy the store");
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther);
        // The store's audit key and anchors go with it, owned by whoever runs unprivileged
        // (a key is readable by its owner only).
        const QDir keys(dir.filePath(QStringLiteral("keys")));
        if (!keys.mkpath(QStringLiteral(".")))
            qFatal("cannot make the shared key folder");
        const QDir own(qEnvironmentVariable("COMPLAINTDESK_AUDIT_KEY_DIR"));
        for (const QString &file : own.entryList(QDir::Files)) {
            if (!QFile::copy(own.filePath(file), keys.filePath(file)))
                qFatal("cannot copy the audit key");
        }
        if (::geteuid() == 0) {
            constexpr uid_t nobody = 65534;
            for (const QString &file : keys.entryList(QDir::Files))
                (void)::chown(QFile::encodeName(keys.filePath(file)).constData(), nobody, nobody);
            (void)::chown(QFile::encodeName(keys.path()).constData(), nobody, nobody);
        }
        m_sharedKeys = keys.path();
        return path;
    }
};

} // namespace cd::test
